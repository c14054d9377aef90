/* tgmath.h picks the function by the argument's type (tests/kvm/posix.sh
 * compares this with the native program's output). */
#include <stdio.h>
#include <tgmath.h>

#define KIND(e) _Generic((e), float: "float", double: "double", long double: "long double", \
	float complex: "float complex", double complex: "double complex",               \
	long double complex: "long double complex", int: "int", long: "long",           \
	long long: "long long", default: "other")
#define SHOW(e) printf("%-24s %s\n", #e, KIND(e))

int main(void)
{
	float f = 0.5f;
	long double l = 0.5L;
	double complex z = CMPLX(0.5, 0.25);
	float complex zf = CMPLXF(0.5f, 0.25f);
	int i = 2;

	SHOW(sin(f));
	SHOW(sin(0.5));
	SHOW(sin(i));
	SHOW(sin(l));
	SHOW(sin(z));
	SHOW(sin(zf));
	SHOW(sqrt(zf));
	SHOW(fabs(z));
	SHOW(fabs(zf));
	SHOW(pow(f, l));
	SHOW(pow(f, z));
	SHOW(atan2(f, i));
	SHOW(atan2(f, f));
	SHOW(ldexp(f, 3));
	SHOW(lrint(f));
	SHOW(ilogb(l));
	SHOW(creal(zf));
	SHOW(conj(i));
	SHOW(fma(f, f, l));
	SHOW(hypot(l, 1));
	/* the values (to a few digits short of exact: the SDK's math is not
	 * glibc's to the last bit) */
	printf("%.6g %.14g %.6g %.14g\n", (double)sin(f), sin(0.5), (double)crealf(sqrt(zf)), cimag(exp(z)));
	printf("%.6g %.14g %.6g\n", (double)fabs(zf), (double)floor(l * 3), (double)cbrt(27.0f));
	return 0;
}
