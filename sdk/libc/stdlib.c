/* Guest libc: exit and atexit, integer conversions, sorting, searching,
 * pseudo-random numbers. */
#include <ctype.h>
#include <errno.h>
#include <hsim/guest.h>
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

/* ---- exit -------------------------------------------------------------- */

#define ATEXIT_MAX 32

static void (*atexit_fn[ATEXIT_MAX])(void);
static int atexit_count;

/* Destructors, from the linker script; weak so that other scripts work. */
extern void (*__fini_array_start[])(void) __attribute__((weak));
extern void (*__fini_array_end[])(void) __attribute__((weak));

int atexit(void (*fn)(void))
{
	if (atexit_count == ATEXIT_MAX)
		return -1;
	atexit_fn[atexit_count++] = fn;
	return 0;
}

void exit(int code)
{
	size_t i;

	while (atexit_count > 0)
		atexit_fn[--atexit_count]();
	if (__fini_array_start && __fini_array_end)
		for (i = (size_t)(__fini_array_end - __fini_array_start); i > 0; i--)
			__fini_array_start[i - 1]();
	hsim_exit(code);
}

void _Exit(int code)
{
	hsim_exit(code);
}

void abort(void)
{
	static const char msg[] = "abort()\n";

	sighandler_t h = signal(SIGABRT, SIG_DFL);

	/* a handler runs first; if it returns (or SIGABRT was ignored), abort
	 * still ends the program */
	if (h != SIG_DFL && h != SIG_IGN && h != SIG_ERR) {
		signal(SIGABRT, h);
		raise(SIGABRT);
	}
	fflush(stdout);
	hsim_write(2, msg, sizeof msg - 1);
	hsim_exit(134);
}

/* ---- arithmetic -------------------------------------------------------- */

int abs(int x)
{
	return x < 0 ? -x : x;
}

long labs(long x)
{
	return x < 0 ? -x : x;
}

long long llabs(long long x)
{
	return x < 0 ? -x : x;
}

intmax_t imaxabs(intmax_t x)
{
	return x < 0 ? -x : x;
}

div_t div(int a, int b)
{
	div_t r = { a / b, a % b };
	return r;
}

ldiv_t ldiv(long a, long b)
{
	ldiv_t r = { a / b, a % b };
	return r;
}

lldiv_t lldiv(long long a, long long b)
{
	lldiv_t r = { a / b, a % b };
	return r;
}

imaxdiv_t imaxdiv(intmax_t a, intmax_t b)
{
	imaxdiv_t r = { a / b, a % b };
	return r;
}

/* ---- string to integer ------------------------------------------------- */

/* A character's value as a digit of any base up to 36; 99 for others
 * (scanf.c uses it too). */
int __hsim_digit_value(int c);
int __hsim_digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}
#define digit_value __hsim_digit_value

/* Parse an integer whose magnitude may be at most `limit` when positive and
 * `limit_neg` when negative; on overflow clamp to those, set ERANGE and
 * *over. Returns the magnitude and the sign in *neg. */
static uintmax_t parse_int(const char *s, char **end, int base, uintmax_t limit,
			   uintmax_t limit_neg, int *neg, int *over)
{
	const char *p = s;
	uintmax_t v = 0, lim;
	int any = 0, d;

	*neg = 0;
	*over = 0;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (end)
			*end = (char *)s;
		return 0;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		*neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
	    digit_value((unsigned char)p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = p[0] == '0' ? 8 : 10;
	}
	lim = *neg ? limit_neg : limit;
	for (; (d = digit_value((unsigned char)*p)) < base; p++) {
		any = 1;
		if (*over)
			continue;
		if (v > (lim - (uintmax_t)d) / (uintmax_t)base)
			*over = 1;
		else
			v = v * (uintmax_t)base + (uintmax_t)d;
	}
	if (end)
		*end = (char *)(any ? p : s);
	if (*over) {
		errno = ERANGE;
		return lim;
	}
	return v;
}

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	int neg, over;
	uintmax_t v = parse_int(s, end, base, LLONG_MAX, (uintmax_t)LLONG_MAX + 1, &neg, &over);

	return neg ? (long long)(0 - v) : (long long)v;
}

unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
	int neg, over;
	uintmax_t v = parse_int(s, end, base, ULLONG_MAX, ULLONG_MAX, &neg, &over);

	/* C: a '-' negates the unsigned result, unless it overflowed */
	return neg && !over ? 0 - v : v;
}

long strtol(const char *restrict s, char **restrict end, int base)
{
	return (long)strtoll(s, end, base); /* LP64: long is long long */
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	return (unsigned long)strtoull(s, end, base);
}

intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	return strtoll(s, end, base);
}

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	return strtoull(s, end, base);
}

int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

long atol(const char *s)
{
	return strtol(s, NULL, 10);
}

long long atoll(const char *s)
{
	return strtoll(s, NULL, 10);
}

/* ---- sorting and searching --------------------------------------------- */

typedef int (*cmp_fn)(const void *, const void *);

typedef uint64_t __attribute__((may_alias)) u64a;

static void swap(char *a, char *b, size_t size)
{
	if (size % 8 == 0 && ((uintptr_t)a | (uintptr_t)b) % 8 == 0) {
		for (; size; size -= 8, a += 8, b += 8) {
			uint64_t t = *(u64a *)a;
			*(u64a *)a = *(u64a *)b;
			*(u64a *)b = t;
		}
		return;
	}
	for (; size; size--, a++, b++) {
		char t = *a;
		*a = *b;
		*b = t;
	}
}

static void sift_down(char *base, size_t root, size_t n, size_t size, cmp_fn cmp)
{
	for (;;) {
		size_t child = 2 * root + 1;
		if (child >= n)
			return;
		if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size) < 0)
			child++;
		if (cmp(base + root * size, base + child * size) >= 0)
			return;
		swap(base + root * size, base + child * size, size);
		root = child;
	}
}

static void heap_sort(char *base, size_t n, size_t size, cmp_fn cmp)
{
	size_t i;

	for (i = n / 2; i > 0; i--)
		sift_down(base, i - 1, n, size, cmp);
	for (i = n - 1; i > 0; i--) {
		swap(base, base + i * size, size);
		sift_down(base, 0, i, size, cmp);
	}
}

static void insertion_sort(char *base, size_t n, size_t size, cmp_fn cmp)
{
	size_t i, j;

	for (i = 1; i < n; i++)
		for (j = i; j > 0 && cmp(base + (j - 1) * size, base + j * size) > 0; j--)
			swap(base + (j - 1) * size, base + j * size, size);
}

/* Introsort: quicksort with median-of-three, recursion on the smaller part,
 * heapsort when the depth budget runs out, insertion sort for short runs. */
static void intro_sort(char *base, size_t n, size_t size, cmp_fn cmp, int depth)
{
	while (n > 16) {
		char *lo = base, *hi = base + (n - 1) * size, *mid = base + (n / 2) * size;
		size_t i, j;

		if (depth-- == 0) {
			heap_sort(base, n, size, cmp);
			return;
		}
		/* order lo <= mid <= hi, then use mid as the pivot at lo */
		if (cmp(mid, lo) < 0)
			swap(mid, lo, size);
		if (cmp(hi, mid) < 0) {
			swap(hi, mid, size);
			if (cmp(mid, lo) < 0)
				swap(mid, lo, size);
		}
		swap(lo, mid, size);
		/* Hoare partition around the pivot at base[0] */
		i = 0;
		j = n;
		for (;;) {
			do
				i++;
			while (i < n && cmp(base + i * size, base) < 0);
			do
				j--;
			while (cmp(base + j * size, base) > 0);
			if (i >= j)
				break;
			swap(base + i * size, base + j * size, size);
		}
		swap(base, base + j * size, size);
		/* [0, j) <= pivot, [j + 1, n) >= pivot */
		if (j < n - j - 1) {
			intro_sort(base, j, size, cmp, depth);
			base += (j + 1) * size;
			n -= j + 1;
		} else {
			intro_sort(base + (j + 1) * size, n - j - 1, size, cmp, depth);
			n = j;
		}
	}
	insertion_sort(base, n, size, cmp);
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	int depth = 0;
	size_t k;

	if (n < 2 || !size)
		return;
	for (k = n; k; k >>= 1)
		depth += 2;
	intro_sort(base, n, size, cmp, depth);
}

void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *))
{
	const char *b = base;

	while (n) {
		const char *mid = b + (n / 2) * size;
		int c = cmp(key, mid);
		if (c == 0)
			return (void *)mid;
		if (c > 0) {
			b = mid + size;
			n -= n / 2 + 1;
		} else {
			n /= 2;
		}
	}
	return NULL;
}

/* ---- pseudo-random numbers --------------------------------------------- */

static uint64_t rand_state = 1;

void srand(unsigned seed)
{
	rand_state = seed;
}

/* A 64-bit LCG (Knuth's MMIX constants); the high bits are good enough. */
int rand(void)
{
	rand_state = rand_state * 6364136223846793005ull + 1442695040888963407ull;
	return (int)(rand_state >> 33);
}
