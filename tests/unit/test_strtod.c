/* Unit test of the guest libc's strtod and strtold (sdk/libc/strtod.c,
 * compiled here under other names): results, end pointers and ERANGE must
 * match the host glibc's, for random numbers printed at every precision,
 * hex floats, and the hard cases: exact decimal halfway points between
 * neighbouring long doubles and doubles, and their neighbours a hair off. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <cmocka.h>

#define strtod hsim_strtod
#define strtold hsim_strtold
#define strtof hsim_strtof
#define atof hsim_atof
double hsim_strtod(const char *restrict s, char **restrict end);
long double hsim_strtold(const char *restrict s, char **restrict end);
float hsim_strtof(const char *restrict s, char **restrict end);
double hsim_atof(const char *s);
#include "../../sdk/libc/strtod.c"
#undef strtod
#undef strtold
#undef strtof
#undef atof

static unsigned long failures, checks;

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dull;
}

static unsigned rndn(unsigned n)
{
	return (unsigned)(rnd() % n);
}

static void check(const char *s)
{
	char *e1, *e2;
	int er1, er2;
	long double a, b;
	double c, d;

	checks++;
	errno = 0;
	a = strtold(s, &e1);
	er1 = errno;
	errno = 0;
	b = hsim_strtold(s, &e2);
	er2 = errno;
	/* NaN payloads differ between libcs; the class must not */
	if ((isnan(a) ? !isnan(b) : memcmp(&a, &b, 10) != 0) || e1 != e2 || er1 != er2) {
		if (failures++ < 20)
			print_error("strtold(\"%.80s\"): glibc %La end +%td errno %d, hsim %La end +%td errno %d\n",
				    s, a, e1 - s, er1, b, e2 - s, er2);
	}
	errno = 0;
	c = strtod(s, &e1);
	er1 = errno;
	errno = 0;
	d = hsim_strtod(s, &e2);
	er2 = errno;
	/* glibc sets ERANGE for a subnormal only when inexact; hsim for any */
	if (er1 != er2 && fabs(c) < 0x1p-1022 && c != 0 && !er1)
		er2 = 0;
	if ((isnan(c) ? !isnan(d) : memcmp(&c, &d, 8) != 0) || e1 != e2 || er1 != er2) {
		if (failures++ < 20)
			print_error("strtod(\"%.80s\"): glibc %a end +%td errno %d, hsim %a end +%td errno %d\n",
				    s, c, e1 - s, er1, d, e2 - s, er2);
	}
}

static long double ld_of(uint64_t m, unsigned se)
{
	long double v = 0;
	memcpy(&v, &m, 8);
	memcpy((char *)&v + 8, &se, 2);
	return v;
}

/* A finite long double of any magnitude. */
static long double random_ld(void)
{
	uint64_t m = rnd() | (uint64_t)1 << 63;
	unsigned e;

	switch (rndn(6)) {
	case 0: return ld_of(rnd() >> rndn(64), rndn(2) << 15);       /* subnormal */
	case 1: e = 1 + rndn(40); break;                               /* tiny */
	case 2: e = 0x7ffe - rndn(40); break;                          /* huge */
	case 3: e = 16383 - 1100 + rndn(2200); break;                  /* double's range */
	default: e = 1 + rndn(0x7ffe); break;
	}
	return ld_of(m, e | rndn(2) << 15);
}

/* Exact decimal of a finite positive long double: digits and the exponent
 * of the first one (value = 0.d1d2... * 10^point). */
static int exact_digits(long double v, char *d, int *point)
{
	static char buf[16000];
	int n = 0;
	snprintf(buf, sizeof buf, "%.12000Le", v);
	char *p = buf, *e = strchr(buf, 'e');
	for (; p < e; p++)
		if (isdigit((unsigned char)*p))
			d[n++] = *p;
	*point = atoi(e + 1) + 1;
	while (n > 1 && d[n - 1] == '0')
		n--;
	d[n] = 0;
	return n;
}

/* a + b of two positive decimals (digits, point), into r. */
static void dec_add(const char *a, int pa, const char *b, int pb, char *r, int *pr)
{
	static char x[30000], y[30000], z[30002];
	int top = pa > pb ? pa : pb;
	int la = (int)strlen(a), lb = (int)strlen(b);
	int lo = (pa - la < pb - lb) ? pa - la : pb - lb; /* lowest digit position */
	int n = top - lo, carry = 0, i;

	memset(x, '0', (size_t)n);
	memset(y, '0', (size_t)n);
	memcpy(x + (top - pa), a, (size_t)la);
	memcpy(y + (top - pb), b, (size_t)lb);
	for (i = n - 1; i >= 0; i--) {
		int s = (x[i] - '0') + (y[i] - '0') + carry;
		z[i + 1] = (char)('0' + s % 10);
		carry = s / 10;
	}
	z[0] = (char)('0' + carry);
	z[n + 1] = 0;
	char *q = z;
	int p = top + 1;
	while (*q == '0' && q[1]) {
		q++;
		p--;
	}
	int len = (int)strlen(q);
	while (len > 1 && q[len - 1] == '0')
		q[--len] = 0;
	strcpy(r, q);
	*pr = p;
}

/* The halfway point between v and the next long double up (units of 2^sh
 * below v's lowest bit: ulp / 2), exactly, and just below and above it. */
static void halfway(long double v)
{
	static char a[13000], h[13000], m[30000], s[31000];
	int pa, ph, pm, se;
	uint16_t se16;

	memcpy(&se16, (char *)&v + 8, 2);
	se = se16 & 0x7fff;
	if (se == 0 || se >= 0x7ffe)
		return;
	/* half an ulp: the ulp 2^(e - 16383 - 63) (a long double, maybe
	 * subnormal) times 5 / 10 */
	exact_digits(fabsl(v), a, &pa);
	int lu = exact_digits(ldexpl(1.0L, se - 16383 - 63), h, &ph), carry = 0;
	for (int i = lu - 1; i >= 0; i--) {
		int d = (h[i] - '0') * 5 + carry;
		h[i + 1] = (char)('0' + d % 10);
		carry = d / 10;
	}
	h[0] = (char)('0' + carry);
	h[lu + 1] = 0;
	if (h[0] == '0')
		memmove(h, h + 1, (size_t)lu + 1);
	else
		ph++;
	ph--;
	dec_add(a, pa, h, ph, m, &pm);
	snprintf(s, sizeof s, "%s0.%se%d", signbit(v) ? "-" : "", m, pm);
	check(s);
	/* a hair above: one more digit far down */
	snprintf(s, sizeof s, "%s0.%s0000001e%d", signbit(v) ? "-" : "", m, pm);
	check(s);
	/* a hair below: the last digit one less, nines after */
	size_t l = strlen(m);
	if (m[l - 1] > '0') {
		m[l - 1]--;
		snprintf(s, sizeof s, "%s0.%s999999e%d", signbit(v) ? "-" : "", m, pm);
		check(s);
	}
}

static void test_fixed(void **state)
{
	static const char *const t[] = {
		"0", "-0", "1", "0.1", "1e4932", "1.18973149535723176502e+4932", "1.2e4932",
		"3.6451995318824746025e-4951", "1.8e-4951", "1.9e-4951", "1e-4952", "inf", "-Infinity",
		"nan", "nan(123)", "0x", "0x1p-16445", "0x1p-16446", "0x1.8p-16446", "0x1p16384",
		"0xffffffffffffffff8p0", "0xffffffffffffffff7p0", "0x1.fffffffffffffffffp0",
		"  +12.5e-3xyz", "-.5", ".", "e5", "1e", "1e+", "0x.8p1", "123456789012345678901234567890",
		"2.2250738585072011e-308", "4.9406564584124654e-324", "1.7976931348623158e308",
	};
	(void)state;
	failures = 0;
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		check(t[i]);
	assert_int_equal(failures, 0);
}

static void test_random_strings(void **state)
{
	char s[200];
	(void)state;
	failures = 0;
	for (int i = 0; i < 20000; i++) {
		long double v = random_ld();
		int how = (int)rndn(4);
		if (how == 0)
			snprintf(s, sizeof s, "%.*Le", (int)rndn(40), v);
		else if (how == 1)
			snprintf(s, sizeof s, "%.*Lg", 1 + (int)rndn(25), v);
		else if (how == 2)
			snprintf(s, sizeof s, "%La", v);
		else
			snprintf(s, sizeof s, "%.*La", (int)rndn(18), v);
		check(s);
	}
	print_message("%lu strings\n", checks);
	assert_int_equal(failures, 0);
}

static void test_halfway(void **state)
{
	(void)state;
	failures = 0;
	unsigned long before = checks;
	for (int i = 0; i < 300; i++)
		halfway(random_ld());
	/* the extremes: near the smallest normal, near the largest */
	halfway(ld_of((uint64_t)1 << 63, 1));
	halfway(ld_of(~0ull, 1));
	halfway(ld_of(~0ull, 0x7ffd));
	print_message("%lu halfway cases\n", checks - before);
	assert_int_equal(failures, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixed),
		cmocka_unit_test(test_random_strings),
		cmocka_unit_test(test_halfway),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
