/* The platform every engine shares: hypercalls, console, the virtual clock,
 * random numbers and the device bus. Every value handed to a guest passes
 * through one platform_in_* function per kind, so that recording and replay
 * have one place to hook. */
#ifndef HSIM_LIB_PLATFORM_H
#define HSIM_LIB_PLATFORM_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <hsim/abi.h>
#include "cpu/sim.h"
#include "platform/bus.h"

/* Is [addr, addr+len) inside guest memory the guest may touch at CPL 3? */
static inline bool guest_range_ok(const struct sim_mem *m, uint64_t addr, uint64_t len)
{
	return addr >= m->user_base && addr <= m->size && len <= m->size - addr;
}

/* Whole console lines (or a final partial line) of one VM. */
typedef void (*platform_console_fn)(void *ctx, unsigned vm, int fd,
				    const char *buf, size_t len);

/* One console shared by all VMs of a machine. */
struct console {
	pthread_mutex_t lock;
	platform_console_fn fn;
	void *ctx;
};

/* The guest's clock: the host's monotonic clock since the VM started, or a
 * fixed step per read (so that runs are repeatable without a trace). */
struct platform_clock {
	uint64_t step_ns; /* 0: host time */
};

/* Kinds of input (what platform_in_* hand the guest). */
enum platform_input {
	PLATFORM_IN_TIME = 0,   /* the virtual clock, 8 bytes */
	PLATFORM_IN_RANDOM = 1, /* 8 random bytes */
	PLATFORM_IN_DEVICE = 2, /* bytes a device hands the guest */
	PLATFORM_IN_RESULT = 3, /* a channel call's result (8 bytes) that
	                         * depends on other VMs: send, a failed recv */
	PLATFORM_IN_FILE = 4,   /* stdin and files: a call's result (8 bytes),
	                         * then a read's bytes */
};

/* What a machine's guests may read (read-only, shared by its VMs, each VM
 * with its own offsets): files handed to them by name and their stdin. */
struct platform_source {
	char *name;       /* the guest's name for it; NULL for stdin */
	int fd;           /* the host's */
	uint64_t size;
	bool stream;      /* hsim's own stdin: read in order, no seeking */
};
struct platform_inputs {
	struct platform_source *src;
	unsigned n;
	int stdin_src;    /* the source of fd 0, -1: stdin is empty */
	bool tty[3];      /* the guests' fds 0, 1, 2 are terminals */
};
/* A guest's open file: src -1 when closed. */
struct platform_fd {
	int src;
	uint64_t off;
};
#define PLATFORM_NFDS (3 + HSIM_OPEN_MAX)

/* Channels between VMs, provided by the monitor (or, in replay, by the
 * trace). Results are byte counts or HSIM_GUEST_E*; CHAN_STOPPED: the VM
 * is being stopped; CHAN_DEADLOCK: no message can ever come. */
#define CHAN_STOPPED (-1000001)
#define CHAN_DEADLOCK (-1000002)
struct platform_chan_ops {
	int64_t (*send)(void *ctx, unsigned to, const void *buf, size_t len);
	/* the oldest message into buf (cap bytes: HSIM_GUEST_EMSGSIZE if it is
	 * longer); block: wait for one */
	int64_t (*recv)(void *ctx, void *buf, size_t cap, unsigned *from, uint64_t *seq, int block);
};
/* Sees every message a guest receives (the recorder). */
typedef void (*platform_msg_fn)(void *ctx, unsigned from, uint64_t seq, const void *data,
				size_t len);

/* Sees every input as it is given (the recorder); may replace it (replay
 * feeding recorded inputs). */
typedef void (*platform_input_fn)(void *ctx, enum platform_input kind, uint64_t addr,
				  void *data, size_t len);

#define CONSOLE_LINE 4096
struct platform_vm {
	unsigned id, count;
	struct console *console;
	struct platform_clock clock;
	uint64_t start_ns;
	uint64_t vtime;     /* fixed-step clock: the last value given */
	uint64_t rng;       /* splitmix64 state when seeded */
	bool seeded;
	uint64_t hypercalls;
	bool exited;
	int exit_code;
	struct bus bus;     /* device models mapped in guest-physical space */
	platform_input_fn input;  /* NULL: inputs are only given */
	void *input_ctx;
	platform_msg_fn msg_input;  /* with input_ctx; NULL: none */
	const struct platform_chan_ops *chan;  /* NULL: no channels (ENOSYS) */
	void *chan_ctx;
	bool deadlocked;    /* hsim_recv found that no message can come */
	/* called after the platform wrote guest memory [addr, addr+len) (a
	 * received message): the simulator drops code decoded there, the
	 * pages go into the next checkpoint */
	void (*mem_written)(void *ctx, uint64_t addr, uint64_t len);
	void *mem_ctx;
	uint8_t *msg;       /* HSIM_MSG_MAX bytes, for messages on their way */
	/* stdin and files; NULL: none (replay: every result from the trace) */
	const struct platform_inputs *in;
	struct platform_fd fds[PLATFORM_NFDS];
	size_t line_len[2];
	char line[2][CONSOLE_LINE];
};

void platform_vm_init(struct platform_vm *p, unsigned id, unsigned count,
		      struct console *console, uint64_t seed);
/* The machine's inputs: fd 0 reads stdin, no file is open. */
void platform_inputs_attach(struct platform_vm *p, const struct platform_inputs *in);
/* Handle the hypercall in st (number in RAX, args RDI RSI RCX R8): writes
 * the result to RAX. Returns true if the guest asked to exit. */
bool platform_hypercall(struct platform_vm *p, struct hsim_cpu_state *st,
			const struct sim_mem *mem);
/* Console output of the guest (fd 1 or 2), passed on in whole lines. */
void platform_console_write(struct platform_vm *p, int fd, const uint8_t *s, size_t n);
/* Emit what is left of partial console lines. */
void platform_console_flush(struct platform_vm *p);

/* ---- inputs: every value the guest is given ------------------------------- */

/* The virtual clock in ns since the VM started (hsim_time_ns, rdtsc, the
 * timer device). */
uint64_t platform_in_time(struct platform_vm *p);
/* 64 random bits (hsim_random, rdrand, rdseed). */
uint64_t platform_in_random(struct platform_vm *p);
/* Bytes a device hands the guest (register reads, block data), already
 * filled in by the device model; recording copies them, replay replaces
 * them. */
void platform_in_device(struct platform_vm *p, uint64_t addr, void *data, size_t len);

uint64_t platform_now_ns(void);

#endif
