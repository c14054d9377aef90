// The C++ C headers (tests/kvm/cxx.sh): every <cNAME> wrapper puts the C
// library's names into namespace std, with C++'s overloads (std::abs and
// <cmath>'s functions for float, long double and integers, the
// classification macros as functions); <math.h> and <stdlib.h> have them
// at global scope too. Built with hsim-c++ and with the host g++ against
// glibc: the output must be the same.
#include <cassert>
#include <cctype>
#include <cerrno>
#include <cfenv>
#include <cfloat>
#include <cinttypes>
#include <climits>
#include <clocale>
#include <cmath>
#include <csetjmp>
#include <csignal>
#include <cstdarg>
#include <cstdbool>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <cwchar>
#include <cwctype>
#include <math.h>
#include <stdlib.h>
#include <type_traits>

// the type each overload returns
static_assert(std::is_same<decltype(std::sqrt(1.0f)), float>::value, "sqrt(float)");
static_assert(std::is_same<decltype(std::sqrt(1.0L)), long double>::value, "sqrt(long double)");
static_assert(std::is_same<decltype(std::sqrt(1)), double>::value, "sqrt(int)");
static_assert(std::is_same<decltype(std::pow(2.0f, 3)), double>::value, "pow(float, int)");
static_assert(std::is_same<decltype(std::pow(2.0f, 3.0f)), float>::value, "pow(float, float)");
static_assert(std::is_same<decltype(std::atan2(1.0f, 2.0L)), long double>::value, "atan2(float, ld)");
static_assert(std::is_same<decltype(std::abs(-1L)), long>::value, "abs(long)");
static_assert(std::is_same<decltype(std::abs(-1.0L)), long double>::value, "abs(long double)");
static_assert(std::is_same<decltype(std::lround(2.5f)), long>::value, "lround(float)");
static_assert(std::is_same<decltype(::sinf(1.0f)), float>::value, "::sinf");
static_assert(std::is_same<decltype(::sqrt(2.0f)), float>::value, "::sqrt(float) from <math.h>");
static_assert(std::is_same<decltype(::abs(2.0)), double>::value, "::abs(double) from <stdlib.h>");
static_assert(std::is_same<std::int64_t, ::int64_t>::value, "<cstdint>");
static_assert(sizeof(std::max_align_t) >= 16, "<cstddef>");
static_assert(std::is_same<std::nullptr_t, decltype(nullptr)>::value, "std::nullptr_t");

static std::jmp_buf jb;
static volatile std::sig_atomic_t got;

static void on_sig(int s) { got = s; }

static int vsum(int n, ...)
{
	std::va_list ap;
	va_start(ap, n);
	int s = 0;
	for (int i = 0; i < n; i++)
		s += va_arg(ap, int);
	va_end(ap);
	return s;
}

static void jump() { std::longjmp(jb, 7); }

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

int main()
{
	// <cmath>: float and long double overloads compute in their type
	float f = std::sqrt(2.0f);
	long double l = std::sqrt(2.0L);
	std::printf("sqrt %.9g %.18Lg %.17g %.17g\n", (double)f, l, std::sqrt(2), std::sqrt(2.0));
	std::printf("exp/log %.9g %.17g %.9g %.17g\n", (double)std::exp(1.0f), std::exp(1.0),
		    (double)std::log(10.0f), std::log(10.0));
	std::printf("trig %.9g %.17g %.18Lg %.17g\n", (double)std::sin(0.5f), std::cos(0.5), std::atan(1.0L) * 4,
		    std::atan2(1, 1));
	std::printf("round %.1f %.1f %ld %lld %.1f %.1f\n", (double)std::round(2.5f), std::trunc(-2.7),
		    std::lround(-3.5L), std::llround(4.5), std::floor(-0.5), (double)std::ceil(1.2f));
	std::printf("pow %.17g %.9g %.17g %.17g\n", std::pow(2, 0.5), (double)std::pow(1.5f, 2.0f), std::pow(10, -2),
		    std::hypot(3, 4));
	int e;
	double m = std::frexp(48.0, &e);
	double ip, frac = std::modf(-3.25, &ip);
	std::printf("frexp %.3f %d ldexp %.1f modf %.2f %.1f fma %.1f\n", m, e, std::ldexp(0.75f, 4), frac, ip,
		    std::fma(2.0, 3.0, 1.0));
	std::printf("class %d %d %d %d %d %d %d\n", std::isnan(NAN), std::isinf(-INFINITY), std::isfinite(1.0f),
		    std::isnormal(DBL_MIN / 2), std::signbit(-0.0f), std::fpclassify(0.0) == FP_ZERO,
		    std::isless(1, 2.5));
	std::printf("global %.9g %.3f %d %d\n", (double)::sqrt(3.0f), ::abs(-4.5), ::isnan(1.0), isgreater(2.0, 1.0));
	// <cstdlib>
	std::printf("abs %d %ld %lld %.2f %.2f\n", std::abs(-3), std::abs(-4L), std::abs(-5LL), (double)std::abs(-1.5f),
		    std::fabs(-2.25));
	std::ldiv_t d = std::div(-17L, 5L);
	std::printf("div %ld %ld strtol %ld %lu %.3f %lld\n", d.quot, d.rem, std::strtol("-0x1f", nullptr, 16),
		    std::strtoul("777", nullptr, 8), std::strtod("1e-3", nullptr), std::atoll("123456789012"));
	int a[] = { 5, 3, 9, 1, 7 };
	std::qsort(a, 5, sizeof(int), cmp_int);
	int key = 7;
	std::printf("qsort %d %d %d %d %d bsearch %td\n", a[0], a[1], a[2], a[3], a[4],
		    (int *)std::bsearch(&key, a, 5, sizeof(int), cmp_int) - a);
	void *p = std::malloc(100);
	p = std::realloc(p, 1000);
	std::free(p);
	// <cstring>, <cctype>
	char buf[64];
	std::strcpy(buf, "Hello");
	std::strcat(buf, ", C++");
	std::printf("string %s %zu %d %s %s\n", buf, std::strlen(buf), std::strcmp("a", "b") < 0,
		    std::strchr(buf, 'C'), std::strstr(buf, "ll"));
	std::printf("ctype %d %d %c %c\n", !!std::isalpha('x'), !!std::isdigit('x'), std::toupper('q'),
		    std::tolower('Q'));
	// <cstdio>
	std::snprintf(buf, sizeof(buf), "%05d|%-6s|%x", 42, "ab", 255u);
	int x = 0;
	char w[8];
	std::sscanf("17 word", "%d %7s", &x, w);
	std::printf("stdio %s %d %s %d\n", buf, x, w, vsum(4, 1, 2, 3, 4));
	// <cinttypes>, <cstdint>, <climits>, <cfloat>
	std::int64_t big = INT64_MIN;
	std::uintmax_t um = std::strtoumax("18446744073709551615", nullptr, 10);
	std::printf("ints %" PRId64 " %" PRIuMAX " %d %ld %lld %d %.3g\n", big, um, INT_MAX, LONG_MIN, LLONG_MAX,
		    CHAR_BIT, FLT_EPSILON);
	std::imaxdiv_t q = std::imaxdiv(100, 7);
	std::printf("imaxdiv %jd %jd imaxabs %jd\n", q.quot, q.rem, std::imaxabs(-9));
	// <cerrno>
	errno = 0;
	std::strtol("99999999999999999999", nullptr, 10);
	std::printf("errno ERANGE %d, EDOM %d\n", errno == ERANGE, EDOM != 0);
	// <csetjmp>, <csignal>
	int r = setjmp(jb);
	if (r == 0)
		jump();
	std::signal(SIGUSR1, on_sig);
	std::raise(SIGUSR1);
	std::printf("setjmp %d signal %d\n", r, (int)got);
	// <ctime>
	std::time_t t = 86400 * 365;
	std::tm *tm = std::gmtime(&t);
	char when[64];
	std::strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S", tm);
	std::printf("time %s %.0f\n", when, std::difftime(t, 0));
	// <clocale>, <cfenv>
	std::printf("locale %s %s\n", std::setlocale(LC_ALL, nullptr), std::localeconv()->decimal_point);
	std::fesetround(FE_UPWARD);
	volatile double one = 1.0, three = 3.0;
	volatile double up = one / three; /* stored before the next call, without -frounding-math */
	std::fesetround(FE_TONEAREST);
	std::feclearexcept(FE_ALL_EXCEPT);
	volatile double zero = 0.0;
	volatile double inf = one / zero;
	std::printf("fenv %.17g %d %d\n", (double)up, std::fetestexcept(FE_DIVBYZERO) != 0, std::isinf(inf));
	// <cwchar>, <cwctype>
	const wchar_t *ws = L"wide string";
	std::printf("wchar %zu %d %d %ld\n", std::wcslen(ws), std::wcscmp(ws, L"wide") > 0, !!std::iswalpha(L'x'),
		    std::wcstol(L"-123", nullptr, 10));
	std::mbstate_t st{};
	wchar_t wc;
	std::size_t n = std::mbrtowc(&wc, "A", 2, &st); /* ASCII: glibc's "C" locale is not UTF-8 */
	std::printf("mbrtowc %zu U+%04X\n", n, (unsigned)wc);
#if __cplusplus > 201703L
	std::printf("lerp %.17g %.9g %.17g\n", std::lerp(1.0, 3.0, 0.3), (double)std::lerp(1.0f, 2.0f, 2.0f),
		    std::lerp(-1.0, 1.0, 0.75));
#endif
	// <cassert>
	assert(std::strlen("abc") == 3);
	bool yes = true;
	std::printf("bool %d\n", yes);
	return 0;
}
