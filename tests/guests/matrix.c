/* Double-precision numerics: matrix multiply (checked against a known
 * product identity), LU decomposition with partial pivoting and a solve of a
 * small system (residual checked), dot products and a Mandelbrot-style
 * escape-time loop. Prints results with %.6f, %g and %e. */
#include <hsim/guest.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#ifdef QUICK
#define MN 48
#define MANDEL 48
#else
#define MN 96
#define MANDEL 120
#endif
#define LN 8

static double A[MN][MN], B[MN][MN], C[MN][MN];

static double dabs(double x) { return x < 0 ? -x : x; }

static uint64_t rng = 88172645463325252ull;
static double urand(void) /* [-1, 1) */
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (double)(rng >> 11) / 4503599627370496.0 - 1.0;
}

static void matmul(double (*c)[MN], double (*a)[MN], double (*b)[MN])
{
	for (int i = 0; i < MN; i++)
		for (int j = 0; j < MN; j++) {
			double s = 0;
			for (int k = 0; k < MN; k++)
				s += a[i][k] * b[k][j];
			c[i][j] = s;
		}
}

/* LU with partial pivoting, in place; returns 0 or -1 when singular. */
static int lu(double m[LN][LN], int piv[LN])
{
	for (int i = 0; i < LN; i++)
		piv[i] = i;
	for (int k = 0; k < LN; k++) {
		int p = k;
		for (int i = k + 1; i < LN; i++)
			if (dabs(m[i][k]) > dabs(m[p][k]))
				p = i;
		if (m[p][k] == 0)
			return -1;
		if (p != k) {
			double t[LN];
			memcpy(t, m[p], sizeof t);
			memcpy(m[p], m[k], sizeof t);
			memcpy(m[k], t, sizeof t);
			int ti = piv[p]; piv[p] = piv[k]; piv[k] = ti;
		}
		for (int i = k + 1; i < LN; i++) {
			m[i][k] /= m[k][k];
			for (int j = k + 1; j < LN; j++)
				m[i][j] -= m[i][k] * m[k][j];
		}
	}
	return 0;
}

static void lu_solve(double m[LN][LN], const int piv[LN], const double *b, double *x)
{
	double y[LN];
	for (int i = 0; i < LN; i++) {
		double s = b[piv[i]];
		for (int j = 0; j < i; j++)
			s -= m[i][j] * y[j];
		y[i] = s;
	}
	for (int i = LN - 1; i >= 0; i--) {
		double s = y[i];
		for (int j = i + 1; j < LN; j++)
			s -= m[i][j] * x[j];
		x[i] = s / m[i][i];
	}
}

int main(void)
{
	int bad = 0;

	/* 1. Matrix multiply: (A*B)*x must equal A*(B*x). */
	for (int i = 0; i < MN; i++)
		for (int j = 0; j < MN; j++) {
			A[i][j] = urand();
			B[i][j] = urand();
		}
	matmul(C, A, B);
	double x[MN], bx[MN], abx[MN], cx[MN], trace = 0, maxerr = 0;
	for (int i = 0; i < MN; i++)
		x[i] = urand();
	for (int i = 0; i < MN; i++) {
		double s = 0;
		for (int k = 0; k < MN; k++)
			s += B[i][k] * x[k];
		bx[i] = s;
	}
	for (int i = 0; i < MN; i++) {
		double s = 0, t = 0;
		for (int k = 0; k < MN; k++) {
			s += A[i][k] * bx[k];
			t += C[i][k] * x[k];
		}
		abx[i] = s;
		cx[i] = t;
		if (dabs(s - t) > maxerr)
			maxerr = dabs(s - t);
		trace += C[i][i];
	}
	printf("matmul %dx%d: trace %.6f C[0][0] %.6f C[%d][%d] %e\n", MN, MN, trace,
	       C[0][0], MN - 1, MN - 1, C[MN - 1][MN - 1]);
	printf("matmul associativity max error %g\n", maxerr);
	if (!(maxerr < 1e-9)) {
		printf("FAIL: matmul error too large\n");
		bad = 1;
	}
	(void)abx;
	(void)cx;

	/* 2. LU solve of a diagonally dominant system. */
	double M[LN][LN], M0[LN][LN], b[LN], sol[LN];
	int piv[LN];
	for (int i = 0; i < LN; i++) {
		for (int j = 0; j < LN; j++)
			M[i][j] = urand();
		M[i][(i + 3) % LN] += 4.0; /* dominant, and pivoting needed */
		b[i] = urand() * 10;
	}
	memcpy(M0, M, sizeof M);
	if (lu(M, piv) != 0) {
		printf("FAIL: LU says singular\n");
		bad = 1;
	} else {
		lu_solve(M, piv, b, sol);
		double res = 0;
		for (int i = 0; i < LN; i++) {
			double s = -b[i];
			for (int j = 0; j < LN; j++)
				s += M0[i][j] * sol[j];
			if (dabs(s) > res)
				res = dabs(s);
		}
		printf("LU solve %dx%d: x =", LN, LN);
		for (int i = 0; i < LN; i++)
			printf(" %.6f", sol[i]);
		printf("\nLU residual %e\n", res);
		if (!(res < 1e-12)) {
			printf("FAIL: LU residual too large\n");
			bad = 1;
		}
	}

	/* 3. Dot products with exactly representable results. */
	double u[64], v[64], dot = 0, sumsq = 0;
	for (int i = 0; i < 64; i++) {
		u[i] = i * 0.5;
		v[i] = 64 - i;
	}
	for (int i = 0; i < 64; i++) {
		dot += u[i] * v[i];
		sumsq += u[i] * u[i];
	}
	/* sum i/2*(64-i) = (64*2016 - 85344)/2 = 21840; sum (i/2)^2 = 85344/4 = 21336 */
	printf("dot %.6f sumsq %g\n", dot, sumsq);
	if (dot != 21840.0 || sumsq != 21336.0) {
		printf("FAIL: dot products\n");
		bad = 1;
	}
	double h = 0;
	for (int i = 1; i <= 1000; i++)
		h += 1.0 / i;
	printf("H(1000) = %.12f (%e)\n", h, h);
	if (dabs(h - 7.485470860550345) > 1e-12) {
		printf("FAIL: harmonic number\n");
		bad = 1;
	}

	/* 4. Mandelbrot escape counts on a grid. */
	long total = 0, inside = 0;
	for (int py = 0; py < MANDEL; py++)
		for (int px = 0; px < MANDEL; px++) {
			double cr = -2.0 + 2.5 * px / MANDEL, ci = -1.25 + 2.5 * py / MANDEL;
			double zr = 0, zi = 0;
			int it = 0;
			while (it < 256 && zr * zr + zi * zi <= 4.0) {
				double t = zr * zr - zi * zi + cr;
				zi = 2 * zr * zi + ci;
				zr = t;
				it++;
			}
			total += it;
			inside += it == 256;
		}
	double area = 6.25 * inside / ((double)MANDEL * MANDEL);
	printf("mandelbrot %dx%d: iterations %ld inside %ld area %.6f (%g)\n", MANDEL,
	       MANDEL, total, inside, area, area);
	if (!(area > 1.40 && area < 1.65)) {
		printf("FAIL: mandelbrot area estimate off\n");
		bad = 1;
	}

	printf("special: %g %g %e %.3f\n", 1e300 * 10, -0.0, 1.0 / 3, 2.0 / 3);
	printf(bad ? "matrix: FAILED\n" : "matrix: OK\n");
	return bad;
}
