/* Guest libc: exact math functions (absolute value, square root, rounding,
 * remainders, exponent handling) using integer operations on the bits. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include "fp.h"
#include "cbrt_tab.h"

#define SIGN ((uint64_t)1 << 63)
#define EXP_MASK ((uint64_t)0x7ff << 52) /* the bits of +inf */
#define FRAC (((uint64_t)1 << 52) - 1)
#define HIDDEN ((uint64_t)1 << 52)

/* unbiased exponent; 1024 for inf/nan, -1023 for zero/subnormal */
static int expo(uint64_t u)
{
	return (int)((u >> 52) & 0x7ff) - 1023;
}

/* a signaling NaN: all exponent bits, a fraction without the quiet bit */
static int is_snan(double x)
{
	uint64_t u = bits(x) & ~SIGN;

	return u > ((uint64_t)0x7ff << 52) && !(u & ((uint64_t)1 << 51));
}

double fabs(double x)
{
	return from_bits(bits(x) & ~SIGN);
}

float fabsf(float x)
{
	union {
		float f;
		uint32_t u;
	} v = { x };
	v.u &= 0x7fffffffu;
	return v.f;
}

double sqrt(double x)
{
	double r;

	if (x < 0)
		errno = EDOM;
	__asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
	return r;
}

float sqrtf(float x)
{
	float r;

	if (x < 0)
		errno = EDOM;
	__asm__("sqrtss %1, %0" : "=x"(r) : "x"(x));
	return r;
}

double copysign(double x, double y)
{
	return from_bits((bits(x) & ~SIGN) | (bits(y) & SIGN));
}

/* trunc, floor and ceil: below 2^52 through a conversion to an integer and
 * back (cvttsd2si and cvtsi2sd: roundsd is SSE4.1), the sign of a zero
 * result from x; at 2^52 and above (and inf, nan) x is its own result. */
double trunc(double x)
{
	if (!(fabs(x) < 0x1p52))
		return x;
	return copysign((double)(int64_t)x, x);
}

double floor(double x)
{
	double t;

	if (!(fabs(x) < 0x1p52))
		return x;
	t = (double)(int64_t)x;
	t -= t > x; /* negative non-integers */
	return copysign(t, x);
}

double ceil(double x)
{
	double t;

	if (!(fabs(x) < 0x1p52))
		return x;
	t = (double)(int64_t)x;
	t += t < x;
	return copysign(t, x);
}

/* Half away from zero. */
double round(double x)
{
	uint64_t u = bits(x), m;
	int e = expo(u);

	if (e >= 52)
		return x;
	if (e < 0)
		return e == -1 ? copysign(1.0, x) : from_bits(u & SIGN);
	m = FRAC >> e;
	if (!(u & m))
		return x;
	u += (uint64_t)1 << (51 - e); /* add one half to the magnitude */
	return from_bits(u & ~m);
}

long lround(double x)
{
	return (long)round(x);
}

/* Half to even (the default rounding mode; there is no other here). */
double rint(double x)
{
	uint64_t u = bits(x);
	double a = fabs(x);

	if (expo(u) >= 52)
		return x;
	a = (a + 0x1p52) - 0x1p52;
	return copysign(a, x);
}

double nearbyint(double x)
{
	return rint(x);
}

double fmin(double x, double y)
{
	if (is_snan(x) || is_snan(y))
		return x + y; /* a signaling NaN gives a quiet one, as in glibc */
	if (x != x)
		return y;
	if (y != y)
		return x;
	if (x == y) /* fmin(-0, +0) is -0 */
		return (bits(x) & SIGN) ? x : y;
	return x < y ? x : y;
}

double fmax(double x, double y)
{
	if (is_snan(x) || is_snan(y))
		return x + y; /* a signaling NaN gives a quiet one, as in glibc */
	if (x != x)
		return y;
	if (y != y)
		return x;
	if (x == y)
		return (bits(x) & SIGN) ? y : x;
	return x > y ? x : y;
}

double scalbn(double x, int n)
{
	/* Scale in steps that stay exact until the last one, so that results in
	 * the subnormal range are rounded once. */
	if (n > 1023) {
		x *= 0x1p1023;
		n -= 1023;
		if (n > 1023) {
			x *= 0x1p1023;
			n -= 1023;
			if (n > 1023)
				n = 1023;
		}
	} else if (n < -1022) {
		x *= 0x1p-1022 * 0x1p53;
		n += 1022 - 53;
		if (n < -1022) {
			x *= 0x1p-1022 * 0x1p53;
			n += 1022 - 53;
			if (n < -1022)
				n = -1022;
		}
	}
	return x * from_bits((uint64_t)(0x3ff + n) << 52);
}

double ldexp(double x, int e)
{
	double r = scalbn(x, e);

	if (x == x && x != 0 && (r == 0 || r - r != 0) && !(x - x != 0))
		errno = ERANGE;
	return r;
}

double frexp(double x, int *e)
{
	uint64_t u = bits(x);
	int ee = (int)((u >> 52) & 0x7ff);

	if (!ee) {
		if (!(u << 1)) {
			*e = 0;
			return x;
		}
		x *= 0x1p64;
		u = bits(x);
		ee = (int)((u >> 52) & 0x7ff) - 64;
	} else if (ee == 0x7ff) {
		*e = 0;
		return x;
	}
	*e = ee - 1022;
	return from_bits((u & ~((uint64_t)0x7ff << 52)) | ((uint64_t)1022 << 52));
}

double modf(double x, double *ip)
{
	double t = trunc(x), f;

	*ip = t;
	if (x - x != 0) /* inf: fraction 0; nan: nan */
		return x != x ? x : copysign(0.0, x);
	f = x - t;
	return f == 0 ? copysign(0.0, x) : f;
}

/* mx 2^s mod my, for mx < my < 2^53 and 0 <= s <= 63: one 128-by-64-bit
 * division (its quotient fits in 64 bits, since mx 2^s < my 2^64) */
static uint64_t shl_mod(uint64_t mx, int s, uint64_t my)
{
	uint64_t hi = s ? mx >> (64 - s) : 0, lo = mx << s, q;

	__asm__("divq %4" : "=a"(q), "=d"(hi) : "0"(lo), "1"(hi), "rm"(my));
	(void)q;
	return hi;
}

/* significand and exponent of a finite nonzero |x| (bits u), the
 * significand with its top bit at bit 52 */
static uint64_t fmod_unpack(uint64_t u, int *e)
{
	int sh;

	*e = (int)(u >> 52);
	if (*e)
		return (u & FRAC) | HIDDEN;
	sh = __builtin_clzll(u) - 11; /* subnormal: normalize */
	*e = 1 - sh;
	return u << sh;
}

/* Exact: long division on the integer significands, up to 63 bits of the
 * quotient at a time. */
double fmod(double x, double y)
{
	uint64_t ux = bits(x), uy = bits(y), sx = ux & SIGN, mx, my;
	int ex = (int)((ux >> 52) & 0x7ff), ey = (int)((uy >> 52) & 0x7ff), d, sh;

	if (x != x || y != y)
		return x + y;
	if (y == 0 || ex == 0x7ff) {
		errno = EDOM;
		return (x * y) / (x * y);
	}
	if (ey == 0x7ff)
		return x;
	ux &= ~SIGN;
	uy &= ~SIGN;
	if (ux < uy)
		return x;
	if (ux == uy)
		return 0 * x;

	mx = fmod_unpack(ux, &ex);
	my = fmod_unpack(uy, &ey);
	if (mx >= my) /* mx < 2 my */
		mx -= my;
	for (d = ex - ey; d > 0 && mx; d -= sh) {
		sh = d > 63 ? 63 : d;
		mx = shl_mod(mx, sh, my);
	}
	if (!mx)
		return 0 * x;
	sh = __builtin_clzll(mx) - 11;
	mx <<= sh;
	ey -= sh;
	if (ey > 0)
		return from_bits(sx | ((uint64_t)ey << 52) | (mx & FRAC));
	return from_bits(sx | (mx >> (1 - ey))); /* subnormal: exact */
}


/* sqrt(x^2 + y^2) for finite x and y, in the x87's long double: its
 * exponent range takes any two doubles' squares and their sum without
 * scaling, and its 64-bit significand leaves, after the one rounding to
 * double, within 0.5 + 2^-11 ulp (sqrt(x * x + y * y) in double is up to
 * 1.2 ulp off, and a double-double correction costs a division). */
double hypot(double x, double y)
{
	uint64_t ux = bits(x) & ~SIGN, uy = bits(y) & ~SIGN;
	long double s;
	double r;

	if (ux >= EXP_MASK || uy >= EXP_MASK) { /* inf or nan */
		if (ux == EXP_MASK || uy == EXP_MASK)
			return HUGE_VAL;
		return x + y; /* nan */
	}
	s = (long double)x * x + (long double)y * y;
	__asm__("fsqrt" : "+t"(s));
	r = (double)s;
	if (r == HUGE_VAL)
		errno = ERANGE;
	return r;
}

/* ---- exact operations added for C99 ------------------------------------ */

long long llround(double x)
{
	return (long long)round(x);
}

long lrint(double x)
{
	return (long)rint(x);
}

long long llrint(double x)
{
	return (long long)rint(x);
}

double scalbln(double x, long n)
{
	return scalbn(x, n > 4000 ? 4000 : n < -4000 ? -4000 : (int)n);
}

double fdim(double x, double y)
{
	if (x != x || y != y)
		return x + y;
	return x > y ? x - y : 0.0;
}

int ilogb(double x)
{
	uint64_t u = bits(x) & ~SIGN;
	int e = expo(u);

	if (!u)
		return FP_ILOGB0;
	if (e == 1024)
		return u > ((uint64_t)0x7ff << 52) ? FP_ILOGBNAN : INT_MAX;
	if (e == -1023) /* subnormal: the place of the top bit */
		return -1011 - __builtin_clzll(u);
	return e;
}

double logb(double x)
{
	if (x == 0) {
		errno = ERANGE;
		return -HUGE_VAL;
	}
	if (x - x != 0)
		return x * x; /* inf: +inf; nan: nan */
	return (double)ilogb(x);
}

double nextafter(double x, double y)
{
	uint64_t u = bits(x);

	if (x != x || y != y)
		return x + y;
	if (x == y)
		return y;
	if (x == 0)
		return copysign(from_bits(1), y);
	if ((x < y) == !(u & SIGN))
		u++; /* away from zero */
	else
		u--;
	x = from_bits(u);
	if (x - x != 0 || x == 0 || fabs(x) < 0x1p-1022)
		errno = ERANGE;
	return x;
}

/* x - n y with n = x / y rounded to nearest, even on ties; exact. The low
 * three bits of n go to *quo with the sign of x / y. */
double remquo(double x, double y, int *quo)
{
	double ax = fabs(x), ay = fabs(y), r;
	int q = 0;

	*quo = 0;
	if (x != x || y != y)
		return x + y;
	if (y == 0 || ax == HUGE_VAL) {
		errno = EDOM;
		return (x * y) / (x * y);
	}
	/* n mod 8 is kept by the remainder modulo 8y; where 8y overflows,
	 * x < 8y already */
	r = 8 * ay != HUGE_VAL ? fmod(ax, 8 * ay) : ax;
	for (int k = 4; k; k >>= 1)
		if (r >= k * ay) { /* r < 2ky: exact (Sterbenz) */
			r -= k * ay;
			q += k;
		}
	if (ay < 0x1p-1021 ? 2 * r > ay || (2 * r == ay && (q & 1)) :
			     r > 0.5 * ay || (r == 0.5 * ay && (q & 1))) {
		r -= ay;
		q++;
	}
	q &= 7;
	*quo = (bits(x) ^ bits(y)) & SIGN ? -q : q;
	return (bits(x) & SIGN) ? -r : r;
}

double remainder(double x, double y)
{
	int q;

	return remquo(x, y, &q);
}

double nan(const char *tag)
{
	(void)tag;
	return __builtin_nan("");
}

/* The cube root, from a table: x = 2^(3k + j) m with m in [1, 2) and j in
 * {0, 1, 2}; for c the centre of m's 128th of [1, 2) and r = m / c - 1
 * (|r| <= 2^-8), cbrt(x) = 2^k cbrt(2^j c) (1 + r)^(1/3). cbrt(2^j c) is
 * kept as hi + lo, so that the sum rounded last is within 0.501 ulp. */
double cbrt(double x)
{
	uint64_t u = bits(x), sign = u & SIGN, e, q, mb;
	const double *t, *c = cbrt_poly;
	double r, r2, r3, p, y;
	int64_t k = -341; /* (e - 1023 - j) / 3 = q - 341 */

	u &= ~SIGN;
	if (u - 1 >= ((uint64_t)0x7ff << 52) - 1)
		return x + x; /* zero (keeps its sign), inf, nan */
	if (u < HIDDEN) { /* subnormal: scale by 2^54 */
		u = bits(from_bits(u) * 0x1p54);
		k -= 18;
	}
	e = u >> 52;
	q = e / 3;
	k += (int64_t)q;
	mb = (u & FRAC) | ((uint64_t)0x3ff << 52);
	/* m - c is exact: c is m's top 7 fraction bits and a half */
	r = (from_bits(mb) - from_bits((mb & ~(((uint64_t)1 << 45) - 1)) | ((uint64_t)1 << 44))) *
	    cbrt_invc[(u >> 45) & 127];
	t = cbrt_tab[e - 3 * q][(u >> 45) & 127];
	r2 = r * r;
	r3 = r2 * r;
	p = (c[0] * r + c[1] * r2) + r3 * ((c[2] + c[3] * r) + r2 * ((c[4] + c[5] * r) + r2 * c[6]));
	y = t[0] + (t[1] + t[0] * p);
	/* y is in [1, 2]: adding k to its exponent cannot leave the normal range */
	return from_bits((bits(y) + ((uint64_t)k << 52)) | sign);
}

/* x * y + z rounded once: the product exactly in 128 bits, z aligned to
 * it with a sticky bit, the sum rounded to nearest even by hand. */
typedef unsigned __int128 u128;

static int msb128(u128 v)
{
	uint64_t hi = (uint64_t)(v >> 64);

	return hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll((uint64_t)v);
}

/* finite nonzero x = m * 2^e */
static uint64_t unpack(double x, int *e)
{
	uint64_t u = bits(x) & ~SIGN;
	int ef = (int)(u >> 52);

	if (!ef) {
		*e = -1074;
		return u;
	}
	*e = ef - 1075;
	return (u & FRAC) | HIDDEN;
}

double fma(double x, double y, double z)
{
	u128 pm, zm, am, bm, r, rem, half;
	int pe, ze, ae, be, d, b, shift, ex, ey, ez;
	uint64_t ps, zs, as, q, out;

	if (x - x != 0 || y - y != 0 || z - z != 0 || x == 0 || y == 0)
		return x * y + z; /* inf, nan, or an exact zero product */
	if (z == 0)
		return x * y;
	ps = (bits(x) ^ bits(y)) & SIGN;
	zs = bits(z) & SIGN;
	pm = (u128)unpack(x, &ex) * unpack(y, &ey);
	pe = ex + ey;
	zm = unpack(z, &ez);
	ze = ez;
	/* both with the top bit at 125 */
	b = msb128(pm);
	pm <<= 125 - b;
	pe -= 125 - b;
	b = msb128(zm);
	zm <<= 125 - b;
	ze -= 125 - b;
	if (pe > ze || (pe == ze && pm >= zm)) {
		am = pm, ae = pe, as = ps, bm = zm, be = ze;
	} else {
		am = zm, ae = ze, as = zs, bm = pm, be = pe;
	}
	d = ae - be;
	if (d > 127)
		bm = 1; /* only its sticky bit counts */
	else if (d)
		bm = (bm >> d) | ((bm << (128 - d)) != 0);
	r = ps == zs ? am + bm : am - bm;
	if (!r)
		return 0.0; /* exact cancellation: +0 */
	b = msb128(r);
	shift = b - 52;
	if (shift < -1074 - ae)
		shift = -1074 - ae; /* subnormal result */
	if (shift <= 0) {
		q = (uint64_t)(r << -shift); /* exact */
	} else {
		q = (uint64_t)(r >> shift);
		rem = r & (((u128)1 << shift) - 1);
		half = (u128)1 << (shift - 1);
		if (rem > half || (rem == half && (q & 1)))
			q++;
	}
	if (shift == -1074 - ae) {
		/* the last bit weighs 2^-1074: the bits are q itself, also when
		 * rounding carried into the smallest normal exponent */
		out = q;
	} else {
		int e = shift + 52 + ae; /* unbiased exponent of q's bit 52 */
		if (e + 1023 >= 2047)
			return from_bits(as | (uint64_t)0x7fe << 52) * 2; /* overflow */
		out = ((uint64_t)(e + 1023) << 52) + (q - HIDDEN); /* a carry is right */
		if (out >= (uint64_t)0x7ff << 52)
			return from_bits(as | (uint64_t)0x7fe << 52) * 2; /* overflow */
	}
	return from_bits(as | out);
}
