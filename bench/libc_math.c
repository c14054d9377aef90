/* The libc's math functions, timed: the same source is built natively
 * against glibc and as an hsim guest (tools/bench.sh compares the two).
 * Prints "name: ns" per call, the best of several rounds, over arguments
 * spread across each function's usual range. */
#include <math.h>
#include <stdio.h>

#include "timing.h"

#define N 4096

static double x[N], y[N];
static float xf[N];
static volatile double sink;

/* x[] uniform in [lo, hi] (a fixed sequence), y[] in [lo2, hi2] */
static void fill(double lo, double hi, double lo2, double hi2)
{
	for (int i = 0; i < N; i++) {
		double u = (double)((i * 2654435761u) % 1000003) / 1000003.0;
		double v = (double)((i * 40503u + 17) % 999983) / 999983.0;
		x[i] = lo + (hi - lo) * u;
		y[i] = lo2 + (hi2 - lo2) * v;
		xf[i] = (float)x[i];
	}
}

/* one pass: EXPR for each of the N arguments */
#define TIME(name, EXPR)                                                     \
	BENCH(name, N, {                                                     \
		double s_ = 0;                                               \
		for (int i = 0; i < N; i++)                                  \
			s_ += (EXPR);                                        \
		sink = s_;                                                   \
	})

int main(void)
{
	calibrate();
	fill(-700, 700, 0, 0);
	TIME("exp", exp(x[i]));
	TIME("exp2", exp2(x[i]));
	fill(1e-300, 1e300, 0, 0);
	TIME("log", log(x[i]));
	TIME("log2", log2(x[i]));
	TIME("log10", log10(x[i]));
	fill(0.5, 1.5, 0, 0);
	TIME("log_near1", log(x[i]));
	fill(0.01, 100, -50, 50);
	TIME("pow", pow(x[i], y[i]));
	fill(-10, 10, -10, 10);
	TIME("sin", sin(x[i]));
	TIME("cos", cos(x[i]));
	TIME("tan", tan(x[i]));
	TIME("atan", atan(x[i]));
	TIME("atan2", atan2(x[i], y[i]));
	TIME("sinh", sinh(x[i]));
	TIME("tanh", tanh(x[i]));
	fill(-1, 1, 0, 0);
	TIME("asin", asin(x[i]));
	TIME("acos", acos(x[i]));
	fill(0, 1e6, -1e3, 1e3);
	TIME("sqrt", sqrt(x[i]));
	TIME("cbrt", cbrt(x[i]));
	TIME("hypot", hypot(x[i], y[i]));
	TIME("fmod", fmod(x[i], y[i]));
	fill(-1e6, 1e6, 0, 0);
	TIME("floor", floor(x[i]));
	TIME("ceil", ceil(x[i]));
	TIME("trunc", trunc(x[i]));
	TIME("round", round(x[i]));
	TIME("rint", rint(x[i]));
	fill(-80, 80, 0, 0);
	TIME("expf", expf(xf[i]));
	TIME("sinf", sinf(xf[i]));
	TIME("logf", logf(fabsf(xf[i]) + 1e-3f));
	TIME("powf", powf(fabsf(xf[i]) * 0.01f, 1.5f));
	return 0;
}
