/* Functions to run in the simulator with `hsim run --simulate NAME`: deep
 * recursion, hypercalls from inside, SSE and double math, a simulated
 * function calling another one, a tail call into one, a function called
 * thousands of times, one writing global memory. The output (and the exit
 * code, 0) must not depend on which of them were simulated. Run with
 * --clock-step and --seed, since chatty() prints the clock and random bits. */
#include <hsim/guest.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* a real call to a real symbol: no inlining, no specialized clones */
#define SIM __attribute__((noinline, noclone))

#define HOT_CALLS 4000

/* a data symbol: --simulate must refuse it */
uint32_t squares[64];

static int bad;

static void expect(const char *what, unsigned long long got, unsigned long long want)
{
	printf("%s = %llu%s\n", what, got, got == want ? "" : "  <-- WRONG");
	if (got != want)
		bad = 1;
}

static uint64_t bits(double d)
{
	uint64_t u;
	memcpy(&u, &d, sizeof(u));
	return u;
}

SIM uint64_t fib(int n)
{
	return n < 2 ? (uint64_t)n : fib(n - 1) + fib(n - 2);
}

SIM long ackermann(long m, long n)
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ackermann(m - 1, 1);
	return ackermann(m - 1, ackermann(m, n - 1));
}

/* hypercalls from inside: console, clock, random */
SIM uint64_t chatty(int k)
{
	uint64_t t = hsim_time_ns(), r = hsim_random();
	printf("chatty %d: time %llu random 0x%016llx\n", k, (unsigned long long)t,
	       (unsigned long long)r);
	return t ^ r;
}

/* doubles and floats in xmm registers, sqrt, division, conversions */
SIM double sse_math(int n)
{
	double s = 0, p = 1, q = 0.5;
	float f = 1.0f, g = 0.0f;
	int i;

	for (i = 1; i <= n; i++) {
		double x = (double)i;
		s += sqrt(x) / (x + 0.25);
		p = p * 1.0001 - q / (x * x + 1.0);
		q = q * 0.999 + 1.0 / x;
		f = f * 0.9995f + (float)i * 1e-4f;
		g += sqrtf(f) / (float)(i + 3);
	}
	return s + p * 1e-3 + q * 1e-6 + (double)f * 1e-9 + (double)g;
}

SIM uint64_t nested_inner(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return x + fib((int)(x & 7));
}

SIM uint64_t nested_outer(int n)
{
	uint64_t h = 0;
	int i;
	for (i = 0; i < n; i++)
		h = h * 31 + nested_inner(h + (uint64_t)i);
	return h;
}

/* at -O2 the call becomes a jump: nested_inner returns to our caller */
SIM uint64_t tail_caller(uint64_t x)
{
	return nested_inner(x * 3 + 1);
}

SIM uint32_t hot(uint32_t x)
{
	return (x << 7 | x >> 25) ^ (x * 2654435761u);
}

SIM void fill_squares(uint32_t base)
{
	unsigned i;
	for (i = 0; i < sizeof(squares) / sizeof(squares[0]); i++)
		squares[i] = (base + i) * (base + i);
}

int main(void)
{
	uint64_t h, sum;
	uint32_t x;
	unsigned i;
	int k;

	expect("fib(20)", fib(20), 6765);
	expect("fib(1)", fib(1), 1);
	expect("ackermann(2,3)", (unsigned long long)ackermann(2, 3), 9);
	expect("ackermann(3,3)", (unsigned long long)ackermann(3, 3), 61);

	h = 0;
	for (k = 0; k < 3; k++)
		h ^= chatty(k);
	printf("chatty hash 0x%016llx\n", (unsigned long long)h);

	double d = sse_math(3000);
	printf("sse_math(3000) = %.9f bits 0x%016llx\n", d, (unsigned long long)bits(d));

	h = nested_outer(100);
	printf("nested_outer(100) = 0x%016llx\n", (unsigned long long)h);
	h = tail_caller(12345);
	printf("tail_caller(12345) = 0x%016llx\n", (unsigned long long)h);

	x = 1;
	for (i = 0; i < HOT_CALLS; i++)
		x = hot(x + i);
	printf("hot x%d = 0x%08x\n", HOT_CALLS, x);

	fill_squares(1000);
	sum = 0;
	for (i = 0; i < sizeof(squares) / sizeof(squares[0]); i++)
		sum += squares[i];
	expect("sum of squares 1000..1063", sum, 68117344);

	printf(bad ? "simfuncs: FAILED\n" : "simfuncs: OK\n");
	return bad;
}
