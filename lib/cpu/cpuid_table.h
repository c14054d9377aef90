/* The CPUID table a guest sees: built from the host's with everything the
 * simulator does not implement hidden; the same table for every engine. */
#ifndef HSIM_LIB_CPU_CPUID_H
#define HSIM_LIB_CPU_CPUID_H

#include <stdint.h>

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
/* SIM_HOST_* bits (sim.h) of the CPU this process runs on. */
unsigned cpuid_host_features(void);
void cpuid_table_lookup(const struct cpuid_table *t, uint32_t leaf,
			uint32_t subleaf, uint32_t out[4]);

#endif
