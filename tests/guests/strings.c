/* The string and memory functions of the libc (strlen strcmp strncmp strchr
 * strrchr strstr memcpy memmove memset memcmp snprintf strtol) on many
 * lengths and alignments, against byte-by-byte reference implementations
 * written here. Exit non-zero on any mismatch. */
#include <hsim/guest.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Keep the compiler from turning the reference loops back into libc calls. */
#define REF __attribute__((noinline, optimize("no-tree-loop-distribute-patterns")))

#define BUF 512
static unsigned char a[BUF + 64], b[BUF + 64], c[BUF + 64], d[BUF + 64];
static long errors, checks;

static uint32_t rs = 12345;
static uint32_t rnd(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 17;
	rs ^= rs << 5;
	return rs;
}

#define CHECK(cond, ...)                                                       \
	do {                                                                   \
		checks++;                                                      \
		if (!(cond)) {                                                 \
			if (errors++ < 20) {                                   \
				printf("FAIL line %d: ", __LINE__);            \
				printf(__VA_ARGS__);                           \
				printf("\n");                                  \
			}                                                      \
		}                                                              \
	} while (0)

static REF size_t ref_strlen(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static int sign(int x) { return (x > 0) - (x < 0); }

static REF int ref_strncmp(const char *x, const char *y, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char p = (unsigned char)x[i], q = (unsigned char)y[i];
		if (p != q)
			return p < q ? -1 : 1;
		if (!p)
			return 0;
	}
	return 0;
}

static REF int ref_memcmp(const void *x, const void *y, size_t n)
{
	const unsigned char *p = x, *q = y;
	for (size_t i = 0; i < n; i++)
		if (p[i] != q[i])
			return p[i] < q[i] ? -1 : 1;
	return 0;
}

static REF const char *ref_strchr(const char *s, int ch)
{
	for (;; s++) {
		if (*s == (char)ch)
			return s;
		if (!*s)
			return NULL;
	}
}

static REF const char *ref_strrchr(const char *s, int ch)
{
	const char *r = NULL;
	for (;; s++) {
		if (*s == (char)ch)
			r = s;
		if (!*s)
			return r;
	}
}

static REF const char *ref_strstr(const char *h, const char *n)
{
	size_t ln = ref_strlen(n);
	for (; *h || !ln; h++) {
		if (ref_strncmp(h, n, ln) == 0)
			return h;
		if (!*h)
			break;
	}
	return NULL;
}

static REF void ref_memmove(unsigned char *dst, const unsigned char *src, size_t n)
{
	if (dst < src)
		for (size_t i = 0; i < n; i++)
			dst[i] = src[i];
	else
		for (size_t i = n; i-- > 0;)
			dst[i] = src[i];
}

static REF void ref_memset(unsigned char *dst, int v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		dst[i] = (unsigned char)v;
}

/* Reference signed decimal / hex formatting; returns the length. */
static REF int ref_fmt(char *out, long long v, int base, int upper)
{
	char tmp[32];
	int n = 0, len = 0;
	unsigned long long u = v < 0 && base == 10 ? 0ull - (unsigned long long)v : (unsigned long long)v;
	const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	do {
		tmp[n++] = dig[u % base];
		u /= base;
	} while (u);
	if (v < 0 && base == 10)
		out[len++] = '-';
	while (n)
		out[len++] = tmp[--n];
	out[len] = 0;
	return len;
}

static REF long ref_strtol(const char *s, char **end, int base)
{
	const char *p = s;
	int neg = 0;
	while (*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
	    ((p[2] >= '0' && p[2] <= '9') || (p[2] >= 'a' && p[2] <= 'f') || (p[2] >= 'A' && p[2] <= 'F'))) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = p[0] == '0' ? 8 : 10;
	}
	unsigned long acc = 0;
	const char *start = p;
	for (;; p++) {
		int dv;
		if (*p >= '0' && *p <= '9') dv = *p - '0';
		else if (*p >= 'a' && *p <= 'z') dv = *p - 'a' + 10;
		else if (*p >= 'A' && *p <= 'Z') dv = *p - 'A' + 10;
		else break;
		if (dv >= base)
			break;
		acc = acc * base + dv; /* tests stay far from overflow */
	}
	if (end)
		*end = (char *)(p == start ? s : p);
	return neg ? -(long)acc : (long)acc;
}

static void fill(unsigned char *p, size_t n, int nonzero)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char v = (unsigned char)rnd();
		if (nonzero && !v)
			v = 'x';
		p[i] = v;
	}
}

static void test_strlen_strchr(void)
{
	for (size_t al = 0; al < 16; al++)
		for (size_t len = 0; len < 300; len += 1 + len / 16) {
			char *s = (char *)a + al;
			fill((unsigned char *)s, len, 1);
			s[len] = 0;
			s[len + 1] = 'Q';
			CHECK(strlen(s) == ref_strlen(s), "strlen al %zu len %zu: %zu", al, len, strlen(s));
			for (int k = 0; k < 4; k++) {
				int ch = k == 0 ? 0 : k == 1 ? 'Q' : k == 2 && len ? (unsigned char)s[len / 2] : (int)(rnd() & 0xff);
				CHECK(strchr(s, ch) == ref_strchr(s, ch), "strchr al %zu len %zu ch %d", al, len, ch);
				CHECK(strrchr(s, ch) == ref_strrchr(s, ch), "strrchr al %zu len %zu ch %d", al, len, ch);
			}
		}
}

static void test_cmp(void)
{
	for (size_t al1 = 0; al1 < 8; al1++)
		for (size_t al2 = 0; al2 < 8; al2 += 3)
			for (size_t len = 0; len < 200; len += 1 + len / 8) {
				char *x = (char *)a + al1, *y = (char *)b + al2;
				fill((unsigned char *)x, len, 1);
				memcpy(y, x, len);
				x[len] = y[len] = 0;
				CHECK(strcmp(x, y) == 0, "strcmp equal len %zu", len);
				CHECK(memcmp(x, y, len) == 0, "memcmp equal len %zu", len);
				if (len) {
					size_t pos = rnd() % len;
					/* differ at pos; include high-bit bytes (unsigned compare) */
					y[pos] = (char)(x[pos] ^ (rnd() & 1 ? 0x80 : 0x01));
					if (!y[pos])
						y[pos] = 1;
					CHECK(sign(strcmp(x, y)) == ref_strncmp(x, y, (size_t)-1),
					      "strcmp len %zu pos %zu", len, pos);
					CHECK(sign(memcmp(x, y, len)) == ref_memcmp(x, y, len),
					      "memcmp len %zu pos %zu", len, pos);
					for (size_t n = 0; n <= len + 1; n += 1 + n / 4)
						CHECK(sign(strncmp(x, y, n)) == ref_strncmp(x, y, n),
						      "strncmp len %zu pos %zu n %zu", len, pos, n);
					/* prefix: shorter string compares less */
					y[pos] = 0;
					CHECK(sign(strcmp(x, y)) == ref_strncmp(x, y, (size_t)-1),
					      "strcmp prefix len %zu pos %zu", len, pos);
				}
			}
}

static void test_strstr(void)
{
	static const char *hay[] = { "", "a", "abc", "aaaaab", "abababababc", "hello world",
				     "mississippi", "xyzxyzxyzxyz" };
	static const char *needle[] = { "", "a", "b", "ab", "abc", "aab", "ababc", "world",
					"issip", "ssippi", "zx", "xyzxyzxyzxyzx", "q" };
	for (size_t i = 0; i < sizeof hay / sizeof *hay; i++)
		for (size_t j = 0; j < sizeof needle / sizeof *needle; j++)
			CHECK(strstr(hay[i], needle[j]) == ref_strstr(hay[i], needle[j]),
			      "strstr(\"%s\", \"%s\")", hay[i], needle[j]);
	/* random strings over a tiny alphabet, so there are many partial matches */
	for (int t = 0; t < 300; t++) {
		char h[64], n[8];
		size_t lh = rnd() % 63, ln = rnd() % 6;
		for (size_t k = 0; k < lh; k++) h[k] = (char)('a' + rnd() % 3);
		for (size_t k = 0; k < ln; k++) n[k] = (char)('a' + rnd() % 3);
		h[lh] = n[ln] = 0;
		CHECK(strstr(h, n) == ref_strstr(h, n), "strstr(\"%s\", \"%s\")", h, n);
	}
}

static void test_mem(void)
{
	for (size_t sal = 0; sal < 16; sal++)
		for (size_t dal = 0; dal < 16; dal += 5)
			for (size_t len = 0; len < 400; len += 1 + len / 6) {
				fill(a, sizeof a, 0);
				fill(c, sizeof c, 0);
				memcpy(d, c, sizeof c);
				memcpy(c + dal, a + sal, len);
				ref_memmove(d + dal, a + sal, len);
				CHECK(ref_memcmp(c, d, sizeof c) == 0, "memcpy sal %zu dal %zu len %zu", sal, dal, len);
				int v = (int)(rnd() & 0xff);
				memset(c + sal, v, len);
				ref_memset(d + sal, v, len);
				CHECK(ref_memcmp(c, d, sizeof c) == 0, "memset al %zu len %zu v %d", sal, len, v);
			}
	/* memmove overlapping, both directions and every small distance */
	for (size_t len = 0; len < 300; len += 1 + len / 5)
		for (int dist = -40; dist <= 40; dist += (dist > -9 && dist < 9) ? 1 : 7) {
			fill(a, sizeof a, 0);
			memcpy(b, a, sizeof a);
			size_t src = 48, dst = (size_t)(48 + dist);
			if (dst + len > BUF || src + len > BUF)
				continue;
			void *r = memmove(a + dst, a + src, len);
			ref_memmove(b + dst, b + src, len);
			CHECK(r == a + dst, "memmove return");
			CHECK(ref_memcmp(a, b, sizeof a) == 0, "memmove len %zu dist %d", len, dist);
		}
}

static void test_snprintf(void)
{
	char out[64], ref[64];
	static const long long vals[] = { 0, 1, -1, 9, 10, -10, 99, 100, 12345, -65536,
					  2147483647LL, -2147483647LL - 1, 4294967295LL,
					  9223372036854775807LL, -9223372036854775807LL - 1 };
	for (size_t i = 0; i < sizeof vals / sizeof *vals + 200; i++) {
		long long v = i < sizeof vals / sizeof *vals ? vals[i]
			      : (long long)(((uint64_t)rnd() << 32 | rnd()) >> (rnd() % 64));
		int rl = ref_fmt(ref, v, 10, 0);
		int n = snprintf(out, sizeof out, "%lld", v);
		CHECK(n == rl && strcmp(out, ref) == 0, "snprintf %%lld: got \"%s\" want \"%s\"", out, ref);
		rl = ref_fmt(ref, v, 16, 0);
		n = snprintf(out, sizeof out, "%llx", (unsigned long long)v);
		CHECK(n == rl && strcmp(out, ref) == 0, "snprintf %%llx: got \"%s\" want \"%s\"", out, ref);
		rl = ref_fmt(ref, (int)v, 10, 0);
		n = snprintf(out, sizeof out, "%d", (int)v);
		CHECK(n == rl && strcmp(out, ref) == 0, "snprintf %%d: got \"%s\" want \"%s\"", out, ref);
		rl = ref_fmt(ref, (unsigned)v, 16, 1);
		n = snprintf(out, sizeof out, "%X", (unsigned)v);
		CHECK(n == rl && strcmp(out, ref) == 0, "snprintf %%X: got \"%s\" want \"%s\"", out, ref);
		/* truncation: the return value is the full length, output is cut */
		rl = ref_fmt(ref, v, 10, 0);
		for (size_t sz = 0; sz <= (size_t)rl + 1; sz++) {
			memset(out, '#', sizeof out);
			n = snprintf(out, sz, "%lld", v);
			int ok = n == rl;
			if (sz) {
				size_t keep = sz - 1 < (size_t)rl ? sz - 1 : (size_t)rl;
				ok = ok && ref_memcmp(out, ref, keep) == 0 && out[keep] == 0;
				if (keep + 1 < sizeof out)
					ok = ok && out[keep + 1] == (keep + 1 < sz ? out[keep + 1] : '#');
			} else {
				ok = ok && out[0] == '#';
			}
			CHECK(ok, "snprintf truncate %lld size %zu", v, sz);
		}
	}
	static const struct { const char *want; int n; } fixed[] = {
		{ "[   42]", 7 }, { "[42   ]", 7 }, { "[00042]", 7 }, { "[ff]", 4 },
		{ "[hello]", 7 }, { "[  abc]", 7 }, { "[x]", 3 }, { "[%]", 3 }, { "[0x1f]", 6 },
	};
	const char *got[9];
	static char bufs[9][32];
	snprintf(bufs[0], 32, "[%5d]", 42);
	snprintf(bufs[1], 32, "[%-5d]", 42);
	snprintf(bufs[2], 32, "[%05d]", 42);
	snprintf(bufs[3], 32, "[%x]", 255);
	snprintf(bufs[4], 32, "[%s]", "hello");
	snprintf(bufs[5], 32, "[%5s]", "abc");
	snprintf(bufs[6], 32, "[%c]", 'x');
	snprintf(bufs[7], 32, "[%%]");
	snprintf(bufs[8], 32, "[%#x]", 31);
	for (int i = 0; i < 9; i++) {
		got[i] = bufs[i];
		CHECK(strcmp(got[i], fixed[i].want) == 0 && (int)strlen(got[i]) == fixed[i].n,
		      "snprintf fixed %d: got \"%s\" want \"%s\"", i, got[i], fixed[i].want);
	}
}

static void test_strtol(void)
{
	static const char *cases[] = { "0", "1", "-1", "+7", "  42", "\t-123abc", "0x1F", "0X7fff",
				       "0755", "09", "", "-", "abc", "2147483647", "-2147483648",
				       "123456789012", "0x", "  +0x10zz", "1e5", "z" };
	static const int bases[] = { 0, 10, 16, 8, 2, 36 };
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		for (size_t j = 0; j < sizeof bases / sizeof *bases; j++) {
			char *e1, *e2;
			long v1 = strtol(cases[i], &e1, bases[j]);
			long v2 = ref_strtol(cases[i], &e2, bases[j]);
			CHECK(v1 == v2 && e1 == e2, "strtol(\"%s\", %d): got %ld end+%d want %ld end+%d",
			      cases[i], bases[j], v1, (int)(e1 - cases[i]), v2, (int)(e2 - cases[i]));
		}
	for (int t = 0; t < 500; t++) {
		char s[40];
		long v = (long)(((uint64_t)rnd() << 32 | rnd()) >> (1 + rnd() % 63));
		if (rnd() & 1)
			v = -v;
		int base = (int)(rnd() % 3);
		base = base == 0 ? 10 : base == 1 ? 16 : 8;
		if (base == 10)
			snprintf(s, sizeof s, "%ld", v);
		else if (base == 16)
			snprintf(s, sizeof s, "%s%lx", v < 0 ? "-" : "", (unsigned long)(v < 0 ? -v : v));
		else
			snprintf(s, sizeof s, "%s%lo", v < 0 ? "-" : "", (unsigned long)(v < 0 ? -v : v));
		char *e;
		long got = strtol(s, &e, base);
		CHECK(got == v && *e == 0, "strtol(\"%s\", %d) = %ld, want %ld", s, base, got, v);
	}
}

int main(void)
{
	test_strlen_strchr();
	test_cmp();
	test_strstr();
	test_mem();
	test_snprintf();
	test_strtol();
	printf("strings: %ld checks, %ld errors\n", checks, errors);
	printf(errors ? "strings: FAILED\n" : "strings: OK\n");
	return errors != 0;
}
