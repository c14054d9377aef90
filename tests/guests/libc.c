/* End-to-end checks of the guest libc in a real guest (run in KVM and under
 * --sim by tests/kvm/libc.sh, which also compares the two outputs):
 * strings that end on the last byte of guest memory, where the next page is
 * not mapped (a read past the block of the terminator would fault there);
 * the floating-point environment (MXCSR flags and rounding as the
 * arithmetic sees them), raise and signal handlers, the locale, the
 * calendar over the virtual clock and the UTF-8 conversions.
 * Prints one line per group and "libc ok" at the end; exits non-zero on any
 * mismatch. */
#include <fenv.h>
#include <locale.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include <wctype.h>

extern uintptr_t __hsim_heap_end; /* crt0: the end of guest memory */

static long errors, checks;

#define CHECK(cond, ...)                                                       \
	do {                                                                   \
		checks++;                                                      \
		if (!(cond) && ++errors <= 10) {                               \
			printf("FAIL %s:%d: ", __func__, __LINE__);            \
			printf(__VA_ARGS__);                                   \
			printf("\n");                                          \
		}                                                              \
	} while (0)

/* Reference versions, byte by byte, that the compiler must not replace. */
#define REF __attribute__((noinline, optimize("no-tree-loop-distribute-patterns")))

REF static size_t ref_strlen(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

REF static int ref_strcmp(const char *a, const char *b)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;

	while (*x && *x == *y)
		x++, y++;
	return (*x > *y) - (*x < *y);
}

REF static char *ref_strrchr(const char *s, int c)
{
	const char *r = NULL;

	for (;; s++) {
		if (*s == (char)c)
			r = s;
		if (!*s)
			return (char *)r;
	}
}

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

/* The heap is never used here, so its top page is free to write. */
static void strings_at_memory_end(void)
{
	char *end = (char *)(__hsim_heap_end & ~(uintptr_t)15);
	char *other = end - 4096 - 512, d[400];

	for (int n = 0; n <= 300; n++) {
		char *x = end - n - 1, *y = other - (n & 31);
		for (int i = 0; i < n; i++)
			x[i] = (char)(0x41 + (i * 7 + n) % 190); /* up to 0xfe */
		x[n] = 0;
		memcpy(y, x, (size_t)n + 1);
		CHECK(strlen(x) == (size_t)n, "strlen %d", n);
		CHECK(strnlen(x, 1000) == (size_t)n, "strnlen %d", n);
		CHECK(memchr(x, 0, (size_t)n + 1) == x + n, "memchr %d", n);
		CHECK(strchr(x, 0) == x + n && !strchr(x, 1), "strchr %d", n);
		CHECK(strrchr(x, 0x41 + n % 190) == ref_strrchr(x, 0x41 + n % 190), "strrchr %d", n);
		CHECK(!strcmp(x, y) && !strcmp(y, x) && !strncmp(x, y, 1000), "strcmp equal %d", n);
		CHECK(!memcmp(x, y, (size_t)n + 1), "memcmp %d", n);
		CHECK(stpcpy(d, x) == d + n && !strcmp(d, x), "stpcpy %d", n);
		if (n) {
			y[n - 1] = (char)(y[n - 1] ^ 0x80);
			CHECK(sign(strcmp(x, y)) == ref_strcmp(x, y), "strcmp %d", n);
			CHECK(sign(strcmp(y, x)) == ref_strcmp(y, x), "strcmp swapped %d", n);
			CHECK(sign(strncmp(x, y, (size_t)n + 5)) == ref_strcmp(x, y), "strncmp %d", n);
		}
		CHECK(ref_strlen(x) == (size_t)n, "ref %d", n);
	}
	printf("strings at the end of memory: %ld checks\n", checks);
}

static void fenv_checks(void)
{
	volatile double one = 1, three = 3, zero = 0, big = 0x1p1000, r;
	double down, up;

	CHECK(fegetround() == FE_TONEAREST, "default rounding");
	feclearexcept(FE_ALL_EXCEPT);
	CHECK(!fetestexcept(FE_ALL_EXCEPT), "flags clear");
	r = one / zero;
	CHECK(fetestexcept(FE_DIVBYZERO) == FE_DIVBYZERO && !fetestexcept(FE_INVALID), "divbyzero");
	r = big * big;
	CHECK(fetestexcept(FE_OVERFLOW | FE_INEXACT) == (FE_OVERFLOW | FE_INEXACT), "overflow");
	feclearexcept(FE_ALL_EXCEPT);
	r = zero / zero;
	CHECK(fetestexcept(FE_ALL_EXCEPT) == FE_INVALID, "invalid");
	feclearexcept(FE_INVALID);
	feraiseexcept(FE_UNDERFLOW);
	CHECK(fetestexcept(FE_UNDERFLOW), "feraiseexcept");
	(void)r;
	CHECK(fesetround(FE_DOWNWARD) == 0 && fegetround() == FE_DOWNWARD, "fesetround down");
	down = one / three;
	fesetround(FE_UPWARD);
	up = one / three;
	CHECK(up > down && nextafter(down, 1) == up, "rounding modes reach the arithmetic");
	fesetround(FE_TOWARDZERO);
	CHECK(-one / three == -down, "toward zero");
	CHECK(fesetround(12345) != 0, "bad rounding mode refused");
	fesetround(FE_TONEAREST);
	{
		fenv_t env;
		feholdexcept(&env);
		r = one / zero;
		CHECK(fetestexcept(FE_DIVBYZERO), "held");
		fesetenv(&env);
		CHECK(!fetestexcept(FE_DIVBYZERO), "fesetenv restores the flags");
	}
	/* the x87 unit too: long double arithmetic sees the rounding mode, and
	 * its flags are tested, cleared one by one and restored */
	{
		volatile long double lone = 1, lthree = 3, lzero = 0, lr;
		long double ldown, lup;
		fenv_t env;

		fesetround(FE_DOWNWARD);
		ldown = lone / lthree;
		fesetround(FE_UPWARD);
		lup = lone / lthree;
		fesetround(FE_TONEAREST);
		CHECK(lup > ldown, "rounding modes reach x87 arithmetic");
		feclearexcept(FE_ALL_EXCEPT);
		lr = lone / lzero;
		CHECK(fetestexcept(FE_ALL_EXCEPT) == FE_DIVBYZERO, "x87 divbyzero");
		lr = lone / lthree;
		CHECK(fetestexcept(FE_ALL_EXCEPT) == (FE_DIVBYZERO | FE_INEXACT), "x87 inexact");
		feclearexcept(FE_DIVBYZERO);
		CHECK(fetestexcept(FE_ALL_EXCEPT) == FE_INEXACT, "x87 flags cleared one by one");
		fegetenv(&env);
		feclearexcept(FE_ALL_EXCEPT);
		lr = lzero / lzero;
		CHECK(fetestexcept(FE_ALL_EXCEPT) == FE_INVALID, "x87 invalid");
		fesetenv(&env);
		CHECK(fetestexcept(FE_ALL_EXCEPT) == FE_INEXACT, "fesetenv restores the x87 flags");
		fesetenv(FE_DFL_ENV);
		CHECK(!fetestexcept(FE_ALL_EXCEPT) && fegetround() == FE_TONEAREST, "FE_DFL_ENV");
		(void)lr;
	}
	printf("fenv: %ld checks\n", checks);
}

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	got_signal = sig;
}

static void signal_checks(void)
{
	CHECK(signal(SIGUSR1, on_signal) == SIG_DFL, "signal returns the old handler");
	CHECK(raise(SIGUSR1) == 0 && got_signal == SIGUSR1, "raise calls the handler");
	got_signal = 0;
	/* the handler was reset to SIG_DFL; ignore it now */
	CHECK(signal(SIGUSR1, SIG_IGN) == SIG_DFL, "reset to SIG_DFL");
	CHECK(raise(SIGUSR1) == 0 && !got_signal, "SIG_IGN");
	CHECK(signal(0, on_signal) == SIG_ERR && signal(SIGKILL, on_signal) == SIG_ERR, "bad signals");
	printf("signal: %ld checks\n", checks);
}

static void locale_time_wchar_checks(void)
{
	time_t t = 951782400 + 3 * 3600 + 4 * 60 + 5; /* 2000-02-29 03:04:05 UTC */
	struct tm tm, *g;
	char buf[64];
	wchar_t w[16];

	CHECK(!strcmp(setlocale(LC_ALL, ""), "C") && !setlocale(LC_ALL, "fr_FR"), "setlocale");
	CHECK(!strcmp(localeconv()->decimal_point, "."), "localeconv");
	g = gmtime_r(&t, &tm);
	CHECK(g && tm.tm_year == 100 && tm.tm_mon == 1 && tm.tm_mday == 29 && tm.tm_wday == 2 &&
	      tm.tm_yday == 59 && tm.tm_hour == 3, "gmtime_r");
	CHECK(strftime(buf, sizeof buf, "%F %T %a %j %V", &tm) == 30 &&
	      !strcmp(buf, "2000-02-29 03:04:05 Tue 060 09"), "strftime: %s", buf);
	tm.tm_mday += 1;
	CHECK(mktime(&tm) == t + 86400 && tm.tm_mon == 2 && tm.tm_mday == 1, "mktime normalises");
	/* the virtual clock starts at the epoch */
	g = localtime(&(time_t){ time(NULL) });
	CHECK(g && g->tm_year == 70 && g->tm_yday == 0, "time() is early 1970");
	CHECK(mbstowcs(w, "h\xc3\xa9\xe2\x82\xac", 16) == 3 && w[1] == 0xe9 && w[2] == 0x20ac,
	      "mbstowcs");
	CHECK(wcstombs(buf, w, sizeof buf) == 6 && !strcmp(buf, "h\xc3\xa9\xe2\x82\xac"), "wcstombs");
	CHECK(wcslen(w) == 3 && towupper(L'a') == L'A' && iswdigit(L'7') && !iswalpha(0xe9), "wctype");
	printf("locale, time, wchar: %ld checks\n", checks);
}

/* a few float functions against their double versions */
static void mathf_checks(void)
{
	for (int i = -50; i <= 50; i++) {
		float x = (float)i * 0.37f;
		CHECK(sinf(x) == (float)sin(x) && expf(x) == (float)exp(x), "sinf/expf %d", i);
		CHECK(floorf(x) == (float)floor(x) && fabsf(x) == (float)fabs(x), "floorf %d", i);
		CHECK(fma(x, x, -1.0) == fma((double)x, (double)x, -1.0), "fma %d", i);
	}
	CHECK(fma(0x1p-52 + 1, 0x1p-52 + 1, -1) == 0x1p-51 + 0x1p-104, "fma is exact");
	printf("math: %ld checks\n", checks);
}

/* a and b equal or neighbours */
static int near(double a, double b)
{
	return a == b || nextafter(a, b) == b;
}

/* erf, erfc, tgamma, lgamma (gamma_erf.c, x87 long double inside) at known
 * values: exact factorials, the others within an ulp of the rounded value */
static void special_checks(void)
{
	double f = 1;
	int s;

	for (int n = 1; n <= 23; n++, f *= n - 1)
		CHECK(tgamma(n) == f && tgammaf((float)n) == (float)f, "tgamma(%d)", n);
	CHECK(near(tgamma(0.5), 1.7724538509055160273), "tgamma(0.5)");
	CHECK(near(tgamma(-2.5), -0.94530872048294188123), "tgamma(-2.5)");
	CHECK(near(tgamma(-20.5), -2.8346565743913348714e-19), "tgamma(-20.5)");
	CHECK(near(tgamma(170.5), 5.5620924145599996107e305), "tgamma(170.5)");
	CHECK(isnan(tgamma(-3)) && tgamma(-0.0) == -HUGE_VAL && tgamma(172) == HUGE_VAL, "tgamma poles");
	CHECK(lgamma(1) == 0 && lgamma(2) == 0 && lgamma(-3) == HUGE_VAL, "lgamma 1, 2, pole");
	CHECK(near(lgamma(0.5), 0.57236494292470008707), "lgamma(0.5)");
	CHECK(near(lgamma(-2.5), -0.056243716497674054) && signgam == -1, "lgamma(-2.5)");
	CHECK(near(lgamma_r(1e10, &s), 220258509288.81058147) && s == 1, "lgamma_r(1e10)");
	CHECK(lgammaf(100.5f) == (float)361.43554046777762156, "lgammaf");
	CHECK(erf(0.0) == 0 && signbit(erf(-0.0)) && erf(INFINITY) == 1 && erf(-7) == -1, "erf special");
	CHECK(near(erf(0.5), 0.52049987781304653768), "erf(0.5)");
	CHECK(near(erf(2), 0.99532226501895273416), "erf(2)");
	CHECK(near(erfc(1), 0.15729920705028513066), "erfc(1)");
	CHECK(near(erfc(10), 2.0884875837625447570e-45), "erfc(10)");
	CHECK(near(erfc(-1.5), 1.9661051464753107271), "erfc(-1.5)");
	CHECK(erfc(30) == 0 && erfc(-INFINITY) == 2 && erff(0.5f) == (float)0.52049987781304653768, "erfc");
	CHECK(erfcf(3.0f) == (float)2.2090496998585441373e-5, "erfcf");
	CHECK(nexttoward(1.0, 1.0L + 0x1p-60L) == 1 + 0x1p-52 && nexttoward(1.0, 1.0L) == 1 &&
	      nexttowardf(1.0f, 0.5L) == 1 - 0x1p-24f && nexttoward(0.0, -1.0L) == -0x1p-1074,
	      "nexttoward");
	printf("special functions: %ld checks\n", checks);
}

int main(void)
{
	strings_at_memory_end();
	fenv_checks();
	signal_checks();
	locale_time_wchar_checks();
	mathf_checks();
	special_checks();
	if (errors) {
		printf("libc: %ld of %ld checks failed\n", errors, checks);
		return 1;
	}
	printf("libc ok\n");
	return 0;
}
