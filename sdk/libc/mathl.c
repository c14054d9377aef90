/* Guest libc: long double math on the x87 (which hsim simulates exactly,
 * see docs/design.md "x87").
 *
 * Exact (correctly rounded, bit for bit what glibc returns): fabsl, sqrtl,
 * copysignl, floorl, ceill, truncl, roundl, rintl, nearbyintl, lrintl,
 * llrintl, lroundl, fmodl, remainderl, ldexpl, scalbnl, frexpl, modfl, fminl,
 * fmaxl. The others use the x87's transcendental instructions (f2xm1 fyl2x
 * fsin fcos fptan fpatan) on reduced arguments: within a few ulp, not
 * correctly rounded (tests/unit/test_mathl.c measures them); sinl/cosl/tanl
 * reduce exactly enough for |x| < 2^31, beyond that with the CPU's 66-bit
 * pi (and fprem1 from 2^63 on), which is far from exact; powl is
 * exp2(y log2 x) and loses accuracy as the result's exponent grows. floorl
 * and friends may raise inexact. All run at the caller's
 * rounding mode and the precision control it set (64 bits by default). */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>

static unsigned short get_cw(void)
{
	unsigned short cw;
	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static void set_cw(unsigned short cw)
{
	__asm__ volatile("fldcw %0" : : "m"(cw));
}

/* x rounded to an integer with rounding control rc (0 nearest, 1 down,
 * 2 up, 3 toward zero). */
static long double round_rc(long double x, unsigned rc)
{
	unsigned short cw = get_cw();
	set_cw((unsigned short)((cw & ~0xc00u) | (rc << 10)));
	__asm__ volatile("frndint" : "+t"(x));
	set_cw(cw);
	return x;
}

long double fabsl(long double x)
{
	__asm__("fabs" : "+t"(x));
	return x;
}

long double sqrtl(long double x)
{
	if (x < 0)
		errno = EDOM;
	__asm__("fsqrt" : "+t"(x));
	return x;
}

long double copysignl(long double x, long double y)
{
	return signbit(y) ? -fabsl(x) : fabsl(x);
}

long double floorl(long double x)
{
	return round_rc(x, 1);
}

long double ceill(long double x)
{
	return round_rc(x, 2);
}

long double truncl(long double x)
{
	return round_rc(x, 3);
}

long double rintl(long double x)
{
	__asm__ volatile("frndint" : "+t"(x));
	return x;
}

long double nearbyintl(long double x)
{
	return round_rc(x, (get_cw() >> 10) & 3);
}

long double roundl(long double x)
{
	long double t = truncl(x);
	if (fabsl(x - t) >= 0.5L)
		t += signbit(x) ? -1.0L : 1.0L;
	return t;
}

long long llrintl(long double x)
{
	long long r;
	__asm__ volatile("fistpll %0" : "=m"(r) : "t"(x) : "st");
	return r;
}

long lrintl(long double x)
{
	return (long)llrintl(x);
}

long lroundl(long double x)
{
	return (long)llrintl(roundl(x));
}

/* x - n y with n = trunc(x / y) (fprem) or nearest (fprem1), exactly */
long double fmodl(long double x, long double y)
{
	unsigned short sw;

	if (isinf(x) || y == 0)
		errno = EDOM;
	do
		__asm__ volatile("fprem\n\tfnstsw %1" : "+t"(x), "=a"(sw) : "u"(y));
	while (sw & 0x400);
	return x;
}

long double remainderl(long double x, long double y)
{
	unsigned short sw;

	if (isinf(x) || y == 0)
		errno = EDOM;
	do
		__asm__ volatile("fprem1\n\tfnstsw %1" : "+t"(x), "=a"(sw) : "u"(y));
	while (sw & 0x400);
	return x;
}

long double scalbnl(long double x, int e)
{
	long double r, le = (long double)e;
	__asm__("fscale" : "=t"(r) : "0"(x), "u"(le));
	if (isinf(r) && !isinf(x))
		errno = ERANGE;
	return r;
}

long double ldexpl(long double x, int e)
{
	return scalbnl(x, e);
}

long double frexpl(long double x, int *e)
{
	long double sig, ex;

	if (x == 0 || isnan(x) || isinf(x)) {
		*e = 0;
		return x + x;
	}
	__asm__("fxtract" : "=t"(sig), "=u"(ex) : "0"(x));
	/* sig in [1, 2): frexp's is in [1/2, 1) */
	*e = (int)ex + 1;
	return sig / 2;
}

long double modfl(long double x, long double *ip)
{
	long double t = truncl(x);
	*ip = t;
	if (isnan(x))
		return x;
	if (isinf(x))
		return copysignl(0.0L, x);
	if (t == 0)
		return x; /* as it is (a pseudo-denormal stays one) */
	return copysignl(x - t, x);
}

/* as glibc: of equal arguments (+0 and -0) fminl returns x, fmaxl y */
long double fminl(long double x, long double y)
{
	if (isnan(x))
		return isnan(y) ? x + y : y;
	if (isnan(y))
		return x;
	return y < x ? y : x;
}

long double fmaxl(long double x, long double y)
{
	if (isnan(x))
		return isnan(y) ? x + y : y;
	if (isnan(y))
		return x;
	return y < x ? x : y;
}

/* ---- transcendentals: the x87's instructions ----------------------------- */

/* 2^x for any x: 2^frac with f2xm1 (|frac| <= 1/2), scaled by 2^int */
static long double exp2_x87(long double x)
{
	long double i, f, r;

	if (isinf(x))
		return x < 0 ? 0.0L : x;
	i = rintl(x);
	f = x - i;
	__asm__("f2xm1" : "=t"(r) : "0"(f));
	r += 1.0L;
	__asm__("fscale" : "+t"(r) : "u"(i));
	if (isinf(r) && !isinf(x))
		errno = ERANGE;
	return r;
}

long double exp2l(long double x)
{
	return exp2_x87(x);
}

/* e^x = 2^k e^r, r = x - k ln 2 with ln 2 in two parts (k ln2_hi is exact
 * for |k| < 2^16), so that the rounding of x log2(e) does not grow with x */
long double expl(long double x)
{
	const long double ln2_hi = 0xB17217F7D1CFp-48L, ln2_lo = 0x79ABC9E3B39803F3p-112L;
	long double l2e, k, r, u, e;

	if (isnan(x) || isinf(x) || fabsl(x) > 12000)
		return exp2_x87(x * 1.4426950408889634073599L);
	__asm__("fldl2e" : "=t"(l2e));
	k = rintl(x * l2e);
	r = (x - k * ln2_hi) - k * ln2_lo;
	u = r * l2e;
	__asm__("f2xm1" : "=t"(e) : "0"(u));
	e += 1.0L;
	__asm__("fscale" : "+t"(e) : "u"(k));
	if (isinf(e))
		errno = ERANGE;
	return e;
}

/* y * log2(x) */
static long double yl2x(long double y, long double x)
{
	if (x < 0 || (x == 0 && !isnan(y)))
		errno = x == 0 ? ERANGE : EDOM;
	__asm__("fyl2x" : "+t"(x) : "u"(y) : "st(1)");
	return x;
}

long double log2l(long double x)
{
	return yl2x(1.0L, x);
}

long double logl(long double x)
{
	long double ln2;
	__asm__("fldln2" : "=t"(ln2));
	return yl2x(ln2, x);
}

long double log10l(long double x)
{
	long double lg2;
	__asm__("fldlg2" : "=t"(lg2));
	return yl2x(lg2, x);
}

long double powl(long double x, long double y)
{
	long double r;

	if (y == 0 || x == 1)
		return 1.0L;
	if (isnan(x) || isnan(y))
		return x + y;
	if (isinf(y)) {
		long double ax = fabsl(x);
		if (ax == 1)
			return 1.0L;
		return (ax > 1) == (y > 0) ? HUGE_VALL : 0.0L;
	}
	if (x < 0) {
		if (rintl(y) != y) {
			errno = EDOM;
			return (x - x) / (x - x);
		}
		r = exp2_x87(y * log2l(-x));
		return fmodl(y, 2.0L) != 0 ? -r : r;
	}
	if (x == 0)
		return y < 0 ? (errno = ERANGE, HUGE_VALL) : 0.0L;
	return exp2_x87(y * log2l(x));
}

/* x = k pi/2 + r, |r| <~ pi/4. For |x| < 2^31 with pi/2 in three parts
 * (129 bits; k p1 and k p2 are exact), beyond with the CPU's own reduction
 * (a 66-bit pi) and, from 2^63 on, fprem1 by the 64-bit 2 pi. */
static long double reduce(long double x, int *quad)
{
	const long double p1 = 0x1921FB544p-32L, p2 = 0x42D18469p-64L;
	const long double p3 = 0x898CC51701B839A2p-128L;
	long double k, pi;

	*quad = 0;
	if (fabsl(x) < 0x1p31L) {
		k = rintl(x * 0.63661977236758134307553505349L);
		*quad = (int)((long long)k & 3);
		return ((x - k * p1) - k * p2) - k * p3;
	}
	if (!(fabsl(x) >= 0x1p63L))
		return x;
	__asm__("fldpi" : "=t"(pi));
	return remainderl(x, 2 * pi);
}

static long double fsin(long double x)
{
	__asm__("fsin" : "+t"(x));
	return x;
}

static long double fcos(long double x)
{
	__asm__("fcos" : "+t"(x));
	return x;
}

long double sinl(long double x)
{
	int q;
	long double r = reduce(x, &q);
	switch (q) {
	case 0: return fsin(r);
	case 1: return fcos(r);
	case 2: return -fsin(r);
	default: return -fcos(r);
	}
}

long double cosl(long double x)
{
	int q;
	long double r = reduce(x, &q);
	switch (q) {
	case 0: return fcos(r);
	case 1: return -fsin(r);
	case 2: return -fcos(r);
	default: return fsin(r);
	}
}

long double tanl(long double x)
{
	int q;
	long double one, t;
	/* fptan replaces x by its tangent and pushes 1 */
	__asm__("fptan" : "=t"(one), "=u"(t) : "0"(reduce(x, &q)));
	(void)one;
	return q & 1 ? -1 / t : t;
}

long double atan2l(long double y, long double x)
{
	__asm__("fpatan" : "+t"(x) : "u"(y) : "st(1)");
	return x;
}

long double atanl(long double x)
{
	return atan2l(x, 1.0L);
}
