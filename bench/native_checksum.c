/* Native (hosted Linux) run of the checksum guest's kernel, for comparing
 * the simulator's speed with direct execution of the identical code.
 * Usage: native_checksum [iterations]   (default: the guest's ITERS) */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "../tests/guests/checksum_kernel.h"

#ifndef ITERS
#define ITERS 125000000ull
#endif

static uint64_t table[CHECKSUM_TABLE_WORDS];

int main(int argc, char **argv)
{
	uint64_t iters = argc > 1 ? strtoull(argv[1], NULL, 0) : ITERS;
	struct timespec t0, t1;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	uint64_t sum = checksum_kernel(table, iters);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
	printf("iterations %" PRIu64 "\n", iters);
	printf("checksum 0x%016" PRIx64 "\n", sum);
	printf("time %.6f s (%.2f ns/iteration)\n", s, iters ? s * 1e9 / (double)iters : 0.0);
	return 0;
}
