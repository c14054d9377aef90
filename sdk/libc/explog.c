/* Guest libc: exp, log and pow, SSE2 double arithmetic only.
 *
 * exp: x = (128 k + j) ln2/128 + r with |r| <= ln2/256, e^x = 2^(k + j/128)
 * e^r with the scale 2^(k + j/128) built from a table's bits and kd's (no
 * shifts) and a degree-6 polynomial for e^r - 1: about 0.502 ulp. exp2 the
 * same with x = (128 k + j)/128 + f exactly and a degree-5 polynomial for
 * 2^f - 1. Near overflow and underflow the older path (|r| <= ln2/2, degree
 * 14) handles the scaling.
 * log, log2, log10: x = 2^k z, z in [0.71, 1.42), 128 intervals of z with
 * invc ~ 1/z rounded to 10 bits, so that r = z invc - 1 = rhi + rlo exactly
 * (z split in its top 21 bits and the rest; not split on the interval of 1,
 * where invc = 1). The base's log of 2^k / invc is exact to 2^-42 plus a
 * small part, rhi / ln(base) is formed exactly, and log1p(r) - r is a
 * degree-7 polynomial: about 0.503 ulp, with no separate path near 1.
 * pow: its log from the same reduction with -rhi^2/2 exact too, about 2^-66
 * relative; y log x as a double-double from y and log x split by masking,
 * then exp with the correction: about 0.52 ulp for normal results. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "fp.h"
#include "explog_tab.h"

#define SIGN ((uint64_t)1 << 63)
#define FRAC (((uint64_t)1 << 52) - 1)

#define LN2_HI 0x1.62e42fefa3800p-1 /* 42 bits: k * LN2_HI is exact */
#define LN2_LO 0x1.ef35793c76730p-45
#define INV_LN2 0x1.71547652b82fep+0
#define LN2_DH 0x1.62e42fefa39efp-1 /* ln 2 as a double-double */
#define LN2_DL 0x1.abc9e3b39803fp-56

#define EXP_MAX 0x1.62e42fefa39efp+9  /* largest x with finite exp(x) */
#define EXP_MIN (-0x1.74910d52d3052p+9) /* below: exp(x) rounds to 0 */
#define SHIFTER 0x1.8p52               /* adding it rounds to an integer */

/* ---- exp ---------------------------------------------------------------- */

static double scale2(double y, int k)
{
	if (k > 1023)
		return y * 0x1p1023 * from_bits((uint64_t)(0x3ff + k - 1023) << 52);
	if (k < -1021) /* keep exact until the final, subnormal, product */
		return y * from_bits((uint64_t)(0x3ff + k + 1000) << 52) * 0x1p-1000;
	return y * from_bits((uint64_t)(0x3ff + k) << 52);
}

/* e^(x + xl) = 2^k (*h + *l), k returned, *h + *l in [0.7, 1.42]; xl a
 * small correction, |x| < 1400 (so that k LN2_HI is exact). */
static int exp_parts(double x, double xl, double *h, double *l)
{
	double kd = (x * INV_LN2 + SHIFTER) - SHIFTER;
	double hi = x - kd * LN2_HI; /* exact */
	double lo = kd * LN2_LO - xl;
	double r = hi - lo, q, a, ae, b, be, c, ce;

	/* q = (e^r - 1 - r) / r^2 */
	q = 1.0 / 479001600 + r * (1.0 / 6227020800 + r * (1.0 / 87178291200));
	q = 1.0 / 5040 + r * (1.0 / 40320 + r * (1.0 / 362880 + r * (1.0 / 3628800 +
	    r * (1.0 / 39916800 + r * q))));
	q = 0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720 + r * q))));
	/* 1 + (hi - lo) + r^2 q, summed with error terms so that only the last
	 * addition rounds noticeably */
	two_sum(hi, -lo, &a, &ae);
	two_sum(a, r * r * q, &b, &be);
	two_sum(1.0, b, &c, &ce);
	*h = c;
	*l = ce + (be + ae);
	return (int)kd;
}

/* e^(x + xl), xl a small correction; x within [EXP_MIN - 1, EXP_MAX + 1]. */
static double exp_core(double x, double xl)
{
	double h, l;
	int k = exp_parts(x, xl, &h, &l);

	return scale2(h + l, k);
}

/* ---- the table-driven exp ----------------------------------------------- */

#define INV_LN2_128 0x1.71547652b82fep+7 /* 128 / ln2 */
#define LN2_128_HI 0x1.62e42fefc0000p-8  /* ln2 / 128, 35 bits: k * hi is exact */
#define LN2_128_LO (-0x1.c610ca86c3899p-44)

/* 2^(kd / 128) (1 + p) for kb the bits of kd + SHIFTER (kd an integer,
 * |kd| < 128 * 1016): the scale from exp_sc_tab with kd's bits added at bit
 * 45 (two's complement, so no shift or sign extension of kd is needed). The
 * scale is at least 2^-1016, so that sc * (tail + p), below the scale by
 * 2^-8 or more, still has its bits in the subnormal range: 2^-59 relative. */
static inline double exp_scale(uint64_t kb, double p)
{
	const struct exp_sc *e = &exp_sc_tab[kb & 127];
	double sc = from_bits(e->sbits + (kb << 45));

	return sc + sc * (e->tail + p);
}

/* e^(x + xl) for |x| < 704: |r| <= ln2/256, the polynomial for e^r -
 * 1 in Estrin's form, for a short chain */
static inline double exp_fast(double x, double xl)
{
	double kd = x * INV_LN2_128 + SHIFTER, r, r2;
	uint64_t kb = bits(kd);

	kd -= SHIFTER;
	r = (x - kd * LN2_128_HI) - kd * LN2_128_LO + xl;
	r2 = r * r;
	return exp_scale(kb, r + r2 * ((0.5 + r * (1.0 / 6)) + r2 * ((1.0 / 24 + r * (1.0 / 120)) +
							     r2 * (1.0 / 720))));
}

/* 2^x for |x| < 1016: x = kd/128 + f exactly, |f| <= 1/256, and 2^f - 1
 * by its own polynomial (ln2 folded into the coefficients) */
static inline double exp2_fast(double x)
{
	double kd = x * 128 + SHIFTER;
	uint64_t kb = bits(kd);
	double f = x - (kd - SHIFTER) * (1.0 / 128), f2 = f * f;

	return exp_scale(kb, f * EXP2_C0 + f2 * (EXP2_C1 + f * EXP2_C2) +
			     f2 * f2 * (EXP2_C3 + f * EXP2_C4));
}

/* exp2 for |x| >= 1016 and NaN */
static double exp2_ends(double x)
{
	double h, l;

	if (x != x)
		return x + x;
	if (x >= 1024) {
		if (x != HUGE_VAL)
			errno = ERANGE;
		return HUGE_VAL;
	}
	if (x < -1080) {
		if (x != -HUGE_VAL)
			errno = ERANGE;
		return 0;
	}
	two_prod(x, LN2_DH, &h, &l);
	l += x * LN2_DL;
	return exp_core(h, l);
}

double exp(double x)
{
	if ((bits(x) & ~SIGN) < 0x4086000000000000ull) /* |x| < 704 */
		return exp_fast(x, 0);
	if (x != x)
		return x + x;
	if (x > EXP_MAX) {
		if (x != HUGE_VAL)
			errno = ERANGE;
		return HUGE_VAL;
	}
	if (x < EXP_MIN) {
		if (x != -HUGE_VAL)
			errno = ERANGE;
		return 0;
	}
	return exp_core(x, 0);
}

double exp2(double x)
{
	if ((bits(x) & ~SIGN) < 0x408fc00000000000ull) /* |x| < 1016 */
		return exp2_fast(x);
	return exp2_ends(x);
}

/* ---- log ---------------------------------------------------------------- */


/* Handles log's special cases; returns 1 when *r holds the result. */
static int log_special(double x, double *r)
{
	if (x != x) {
		*r = x + x;
		return 1;
	}
	if (x <= 0) {
		if (x == 0) {
			errno = ERANGE;
			*r = -HUGE_VAL;
		} else {
			errno = EDOM;
			*r = (x - x) / (x - x);
		}
		return 1;
	}
	if (x == HUGE_VAL) {
		*r = x;
		return 1;
	}
	return 0;
}


/* ---- the table-driven log ----------------------------------------------- */

#define LOG_OFF 0x3fe6955500000000ull /* z = x / 2^k in [0x1.6955p-1, 0x1.6955p0) */

/* log x as a double-double to about 2^-68 relative (for gamma_erf.c):
 * x = 2^k z, z near the table's chi, r = z invc - 1 and its square carried
 * exactly (Dekker products); x positive, finite and normal */
static void log_acc(double x, double *h, double *l)
{
	uint64_t u = bits(x), tmp = u - LOG_OFF;
	const struct log_entry *e = &log_tab[(tmp >> 45) & 127];
	double kd = (double)((int64_t)tmp >> 52);
	double z = from_bits(u - (tmp & ((uint64_t)0xfff << 52)));
	double rh, rl, sh, sl, w, e1, hi, e2, t, e3, q;

	/* r = (z - chi) invc - clo invc, z - chi exact */
	two_prod(z - e->chi, e->invc, &rh, &rl);
	rl -= e->clo * e->invc;
	fast_two_sum(rh, rl, &rh, &rl);
	/* -r^2 / 2 exactly (halving is exact), the rest of log1p in double */
	two_prod(rh, rh, &sh, &sl);
	sl += 2 * rh * rl;
	sh *= -0.5;
	sl *= -0.5;
	{
		double r2 = rh * rh, r4 = r2 * r2;

		q = rh * r2 * ((1.0 / 3 + rh * -0.25) + r2 * (0.2 + rh * (-1.0 / 6)) +
			       r4 * (1.0 / 7 + rh * -0.125 + r2 * (1.0 / 9)));
	}
	/* k ln2 + logc + r - r^2/2 + q */
	two_sum(kd * LN2_HI, e->logc_hi, &w, &e1);
	two_sum(w, rh, &hi, &e2);
	two_sum(hi, sh, &t, &e3);
	fast_two_sum(t, e1 + e2 + e3 + rl + sl + q + kd * LN2_LO + e->logc_lo, h, l);
}

/* For gamma_erf.c, which works in long double: e^(x + xl) as 2^k (*h + *l)
 * to about 2^-56, and log x as a double-double to about 2^-68 (x positive,
 * finite and normal). */
int __hsim_exp_dd(double x, double xl, double *h, double *l);
void __hsim_log_dd(double x, double *h, double *l);

int __hsim_exp_dd(double x, double xl, double *h, double *l)
{
	return exp_parts(x, xl, h, l);
}

void __hsim_log_dd(double x, double *h, double *l)
{
	log_acc(x, h, l);
}

/* ---- log, log2 and log10 on the exact reduction ------------------------ */

/* x = 2^k z as in log_fast, and with logx_tab's 10-bit invc, z invc - 1 =
 * rhi + rlo exactly: zhi invc - 1 and zlo invc (zlo = z - zhi) are exact
 * for zhi z's top 21 bits, or for zhi = z, zlo = 0 on the interval of 1,
 * where invc = 1 (tab_mask: the table's mask, for log). For pow (!tab_mask)
 * zhi is z rounded to 21 bits, not truncated: then |zlo| <= |rhi| / 2 when
 * rhi != 0, and rhi and rlo never cancel to much less than rlo (with
 * truncation, z just below 1 gave rhi = -2^-21 and |r| << |rlo|, and the
 * rounding of rlo rhi in pow_log showed at 2^-42 relative). */
struct log_red {
	double kd, rhi, rlo;
	const struct logx_entry *e;
};

/* ix the bits of x > 0 finite, or of a normal x 2^52 less 52 << 52 */
static inline struct log_red log_reduce(uint64_t ix, int tab_mask)
{
	uint64_t tmp = ix - LOG_OFF, iz = ix - (tmp & ((uint64_t)0xfff << 52));
	const struct logx_entry *e = &logx_tab[(tmp >> 45) & 127];
	struct log_red d;
	double z = from_bits(iz);
	double zhi = tab_mask ? from_bits(iz & e->zmask) :
		     from_bits((iz + ((uint64_t)1 << 31)) & ((uint64_t)-1 << 32));

	d.e = e;
	d.kd = (double)((int64_t)tmp >> 52);
	d.rhi = zhi * e->invc - 1.0;
	d.rlo = (z - zhi) * e->invc;
	return d;
}

#define LOG_LN 0
#define LOG_2 1
#define LOG_10 2

/* log x, log2 x or log10 x (base, a constant) for ix as in log_reduce.
 * The base's log of 2^k c is w exactly (k ln2_hi + the table's hi); rhi / ln
 * base is exact (rhi itself for ln; for log2 and log10 times 1/ln(base)'s
 * top 8 bits: rhi has at most 23 bits, or 45 on the interval of 1) and added
 * to w with its rounding error; the rest is small, so that only the final
 * sum rounds noticeably. On the interval of 1 rlo is 0, elsewhere it is small
 * beside the result. */
static inline double log_base(uint64_t ix, int base)
{
	struct log_red d = log_reduce(ix, 1);
	double r = d.rhi + d.rlo, r2 = r * r, r4 = r2 * r2, w, t, hi, lo, p;

	if (base == LOG_LN) {
		w = d.kd * LN2_HI + d.e->ln_hi; /* exact */
		t = d.rhi;
		lo = d.rlo + (d.kd * LN2_LO + d.e->ln_lo);
		p = (LOG_P0 + r * LOG_P1) + r2 * (LOG_P2 + r * LOG_P3) + r4 * (LOG_P4 + r * LOG_P5);
	} else {
		double ih = base == LOG_2 ? INV_LN2_8 : INV_LN10_8;
		double il = base == LOG_2 ? INV_LN2_R : INV_LN10_R;

		if (base == LOG_2) {
			w = d.kd + d.e->l2_hi;
			lo = d.e->l2_lo;
			p = (LOG2_P0 + r * LOG2_P1) + r2 * (LOG2_P2 + r * LOG2_P3) +
			    r4 * (LOG2_P4 + r * LOG2_P5);
		} else {
			w = d.kd * LOG10_2_HI + d.e->l10_hi;
			lo = d.kd * LOG10_2_LO + d.e->l10_lo;
			p = (LOG10_P0 + r * LOG10_P1) + r2 * (LOG10_P2 + r * LOG10_P3) +
			    r4 * (LOG10_P4 + r * LOG10_P5);
		}
		t = d.rhi * ih; /* exact */
		lo += d.rlo * ih + r * il;
	}
	/* |w| >= |t| unless w is 0 (the interval of 1 with k = 0) */
	hi = w + t;
	lo += (w - hi) + t;
	return hi + (lo + r2 * p);
}

/* the bits log_base wants for a subnormal x */
static inline uint64_t log_subnormal_bits(double x)
{
	return bits(x * 0x1p52) - ((uint64_t)52 << 52);
}

#define LOG_NORMAL(ix) ((ix) - 0x0010000000000000ull < 0x7fe0000000000000ull)

/* log, log2 or log10 of any x: the special cases and subnormals, then
 * log_base (inlined into each with its constant base) */
static inline double log_of(double x, int base)
{
	uint64_t ix = bits(x);
	double r;

	if (!LOG_NORMAL(ix)) {
		if (log_special(x, &r))
			return r;
		ix = log_subnormal_bits(x);
	}
	return log_base(ix, base);
}

double log(double x)
{
	return log_of(x, LOG_LN);
}

double log10(double x)
{
	return log_of(x, LOG_10);
}

double log2(double x)
{
	return log_of(x, LOG_2);
}

/* ---- pow ---------------------------------------------------------------- */

/* log x as hi + *lo to about 2^-66 relative, which y log x up to 746 needs,
 * for ix as in log_reduce: k ln2 + log c + rhi (exact), -rhi^2/2 + rlo
 * (exact: both are multiples of 2^-63 below 2^-15) and their sum with its
 * rounding error, then the small rest of log1p(rhi + rlo) in double. */
static inline double pow_log(uint64_t ix, double *lo)
{
	struct log_red d = log_reduce(ix, 0);
	double a = (d.kd * LN2_HI + d.e->ln_hi) + d.rhi;
	double b = -0.5 * d.rhi * d.rhi + d.rlo;
	double hi = a + b, r = d.rhi + d.rlo, r2 = r * r, q;

	/* log1p(r) - r + r^2/2, and what -r^2/2 has beyond -rhi^2/2 */
	q = r * r2 * ((POW_Q0 + r * POW_Q1) + r2 * (POW_Q2 + r * POW_Q3) + r2 * r2 * (POW_Q4 + r * POW_Q5));
	q -= d.rlo * (d.rhi + 0.5 * d.rlo);
	/* a + b - hi is exact: |a| >= |b|, or a + b is exact itself */
	*lo = ((a - hi) + b) + ((d.kd * LN2_LO + d.e->ln_lo) + q);
	return hi;
}

/* sign e^(h + l) for |h| >= 704: overflow, underflow and subnormal results */
static double pow_exp_ends(double h, double l, double sign)
{
	double r;

	if (h > EXP_MAX + 1) {
		errno = ERANGE;
		return sign * HUGE_VAL;
	}
	if (h < EXP_MIN - 1) {
		errno = ERANGE;
		return sign * 0.0;
	}
	r = exp_core(h, l);
	if (r - r != 0 || r == 0)
		errno = ERANGE;
	return sign * r;
}

/* sign |x|^y for ix the bits of |x| as in log_reduce and 2^-65 <= |y| <
 * 2^63: y log x as ehi + elo with y and hi split in 26 + 27 bits, so that
 * yhi lhi is exact and the rest is small. */
static inline double pow_core(uint64_t ix, double y, double sign)
{
	double lo, hi = pow_log(ix, &lo);
	double yhi = from_bits(bits(y) & ((uint64_t)-1 << 27)), ylo = y - yhi;
	double lhi = from_bits(bits(hi) & ((uint64_t)-1 << 27)), llo = (hi - lhi) + lo;
	double eh = yhi * lhi, el = ylo * lhi + y * llo, ehi, elo;

	fast_two_sum(eh, el, &ehi, &elo);
	if ((bits(ehi) & ~SIGN) >= 0x4086000000000000ull) /* |ehi| >= 704 */
		return pow_exp_ends(ehi, elo, sign);
	return sign * exp_fast(ehi, elo);
}

/* 0: not an integer, 1: odd integer, 2: even integer */
static int int_kind(double y)
{
	double a = fabs(y);

	if (a >= 0x1p53)
		return 2;
	if (trunc(a) != a)
		return 0;
	return ((uint64_t)a & 1) ? 1 : 2;
}

/* pow for x not positive, finite and normal, or |y| outside [2^-65, 2^63) */
static double pow_special(double x, double y)
{
	double sign = 1.0, ax;
	int yk;

	if (y == 0 || x == 1)
		return 1.0;
	if (x != x || y != y)
		return x + y;
	if (y - y != 0) { /* y = +-inf */
		ax = fabs(x);
		if (ax == 1)
			return 1.0;
		return (ax < 1) == (y < 0) ? HUGE_VAL : 0.0;
	}
	yk = int_kind(y);
	if (x == 0) {
		if (y < 0) {
			errno = ERANGE;
			return yk == 1 ? copysign(HUGE_VAL, x) : HUGE_VAL;
		}
		return yk == 1 ? x : 0.0;
	}
	if (x - x != 0) { /* x = +-inf */
		double r = y < 0 ? 0.0 : HUGE_VAL;
		return x < 0 && yk == 1 ? -r : r;
	}
	if (x < 0) {
		if (!yk) {
			errno = EDOM;
			return (x - x) / (x - x);
		}
		if (yk == 1)
			sign = -1.0;
		x = -x;
		if (x == 1)
			return sign;
	}
	ax = fabs(y);
	if (ax < 0x1p-65) /* |y log x| < 2^-55: rounds to 1 */
		return sign;
	if (ax >= 0x1p63) { /* |y log x| > 2^9 for x != 1 */
		errno = ERANGE;
		return (x > 1) == (y > 0) ? sign * HUGE_VAL : sign * 0.0;
	}
	if (x < 0x1p-1022) /* subnormal */
		return pow_core(log_subnormal_bits(x), y, sign);
	return pow_core(bits(x), y, sign);
}

double pow(double x, double y)
{
	uint64_t ix = bits(x), ey = (bits(y) >> 52) & 0x7ff;

	if (!LOG_NORMAL(ix) || ey - 0x3be >= 0x43e - 0x3be)
		return pow_special(x, y);
	return pow_core(ix, y, 1.0);
}
