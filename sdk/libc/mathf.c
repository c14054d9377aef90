/* Guest libc: the float functions of math.h, through the double ones.
 *
 * A double result within an ulp of a double is far inside half an ulp of a
 * float, so rounding it to float gives the float result within one ulp
 * (nearly always correctly rounded); the exact functions stay exact, since
 * every float result is a double. fmaf rounds the double sum to odd first,
 * which makes the final rounding to float exact. */
#include <math.h>
#include <stdint.h>
#include "fp.h"

#define F1(name) \
	float name##f(float x) { return (float)name(x); }
#define F2(name) \
	float name##f(float x, float y) { return (float)name(x, y); }

F1(sin) F1(cos) F1(tan) F1(asin) F1(acos) F1(atan)
F1(sinh) F1(cosh) F1(tanh) F1(asinh) F1(acosh) F1(atanh)
F1(exp) F1(exp2) F1(expm1) F1(log) F1(log2) F1(log10) F1(log1p) F1(cbrt) F1(logb)
F1(floor) F1(ceil) F1(trunc) F1(round) F1(rint) F1(nearbyint)
F2(atan2) F2(pow) F2(fmod) F2(remainder) F2(copysign) F2(fdim)

/* a signaling NaN (which the conversion to double would quiet) */
static int is_snanf(float x)
{
	union {
		float f;
		uint32_t u;
	} v = { x };

	return (v.u & 0x7fffffffu) > 0x7f800000u && !(v.u & 0x400000u);
}

float fminf(float x, float y)
{
	return is_snanf(x) || is_snanf(y) ? x + y : (float)fmin(x, y);
}

float fmaxf(float x, float y)
{
	return is_snanf(x) || is_snanf(y) ? x + y : (float)fmax(x, y);
}

float hypotf(float x, float y)
{
	double a = x, b = y;

	if (__builtin_isinf(x) || __builtin_isinf(y))
		return HUGE_VALF;
	return (float)sqrt(a * a + b * b); /* the squares and their sum are exact enough */
}

float remquof(float x, float y, int *q)
{
	return (float)remquo(x, y, q);
}

long lroundf(float x)
{
	return lround(x);
}

long long llroundf(float x)
{
	return llround(x);
}

long lrintf(float x)
{
	return lrint(x);
}

long long llrintf(float x)
{
	return llrint(x);
}

float ldexpf(float x, int e)
{
	return (float)ldexp(x, e < -400 ? -400 : e > 400 ? 400 : e);
}

float scalbnf(float x, int e)
{
	return (float)scalbn(x, e < -400 ? -400 : e > 400 ? 400 : e);
}

float scalblnf(float x, long e)
{
	return (float)scalbn(x, e < -400 ? -400 : e > 400 ? 400 : (int)e);
}

float frexpf(float x, int *e)
{
	return (float)frexp(x, e);
}

float modff(float x, float *ip)
{
	double i, f = modf(x, &i);

	*ip = (float)i;
	return (float)f;
}

int ilogbf(float x)
{
	return ilogb(x);
}

float nanf(const char *tag)
{
	(void)tag;
	return __builtin_nanf("");
}

float nextafterf(float x, float y)
{
	union {
		float f;
		uint32_t u;
	} v = { x };

	if (x != x || y != y)
		return x + y;
	if (x == y)
		return y;
	if (x == 0) {
		v.u = 1;
		return y > 0 ? v.f : -v.f;
	}
	if ((x < y) == !(v.u >> 31))
		v.u++;
	else
		v.u--;
	return v.f;
}

float fmaf(float x, float y, float z)
{
	double p = (double)x * y, s, e; /* the product is exact */
	uint64_t u;

	if (p - p != 0 || z - z != 0 || p == 0 || z == 0)
		return (float)(p + z);
	two_sum(p, z, &s, &e);
	u = bits(s);
	if (e != 0 && !(u & 1)) /* inexact and even: round to odd */
		u += ((e > 0) == (s > 0)) ? 1 : -1;
	return (float)from_bits(u);
}
