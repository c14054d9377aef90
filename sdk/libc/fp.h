/* Guest libc internals: bit access to doubles and error-free
 * transformations (Knuth, Dekker; no FMA), shared by the math files. */
#ifndef HSIM_SDK_LIBC_FP_H
#define HSIM_SDK_LIBC_FP_H

#include <stdint.h>

static inline uint64_t bits(double x)
{
	union {
		double d;
		uint64_t u;
	} v = { x };
	return v.u;
}

static inline double from_bits(uint64_t u)
{
	union {
		uint64_t u;
		double d;
	} v = { u };
	return v.d;
}

static inline void two_sum(double a, double b, double *s, double *e)
{
	double t = a + b, bb = t - a;

	*s = t;
	*e = (a - (t - bb)) + (b - bb);
}

static inline void fast_two_sum(double a, double b, double *s, double *e)
{
	double t = a + b; /* |a| >= |b| */

	*s = t;
	*e = b - (t - a);
}

static inline void split(double a, double *hi, double *lo)
{
	double t = 134217729.0 * a; /* 2^27 + 1 */

	*hi = t - (t - a);
	*lo = a - *hi;
}

static inline void two_prod(double a, double b, double *p, double *e)
{
	double ah, al, bh, bl, t = a * b;

	split(a, &ah, &al);
	split(b, &bh, &bl);
	*p = t;
	*e = ((ah * bh - t) + ah * bl + al * bh) + al * bl;
}

#endif
