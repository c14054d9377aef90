/* The libc's string and memory functions, timed: the same source is built
 * natively against glibc and as an hsim guest (tools/bench.sh compares the
 * two). Prints "name: ns" per call, the best of several rounds. Built with
 * -fno-builtin so that every call reaches the library. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "timing.h"

static unsigned char a[1 << 17], b[1 << 17];
static volatile size_t sink;

/* best ns per call of BODY run `calls` times per pass */
#define TIME(name, calls, BODY)                                              \
	BENCH(name, (calls), for (long i = 0; i < (calls); i++) { BODY; })

/* a string of n letters at s, NUL-terminated */
static void make_str(unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		s[i] = (unsigned char)('a' + i % 26);
	s[n] = 0;
}

int main(void)
{
	calibrate();
	static const size_t sizes[] = { 8, 32, 100, 256, 1024, 4096, 65536 };
	char name[64];

	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		size_t n = sizes[k];
		long calls = (long)(1000000 / (n + 32)) + 8;
		/* sources and destinations at a varying alignment */
		snprintf(name, sizeof name, "memcpy_%zu", n);
		TIME(name, calls, memcpy(b + (i & 15), a + (i & 7), n));
		snprintf(name, sizeof name, "memmove_%zu", n);
		TIME(name, calls, memmove(a + 1 + (i & 7), a + (i & 15), n));
		snprintf(name, sizeof name, "memset_%zu", n);
		TIME(name, calls, memset(b + (i & 15), (int)i, n));
		memset(a, 'x', n + 64);
		memset(b, 'x', n + 64);
		snprintf(name, sizeof name, "memcmp_%zu", n);
		TIME(name, calls, sink += (size_t)memcmp(a + (i & 7), b + (i & 7), n));
		snprintf(name, sizeof name, "memchr_%zu", n);
		TIME(name, calls, sink += (size_t)memchr(a + (i & 7), 'y', n));
		make_str(a, n);
		make_str(b, n);
		snprintf(name, sizeof name, "strlen_%zu", n);
		TIME(name, calls, sink += strlen((char *)a + (i & 7)));
		snprintf(name, sizeof name, "strcmp_%zu", n);
		TIME(name, calls, sink += (size_t)strcmp((char *)a, (char *)b));
		snprintf(name, sizeof name, "strncmp_%zu", n);
		TIME(name, calls, sink += (size_t)strncmp((char *)a, (char *)b, n + 1));
		snprintf(name, sizeof name, "strchr_%zu", n);
		TIME(name, calls, sink += (size_t)strchr((char *)a + (i & 7), '!'));
		snprintf(name, sizeof name, "strrchr_%zu", n);
		TIME(name, calls, sink += (size_t)strrchr((char *)a + (i & 7), 'a'));
		snprintf(name, sizeof name, "strcpy_%zu", n);
		TIME(name, calls, sink += (size_t)strcpy((char *)b + (i & 15), (char *)a));
		make_str(b, n);
	}
	return 0;
}
