/* Quicksort, mergesort, heapsort and the libc qsort on 100k pseudo-random
 * 64-bit and 32-bit values: every result must be sorted and all four must
 * agree. Prints a checksum of the sorted data. */
#include <hsim/guest.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef QUICK
#define N 20000
#else
#define N 100000
#endif

static uint64_t rng = 0x2545F4914F6CDD1Dull;

static uint64_t next(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 0x2545F4914F6CDD1Dull;
}

/* One implementation of each algorithm per element type, via a macro. */
#define SORTS(T, S)                                                            \
	static void qsort_##S(T *a, long lo, long hi)                          \
	{                                                                      \
		while (hi - lo > 16) {                                         \
			T p = a[lo + (hi - lo) / 2];                           \
			T x = a[lo], y = a[hi];                                \
			/* median of three */                                  \
			if ((x < p) != (x < y)) p = x;                         \
			else if ((y < p) != (y < x)) p = y;                    \
			long i = lo, j = hi;                                   \
			while (i <= j) {                                       \
				while (a[i] < p) i++;                          \
				while (a[j] > p) j--;                          \
				if (i <= j) {                                  \
					T t = a[i]; a[i] = a[j]; a[j] = t;     \
					i++; j--;                              \
				}                                              \
			}                                                      \
			if (j - lo < hi - i) { qsort_##S(a, lo, j); lo = i; }  \
			else { qsort_##S(a, i, hi); hi = j; }                  \
		}                                                              \
		for (long i = lo + 1; i <= hi; i++) { /* insertion sort */     \
			T v = a[i];                                            \
			long j = i - 1;                                        \
			while (j >= lo && a[j] > v) { a[j + 1] = a[j]; j--; }  \
			a[j + 1] = v;                                          \
		}                                                              \
	}                                                                      \
	static void msort_##S(T *a, T *tmp, size_t n)                          \
	{                                                                      \
		if (n < 2) return;                                             \
		size_t h = n / 2;                                              \
		msort_##S(a, tmp, h);                                          \
		msort_##S(a + h, tmp, n - h);                                  \
		size_t i = 0, j = h, k = 0;                                    \
		while (i < h && j < n) tmp[k++] = a[j] < a[i] ? a[j++] : a[i++]; \
		while (i < h) tmp[k++] = a[i++];                               \
		while (j < n) tmp[k++] = a[j++];                               \
		memcpy(a, tmp, n * sizeof(T));                                 \
	}                                                                      \
	static void sift_##S(T *a, size_t i, size_t n)                         \
	{                                                                      \
		for (;;) {                                                     \
			size_t l = 2 * i + 1, m = i;                           \
			if (l < n && a[l] > a[m]) m = l;                       \
			if (l + 1 < n && a[l + 1] > a[m]) m = l + 1;           \
			if (m == i) return;                                    \
			T t = a[i]; a[i] = a[m]; a[m] = t;                     \
			i = m;                                                 \
		}                                                              \
	}                                                                      \
	static void hsort_##S(T *a, size_t n)                                  \
	{                                                                      \
		for (size_t i = n / 2; i-- > 0;) sift_##S(a, i, n);            \
		for (size_t e = n; e-- > 1;) {                                 \
			T t = a[0]; a[0] = a[e]; a[e] = t;                     \
			sift_##S(a, 0, e);                                     \
		}                                                              \
	}                                                                      \
	static int cmp_##S(const void *pa, const void *pb)                     \
	{                                                                      \
		T x = *(const T *)pa, y = *(const T *)pb;                      \
		return (x > y) - (x < y);                                      \
	}                                                                      \
	static int sorted_##S(const T *a, size_t n)                            \
	{                                                                      \
		for (size_t i = 1; i < n; i++)                                 \
			if (a[i - 1] > a[i]) return 0;                         \
		return 1;                                                      \
	}

SORTS(uint64_t, u64)
SORTS(int32_t, i32)

static uint64_t checksum(const void *p, size_t n)
{
	const uint8_t *b = p;
	uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a */
	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 0x100000001b3ull;
	return h;
}

#define RUN(T, S, GEN, NAME)                                                       \
	do {                                                                       \
		T *orig = malloc(N * sizeof(T)), *r[4], *tmp = malloc(N * sizeof(T)); \
		static const char *names[4] = { "quicksort", "mergesort", "heapsort", "qsort" }; \
		if (!orig || !tmp) { printf("FAIL: malloc\n"); return 1; }         \
		for (size_t i = 0; i < N; i++) orig[i] = (T)(GEN);                 \
		for (int k = 0; k < 4; k++) {                                      \
			r[k] = malloc(N * sizeof(T));                              \
			if (!r[k]) { printf("FAIL: malloc\n"); return 1; }        \
			memcpy(r[k], orig, N * sizeof(T));                         \
		}                                                                  \
		qsort_##S(r[0], 0, N - 1);                                         \
		msort_##S(r[1], tmp, N);                                           \
		hsort_##S(r[2], N);                                                \
		qsort(r[3], N, sizeof(T), cmp_##S);                                \
		for (int k = 0; k < 4; k++) {                                      \
			if (!sorted_##S(r[k], N)) {                                \
				printf("FAIL: %s %s not sorted\n", NAME, names[k]); \
				bad = 1;                                           \
			}                                                          \
			if (k && memcmp(r[0], r[k], N * sizeof(T)) != 0) {         \
				printf("FAIL: %s %s differs from quicksort\n", NAME, names[k]); \
				bad = 1;                                           \
			}                                                          \
		}                                                                  \
		printf("%s: n=%d min %lld max %lld checksum 0x%016llx\n", NAME, N, \
		       (long long)r[0][0], (long long)r[0][N - 1],                 \
		       (unsigned long long)checksum(r[0], N * sizeof(T)));          \
		for (int k = 0; k < 4; k++) free(r[k]);                            \
		free(orig);                                                        \
		free(tmp);                                                         \
	} while (0)

int main(void)
{
	int bad = 0;
	RUN(uint64_t, u64, next() >> 1, "u64");
	RUN(int32_t, i32, next() >> 32, "i32");
	/* Many duplicates. */
	RUN(int32_t, i32, (int32_t)(next() % 100) - 50, "i32dup");
	printf(bad ? "sort: FAILED\n" : "sort: OK\n");
	return bad;
}
