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

/* ---- quick_exit ---------------------------------------------------------- */

static void (*quick_fn[ATEXIT_MAX])(void);
static int quick_count;

int at_quick_exit(void (*fn)(void))
{
	if (quick_count == ATEXIT_MAX)
		return -1;
	quick_fn[quick_count++] = fn;
	return 0;
}

/* The at_quick_exit functions, newest first, then the end: no atexit
 * functions, no destructors and, as glibc's (_exit), no stdio flush. */
void quick_exit(int code)
{
	while (quick_count > 0)
		quick_fn[--quick_count]();
	hsim_hypercall(HSIM_HC_EXIT, code, 0, 0, 0);
	for (;;) {
	}
}

/* ---- random(): glibc's additive feedback generator ----------------------- */

/* A state is an int32_t array: word 0 says the type (and the rear
 * pointer), the rest is the table. Type 0 is an LCG; types 1-4 are
 * x[i] = x[i-deg] + x[i-deg+sep] of degrees 7, 15, 31, 63, as glibc's
 * random_r.c, so that the sequences are the same. */
#define RND_TYPES 5
static const int rnd_deg[RND_TYPES] = { 0, 7, 15, 31, 63 };
static const int rnd_sep[RND_TYPES] = { 0, 3, 1, 3, 1 };

static int32_t rnd_table[32]; /* the default: initstate(1, rnd_table, 128) */
static struct {
	int32_t *state, *fptr, *rptr, *end;
	int type, deg, sep;
} rnd;

static int32_t rnd_next(void)
{
	uint32_t v;

	if (rnd.type == 0) {
		v = ((uint32_t)rnd.state[0] * 1103515245u + 12345u) & 0x7fffffff;
		rnd.state[0] = (int32_t)v;
		return (int32_t)v;
	}
	v = (uint32_t)*rnd.fptr + (uint32_t)*rnd.rptr;
	*rnd.fptr = (int32_t)v;
	if (++rnd.fptr >= rnd.end) {
		rnd.fptr = rnd.state;
		rnd.rptr++;
	} else if (++rnd.rptr >= rnd.end) {
		rnd.rptr = rnd.state;
	}
	return (int32_t)(v >> 1);
}

static void rnd_seed(unsigned seed)
{
	int32_t word;

	if (!seed)
		seed = 1;
	rnd.state[0] = (int32_t)seed;
	if (rnd.type == 0)
		return;
	word = (int32_t)seed;
	for (int i = 1; i < rnd.deg; i++) {
		/* 16807 * word % (2^31 - 1) without overflow (Schrage) */
		long hi = word / 127773, lo = word % 127773;
		word = (int32_t)(16807 * lo - 2836 * hi);
		if (word < 0)
			word += 2147483647;
		rnd.state[i] = word;
	}
	rnd.fptr = &rnd.state[rnd.sep];
	rnd.rptr = &rnd.state[0];
	for (int i = 0; i < rnd.deg * 10; i++)
		rnd_next();
}

/* word 0 of the current state's array records its type and rear pointer */
static void rnd_save(void)
{
	if (!rnd.state)
		return;
	rnd.state[-1] = rnd.type == 0 ? 0 : (int32_t)((rnd.rptr - rnd.state) * RND_TYPES + rnd.type);
}

static void rnd_use(int32_t *state, int type)
{
	rnd.type = type;
	rnd.deg = rnd_deg[type];
	rnd.sep = rnd_sep[type];
	rnd.state = state;
	rnd.end = state + rnd.deg;
}

static void rnd_init(void)
{
	if (!rnd.state) {
		rnd_use(rnd_table + 1, 3);
		rnd_seed(1);
		rnd_save();
	}
}

long random(void)
{
	rnd_init();
	return rnd_next();
}

void srandom(unsigned seed)
{
	rnd_init();
	rnd_seed(seed);
}

char *initstate(unsigned seed, char *state, size_t n)
{
	int32_t *old;
	int type;

	rnd_init();
	old = rnd.state - 1;
	if (n < 8) {
		errno = EINVAL;
		return NULL;
	}
	type = n < 32 ? 0 : n < 64 ? 1 : n < 128 ? 2 : n < 256 ? 3 : 4;
	rnd_save();
	rnd_use((int32_t *)(void *)state + 1, type);
	rnd_seed(seed);
	rnd_save();
	return (char *)old;
}

char *setstate(char *state)
{
	int32_t *s = (int32_t *)(void *)state + 1, *old;
	int type, rear;

	rnd_init();
	old = rnd.state - 1;
	type = s[-1] % RND_TYPES;
	if (type < 0) {
		errno = EINVAL;
		return NULL;
	}
	rnd_save();
	rnd_use(s, type);
	if (type) {
		rear = s[-1] / RND_TYPES;
		rnd.rptr = &s[rear];
		rnd.fptr = &s[(rear + rnd.sep) % rnd.deg];
	}
	return (char *)old;
}

/* ---- the rand48 family: X = a X + c mod 2^48, POSIX's ---------------------- */

static unsigned short r48_x[3];
static unsigned short r48_a[3] = { 0xe66d, 0xdeec, 0x5 };
static unsigned short r48_c = 0xb;

static uint64_t r48_get(const unsigned short x[3])
{
	return (uint64_t)x[2] << 32 | (uint64_t)x[1] << 16 | x[0];
}

static void r48_put(unsigned short x[3], uint64_t v)
{
	x[0] = (unsigned short)v;
	x[1] = (unsigned short)(v >> 16);
	x[2] = (unsigned short)(v >> 32);
}

/* the next X of x, which it replaces */
static uint64_t r48_step(unsigned short x[3])
{
	uint64_t v = (r48_get(r48_a) * r48_get(x) + r48_c) & 0xffffffffffffull;

	r48_put(x, v);
	return v;
}

double erand48(unsigned short x[3])
{
	return (double)r48_step(x) * 0x1p-48; /* exact: glibc's too */
}

double drand48(void)
{
	return erand48(r48_x);
}

long nrand48(unsigned short x[3])
{
	return (long)(r48_step(x) >> 17);
}

long lrand48(void)
{
	return nrand48(r48_x);
}

long jrand48(unsigned short x[3])
{
	return (long)(int32_t)(uint32_t)(r48_step(x) >> 16);
}

long mrand48(void)
{
	return jrand48(r48_x);
}

static void r48_defaults(void)
{
	r48_put(r48_a, 0x5deece66dull);
	r48_c = 0xb;
}

void srand48(long seed)
{
	r48_x[2] = (unsigned short)((unsigned long)seed >> 16);
	r48_x[1] = (unsigned short)seed;
	r48_x[0] = 0x330e;
	r48_defaults();
}

unsigned short *seed48(unsigned short seed[3])
{
	static unsigned short old[3];

	memcpy(old, r48_x, sizeof old);
	memcpy(r48_x, seed, sizeof r48_x);
	r48_defaults();
	return old;
}

void lcong48(unsigned short param[7])
{
	memcpy(r48_x, param, 3 * sizeof *param);
	memcpy(r48_a, param + 3, 3 * sizeof *param);
	r48_c = param[6];
}

/* ---- reallocarray, the environment ----------------------------------------- */

void *reallocarray(void *p, size_t n, size_t size)
{
	if (size && n > (size_t)-1 / size) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(p, n * size);
}

extern char **environ;
static char **env_heap; /* environ once setenv has copied it */

static size_t env_count(void)
{
	size_t n = 0;

	while (environ && environ[n])
		n++;
	return n;
}

/* environ[i] for NAME, or the count when it is not there */
static size_t env_find(const char *name, size_t len)
{
	size_t i;

	for (i = 0; environ && environ[i]; i++)
		if (!strncmp(environ[i], name, len) && environ[i][len] == '=')
			break;
	return i;
}

/* put entry (NAME=...) in place of NAME's, or at the end */
static int env_put(char *entry, size_t len)
{
	size_t n = env_count(), i = env_find(entry, len);

	if (i < n) {
		environ[i] = entry;
		return 0;
	}
	if (environ != env_heap) {
		char **e = malloc((n + 2) * sizeof *e);
		if (!e)
			goto nomem;
		if (n)
			memcpy(e, environ, n * sizeof *e);
		environ = env_heap = e;
	} else {
		char **e = realloc(env_heap, (n + 2) * sizeof *e);
		if (!e)
			goto nomem;
		environ = env_heap = e;
	}
	environ[n] = entry;
	environ[n + 1] = NULL;
	return 0;
nomem:
	errno = ENOMEM;
	return -1;
}

static int env_name_ok(const char *name)
{
	if (!name || !*name || strchr(name, '=')) {
		errno = EINVAL;
		return 0;
	}
	return 1;
}

/* The strings setenv makes are never freed: a program may still hold a
 * getenv pointer into one (glibc keeps them too). */
int setenv(const char *name, const char *value, int overwrite)
{
	size_t len, vlen;
	char *entry;

	if (!env_name_ok(name))
		return -1;
	len = strlen(name);
	if (env_find(name, len) < env_count() && !overwrite)
		return 0;
	vlen = strlen(value);
	entry = malloc(len + vlen + 2);
	if (!entry) {
		errno = ENOMEM;
		return -1;
	}
	memcpy(entry, name, len);
	entry[len] = '=';
	memcpy(entry + len + 1, value, vlen + 1);
	return env_put(entry, len);
}

int unsetenv(const char *name)
{
	size_t len, i, j;

	if (!env_name_ok(name))
		return -1;
	len = strlen(name);
	for (i = j = 0; environ && environ[i]; i++)
		if (strncmp(environ[i], name, len) || environ[i][len] != '=')
			environ[j++] = environ[i];
	if (environ)
		environ[j] = NULL;
	return 0;
}

/* the string itself becomes part of the environment; without '=' it
 * removes the name (glibc) */
int putenv(char *string)
{
	const char *eq = strchr(string, '=');

	if (!eq)
		return unsetenv(string);
	if (eq == string) {
		errno = EINVAL;
		return -1;
	}
	return env_put(string, (size_t)(eq - string));
}
