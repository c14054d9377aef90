/* Guest libc: expm1, log1p and the hyperbolic functions, within about
 * 0.51 ulp (tanh 0.6), in SSE2 double arithmetic with a few steps in x87
 * extended precision.
 *
 * They cancel where the plain formulas do (e^x - 1 near 0, e^a - e^-a,
 * log(1 + small)), so they take their exponentials and logarithms from
 * kernels of their own that return double-doubles accurate to about 2^-60
 * relative, on the tables of hyper_tab.h (gen_hyper_tab.py):
 * - exp: x = (128 k + j) ln2/128 + r, |r| <= ln2/256, e^x = 2^k 2^(j/128)
 *   e^r; e^-x comes from the same reduction (-r, and the entry of -(128k+j)),
 *   and e^r, e^-r from the same even and odd parts of the series, so
 *   sinh, cosh and tanh pay for one reduction.
 * - log: x = 2^k z, z in [0.71, 1.42), invc ~ 1/z from a table (with 8
 *   bits, exactly 1 around 1), r = z invc - 1 formed exactly enough as
 *   (z - 1/invc) invc, log x = k ln2 - log(invc) + log1p(r) by a series;
 *   log(x + xl) adds xl/x without a division.
 * Small arguments take series of their own (sinh, tanh, log1p); the
 * arguments of the logarithms (asinh, acosh, atanh) are rounded early, for
 * a short critical path, and what that lost comes beside them, exactly
 * (double-double) or from x87 extended precision where the result is not
 * small; tanh divides in extended precision. The x87 runs with its default
 * 64-bit precision (the state after FNINIT). */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include "fp.h"
#include "hyper_tab.h"

#define SHIFTER 0x1.8p52 /* adding it rounds to an integer */
#define INV_LN2_128 0x1.71547652b82fep+7 /* 128 / ln2 */
#define LN2_128_HI 0x1.62e42fefc0000p-8  /* ln2 / 128, 35 bits: k * hi is exact */
#define LN2_128_LO (-0x1.c610ca86c3899p-44)
#define LN2_HI 0x1.62e42fefa3800p-1 /* 42 bits: k * LN2_HI is exact */
#define LN2_LO 0x1.ef35793c76730p-45
#define LN2_DH 0x1.62e42fefa39efp-1 /* ln 2 as a double-double */
#define LN2_DL 0x1.abc9e3b39803fp-56
#define EXP_MAX 0x1.62e42fefa39efp+9 /* largest x with finite e^x */
#define HALF_EXP_MAX 0x1.633ce8fb9f87dp+9 /* largest a with finite e^a / 2 */

#define ABS(x) __builtin_fabs(x)
#define SIGN_OF(x, y) __builtin_copysign(x, y)

/* 2^k as a double, -1022 <= k <= 1023 */
static inline double pow2(int k)
{
	return from_bits((uint64_t)(0x3ff + k) << 52);
}

/* y 2^k for y in [0.5, 4) and k <= 1025: rounds (to infinity) only once */
static inline double scale_up(double y, int k)
{
	return y * pow2(k - 16) * 0x1p16;
}

/* ---- the exp kernel ----------------------------------------------------- */

/* x = n ln2/128 + (*rh + *rl), n returned, |x| < 1e5 (so that n LN2_128_HI
 * is exact); the rounding of n LN2_128_LO (about 2^-80 absolute) is left */
static inline int64_t exp_reduce(double x, double *rh, double *rl)
{
	double kd = x * INV_LN2_128 + SHIFTER;
	int64_t n = (int64_t)(bits(kd) << 13) >> 13; /* the integer in kd's low bits */

	kd -= SHIFTER;
	two_sum(x - kd * LN2_128_HI, -kd * LN2_128_LO, rh, rl);
	return n;
}

/* e^r - 1 = even + odd for |r| <= ln2/256: even = cosh r - 1 to r^6,
 * odd = sinh r - r to r^5 (the next terms are below 2^-71) */
static inline void exp_series(double r, double *even, double *odd)
{
	double r2 = r * r;

	*even = r2 * (0.5 + r2 * (1.0 / 24 + r2 * (1.0 / 720)));
	*odd = r * r2 * (1.0 / 6 + r2 * (1.0 / 120));
}

/* e^a / 2 = *ph + *pl and e^-a / 2 = *qh + *ql, for 0 <= a <= 40 (about
 * 2^-61 relative each, with errors of opposite signs); *ph >= *qh */
static inline __attribute__((always_inline)) void exp_pm(double a, double *ph, double *pl, double *qh, double *ql)
{
	double kd = a * INV_LN2_128 + SHIFTER, r, even, odd, s, sp, sq;
	int64_t n = (int64_t)(bits(kd) << 13) >> 13, m = -n;
	const double *tp = hyp_exp_tab[n & 127], *tq = hyp_exp_tab[m & 127];

	/* r rounded: its error, below 2^-61.5, costs at most coth(1/4) times
	 * that in sinh (and less in cosh and tanh) */
	kd -= SHIFTER;
	r = (a - kd * LN2_128_HI) - kd * LN2_128_LO;
	exp_series(r, &even, &odd);
	s = r + odd; /* e^(+-r) - 1 = even +- s */
	sp = pow2((int)(n >> 7) - 1);
	sq = pow2((int)(m >> 7) - 1);
	*ph = sp * tp[0];
	*pl = sp * (tp[1] + tp[0] * (even + s));
	*qh = sq * tq[0];
	*ql = sq * (tq[1] + tq[0] * (even - s));
}

/* e^a / 2 for 40 <= a <= HALF_EXP_MAX (e^-a is below 2^-115 of it) */
static double half_exp_big(double a)
{
	double rh, rl, even, odd;
	int64_t n = exp_reduce(a, &rh, &rl);
	const double *t = hyp_exp_tab[n & 127];

	exp_series(rh, &even, &odd);
	return scale_up(t[0] + (t[1] + t[0] * (even + (rh + (rl + odd)))), (int)(n >> 7) - 1);
}

/* ---- the log kernel ----------------------------------------------------- */

#define LOG_OFF 0x3fe6955500000000ull /* z = x / 2^k in [0x1.6955p-1, 0x1.6955p0) */

/* log(x + xl) = *h + *l to about 2^-62 relative, for x positive, finite
 * and normal and a small correction xl (|xl| <= 2^-50 x; below 2^-53 x
 * where the result is tiny, so that (xl/x)^2 / 2 is far below its ulp).
 * log(x + xl) = log x + xl/x, and 1/x = 2^-k invc / (1 + r) saves a
 * division: invc (1 - r + r^2) is within r^3 < 2^-22 of 1/z, enough for a
 * term that small (near 1, r is as small as the result). */
static inline __attribute__((always_inline)) void log_dd(double x, double xl, double *h, double *l)
{
	uint64_t u = bits(x), tmp = u - LOG_OFF;
	const struct hyp_log_entry *e = &hyp_log_tab[(tmp >> 45) & 127];
	int64_t k = (int64_t)tmp >> 52;
	double kd = (double)k;
	double z = from_bits(u - (tmp & ((uint64_t)0xfff << 52)));
	double rl, r, r2, r4, q, w, e1, hi, e2, c;

	/* r + rl = z invc - 1 = (z - chi) invc - clo invc, the first product
	 * exact (z - chi is, by Sterbenz, and has at most 45 bits, invc 8) */
	r = (z - e->chi) * e->invc;
	rl = -e->clo * e->invc;
	/* log1p(r + rl) - r: -r^2/2 + ... - r^8/8, and rl (1 - r). |r| <
	 * 2^-7.44, so that the next term, r^9/9, is below 2^-70 (absolute),
	 * 2^-60.6 of the smallest result where invc is not 1 (log 0.9987),
	 * and below 2^-64 of r where it is (|r| < 0.0053 there) */
	r2 = r * r;
	r4 = r2 * r2;
	q = r2 * (((-0.5 + r * (1.0 / 3)) + r2 * (-0.25 + r * 0.2)) +
		  r4 * ((-1.0 / 6 + r * (1.0 / 7)) + r2 * -0.125));
	q += rl - rl * r;
	/* xl / x; above 2^1000 (only log1p gets there) it is far below the ulp
	 * and the clamp only keeps the power of 2 finite */
	c = xl * (e->invc * ((1 - r) + r2)) * pow2(k > 1000 ? -1000 : (int)-k);
	/* k ln2 + logc + r, the large parts summed exactly: for k != 0,
	 * |k ln2| > 0.69 > |logc| and |w| > 0.34 > |r|; for k = 0 either logc
	 * is 0 or |logc| > |r| in its interval (gen_hyper_tab.py checks) */
	fast_two_sum(kd * LN2_HI, e->logc_hi, &w, &e1);
	fast_two_sum(w, r, &hi, &e2);
	*h = hi; /* |*l| < 2^-7 *h: not normalized, callers only add it */
	*l = q + (c + (e1 + e2 + kd * LN2_LO + e->logc_lo));
}

/* log(x + xl) rounded, as for log_dd */
static inline __attribute__((always_inline)) double log_dd_round(double x, double xl)
{
	double h, l;

	log_dd(x, xl, &h, &l);
	return h + l;
}

/* ---- expm1 -------------------------------------------------------------- */

/* e^x - 1 = 2^k (T + T r + T (e^r - 1 - r)) - 1, T = 2^(j/128) as a
 * double-double: 2^k T - 1 and T r are formed exactly, so that where the
 * result is small (k = 0) the sum still has the last bits: about 2^-62
 * relative for |x| >= ln2/256, and for smaller x (n = 0, T = 1) it is the
 * series r + (e^r - 1 - r). */
double expm1(double x)
{
	double kd, rh, rl, r, even, odd, hh, hl, ph, pl, sc, s1, e1, s2, e2, lo;
	const double *t;
	int64_t n;

	if (!(x <= 50)) { /* also NaN and +inf */
		if (x != x)
			return x + x;
		if (x > EXP_MAX) {
			if (x != HUGE_VAL)
				errno = ERANGE;
			return HUGE_VAL;
		}
		return 2 * half_exp_big(x); /* e^x - 1 rounds as e^x */
	}
	if (x < -40)
		return -1.0 + 0x1p-60; /* -1, inexact */
	if (ABS(x) < 0x1p-54)
		return x; /* also keeps the sign of zero */
	kd = x * INV_LN2_128 + SHIFTER;
	n = (int64_t)(bits(kd) << 13) >> 13;
	kd -= SHIFTER;
	/* r = rh + rl, rh = x - n HI exactly, rl = -n LO: where the result is
	 * small (n = 0 or +-1) T rh must be exact, not r rounded */
	rh = x - kd * LN2_128_HI;
	rl = -kd * LN2_128_LO;
	r = rh + rl;
	t = hyp_exp_tab[n & 127];
	exp_series(r, &even, &odd);
	/* T rh exactly, T split beforehand in the table */
	split(rh, &hh, &hl);
	ph = t[0] * rh;
	pl = ((t[2] * hh - ph) + t[2] * hl + t[3] * hh) + t[3] * hl;
	lo = pl + t[0] * (rl + even + odd) + t[1] * (1 + r + even + odd);
	sc = pow2((int)(n >> 7)); /* 2^-58 .. 2^73 */
	two_sum(sc * t[0], -1.0, &s1, &e1);
	/* |2^k T - 1| >= |2^k T r| (|r| <= ln2/256 and 2^k T = e^(n ln2/128)) */
	fast_two_sum(s1, sc * ph, &s2, &e2);
	return s2 + (e1 + e2 + sc * lo);
}

/* ---- log1p -------------------------------------------------------------- */

/* log(1 + x): 1 + x formed exactly as h + l, then log h + l/h; small x by
 * the series (there l/h is not small next to the result). */
double log1p(double x)
{
	double h, l;

	if (!(x > -1 && x < HUGE_VAL)) {
		if (x != x || x == HUGE_VAL)
			return x + x;
		if (x == -1) {
			errno = ERANGE;
			return -HUGE_VAL;
		}
		errno = EDOM;
		return (x - x) / (x - x);
	}
	if (ABS(x) < 0x1p-20) {
		if (ABS(x) < 0x1p-54)
			return x; /* also keeps the sign of zero */
		/* x - x^2/2 + x^3/3 - x^4/4: the next term is below 2^-80 of x */
		return x + x * x * (-0.5 + x * (1.0 / 3 + x * -0.25));
	}
	two_sum(1.0, x, &h, &l);
	return log_dd_round(h, l);
}

/* ---- sinh, cosh, tanh ----------------------------------------------------- */

/* sinh a - a for 0 <= a < 1/4: a^3/3! + ... + a^13/13! (the next term is
 * below 2^-68 of a) */
static inline double sinh_series(double a)
{
	double z = a * a, z2 = z * z, z4 = z2 * z2;

	return a * z * (((1.0 / 6 + z * (1.0 / 120)) + z2 * (1.0 / 5040 + z * (1.0 / 362880))) +
			z4 * (1.0 / 39916800 + z * (1.0 / 6227020800.0)));
}

/* cosh a - 1 for 0 <= a < 1/4: a^2/2! + ... + a^12/12! */
static inline double cosh_series(double a)
{
	double z = a * a, z2 = z * z, z4 = z2 * z2;

	return z * (((0.5 + z * (1.0 / 24)) + z2 * (1.0 / 720 + z * (1.0 / 40320))) +
		    z4 * (1.0 / 3628800 + z * (1.0 / 479001600)));
}

/* sinh a = e^a/2 - e^-a/2: the difference of the high parts exactly, so
 * that it loses at most the factor coth a of the parts' precision (below
 * 4.1 from a = 1/4, where the series takes over) */
double sinh(double x)
{
	double a = ABS(x), ph, pl, qh, ql, s, e;

	if (a < 0.25) {
		if (a < 0x1p-27)
			return x; /* also keeps the sign of zero */
		return x + SIGN_OF(sinh_series(a), x);
	}
	if (a <= 40) {
		exp_pm(a, &ph, &pl, &qh, &ql);
		fast_two_sum(ph, -qh, &s, &e);
		return SIGN_OF(s + (e + (pl - ql)), x);
	}
	if (a <= HALF_EXP_MAX)
		return SIGN_OF(half_exp_big(a), x);
	if (x != x)
		return x + x;
	if (a != HUGE_VAL)
		errno = ERANGE;
	return SIGN_OF(HUGE_VAL, x);
}

/* cosh a = e^a/2 + e^-a/2: nothing cancels */
double cosh(double x)
{
	double a = ABS(x), ph, pl, qh, ql, s, e;

	if (a <= 40) {
		exp_pm(a, &ph, &pl, &qh, &ql);
		fast_two_sum(ph, qh, &s, &e);
		return s + (e + (pl + ql));
	}
	if (a <= HALF_EXP_MAX)
		return half_exp_big(a);
	if (x != x)
		return x + x;
	if (a != HUGE_VAL)
		errno = ERANGE;
	return HUGE_VAL;
}

/* tanh a = sinh a / cosh a, both as double-doubles (from the series below
 * 1/4, from exp_pm above), divided in x87 extended precision: the quotient
 * is within 2^-63 of theirs, so that rounding it to double adds at most
 * 2^-11 ulp to the half ulp (and it is shorter than a division with a
 * correction step in double) */
double tanh(double x)
{
	double a = ABS(x), sh, sl, ch, cl, ph, pl, qh, ql, e;

	if (a >= 0.25) {
		if (a > 22)
			return SIGN_OF(1.0, x); /* 1 - 2e^-44 rounds to 1 */
		exp_pm(a, &ph, &pl, &qh, &ql);
		fast_two_sum(ph, -qh, &sh, &e);
		sl = e + (pl - ql);
		fast_two_sum(ph, qh, &ch, &e);
		cl = e + (pl + ql);
	} else {
		if (!(a >= 0x1p-27))
			return x + x * 0; /* tiny (a - a^3/3 rounds to a), +-0, NaN */
		sh = a;
		sl = sinh_series(a);
		ch = 1;
		cl = cosh_series(a);
	}
	return SIGN_OF((double)(((long double)sh + sl) / ((long double)ch + cl)), x);
}

/* ---- asinh, acosh, atanh -------------------------------------------------- */

/* log a + ln 2, for a > 2^28 finite */
static double log_2a(double a)
{
	double h, l, s, e;

	log_dd(a, 0, &h, &l);
	two_sum(h, LN2_DH, &s, &e);
	return s + (e + (l + LN2_DL));
}

/* The argument of the logarithm, a + sqrt(w + wl) = u + v, for asinh
 * (w + wl = a^2 + 1) and acosh (a^2 - 1), wl the error of w: u = a + s,
 * s = sqrt(w), is short to compute, and what the roundings lost comes
 * beside it in v (the log uses it only at its end): sqrt(w + d) = s +
 * d / 2s - d^2 / 8s^3, d = w + wl - s^2 formed exactly enough (p2 = s * s
 * rounded is within 2^-51 of w, so that w - p2 is exact), and d^2 / 8s^3
 * negligible, as d is within 2^-51 of w. */
static inline void log_arg(double a, double w, double wl, double *u, double *v)
{
	double s = __builtin_sqrt(w), p2, e2, d;

	two_prod(s, s, &p2, &e2);
	d = ((w - p2) - e2) + wl;
	two_sum(a, s, u, v);
	*v += d / (2 * s);
}

/* The same where the result is at least 1/8: U = a + sqrt(a^2 +- 1) in
 * x87 extended precision (within 2^-63 of the true value, 2^-60 of the
 * result), u = a + sqrt(w) in double, the log's critical path, and v the
 * difference, which the log needs only at its end. U - u is exact (they
 * are within 2^-51 of each other). */
static inline double log_arg_ld(double u, long double U)
{
	return (double)(U - u);
}

/* log(a + sqrt(a^2 + 1)), the argument from log_arg (its smallest value,
 * 1 + 2^-28, is where the log table's entry is exactly 1, so that nothing
 * cancels); for large a, log 2a (the rest, 1/(4a^2), is far below the
 * ulp) */
double asinh(double x)
{
	double a = ABS(x), p, e, w, wl, u, v;

	if (!(a >= 0x1p-28 && a <= 0x1p28)) {
		if (a < 0x1p-28)
			return x; /* a - a^3/6 rounds to a; also +-0 */
		if (x != x || a == HUGE_VAL)
			return x + x;
		return SIGN_OF(log_2a(a), x);
	}
	if (a >= 0.125) {
		long double A = a;

		u = a + __builtin_sqrt(a * a + 1);
		v = log_arg_ld(u, A + __builtin_sqrtl(A * A + 1));
		return SIGN_OF(log_dd_round(u, v), x);
	}
	/* w = 1 + a^2 rounded, wl its error */
	two_prod(a, a, &p, &e);
	two_sum(1.0, p, &w, &wl);
	log_arg(a, w, wl + e, &u, &v);
	return SIGN_OF(log_dd_round(u, v), x);
}

/* log(x + sqrt(x^2 - 1)): near 1 the result is sqrt(2 (x - 1)), at least
 * 2^-25.5, and the argument falls in the log table's exact entry */
double acosh(double x)
{
	double w, wl, p, e, u, v;

	if (!(x >= 1 && x <= 0x1p28)) {
		if (x > 0x1p28)
			return x == HUGE_VAL ? x : log_2a(x);
		if (x != x)
			return x + x;
		errno = EDOM;
		return (x - x) / (x - x);
	}
	if (x == 1)
		return 0;
	/* w = x^2 - 1 as (x - 1)(x + 1) (x - 1 is exact: within 2^-52 of the
	 * true value also near 1, where x^2 - 1 would cancel), and its error
	 * from the exact x^2 = p + e: (p - 1) - w is exact (Sterbenz) */
	w = (x - 1) * (x + 1);
	if (x >= 1.0078125) { /* the result is at least 1/8 */
		long double X = x;

		u = x + __builtin_sqrt(w);
		/* (X - 1) and (X + 1) are exact in 64 bits */
		v = log_arg_ld(u, X + __builtin_sqrtl((X - 1) * (X + 1)));
		return log_dd_round(u, v);
	}
	two_prod(x, x, &p, &e);
	two_sum(p, -1.0, &p, &wl);
	log_arg(x, w, ((p - w) + wl) + e, &u, &v);
	return log_dd_round(u, v);
}

/* log((1 + a) / (1 - a)) / 2, the quotient as a double-double: 1 + a and
 * 1 - a exactly, the quotient rounded and its remainder; nothing cancels (the
 * quotient's smallest value, 1 + 2^-27, is in the log table's exact entry) */
double atanh(double x)
{
	double a = ABS(x), nh, nl, dh, dl, y, q, mh, ml, rem;

	if (!(a >= 0x1p-28 && a < 1)) {
		if (!(a >= 1))
			return x + x * 0; /* tiny (a + a^3/3 rounds to a), +-0, NaN */
		if (a == 1) {
			errno = ERANGE;
			return SIGN_OF(HUGE_VAL, x);
		}
		errno = EDOM;
		return (x - x) / (x - x);
	}
	if (a >= 0.125) {
		/* the quotient in extended precision (1 + a and 1 - a are exact
		 * there), within 2^-63 of the true one: its log is at least 1/4 */
		long double Q = (1.0L + a) / (1.0L - a);

		/* q in double, so that the log need not wait for Q */
		q = (1 + a) / (1 - a);
		return SIGN_OF(0.5 * log_dd_round(q, (double)(Q - q)), x);
	}
	two_sum(1.0, a, &nh, &nl);
	two_sum(1.0, -a, &dh, &dl);
	y = 1 / dh;
	q = nh * y;
	/* (nh + nl) / (dh + dl) = q + rem / dh */
	two_prod(q, dh, &mh, &ml);
	rem = ((nh - mh) - ml) + (nl - q * dl);
	return SIGN_OF(0.5 * log_dd_round(q, rem * y), x);
}
