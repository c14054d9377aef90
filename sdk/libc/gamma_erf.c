/* Guest libc: erf, erfc, tgamma, lgamma (lgamma_r), nexttoward and their
 * float versions.
 *
 * These work in the x87's long double (64-bit significand: 11 bits more
 * than a double) with exp and log as double-doubles from explog.c, so that
 * the one rounding that matters is the last one, to double:
 * erf: the Maclaurin series for |x| < 1.5 (alternating, but the terms stay
 * below 2, which costs at most two of the 11 spare bits); erfc(x) =
 * e^(-x^2) / sqrt(pi) / K(x) with Laplace's continued fraction
 * K = x + (1/2) / (x + 1 / (x + (3/2) / (x + ...))) for x >= 1.5, evaluated
 * backwards from a depth that grows as 1/x^2; erf = 1 - erfc there, erfc =
 * 1 - erf below.
 * lgamma and tgamma: Stirling's series (with ten Bernoulli terms) for
 * z >= 12 as a double-double; smaller x are shifted up with the rising
 * product x (x + 1) ... (x + n - 1), x <= -16 reflected (Gamma(x) =
 * pi / (sin(pi x) Gamma(1 - x))); lgamma near its zeros 1 and 2 from its
 * Taylor series there (coefficients +-zeta(k)/k), so that it keeps its
 * relative accuracy. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include "fp.h"

/* explog.c */
int __hsim_exp_dd(double x, double xl, double *h, double *l);
void __hsim_log_dd(double x, double *h, double *l);

int signgam;

#define PI_L 3.141592653589793238463L
#define TWO_OVER_SQRTPI_L 1.128379167095512573896L
#define INV_SQRTPI_L 0.5641895835477562869481L
#define HL2PI_H 0x1.d67f1c864beb5p-1 /* log(2 pi) / 2 as a double-double */
#define HL2PI_L (-0x1.65b5a1b7ff5dfp-55)
#define LOGPI_H 0x1.250d048e7a1bdp+0 /* log pi */
#define LOGPI_L 0x1.7abf2ad8d5088p-57

/* ---- double-double and long double helpers ------------------------------ */

static void dd_add(double ah, double al, double bh, double bl, double *h, double *l)
{
	double s, e;

	two_sum(ah, bh, &s, &e);
	e += al + bl;
	fast_two_sum(s, e, h, l);
}

static void dd_mul(double ah, double al, double bh, double bl, double *h, double *l)
{
	double p, e;

	two_prod(ah, bh, &p, &e);
	e += ah * bl + al * bh;
	fast_two_sum(p, e, h, l);
}

/* 2^k as a long double, |k| < 2000 */
static long double pow2l(int k)
{
	int a = k / 2;

	return (long double)from_bits((uint64_t)(0x3ff + a) << 52) *
	       from_bits((uint64_t)(0x3ff + k - a) << 52);
}

/* e^(h + l), |h| < 1400, in long double (no over- or underflow there) */
static long double exp_l(double h, double l)
{
	double eh, el;
	int k = __hsim_exp_dd(h, l, &eh, &el);

	return ((long double)eh + el) * pow2l(k);
}

/* log v as a double-double for a positive, finite long double v */
static void log_l(long double v, double *h, double *l)
{
	double vh, vl, lh, ll;
	int k = 0;

	if (v < 0x1p-1000L || v > 0x1p1000L) { /* into the normal doubles */
		int e = 0;

		for (long double t = v; t < 1; t *= 0x1p64L)
			e -= 64;
		for (long double t = v; t >= 0x1p64L; t *= 0x1p-64L)
			e += 64;
		v *= pow2l(-e);
		k = e;
	}
	vh = (double)v;
	vl = (double)(v - vh);
	__hsim_log_dd(vh, &lh, &ll);
	ll += vl / vh;
	if (k)
		dd_add(lh, ll, k * 0x1.62e42fefa39efp-1, k * 0x1.abc9e3b39803fp-56, &lh, &ll);
	*h = lh;
	*l = ll;
}

/* ---- erf and erfc ------------------------------------------------------- */

/* erf x for |x| < 1.5: 2/sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1)) */
static long double erf_series(double x)
{
	long double x2 = (long double)x * x, t = x, s = x;

	if (x == 0)
		return x;
	for (int n = 1; n < 40; n++) {
		t *= -x2 / n;
		long double d = t / (2 * n + 1);
		s += d;
		if (fabsl(d) < 0x1p-68L * fabsl(s))
			break;
	}
	return s * TWO_OVER_SQRTPI_L;
}

/* erfc x for 1.5 <= x < 28 */
static long double erfc_cf(double x)
{
	int depth = 10 + (int)(320 / (x * x));
	long double t = x, xl = x;
	double sh, sl;

	for (int n = depth; n > 0; n--)
		t = xl + (n * 0.5L) / t;
	two_prod(x, x, &sh, &sl);
	return exp_l(-sh, -sl) * INV_SQRTPI_L / t;
}

double erf(double x)
{
	double a = fabs(x);

	if (x != x)
		return x + x;
	if (a < 1.5)
		return (double)erf_series(x);
	if (a >= 6) /* 1 - erfc rounds to 1 */
		return copysign(1 - 0x1p-60, x);
	return (double)copysignl(1 - erfc_cf(a), x);
}

double erfc(double x)
{
	double a = fabs(x);

	if (x != x)
		return x + x;
	if (a < 1.5)
		return (double)(1 - erf_series(x));
	if (x < 0)
		return x < -6 ? 2 - 0x1p-60 : (double)(2 - erfc_cf(a));
	if (x >= 28) {
		if (x != HUGE_VAL)
			errno = ERANGE;
		return 0x1p-1000 * 0x1p-1000;
	}
	double r = (double)erfc_cf(x);
	if (r < 0x1p-1022)
		errno = ERANGE;
	return r;
}

/* ---- lgamma and tgamma -------------------------------------------------- */

/* log Gamma(z) for z = zh + zl, 12 <= zh < 2^990, as a double-double:
 * (z - 1/2) log z - z + log(2 pi)/2 + sum B_2k / (2k (2k-1) z^(2k-1)) */
static void stirling(double zh, double zl, double *h, double *l)
{
	double lh, ll, ah, ae, ph, pl, w = 1 / zh, w2 = w * w, s;

	__hsim_log_dd(zh, &lh, &ll);
	ll += zl * w;
	two_sum(zh, -0.5, &ah, &ae);
	dd_mul(ah, ae + zl, lh, ll, &ph, &pl);
	dd_add(ph, pl, -zh, -zl, &ph, &pl);
	s = 0x1.ace44322ce006p+3 * w2 - 0x1.6476701181f3ap+0;
	s = 0x1.6fe96381e0680p-3 + w2 * s;
	s = -0x1.e4286cb0f5398p-6 + w2 * s;
	s = 0x1.a41a41a41a41ap-8 + w2 * s;
	s = -0x1.f6ab0d9993c7dp-10 + w2 * s;
	s = 0x1.b951e2b18ff23p-11 + w2 * s;
	s = -0x1.3813813813814p-11 + w2 * s;
	s = 0x1.a01a01a01a01ap-11 + w2 * s;
	s = -0x1.6c16c16c16c17p-9 + w2 * s;
	s = w * (0x1.5555555555555p-4 + w2 * s);
	dd_add(ph, pl, HL2PI_H, HL2PI_L + s, h, l);
}

/* x (x + 1) ... (x + n - 1); the factors near 0 (x near -i) are exact */
static long double rising(double x, int n)
{
	long double p = x;

	for (int i = 1; i < n; i++)
		p *= (long double)x + i;
	return p;
}

/* the shift that takes x (> -16) to z = x + n >= 12 */
static int shift(double x)
{
	return x >= 12 ? 0 : (int)(12 - x) + 1;
}

/* sin(pi x) for a non-integer x, |x| < 2^52; r = x - 2 floor(x/2) exact */
static long double sinpi_l(double x)
{
	double r = x - 2 * floor(x / 2);
	long double s = 1, t, t2, term;

	if (r >= 1) {
		r -= 1;
		s = -1;
	}
	if (r > 0.5)
		r = 1 - r;
	t = PI_L * r;
	t2 = t * t;
	term = t;
	long double sum = t;
	for (int n = 1; n < 20; n++) {
		term *= -t2 / ((2 * n) * (2 * n + 1));
		sum += term;
	}
	return s * sum;
}

/* the Taylor series of lgamma at 1 and at 2: c[0] e + c[1] e^2 + ... */
static const long double near1[] = {
	-0.5772156649015328606065L, 0.8224670334241132182362L, -0.4006856343865314284666L,
	0.270580808427784547879L, -0.2073855510286739852663L, 0.1695571769974081899524L,
	-0.14404989676884611812L, 0.1255096695247430424223L, -0.1113342658695646904909L,
	0.1000994575127818085337L, -0.09095401714582904223261L, 0.08335384054610900402489L,
	-0.07693251641135219147283L, 0.07143294629536133605923L, -0.0666687058824204680329L,
	0.06250095514121304074198L, -0.05882397865868458233896L, 0.05555576762740361110221L,
	-0.05263167937961666073363L, 0.05000004769810169363981L, -0.04761907033014222799078L,
	0.04545455629320466944241L, -0.04347826605304025936135L, 0.04166666915034121046914L,
	-0.04000000119214014058609L, 0.03846153903467518570635L, -0.03703703731298932554946L,
	0.03571428584733335802816L, -0.03448275868491930081079L, 0.03333333336437758108066L,
	-0.03225806453115041633882L, 0.03125000000727597448024L, -0.03030303030655804550688L,
};

static const long double near2[] = {
	0.4227843350984671393935L, 0.3224670334241132182362L, -0.06735230105319809513325L,
	0.020580808427784547879L, -0.007385551028673985266273L, 0.002890510330741523285753L,
	-0.001192753911703260977114L, 0.0005096695247430424223357L, -0.0002231547584535793797614L,
	9.94575127818085337146e-5L, -4.492623673813314170021e-5L, 2.050721277567069155317e-5L,
	-9.439488275268395903987e-6L, 4.374866789907487804182e-6L, -2.039215753801366236782e-6L,
	9.551412130407419832857e-7L, -4.492469198764566043294e-7L, 2.120718480555466586923e-7L,
	-1.004322482396809960872e-7L, 4.76981016936398056576e-8L, -2.271109460894316491032e-8L,
	1.083865921489695409107e-8L, -5.183475041970046655121e-9L, 2.483674543802478317185e-9L,
	-1.192140140586091207443e-9L, 5.73136724167886201333e-10L, -2.759522885124233145178e-10L,
	1.33047643742444894815e-10L, -6.422964563838100022082e-11L, 3.104424774732227276239e-11L,
	-1.502138408075414217093e-11L, 7.275974480239079662505e-12L, -3.527742476575915083615e-12L,
};

static long double taylor(const long double *c, int n, long double e)
{
	long double s = c[n - 1];

	if (e == 0) /* lgamma(1) = lgamma(2) = +0 */
		return 0;
	for (int i = n - 2; i >= 0; i--)
		s = c[i] + e * s;
	return s * e;
}

/* lgamma(2 + e)'s first four Taylor coefficients, 1 - gamma and
 * (-1)^k (zeta(k) - 1) / k, as double-doubles (mpmath) */
static const double near2_dd[4][2] = {
	{ 0x1.b0ee6072093cep-2, 0x1.6cb90701fbfabp-58 },
	{ 0x1.4a34cc4a60fa6p-2, 0x1.1873d8912200cp-56 },
	{ -0x1.13e001a557607p-4, 0x1.fb68be2f8821fp-58 },
	{ 0x1.51322ac7d8483p-6, 0x1.afc89088cb729p-60 },
};

/* lgamma(2 + e) for |e| <= 0.5 as a double-double: the rest of the series
 * in long double, then the four first terms by Horner in double-double.
 * Near lgamma's negative zeros the result is the difference of this and a
 * logarithm, both near 0.1, so a long double's rounding (2^-64 of it) was
 * up to 2 ulp of a result near 1e-5. */
static void lgamma2_dd(double e, double *h, double *l)
{
	/* e (c4 + c5 e + ...): the factor e of c3's term is in it already */
	long double tail = taylor(near2 + 4, 29, e);
	double sh = (double)tail, sl = (double)(tail - sh);

	dd_add(near2_dd[3][0], near2_dd[3][1], sh, sl, &sh, &sl);
	for (int k = 2; k >= 0; k--) {
		dd_mul(sh, sl, e, 0, &sh, &sl);
		dd_add(near2_dd[k][0], near2_dd[k][1], sh, sl, &sh, &sl);
	}
	dd_mul(sh, sl, e, 0, h, l);
}

#include "lgamma_zeros.h"

/* lgamma next to one of its zeros between -16 and -2, where even the
 * double-double difference below is not enough (results under about 1e-6):
 * its Taylor series at the zero, in d = x - z exactly (x - z_h is exact
 * there). 1 and *r, or 0 when x is not in a zero's window. */
static int lgamma_near_zero(double x, double *r)
{
	int n = (int)-x;

	for (int i = 2 * (n - 2); i < 2 * (n - 2) + 2; i++) {
		const struct lgamma_zero *z = &lgamma_zeros[i];
		double dh = x - z->z_h, dl = -z->z_l, d, p, h1, e1, h2, e2, s, e3;

		if (!(__builtin_fabs(dh) < z->w))
			continue;
		d = dh + dl;
		p = z->a[LGZ_K - 2];
		for (int k = LGZ_K - 3; k >= 0; k--)
			p = z->a[k] + d * p;
		/* d (a1 + p d) with d = dh + dl - z_ll: a1_h dh and a1_h dl
		 * exactly (next to an integer a1 is so large that a1_h dl is
		 * as large as the result), the rest in double */
		two_prod(z->a1_h, dh, &h1, &e1);
		two_prod(z->a1_h, dl, &h2, &e2);
		two_sum(h1, h2, &s, &e3);
		*r = s + (e1 + e2 + e3 - z->a1_h * z->z_ll + (z->a1_l + p * d) * d);
		return 1;
	}
	return 0;
}

/* lgamma for -16 < x < -2, where it has a zero between each two integers:
 * lgamma(2 + e) - log|x (x + 1) ... (x + m + 1)| with e = x + m in
 * [-0.5, 0.5]; the factors and e are exact, the product and both terms are
 * double-doubles, so that only the final subtraction loses accuracy, and
 * little */
static double lgamma_neg(double x, int *sign)
{
	int m = (int)floor(0.5 - x);
	double e = x + m, th, tl, rh, rl;
	double ph = x, pl = 0, lh, ll;

	for (int i = 1; i < m + 2; i++)
		dd_mul(ph, pl, x + i, 0, &ph, &pl);
	if (ph < 0) {
		*sign = -1;
		ph = -ph;
		pl = -pl;
	}
	if (lgamma_near_zero(x, &rh))
		return rh;
	__hsim_log_dd(ph, &lh, &ll);
	ll += pl / ph;
	lgamma2_dd(e, &th, &tl);
	dd_add(th, tl, -lh, -ll, &rh, &rl);
	return rh + rl;
}

/* lgamma for a finite x that is not a pole; *sign gets the sign of Gamma */
static double lgamma_finite(double x, int *sign)
{
	double h, l, ph, pl;

	*sign = 1;
	if (x >= 0x1p990) { /* x (log x - 1), the rest is below an ulp */
		__hsim_log_dd(x, &h, &l);
		two_sum(h, -1, &h, &ph);
		dd_mul(x * 0x1p-64, 0, h, l + ph, &h, &l);
		return (h + l) * 0x1p64;
	}
	if (fabs(x) < 0x1p-70) { /* -log|x| - gamma x: the second is below an ulp */
		if (x < 0)
			*sign = -1;
		return -log(fabs(x));
	}
	if (x >= 0.75 && x <= 1.25)
		return (double)taylor(near1, 33, x - 1);
	if (x >= 1.5 && x <= 2.5)
		return (double)taylor(near2, 33, x - 2);
	if (x > -16 && x < -2)
		return lgamma_neg(x, sign);
	if (x >= 12) {
		stirling(x, 0, &h, &l);
		return h + l;
	}
	if (x > -16) { /* lgamma(x + n) - log|x (x + 1) ... (x + n - 1)| */
		int n = shift(x);
		double zh, zl;
		long double p = rising(x, n);

		if (p < 0) {
			*sign = -1;
			p = -p;
		}
		two_sum(x, n, &zh, &zl);
		stirling(zh, zl, &h, &l);
		log_l(p, &ph, &pl);
		dd_add(h, l, -ph, -pl, &h, &l);
		return h + l;
	}
	/* log pi - log|sin(pi x)| - lgamma(1 - x) */
	long double s = sinpi_l(x);
	double zh, zl;

	if (s < 0) {
		*sign = -1;
		s = -s;
	}
	two_sum(1, -x, &zh, &zl);
	stirling(zh, zl, &h, &l);
	log_l(s, &ph, &pl);
	dd_add(ph, pl, h, l, &h, &l);
	dd_add(LOGPI_H, LOGPI_L, -h, -l, &h, &l);
	return h + l;
}

double lgamma_r(double x, int *sign)
{
	*sign = 1;
	if (x != x)
		return x + x;
	if (x - x != 0) /* +-inf */
		return x * x;
	if (x <= 0 && floor(x) == x) { /* a pole */
		if (x == 0 && signbit(x))
			*sign = -1;
		errno = ERANGE;
		return HUGE_VAL;
	}
	double r = lgamma_finite(x, sign);
	if (r - r != 0)
		errno = ERANGE;
	return r;
}

double lgamma(double x)
{
	return lgamma_r(x, &signgam);
}

double tgamma(double x)
{
	double h, l;
	long double g;

	if (x != x)
		return x + x;
	if (x == 0) { /* a pole: +-inf */
		errno = ERANGE;
		return 1 / x;
	}
	if (x < 0 && floor(x) == x) { /* negative integers and -inf */
		errno = EDOM;
		return (x - x) / (x - x);
	}
	if (x > 171.7) {
		if (x != HUGE_VAL)
			errno = ERANGE;
		return HUGE_VAL;
	}
	if (x < -200) { /* underflows, with the sign of sin(pi x) */
		errno = ERANGE;
		return (x - 2 * floor(x / 2) < 1 ? 0x1p-1000 : -0x1p-1000) * 0x1p-1000;
	}
	if (x >= 12) {
		stirling(x, 0, &h, &l);
		g = exp_l(h, l);
	} else if (x > -16) { /* Gamma(x + n) / (x (x + 1) ... (x + n - 1)) */
		int n = shift(x);
		double zh, zl;

		two_sum(x, n, &zh, &zl);
		stirling(zh, zl, &h, &l);
		g = exp_l(h, l) / rising(x, n);
	} else { /* pi / (sin(pi x) Gamma(1 - x)) */
		double zh, zl;

		two_sum(1, -x, &zh, &zl);
		stirling(zh, zl, &h, &l);
		g = PI_L / (sinpi_l(x) * exp_l(h, l));
	}
	double r = (double)g;
	if (r - r != 0 || fabs(r) < 0x1p-1022)
		errno = ERANGE;
	return r;
}

/* ---- nexttoward ---------------------------------------------------------- */

double nexttoward(double x, long double y)
{
	if (x != x || y != y)
		return (double)(x + y);
	if (x == y)
		return (double)y;
	return nextafter(x, x < y ? HUGE_VAL : -HUGE_VAL);
}

float nexttowardf(float x, long double y)
{
	if (x != x || y != y)
		return (float)(x + y);
	if (x == y)
		return (float)y;
	return nextafterf(x, x < y ? HUGE_VALF : -HUGE_VALF);
}

/* ---- float versions: the double function rounded once more (its error,
 * about half a double ulp, is far below a float's) ------------------------ */

static float to_float(double r)
{
	float f = (float)r;

	if ((f - f != 0 && r - r == 0) || (f == 0 && r != 0))
		errno = ERANGE;
	return f;
}

float erff(float x)
{
	return (float)erf(x);
}

float erfcf(float x)
{
	return to_float(erfc(x));
}

float tgammaf(float x)
{
	return to_float(tgamma(x));
}

float lgammaf(float x)
{
	return to_float(lgamma(x));
}
