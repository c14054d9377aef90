/* Guest libc: memory and string functions. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* gcc turns byte loops into calls to memset/memcpy; inside those functions
 * that would be infinite recursion. */
#pragma GCC optimize("no-tree-loop-distribute-patterns")

/* Unaligned, aliasing-safe 8-byte access (x86 allows unaligned loads). */
typedef uint64_t __attribute__((may_alias, aligned(1))) u64u;
typedef uint64_t __attribute__((may_alias)) u64a;

#define ONES ((uint64_t)0x0101010101010101)
#define HIGHS ((uint64_t)0x8080808080808080)
#define HAS_ZERO(w) (((w) - ONES) & ~(w) & HIGHS)

/* From this size on, `rep movsb/stosb` (fast on every CPU with ERMS) wins. */
#define REP_MIN 256

void *memcpy(void *restrict d, const void *restrict s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;

	if (n >= REP_MIN) {
		__asm__ volatile("rep movsb" : "+D"(dp), "+S"(sp), "+c"(n) : : "memory");
		return d;
	}
	for (; n >= 8; n -= 8, dp += 8, sp += 8)
		*(u64u *)dp = *(const u64u *)sp;
	while (n--)
		*dp++ = *sp++;
	return d;
}

void *memmove(void *d, const void *s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;

	if ((uintptr_t)dp - (uintptr_t)sp >= n) {
		/* no overlap, or the destination is below the source */
		if (n >= REP_MIN) {
			__asm__ volatile("rep movsb" : "+D"(dp), "+S"(sp), "+c"(n) : : "memory");
			return d;
		}
		for (; n >= 8; n -= 8, dp += 8, sp += 8)
			*(u64u *)dp = *(const u64u *)sp;
		while (n--)
			*dp++ = *sp++;
		return d;
	}
	dp += n;
	sp += n;
	for (; n >= 8; n -= 8) {
		dp -= 8;
		sp -= 8;
		*(u64u *)dp = *(const u64u *)sp;
	}
	while (n--)
		*--dp = *--sp;
	return d;
}

void *memset(void *d, int c, size_t n)
{
	unsigned char *dp = d;
	uint64_t w = ONES * (unsigned char)c;

	if (n >= REP_MIN) {
		__asm__ volatile("rep stosb" : "+D"(dp), "+c"(n) : "a"(c) : "memory");
		return d;
	}
	for (; n >= 8; n -= 8, dp += 8)
		*(u64u *)dp = w;
	while (n--)
		*dp++ = (unsigned char)c;
	return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	for (; n >= 8; n -= 8, x += 8, y += 8) {
		uint64_t u = *(const u64u *)x, v = *(const u64u *)y;
		if (u != v) {
			u = __builtin_bswap64(u);
			v = __builtin_bswap64(v);
			return u < v ? -1 : 1;
		}
	}
	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

void *memrchr(const void *s, int c, size_t n)
{
	const unsigned char *p = (const unsigned char *)s + n;

	while (n--)
		if (*--p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

size_t strlen(const char *s)
{
	const char *p = s;
	const u64a *w;

	/* Aligned words never cross into an unmapped page. */
	for (; (uintptr_t)p & 7; p++)
		if (!*p)
			return (size_t)(p - s);
	for (w = (const u64a *)p; !HAS_ZERO(*w); w++)
		;
	for (p = (const char *)w; *p; p++)
		;
	return (size_t)(p - s);
}

size_t strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

int strcmp(const char *a, const char *b)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;

	while (*x && *x == *y) {
		x++;
		y++;
	}
	return *x - *y;
}

int strncmp(const char *a, const char *b, size_t n)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;

	for (; n; n--, x++, y++) {
		if (*x != *y)
			return *x - *y;
		if (!*x)
			return 0;
	}
	return 0;
}

int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}

int strcasecmp(const char *a, const char *b)
{
	return strncasecmp(a, b, (size_t)-1);
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;

	for (; n; n--, x++, y++) {
		int d = lower(*x) - lower(*y);
		if (d)
			return d;
		if (!*x)
			return 0;
	}
	return 0;
}

char *strcpy(char *restrict d, const char *restrict s)
{
	memcpy(d, s, strlen(s) + 1);
	return d;
}

char *stpcpy(char *restrict d, const char *restrict s)
{
	size_t n = strlen(s);

	memcpy(d, s, n + 1);
	return d + n;
}

char *strncpy(char *restrict d, const char *restrict s, size_t n)
{
	size_t k = strnlen(s, n);

	memcpy(d, s, k);
	memset(d + k, 0, n - k);
	return d;
}

char *strcat(char *restrict d, const char *restrict s)
{
	strcpy(d + strlen(d), s);
	return d;
}

char *strncat(char *restrict d, const char *restrict s, size_t n)
{
	char *e = d + strlen(d);
	size_t k = strnlen(s, n);

	memcpy(e, s, k);
	e[k] = '\0';
	return d;
}

char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}

char *strrchr(const char *s, int c)
{
	const char *r = NULL;

	for (;; s++) {
		if (*s == (char)c)
			r = s;
		if (!*s)
			return (char *)r;
	}
}

char *strstr(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	if (!n)
		return (char *)hay;
	for (; (hay = strchr(hay, *needle)) != NULL; hay++)
		if (!strncmp(hay, needle, n))
			return (char *)hay;
	return NULL;
}

size_t strspn(const char *s, const char *accept)
{
	size_t n = 0;

	while (s[n] && strchr(accept, s[n]))
		n++;
	return n;
}

size_t strcspn(const char *s, const char *reject)
{
	size_t n = 0;

	while (s[n] && !strchr(reject, s[n]))
		n++;
	return n;
}

char *strpbrk(const char *s, const char *accept)
{
	s += strcspn(s, accept);
	return *s ? (char *)s : NULL;
}

char *strdup(const char *s)
{
	return strndup(s, (size_t)-1);
}

char *strndup(const char *s, size_t n)
{
	size_t k = strnlen(s, n);
	char *d = malloc(k + 1);

	if (d) {
		memcpy(d, s, k);
		d[k] = '\0';
	}
	return d;
}

char *strtok_r(char *restrict s, const char *restrict delim, char **restrict save)
{
	char *end;

	if (!s)
		s = *save;
	if (!s)
		return NULL;
	s += strspn(s, delim);
	if (!*s) {
		*save = NULL;
		return NULL;
	}
	end = s + strcspn(s, delim);
	if (*end)
		*end++ = '\0';
	else
		end = NULL;
	*save = end;
	return s;
}

char *strtok(char *restrict s, const char *restrict delim)
{
	static char *save;

	return strtok_r(s, delim, &save);
}

char *strerror(int err)
{
	static const char *const msg[] = {
		[0] = "Success",
		[EPERM] = "Operation not permitted",
		[ENOENT] = "No such file or directory",
		[EINTR] = "Interrupted system call",
		[EIO] = "Input/output error",
		[E2BIG] = "Argument list too long",
		[EBADF] = "Bad file descriptor",
		[EAGAIN] = "Resource temporarily unavailable",
		[ENOMEM] = "Cannot allocate memory",
		[EACCES] = "Permission denied",
		[EFAULT] = "Bad address",
		[EBUSY] = "Device or resource busy",
		[EEXIST] = "File exists",
		[ENODEV] = "No such device",
		[EINVAL] = "Invalid argument",
		[ENOSPC] = "No space left on device",
		[EPIPE] = "Broken pipe",
		[EDOM] = "Numerical argument out of domain",
		[ERANGE] = "Numerical result out of range",
		[ENOSYS] = "Function not implemented",
		[ENOMSG] = "No message of desired type",
		[EOVERFLOW] = "Value too large for defined data type",
		[EILSEQ] = "Invalid or incomplete multibyte or wide character",
		[EMSGSIZE] = "Message too long",
		[ENOTSUP] = "Operation not supported",
		[ETIMEDOUT] = "Connection timed out",
		[ECANCELED] = "Operation canceled",
	};

	if (err >= 0 && (size_t)err < sizeof msg / sizeof msg[0] && msg[err])
		return (char *)msg[err];
	return (char *)"Unknown error";
}

int ffs(int x)
{
	unsigned u = (unsigned)x;

	return u ? 32 - __builtin_clz(u & -u) : 0; /* bsr, not tzcnt */
}

void bzero(void *d, size_t n)
{
	memset(d, 0, n);
}
