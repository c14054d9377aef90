/* CPU-bound integer benchmark guest: runs checksum_kernel() ITERS times and
 * prints the checksum. -DITERS=n overrides the count; -DQUICK picks a small
 * one for tests. The native twin is bench/native_checksum.c. */
#include <hsim/guest.h>
#include <stdint.h>
#include <stdio.h>

#include "checksum_kernel.h"

#ifndef ITERS
#ifdef QUICK
#define ITERS 200000ull
#else
#define ITERS 125000000ull /* about 1 s natively (8 ns per iteration) */
#endif
#endif

static uint64_t table[CHECKSUM_TABLE_WORDS];

int main(void)
{
	uint64_t sum = checksum_kernel(table, ITERS);
	printf("iterations %llu\n", (unsigned long long)ITERS);
	printf("checksum 0x%016llx\n", (unsigned long long)sum);
	return 0;
}
