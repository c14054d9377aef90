/* Guest libc: C99 complex functions (complex.h). The double functions
 * follow Annex G's special cases where they matter for finite input and
 * use formulas that keep their accuracy near the branch points (Kahan's
 * for the inverse functions, log1p near |z| = 1); the float ones compute
 * in double and round, the long double ones compute in double. */
#include <complex.h>
#include <math.h>

#define RE(z) __real__(z)
#define IM(z) __imag__(z)

static double complex mk(double re, double im)
{
	return CMPLX(re, im);
}

double creal(double complex z) { return RE(z); }
double cimag(double complex z) { return IM(z); }
double complex conj(double complex z) { return mk(RE(z), -IM(z)); }
double cabs(double complex z) { return hypot(RE(z), IM(z)); }
double carg(double complex z) { return atan2(IM(z), RE(z)); }

double complex cproj(double complex z)
{
	if (isinf(RE(z)) || isinf(IM(z)))
		return mk(INFINITY, copysign(0.0, IM(z)));
	return z;
}

double complex cexp(double complex z)
{
	double x = RE(z), y = IM(z), e;

	if (y == 0)
		return mk(exp(x), y); /* real: exact zero imaginary part */
	if (isinf(x) && !isfinite(y)) /* Annex G; the signs are glibc's */
		return x < 0 ? mk(0.0, copysign(0.0, y)) : mk(x, y - y);
	if (x > 709) { /* exp(x) overflows but cos/sin may bring it back */
		e = exp(x - 709);
		return mk(e * cos(y) * exp(709.0), e * sin(y) * exp(709.0));
	}
	e = exp(x);
	return mk(e * cos(y), e * sin(y));
}

/* log|z| without the cancellation of log(hypot) when |z| is near 1 */
static double log_abs(double x, double y)
{
	double ax = fabs(x), ay = fabs(y), t;

	if (ax < ay) {
		t = ax;
		ax = ay;
		ay = t;
	}
	if (ax > 0.5 && ax < 2 && ay < 2)
		return 0.5 * log1p(fma(ax - 1, ax + 1, ay * ay));
	return log(hypot(x, y));
}

double complex clog(double complex z)
{
	return mk(log_abs(RE(z), IM(z)), carg(z));
}

double complex csqrt(double complex z)
{
	double x = RE(z), y = IM(z), t;

	if (isinf(y))
		return mk(INFINITY, y);
	if (x == 0 && y == 0)
		return mk(0.0, y);
	if (isinf(x)) {
		if (x > 0)
			return mk(x, isnan(y) ? y : copysign(0.0, y));
		return mk(isnan(y) ? fabs(y - y) : 0.0, copysign(INFINITY, y));
	}
	/* t = sqrt((|x| + |z|) / 2), scaled so that neither overflows */
	if (fabs(x) > 0x1p1020 || fabs(y) > 0x1p1020)
		t = 2 * sqrt((fabs(x * 0.25) + hypot(x * 0.25, y * 0.25)) * 0.5);
	else
		t = sqrt((fabs(x) + hypot(x, y)) * 0.5);
	if (x >= 0)
		return mk(t, y / (2 * t));
	return mk(fabs(y) / (2 * t), copysign(t, y));
}

double complex cpow(double complex z, double complex w)
{
	return cexp(w * clog(z)); /* as glibc's */
}

double complex csinh(double complex z)
{
	double x = RE(z), y = IM(z);

	if (y == 0)
		return mk(sinh(x), y);
	if (x == 0)
		return isfinite(y) ? mk(x * cos(y), sin(y)) : mk(x, y - y);
	if (isinf(x) && !isfinite(y))
		return mk(INFINITY, y - y);
	return mk(sinh(x) * cos(y), cosh(x) * sin(y));
}

double complex ccosh(double complex z)
{
	double x = RE(z), y = IM(z);

	if (isnan(x) && y == 0)
		return mk(x, y);
	if (y == 0)
		return mk(cosh(x), copysign(0.0, x) * y);
	if (x == 0)
		return isfinite(y) ? mk(cos(y), x * sin(y)) : mk(y - y, 0.0);
	if (isinf(x) && !isfinite(y))
		return mk(INFINITY, y - y);
	return mk(cosh(x) * cos(y), sinh(x) * sin(y));
}

double complex ctanh(double complex z)
{
	double x = RE(z), y = IM(z), sx, cx, sy, cy, d;

	if (isinf(x))
		return mk(copysign(1.0, x), isfinite(y) ? copysign(0.0, sin(2 * y)) : copysign(0.0, y));
	if (isnan(x) || !isfinite(y))
		return y == 0 ? z : mk(x == 0 ? x : NAN, NAN);
	if (fabs(x) > 22) { /* tanh(x) is +-1 to the last bit */
		double e = exp(-2 * fabs(x));
		return mk(copysign(1.0, x), 4 * sin(y) * cos(y) * e);
	}
	if (y == 0)
		return mk(tanh(x), y);
	sx = sinh(x);
	cx = cosh(x);
	sy = sin(y);
	cy = cos(y);
	d = sx * sx + cy * cy;
	return mk(sx * cx / d, sy * cy / d);
}

/* sin, cos, tan through the hyperbolic ones: f(z) = -i g(iz) */
double complex csin(double complex z)
{
	double complex w;

	if (!isfinite(RE(z)) && isinf(IM(z))) /* glibc's signs */
		return mk(RE(z) - RE(z), INFINITY);
	w = csinh(mk(-IM(z), RE(z)));
	return mk(IM(w), -RE(w));
}

double complex ccos(double complex z)
{
	return ccosh(mk(-IM(z), RE(z)));
}

double complex ctan(double complex z)
{
	double complex w = ctanh(mk(-IM(z), RE(z)));
	return mk(IM(w), -RE(w));
}

/* Kahan's formulas ("Branch cuts for complex elementary functions"):
 * accurate off the cuts and right on them with signed zeros. */
/* Annex G's values for an infinite or NaN part, glibc's where it leaves
 * a choice: each of these returns 1 and sets *w when z has one. */
static int asinh_special(double complex z, double complex *w)
{
	double x = RE(z), y = IM(z);

	if (isfinite(x) && isfinite(y))
		return 0;
	if (isinf(y))
		*w = mk(copysign(INFINITY, x),
			isnan(x) ? NAN : copysign(isfinite(x) ? M_PI_2 : M_PI_4, y));
	else if (!isfinite(x))
		*w = mk(x, (isinf(x) && !isnan(y)) || (isnan(x) && y == 0) ? copysign(0.0, y) : NAN);
	else
		*w = mk(NAN, NAN);
	return 1;
}

static int acosh_special(double complex z, double complex *w)
{
	double x = RE(z), y = IM(z);

	if (isfinite(x) && isfinite(y))
		return 0;
	if (isinf(y))
		*w = mk(INFINITY, isnan(x) ? NAN :
			copysign(isinf(x) ? (x < 0 ? 3 * M_PI_4 : M_PI_4) : M_PI_2, y));
	else if (isinf(x))
		*w = mk(INFINITY, isnan(y) ? NAN : copysign(signbit(x) ? M_PI : 0.0, y));
	else
		*w = mk(NAN, x == 0 ? M_PI_2 : NAN);
	return 1;
}

static int atanh_special(double complex z, double complex *w)
{
	double x = RE(z), y = IM(z);

	if (isfinite(x) && isfinite(y))
		return 0;
	if (isinf(y))
		*w = mk(copysign(0.0, x), copysign(M_PI_2, y));
	else if (isinf(x) || x == 0)
		*w = mk(copysign(0.0, x), isnan(y) ? NAN : copysign(M_PI_2, y));
	else
		*w = mk(NAN, NAN);
	return 1;
}

double complex casin(double complex z)
{
	double complex a, b, w;

	if (isnan(RE(z)) || isnan(IM(z))) /* glibc's */
		return RE(z) == 0 ? z :
		       isinf(RE(z)) || isinf(IM(z)) ? mk(NAN, copysign(INFINITY, IM(z))) : mk(NAN, NAN);
	if (asinh_special(mk(-IM(z), RE(z)), &w)) /* asin z = -i asinh(iz) */
		return mk(IM(w), -RE(w));
	a = csqrt(mk(1 - RE(z), -IM(z))); /* sqrt(1 - z) */
	b = csqrt(mk(1 + RE(z), IM(z)));  /* sqrt(1 + z) */
	return mk(atan2(RE(z), RE(a) * RE(b) - IM(a) * IM(b)),
		  asinh(RE(a) * IM(b) - IM(a) * RE(b)));
}

double complex cacos(double complex z)
{
	double complex a, b;

	if (!isfinite(RE(z)) || !isfinite(IM(z))) { /* pi/2 - asin z, as glibc */
		double complex w = casin(z);
		return mk(M_PI_2 - RE(w) == 0 ? 0.0 : M_PI_2 - RE(w), -IM(w));
	}
	a = csqrt(mk(1 - RE(z), -IM(z)));
	b = csqrt(mk(1 + RE(z), IM(z)));
	return mk(2 * atan2(RE(a), RE(b)), asinh(RE(b) * IM(a) - IM(b) * RE(a)));
}

double complex casinh(double complex z)
{
	double complex w;

	if (asinh_special(z, &w))
		return w;
	w = casin(mk(-IM(z), RE(z))); /* asinh z = -i asin(iz) */
	return mk(IM(w), -RE(w));
}

double complex cacosh(double complex z)
{
	double complex a, b, w;

	if (acosh_special(z, &w))
		return w;
	a = csqrt(mk(RE(z) - 1, IM(z))); /* sqrt(z - 1) */
	b = csqrt(mk(RE(z) + 1, IM(z))); /* sqrt(z + 1) */
	return mk(asinh(RE(a) * RE(b) + IM(a) * IM(b)), 2 * atan2(IM(a), RE(b)));
}

double complex catanh(double complex z)
{
	double x = RE(z), y = IM(z), ax = fabs(x), d, re;
	double complex w;

	if (atanh_special(z, &w))
		return w;
	if (ax == 1 && y == 0)
		return mk(copysign(INFINITY, x), y);
	/* re = log(|1 + z| / |1 - z|) / 2, im = arg((1 + z)(1 - conj z)) / 2 */
	d = (1 - ax) * (1 - ax) + y * y;
	if (d < 0x1p-900) { /* scaled, so that d does not underflow */
		double s = (1 - ax) * 0x1p600, t = y * 0x1p600;
		re = 0.25 * (log(4 * ax) - log(s * s + t * t) + 1200 * M_LN2);
	} else {
		re = 0.25 * log1p(4 * ax / d);
	}
	return mk(copysign(re, x),
		  0.5 * atan2(2 * y, (1 - ax) * (1 + ax) - y * y));
}

double complex catan(double complex z)
{
	double complex w = catanh(mk(-IM(z), RE(z))); /* atan z = -i atanh(iz) */
	return mk(IM(w), -RE(w));
}

/* ---- float and long double: through double ---------------------------- */

#define REAL_VIA_DOUBLE(name, T, suf)                                          \
	T name##suf(T complex z)                                               \
	{                                                                      \
		return (T)name((double complex)z);                             \
	}
#define CPLX_VIA_DOUBLE(name, T, suf)                                          \
	T complex name##suf(T complex z)                                       \
	{                                                                      \
		return (T complex)name((double complex)z);                     \
	}
#define BOTH(X, name) X(name, float, f) X(name, long double, l)

BOTH(REAL_VIA_DOUBLE, cabs)
BOTH(REAL_VIA_DOUBLE, carg)
BOTH(CPLX_VIA_DOUBLE, cexp)
BOTH(CPLX_VIA_DOUBLE, clog)
BOTH(CPLX_VIA_DOUBLE, csqrt)
BOTH(CPLX_VIA_DOUBLE, csin)
BOTH(CPLX_VIA_DOUBLE, ccos)
BOTH(CPLX_VIA_DOUBLE, ctan)
BOTH(CPLX_VIA_DOUBLE, casin)
BOTH(CPLX_VIA_DOUBLE, cacos)
BOTH(CPLX_VIA_DOUBLE, catan)
BOTH(CPLX_VIA_DOUBLE, csinh)
BOTH(CPLX_VIA_DOUBLE, ccosh)
BOTH(CPLX_VIA_DOUBLE, ctanh)
BOTH(CPLX_VIA_DOUBLE, casinh)
BOTH(CPLX_VIA_DOUBLE, cacosh)
BOTH(CPLX_VIA_DOUBLE, catanh)

/* the exact ones stay in their own type */
float crealf(float complex z) { return RE(z); }
float cimagf(float complex z) { return IM(z); }
float complex conjf(float complex z) { return CMPLXF(RE(z), -IM(z)); }
long double creall(long double complex z) { return RE(z); }
long double cimagl(long double complex z) { return IM(z); }
long double complex conjl(long double complex z) { return CMPLXL(RE(z), -IM(z)); }

float complex cprojf(float complex z)
{
	if (isinf(RE(z)) || isinf(IM(z)))
		return CMPLXF(INFINITY, copysignf(0.0f, IM(z)));
	return z;
}

long double complex cprojl(long double complex z)
{
	if (isinf(RE(z)) || isinf(IM(z)))
		return CMPLXL(INFINITY, copysignl(0.0L, IM(z)));
	return z;
}

float complex cpowf(float complex z, float complex w)
{
	return (float complex)cpow((double complex)z, (double complex)w);
}

long double complex cpowl(long double complex z, long double complex w)
{
	return (long double complex)cpow((double complex)z, (double complex)w);
}
