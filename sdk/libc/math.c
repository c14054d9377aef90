/* Guest libc: exact math functions (absolute value, square root, rounding,
 * remainders, exponent handling) using integer operations on the bits. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include "fp.h"

#define SIGN ((uint64_t)1 << 63)
#define FRAC (((uint64_t)1 << 52) - 1)
#define HIDDEN ((uint64_t)1 << 52)

/* unbiased exponent; 1024 for inf/nan, -1023 for zero/subnormal */
static int expo(uint64_t u)
{
	return (int)((u >> 52) & 0x7ff) - 1023;
}

double fabs(double x)
{
	return from_bits(bits(x) & ~SIGN);
}

float fabsf(float x)
{
	union {
		float f;
		uint32_t u;
	} v = { x };
	v.u &= 0x7fffffffu;
	return v.f;
}

double sqrt(double x)
{
	double r;

	if (x < 0)
		errno = EDOM;
	__asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
	return r;
}

float sqrtf(float x)
{
	float r;

	if (x < 0)
		errno = EDOM;
	__asm__("sqrtss %1, %0" : "=x"(r) : "x"(x));
	return r;
}

double copysign(double x, double y)
{
	return from_bits((bits(x) & ~SIGN) | (bits(y) & SIGN));
}

double trunc(double x)
{
	uint64_t u = bits(x);
	int e = expo(u);

	if (e >= 52)
		return x; /* integral, inf or nan */
	if (e < 0)
		return from_bits(u & SIGN);
	return from_bits(u & ~(FRAC >> e));
}

double floor(double x)
{
	uint64_t u = bits(x), m;
	int e = expo(u);

	if (e >= 52)
		return x;
	if (e < 0) {
		if (u & SIGN)
			return (u << 1) ? -1.0 : x;
		return from_bits(0);
	}
	m = FRAC >> e;
	if (!(u & m))
		return x;
	if (u & SIGN)
		u += m + 1; /* a carry into the exponent is correct */
	return from_bits(u & ~m);
}

double ceil(double x)
{
	uint64_t u = bits(x), m;
	int e = expo(u);

	if (e >= 52)
		return x;
	if (e < 0) {
		if (u & SIGN)
			return from_bits(SIGN);
		return (u << 1) ? 1.0 : x;
	}
	m = FRAC >> e;
	if (!(u & m))
		return x;
	if (!(u & SIGN))
		u += m + 1;
	return from_bits(u & ~m);
}

/* Half away from zero. */
double round(double x)
{
	uint64_t u = bits(x), m;
	int e = expo(u);

	if (e >= 52)
		return x;
	if (e < 0)
		return e == -1 ? copysign(1.0, x) : from_bits(u & SIGN);
	m = FRAC >> e;
	if (!(u & m))
		return x;
	u += (uint64_t)1 << (51 - e); /* add one half to the magnitude */
	return from_bits(u & ~m);
}

long lround(double x)
{
	return (long)round(x);
}

/* Half to even (the default rounding mode; there is no other here). */
double rint(double x)
{
	uint64_t u = bits(x);
	double a = fabs(x);

	if (expo(u) >= 52)
		return x;
	a = (a + 0x1p52) - 0x1p52;
	return copysign(a, x);
}

double nearbyint(double x)
{
	return rint(x);
}

double fmin(double x, double y)
{
	if (x != x)
		return y;
	if (y != y)
		return x;
	if (x == y) /* fmin(-0, +0) is -0 */
		return (bits(x) & SIGN) ? x : y;
	return x < y ? x : y;
}

double fmax(double x, double y)
{
	if (x != x)
		return y;
	if (y != y)
		return x;
	if (x == y)
		return (bits(x) & SIGN) ? y : x;
	return x > y ? x : y;
}

double scalbn(double x, int n)
{
	/* Scale in steps that stay exact until the last one, so that results in
	 * the subnormal range are rounded once. */
	if (n > 1023) {
		x *= 0x1p1023;
		n -= 1023;
		if (n > 1023) {
			x *= 0x1p1023;
			n -= 1023;
			if (n > 1023)
				n = 1023;
		}
	} else if (n < -1022) {
		x *= 0x1p-1022 * 0x1p53;
		n += 1022 - 53;
		if (n < -1022) {
			x *= 0x1p-1022 * 0x1p53;
			n += 1022 - 53;
			if (n < -1022)
				n = -1022;
		}
	}
	return x * from_bits((uint64_t)(0x3ff + n) << 52);
}

double ldexp(double x, int e)
{
	double r = scalbn(x, e);

	if (x == x && x != 0 && (r == 0 || r - r != 0) && !(x - x != 0))
		errno = ERANGE;
	return r;
}

double frexp(double x, int *e)
{
	uint64_t u = bits(x);
	int ee = (int)((u >> 52) & 0x7ff);

	if (!ee) {
		if (!(u << 1)) {
			*e = 0;
			return x;
		}
		x *= 0x1p64;
		u = bits(x);
		ee = (int)((u >> 52) & 0x7ff) - 64;
	} else if (ee == 0x7ff) {
		*e = 0;
		return x;
	}
	*e = ee - 1022;
	return from_bits((u & ~((uint64_t)0x7ff << 52)) | ((uint64_t)1022 << 52));
}

double modf(double x, double *ip)
{
	double t = trunc(x), f;

	*ip = t;
	if (x - x != 0) /* inf: fraction 0; nan: nan */
		return x != x ? x : copysign(0.0, x);
	f = x - t;
	return f == 0 ? copysign(0.0, x) : f;
}

/* Exact: long division on the integer significands. */
double fmod(double x, double y)
{
	uint64_t ux = bits(x), uy = bits(y), sx = ux & SIGN, mx, my;
	int ex = (int)((ux >> 52) & 0x7ff), ey = (int)((uy >> 52) & 0x7ff);

	if (x != x || y != y)
		return x + y;
	if (y == 0 || ex == 0x7ff) {
		errno = EDOM;
		return (x * y) / (x * y);
	}
	if (ey == 0x7ff)
		return x;
	ux &= ~SIGN;
	uy &= ~SIGN;
	if (ux < uy)
		return x;
	if (ux == uy)
		return 0 * x;

	if (ex) {
		mx = (ux & FRAC) | HIDDEN;
	} else {
		for (mx = ux, ex = 1; !(mx & HIDDEN); ex--)
			mx <<= 1;
	}
	if (ey) {
		my = (uy & FRAC) | HIDDEN;
	} else {
		for (my = uy, ey = 1; !(my & HIDDEN); ey--)
			my <<= 1;
	}
	/* invariant: mx < 2 * my */
	for (; ex > ey; ex--) {
		if (mx >= my) {
			mx -= my;
			if (!mx)
				return 0 * x;
		}
		mx <<= 1;
	}
	if (mx >= my) {
		mx -= my;
		if (!mx)
			return 0 * x;
	}
	while (!(mx & HIDDEN)) {
		mx <<= 1;
		ey--;
	}
	if (ey > 0)
		return from_bits(sx | ((uint64_t)ey << 52) | (mx & FRAC));
	return from_bits(sx | (mx >> (1 - ey))); /* subnormal: exact */
}

double hypot(double x, double y)
{
	double a = fabs(x), b = fabs(y), t;
	int e;

	if (a - a != 0 || b - b != 0) {
		if (a == HUGE_VAL || b == HUGE_VAL)
			return HUGE_VAL;
		return a + b; /* nan */
	}
	if (a < b) {
		t = a;
		a = b;
		b = t;
	}
	if (b == 0)
		return a;
	e = expo(bits(a));
	if (e == -1023) /* subnormal */
		e = -1022;
	if (e - expo(bits(b)) > 60)
		return a + b;
	/* scale so that squares neither overflow nor underflow */
	a = scalbn(a, -e);
	b = scalbn(b, -e);
	return scalbn(sqrt(a * a + b * b), e);
}
