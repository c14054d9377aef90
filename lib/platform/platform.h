/* The platform both engines share: hypercalls, console, time, random, CPUID. */
#ifndef HSIM_LIB_PLATFORM_H
#define HSIM_LIB_PLATFORM_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <hsim/machine.h>
#include "cpu/sim.h"

/* Is [addr, addr+len) inside guest memory the guest may touch at CPL 3? */
static inline bool guest_range_ok(const struct sim_mem *m, uint64_t addr, uint64_t len)
{
	return addr >= m->user_base && addr <= m->size && len <= m->size - addr;
}

/* One console shared by all VMs of a machine. */
struct console {
	pthread_mutex_t lock;
	hsim_console_fn fn;
	void *ctx;
};

#define CPUID_MAX_ENTRIES 64
struct cpuid_entry {
	uint32_t leaf, subleaf;
	uint32_t has_subleaf;
	uint32_t reg[4]; /* eax ebx ecx edx */
};
struct cpuid_table {
	unsigned n;
	struct cpuid_entry e[CPUID_MAX_ENTRIES];
};

/* The CPUID the guest sees on both engines: the host's, with everything the
 * simulator does not implement hidden (SSE3 and later, AVX, BMI, RDRAND, ...). */
void cpuid_table_build(struct cpuid_table *t);
/* SIM_HOST_* bits of the CPU this process runs on. */
unsigned cpuid_host_features(void);
void cpuid_table_lookup(const struct cpuid_table *t, uint32_t leaf,
			uint32_t subleaf, uint32_t out[4]);

#define CONSOLE_LINE 4096
struct platform_vm {
	unsigned id, count;
	struct console *console;
	uint64_t start_ns;
	uint64_t rng;       /* splitmix64 state when seeded */
	bool seeded;
	uint64_t hypercalls;
	bool exited;
	int exit_code;
	size_t line_len[2];
	char line[2][CONSOLE_LINE];
};

void platform_vm_init(struct platform_vm *p, unsigned id, unsigned count,
		      struct console *console, uint64_t seed);
/* Handle the hypercall in st (number in RAX, args RDI RSI RCX R8): writes
 * the result to RAX. Returns true if the guest asked to exit. */
bool platform_hypercall(struct platform_vm *p, struct hsim_cpu_state *st,
			const struct sim_mem *mem);
/* Emit what is left of partial console lines. */
void platform_console_flush(struct platform_vm *p);

uint64_t platform_now_ns(void);

#endif
