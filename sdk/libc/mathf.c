/* Guest libc: the float functions of math.h, through the double ones.
 *
 * A double result within an ulp of a double is far inside half an ulp of a
 * float, so rounding it to float gives the float result within one ulp
 * (nearly always correctly rounded); the exact functions stay exact, since
 * every float result is a double. fmaf rounds the double sum to odd first,
 * which makes the final rounding to float exact.
 *
 * expf, exp2f, logf, log2f, log10f, powf, sinf and cosf have shorter paths
 * of their own, in double arithmetic, for the usual arguments: a double
 * result within 2^-40 or so of the true value rounds to the float within
 * one ulp (nearly always correctly). */
#include <math.h>
#include <stdint.h>
#include "fp.h"
#include "explog_tab.h"

#define F1(name) \
	float name##f(float x) { return (float)name(x); }
#define F2(name) \
	float name##f(float x, float y) { return (float)name(x, y); }

F1(tan) F1(asin) F1(acos) F1(atan)
F1(sinh) F1(cosh) F1(tanh) F1(asinh) F1(acosh) F1(atanh)
F1(expm1) F1(log1p) F1(cbrt) F1(logb)
F1(floor) F1(ceil) F1(trunc) F1(round) F1(rint) F1(nearbyint)
F2(atan2) F2(fmod) F2(remainder) F2(copysign) F2(fdim)

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

/* ---- exp, log and pow in double, for float results --------------------- */

#define SHIFTER 0x1.8p52 /* adding it rounds to an integer */
#define INV_LN2_128 0x1.71547652b82fep+7
#define LN2_128 0x1.62e42fefa39efp-8
#define LN2 0x1.62e42fefa39efp-1
#define INV_LN2 0x1.71547652b82fep+0
#define INV_LN10 0x1.bcb7b1526e50ep-2

/* 2^(ki/128) e^r, |r| <= ln2/256, the result normal */
static double exp_tab_d(int64_t ki, double r)
{
	double p = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24)));
	double t = exp2_tab[ki & 127][0];

	return from_bits(bits(t + t * p) + ((uint64_t)(ki >> 7) << 52));
}

/* e^x for |x| < 708 */
static double exp_d(double x)
{
	double kd = x * INV_LN2_128 + SHIFTER;
	int64_t ki = (int64_t)(bits(kd) << 13) >> 13;

	kd -= SHIFTER;
	return exp_tab_d(ki, x - kd * LN2_128);
}

/* 2^x for |x| < 1000 */
static double exp2_d(double x)
{
	double kd = x * 128 + SHIFTER;
	int64_t ki = (int64_t)(bits(kd) << 13) >> 13;

	kd -= SHIFTER;
	return exp_tab_d(ki, (x - kd * (1.0 / 128)) * LN2);
}

/* log x for x positive, finite and normal as a double */
static double log_d(double x)
{
	uint64_t u = bits(x), tmp = u - 0x3fe6955500000000ull;
	const struct log_entry *e = &log_tab[(tmp >> 45) & 127];
	double kd = (double)((int64_t)tmp >> 52);
	double z = from_bits(u - (tmp & ((uint64_t)0xfff << 52)));
	double r = ((z - e->chi) - e->clo) * e->invc, r2 = r * r;

	return (kd * LN2 + e->logc_hi) + (r + r2 * ((-0.5 + r * (1.0 / 3)) +
	       r2 * (-0.25 + r * 0.2)));
}

/* a float x > 0, finite: its double is positive, finite and normal */
static int log_ok(float x)
{
	return x > 0 && x <= 0x1.fffffep127f;
}

float expf(float x)
{
	if (!(x > -87.0f && x < 88.0f))
		return (float)exp(x); /* inf, nan, over- and underflow */
	return (float)exp_d(x);
}

float exp2f(float x)
{
	if (!(x > -126.0f && x < 128.0f))
		return (float)exp2(x);
	return (float)exp2_d(x);
}

float logf(float x)
{
	return log_ok(x) ? (float)log_d(x) : (float)log(x);
}

float log2f(float x)
{
	return log_ok(x) ? (float)(log_d(x) * INV_LN2) : (float)log2(x);
}

float log10f(float x)
{
	return log_ok(x) ? (float)(log_d(x) * INV_LN10) : (float)log10(x);
}

float powf(float x, float y)
{
	double t;

	/* x > 0 and y finite: 2^(y log2 x) while that stays in range; the
	 * rest (signs, zeros, infinities, nans, extremes) as a double */
	if (log_ok(x) && y - y == 0) {
		t = (double)y * (log_d(x) * INV_LN2);
		if (t > -126 && t < 128)
			return (float)exp2_d(t);
	}
	return (float)pow(x, y);
}

/* ---- sin and cos ------------------------------------------------------- */

#define PIO2_HI 0x1.921fb544p+0 /* pi/2: 33 bits, so that k * hi is exact */
#define PIO2_LO 0x1.0b4611a626331p-34
#define INV_PIO2 0x1.45f306dc9c883p-1

/* sin and cos of |r| <= pi/4 (Taylor, to within 2^-45 or so) */
static double ksin_d(double r)
{
	double z = r * r;

	return r + r * z * (-1.0 / 6 + z * (1.0 / 120 + z * (-1.0 / 5040 + z * (1.0 / 362880 +
	       z * (-1.0 / 39916800 + z * (1.0 / 6227020800.0))))));
}

static double kcos_d(double r)
{
	double z = r * r;

	return 1 + z * (-0.5 + z * (1.0 / 24 + z * (-1.0 / 720 + z * (1.0 / 40320 +
	       z * (-1.0 / 3628800 + z * (1.0 / 479001600))))));
}

/* x = k pi/2 + r for |x| < 2^20: k times the 33-bit pi/2 is exact */
static int reduce_d(double x, double *r)
{
	double kd = x * INV_PIO2 + SHIFTER;
	int k = (int)bits(kd);

	kd -= SHIFTER;
	*r = (x - kd * PIO2_HI) - kd * PIO2_LO;
	return k;
}

float sinf(float x)
{
	double r;
	int k;

	if (!(fabsf(x) < 0x1p20f))
		return (float)sin(x);
	if (fabsf(x) < 0x1p-12f)
		return x; /* also keeps -0 */
	k = reduce_d(x, &r);
	switch (k & 3) {
	case 0: return (float)ksin_d(r);
	case 1: return (float)kcos_d(r);
	case 2: return (float)-ksin_d(r);
	default: return (float)-kcos_d(r);
	}
}

float cosf(float x)
{
	double r;
	int k;

	if (!(fabsf(x) < 0x1p20f))
		return (float)cos(x);
	k = reduce_d(x, &r);
	switch (k & 3) {
	case 0: return (float)kcos_d(r);
	case 1: return (float)-ksin_d(r);
	case 2: return (float)-kcos_d(r);
	default: return (float)ksin_d(r);
	}
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
