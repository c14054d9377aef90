/* Guest libc: the float functions of math.h, through the double ones.
 *
 * A double result within an ulp of a double is far inside half an ulp of a
 * float, so rounding it to float gives the float result within one ulp
 * (nearly always correctly rounded); the exact functions stay exact, since
 * every float result is a double. fmaf rounds the double sum to odd first,
 * which makes the final rounding to float exact.
 *
 * expf, exp2f, logf, log2f, log10f, powf, sinf, cosf, tanf, atanf, asinf and
 * acosf have shorter paths of their own, in double arithmetic, for the usual
 * arguments (tables and polynomials in mathf_tab.h): a double result within
 * 2^-40 or so of the true value rounds to the float within one ulp (nearly
 * always correctly). They choose between ranges and quadrants without
 * branches where the choice is hard to predict. fabsf is __builtin_fabsf
 * here: -ffreestanding makes the plain name a call. */
#include <math.h>
#include <stdint.h>
#include "fp.h"
#include "mathf_tab.h"

#define F1(name) \
	float name##f(float x) { return (float)name(x); }
#define F2(name) \
	float name##f(float x, float y) { return (float)name(x, y); }

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
#define LN2 0x1.62e42fefa39efp-1
#define INV_LN10 0x1.bcb7b1526e50ep-2

static uint32_t fbits(float x)
{
	union {
		float f;
		uint32_t u;
	} v = { x };
	return v.u;
}

static float from_fbits(uint32_t u)
{
	union {
		uint32_t u;
		float f;
	} v = { u };
	return v.f;
}

/* 2^(z/128) for |z| < 128000: z = 128 q + i + r with |r| <= 1/2 and
 * 0 <= i < 128, 2^q 2^(i/128) from the table with q added to its exponent
 * bits, 2^(r/128) by a cubic (relative error below 2^-41) */
static double exp2_128(double z)
{
	const double *c = expf_poly;
	double kd = z + SHIFTER, r, r2;
	uint64_t ki = bits(kd); /* the integer in its low bits */

	kd -= SHIFTER;
	r = z - kd;
	r2 = r * r;
	/* ki << 45 shifts the shifter's bits out, leaving k << 45 */
	return from_bits(expf_tab[ki & 127] + (ki << 45)) *
	       ((1 + c[0] * r) + r2 * (c[1] + c[2] * r));
}

/* log x (base2 0) or 128 log2 x (base2 1) for x a positive normal float:
 * x = 2^k z with z in [0.697, 1.394), c the centre of z's 128th of that,
 * r = z / c - 1 (|r| < 2^-8, exact for the interval around 1, where
 * 1 / c = 1); relative error below 2^-42 */
static inline double logf_core(float x, int base2)
{
	uint32_t ix = fbits(x), tmp = ix - LOGF_OFF;
	const struct logf_entry *e = &logf_tab[(tmp >> 16) & 127];
	double k = (double)((int32_t)tmp >> 23); /* an arithmetic shift */
	double z = from_fbits(ix - (tmp & 0xff800000u));
	double r = z * e->invc - 1, r2 = r * r;
	const double *c;

	/* the first-order term joins the table's early, off the chain of
	 * the polynomial's */
	if (base2) {
		c = log2f_poly;
		return ((k * 128 + e->log2c128) + c[0] * r) + r2 * ((c[1] + c[2] * r) + r2 * (c[3] + c[4] * r));
	}
	c = logf_poly;
	return ((k * LN2 + e->logc) + r) + r2 * ((c[0] + c[1] * r) + r2 * (c[2] + c[3] * r));
}

/* x > 0, finite and normal (the other floats take the double functions) */
static int log_ok(float x)
{
	return fbits(x) - 0x00800000u < 0x7f000000u;
}

float expf(float x)
{
	if (!(__builtin_fabsf(x) < 88.0f))
		return (float)exp(x); /* inf, nan, over- and underflow */
	return (float)exp2_128((double)x * INV_LN2_128);
}

float exp2f(float x)
{
	if (!(x > -126.0f && x < 128.0f))
		return (float)exp2(x);
	return (float)exp2_128((double)x * 128);
}

float logf(float x)
{
	return log_ok(x) ? (float)logf_core(x, 0) : (float)log(x);
}

float log2f(float x)
{
	return log_ok(x) ? (float)(logf_core(x, 1) * (1.0 / 128)) : (float)log2(x);
}

float log10f(float x)
{
	return log_ok(x) ? (float)(logf_core(x, 0) * INV_LN10) : (float)log10(x);
}

float powf(float x, float y)
{
	double t;

	/* x > 0: 2^(y log2 x) while that stays in range (t = 128 y log2 x is
	 * nan or infinite for y nan or infinite); the rest (signs, zeros,
	 * infinities, nans, extremes) as a double */
	if (log_ok(x)) {
		t = (double)y * logf_core(x, 1);
		if (__builtin_fabs(t) < 126 * 128)
			return (float)exp2_128(t);
	}
	return (float)pow(x, y);
}

/* ---- sin and cos ------------------------------------------------------- */

#define PIO2_HI 0x1.921fb544p+0 /* pi/2: 33 bits, so that k * hi is exact */
#define PIO2_LO 0x1.0b4611a626331p-34
#define INV_PIO2 0x1.45f306dc9c883p-1

/* sin(k pi/2 + r) for |r| <= pi/4, without branches (the quadrant of an
 * argument is hard to predict): (a + b r) P(r^2), with a + b r = +-r or +-1
 * and P the sine's polynomial (sin(r) / r) or the cosine's by k mod 4
 * (a = -0 where a + b r = +-r, which keeps the sign of r = -0) */
static inline __attribute__((always_inline)) double sin_quadrant(double r, unsigned k)
{
	const struct sinf_quadrant *q = &sinf_quadrants[k & 3];
	const double *c = q->c;
	double z = r * r, z2 = z * z, u = q->a + q->b * r;

	return u * (((c[0] + c[1] * z) + z2 * (c[2] + c[3] * z)) + z2 * z2 * (c[4] + c[5] * z));
}

/* x = k pi/2 + r for |x| < 2^20: k times the 33-bit pi/2 is exact */
static unsigned reduce_d(double x, double *r)
{
	double kd = x * INV_PIO2 + SHIFTER;
	unsigned k = (unsigned)bits(kd);

	kd -= SHIFTER;
	*r = (x - kd * PIO2_HI) - kd * PIO2_LO;
	return k;
}

/* |x| in [2^-12, 2^20) (one unsigned compare on the bits), where the
 * reduction above holds and x is not its own sine */
static int sincos_fast(float x)
{
	return (fbits(x) & 0x7fffffffu) - 0x39800000u < 0x49800000u - 0x39800000u;
}

float sinf(float x)
{
	double r;
	unsigned k;

	if (!sincos_fast(x)) {
		if (__builtin_fabsf(x) < 0x1p-12f)
			return x; /* also keeps -0 */
		return (float)sin(x);
	}
	k = reduce_d(x, &r);
	return (float)sin_quadrant(r, k);
}

float cosf(float x)
{
	double r;
	unsigned k;

	if (!sincos_fast(x) && !(__builtin_fabsf(x) < 0x1p-12f))
		return (float)cos(x);
	k = reduce_d(x, &r);
	return (float)sin_quadrant(r, k + 1); /* cos x = sin(x + pi/2) */
}

/* tan x = sin x / cos x, both from the same reduction: each within 2^-44 or
 * so, also next to the poles (where cos x is the sine polynomial of a
 * small r) */
float tanf(float x)
{
	double r;
	unsigned k;

	if (!sincos_fast(x)) {
		if (__builtin_fabsf(x) < 0x1p-12f)
			return x; /* also keeps -0 */
		return (float)tan(x);
	}
	k = reduce_d(x, &r);
	return (float)(sin_quadrant(r, k) / sin_quadrant(r, k + 1));
}

/* ---- atan, asin and acos ---------------------------------------------- */

#define PI 0x1.921fb54442d18p+1
#define PI_2 0x1.921fb54442d18p+0
#define PI_4 0x1.921fb54442d18p-1
#define TAN_PI_8 0x1.a827999fcef32p-2

/* atan t for 0 <= t < 2^60: v = (a t + b) / (c t + d) is t, (t - 1) / (t + 1)
 * or -1 / t, by whether t passes tan(pi/8) and 1 / tan(pi/8), chosen
 * without a branch; |v| <= tan(pi/8) and atan t = off + atan v, atan v by
 * a polynomial (within 2^-45) */
static inline __attribute__((always_inline)) double atan_pos(double t)
{
	static const struct atan_range {
		double a, b, c, d, off;
	} ranges[3] = { { 1, 0, 0, 1, 0 }, { 1, -1, 1, 1, PI_4 }, { 0, -1, 1, 0, PI_2 } };
	const struct atan_range *g = &ranges[(t > TAN_PI_8) + (t > 1 / TAN_PI_8)];
	const double *c = atanf_poly;
	double v = (g->a * t + g->b) / (g->c * t + g->d), z = v * v, z2 = z * z, z4 = z2 * z2;

	return g->off + v * (((c[0] + c[1] * z) + z2 * (c[2] + c[3] * z)) +
			     z4 * (((c[4] + c[5] * z) + z2 * (c[6] + c[7] * z)) + z4 * c[8]));
}

/* the double r with the sign of the float x */
static double with_sign(double r, float x)
{
	return from_bits(bits(r) | (uint64_t)(fbits(x) & 0x80000000u) << 32);
}

float atanf(float x)
{
	uint32_t ix = fbits(x) & 0x7fffffffu;

	if (ix - 0x39800000u >= 0x4c800000u - 0x39800000u) {
		if (ix < 0x39800000u)
			return x; /* |x| < 2^-12: atan x rounds to x (and -0 stays) */
		if (ix > 0x7f800000u)
			return x + x; /* nan */
		return (float)with_sign(PI_2, x); /* |x| >= 2^26: pi/2 - 1/|x| rounds to pi/2 */
	}
	return (float)with_sign(atan_pos(__builtin_fabsf(x)), x);
}

/* asin s / s, by a polynomial in w = s^2 <= 1/4 (within 2^-47) */
static inline __attribute__((always_inline)) double asin_poly(double w)
{
	const double *c = asinf_poly;
	double w2 = w * w, w4 = w2 * w2;

	return ((c[0] + c[1] * w) + w2 * (c[2] + c[3] * w)) +
	       w4 * (((c[4] + c[5] * w) + w2 * (c[6] + c[7] * w)) +
		     w4 * ((c[8] + c[9] * w) + w2 * c[10]));
}

/* asin and acos of a float x, |x| <= 1: with s = |x| and w = x^2 up to 1/2,
 * beyond it s = sqrt(w) with w = (1 - |x|) / 2, since asin |x| = pi/2 -
 * 2 asin s there; the result off + m s P(w) with the off and m of the range
 * and (for acos) sign. Chosen without a branch: w = p x^2 + q (1 - |x|) / 2
 * and s = p |x| + q sqrt(w), with p, q = 1, 0 or 0, 1 (all exact). */
struct asin_range {
	double p, q, off, m;
};

static inline __attribute__((always_inline)) double asin_range(float x, const struct asin_range *g)
{
	double a = __builtin_fabsf(x), w = g->p * (a * a) + g->q * ((1 - a) * 0.5), s;

	__asm__("sqrtsd %1, %0" : "=x"(s) : "x"(w));
	s = g->p * a + g->q * s;
	return g->off + g->m * s * asin_poly(w);
}

float asinf(float x)
{
	static const struct asin_range ranges[2] = { { 1, 0, 0, 1 }, { 0, 1, PI_2, -2 } };
	uint32_t ix = fbits(x) & 0x7fffffffu;

	if (ix - 0x39800000u >= 0x3f800001u - 0x39800000u) {
		if (ix < 0x39800000u)
			return x; /* |x| < 2^-12: asin x rounds to x (and -0 stays) */
		return (float)asin(x); /* |x| > 1, nan */
	}
	return (float)with_sign(asin_range(x, &ranges[ix > 0x3f000000u]), x);
}

float acosf(float x)
{
	/* by |x| > 1/2, then the sign of x: pi/2 -+ |x| P, 2 s P, pi - 2 s P */
	static const struct asin_range ranges[2][2] = {
		{ { 1, 0, PI_2, -1 }, { 1, 0, PI_2, 1 } },
		{ { 0, 1, 0, 2 }, { 0, 1, PI, -2 } },
	};
	uint32_t ix = fbits(x) & 0x7fffffffu;

	if (ix > 0x3f800000u)
		return (float)acos(x); /* |x| > 1, nan */
	return (float)asin_range(x, &ranges[ix > 0x3f000000u][fbits(x) >> 31]);
}

float hypotf(float x, float y)
{
	double a = x, b = y, s;

	if (__builtin_isinf(x) || __builtin_isinf(y))
		return HUGE_VALF;
	s = a * a + b * b; /* the squares are exact, their sum nearly */
	__asm__("sqrtsd %1, %0" : "=x"(s) : "x"(s)); /* sqrt() is a call, with its errno check */
	return (float)s;
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
