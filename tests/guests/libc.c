/* End-to-end checks of the guest libc in a real guest (run in KVM and under
 * --sim by tests/kvm/libc.sh, which also compares the two outputs):
 * strings that end on the last byte of guest memory, where the next page is
 * not mapped (a read past the block of the terminator would fault there).
 * Prints one line per group and "libc ok" at the end; exits non-zero on any
 * mismatch. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int main(void)
{
	strings_at_memory_end();
	if (errors) {
		printf("libc: %ld of %ld checks failed\n", errors, checks);
		return 1;
	}
	printf("libc ok\n");
	return 0;
}
