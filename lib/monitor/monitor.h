/* The monitor's insides: machines, VMs, the engine interface and the vm loop.
 * Not a public header. */
#ifndef HSIM_LIB_MONITOR_H
#define HSIM_LIB_MONITOR_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include <hsim/abi.h>
#include <hsim/events.h>
#include <hsim/machine.h>
#include <hsim/trace.h>
#include "cpu/cpuid_table.h"
#include "cpu/sim.h"
#include "platform/platform.h"

#define MAX_VMS 1024

struct hsim_vm;

/* An engine runs a VM's guest to its next exit: KVM or the simulator. Between
 * exits vm->st holds the truth for GPRs, RIP and RFLAGS; the rest of the
 * state lives in the engine until get_state copies it into vm->st. */
struct engine;
struct engine_ops {
	const char *name;
	/* Run to the next exit; 0, -EINTR when kicked, or an error. */
	int (*run)(struct engine *e, struct hsim_exit *ex);
	/* Complete vm->st with the whole state / take the whole of vm->st. */
	int (*get_state)(struct engine *e);
	int (*set_state)(struct engine *e);
	/* Make run return -EINTR soon; any thread. */
	void (*kick)(struct engine *e);
	/* OR the pages the guest wrote in this engine since the last call into
	 * bits (see vm->dirty); NULL when the engine marks them itself. */
	int (*dirty)(struct engine *e, uint64_t *bits);
	/* A line for an HSIM_EXIT_UNKNOWN of this engine. */
	void (*describe)(struct engine *e, const struct hsim_exit *ex, char *buf, size_t n);
	void (*destroy)(struct engine *e);
};
struct engine {
	const struct engine_ops *ops;
	struct hsim_vm *vm;
};

int engine_kvm_create(struct engine **out, struct hsim_vm *vm);
int engine_sim_create(struct engine **out, struct hsim_vm *vm);
/* The KVM guest's write to the code page at addr faulted: KVM may no
 * longer run that page, the guest may write it (kvmw_code_written). */
void engine_kvm_code_written(struct engine *e, uint64_t addr);
/* The simulator engine's interpreter (for complex events). */
struct sim *engine_sim_cpu(struct engine *e);
/* Run one instruction in the simulator with patched originals and the
 * devices on: 0 when it retired, 1 when it made an exit (*ex), or an error. */
int engine_sim_step(struct engine *e, struct hsim_exit *ex);

/* Patch sites of one image (cpuid, rdtsc, ... and breakpoints), sorted. */
enum patch_kind { PATCH_INSN = 0, PATCH_BREAKPOINT = 1 };
struct patch_table {
	size_t n, cap;
	struct sim_patch *p;
};
/* Scan img's code for the instructions that must become events. */
int patch_table_build(struct patch_table *t, const struct hsim_image *img);
/* A breakpoint (int3) at addr, keeping what was there. */
int patch_table_add_breakpoint(struct patch_table *t, const struct hsim_image *img, uint64_t addr);
void patch_table_apply(const struct patch_table *t, uint8_t *mem, uint64_t size);
const struct sim_patch *patch_table_find(const struct patch_table *t, uint64_t addr);
void patch_table_free(struct patch_table *t);
/* The code the KVM engine may run itself: a bit per 4 KiB page (bit p % 64
 * of [p / 64], covering size) for every page of the image's executable
 * segments that patch_table_build scanned and that no other segment
 * shares. NULL on ENOMEM. */
uint64_t *patch_exec_pages(const struct hsim_image *img, uint64_t size);

/* A tap watches the one vm loop from outside and may stop it: the recorder
 * (record.c) writes what it sees to a trace; replay (lib/replay) compares
 * it with a trace and feeds the trace's inputs (through platform_vm.input,
 * which setup installs). Every hook may be NULL. */
struct vm_tap {
	/* the image is loaded and patched, the engines not yet made; <0: the
	 * VM fails (the error set); 1: the VM does not run (replay: no part of
	 * it in the segment) */
	int (*setup)(struct hsim_vm *vm);
	/* before each run of the engine (an exit boundary): 0 to go on, 1 when
	 * this VM's run ends here, <0 on an error (the error set) */
	int (*before_run)(struct hsim_vm *vm);
	/* an exit, classified (entry -1: none): non-zero stops the VM here */
	int (*exit)(struct hsim_vm *vm, const struct hsim_exit *ex, int entry, int cls);
	/* a full-state point of a complex event (HSIM_TREC_STATE_STORE, ...) */
	void (*state)(struct hsim_vm *vm, int type, uint64_t insns);
	/* the VM's outcome is in vm->res */
	void (*end)(struct hsim_vm *vm);
	void (*teardown)(struct hsim_vm *vm);
};

/* Per-VM counters for --stats. */
struct vm_stats {
	uint64_t by_class[HSIM_CLASS_COUNT];
	uint64_t by_kind[HSIM_EXIT_COUNT];
	uint64_t *by_entry;        /* one per event-list entry */
	uint64_t sim_insns;        /* retired in the simulator */
	uint64_t rtcode;           /* KVM handed code it may not run to it */
	uint64_t code_pages_written; /* code pages KVM's guest wrote */
	uint64_t ns_engine[2];     /* in the VM (KVM), in the simulator */
	uint64_t ns_total;
};

struct hsim_vm {
	struct hsim_machine *m;
	unsigned id;
	const struct hsim_image *img;
	pthread_t thread;
	atomic_bool stop;  /* the time limit ran out, or the machine is stopping */
	atomic_bool done;
	struct platform_vm plat;
	/* guest memory: owned here, loaded once, handed to every engine */
	uint8_t *memory;
	struct sim_mem mem;
	struct hsim_cpu_state st;
	struct hsim_events *events;    /* the machine's list + this image's entries */
	struct patch_table patches;
	struct platform_devices *devices;
	struct engine *kvm;   /* the VM in KVM (NULL under --sim) */
	struct engine *base;  /* the engine of the run: KVM, or the simulator */
	struct engine *sim;   /* the simulator: base under --sim, else for complex events */
	struct engine *cur;   /* the one running the guest now */
	bool in_function;     /* a --simulate function is running in the simulator */
	/* code written at run time (docs/design.md): under KVM, the pages KVM
	 * may run (patch_exec_pages) and their bytes as loaded; code anywhere
	 * else runs in the simulator (in_rtcode) until it reaches one. A page
	 * KVM's guest writes leaves the map; once something else (a device,
	 * the simulator) has written one, none is (code_written): the
	 * simulator runs the guest from then on. */
	uint64_t *exec_map;
	uint64_t *exec_orig;  /* the map as loaded: the pages in exec_ref */
	uint8_t *exec_ref;
	size_t exec_ref_len;
	bool in_rtcode;
	bool code_written;
	uint64_t function_insns0; /* stats.sim_insns when it started */
	bool record_failed;   /* the trace could not take a record: stopped */
	/* checkpoints (record.c), when recording with checkpoint_every: one
	 * bit per 4 KiB page (bit p % 64 of dirty[p / 64]) written since the
	 * last checkpoint by the simulator and the devices; the KVM guest's own
	 * writes are in KVM's log until the checkpoint merges them. NULL: off */
	uint64_t *dirty;
	uint64_t ckpt_next;        /* the exit count of the next checkpoint */
	uint8_t *ckpt_shadow;      /* checkpoint_verify: memory as rebuilt */
	struct hsim_trace_page *ckpt_pages;
	size_t ckpt_cap;
	struct vm_stats stats;
	struct hsim_vm_result res;
	/* the guest's start (start.c): main's arguments and environment
	 * (owned, NULL-terminated), the stack-protector canary, the lowest
	 * address the start block wrote */
	char **argv, **envp;
	unsigned argc, envc;
	uint64_t stack_guard;
	int tty;                   /* HSIM_AT_TTY bits; -1: the machine's */
	uint64_t start_lo;
	void *tap_vm;              /* the tap's own per-VM state */
	/* channels (channel.c), under the machine's chan_lock */
	void *chan_q[HSIM_MSG_QUEUE];   /* struct chan_msg *, a ring */
	unsigned chan_head, chan_n;
	bool chan_ended;           /* sends to it fail with EPIPE */
	bool chan_waiting;         /* in hsim_recv, waiting */
	pthread_cond_t chan_cond;  /* a message came, or the deadlock */
};

struct hsim_machine {
	struct hsim_machine_config cfg;
	struct console console;
	struct cpuid_table cpuid;       /* this host's, or (replay) the trace's */
	unsigned host_features;         /* SIM_HOST_*: likewise */
	struct hsim_events *events;     /* the list in force */
	size_t nsimulate;
	char **simulate;                /* --simulate symbols */
	/* recording (record.c) */
	char *record_path;
	int record_argc;
	const char *const *record_argv;
	struct hsim_trace_writer *trace;
	int record_error;
	uint64_t record_bytes, record_records;
	/* the tap on every VM's loop (the recorder, replay) or NULL */
	const struct vm_tap *tap;
	void *tap_ctx;
	/* at most this many VMs set up and running at once (0: all); the
	 * others wait for a slot (replay -j) */
	/* replay: the recording's block device, without its file */
	uint32_t replay_disk_flags;     /* HSIM_TRACE_DISK_* */
	uint64_t replay_disk_sectors;
	/* stdin and the files the guests may read (inputs.c) */
	struct platform_inputs inputs;
	/* replay of a version 1 or 2 trace: the VMs start as they did then,
	 * RSP at the stack top, no arguments, no TLS, FS base 0 */
	bool legacy_start;
	unsigned max_running;
	unsigned nrunning;
	pthread_cond_t slot;            /* a VM ended: a slot is free */
	/* channels (channel.c) */
	pthread_mutex_t chan_lock;
	uint64_t chan_seq;              /* the next message's number */
	unsigned chan_live;             /* VMs that have not ended */
	unsigned chan_blocked;          /* of them, waiting in hsim_recv */
	bool chan_deadlock;
	pthread_mutex_t lock;
	pthread_rwlock_t start;         /* held by hsim_machine_run while it
	                                 * creates the VM threads (machine.c) */
	int64_t deadline;               /* of the run, ns of CLOCK_MONOTONIC
	                                 * (INT64_MAX: none) */
	int kick_sig;                   /* the kick signal of the run */
	bool own_handler;               /* the library's handler takes it */
	pthread_cond_t cond;
	unsigned ndone;
	unsigned nvms;
	bool ran;
	/* why the machine is stopping every VM: 0 (it is not), HSIM_VM_TIMEOUT
	 * or HSIM_VM_INTERRUPTED (hsim_machine_stop); set once */
	atomic_int stop_why;            /* ... or HSIM_VM_ERROR: host memory */
	char mem_detail[120];
	struct hsim_vm *vms[MAX_VMS];
};

/* vm.c: set a VM up, run its one loop, tear it down. */
int vm_setup(struct hsim_vm *vm);
int machine_vm_events(const struct hsim_machine *m, const struct hsim_image *img,
		      struct hsim_events **out);
void vm_loop(struct hsim_vm *vm);
void vm_teardown(struct hsim_vm *vm);
/* start.c: the guest's arguments, environment, TLS and canary */
int vm_start_init(struct hsim_vm *vm);
int vm_start_set_args(struct hsim_vm *vm, int argc, const char *const *argv,
		      int envc, const char *const *envp); /* envc < 0: envp's NULL ends it */
int vm_start_layout(struct hsim_vm *vm);
void vm_start_free(struct hsim_vm *vm);
unsigned vm_start_tty(const struct hsim_vm *vm);
/* inputs.c */
void machine_inputs_init(struct hsim_machine *m);
void machine_inputs_free(struct hsim_machine *m);

/* The tap's hooks, where the loop calls them (no-ops without a tap). */
static inline int tap_exit(struct hsim_vm *vm, const struct hsim_exit *ex, int entry, int cls)
{
	const struct vm_tap *t = vm->m->tap;
	return t && t->exit ? t->exit(vm, ex, entry, cls) : 0;
}
static inline void tap_state(struct hsim_vm *vm, int type, uint64_t insns)
{
	const struct vm_tap *t = vm->m->tap;
	if (t && t->state)
		t->state(vm, type, insns);
}

/* The trace's name for a kind of input the platform hands a guest: the
 * recorder writes it, replay looks for it. */
static inline enum hsim_trace_input_kind trace_input_kind(enum platform_input kind)
{
	static const enum hsim_trace_input_kind kinds[] = {
		[PLATFORM_IN_TIME] = HSIM_TIN_TIME,
		[PLATFORM_IN_RANDOM] = HSIM_TIN_RANDOM,
		[PLATFORM_IN_DEVICE] = HSIM_TIN_DEVICE,
		[PLATFORM_IN_RESULT] = HSIM_TIN_RESULT,
		[PLATFORM_IN_FILE] = HSIM_TIN_FILE,
	};
	return kinds[kind];
}

/* record.c: the recorder (a tap) */
extern const struct vm_tap record_tap;
int record_start(struct hsim_machine *m);
void record_finish(struct hsim_machine *m);
/* The host's writes into guest memory (devices), for checkpoints. */
void checkpoint_written(struct hsim_vm *vm, uint64_t addr, uint64_t len);

/* channel.c: the monitor's channels for a VM; its end (sends to it fail,
 * and it no longer counts for deadlocks) */
void channel_attach(struct hsim_vm *vm);
void channel_vm_ended(struct hsim_vm *vm);

/* result.c */
void vm_set_error(struct hsim_vm *vm, int err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void vm_set_fault(struct hsim_vm *vm, unsigned vector, uint32_t error_code, uint64_t cr2);

#endif
