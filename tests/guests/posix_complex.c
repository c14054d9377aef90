/* complex.h and tgmath.h against glibc: tests/kvm/posix.sh runs this built
 * with hsim-cc (in KVM and --sim, which must print the same bytes) and
 * natively, and compares the results (printed exactly, in hex) within a
 * few ulp (tests/kvm/posix.sh says how). Each line: function, the point,
 * the result's real and imaginary parts. */
#include <complex.h>
#include <math.h>
#include <stdio.h>

static const double grid[] = {
	-INFINITY, -1e300, -710, -20, -3, -2, -1, -0.75, -0.5, -1e-8, -0.0,
	0.0, 1e-300, 1e-8, 0.25, 0.5, 1, 1.5, 2, 3.14159, 20, 710, 1e300, INFINITY, NAN,
};
#define N (sizeof grid / sizeof grid[0])

typedef double complex (*cfn)(double complex);
typedef float complex (*cfnf)(float complex);
typedef long double complex (*cfnl)(long double complex);

#define F(name) { #name, name, name##f, name##l }
static const struct {
	const char *name;
	cfn d;
	cfnf f;
	cfnl l;
} fns[] = {
	F(cexp), F(clog), F(csqrt), F(csin), F(ccos), F(ctan), F(casin), F(cacos), F(catan),
	F(csinh), F(ccosh), F(ctanh), F(casinh), F(cacosh), F(catanh), F(cproj), F(conj),
};

static void line(const char *name, char suf, double x, double y, double re, double im)
{
	printf("%s%c %a %a %a %a\n", name, suf, x, y, re, im);
}

int main(void)
{
	for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
		for (size_t a = 0; a < N; a++)
			for (size_t b = 0; b < N; b++) {
				double x = grid[a], y = grid[b];
				double complex w = fns[i].d(CMPLX(x, y));
				float complex wf = fns[i].f(CMPLXF(x, y));
				long double complex wl = fns[i].l(CMPLXL(x, y));
				line(fns[i].name, '-', x, y, creal(w), cimag(w));
				line(fns[i].name, 'f', (float)x, (float)y, crealf(wf), cimagf(wf));
				line(fns[i].name, 'l', x, y, (double)creall(wl), (double)cimagl(wl));
			}
	for (size_t a = 0; a < N; a++)
		for (size_t b = 0; b < N; b++) {
			double complex z = CMPLX(grid[a], grid[b]);
			line("cabs", '-', grid[a], grid[b], cabs(z), 0);
			line("carg", '-', grid[a], grid[b], carg(z), 0);
			line("cabs", 'f', grid[a], grid[b], cabsf((float complex)z), 0);
			line("carg", 'f', grid[a], grid[b], cargf((float complex)z), 0);
			line("cabs", 'l', grid[a], grid[b], (double)cabsl(z), 0);
			line("carg", 'l', grid[a], grid[b], (double)cargl(z), 0);
			line("creal", '-', grid[a], grid[b], creal(z), cimag(z));
		}
	/* cpow over a smaller grid of finite points */
	static const double pg[] = { -2, -0.5, 0, 0.5, 1, 2.5 };
	for (size_t a = 0; a < 6; a++)
		for (size_t b = 0; b < 6; b++)
			for (size_t c = 0; c < 6; c++)
				for (size_t d = 0; d < 6; d++) {
					double complex z = CMPLX(pg[a], pg[b]), e = CMPLX(pg[c], pg[d]);
					double complex w = cpow(z, e);
					float complex wf = cpowf((float complex)z, (float complex)e);
					long double complex wl = cpowl(z, e);
					char name[64];
					snprintf(name, sizeof name, "cpow^(%g,%g)", pg[c], pg[d]);
					line(name, '-', pg[a], pg[b], creal(w), cimag(w));
					line(name, 'f', pg[a], pg[b], crealf(wf), cimagf(wf));
					line(name, 'l', pg[a], pg[b], (double)creall(wl), (double)cimagl(wl));
				}
	/* * and / through libgcc */
	for (size_t a = 0; a < N; a++)
		for (size_t b = 0; b < N; b++) {
			double complex z = CMPLX(grid[a], grid[b]), u = CMPLX(1.5, -0.25);
			volatile double complex v = CMPLX(grid[b], grid[a]);
			double complex p = z * v, q = u / v;
			line("mul", '-', grid[a], grid[b], creal(p), cimag(p));
			line("div", '-', grid[a], grid[b], creal(q), cimag(q));
		}
	return 0;
}
