/* Unit test of the guest libc's calendar (sdk/libc/time.c), wide character
 * and UTF-8 functions (wchar.c) and locale (locale.c), built here on the
 * host under hsim_ names, against glibc (TZ=UTC, and the C.UTF-8 locale
 * for the multibyte conversions, where the SDK follows RFC 3629 and refuses
 * code points past U+10FFFF, which glibc takes). */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include <wctype.h>
#include <cmocka.h>

/* the SDK's own mbstate_t (wchar.h) */
typedef struct {
	unsigned int wc, left, min;
} hsim_mbstate_t;

uint64_t hsim_time_ns(void);
uint64_t hsim_time_ns(void)
{
	return 0;
}

#define mbstate_t hsim_mbstate_t
#define clock hsim_clock
#define time hsim_time
#define clock_gettime hsim_clock_gettime
#define difftime hsim_difftime
#define gmtime hsim_gmtime
#define gmtime_r hsim_gmtime_r
#define localtime hsim_localtime
#define localtime_r hsim_localtime_r
#define mktime hsim_mktime
#define timegm hsim_timegm
#define asctime hsim_asctime
#define asctime_r hsim_asctime_r
#define ctime hsim_ctime
#define ctime_r hsim_ctime_r
#define strftime hsim_strftime
#define wcslen hsim_wcslen
#define wcsnlen hsim_wcsnlen
#define wcscmp hsim_wcscmp
#define wcsncmp hsim_wcsncmp
#define wcscpy hsim_wcscpy
#define wcsncpy hsim_wcsncpy
#define wcscat hsim_wcscat
#define wcsncat hsim_wcsncat
#define wcschr hsim_wcschr
#define wcsrchr hsim_wcsrchr
#define wcsstr hsim_wcsstr
#define wcsspn hsim_wcsspn
#define wcscspn hsim_wcscspn
#define wcsdup hsim_wcsdup
#define wmemcpy hsim_wmemcpy
#define wmemmove hsim_wmemmove
#define wmemset hsim_wmemset
#define wmemcmp hsim_wmemcmp
#define wmemchr hsim_wmemchr
#define wcstol hsim_wcstol
#define iswalnum hsim_iswalnum
#define iswalpha hsim_iswalpha
#define iswblank hsim_iswblank
#define iswcntrl hsim_iswcntrl
#define iswdigit hsim_iswdigit
#define iswgraph hsim_iswgraph
#define iswlower hsim_iswlower
#define iswprint hsim_iswprint
#define iswpunct hsim_iswpunct
#define iswspace hsim_iswspace
#define iswupper hsim_iswupper
#define iswxdigit hsim_iswxdigit
#define towlower hsim_towlower
#define towupper hsim_towupper
#define wctype hsim_wctype
#define iswctype hsim_iswctype
#define btowc hsim_btowc
#define wctob hsim_wctob
#define mbsinit hsim_mbsinit
#define mbrtowc hsim_mbrtowc
#define mbrlen hsim_mbrlen
#define wcrtomb hsim_wcrtomb
#define mbsrtowcs hsim_mbsrtowcs
#define wcsrtombs hsim_wcsrtombs
#define mblen hsim_mblen
#define mbtowc hsim_mbtowc
#define wctomb hsim_wctomb
#define mbstowcs hsim_mbstowcs
#define wcstombs hsim_wcstombs
#define setlocale hsim_setlocale
#define localeconv hsim_localeconv
/* used in the sources before their definitions */
wchar_t *hsim_wmemcpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n);
wchar_t *hsim_wmemset(wchar_t *d, wchar_t c, size_t n);
int hsim_iswspace(wint_t c);
int hsim_iswalnum(wint_t c);
int hsim_iswalpha(wint_t c);
int hsim_iswdigit(wint_t c);
int hsim_iswupper(wint_t c);
int hsim_iswlower(wint_t c);
int hsim_iswgraph(wint_t c);
int hsim_mbtowc(wchar_t *restrict pwc, const char *restrict s, size_t n);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-prototypes"
#include "../../sdk/libc/time.c"
#include "../../sdk/libc/wchar.c"
#include "../../sdk/libc/locale.c"
#pragma GCC diagnostic pop
#undef mbstate_t
#undef clock
#undef time
#undef clock_gettime
#undef difftime
#undef gmtime
#undef gmtime_r
#undef localtime
#undef localtime_r
#undef mktime
#undef timegm
#undef asctime
#undef asctime_r
#undef ctime
#undef ctime_r
#undef strftime
#undef wcslen
#undef wcscmp
#undef wcsncmp
#undef wcschr
#undef wcsrchr
#undef wcsstr
#undef iswalnum
#undef iswalpha
#undef iswblank
#undef iswcntrl
#undef iswdigit
#undef iswgraph
#undef iswlower
#undef iswprint
#undef iswpunct
#undef iswspace
#undef iswupper
#undef iswxdigit
#undef towlower
#undef towupper
#undef btowc
#undef wctob
#undef mbrtowc
#undef wcrtomb
#undef mbstowcs
#undef wcstombs
#undef setlocale
#undef localeconv

static unsigned long failures;

#define CHECK(cond, ...)                                                     \
	do {                                                                 \
		if (!(cond) && ++failures <= 20)                             \
			print_error(__VA_ARGS__), print_error("\n");         \
	} while (0)

static uint64_t rng = 0x853c49e6748fea9bull;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int same_tm(const struct tm *a, const struct tm *b)
{
	return a->tm_sec == b->tm_sec && a->tm_min == b->tm_min && a->tm_hour == b->tm_hour &&
	       a->tm_mday == b->tm_mday && a->tm_mon == b->tm_mon && a->tm_year == b->tm_year &&
	       a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday;
}

static time_t rnd_time(long i)
{
	static const time_t special[] = { 0, -1, 1, 86399, 86400, -86400, 951782400, 951868800,
					  4107542399, 253402300799, -62135596800, 2147483647,
					  -2147483648LL, 1700000000 };
	if (i < (long)(sizeof special / sizeof special[0]))
		return special[i];
	switch (i % 3) {
	case 0: return (time_t)(rnd() % 8000000000ull) - 4000000000LL;
	case 1: return (time_t)(rnd() % 800000000000ull) - 400000000000LL;
	default: return (time_t)(rnd() % 4000000000ull);
	}
}

static void test_calendar(void **state)
{
	static const char fmt[] = "%a %A %b %B %c|%C %d %D %e %F %g %G %h %H %I %j %m %M %n %p "
				  "%r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %% %Ey %Od";
	char want[512], got[512];

	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	failures = 0;
	for (long i = 0; i < 200000; i++) {
		time_t t = rnd_time(i), tw, tg;
		struct tm w, g, a, b;
		CHECK(gmtime_r(&t, &w) && hsim_gmtime_r(&t, &g) && same_tm(&w, &g), "gmtime %lld",
		      (long long)t);
		if (i % 10 == 0) {
			size_t nw = strftime(want, sizeof want, fmt, &g), ng = hsim_strftime(got, sizeof got, fmt, &g);
			CHECK(nw == ng && !strcmp(want, got), "strftime %lld:\n glibc %s\n hsim  %s",
			      (long long)t, want, got);
			CHECK(hsim_strftime(got, 10, fmt, &g) == 0, "strftime too small");
			if (asctime_r(&g, want)) /* glibc refuses years past 9999 */
				CHECK(!strcmp(want, hsim_asctime_r(&g, got)), "asctime %s %s", want, got);
		}
		/* normalising out-of-range fields */
		a = w;
		a.tm_sec += (int)(rnd() % 200000) - 100000;
		a.tm_min += (int)(rnd() % 2000) - 1000;
		a.tm_hour += (int)(rnd() % 200) - 100;
		a.tm_mday += (int)(rnd() % 2000) - 1000;
		a.tm_mon += (int)(rnd() % 100) - 50;
		b = a;
		tw = timegm(&a);
		tg = hsim_timegm(&b);
		CHECK(tw == tg && same_tm(&a, &b), "timegm %lld: %lld vs %lld", (long long)t,
		      (long long)tw, (long long)tg);
		b = w;
		CHECK(hsim_mktime(&b) == t, "mktime %lld", (long long)t);
	}
	assert_int_equal(failures, 0);
}

static void test_utf8(void **state)
{
	(void)state;
	assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
	failures = 0;
	/* every one- and two-byte prefix, and random longer sequences */
	for (long i = 0; i < 400000; i++) {
		unsigned char s[8];
		mbstate_t sw;
		hsim_mbstate_t sg = { 0, 0, 0 };
		wchar_t ww = 0, wg = 0;
		size_t n = i < 65536 ? 2 : 1 + rnd() % 5, rw, rg;
		for (size_t k = 0; k < sizeof s; k++)
			s[k] = (unsigned char)(rnd() >> 17);
		if (i < 65536) {
			s[0] = (unsigned char)(i >> 8);
			s[1] = (unsigned char)i;
		} else if (rnd() & 1) { /* mostly well-formed lead and continuation bytes */
			s[0] = (unsigned char)(0xc0 | (rnd() & 0x3f));
			for (size_t k = 1; k < 4; k++)
				s[k] = (unsigned char)(0x80 | (s[k] & 0x3f));
		}
		memset(&sw, 0, sizeof sw);
		rw = mbrtowc(&ww, (char *)s, n, &sw);
		rg = hsim_mbrtowc(&wg, (char *)s, n, &sg);
		if (rw < (size_t)-2 && (unsigned)ww > 0x10ffff) {
			/* glibc takes code points past Unicode's; RFC 3629 does not */
			CHECK(rg == (size_t)-1, "mbrtowc past U+10FFFF");
			continue;
		}
		CHECK(rw == rg && (rw > 4 || ww == wg), "mbrtowc %02x %02x %02x %02x n %zu: glibc %zd U+%x, hsim %zd U+%x",
		      s[0], s[1], s[2], s[3], n, (ssize_t)rw, (unsigned)ww, (ssize_t)rg, (unsigned)wg);
		/* the rest of an incomplete sequence, where the whole of it is a
		 * character (glibc's state after the prefix of an invalid one
		 * is its own affair) */
		memset(&sw, 0, sizeof sw);
		if (rw == (size_t)-2 && mbrtowc(&ww, (char *)s, 8, &sw) < (size_t)-2 && (unsigned)ww <= 0x10ffff) {
			memset(&sw, 0, sizeof sw);
			mbrtowc(&ww, (char *)s, n, &sw);
			rw = mbrtowc(&ww, (char *)s + n, 4, &sw);
			rg = hsim_mbrtowc(&wg, (char *)s + n, 4, &sg);
			CHECK(rw == rg && (rw > 4 || ww == wg), "mbrtowc continued %02x %02x %02x %02x: %zd %zd",
			      s[0], s[1], s[2], s[3], (ssize_t)rw, (ssize_t)rg);
		}
	}
	for (long i = 0; i < 200000; i++) {
		wchar_t c = i < 0x11000 ? (wchar_t)(i * 17 % 0x110000) : (wchar_t)(rnd() % 0x120000);
		char bw[8], bg[8];
		size_t rw = wcrtomb(bw, c, NULL), rg = hsim_wcrtomb(bg, c, NULL);
		if (c > 0x10ffff)
			CHECK(rg == (size_t)-1, "wcrtomb past U+10FFFF");
		else
			CHECK(rw == rg && (rw > 4 || !memcmp(bw, bg, rw)), "wcrtomb U+%x", (unsigned)c);
	}
	{
		static const char *const strs[] = { "", "abc", "h\xc3\xa9llo w\xc3\xb6rld \xe2\x82\xac \xf0\x9f\x98\x80",
						    "bad \xff here", "cut \xe2\x82", "\xed\xa0\x80 surrogate" };
		for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
			wchar_t ww[64], wg[64];
			char cw[64], cg[64];
			size_t rw = mbstowcs(ww, strs[i], 64), rg = hsim_mbstowcs(wg, strs[i], 64);
			CHECK(rw == rg && (rw == (size_t)-1 || !memcmp(ww, wg, (rw + 1) * sizeof ww[0])),
			      "mbstowcs %zu: %zd %zd", i, (ssize_t)rw, (ssize_t)rg);
			CHECK(hsim_mbstowcs(NULL, strs[i], 0) == rw, "mbstowcs count %zu", i);
			if (rw == (size_t)-1)
				continue;
			CHECK(hsim_wcslen(ww) == rw, "wcslen");
			for (size_t lim = 0; lim < 24; lim++) {
				memset(cw, 'x', sizeof cw);
				memset(cg, 'x', sizeof cg);
				rw = wcstombs(cw, ww, lim);
				rg = hsim_wcstombs(cg, ww, lim);
				CHECK(rw == rg && !memcmp(cw, cg, sizeof cw), "wcstombs %zu limit %zu", i, lim);
			}
			CHECK(hsim_wcstombs(NULL, ww, 0) == strlen(strs[i]), "wcstombs count %zu", i);
		}
	}
	setlocale(LC_CTYPE, "C");
	for (wint_t c = 0; c < 128; c++) {
		CHECK(!iswalnum(c) == !hsim_iswalnum(c) && !iswalpha(c) == !hsim_iswalpha(c) &&
		      !iswblank(c) == !hsim_iswblank(c) && !iswcntrl(c) == !hsim_iswcntrl(c) &&
		      !iswdigit(c) == !hsim_iswdigit(c) && !iswgraph(c) == !hsim_iswgraph(c) &&
		      !iswlower(c) == !hsim_iswlower(c) && !iswprint(c) == !hsim_iswprint(c) &&
		      !iswpunct(c) == !hsim_iswpunct(c) && !iswspace(c) == !hsim_iswspace(c) &&
		      !iswupper(c) == !hsim_iswupper(c) && !iswxdigit(c) == !hsim_iswxdigit(c) &&
		      towlower(c) == hsim_towlower(c) && towupper(c) == hsim_towupper(c) &&
		      btowc((int)c) == hsim_btowc((int)c) && wctob(c) == hsim_wctob(c),
		      "wctype %u", (unsigned)c);
		CHECK(!!hsim_iswctype(c, hsim_wctype("punct")) == !!iswpunct(c), "iswctype %u", (unsigned)c);
	}
	CHECK(hsim_btowc(200) == WEOF && hsim_btowc(EOF) == WEOF, "btowc");
	{
		const wchar_t *a = L"hello world", *b = L"hello there";
		CHECK((hsim_wcscmp(a, b) > 0) == (wcscmp(a, b) > 0) && hsim_wcscmp(a, a) == 0, "wcscmp");
		CHECK(hsim_wcsncmp(a, b, 6) == 0 && hsim_wcsncmp(a, b, 7) > 0, "wcsncmp");
		CHECK(hsim_wcschr(a, L'o') == wcschr(a, L'o') && hsim_wcsrchr(a, L'o') == wcsrchr(a, L'o'), "wcschr");
		CHECK(hsim_wcsstr(a, L"wor") == wcsstr(a, L"wor") && hsim_wcsstr(a, L"") == a, "wcsstr");
		CHECK(hsim_wcstol(L"  -42x", NULL, 10) == -42, "wcstol");
	}
	assert_int_equal(failures, 0);
}

static void test_locale(void **state)
{
	(void)state;
	assert_string_equal(hsim_setlocale(LC_ALL, NULL), "C");
	assert_string_equal(hsim_setlocale(LC_ALL, ""), "C");
	assert_string_equal(hsim_setlocale(LC_NUMERIC, "POSIX"), "C");
	assert_null(hsim_setlocale(LC_ALL, "de_DE.UTF-8"));
	assert_null(hsim_setlocale(99, "C"));
	assert_string_equal(hsim_localeconv()->decimal_point, localeconv()->decimal_point);
	assert_int_equal(hsim_localeconv()->frac_digits, localeconv()->frac_digits);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_locale),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
