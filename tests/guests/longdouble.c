/* long double and x87 code: arithmetic, conversions, comparisons, rounding
 * modes and precision control, transcendentals, BCD, stack faults, and
 * double code compiled for the x87 (fpmath=387); then the libc's long
 * double functions whose results are exact (math, printf, strtold). Every
 * result is printed as its bits (and the x87 status word where it matters),
 * so that KVM, the simulator and a native build of this file (glibc) must
 * print the same. Builds with hsim-cc and with plain gcc (-lm). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long sum; /* a checksum of everything printed */

static void show(const char *what, long double v)
{
	uint64_t m;
	uint16_t se;
	memcpy(&m, &v, 8);
	memcpy(&se, (const char *)&v + 8, 2);
	sum = sum * 31 + m + se;
	printf("%-14s %04x %016llx\n", what, se, (unsigned long long)m);
}

static unsigned fsw(void)
{
	uint16_t w;
	__asm__ volatile("fnstsw %0" : "=a"(w));
	return w;
}

static void set_cw(uint16_t cw)
{
	__asm__ volatile("fldcw %0" : : "m"(cw));
}

#define UNARY(name, insn) \
	static long double name(long double x) \
	{ \
		__asm__(insn : "+t"(x)); \
		return x; \
	}
UNARY(x_sqrt, "fsqrt") UNARY(x_sin, "fsin") UNARY(x_cos, "fcos") UNARY(x_rnd, "frndint")
UNARY(x_f2xm1, "f2xm1") UNARY(x_abs, "fabs") UNARY(x_chs, "fchs")

static long double x_tan(long double x)
{
	long double one, r;
	/* fptan replaces x by its tangent and pushes 1 */
	__asm__("fptan" : "=t"(one), "=u"(r) : "0"(x));
	(void)one;
	return r;
}

static long double x_atan2(long double y, long double x)
{
	__asm__("fpatan" : "+t"(x) : "u"(y) : "st(1)");
	return x;
}

static long double x_yl2x(long double y, long double x)
{
	__asm__("fyl2x" : "+t"(x) : "u"(y) : "st(1)");
	return x;
}

static long double x_yl2xp1(long double y, long double x)
{
	__asm__("fyl2xp1" : "+t"(x) : "u"(y) : "st(1)");
	return x;
}

static long double x_scale(long double x, long double e)
{
	__asm__("fscale" : "+t"(x) : "u"(e));
	return x;
}

static long double x_prem(long double x, long double y, int ieee)
{
	if (ieee)
		__asm__("1: fprem1\n\tfnstsw %%ax\n\ttestb $4, %%ah\n\tjnz 1b" : "+t"(x) : "u"(y) : "ax", "cc");
	else
		__asm__("1: fprem\n\tfnstsw %%ax\n\ttestb $4, %%ah\n\tjnz 1b" : "+t"(x) : "u"(y) : "ax", "cc");
	return x;
}

static long double x_xtract(long double x, long double *e)
{
	long double sig;
	__asm__("fxtract" : "=t"(sig), "=u"(*e) : "0"(x));
	return sig;
}

/* double arithmetic the compiler does on the x87 */
__attribute__((target("fpmath=387"), noinline))
static double poly387(double x)
{
	double r = 0;
	for (int i = 0; i < 20; i++)
		r = r * x + 1.0 / (i + 1);
	return r / (x + 3.0) - (double)(long)(x * 7.5);
}

int main(void)
{
	volatile long double a = 1.0L / 3.0L, b = 2.718281828459045235360287471352662497757L;
	volatile long double tiny = 0x1p-16440L, huge = 0x1.fffffffffffffffep16383L;
	volatile double d = 0.1;
	volatile float f = 3.14159f;
	volatile int64_t i64 = -1234567890123456789LL;
	volatile int32_t i32 = 2147483647;
	volatile int16_t i16 = -32768;

	show("a", a);
	show("b", b);
	show("a+b", a + b);
	show("a-b", a - b);
	show("a*b", a * b);
	show("a/b", a / b);
	show("b/a", b / a);
	show("tiny*tiny", tiny * tiny);
	show("huge*huge", huge * huge);
	show("tiny/3", tiny / 3);
	show("from double", (long double)d);
	show("from float", (long double)f);
	show("from i64", (long double)i64);
	show("from i32", (long double)i32);
	show("from i16", (long double)i16);
	printf("to double      %016llx\n", (unsigned long long)(union { double d; uint64_t u; }){ (double)(a * b) }.u);
	printf("to float       %08x\n", (union { float f; uint32_t u; }){ (float)(a * b) }.u);
	printf("to i64         %lld\n", (long long)(b * 1e15L));
	printf("to i32         %d\n", (int)(b * -1e8L));
	printf("to u64         %llu\n", (unsigned long long)(huge / 0x1p16320L));
	printf("compare        %d %d %d %d\n", a < b, a == a, b <= a, a != b);
	volatile long double nan = __builtin_nanl(""), inf = __builtin_infl();
	printf("unordered      %d %d %d\n", nan < a, nan == nan, __builtin_isunordered(nan, a));
	show("inf-inf", inf - inf);
	show("0/0", (a - a) / (a - a));
	show("nan+1", nan + 1);
	printf("status         %04x\n", fsw() & 0x3f);

	/* rounding modes and precision control */
	for (unsigned rc = 0; rc < 4; rc++)
		for (unsigned pc = 0; pc < 4; pc++) {
			if (pc == 1)
				continue;
			char name[16];
			set_cw((uint16_t)(0x37f & ~0xf00) | (uint16_t)(rc << 10) | (uint16_t)(pc << 8));
			long double q = a / b, s = x_sqrt(b), r = x_rnd(b * 1.5L);
			set_cw(0x37f);
			snprintf(name, sizeof name, "rc%u pc%u /", rc, pc);
			show(name, q);
			snprintf(name, sizeof name, "rc%u pc%u sqrt", rc, pc);
			show(name, s);
			snprintf(name, sizeof name, "rc%u pc%u rnd", rc, pc);
			show(name, r);
		}

	/* transcendentals and friends */
	show("sin", x_sin(a));
	show("cos", x_cos(b));
	show("sin big", x_sin(1e18L));
	show("tan", x_tan(a));
	show("atan2", x_atan2(a, b));
	show("yl2x", x_yl2x(a, b));
	show("yl2xp1", x_yl2xp1(b, a / 8));
	show("f2xm1", x_f2xm1(a));
	show("scale", x_scale(b, 100.7L));
	show("prem", x_prem(1e30L, b, 0));
	show("prem1", x_prem(1e30L, b, 1));
	long double e;
	show("xtract", x_xtract(b * 1e100L, &e));
	show("xtract exp", e);
	show("abs", x_abs(-a));
	show("chs", x_chs(a));
	long double pi, l2e, lg2;
	__asm__("fldpi" : "=t"(pi));
	__asm__("fldl2e" : "=t"(l2e));
	__asm__("fldlg2" : "=t"(lg2));
	show("pi", pi);
	show("l2e", l2e);
	show("lg2", lg2);

	/* BCD */
	uint8_t bcd[10];
	long double big = 123456789012345678.0L;
	__asm__("fbstp %0" : "=m"(bcd) : "t"(big) : "st");
	printf("fbstp          ");
	for (int i = 9; i >= 0; i--)
		printf("%02x", bcd[i]);
	printf("\n");
	long double back;
	__asm__("fbld %1" : "=t"(back) : "m"(bcd));
	show("fbld", back);

	/* stack overflow (masked): nine pushes */
	__asm__ volatile("fninit");
	long double ov;
	__asm__ volatile("fld1\n\tfld1\n\tfld1\n\tfld1\n\tfld1\n\tfld1\n\tfld1\n\tfld1\n\tfld1\n\t"
			 "fnstsw %%ax\n\tmovw %%ax, %1\n\tfstpt %0\n\tfninit"
			 : "=m"(ov), "=m"(*(volatile uint16_t *)bcd) : : "ax", "memory");
	show("overflow", ov);
	printf("overflow fsw   %04x\n", *(volatile uint16_t *)bcd);

	/* double code on the x87 */
	for (int i = 0; i < 5; i++) {
		double r = poly387(d * i + 0.25);
		uint64_t u;
		memcpy(&u, &r, 8);
		sum = sum * 31 + u;
		printf("poly387 %d      %016llx\n", i, (unsigned long long)u);
	}
	/* libc: exact long double math, printing and reading */
	volatile long double big1 = 1e30L, x = 123.456789L;
	int ex;
	long double ip;
	show("sqrtl", sqrtl(b));
	show("floorl", floorl(-x));
	show("ceill", ceill(x));
	show("truncl", truncl(-x));
	show("roundl", roundl(2.5L));
	show("rintl", rintl(-3.5L));
	show("fmodl", fmodl(big1, b));
	show("remainderl", remainderl(big1, b));
	show("frexpl", frexpl(x, &ex));
	printf("frexpl exp     %d\n", ex);
	show("ldexpl", ldexpl(x, -16400));
	show("modfl", modfl(-x, &ip));
	show("modfl int", ip);
	show("copysignl", copysignl(x, -0.0L));
	printf("lrintl         %ld %lld\n", lrintl(x * 1e10L), llrintl(-x * 1e15L));
	printf("printf         %.25Le|%La|%Lg|%.40Lf\n", a, b, tiny, a * 1e-20L);
	printf("printf big     %.0Lf\n", huge);
	show("strtold", strtold("3.14159265358979323846264338327950288", NULL));
	show("strtold tiny", strtold("3.6451995318824746025e-4951", NULL));
	show("strtold hex", strtold("0x1.fffffffffffffffffp0", NULL));
	printf("checksum       %016lx\n", sum);
	return 0;
}
