/* Unit test of the guest libc's memory and string functions
 * (sdk/libc/string.c, built here on the host under hsim_ names): every
 * result must match the host glibc's, for every alignment of source and
 * destination 0..63, every length 0..300 and some large ones, the
 * terminator or the difference at every position, bytes >= 0x80 (the sign
 * of comparisons is that of unsigned char), and strings that end right
 * before an unmapped page (a read past the end there would fault). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>
#include <cmocka.h>

#define memcpy hsim_memcpy
#define memmove hsim_memmove
#define memset hsim_memset
#define memcmp hsim_memcmp
#define memchr hsim_memchr
#define memrchr hsim_memrchr
#define strlen hsim_strlen
#define strnlen hsim_strnlen
#define strcmp hsim_strcmp
#define strncmp hsim_strncmp
#define strcoll hsim_strcoll
#define strcasecmp hsim_strcasecmp
#define strncasecmp hsim_strncasecmp
#define strcpy hsim_strcpy
#define stpcpy hsim_stpcpy
#define strncpy hsim_strncpy
#define stpncpy hsim_stpncpy
#define strcat hsim_strcat
#define strncat hsim_strncat
#define strchr hsim_strchr
#define strchrnul hsim_strchrnul
#define strrchr hsim_strrchr
#define strstr hsim_strstr
#define strspn hsim_strspn
#define strcspn hsim_strcspn
#define strpbrk hsim_strpbrk
#define strdup hsim_strdup
#define strndup hsim_strndup
#define strtok_r hsim_strtok_r
#define strtok hsim_strtok
#define strerror hsim_strerror
#define ffs hsim_ffs
#define bzero hsim_bzero
/* used in string.c before their definitions */
int hsim_strncasecmp(const char *a, const char *b, size_t n);
char *hsim_strndup(const char *s, size_t n);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-prototypes"
#include "../../sdk/libc/string.c"
#pragma GCC diagnostic pop
#undef memcpy
#undef memmove
#undef memset
#undef memcmp
#undef memchr
#undef memrchr
#undef strlen
#undef strnlen
#undef strcmp
#undef strncmp
#undef strcoll
#undef strcasecmp
#undef strncasecmp
#undef strcpy
#undef stpcpy
#undef strncpy
#undef stpncpy
#undef strcat
#undef strncat
#undef strchr
#undef strchrnul
#undef strrchr
#undef strstr
#undef strspn
#undef strcspn
#undef strpbrk
#undef strdup
#undef strndup
#undef strtok_r
#undef strtok
#undef strerror
#undef ffs
#undef bzero

#define ALIGNS 64
#define LENS 300
#define PAD 64
#define BUFSZ (PAD + ALIGNS + LENS + PAD + 16)

static unsigned long failures, checks;

#define CHECK(cond, ...)                                                     \
	do {                                                                 \
		checks++;                                                    \
		if (!(cond) && ++failures <= 20)                             \
			print_error(__VA_ARGS__), print_error("\n");                        \
	} while (0)

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static unsigned rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 11);
}

/* nonzero bytes, half of them >= 0x80 */
static unsigned char rbyte(void)
{
	return (unsigned char)(rnd() % 255 + 1);
}

static _Alignas(64) unsigned char src[BUFSZ], dst[BUFSZ], want[BUFSZ];

static void fill(unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		b[i] = rbyte();
}

static void test_copy_set(void **state)
{
	(void)state;
	fill(src, sizeof src);
	for (int sa = 0; sa < ALIGNS; sa++)
		for (int da = 0; da < ALIGNS; da++)
			for (int n = 0; n <= LENS; n++) {
				unsigned char *s = src + PAD + sa, *d = dst + PAD + da;
				fill(dst, sizeof dst);
				memcpy(want, dst, sizeof dst);
				memcpy(want + PAD + da, s, (size_t)n);
				CHECK(hsim_memcpy(d, s, (size_t)n) == d, "memcpy return");
				CHECK(!memcmp(dst, want, sizeof dst), "memcpy sa %d da %d n %d", sa, da, n);
				if (sa == 0) {
					memset(want + PAD + da, sa + n, (size_t)n);
					CHECK(hsim_memset(d, 0x100 + sa + n, (size_t)n) == d, "memset return");
					CHECK(!memcmp(dst, want, sizeof dst), "memset da %d n %d", da, n);
				}
			}
}

static void test_large(void **state)
{
	static const size_t sizes[] = { 511, 1024, 2047, 2048, 2049, 4095, 4096, 4097,
					65536 + 33, 1 << 20 };
	size_t max = (1 << 20) + 128;
	unsigned char *a = malloc(max), *b = malloc(max), *c = malloc(max);

	(void)state;
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(c);
	fill(a, max);
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		for (int off = 0; off < 64; off += 7) {
			size_t n = sizes[i];
			fill(b, max);
			memcpy(c, b, max);
			memcpy(c + off, a + 64 - off, n);
			hsim_memcpy(b + off, a + 64 - off, n);
			CHECK(!memcmp(b, c, max), "memcpy large %zu off %d", n, off);
			memset(c + off, off, n);
			hsim_memset(b + off, off, n);
			CHECK(!memcmp(b, c, max), "memset large %zu off %d", n, off);
			/* overlapping moves both ways */
			memmove(c + off + 3, c, n);
			hsim_memmove(b + off + 3, b, n);
			CHECK(!memcmp(b, c, max), "memmove up large %zu off %d", n, off);
			memmove(c, c + off + 5, n);
			hsim_memmove(b, b + off + 5, n);
			CHECK(!memcmp(b, c, max), "memmove down large %zu off %d", n, off);
			memcpy(b, a, max);
			memcpy(c, a, max);
			b[n - 1 - (size_t)off] ^= 0x80;
			CHECK(sign(hsim_memcmp(b, c, n)) == sign(memcmp(b, c, n)), "memcmp large %zu", n);
			b[n - 1 - (size_t)off] ^= 0x80;
			CHECK(hsim_memcmp(b, c, n) == 0, "memcmp large equal %zu", n);
			b[n / 2] = 0;
			CHECK(hsim_memchr(b + off, 0, n) == memchr(b + off, 0, n), "memchr large %zu", n);
			CHECK(hsim_memrchr(b + off, 0, n) == memrchr(b + off, 0, n), "memrchr large %zu", n);
			/* long strings: b with its terminator at n / 2 */
			memcpy(c, b, max);
			CHECK(hsim_strlen((char *)b + off) == strlen((char *)b + off), "strlen large %zu", n);
			CHECK(hsim_strchr((char *)b + off, b[n / 3]) == strchr((char *)b + off, b[n / 3]) &&
			      hsim_strchr((char *)b + off, 0x100) == strchr((char *)b + off, 0),
			      "strchr large %zu", n);
			CHECK(hsim_strrchr((char *)b + off, b[n / 3]) == strrchr((char *)b + off, b[n / 3]) &&
			      hsim_strrchr((char *)b + off, b[5]) == strrchr((char *)b + off, b[5]),
			      "strrchr large %zu", n);
			CHECK(hsim_strcmp((char *)b + off, (char *)c + off) == 0, "strcmp large equal %zu", n);
			c[n / 2 - 1] ^= 0x80;
			CHECK(sign(hsim_strcmp((char *)b + off, (char *)c + off)) ==
				      sign(strcmp((char *)b + off, (char *)c + off)) &&
			      sign(hsim_strncmp((char *)b + off, (char *)c + 3, n)) ==
				      sign(strncmp((char *)b + off, (char *)c + 3, n)) &&
			      hsim_strncmp((char *)b + off, (char *)c + off, n / 2 - 1 - (size_t)off) == 0,
			      "strcmp large %zu", n);
		}
	free(a);
	free(b);
	free(c);
}

static void test_memmove(void **state)
{
	static unsigned char buf[LENS + 2 * 128], ref[sizeof buf];

	(void)state;
	for (int delta = -70; delta <= 70; delta++)
		for (int n = 0; n <= LENS; n++)
			for (int base = 72; base < 80; base += 3) {
				fill(buf, sizeof buf);
				memcpy(ref, buf, sizeof buf);
				memmove(ref + base + delta, ref + base, (size_t)n);
				CHECK(hsim_memmove(buf + base + delta, buf + base, (size_t)n) ==
					      buf + base + delta, "memmove return");
				CHECK(!memcmp(buf, ref, sizeof buf), "memmove delta %d n %d base %d",
				      delta, n, base);
			}
}

static void test_memcmp_chr(void **state)
{
	(void)state;
	for (int a = 0; a < ALIGNS; a++)
		for (int b = 0; b < ALIGNS; b += (a < 16 ? 1 : 5))
			for (int n = 0; n <= LENS; n++) {
				unsigned char *x = src + PAD + a, *y = dst + PAD + b;
				int p = n ? (int)(rnd() % (unsigned)n) : 0;
				fill(x, (size_t)n);
				memcpy(y, x, (size_t)n);
				CHECK(hsim_memcmp(x, y, (size_t)n) == 0, "memcmp equal a %d b %d n %d", a, b, n);
				if (!n)
					continue;
				/* a difference at p, one byte above or below 0x80 */
				y[p] = (unsigned char)(x[p] ^ (rnd() & 1 ? 0x80 : 0x01));
				CHECK(sign(hsim_memcmp(x, y, (size_t)n)) == sign(memcmp(x, y, (size_t)n)),
				      "memcmp a %d b %d n %d p %d", a, b, n, p);
				CHECK(sign(hsim_memcmp(x, y, (size_t)p)) == 0, "memcmp before p");
				/* memchr: the byte at p, first occurrence */
				CHECK(hsim_memchr(x, x[p], (size_t)n) == memchr(x, x[p], (size_t)n),
				      "memchr a %d n %d p %d", a, n, p);
				CHECK(hsim_memchr(x, x[p], (size_t)p) == memchr(x, x[p], (size_t)p),
				      "memchr short a %d n %d p %d", a, n, p);
				CHECK(hsim_memrchr(x, x[p], (size_t)n) == memrchr(x, x[p], (size_t)n),
				      "memrchr a %d n %d p %d", a, n, p);
				CHECK(hsim_memchr(x, 0x100 + x[p], (size_t)n) == memchr(x, x[p], (size_t)n),
				      "memchr c as unsigned char");
			}
}

/* a string of n nonzero bytes at s, then the terminator, then junk */
static void make_str(unsigned char *s, int n)
{
	fill(s, (size_t)n + 40);
	s[n] = 0;
}

static void test_str_scan(void **state)
{
	(void)state;
	for (int a = 0; a < ALIGNS; a++)
		for (int n = 0; n <= LENS; n++) {
			char *s = (char *)src + PAD + a;
			int p = n ? (int)(rnd() % (unsigned)n) : 0;
			int c;
			make_str((unsigned char *)s, n);
			c = (unsigned char)s[p];
			CHECK(hsim_strlen(s) == (size_t)n, "strlen a %d n %d", a, n);
			CHECK(hsim_strnlen(s, (size_t)p) == strnlen(s, (size_t)p), "strnlen a %d n %d", a, n);
			CHECK(hsim_strnlen(s, (size_t)-1) == (size_t)n, "strnlen unbounded a %d n %d", a, n);
			CHECK(hsim_strchr(s, c) == strchr(s, c), "strchr a %d n %d p %d", a, n, p);
			CHECK(hsim_strchr(s, 0) == s + n, "strchr nul a %d n %d", a, n);
			CHECK(hsim_strchr(s, (unsigned char)s[n + 1]) == strchr(s, (unsigned char)s[n + 1]),
			      "strchr after the end a %d n %d", a, n);
			CHECK(hsim_strrchr(s, c) == strrchr(s, c), "strrchr a %d n %d p %d", a, n, p);
			CHECK(hsim_strrchr(s, 0) == s + n, "strrchr nul");
			CHECK(hsim_strrchr(s, (unsigned char)s[n + 1]) == strrchr(s, (unsigned char)s[n + 1]),
			      "strrchr after the end a %d n %d", a, n);
			CHECK(hsim_strchrnul(s, c + 1) == strchrnul(s, c + 1), "strchrnul a %d n %d", a, n);
			CHECK(hsim_strspn(s, "\x80\x81\x82\xff") == strspn(s, "\x80\x81\x82\xff"), "strspn");
			CHECK(hsim_strcspn(s, "ab\xfe") == strcspn(s, "ab\xfe"), "strcspn");
			CHECK(hsim_strcspn(s, "\xfe") == strcspn(s, "\xfe"), "strcspn 1");
		}
}

static void test_str_copy(void **state)
{
	(void)state;
	for (int sa = 0; sa < ALIGNS; sa++)
		for (int da = 0; da < ALIGNS; da += (sa < 16 ? 1 : 7))
			for (int n = 0; n <= LENS; n++) {
				char *s = (char *)src + PAD + sa, *d = (char *)dst + PAD + da;
				int k = (int)(rnd() % (LENS + 20));
				make_str((unsigned char *)s, n);
				fill(dst, sizeof dst);
				memcpy(want, dst, sizeof dst);
				strcpy((char *)want + PAD + da, s);
				CHECK(hsim_strcpy(d, s) == d, "strcpy return");
				CHECK(!memcmp(dst, want, sizeof dst), "strcpy sa %d da %d n %d", sa, da, n);
				CHECK(hsim_stpcpy(d, s) == d + n, "stpcpy return sa %d da %d n %d", sa, da, n);
				CHECK(!memcmp(dst, want, sizeof dst), "stpcpy sa %d da %d n %d", sa, da, n);
				if (k > LENS + 16 - da)
					k = LENS + 16 - da;
				/* glibc's strncpy is the reference: a copy that may not
				 * end in a NUL is the point (gcc warns of it when the
				 * sanitizers are on) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
				strncpy((char *)want + PAD + da, s, (size_t)k);
#pragma GCC diagnostic pop
				CHECK(hsim_strncpy(d, s, (size_t)k) == d, "strncpy return");
				CHECK(!memcmp(dst, want, sizeof dst), "strncpy sa %d da %d n %d k %d", sa, da, n, k);
				/* strcat onto a short prefix */
				d[0] = 'x';
				d[1] = 0;
				want[PAD + da] = 'x';
				want[PAD + da + 1] = 0;
				if (n + 2 + da < LENS + 16) {
					strcat((char *)want + PAD + da, s);
					CHECK(hsim_strcat(d, s) == d, "strcat return");
					CHECK(!memcmp(dst, want, sizeof dst), "strcat sa %d da %d n %d", sa, da, n);
				}
			}
}

static void test_str_cmp(void **state)
{
	(void)state;
	for (int a = 0; a < ALIGNS; a++)
		for (int b = 0; b < ALIGNS; b += (a < 16 ? 1 : 5))
			for (int n = 0; n <= LENS; n += (n < 70 ? 1 : 7)) {
				char *x = (char *)src + PAD + a, *y = (char *)dst + PAD + b;
				int p = (int)(rnd() % (unsigned)(n + 1)), k = (int)(rnd() % (unsigned)(n + 20));
				make_str((unsigned char *)x, n);
				memcpy(y, x, (size_t)n + 40);
				CHECK(hsim_strcmp(x, y) == 0, "strcmp equal a %d b %d n %d", a, b, n);
				CHECK(hsim_strncmp(x, y, (size_t)k) == 0, "strncmp equal");
				/* differ at p: a byte, or the terminator of one of them */
				switch (rnd() % 3) {
				case 0: y[p] = (char)(y[p] ^ 0x80); break;
				case 1: y[p] = (char)(y[p] == 1 ? 2 : y[p] - 1); break;
				default: y[p] = 0; break;
				}
				CHECK(sign(hsim_strcmp(x, y)) == sign(strcmp(x, y)), "strcmp a %d b %d n %d p %d",
				      a, b, n, p);
				CHECK(sign(hsim_strcmp(y, x)) == sign(strcmp(y, x)), "strcmp swapped");
				CHECK(sign(hsim_strncmp(x, y, (size_t)k)) == sign(strncmp(x, y, (size_t)k)),
				      "strncmp a %d b %d n %d p %d k %d", a, b, n, p, k);
				CHECK(sign(hsim_strncmp(x, y, (size_t)p)) == 0, "strncmp before p");
				CHECK(sign(hsim_strcasecmp(x, y)) == sign(strcasecmp(x, y)), "strcasecmp");
			}
}

/* Strings whose terminator is the last byte before a PROT_NONE page. */
static void test_guard_page(void **state)
{
	long pg = sysconf(_SC_PAGESIZE);
	unsigned char *m = mmap(NULL, (size_t)pg * 4, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *end1, *end2;

	(void)state;
	assert_true(m != MAP_FAILED);
	assert_int_equal(mprotect(m + pg, (size_t)pg, PROT_NONE), 0);
	assert_int_equal(mprotect(m + 3 * pg, (size_t)pg, PROT_NONE), 0);
	end1 = m + pg;
	end2 = m + 3 * pg;
	for (int n = 0; n <= LENS; n++)
		for (int m2 = 0; m2 <= 40; m2 += 13) {
			char *x = (char *)end1 - n - 1, *y = (char *)end2 - n - 1 - m2;
			char d[LENS + 1];
			fill((unsigned char *)x - 40, 40); /* junk before */
			for (int i = 0; i < n; i++)
				x[i] = (char)rbyte();
			x[n] = 0;
			memcpy(y, x, (size_t)n + 1);
			CHECK(hsim_strlen(x) == (size_t)n, "guard strlen %d", n);
			CHECK(hsim_strnlen(x, (size_t)n + 100) == (size_t)n, "guard strnlen %d", n);
			CHECK(hsim_memchr(x, 0, (size_t)n + 1) == x + n, "guard memchr %d", n);
			CHECK(hsim_memchr(x, 0x1ff, (size_t)n + 1) == memchr(x, 0xff, (size_t)n + 1),
			      "guard memchr miss %d", n);
			CHECK(hsim_memrchr(x, 0, (size_t)n + 1) == x + n, "guard memrchr %d", n);
			CHECK(hsim_strchr(x, 0x7f) == strchr(x, 0x7f), "guard strchr %d", n);
			CHECK(hsim_strrchr(x, 0x81) == strrchr(x, 0x81), "guard strrchr %d", n);
			CHECK(hsim_strcmp(x, y) == 0, "guard strcmp %d", n);
			CHECK(hsim_strncmp(x, y, (size_t)n + 10) == 0, "guard strncmp %d", n);
			CHECK(hsim_memcmp(x, y, (size_t)n + 1) == 0, "guard memcmp %d", n);
			CHECK(hsim_strcasecmp(x, y) == 0, "guard strcasecmp %d", n);
			CHECK(hsim_strspn(x, "\x01") == strspn(x, "\x01"), "guard strspn %d", n);
			CHECK(hsim_strcspn(x, "\x01\x02") == strcspn(x, "\x01\x02"), "guard strcspn %d", n);
			CHECK(hsim_stpcpy(d, x) == d + n && !memcmp(d, x, (size_t)n + 1), "guard stpcpy %d", n);
			memmove(y, x, (size_t)n + 1);
			CHECK(hsim_strstr(x, "\x01\x02\x03") == strstr(x, "\x01\x02\x03"), "guard strstr");
			if (n) {
				y[n - 1] = (char)(y[n - 1] ^ 0x80);
				CHECK(sign(hsim_strcmp(x, y)) == sign(strcmp(x, y)), "guard strcmp diff %d", n);
				CHECK(sign(hsim_strcmp(y, x)) == sign(strcmp(y, x)), "guard strcmp diff2 %d", n);
			}
		}
	munmap(m, (size_t)pg * 4);
}

static void test_misc(void **state)
{
	char buf[64], buf2[64], *save = NULL, *t;
	static const char *const hay[] = { "", "a", "abc", "aab", "ababac", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxab" };
	static const char *const needle[] = { "", "a", "b", "ab", "abac", "abc", "xab", "zz" };

	(void)state;
	for (size_t i = 0; i < sizeof hay / sizeof hay[0]; i++)
		for (size_t j = 0; j < sizeof needle / sizeof needle[0]; j++) {
			CHECK(hsim_strstr(hay[i], needle[j]) == strstr(hay[i], needle[j]), "strstr %zu %zu", i, j);
			CHECK(hsim_strpbrk(hay[i], needle[j]) == strpbrk(hay[i], needle[j]), "strpbrk %zu %zu", i, j);
		}
	strcpy(buf, "  a,b;;c  ");
	strcpy(buf2, buf);
	t = hsim_strtok_r(buf, " ,;", &save);
	for (char *u = strtok(buf2, " ,;");; u = strtok(NULL, " ,;")) {
		CHECK(u ? t == buf + (u - buf2) : !t, "strtok_r");
		if (!u || !t)
			break;
		t = hsim_strtok_r(NULL, " ,;", &save);
	}
	for (int i = -3; i < 40; i++) {
		int v = i < 33 ? (i < 0 ? i : (int)(1u << (i & 31))) : 0x5000;
		CHECK(hsim_ffs(v) == ffs(v), "ffs %d", v);
	}
	t = hsim_strndup("hello", 3);
	CHECK(t && !strcmp(t, "hel"), "strndup");
	free(t);
	t = hsim_strdup("hello");
	CHECK(t && !strcmp(t, "hello"), "strdup");
	free(t);
}

static void test_done(void **state)
{
	(void)state;
	print_message("%lu checks\n", checks);
	assert_int_equal(failures, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_copy_set),
		cmocka_unit_test(test_large),
		cmocka_unit_test(test_memmove),
		cmocka_unit_test(test_memcmp_chr),
		cmocka_unit_test(test_str_scan),
		cmocka_unit_test(test_str_copy),
		cmocka_unit_test(test_str_cmp),
		cmocka_unit_test(test_guard_page),
		cmocka_unit_test(test_misc),
		cmocka_unit_test(test_done),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
