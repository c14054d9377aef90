/* Guest libc: memory and string functions.
 *
 * SSE2 (which every x86-64 guest has; hsim's CPUID stops there) 16 bytes at
 * a time. Reads past the end of a string stay inside the aligned 16-byte
 * block that holds its last byte, so they never touch a page the string
 * does not reach; unaligned 16-byte reads are made only where the bytes they
 * cover are known to be in bounds, or after checking that they do not cross
 * into the next page. Short copies use overlapping loads and stores of the
 * first and last bytes instead of loops. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* gcc turns byte loops into calls to memset/memcpy; inside those functions
 * that would be infinite recursion. */
#pragma GCC optimize("no-tree-loop-distribute-patterns")

/* Unaligned, aliasing-safe accesses (x86 allows unaligned loads). */
typedef uint64_t __attribute__((may_alias, aligned(1))) u64u;
typedef uint32_t __attribute__((may_alias, aligned(1))) u32u;
typedef uint16_t __attribute__((may_alias, aligned(1))) u16u;
typedef char v16 __attribute__((vector_size(16), may_alias));
typedef char v16u __attribute__((vector_size(16), may_alias, aligned(1)));

/* From this size on `rep movsb/stosb` (fast with ERMS) beats the 64-byte
 * loop; glibc's threshold on this kind of CPU is the same. */
#define REP_MIN 2048
#define PAGE 4096

/* The string functions' 16-byte loads may read past the end of a string,
 * never past its page (test_string's guard-page tests check that): safe,
 * but not what AddressSanitizer can know when the host tests build this
 * file with it, so the two loads are not instrumented. */
#if defined(__SANITIZE_ADDRESS__)
#define NO_ASAN __attribute__((no_sanitize_address))
#else
#define NO_ASAN
#endif

NO_ASAN static inline v16 load(const void *p) /* p 16-aligned */
{
	return *(const v16 *)p;
}

NO_ASAN static inline v16 loadu(const void *p)
{
	return *(const v16u *)p;
}

static inline void storeu(void *p, v16 v)
{
	*(v16u *)p = v;
}

static inline void store(void *p, v16 v) /* p 16-aligned */
{
	*(v16 *)p = v;
}

/* bit i set where byte i of a equals byte i of b */
static inline unsigned eq(v16 a, v16 b)
{
	return (unsigned)__builtin_ia32_pmovmskb128((v16)(a == b));
}

static inline v16 splat(int c)
{
	char b = (char)c;

	return (v16){ b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, b };
}

static inline v16 vmin(v16 a, v16 b) /* pminub */
{
	return __builtin_ia32_pminub128(a, b);
}

/* bit i set where byte i of v is zero */
static inline unsigned zeros(v16 v)
{
	return eq(v, splat(0));
}

/* the 64 bytes at p as one mask of bytes equal to c */
static inline uint64_t eq64(const void *p, v16 cc)
{
	const char *q = p;

	return eq(load(q), cc) | (uint64_t)eq(load(q + 16), cc) << 16 |
	       (uint64_t)eq(load(q + 32), cc) << 32 | (uint64_t)eq(load(q + 48), cc) << 48;
}

static inline unsigned ctz(unsigned m)
{
	return (unsigned)__builtin_ctz(m);
}

/* Would a 16-byte read at p cross into the next page? */
static inline int crosses_page(const void *p)
{
	return ((uintptr_t)p & (PAGE - 1)) > PAGE - 16;
}

/* n <= 32 bytes: every load before every store, so overlap is harmless. */
static inline void copy_small(unsigned char *d, const unsigned char *s, size_t n)
{
	if (n >= 16) {
		v16 a = loadu(s), b = loadu(s + n - 16);
		storeu(d, a);
		storeu(d + n - 16, b);
	} else if (n >= 8) {
		uint64_t a = *(const u64u *)s, b = *(const u64u *)(s + n - 8);
		*(u64u *)d = a;
		*(u64u *)(d + n - 8) = b;
	} else if (n >= 4) {
		uint32_t a = *(const u32u *)s, b = *(const u32u *)(s + n - 4);
		*(u32u *)d = a;
		*(u32u *)(d + n - 4) = b;
	} else if (n) {
		unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
		d[0] = a;
		d[n / 2] = b;
		d[n - 1] = c;
	}
}

/* 32 < n <= 128 bytes: the first and last 32 or 64, all loaded before
 * anything is stored, so any overlap is harmless. */
static inline void copy_mid(unsigned char *d, const unsigned char *s, size_t n)
{
	v16 a = loadu(s), b = loadu(s + 16), y = loadu(s + n - 32), z = loadu(s + n - 16);

	if (n > 64) {
		v16 c = loadu(s + 32), e = loadu(s + 48), w = loadu(s + n - 64), x = loadu(s + n - 48);
		storeu(d + 32, c);
		storeu(d + 48, e);
		storeu(d + n - 64, w);
		storeu(d + n - 48, x);
	}
	storeu(d, a);
	storeu(d + 16, b);
	storeu(d + n - 32, y);
	storeu(d + n - 16, z);
}

/* Forward copy of n > 32 bytes. The stores are 16-aligned (a store that
 * splits a cache line costs twice: memcpy of 1 KiB to an odd address was
 * 2x glibc's): the first 16 bytes go out last, unaligned, as do the last 16.
 * Both are read before anything is stored, and every other load comes
 * before the stores over it, so this is also right for d below an
 * overlapping s. */
static inline void copy_fwd(unsigned char *d, const unsigned char *s, size_t n)
{
	v16 head = loadu(s), tail = loadu(s + n - 16);
	unsigned char *start = d, *end = d + n - 16;
	size_t skip = 16 - ((uintptr_t)d & 15);

	d += skip;
	s += skip;
	n -= skip;
	for (; n > 64; n -= 64, d += 64, s += 64) {
		v16 a = loadu(s), b = loadu(s + 16), c = loadu(s + 32), e = loadu(s + 48);
		store(d, a);
		store(d + 16, b);
		store(d + 32, c);
		store(d + 48, e);
	}
	for (; n > 16; n -= 16, d += 16, s += 16)
		store(d, loadu(s));
	storeu(end, tail);
	storeu(start, head);
}

/* Backward copy of n > 32 bytes (d above an overlapping s), with 16-aligned
 * stores as copy_fwd's: the last bytes up to an aligned end, and the first
 * 16, go out last from what was read first. */
static inline void copy_bwd(unsigned char *d, const unsigned char *s, size_t n)
{
	v16 head = loadu(s), tail = loadu(s + n - 16);
	unsigned char *start = d, *end = d + n - 16;

	n -= (uintptr_t)(d + n) & 15;
	for (; n > 64; n -= 64) {
		v16 a = loadu(s + n - 16), b = loadu(s + n - 32), c = loadu(s + n - 48),
		    e = loadu(s + n - 64);
		store(d + n - 16, a);
		store(d + n - 32, b);
		store(d + n - 48, c);
		store(d + n - 64, e);
	}
	for (; n > 16; n -= 16)
		store(d + n - 16, loadu(s + n - 16));
	storeu(start, head);
	storeu(end, tail);
}

void *memcpy(void *restrict d, const void *restrict s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;

	if (n <= 32) {
		copy_small(dp, sp, n);
	} else if (n <= 128) {
		copy_mid(dp, sp, n);
	} else if (n < REP_MIN) {
		copy_fwd(dp, sp, n);
	} else {
		__asm__ volatile("rep movsb" : "+D"(dp), "+S"(sp), "+c"(n) : : "memory");
	}
	return d;
}

void *memmove(void *d, const void *s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;

	if (n <= 32) {
		copy_small(dp, sp, n);
	} else if (n <= 128) {
		copy_mid(dp, sp, n);
	} else if ((uintptr_t)dp - (uintptr_t)sp >= n) {
		/* no overlap, or the destination is below the source */
		if (n >= REP_MIN && (uintptr_t)sp - (uintptr_t)dp >= n)
			__asm__ volatile("rep movsb" : "+D"(dp), "+S"(sp), "+c"(n) : : "memory");
		else
			copy_fwd(dp, sp, n);
	} else {
		copy_bwd(dp, sp, n);
	}
	return d;
}

void *memset(void *d, int c, size_t n)
{
	unsigned char *dp = d;
	v16 v = splat(c);

	if (n >= 16) {
		unsigned char *end = dp + n - 16;

		if (n >= REP_MIN) {
			__asm__ volatile("rep stosb" : "+D"(dp), "+c"(n) : "a"(c) : "memory");
			return d;
		}
		for (; n > 64; n -= 64, dp += 64) {
			storeu(dp, v);
			storeu(dp + 16, v);
			storeu(dp + 32, v);
			storeu(dp + 48, v);
		}
		for (; n > 16; n -= 16, dp += 16)
			storeu(dp, v);
		storeu(end, v);
	} else if (n >= 8) {
		uint64_t w = 0x0101010101010101ull * (unsigned char)c;
		*(u64u *)dp = w;
		*(u64u *)(dp + n - 8) = w;
	} else if (n >= 4) {
		uint32_t w = 0x01010101u * (unsigned char)c;
		*(u32u *)dp = w;
		*(u32u *)(dp + n - 4) = w;
	} else if (n) {
		dp[0] = (unsigned char)c;
		dp[n / 2] = (unsigned char)c;
		dp[n - 1] = (unsigned char)c;
	}
	return d;
}

/* the sign of a comparison of the first differing bytes, as unsigned char */
static inline int diff_at(const unsigned char *x, const unsigned char *y, unsigned i)
{
	return x[i] - y[i];
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;
	unsigned m;

	if (n < 16) {
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
	for (; n > 64; n -= 64, x += 64, y += 64) {
		v16 e = (v16)(loadu(x) == loadu(y)) & (v16)(loadu(x + 16) == loadu(y + 16)) &
			(v16)(loadu(x + 32) == loadu(y + 32)) & (v16)(loadu(x + 48) == loadu(y + 48));
		if (__builtin_ia32_pmovmskb128(e) != 0xffff)
			break; /* the 16-byte steps below find where */
	}
	for (; n > 16; n -= 16, x += 16, y += 16) {
		m = eq(loadu(x), loadu(y)) ^ 0xffff;
		if (m)
			return diff_at(x, y, ctz(m));
	}
	/* the last 16 bytes, overlapping what was compared already */
	x += n - 16;
	y += n - 16;
	m = eq(loadu(x), loadu(y)) ^ 0xffff;
	return m ? diff_at(x, y, ctz(m)) : 0;
}

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;
	uintptr_t off = (uintptr_t)p & 15;
	v16 cc = splat(c);
	unsigned m;

	if (!n)
		return NULL;
	if (n > SIZE_MAX - 64) /* no bound: n + off below must not wrap */
		n = SIZE_MAX - 64;
	/* aligned blocks: reading the whole block never crosses a page; n
	 * counts the bytes from p that are to be searched */
	p -= off;
	n += off;
	m = eq(load(p), cc) >> off << off;
	for (;;) { /* 16 bytes at a time up to a 64-byte boundary */
		if (m)
			return ctz(m) < n ? (void *)(p + ctz(m)) : NULL;
		if (n <= 16)
			return NULL;
		p += 16;
		n -= 16;
		if (!((uintptr_t)p & 63))
			break;
		m = eq(load(p), cc);
	}
	for (; n > 64; p += 64, n -= 64) {
		v16 e = (v16)(load(p) == cc) | (v16)(load(p + 16) == cc) |
			(v16)(load(p + 32) == cc) | (v16)(load(p + 48) == cc);
		if (__builtin_ia32_pmovmskb128(e))
			break;
	}
	for (;;) {
		m = eq(load(p), cc);
		if (m)
			return ctz(m) < n ? (void *)(p + ctz(m)) : NULL;
		if (n <= 16)
			return NULL;
		p += 16;
		n -= 16;
	}
}

void *memrchr(const void *s, int c, size_t n)
{
	const unsigned char *p = (const unsigned char *)s + n;
	v16 cc = splat(c);

	for (; n >= 16; n -= 16) {
		unsigned m;

		p -= 16;
		m = eq(loadu(p), cc);
		if (m)
			return (void *)(p + 31 - __builtin_clz(m));
	}
	while (n--)
		if (*--p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

size_t strlen(const char *s)
{
	uintptr_t off = (uintptr_t)s & 15;
	const char *p = s - off;
	v16 z = splat(0);
	unsigned m = zeros(load(p)) >> off;

	if (m)
		return ctz(m);
	/* 16 bytes at a time up to a 64-byte boundary, then 64 */
	for (p += 16; (uintptr_t)p & 63; p += 16) {
		m = zeros(load(p));
		if (m)
			return (size_t)(p - s) + ctz(m);
	}
	for (;; p += 64) {
		v16 a = load(p), b = load(p + 16), c = load(p + 32), d = load(p + 48);
		if (eq(vmin(vmin(a, b), vmin(c, d)), z))
			return (size_t)(p - s) + (size_t)__builtin_ctzll(eq64(p, z));
	}
}

size_t strnlen(const char *s, size_t max)
{
	const char *z = memchr(s, 0, max);

	return z ? (size_t)(z - s) : max;
}

/* strcmp and strncmp read 16 bytes of each string at a time, unaligned;
 * near the end of a page they go byte by byte instead, since the string
 * may end there. */
/* zero where a and b differ or a ends */
static inline v16 cmp_stop(v16 a, v16 b)
{
	return vmin(a, (v16)(a == b));
}

/* bytes that both x and y can be read at without reaching a new page */
static inline size_t page_room(const void *x, const void *y)
{
	size_t rx = PAGE - ((uintptr_t)x & (PAGE - 1)), ry = PAGE - ((uintptr_t)y & (PAGE - 1));

	return rx < ry ? rx : ry;
}

int strcmp(const char *a, const char *b)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
	v16 z = splat(0);

	for (;;) {
		size_t room = page_room(x, y);
		unsigned m;

		for (; room >= 64; room -= 64, x += 64, y += 64) {
			v16 t = vmin(vmin(cmp_stop(loadu(x), loadu(y)), cmp_stop(loadu(x + 16), loadu(y + 16))),
				     vmin(cmp_stop(loadu(x + 32), loadu(y + 32)),
					  cmp_stop(loadu(x + 48), loadu(y + 48))));
			if (eq(t, z))
				break; /* the 16-byte steps find where */
		}
		for (; room >= 16; room -= 16, x += 16, y += 16) {
			m = zeros(cmp_stop(loadu(x), loadu(y)));
			if (m)
				return diff_at(x, y, ctz(m));
		}
		/* fewer than 16 bytes before one of them reaches a new page */
		for (; room; room--, x++, y++)
			if (*x != *y || !*x)
				return *x - *y;
	}
}

int strncmp(const char *a, const char *b, size_t n)
{
	const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
	v16 z = splat(0);

	while (n) {
		size_t room = page_room(x, y);
		unsigned m;

		for (; room >= 64 && n > 64; room -= 64, n -= 64, x += 64, y += 64) {
			v16 t = vmin(vmin(cmp_stop(loadu(x), loadu(y)), cmp_stop(loadu(x + 16), loadu(y + 16))),
				     vmin(cmp_stop(loadu(x + 32), loadu(y + 32)),
					  cmp_stop(loadu(x + 48), loadu(y + 48))));
			if (eq(t, z))
				break;
		}
		for (; room >= 16 && n; room -= 16, x += 16, y += 16) {
			m = zeros(cmp_stop(loadu(x), loadu(y)));
			if (m && ctz(m) < n)
				return diff_at(x, y, ctz(m));
			if (n <= 16)
				return 0;
			n -= 16;
		}
		for (; room && n; room--, n--, x++, y++)
			if (*x != *y || !*x)
				return *x - *y;
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

/* Copy s with its terminator to d in one pass; returns the terminator's
 * place in d. */
static char *copy_str(char *restrict d, const char *restrict s)
{
	uintptr_t off = (uintptr_t)s & 15;
	const char *p = s - off;
	v16 z = splat(0), v;
	unsigned m = eq(load(p), z) >> off;
	size_t n;

	if (m) {
		n = ctz(m);
		copy_small((unsigned char *)d, (const unsigned char *)s, n + 1);
		return d + n;
	}
	p += 16;
	v = load(p);
	m = eq(v, z);
	if (m) { /* at most 32 bytes */
		n = (size_t)(p - s) + ctz(m);
		copy_small((unsigned char *)d, (const unsigned char *)s, n + 1);
		return d + n;
	}
	/* at least 17 bytes from here on */
	storeu(d, loadu(s));
	for (;;) {
		storeu(d + (p - s), v);
		p += 16;
		v = load(p);
		m = eq(v, z);
		if (m)
			break;
	}
	n = (size_t)(p - s) + ctz(m);
	storeu(d + n - 15, loadu(s + n - 15)); /* the last 16, terminator included */
	return d + n;
}

char *strcpy(char *restrict d, const char *restrict s)
{
	copy_str(d, s);
	return d;
}

char *stpcpy(char *restrict d, const char *restrict s)
{
	return copy_str(d, s);
}

char *strncpy(char *restrict d, const char *restrict s, size_t n)
{
	size_t k = strnlen(s, n);

	memcpy(d, s, k);
	memset(d + k, 0, n - k);
	return d;
}

char *stpncpy(char *restrict d, const char *restrict s, size_t n)
{
	size_t k = strnlen(s, n);

	memcpy(d, s, k);
	memset(d + k, 0, n - k);
	return d + k;
}

char *strcat(char *restrict d, const char *restrict s)
{
	copy_str(d + strlen(d), s);
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
	uintptr_t off = (uintptr_t)s & 15;
	const char *p = s - off;
	v16 z = splat(0), cc = splat(c), v = load(p);
	unsigned m = zeros(vmin(v ^ cc, v)) >> off << off; /* c or the end */

	if (!m) {
		for (p += 16; (uintptr_t)p & 63; p += 16) {
			v = load(p);
			m = zeros(vmin(v ^ cc, v));
			if (m)
				goto found;
		}
		for (;; p += 64) {
			v16 a = load(p), b = load(p + 16), c2 = load(p + 32), d = load(p + 48);
			v16 t = vmin(vmin(vmin(a ^ cc, a), vmin(b ^ cc, b)),
				     vmin(vmin(c2 ^ cc, c2), vmin(d ^ cc, d)));
			if (eq(t, z))
				break;
		}
		for (;; p += 16) {
			v = load(p);
			m = zeros(vmin(v ^ cc, v));
			if (m)
				break;
		}
	}
found:
	p += ctz(m);
	return *p == (char)c ? (char *)p : NULL;
}

char *strchrnul(const char *s, int c)
{
	char *r = strchr(s, c);

	return r ? r : (char *)s + strlen(s);
}

/* the last byte equal to c in the 64 bytes at p */
static const char *last_in64(const char *p, v16 cc)
{
	return p + 63 - __builtin_clzll(eq64(p, cc));
}

char *strrchr(const char *s, int c)
{
	uintptr_t off = (uintptr_t)s & 15;
	const char *p = s - off, *r = NULL, *hit64 = NULL;
	v16 z = splat(0), cc = splat(c), v = load(p);
	unsigned zm = zeros(v) >> off << off, cm = eq(v, cc) >> off << off;

	if (!(char)c)
		return (char *)s + strlen(s);
	for (;;) {
		if (zm) {
			cm &= zm ^ (zm - 1); /* bytes up to the terminator */
			if (cm)
				return (char *)p + 31 - __builtin_clz(cm);
			if (r)
				return (char *)r;
			return hit64 ? (char *)last_in64(hit64, cc) : NULL;
		}
		if (cm) {
			r = p + 31 - __builtin_clz(cm);
			hit64 = NULL;
		}
		p += 16;
		if (!((uintptr_t)p & 63)) {
			/* 64 bytes at a time while no terminator is in them,
			 * remembering the last 64 that hold c */
			for (;; p += 64) {
				v16 a = load(p), b = load(p + 16), c2 = load(p + 32), d = load(p + 48);
				if (eq(vmin(vmin(a, b), vmin(c2, d)), z))
					break;
				if (__builtin_ia32_pmovmskb128((v16)(a == cc) | (v16)(b == cc) |
								(v16)(c2 == cc) | (v16)(d == cc))) {
					hit64 = p;
					r = NULL;
				}
			}
		}
		v = load(p);
		zm = zeros(v);
		cm = eq(v, cc);
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

/* byte sets as a 256-bit map */
struct byteset {
	uint64_t w[4];
};

static void set_of(struct byteset *b, const char *chars)
{
	const unsigned char *c = (const unsigned char *)chars;

	b->w[0] = b->w[1] = b->w[2] = b->w[3] = 0;
	for (; *c; c++)
		b->w[*c >> 6] |= (uint64_t)1 << (*c & 63);
}

static int in_set(const struct byteset *b, unsigned char c)
{
	return (b->w[c >> 6] >> (c & 63)) & 1;
}

size_t strspn(const char *s, const char *accept)
{
	const unsigned char *p = (const unsigned char *)s;
	struct byteset b;

	set_of(&b, accept); /* the terminator is not in the set */
	while (in_set(&b, *p))
		p++;
	return (size_t)(p - (const unsigned char *)s);
}

size_t strcspn(const char *s, const char *reject)
{
	const unsigned char *p = (const unsigned char *)s;
	struct byteset b;

	if (!reject[0])
		return strlen(s);
	if (!reject[1])
		return (size_t)(strchrnul(s, reject[0]) - s);
	set_of(&b, reject);
	b.w[0] |= 1; /* stop at the terminator too */
	while (!in_set(&b, *p))
		p++;
	return (size_t)(p - (const unsigned char *)s);
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
		/* what remove, rename, lseek, isatty, fdopen say (posix.c, stdio.c) */
		[EROFS] = "Read-only file system",
		[ESPIPE] = "Illegal seek",
		[ENOTTY] = "Inappropriate ioctl for device",
		[EMFILE] = "Too many open files",
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

/* ---- POSIX, BSD and GNU additions ----------------------------------------- */

#include <stdio.h>

char *index(const char *s, int c)
{
	return strchr(s, c);
}

char *rindex(const char *s, int c)
{
	return strrchr(s, c);
}

void bcopy(const void *s, void *d, size_t n)
{
	memmove(d, s, n);
}

int bcmp(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n) != 0;
}

/* The token up to the first delimiter; *s moves past it, or becomes NULL
 * after the last token (an empty token between two delimiters counts). */
char *strsep(char **restrict s, const char *restrict delim)
{
	char *tok = *s, *end;

	if (!tok)
		return NULL;
	end = tok + strcspn(tok, delim);
	if (*end) {
		*end = 0;
		*s = end + 1;
	} else {
		*s = NULL;
	}
	return tok;
}

/* glibc's: an empty needle is found at the start, even of an empty hay. */
void *memmem(const void *hay, size_t hn, const void *needle, size_t nn)
{
	const unsigned char *h = hay, *n = needle, *end;

	if (!nn)
		return (void *)hay;
	if (nn > hn)
		return NULL;
	end = h + (hn - nn);
	while (h <= end) {
		h = memchr(h, n[0], (size_t)(end - h) + 1);
		if (!h)
			return NULL;
		if (!memcmp(h + 1, n + 1, nn - 1))
			return (void *)h;
		h++;
	}
	return NULL;
}

void *memccpy(void *restrict d, const void *restrict s, int c, size_t n)
{
	const unsigned char *p = memchr(s, c, n);

	if (p) {
		size_t k = (size_t)(p - (const unsigned char *)s) + 1;
		memcpy(d, s, k);
		return (unsigned char *)d + k;
	}
	memcpy(d, s, n);
	return NULL;
}

void *rawmemchr(const void *s, int c)
{
	const unsigned char *p = s;

	if (!(unsigned char)c)
		return (void *)(p + strlen(s));
	while (*p != (unsigned char)c)
		p++;
	return (void *)p;
}

/* strerror's text, or glibc's "Unknown error N" in buf */
static const char *error_text(int err, char *buf, size_t n)
{
	const char *s = strerror(err);

	if (strcmp(s, "Unknown error"))
		return s;
	if (n)
		snprintf(buf, n, "Unknown error %d", err);
	return NULL;
}

/* GNU's: the text (maybe not in buf). string.h declares POSIX's under
 * this name unless _GNU_SOURCE, so this one is named by its symbol. */
char *gnu_strerror_r(int err, char *buf, size_t n) __asm__("strerror_r");
char *gnu_strerror_r(int err, char *buf, size_t n)
{
	const char *s = error_text(err, buf, n);

	return s ? (char *)s : buf;
}

/* POSIX's (string.h names it strerror_r without _GNU_SOURCE, as glibc):
 * 0, EINVAL for an unknown number, ERANGE when buf is too small (it still
 * holds as much as fits). */
int __xpg_strerror_r(int err, char *buf, size_t n);
int __xpg_strerror_r(int err, char *buf, size_t n)
{
	const char *s = error_text(err, buf, n);
	size_t len;

	if (!s)
		return EINVAL;
	if (!n)
		return ERANGE;
	len = strlen(s);
	if (len >= n) {
		memcpy(buf, s, n - 1);
		buf[n - 1] = 0;
		return ERANGE;
	}
	memcpy(buf, s, len + 1);
	return 0;
}

/* glibc's descriptions of Linux's signals */
char *strsignal(int sig)
{
	static const char *const text[] = {
		[1] = "Hangup", "Interrupt", "Quit", "Illegal instruction",
		"Trace/breakpoint trap", "Aborted", "Bus error",
		"Floating point exception", "Killed", "User defined signal 1",
		"Segmentation fault", "User defined signal 2", "Broken pipe",
		"Alarm clock", "Terminated", "Stack fault", "Child exited",
		"Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)",
		"Stopped (tty output)", "Urgent I/O condition",
		"CPU time limit exceeded", "File size limit exceeded",
		"Virtual timer expired", "Profiling timer expired",
		"Window changed", "I/O possible", "Power failure",
		"Bad system call",
	};
	static char buf[40];

	if (sig > 0 && sig < (int)(sizeof text / sizeof text[0]))
		return (char *)text[sig];
	if (sig >= 34 && sig <= 64) /* SIGRTMIN (glibc keeps 32 and 33) */
		snprintf(buf, sizeof buf, "Real-time signal %d", sig - 34);
	else
		snprintf(buf, sizeof buf, "Unknown signal %d", sig);
	return buf;
}

/* BSD's: copy what fits, always terminated (n > 0); the length of s */
size_t strlcpy(char *restrict d, const char *restrict s, size_t n)
{
	size_t len = strlen(s);

	if (n) {
		size_t k = len < n - 1 ? len : n - 1;
		memcpy(d, s, k);
		d[k] = 0;
	}
	return len;
}

size_t strlcat(char *restrict d, const char *restrict s, size_t n)
{
	size_t dl = strnlen(d, n);

	if (dl == n)
		return n + strlen(s);
	return dl + strlcpy(d + dl, s, n - dl);
}

/* memset the compiler may not drop as a dead store */
void explicit_bzero(void *d, size_t n)
{
	memset(d, 0, n);
	__asm__ volatile("" : : "r"(d) : "memory");
}
