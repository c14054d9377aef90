/* Unit test of the guest libm (sdk/libc/math.c, explog.c, trig.c,
 * mathf.c, built here on the host under hsim_ names by libm_names.h):
 * every function against the host glibc, over special inputs (NaN, +-0,
 * +-inf, subnormals, the extremes, integers and halves) and many random
 * ones, both over all bit patterns and over each function's usual range.
 * Elementary functions must be within 1 ulp of the true result (glibc's
 * long double function for a double one, its double function for a float
 * one; glibc's own double functions are off by up to an ulp, so they are
 * not the reference), the exact ones (rounding, fmod, remquo, fma, frexp,
 * ...) equal to glibc's bit for bit. */
#include "libm_unnames.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#define RANDOM 200000

static uint64_t rng = 0x2545f4914f6cdd1dull;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static double dbits(uint64_t u)
{
	double d;

	memcpy(&d, &u, sizeof d);
	return d;
}

static float fbits(uint32_t u)
{
	float f;

	memcpy(&f, &u, sizeof f);
	return f;
}

/* doubles in the order of their values, as integers */
static int64_t ord(double d)
{
	int64_t i;

	memcpy(&i, &d, sizeof i);
	return i < 0 ? INT64_MIN - i : i;
}

static int32_t ordf(float f)
{
	int32_t i;

	memcpy(&i, &f, sizeof i);
	return i < 0 ? INT32_MIN - i : i;
}

/* ulps between a and b; 0 for two NaNs; a huge number for one NaN; +0 and
 * -0 differ by one */
static uint64_t ulps(double a, double b)
{
	if (a != a || b != b)
		return (a != a && b != b) ? 0 : UINT64_MAX;
	int64_t d = ord(a) - ord(b);
	return d < 0 ? (uint64_t)-d : (uint64_t)d;
}

static uint64_t ulpsf(float a, float b)
{
	if (a != a || b != b)
		return (a != a && b != b) ? 0 : UINT64_MAX;
	int64_t d = (int64_t)ordf(a) - ordf(b);
	return d < 0 ? (uint64_t)-d : (uint64_t)d;
}

/* |got - ref| in units of the last place of a double (or, with
 * `mant` = 24 and `emin` = -149, of a float) at ref; 0 when the two round
 * the same way (NaN, infinities, zeros), 1e9 when one is NaN */
static double err_ulps(long double ref, double got, int mant, int emin)
{
	double r = mant == 53 ? (double)ref : (double)(float)ref;
	int e;

	if (r != r || got != got)
		return (r != r && got != got) ? 0 : 1e9;
	if (r - r != 0 || got - got != 0 || r == 0 || got == 0)
		return r == got && __builtin_signbit(r) == __builtin_signbit(got) ? 0 : 1e9;
	frexpl(ref, &e);
	if (e - mant < emin)
		e = emin + mant;
	return (double)(fabsl((long double)got - ref) / ldexpl(1.0L, e - mant));
}

static const double special[] = {
	0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.0, -2.0, 2.5, -2.5, 3.0, 10.0, -10.0,
	0x1p-1074, -0x1p-1074, 0x1p-1022, -0x1p-1022, 0x1.fffffffffffffp-1023, 0x1p-1000,
	0x1.fffffffffffffp1023, -0x1.fffffffffffffp1023, 0x1p52, 0x1p52 + 1, 0x1p53, -0x1p53,
	0x1.fffffffffffffp51, 0.49999999999999994, -0.49999999999999994, 4503599627370495.5,
	__builtin_inf(), -__builtin_inf(), __builtin_nan(""), -__builtin_nan(""), 709.78, 710.0,
	-745.13, -708.4, 1e-300, 1e300, 3.141592653589793, 1.5707963267948966, 0.7853981633974483,
	1e22, 1e100, 1e-10, 0.1, 0.99999999999999989, 1.0000000000000002, 0.6931471805599453,
};
#define NSPECIAL (sizeof special / sizeof special[0])

/* the i-th test input for a range [lo, hi]: the specials, random bit
 * patterns, then uniform in [lo, hi] */
static double input(long i, double lo, double hi)
{
	if (i < (long)NSPECIAL)
		return special[i];
	if (i < RANDOM / 4)
		return dbits(rnd());
	return lo + (hi - lo) * ((double)(rnd() >> 11) * 0x1p-53);
}

static unsigned long failures;

static void fail1(const char *f, double x, double y, double want, double got, uint64_t u)
{
	if (++failures <= 30)
		print_error("%s(%a, %a): glibc %a, hsim %a (%llu ulp)\n", f, x, y, want, got,
			    (unsigned long long)u);
}

#define D1(f, lo, hi, maxu)                                                      \
	do {                                                                     \
		uint64_t worst = 0;                                              \
		for (long i = 0; i < RANDOM; i++) {                              \
			double x = input(i, lo, hi), w = f(x), g = hsim_##f(x);  \
			uint64_t u = ulps(w, g);                                 \
			if (u > worst)                                           \
				worst = u;                                       \
			if (u > (maxu))                                          \
				fail1(#f, x, 0, w, g, u);                        \
		}                                                                \
		print_message("%-10s max %llu ulp\n", #f, (unsigned long long)worst); \
	} while (0)

#define D2(f, lo, hi, lo2, hi2, maxu)                                            \
	do {                                                                     \
		uint64_t worst = 0;                                              \
		for (long i = 0; i < RANDOM; i++) {                              \
			double x = input(i, lo, hi), y = input((i * 7) % RANDOM, lo2, hi2); \
			double w = f(x, y), g = hsim_##f(x, y);                  \
			uint64_t u = ulps(w, g);                                 \
			if (u > worst)                                           \
				worst = u;                                       \
			if (u > (maxu))                                          \
				fail1(#f, x, y, w, g, u);                        \
		}                                                                \
		print_message("%-10s max %llu ulp\n", #f, (unsigned long long)worst); \
	} while (0)

/* floats: every specials cast, random bit patterns, and the range */
static float finput(long i, float lo, float hi)
{
	if (i < (long)NSPECIAL)
		return (float)special[i];
	if (i < RANDOM / 4)
		return fbits((uint32_t)rnd());
	return lo + (hi - lo) * (float)((double)(rnd() >> 11) * 0x1p-53);
}

#define F1(f, lo, hi, maxu)                                                      \
	do {                                                                     \
		uint64_t worst = 0;                                              \
		for (long i = 0; i < RANDOM; i++) {                              \
			float x = finput(i, lo, hi), w = f(x), g = hsim_##f(x);  \
			uint64_t u = ulpsf(w, g);                                \
			if (u > worst)                                           \
				worst = u;                                       \
			if (u > (maxu))                                          \
				fail1(#f, x, 0, w, g, u);                        \
		}                                                                \
		print_message("%-10s max %llu ulp\n", #f, (unsigned long long)worst); \
	} while (0)

#define F2(f, lo, hi, lo2, hi2, maxu)                                            \
	do {                                                                     \
		uint64_t worst = 0;                                              \
		for (long i = 0; i < RANDOM; i++) {                              \
			float x = finput(i, lo, hi), y = finput((i * 7) % RANDOM, lo2, hi2); \
			float w = f(x, y), g = hsim_##f(x, y);                   \
			uint64_t u = ulpsf(w, g);                                \
			if (u > worst)                                           \
				worst = u;                                       \
			if (u > (maxu))                                          \
				fail1(#f, x, y, w, g, u);                        \
		}                                                                \
		print_message("%-10s max %llu ulp\n", #f, (unsigned long long)worst); \
	} while (0)

#define E1(f, lo, hi, maxu)                                                          \
	do {                                                                     \
		double worst = 0;                                                \
		for (long i = 0; i < RANDOM; i++) {                              \
			double x = input(i, lo, hi), g = hsim_##f(x);            \
			long double w = f##l(x);                                 \
			double u = err_ulps(w, g, 53, -1074);                    \
			if (u > worst)                                           \
				worst = u;                                       \
			if (u > (maxu))                                          \
				fail1(#f, x, 0, (double)w, g, (uint64_t)u);      \
		}                                                                \
		print_message("%-10s max %.2f ulp\n", #f, worst);                \
	} while (0)

#define E2(f, lo, hi, lo2, hi2, maxu)                                                \
	do {                                                                     \
		double worst = 0;                                                \
		for (long i = 0; i < RANDOM; i++) {                              \
			double x = input(i, lo, hi), y = input((i * 7) % RANDOM, lo2, hi2); \
			double g = hsim_##f(x, y);                               \
			long double w = f##l(x, y);                              \
			double u = err_ulps(w, g, 53, -1074);                    \
			if (u > worst)                                           \
				worst = u;                                       \
			if (u > (maxu))                                          \
				fail1(#f, x, y, (double)w, g, (uint64_t)u);      \
		}                                                                \
		print_message("%-10s max %.2f ulp\n", #f, worst);                \
	} while (0)

/* a float function against glibc's double one */
#define G1(fn, lo, hi)                                                            \
	do {                                                                     \
		double worst = 0;                                                \
		for (long i = 0; i < RANDOM; i++) {                              \
			float x = finput(i, lo, hi), g = hsim_##fn##f(x);         \
			double u = err_ulps(fn(x), g, 24, -149);                  \
			if (u > worst)                                           \
				worst = u;                                       \
			if (u > 1)                                               \
				fail1(#fn "f", x, 0, fn(x), g, (uint64_t)u);       \
		}                                                                \
		print_message("%-10s max %.2f ulp\n", #fn "f", worst);            \
	} while (0)

#define G2(fn, lo, hi, lo2, hi2)                                                  \
	do {                                                                     \
		double worst = 0;                                                \
		for (long i = 0; i < RANDOM; i++) {                              \
			float x = finput(i, lo, hi), y = finput((i * 7) % RANDOM, lo2, hi2); \
			float g = hsim_##fn##f(x, y);                             \
			double u = err_ulps(fn(x, y), g, 24, -149);               \
			if (u > worst)                                           \
				worst = u;                                       \
			if (u > 1)                                               \
				fail1(#fn "f", x, y, fn(x, y), g, (uint64_t)u);    \
		}                                                                \
		print_message("%-10s max %.2f ulp\n", #fn "f", worst);            \
	} while (0)

static void test_exact(void **state)
{
	(void)state;
	failures = 0;
	D1(fabs, -1e6, 1e6, 0);
	D1(sqrt, 0, 1e6, 0);
	D1(floor, -1e6, 1e6, 0);
	D1(ceil, -1e6, 1e6, 0);
	D1(trunc, -1e6, 1e6, 0);
	D1(round, -1e6, 1e6, 0);
	D1(rint, -1e6, 1e6, 0);
	D1(nearbyint, -1e6, 1e6, 0);
	D1(logb, -1e6, 1e6, 0);
	D2(fmod, -1e6, 1e6, -100, 100, 0);
	{
		/* the tests after these see the same random inputs as before */
		uint64_t saved = rng;
		D2(fmod, -1e300, 1e300, -1e-300, 1e-300, 0); /* quotients of many words */
		D2(fmod, -0x1p-1000, 0x1p-1000, -0x1p-1070, 0x1p-1070, 0); /* subnormals */
		rng = saved;
	}
	D2(remainder, -1e6, 1e6, -100, 100, 0);
	D2(copysign, -1e6, 1e6, -1, 1, 0);
	D2(fmin, -1, 1, -1, 1, 0);
	D2(fmax, -1, 1, -1, 1, 0);
	D2(fdim, -1, 1, -1, 1, 0);
	D2(nextafter, -1, 1, -1, 1, 0);
	E1(cbrt, -1e6, 1e6, 1);
	{
		uint64_t saved = rng;
		E1(cbrt, -8.5, 8.5, 1); /* every table entry, for each exponent mod 3 */
		E1(cbrt, -0x1p-1022, 0x1p-1022, 1); /* subnormals */
		E1(cbrt, 0x1p1020, 0x1.fffffffffffffp1023, 1);
		for (int k = -1074; k <= 1023; k++) { /* powers of two, and next to them */
			double x = ldexp(1.0, k), u = err_ulps(cbrtl(x), hsim_cbrt(x), 53, -1074);
			double y = nextafter(x, 0), v = y ? err_ulps(cbrtl(y), hsim_cbrt(y), 53, -1074) : 0;
			if (u > 1 || v > 1)
				fail1("cbrt", u > 1 ? x : y, 0, 0, hsim_cbrt(u > 1 ? x : y), (uint64_t)(u > v ? u : v));
		}
		rng = saved;
	}
	E2(hypot, -1e6, 1e6, -1e6, 1e6, 1);
	{
		uint64_t saved = rng;
		E2(hypot, 0x1p440, 0x1p460, -0x1p-460, 0x1p460, 1); /* the direct path's ends */
		E2(hypot, 0x1p-460, 0x1p-440, -0x1p-440, 0x1p-440, 1);
		rng = saved;
	}
	for (long i = 0; i < RANDOM; i++) {
		double x = input(i, -1e6, 1e6), y = input((i * 7) % RANDOM, -100, 100);
		int qw, qg, ew, eg;
		double w = remquo(x, y, &qw), g = hsim_remquo(x, y, &qg), iw, ig;
		if (ulps(w, g) || (w == w && (qw & 7) != (qg & 7) && (-qw & 7) != (-qg & 7)) ||
		    (w == w && (qw < 0) != (qg < 0) && qw && qg))
			fail1("remquo", x, y, w, g, (uint64_t)qg);
		w = frexp(x, &ew);
		g = hsim_frexp(x, &eg);
		if (ulps(w, g) || (x - x == 0 && ew != eg))
			fail1("frexp", x, 0, w, g, (uint64_t)eg);
		w = modf(x, &iw);
		g = hsim_modf(x, &ig);
		if (ulps(w, g) || ulps(iw, ig))
			fail1("modf", x, 0, w, g, 0);
		if (x - x == 0 && fabs(x) < 1e18 &&
		    (lround(x) != hsim_lround(x) || llround(x) != hsim_llround(x) ||
		     lrint(x) != hsim_lrint(x) || llrint(x) != hsim_llrint(x)))
			fail1("lround/lrint", x, 0, (double)lround(x), (double)hsim_lround(x), 0);
		if (ilogb(x) != hsim_ilogb(x))
			fail1("ilogb", x, 0, ilogb(x), hsim_ilogb(x), 0);
		int e = (int)(rnd() % 2200) - 1100;
		if (ulps(ldexp(x, e), hsim_ldexp(x, e)) || ulps(scalbn(x, e), hsim_scalbn(x, e)))
			fail1("ldexp", x, e, ldexp(x, e), hsim_ldexp(x, e), 0);
	}
	/* exact powers: exact logarithms */
	for (int k = -1074; k < 1024; k++)
		if (hsim_log2(ldexp(1, k)) != k)
			fail1("log2", ldexp(1, k), 0, k, hsim_log2(ldexp(1, k)), 0);
	for (int k = 0; k <= 22; k++) {
		double p = 1;
		for (int i = 0; i < k; i++)
			p *= 10;
		if (hsim_log10(p) != k)
			fail1("log10", p, 0, k, hsim_log10(p), 0);
	}
	assert_int_equal(failures, 0);
}

/* fma is exact: products and sums that cancel, overflow and underflow */
static void test_fma(void **state)
{
	(void)state;
	failures = 0;
	for (long i = 0; i < 4 * RANDOM; i++) {
		double x, y, z;
		switch (i % 4) {
		case 0: /* any bits */
			x = dbits(rnd()), y = dbits(rnd()), z = dbits(rnd());
			break;
		case 1: /* z cancels most of the product */
			x = input(i % RANDOM + RANDOM / 4, -10, 10);
			y = input((i * 3) % RANDOM + RANDOM / 4, -10, 10);
			z = -(x * y) * (1 + (double)(rnd() % 5 - 2) * 0x1p-52);
			break;
		case 2: /* results near the subnormal range */
			x = dbits((rnd() & 0x800fffffffffffffull) | (uint64_t)(0x3ff - 540 + rnd() % 60) << 52);
			y = dbits((rnd() & 0x800fffffffffffffull) | (uint64_t)(0x3ff - 540 + rnd() % 60) << 52);
			z = dbits(rnd() & 0x800fffffffffffffull) * (double)(rnd() % 3);
			break;
		default: /* exponents close together, all signs */
			x = input(i % RANDOM, -4, 4);
			y = input((i * 5) % RANDOM, -4, 4);
			z = input((i * 11) % RANDOM, -16, 16);
			break;
		}
		double w = fma(x, y, z), g = hsim_fma(x, y, z);
		if (ulps(w, g))
			if (++failures <= 30)
				print_error("fma(%a, %a, %a): glibc %a, hsim %a\n", x, y, z, w, g);
		float fx = (float)x, fy = (float)y, fz = (float)z;
		float fw = fmaf(fx, fy, fz), fg = hsim_fmaf(fx, fy, fz);
		if (ulpsf(fw, fg))
			if (++failures <= 30)
				print_error("fmaf(%a, %a, %a): glibc %a, hsim %a\n", fx, fy, fz, fw, fg);
	}
	assert_int_equal(failures, 0);
}

/* Every elementary function within 1 ulp (measured: 0.50-0.82). */
static void test_elementary(void **state)
{
	(void)state;
	failures = 0;
	E1(exp, -745, 710, 1);
	E1(exp2, -1075, 1024, 1);
	E1(expm1, -2, 2, 1);
	E1(log, 0, 1e10, 1);
	E1(log2, 0, 1e10, 1);
	E1(log10, 0, 1e10, 1);
	E1(log1p, -1, 2, 1);
	E1(log, 0.9, 1.1, 1); /* where the table gives way to a series */
	E1(log2, 0.9, 1.1, 1);
	E1(log10, 0.9, 1.1, 1);
	E1(log1p, -0.1, 0.1, 1);
	E1(exp, -1, 1, 1);
	E2(pow, 0, 100, -100, 100, 1);
	E2(pow, 0.9, 1.1, -7000, 7000, 1); /* y log x near the ends of the range */
	E2(pow, 1e-300, 1e300, -2.3, 2.3, 1);
	E2(pow, 0, 1e-307, -1, 1, 1); /* subnormal x */
	/* the hard cases of explog.c's methods; the generator is put back after
	 * them, so that the tests after them keep their inputs */
	uint64_t rng_saved = rng;
	E2(pow, 0.999, 1.001, -7e5, 7e5, 1); /* x next to 1, y log x up to 700 */
	E2(pow, 0.9987, 1.0052, -1e5, 1e5, 1); /* the log table's interval of 1 */
	E2(pow, 1 - 0x1p-40, 1 + 0x1p-40, -1e14, 1e14, 1); /* |x - 1| far below z's split */
	E2(pow, 1e300, 1.79e308, 2.3, 2.37, 1); /* results near overflow */
	E2(pow, 1e-300, 1e-200, 2.4, 3.6, 1); /* results near and below 2^-1022 */
	for (long i = 0; i < RANDOM; i++) { /* negative x, integer y */
		double x = input(i, -20, 20), y = (double)((long)(rnd() % 601) - 300);
		double u = err_ulps(powl(x, y), hsim_pow(x, y), 53, -1074);
		if (u > 1)
			fail1("pow", x, y, (double)powl(x, y), hsim_pow(x, y), (uint64_t)u);
	}
	E1(log, 0.9947, 1.013, 1); /* the interval of 1 (zhi = z) and the next ones */
	E1(log2, 0.9947, 1.013, 1);
	E1(log10, 0.9947, 1.013, 1);
	E1(exp2, 1019, 1024, 1); /* where the fast path ends */
	E1(exp2, -1024, -1019, 1);
	E1(exp2, -1022, -1010, 1); /* the scale near 2^-1016, results near 2^-1022 */
	E1(exp, -708.39, -700, 1);
	E2(pow, 0.5, 0.6, 1020, 1030, 1);
	rng = rng_saved;
	E1(sin, -10, 10, 1);
	E1(cos, -10, 10, 1);
	E1(tan, -10, 10, 1);
	E1(asin, -1, 1, 1);
	E1(asin, 0.45, 0.55, 1); /* where the two methods meet */
	E1(acos, -1, 1, 1);
	E1(acos, -0.55, -0.45, 1);
	E1(acos, 0.99, 1, 1);
	E1(atan, -10, 10, 1);
	E2(atan2, -10, 10, -10, 10, 1);
	uint64_t rng_trig = rng; /* (the lines below leave the later tests' inputs as they were) */
	E1(atan, -0.01, 0.01, 1); /* the table's lower end, 2^-10 */
	E1(atan, 40, 100, 1);     /* its upper end, 2^6 */
	E2(atan2, -1e-2, 1e-2, -10, 10, 1);          /* |y / x| near 2^-10 */
	E2(atan2, 1e300, 1.7e308, -1e296, 1e296, 1); /* huge, scaled */
	E2(atan2, -1e-305, 1e-305, 1e-310, 1e-300, 1); /* tiny, scaled */
	E1(sin, -1e6, 1e6, 1); /* large multiples of pi/2, up to 2^20 and beyond */
	E1(cos, -1e6, 1e6, 1);
	E1(tan, -1e6, 1e6, 1);
	E1(sin, 1e15, 1e300, 1); /* Payne-Hanek */
	E1(cos, 1e15, 1e300, 1);
	E1(tan, 1e15, 1e300, 1);
	E1(tan, 0.7, 0.9, 1); /* pi/4, where sin r is farthest from r */
	E1(tan, 1.5, 1.6, 1); /* the pole */
	E1(asin, 0.999, 1, 1); /* sqrt((1 - x) / 2) near 0 */
	E1(acos, -1, -0.999, 1);
	rng = rng_trig;
	/* the doubles nearest multiples of pi/2 (where the reduction cancels
	 * most: down to 2^-61 below 2^20) and a neighbour each side, and the
	 * worst case of all doubles for the reduction, 6381956970095103 2^797 */
	for (long k = 1; k < 1000000; k += 5) {
		double x0 = (double)(k * 1.57079632679489661923132169163975144L);
		if (k == 1)
			x0 = 0x1.6ac5b262ca1ffp+849;
		for (int d = -1; d <= 1; d++) {
			double x = nextafter(x0, d < 0 ? 0 : d > 0 ? INFINITY : x0);
			if (err_ulps(sinl(x), hsim_sin(x), 53, -1074) > 1 ||
			    err_ulps(cosl(x), hsim_cos(x), 53, -1074) > 1 ||
			    err_ulps(tanl(x), hsim_tan(x), 53, -1074) > 1)
				fail1("sin/cos/tan near k pi/2", x, 0, (double)sinl(x), hsim_sin(x), 2);
		}
	}
	E1(sinh, -5, 5, 1);
	E1(cosh, -5, 5, 1);
	E1(tanh, -5, 5, 1);
	E1(asinh, -5, 5, 1);
	E1(acosh, 1, 5, 1);
	E1(atanh, -1, 1, 1);
	assert_int_equal(failures, 0);
}

static void test_float(void **state)
{
	(void)state;
	failures = 0;
	F1(floorf, -1e6f, 1e6f, 0);
	F1(ceilf, -1e6f, 1e6f, 0);
	F1(truncf, -1e6f, 1e6f, 0);
	F1(roundf, -1e6f, 1e6f, 0);
	F1(rintf, -1e6f, 1e6f, 0);
	F1(sqrtf, 0, 1e6f, 0);
	F1(fabsf, -1, 1, 0);
	F1(logbf, -1e6f, 1e6f, 0);
	F2(fmodf, -1e6f, 1e6f, -100, 100, 0);
	F2(remainderf, -1e6f, 1e6f, -100, 100, 0);
	F2(copysignf, -1, 1, -1, 1, 0);
	F2(fminf, -1, 1, -1, 1, 0);
	F2(fmaxf, -1, 1, -1, 1, 0);
	F2(fdimf, -1, 1, -1, 1, 0);
	F2(nextafterf, -1, 1, -1, 1, 0);
	G2(hypot, -1e6f, 1e6f, -1e6f, 1e6f);
	G1(sin, -10, 10);
	G1(cos, -10, 10);
	G1(tan, -10, 10);
	G1(asin, -1, 1);
	G1(acos, -1, 1);
	G1(atan, -10, 10);
	G2(atan2, -10, 10, -10, 10);
	G1(sinh, -5, 5);
	G1(cosh, -5, 5);
	G1(tanh, -5, 5);
	G1(asinh, -5, 5);
	G1(acosh, 1, 5);
	G1(atanh, -1, 1);
	G1(exp, -104, 89);
	G1(exp2, -150, 128);
	G1(expm1, -2, 2);
	G1(log, 0, 1e10f);
	G1(log2, 0, 1e10f);
	G1(log10, 0, 1e10f);
	G1(log1p, -1, 2);
	G1(cbrt, -1e6f, 1e6f);
	G2(pow, 0, 100, -20, 20);
	G2(pow, 0.5, 2, -150, 150); /* results near over- and underflow */
	G1(sin, -1e6f, 1e6f); /* reduction with large multiples of pi/2 */
	G1(cos, -1e6f, 1e6f);
	G1(exp, -0.01f, 0.01f);
	G1(log, 0.99f, 1.01f);
	for (int k = -149; k < 128; k++)
		if (hsim_log2f(ldexpf(1, k)) != k || hsim_exp2f((float)k) != ldexpf(1, k) ||
		    (k > -20 && k < 20 && hsim_powf(2, (float)k) != ldexpf(1, k)))
			fail1("log2f/exp2f/powf exact", k, 0, 0, 0, 0);
	{
		/* the ends of the float paths' ranges and their tables; the
		 * tests after these see the same random inputs as before */
		uint64_t saved = rng;
		G1(exp, -88.5f, 88.5f);
		G1(exp2, -127, 129);
		G1(log, 0.69f, 1.4f); /* every table entry */
		G1(log2, 0.99f, 1.01f);
		G1(log10, 0.99f, 1.01f);
		G2(pow, 0.999f, 1.001f, -1e5f, 1e5f); /* large y log2 x from a small log */
		G2(pow, 0, 1e10f, -4, 4);
		G1(sin, -0x1p-11f, 0x1p-11f);
		G1(sin, 0x1.fp19f, 0x1.1p20f);
		G1(cos, -0x1p-11f, 0x1p-11f);
		G1(cos, 0x1.fp19f, 0x1.1p20f);
		G1(tan, 1.5f, 1.65f); /* a pole */
		G1(tan, -1e6f, 1e6f);
		G2(hypot, -1e30f, 1e30f, -1e-30f, 1e-30f);
		G1(atan, 0.40f, 0.43f); /* the ranges' ends, tan(pi/8) and its inverse */
		G1(atan, -2.43f, -2.40f);
		G1(atan, -0x1p-11f, 0x1p-11f);
		G1(atan, 0x1p25f, 0x1p27f);
		G1(asin, 0.49f, 0.51f); /* where the sqrt range begins */
		G1(asin, -1, -0.99f);
		G1(asin, -0x1p-11f, 0x1p-11f);
		G1(acos, 0.49f, 0.51f);
		G1(acos, -0.51f, -0.49f);
		G1(acos, 0.99f, 1);
		G1(acos, -1, -0.99f);
		rng = saved;
	}
	/* the floats nearest the multiples of pi/2, and their neighbours:
	 * there r is smallest, and sin, cos or tan nearest 0 or a pole */
	for (int n = 1; n < 20000; n++) {
		float c = (float)(n * 1.5707963267948966);
		for (int d = -2; d <= 2; d++) {
			float x = nextafterf(c, d < 0 ? 0 : 1e30f);
			for (int j = 1; j < (d < 0 ? -d : d); j++)
				x = nextafterf(x, d < 0 ? 0 : 1e30f);
			if (!d)
				x = c;
			if (err_ulps(sin(x), hsim_sinf(x), 24, -149) > 1 ||
			    err_ulps(cos(x), hsim_cosf(x), 24, -149) > 1 ||
			    err_ulps(tan(x), hsim_tanf(x), 24, -149) > 1)
				fail1("sinf/cosf/tanf near k pi/2", x, 0, sin(x), hsim_sinf(x), 0);
		}
	}
	assert_int_equal(failures, 0);
}

/* erf, erfc, tgamma, lgamma (gamma_erf.c) and their float versions, all
 * within 1 ulp, also near lgamma's zeros (1, 2 and one between each two
 * negative integers). Measured: erf 0.50, erfc 0.67, tgamma 0.66, lgamma
 * 0.72; the float ones 0.50. */
double lgamma_r(double x, int *sign);
#include "../../sdk/libc/lgamma_zeros.h"

static void test_special(void **state)
{
	(void)state;
	failures = 0;
	E1(erf, -6, 6, 1);
	E1(erf, -1.6, 1.6, 1); /* where the series gives way to the fraction */
	E1(erf, -1e-5, 1e-5, 1);
	E1(erfc, -6, 28, 1);
	E1(erfc, 1.4, 1.6, 1);
	E1(erfc, 25, 28, 1); /* subnormal results */
	E1(tgamma, -200, 172, 1);
	E1(tgamma, -16.5, 13, 1);
	E1(tgamma, -1e-3, 1e-3, 1);
	E1(tgamma, 160, 172, 1);
	E1(lgamma, 0, 1e6, 1);
	E1(lgamma, 0, 3, 1); /* the zeros at 1 and 2 */
	E1(lgamma, 0.999, 1.001, 1);
	E1(lgamma, 1.999, 2.001, 1);
	E1(lgamma, -16, 0, 1);
	E1(lgamma, -200, -16, 1);
	/* next to the negative zeros, where the result is the small difference
	 * of two terms near 0.1 (1 to 2 ulp before their first terms were
	 * double-doubles) */
	E1(lgamma, -2.4571, -2.4569, 1);
	E1(lgamma, -2.7478, -2.7476, 1);
	E1(lgamma, -3.1437, -3.1435, 1);
	E1(lgamma, -3.9554, -3.9552, 1);
	E1(lgamma, -4.0395, -4.0393, 1);
	E1(lgamma, -4.9916, -4.9915, 1);
	for (int k = 0; k < 28; k++) /* the zeros' own windows (lgamma_zeros.h) */
		E1(lgamma, lgamma_zeros[k].z_h - 2 * lgamma_zeros[k].w,
		   lgamma_zeros[k].z_h + 2 * lgamma_zeros[k].w, 1);
	E1(lgamma, 1e300, 1.7e308, 1);
	G1(erf, -6, 6);
	G1(erfc, -6, 12);
	G1(tgamma, -40, 36);
	G1(lgamma, -40, 1e6f);
	G1(lgamma, 0, 3);
	/* poles, and the sign lgamma_r gives (libm_names.h leaves lgamma_r
	 * its name: the definition in this program, the SDK's, is called) */
	for (int k = 0; k <= 200; k++) {
		double x = -k;
		int s;
		if (hsim_tgamma(x) == hsim_tgamma(x) && k)
			fail1("tgamma pole", x, 0, NAN, hsim_tgamma(x), 0);
		if (lgamma_r(x, &s) != HUGE_VAL)
			fail1("lgamma pole", x, 0, HUGE_VAL, hsim_lgamma(x), 0);
		if (hsim_lgammaf((float)x) != HUGE_VALF || (hsim_tgammaf((float)x) == hsim_tgammaf((float)x) && k))
			fail1("lgammaf/tgammaf pole", x, 0, HUGE_VAL, hsim_lgammaf((float)x), 0);
	}
	if (hsim_tgamma(0.0) != HUGE_VAL || hsim_tgamma(-0.0) != -HUGE_VAL)
		fail1("tgamma(+-0)", 0, 0, HUGE_VAL, hsim_tgamma(-0.0), 0);
	for (long i = 0; i < RANDOM; i++) {
		double x = input(i, -200, 200);
		int s;
		long double g = tgammal(x);
		double l = lgamma_r(x, &s);
		if (l == l && l != HUGE_VAL && g == g && g != 0 && (g < 0) != (s < 0))
			fail1("lgamma_r sign", x, 0, (double)g, s, 0);
	}
	assert_int_equal(failures, 0);
}

/* nexttoward steps toward a long double that may lie between two doubles */
static void test_nexttoward(void **state)
{
	(void)state;
	failures = 0;
	for (long i = 0; i < RANDOM; i++) {
		double x = input(i, -1, 1);
		long double y = (long double)input((i * 7) % RANDOM, -1, 1);
		switch (i % 3) {
		case 0: /* just above or below x, closer than a double's ulp */
			y = (long double)x * (1 + (i & 4 ? 0x1p-60L : -0x1p-60L));
			break;
		case 1:
			y = (long double)x;
			break;
		}
		double w = nexttoward(x, y), g = hsim_nexttoward(x, y);
		if (ulps(w, g))
			fail1("nexttoward", x, (double)y, w, g, ulps(w, g));
		float fx = (float)x, fw = nexttowardf(fx, y), fg = hsim_nexttowardf(fx, y);
		if (ulpsf(fw, fg))
			fail1("nexttowardf", fx, (double)y, fw, fg, ulpsf(fw, fg));
	}
	assert_int_equal(failures, 0);
}

/* expm1, log1p and the hyperbolic functions (hyper.c) where their methods
 * meet or find it hard: the ends of the series and of the reductions, near
 * overflow, acosh near 1, atanh near +-1 (measured: all below 0.6 ulp). A
 * test of its own, last, so that the other tests' random inputs stay as
 * they were. */
static void test_hyper(void **state)
{
	(void)state;
	failures = 0;
	E1(expm1, -0.01, 0.01, 1); /* around ln2/256, where the table starts */
	E1(expm1, -1e-5, 1e-5, 1);
	E1(expm1, -45, -35, 1); /* where it gives way to -1 */
	E1(expm1, 45, 55, 1); /* where e^x - 1 rounds as e^x */
	E1(expm1, 700, 710, 1); /* near overflow */
	E1(log1p, -3e-6, 3e-6, 1); /* where the series gives way to the log */
	E1(log1p, -0.01, 0.01, 1); /* the log table's entries around 1 */
	E1(log1p, -1, -0.999, 1);
	E1(log1p, 1e10, 1e300, 1);
	E1(sinh, -0.3, 0.3, 1); /* where the series gives way to e^a - e^-a */
	E1(sinh, 30, 50, 1); /* where e^-a is dropped */
	E1(sinh, -711, -700, 1); /* near overflow */
	E1(cosh, -0.01, 0.01, 1);
	E1(cosh, 30, 50, 1);
	E1(cosh, 700, 711, 1);
	E1(tanh, -0.3, 0.3, 1);
	E1(tanh, 15, 25, 1); /* where it rounds to 1 */
	E1(asinh, -1e-7, 1e-7, 1); /* near zero, where it gives way to x */
	E1(asinh, 1e8, 1e9, 1); /* where it gives way to log 2a */
	E1(asinh, 1e9, 1e300, 1);
	E1(acosh, 1, 1.0001, 1); /* near 1 */
	E1(acosh, 1e8, 1e9, 1); /* where it gives way to log 2x */
	E1(acosh, 1, 1e300, 1);
	E1(atanh, 0.999, 1, 1); /* near +-1 */
	E1(atanh, -1, -0.999, 1);
	E1(atanh, -1e-7, 1e-7, 1); /* near zero, where it gives way to x */
	E1(acosh, 1, 1 + 1e-12, 1);
	E1(tanh, 0.2, 0.3, 1); /* where the series gives way to e^a and e^-a */
	E1(sinh, 0.2, 0.3, 1);
	/* errno where the result overflows or has a pole, or x is outside
	 * the domain; none where it is exact or inexact */
	static const struct {
		double (*f)(double);
		double x;
		int err;
	} er[] = {
		{ hsim_expm1, 710, ERANGE }, { hsim_expm1, 709, 0 }, { hsim_expm1, -1e300, 0 },
		{ hsim_sinh, -711, ERANGE }, { hsim_sinh, 710.4, 0 }, { hsim_cosh, 711, ERANGE },
		{ hsim_cosh, -710.4, 0 }, { hsim_log1p, -1, ERANGE }, { hsim_log1p, -2, EDOM },
		{ hsim_log1p, 1e300, 0 }, { hsim_acosh, 0.5, EDOM }, { hsim_acosh, 1, 0 },
		{ hsim_atanh, -1, ERANGE }, { hsim_atanh, 1.5, EDOM }, { hsim_asinh, 1e300, 0 },
		{ hsim_tanh, 1e300, 0 },
	};
	for (size_t i = 0; i < sizeof er / sizeof er[0]; i++) {
		errno = 0;
		double g = er[i].f(er[i].x);
		if (errno != er[i].err)
			fail1("errno", er[i].x, 0, er[i].err, g, (uint64_t)errno);
	}
	assert_int_equal(failures, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_fma),
		cmocka_unit_test(test_elementary),
		cmocka_unit_test(test_float),
		cmocka_unit_test(test_special),
		cmocka_unit_test(test_nexttoward),
		cmocka_unit_test(test_hyper),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
