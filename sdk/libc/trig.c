/* Guest libc: trigonometric functions, SSE2 double arithmetic (and the
 * x87's long double for tan's quotient).
 *
 * sin/cos/tan reduce x to r = x - n pi/2 (|r| <= pi/4, kept as a
 * double-double): Cody-Waite for |x| < 2^20, with 139 bits of pi/2 as a rule
 * and 152, all products exact, when r is small (x near a multiple of pi/2),
 * and an integer Payne-Hanek reduction with 1280 bits of 2/pi beyond, so
 * every finite argument is reduced correctly. Minimax polynomials for
 * sin r and cos r then run side by side in SSE2's two lanes, and the
 * quadrant picks between them without a branch (a random argument's is not
 * predictable). atan and atan2 reduce to |t| <= 1/32 around the middle of
 * an eighth of a binade with a table of atan there (one division); asin and
 * acos use a polynomial in x^2, or in (1 - |x|) / 2 with a square root.
 * The polynomials and the table come from gen_trig_tab.py (trig_tab.h). */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include "fp.h"
#include "trig_tab.h"

#define FRAC (((uint64_t)1 << 52) - 1)

#define PIO2_1 0x1.921fb54400000p+0 /* 33 bits: n * PIO2_1 exact for n < 2^20 */
#define PIO2_2 0x1.0b4611a600000p-34 /* 33 bits too, and */
#define PIO2_3 0x1.3198a2e000000p-69  /* this one: products with n exact */
#define PIO2_3T 0x1.b839a252049c1p-104
#define PIO2_2F 0x1.0b4611a626331p-34 /* pi/2 - PIO2_1 in two parts */
#define PIO2_3F 0x1.1701b839a2520p-88
#define PIO2_H 0x1.921fb54442d18p+0
#define PIO2_L 0x1.1a62633145c07p-54
#define PIO4_H 0x1.921fb54442d18p-1
#define PIO4_L 0x1.1a62633145c07p-55
#define PI_H 0x1.921fb54442d18p+1
#define PI_L 0x1.1a62633145c07p-53
#define INV_PIO2 0x1.45f306dc9c883p-1
#define SHIFTER 0x1.8p52

__extension__ typedef unsigned __int128 u128;

/* ---- argument reduction ------------------------------------------------ */

/* The bits of 2/pi after the binary point, most significant first. */
static const uint64_t two_over_pi[20] = {
	0xa2f9836e4e441529ull, 0xfc2757d1f534ddc0ull, 0xdb6295993c439041ull,
	0xfe5163abdebbc561ull, 0xb7246e3a424dd2e0ull, 0x06492eea09d1921cull,
	0xfe1deb1cb129a73eull, 0xe88235f52ebb4484ull, 0xe99c7026b45f7e41ull,
	0x3991d639835339f4ull, 0x9c845f8bbdf9283bull, 0x1ff897ffde05980full,
	0xef2f118b5a0a6d1full, 0x6d367ecf27cb09b7ull, 0x4f463f669e5fea2dull,
	0x7527bac7ebe5f17bull, 0x3d0739f78a5292eaull, 0x6bfb5fb11f8d5d08ull,
	0x56033046fc7b6babull, 0xf0cfbc209af4361dull,
};

/* 64 bits of 2/pi starting at fractional bit `pos` (bit 1 = weight 1/2). */
static uint64_t two_over_pi_bits(int pos)
{
	int t = pos - 1, q = t / 64, s = t % 64;

	if (!s)
		return two_over_pi[q];
	return (two_over_pi[q] << s) | (two_over_pi[q + 1] >> (64 - s));
}

/* Bits [lo, lo + 63] of the 256-bit little-endian p[]. */
static uint64_t bits_at(const uint64_t *p, int lo)
{
	int q = lo / 64, s = lo % 64;

	if (!s)
		return p[q];
	return (p[q] >> s) | (q + 1 < 4 ? p[q + 1] << (64 - s) : 0);
}

/* Payne-Hanek for x >= 2^20: x = m 2^e; x 2/pi mod 4 needs only the bits of
 * 2/pi from weight 2^(1-e) on (earlier ones give multiples of 4). */
static int rem_pio2_large(double x, double *rh, double *rl)
{
	uint64_t u = bits(x), m = (u & FRAC) | ((uint64_t)1 << 52), w[3], p[4];
	int e = (int)((u >> 52) & 0x7ff) - 1075;
	int i0 = e - 1 > 1 ? e - 1 : 1, unit, sh = 0, n;
	u128 t, f;
	uint64_t fh, fl;
	double dh, dl, ph, pe;
	int neg = 0;

	w[0] = two_over_pi_bits(i0);
	w[1] = two_over_pi_bits(i0 + 64);
	w[2] = two_over_pi_bits(i0 + 128);
	t = (u128)m * w[2];
	p[0] = (uint64_t)t;
	t = (u128)m * w[1] + (uint64_t)(t >> 64);
	p[1] = (uint64_t)t;
	t = (u128)m * w[0] + (uint64_t)(t >> 64);
	p[2] = (uint64_t)t;
	p[3] = (uint64_t)(t >> 64);
	/* bit b of p weighs 2^(b + e - i0 - 191) */
	unit = i0 + 191 - e;
	n = (int)(bits_at(p, unit) & 3);
	fh = bits_at(p, unit - 64);
	fl = bits_at(p, unit - 128);
	f = ((u128)fh << 64) | fl;
	if (fh >> 63) { /* fraction >= 1/2: round n up, fraction negative */
		n++;
		f = -f;
		neg = 1;
	}
	if (!f) {
		*rh = *rl = 0;
		return n;
	}
	while (!(uint64_t)(f >> 127)) {
		f <<= 1;
		sh++;
	}
	/* f * 2^-(128 + sh) as a double-double: the top 53 bits, then 64 more */
	dh = (double)(uint64_t)(f >> 75) * from_bits((uint64_t)(1023 - 53 - sh) << 52);
	dl = (double)(uint64_t)((f & (((u128)1 << 75) - 1)) >> 11) *
	     from_bits((uint64_t)(1023 - 117 - sh) << 52);
	/* times pi/2 */
	two_prod(dh, PIO2_H, &ph, &pe);
	pe += dh * PIO2_L + dl * PIO2_H;
	fast_two_sum(ph, pe, rh, rl);
	if (neg) {
		*rh = -*rh;
		*rl = -*rl;
	}
	return n;
}

/* Cody-Waite with pi/2 in four pieces (152 bits, the first three of 33 so
 * that their products with n < 2^20 are exact), for |x| < 2^20 close to a
 * multiple of pi/2: the remainder may be as small as 2^-61 there, so the
 * cancellation needs all those bits. */
static __attribute__((noinline)) void rem_pio2_near(double x, double fn, double *rh,
						    double *rl)
{
	double r, w, t, e, t2, e2;

	r = x - fn * PIO2_1; /* exact */
	w = fn * PIO2_2;     /* exact */
	two_sum(r, -w, &t, &e);
	two_sum(t, -fn * PIO2_3, &t2, &e2); /* fn * PIO2_3 exact */
	e2 += e - fn * PIO2_3T;
	fast_two_sum(t2, e2, rh, rl);
}

/* rem_pio2 for |x| >= 2^20 */
static __attribute__((noinline)) int rem_pio2_huge(double x, double *rh, double *rl)
{
	int n = rem_pio2_large(__builtin_fabs(x), rh, rl);

	if (x < 0) {
		*rh = -*rh;
		*rl = -*rl;
		n = -n;
	}
	return n & 3;
}

/* x = n pi/2 + (rh + rl), |rh| <= about pi/4, for |x| < 2^20; returns
 * n mod 4. */
static inline int rem_pio2(double x, double *rh, double *rl)
{
	double k, fn, r, w, h;
	int n;

	k = x * INV_PIO2 + SHIFTER;
	fn = k - SHIFTER;
	n = (int)(uint32_t)bits(k); /* k's low bits are n's */
	/* Usually 139 bits of pi/2 do: n PIO2_1 is exact, n PIO2_2F is off by
	 * less than 2^-67 and the remainder is >= 2^-10. */
	r = x - fn * PIO2_1;
	w = fn * PIO2_2F;
	h = r - w;
	if (__builtin_expect(__builtin_fabs(h) < 0x1p-10, 0)) {
		rem_pio2_near(x, fn, rh, rl);
		return n & 3;
	}
	*rh = h;
	*rl = ((r - h) - w) - fn * PIO2_3F; /* |r| > |w|: (r - h) - w is exact */
	return n & 3;
}

/* ---- kernels on [-pi/4, pi/4] ------------------------------------------ */

typedef double v2d __attribute__((vector_size(16)));

/* SIN_C and COS_C side by side (COS_C padded with 0), for SSE2's packed
 * arithmetic: both polynomials for the price of one */
static const v2d sincos_c[7] = {
	{ SIN_C0, COS_C0 }, { SIN_C1, COS_C1 }, { SIN_C2, COS_C2 }, { SIN_C3, COS_C3 },
	{ SIN_C4, COS_C4 }, { SIN_C5, COS_C5 }, { SIN_C6, 0 },
};

/* sin(h + l) = *sh + *sl and cos(h + l) = *ch + *cl, |l| <= ulp(h), with
 * *sh = h and *ch = 1 - h^2/2 rounded; the polynomials in Estrin's form. */
static inline void sincos_k(double h, double l, double *sh, double *sl, double *ch, double *cl)
{
	double z = h * h, hz = 0.5 * z, w = 1.0 - hz;
	v2d Z = { z, z }, Z2 = Z * Z, Z4 = Z2 * Z2, P;
	const v2d *c = sincos_c;

	P = ((c[0] + Z * c[1]) + Z2 * (c[2] + Z * c[3])) + Z4 * ((c[4] + Z * c[5]) + Z2 * c[6]);
	*sh = h;
	*sl = h * z * P[0] + l * w; /* sin(h + l) = sin h + l cos h */
	*ch = w;
	/* 1 - hz loses the low bits of hz; add them back with the rest.
	 * cos(h + l) = cos h - l sin h */
	*cl = ((1.0 - w) - hz) + (Z2[0] * P[1] - h * l);
}

/* a for n even, b for n odd, without a branch: the quadrant of a random
 * argument is not predictable */
static inline double pick(int n, double a, double b)
{
	uint64_t m = -(uint64_t)(n & 1);

	return from_bits((bits(a) & ~m) | (bits(b) & m));
}

/* sin x for x = n pi/2 + r: sin r, cos r, -sin r, -cos r, as s a + c b
 * with (a, b) from a table (exact: one product is 0) */
static const v2d quad_tab[4] = { { 1, 0 }, { 0, 1 }, { -1, 0 }, { 0, -1 } };

static inline double quadrant(int n, double s, double c)
{
	v2d R = (v2d){ s, c } * quad_tab[n & 3];

	return R[0] + R[1];
}

/* The arguments sin, cos and tan treat apart, in one test: bits(|x|) -
 * bits(2^-27) as unsigned is large for the tiny ones (below 2^-27), the
 * huge ones (2^20 and beyond), infinities and NaNs. */
#define TRIG_RARE(x) (bits(__builtin_fabs(x)) - 0x3e40000000000000ull >= \
		      0x4130000000000000ull - 0x3e40000000000000ull)

/* sin x, cos x (n0 = 1) or tan x (n0 = 2) for those */
static __attribute__((noinline)) double trig_rare(double x, int n0);

double sin(double x)
{
	double rh, rl, sh, sl, ch, cl;
	int n;

	if (__builtin_expect(TRIG_RARE(x), 0))
		return trig_rare(x, 0);
	n = rem_pio2(x, &rh, &rl);
	sincos_k(rh, rl, &sh, &sl, &ch, &cl);
	return quadrant(n, sh + sl, ch + cl);
}

double cos(double x)
{
	double rh, rl, sh, sl, ch, cl;
	int n;

	if (__builtin_expect(TRIG_RARE(x), 0))
		return trig_rare(x, 1);
	n = rem_pio2(x, &rh, &rl);
	sincos_k(rh, rl, &sh, &sl, &ch, &cl);
	return quadrant(n + 1, sh + sl, ch + cl);
}

/* tan r = sin r / cos r, the polynomials in double (packed, as for sin and
 * cos) and the rest in the x87's long double: the roundings of the sine,
 * the cosine (up to 0.35 ulp each in double) and the quotient would add up
 * past an ulp; with 11 bits more there is one rounding that counts, to
 * double (the polynomials' own only touch their small terms). */
static inline long double tan_k(double rh, double rl, int odd)
{
	double zd = rh * rh;
	v2d Z = { zd, zd }, Z2 = Z * Z, Z4 = Z2 * Z2, P;
	const v2d *k = sincos_c;
	long double h = rh, z = h * h, hz = 0.5L * z, s, c;

	P = ((k[0] + Z * k[1]) + Z2 * (k[2] + Z * k[3])) + Z4 * ((k[4] + Z * k[5]) + Z2 * k[6]);
	s = h + (h * z * P[0] + rl * (1 - hz));
	c = (1 - hz) + (z * z * P[1] - h * rl);
	if (odd)
		return -c / s;
	return s / c;
}

double tan(double x)
{
	double rh, rl;
	int n;

	if (__builtin_expect(TRIG_RARE(x), 0))
		return trig_rare(x, 2);
	n = rem_pio2(x, &rh, &rl);
	/* sin / cos for n even, -cos / sin for n odd */
	return (double)tan_k(rh, rl, n & 1);
}

static double trig_rare(double x, int n0)
{
	double rh, rl, sh, sl, ch, cl;
	int n;

	if (x - x != 0) { /* inf, NaN */
		if (x == x)
			errno = EDOM;
		return x - x;
	}
	if (__builtin_fabs(x) < 0x1p-27) /* sin x = tan x = x, cos x = 1 rounded */
		return n0 == 1 ? 1.0 : x;
	n = rem_pio2_huge(x, &rh, &rl);
	if (n0 == 2)
		return (double)tan_k(rh, rl, n & 1);
	sincos_k(rh, rl, &sh, &sl, &ch, &cl);
	return quadrant(n + n0, sh + sl, ch + cl);
}

/* ---- inverse functions -------------------------------------------------- */

#define TWO_M10 0x3f50000000000000ull /* bits of 2^-10 */
#define TWO_P6 0x4050000000000000ull  /* bits of 2^6 */

/* atan(a) for a in [2^-10, 2^6), from the table: with c the middle of a's
 * eighth of a binade, atan a = atan c + atan t, t = (a - c) / (1 + a c),
 * |t| <= 1/32 and |t| <= a/16, so t's rounding hardly shows. Returns
 * atan c's high part, *lo the rest. */
static inline double atan_mid(double a, double *lo)
{
	uint64_t u = bits(a);
	const double *e = atan_tab[(u >> 49) - ATAN_TAB_BASE];
	double c = from_bits((u & ~(((uint64_t)1 << 49) - 1)) | ((uint64_t)1 << 48));
	double t = (a - c) / (1.0 + a * c); /* a - c is exact */
	double z = t * t, z2 = z * z;

	*lo = e[1] + (t + t * z * ((atan_c[0] + z * atan_c[1]) + z2 * (atan_c[2] + z * atan_c[3])));
	return e[0];
}

double atan(double x)
{
	double ax = __builtin_fabs(x), h, l, v, z;
	uint64_t u = bits(ax);

	if (__builtin_expect(u < TWO_M10, 0)) {
		if (ax < 0x1p-27)
			return x;
		z = x * x;
		return x + x * z * (atan_s[0] + z * atan_s[1]);
	}
	if (__builtin_expect(u >= TWO_P6, 0)) {
		if (x != x)
			return x + x;
		/* pi/2 - atan(1/|x|): 1/|x| <= 2^-6 is off by at most 2^-59 */
		v = 1.0 / ax;
		z = v * v;
		h = PIO2_H + (PIO2_L - (v + v * z * (((atan_u[0] + z * atan_u[1]) +
					   z * z * (atan_u[2] + z * atan_u[3])) +
					  z * z * z * z * atan_u[4])));
		return __builtin_copysign(h, x);
	}
	h = atan_mid(ax, &l);
	return __builtin_copysign(h + l, x);
}

/* atan2's result from a = atan(num / den) in [0, pi/4] and the octant:
 * a, pi/2 - a, pi - a or pi/2 + a for index k = (|y| > |x|) + 2 (x < 0),
 * picked from tables, not by branches (the octants of random arguments are
 * not predictable) */
static const double oct_hi[4] = { 0, PIO2_H, PI_H, PIO2_H };
static const double oct_lo[4] = { 0, PIO2_L, PI_L, PIO2_L };
static const double oct_sg[4] = { 1, -1, -1, 1 };

static double atan2_oct(double num, double den, int k)
{
	double q = num / den, a, l, s, e, sg = oct_sg[k];

	if (__builtin_expect(bits(q) < TWO_M10, 0)) {
		/* atan q = q - q^3/3 + ..., and q's rounding error matters */
		double p, pe, z = q * q;

		two_prod(q, den, &p, &pe);
		l = ((num - p) - pe) / den + q * z * (atan_s[0] + z * atan_s[1]);
		a = q;
	} else {
		/* atan_mid's t = (q - c) / (1 + q c) from num and den, not from
		 * the rounded q: den = dh + dl with dh's low 5 bits clear, so
		 * that c dh is exact (c has 5 bits) and num - c dh too */
		uint64_t u = bits(q);
		const double *ent = atan_tab[(u >> 49) - ATAN_TAB_BASE];
		double c = from_bits((u & ~(((uint64_t)1 << 49) - 1)) | ((uint64_t)1 << 48));
		double dh = from_bits(bits(den) & ~(uint64_t)0x1f), dl = den - dh;
		double t = ((num - c * dh) - c * dl) / (den + c * num);
		double z = t * t, z2 = z * z;

		l = ent[1] + (t + t * z * ((atan_c[0] + z * atan_c[1]) + z2 * (atan_c[2] + z * atan_c[3])));
		a = ent[0];
	}
	/* oct_hi + sg (a + l); |oct_hi| >= |a| unless oct_hi = 0 */
	fast_two_sum(oct_hi[k], sg * a, &s, &e);
	return s + (e + (oct_lo[k] + sg * l));
}

double atan2(double y, double x)
{
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y), h, l;
	int ex, ey;

	if (x != x || y != y)
		return x + y;
	if (y == 0) {
		if (x > 0 || (x == 0 && !signbit(x)))
			return y;
		return __builtin_copysign(PI_H, y);
	}
	if (x == 0)
		return __builtin_copysign(PIO2_H, y);
	if (ax - ax != 0) {
		if (ay - ay != 0)
			return __builtin_copysign(x > 0 ? PIO4_H : 3 * PIO4_H, y);
		return x > 0 ? __builtin_copysign(0.0, y) : __builtin_copysign(PI_H, y);
	}
	if (ay - ay != 0)
		return __builtin_copysign(PIO2_H, y);

	/* the exponents as frexp gives them, from the bits where both are
	 * normal (frexp and ldexp are calls) */
	ex = (int)(bits(ax) >> 52) - 1022;
	ey = (int)(bits(ay) >> 52) - 1022;
	if (__builtin_expect(ex == -1022 || ey == -1022, 0)) {
		frexp(ax, &ex);
		frexp(ay, &ey);
	}
	if (__builtin_expect(ey - ex > 60, 0))
		return __builtin_copysign(PIO2_H, y);
	if (__builtin_expect(ex - ey > 60, 0)) {
		h = ay / ax; /* may underflow, correctly */
		l = 0;
		if (x < 0) {
			h = PI_H;
			l = PI_L;
		}
		return __builtin_copysign(h + l, y);
	}
	/* far from 1, scale both (exactly) so that nothing over- or underflows
	 * (two_prod's split of the larger multiplies it by 2^27) */
	if (__builtin_expect(ex < -900 || ex > 900 || ey < -900 || ey > 900, 0)) {
		int e = ex > ey ? ex : ey;

		ax = ldexp(ax, -e);
		ay = ldexp(ay, -e);
	}
	/* min and max, not a branch (minsd, maxsd) */
	h = atan2_oct(ay < ax ? ay : ax, ay < ax ? ax : ay, (ay > ax) + 2 * (x < 0));
	return __builtin_copysign(h, y);
}

/* (asin(s) - s) / s^3 as a polynomial in t = s^2 over [0, 1/4]: a
 * Chebyshev fit (mpmath chebyfit, 13 terms) within 2^-55 */
static const double asin_c[13] = {
	0x1.5555555555556p-3, 0x1.3333333332ecap-4, 0x1.6db6db6e31f13p-5, 0x1.f1c71c1db0623p-6,
	0x1.6e8bb1c8209a2p-6, 0x1.1c4d35cf95421p-6, 0x1.c9cf07674736ap-7, 0x1.782651caa6547p-7,
	0x1.52420b04b37bep-7, 0x1.65a9c4dfcf8b2p-8, 0x1.1d189408314eep-6, -0x1.e6aaa8a0a04ccp-7,
	0x1.d72b2bc8155f8p-6,
};

static inline double asin_poly(double t) /* Estrin's scheme */
{
	const double *c = asin_c;
	double t2 = t * t, t4 = t2 * t2, t8 = t4 * t4;
	double q0 = (c[0] + t * c[1]) + t2 * (c[2] + t * c[3]);
	double q1 = (c[4] + t * c[5]) + t2 * (c[6] + t * c[7]);
	double q2 = (c[8] + t * c[9]) + t2 * (c[10] + t * c[11]);

	return (q0 + t4 * q1) + t8 * (q2 + t4 * c[12]);
}

typedef long long v2i __attribute__((vector_size(16)));

/* asin(sqrt z) = *sh + the result, for z = (1 - |x|) / 2 (exact) with
 * 1/2 < |x| <= 1: *sh is sqrt z rounded and cut to 26 bits, so that sh^2
 * and z - sh^2 are exact, and c = (z - sh^2) / (sqrt z + sh) is the rest
 * of sqrt z; then asin s = s + s z P(z). */
static inline double asin_big(double z, double *sh)
{
	double sq = __builtin_sqrt(z), h, c;

	/* (andpd in SSE2, not through an integer register: it is on the
	 * critical path) */
	h = ((v2d)((v2i)(v2d){ sq, sq } & (v2i){ -0x8000000ll, -0x8000000ll }))[0];
	c = (z - h * h) / ((sq + 0x1p-1022) + h); /* 0, not 0 / 0, for z = 0 */
	*sh = h;
	return c + sq * z * asin_poly(z);
}

double asin(double x)
{
	double ax = __builtin_fabs(x), sh, l, h, e;

	if (x != x)
		return x + x;
	if (ax > 1) {
		errno = EDOM;
		return (x - x) / (x - x);
	}
	if (ax < 0x1p-26)
		return x;
	if (ax <= 0.5)
		return x + x * (x * x) * asin_poly(x * x);
	/* pi/2 - 2 asin(sqrt((1 - |x|) / 2)) */
	l = asin_big((1 - ax) * 0.5, &sh);
	fast_two_sum(PIO2_H, -2 * sh, &h, &e);
	return __builtin_copysign(h + (e + (PIO2_L - 2 * l)), x);
}

/* acos x = off + m asin(sqrt((1 - |x|) / 2)) for |x| > 1/2: 2 asin(..) for
 * x > 0, pi - 2 asin(..) for x < 0, by x's sign bit without a branch */
static const double acos_off_hi[2] = { 0, PI_H };
static const double acos_off_lo[2] = { 0, PI_L };
static const double acos_m[2] = { 2, -2 };

double acos(double x)
{
	double ax = __builtin_fabs(x), sh, l, h, e;
	int k = (int)(bits(x) >> 63);

	if (x != x)
		return x + x;
	if (ax > 1) {
		errno = EDOM;
		return (x - x) / (x - x);
	}
	if (ax <= 0.5) { /* pi/2 - asin x */
		fast_two_sum(PIO2_H, -x, &h, &e);
		return h + ((e + PIO2_L) - x * (x * x) * asin_poly(x * x));
	}
	l = asin_big((1 - ax) * 0.5, &sh);
	/* |off_hi| >= |m sh| unless off_hi = 0, and then m sh is exact */
	fast_two_sum(acos_off_hi[k], acos_m[k] * sh, &h, &e);
	return h + (e + (acos_off_lo[k] + acos_m[k] * l));
}
