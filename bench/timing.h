/* The clock of the libc benchmarks (libc_math.c, libc_strmem.c), the same
 * natively and in a guest. In a guest a clock read is a VM exit, 50-100 us
 * that vary by tens of microseconds: a round must be long next to that, or
 * the best of several rounds is mostly the luck of its two clock reads. So
 * each case runs in rounds of at least ROUND_NS (as many passes as make
 * one), and prints the best round's ns per call. */
#ifndef HSIM_BENCH_TIMING_H
#define HSIM_BENCH_TIMING_H

#include <stdio.h>
#include <time.h>

#define ROUND_NS 5e5
#define ROUNDS 50

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* What reading the clock itself costs, taken off every round. */
static double clock_cost;

static void calibrate(void)
{
	clock_cost = 1e300;
	for (int i = 0; i < 200; i++) {
		double t0 = now(), t = now() - t0;
		if (t < clock_cost)
			clock_cost = t;
	}
}

/* Best ns per call of the pass (the statement after `calls`), which makes
 * `calls` calls. */
#define BENCH(name, calls, ...)                                                       \
	do {                                                                          \
		double t0_, best_ = 1e300;                                            \
		long passes_ = 1;                                                     \
		/* passes doubled until they last a round (with the clock read:      \
		 * in a guest one pass can be shorter than the read's jitter) */     \
		for (;;) {                                                            \
			t0_ = now();                                                  \
			for (long p_ = 0; p_ < passes_; p_++) {                       \
				__VA_ARGS__;                                          \
			}                                                             \
			if (now() - t0_ >= ROUND_NS || passes_ >= (1L << 30))         \
				break;                                                \
			passes_ *= 2;                                                 \
		}                                                                     \
		for (int r_ = 0; r_ < ROUNDS; r_++) {                                 \
			t0_ = now();                                                  \
			for (long p_ = 0; p_ < passes_; p_++) {                       \
				__VA_ARGS__;                                          \
			}                                                             \
			double t_ = (now() - t0_ - clock_cost) / ((double)(calls) * passes_); \
			if (t_ < best_)                                               \
				best_ = t_;                                           \
		}                                                                     \
		printf("%s: %.2f\n", name, best_);                                   \
	} while (0)

#endif
