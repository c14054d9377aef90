/* Unit test of the guest libc's long double math (sdk/libc/mathl.c,
 * compiled here under other names) against the host glibc: the exact
 * functions must return the same bits (and errno) for random and special
 * arguments; for the transcendentals the error in ulps against glibc is
 * measured and bounded for moderate arguments. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <cmocka.h>

#define fabsl hsim_fabsl
#define sqrtl hsim_sqrtl
#define copysignl hsim_copysignl
#define floorl hsim_floorl
#define ceill hsim_ceill
#define truncl hsim_truncl
#define roundl hsim_roundl
#define rintl hsim_rintl
#define nearbyintl hsim_nearbyintl
#define lrintl hsim_lrintl
#define llrintl hsim_llrintl
#define lroundl hsim_lroundl
#define fmodl hsim_fmodl
#define remainderl hsim_remainderl
#define ldexpl hsim_ldexpl
#define scalbnl hsim_scalbnl
#define frexpl hsim_frexpl
#define modfl hsim_modfl
#define fminl hsim_fminl
#define fmaxl hsim_fmaxl
#define expl hsim_expl
#define exp2l hsim_exp2l
#define logl hsim_logl
#define log2l hsim_log2l
#define log10l hsim_log10l
#define powl hsim_powl
#define sinl hsim_sinl
#define cosl hsim_cosl
#define tanl hsim_tanl
#define atanl hsim_atanl
#define atan2l hsim_atan2l
long double fabsl(long double), sqrtl(long double), copysignl(long double, long double),
	floorl(long double), ceill(long double), truncl(long double), roundl(long double),
	rintl(long double), nearbyintl(long double), fmodl(long double, long double),
	remainderl(long double, long double), ldexpl(long double, int), scalbnl(long double, int),
	frexpl(long double, int *), modfl(long double, long double *), fminl(long double, long double),
	fmaxl(long double, long double), expl(long double), exp2l(long double), logl(long double),
	log2l(long double), log10l(long double), powl(long double, long double), sinl(long double),
	cosl(long double), tanl(long double), atanl(long double), atan2l(long double, long double);
long lrintl(long double), lroundl(long double);
long long llrintl(long double);
#include "../../sdk/libc/mathl.c"
#undef fabsl
#undef sqrtl
#undef copysignl
#undef floorl
#undef ceill
#undef truncl
#undef roundl
#undef rintl
#undef nearbyintl
#undef lrintl
#undef llrintl
#undef lroundl
#undef fmodl
#undef remainderl
#undef ldexpl
#undef scalbnl
#undef frexpl
#undef modfl
#undef fminl
#undef fmaxl
#undef expl
#undef exp2l
#undef logl
#undef log2l
#undef log10l
#undef powl
#undef sinl
#undef cosl
#undef tanl
#undef atanl
#undef atan2l

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dull;
}

static long double ld_of(uint64_t m, unsigned se)
{
	long double v = 0;
	memcpy(&v, &m, 8);
	memcpy((char *)&v + 8, &se, 2);
	return v;
}

/* Any long double: specials, subnormals, integers, halves, huge, tiny. */
static long double arg(void)
{
	uint64_t m = rnd() | 1ull << 63;
	unsigned s = (unsigned)(rnd() & 1) << 15;
	switch (rnd() % 12) {
	case 0: return ld_of(0, s);
	case 1: return ld_of(1ull << 63, 0x7fff | s);
	case 2: return ld_of(3ull << 62, 0x7fff | s);
	case 3: return ld_of(rnd() >> (rnd() % 64), s);
	case 4: return (long double)(int64_t)(rnd() % 200001 - 100000) / (1 << (rnd() % 3));
	case 5: return ld_of(m, (0x7ffe - rnd() % 64) | s);
	case 6: return ld_of(m, (1 + rnd() % 64) | s);
	case 7: return ld_of(m & ~(~0ull >> (rnd() % 64)), (16383 + rnd() % 70) | s);
	default: return ld_of(m, (16383 - 40 + rnd() % 80) | s);
	}
}

static unsigned long fails;

static int same(long double a, long double b)
{
	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b);
	return memcmp(&a, &b, 10) == 0;
}

static void report(const char *f, long double x, long double y, long double want, long double got)
{
	if (fails++ < 20)
		print_error("%s(%La, %La): glibc %La, hsim %La\n", f, x, y, want, got);
}

#define CHECK1(f)                                                         \
	do {                                                              \
		long double w = f(x), g = hsim_##f(x);                    \
		if (!same(w, g))                                          \
			report(#f, x, 0, w, g);                           \
	} while (0)
#define CHECK2(f)                                                         \
	do {                                                              \
		long double w = f(x, y), g = hsim_##f(x, y);              \
		if (!same(w, g))                                          \
			report(#f, x, y, w, g);                           \
	} while (0)

static void test_exact(void **state)
{
	(void)state;
	unsigned long n = 0;
	for (int i = 0; i < 100000; i++, n++) {
		long double x = arg(), y = arg(), ip1, ip2;
		int e1, e2, k = (int)(rnd() % 40000) - 20000;
		CHECK1(fabsl); CHECK1(sqrtl); CHECK2(copysignl); CHECK1(floorl); CHECK1(ceill);
		CHECK1(truncl); CHECK1(roundl); CHECK1(rintl); CHECK1(nearbyintl);
		CHECK2(fmodl); CHECK2(remainderl);
		if (!isnan(x) && !isnan(y)) {
			CHECK2(fminl);
			CHECK2(fmaxl);
		}
		if (!same(ldexpl(x, k), hsim_ldexpl(x, k)))
			report("ldexpl", x, k, ldexpl(x, k), hsim_ldexpl(x, k));
		if (!same(scalbnl(x, k), hsim_scalbnl(x, k)))
			report("scalbnl", x, k, scalbnl(x, k), hsim_scalbnl(x, k));
		long double f1 = frexpl(x, &e1), f2 = hsim_frexpl(x, &e2);
		if (!same(f1, f2) || (isfinite(x) && e1 != e2))
			report("frexpl", x, e2 - e1, f1, f2);
		f1 = modfl(x, &ip1);
		f2 = hsim_modfl(x, &ip2);
		/* glibc's modfl of a NaN is not C's: skipped */
		if (!isnan(x) && (!same(f1, f2) || !same(ip1, ip2)))
			report("modfl", x, 0, f1, f2);
		if (isfinite(x) && fabsl(x) < 0x1p62L) {
			if (lrintl(x) != hsim_lrintl(x) || llrintl(x) != hsim_llrintl(x) ||
			    lroundl(x) != hsim_lroundl(x))
				report("lrintl/llrintl/lroundl", x, 0, (long double)lroundl(x),
				       (long double)hsim_lroundl(x));
		}
	}
	print_message("%lu arguments, 20 exact functions\n", n);
	assert_int_equal(fails, 0);
}

/* |a - b| in units of b's last place */
static long double ulps(long double a, long double b)
{
	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b) ? 0 : INFINITY;
	if (a == b)
		return 0;
	int e;
	frexpl(b, &e);
	return fabsl(a - b) / ldexpl(1.0L, e - 64);
}

static void test_transcendental(void **state)
{
	(void)state;
	struct { const char *name; long double (*h)(long double); long double (*g)(long double); long double lo, hi, max, bound; }
	t[] = {
		/* the bounds: what this host measures, with a little room */
		{ "sinl", hsim_sinl, sinl, -0.78L, 0.78L, 0, 2 },
		{ "cosl", hsim_cosl, cosl, -0.78L, 0.78L, 0, 2 },
		{ "sinl", hsim_sinl, sinl, -1e6L, 1e6L, 0, 2 },
		{ "cosl", hsim_cosl, cosl, -1e6L, 1e6L, 0, 2 },
		{ "tanl", hsim_tanl, tanl, -1e3L, 1e3L, 0, 4 },
		{ "atanl", hsim_atanl, atanl, -1e6L, 1e6L, 0, 2 },
		{ "expl", hsim_expl, expl, -11000, 11000, 0, 2 },
		{ "exp2l", hsim_exp2l, exp2l, -100, 100, 0, 2 },
		{ "logl", hsim_logl, logl, 1e-30L, 1e30L, 0, 2 },
		{ "log2l", hsim_log2l, log2l, 1e-30L, 1e30L, 0, 2 },
		{ "log10l", hsim_log10l, log10l, 1e-30L, 1e30L, 0, 2 },
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		for (int j = 0; j < 20000; j++) {
			long double u = (long double)(rnd() >> 11) / 0x1p53L;
			long double x = t[i].lo < 0 ? t[i].lo + u * (t[i].hi - t[i].lo)
						    : expl(logl(t[i].lo) + u * (logl(t[i].hi) - logl(t[i].lo)));
			long double d = ulps(t[i].h(x), t[i].g(x));
			if (d > t[i].max)
				t[i].max = d;
		}
		print_message("%-7s max %.1Lf ulp on [%Lg, %Lg]\n", t[i].name, t[i].max, t[i].lo, t[i].hi);
		/* the x87's own accuracy, plus exp's argument rounding */
		assert_true(t[i].max <= t[i].bound);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_transcendental),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
