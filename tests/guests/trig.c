/* The libc's trigonometric functions over many arguments (special ones,
 * random bit patterns, their usual ranges, the doubles nearest multiples of
 * pi/2): a checksum of the results' bits per function, so that KVM and the
 * simulator must print the same (tan runs on the x87, the rest on SSE2's
 * packed lanes). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define N 20000

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static double dbits(uint64_t u)
{
	double d;

	memcpy(&d, &u, sizeof d);
	return d;
}

/* the i-th argument: a special one, a random bit pattern, then uniform in
 * [-range, range] and the double nearest i pi/2 */
static double arg(int i, double range)
{
	static const double special[] = { 0.0, -0.0, 1.0, -1.0, 0.5, 1e-300, 0x1p-1074,
					  1e300, 1e22, 0x1.6ac5b262ca1ffp+849,
					  __builtin_inf(), __builtin_nan("") };
	int ns = (int)(sizeof special / sizeof special[0]);

	if (i < ns)
		return special[i];
	if (i % 4 == 0)
		return dbits(rnd());
	if (i % 4 == 1)
		return (double)(i * 1.57079632679489661923132169163975144L);
	return range * ((double)(rnd() >> 11) * 0x1p-52 - 1);
}

static uint64_t sum;

static void add(double r)
{
	uint64_t u;

	memcpy(&u, &r, sizeof u);
	sum = (sum ^ u) * 0x100000001b3ull;
}

#define ONE(f, range)                                    \
	do {                                             \
		sum = 0;                                 \
		for (int i = 0; i < N; i++)              \
			add(f(arg(i, range)));           \
		printf("%-6s %016llx\n", #f, (unsigned long long)sum); \
	} while (0)

int main(void)
{
	ONE(sin, 10);
	ONE(cos, 10);
	ONE(tan, 10);
	ONE(atan, 100);
	ONE(asin, 1);
	ONE(acos, 1);
	sum = 0;
	for (int i = 0; i < N; i++)
		add(atan2(arg(i, 10), arg(N - 1 - i, 10)));
	printf("%-6s %016llx\n", "atan2", (unsigned long long)sum);
	return 0;
}
