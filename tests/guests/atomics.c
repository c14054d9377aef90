/* C11 atomics that gcc does not inline (libatomic's entry points in the
 * SDK: 16-byte and odd-sized objects, _Atomic floating point with its
 * exception flags) and the x87 instructions behind them (fnstenv, fldenv;
 * fnsave, frstor and fisttp as well): the lines before "--" must match the
 * same source built natively; the "env" lines after it, which hold code
 * addresses, must match between KVM and the simulator. */
#include <fenv.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct three { char c[3]; };
struct pair { uint64_t a, b; };

static _Atomic double d = 1.0;
static _Atomic float f = 3.0f;
static _Atomic long double ld = 2.0L;
static _Atomic unsigned __int128 big;
static _Atomic struct three three;
static _Atomic struct pair pair;

static void dump(const char *what, const unsigned char *p, unsigned n)
{
	printf("env %s", what);
	for (unsigned i = 0; i < n; i++)
		printf(" %02x", p[i]);
	printf("\n");
}

int main(int argc, char **argv)
{
	(void)argv;
	for (int i = 0; i < 20; i++) {
		d += 1.5 * argc;
		f *= 1.25f;
		ld -= 0.125L * i;
		big += (unsigned __int128)0x123456789abcdefull << 40;
	}
	printf("double %.17g float %.9g long double %.21Lg\n", (double)d, (double)f, (long double)ld);
	unsigned __int128 b = big;
	printf("int128 %016llx%016llx\n", (unsigned long long)(b >> 64), (unsigned long long)b);

	/* floating-point exceptions of an atomic compound assignment */
	feclearexcept(FE_ALL_EXCEPT);
	d /= 0.0 * argc;
	printf("divbyzero %d inexact %d\n", !!fetestexcept(FE_DIVBYZERO), !!fetestexcept(FE_INEXACT));
	feclearexcept(FE_ALL_EXCEPT);
	ld /= 3.0L;
	printf("x87 inexact %d divbyzero %d\n", !!fetestexcept(FE_INEXACT), !!fetestexcept(FE_DIVBYZERO));

	/* odd and 16-byte structs: exchange and compare-exchange */
	struct three t3 = { { 'a', 'b', 'c' } }, old3 = atomic_exchange(&three, t3), want3 = { { 0 } };
	struct three n3 = { { 'x', 'y', 'z' } };
	int ok1 = atomic_compare_exchange_strong(&three, &want3, n3); /* fails: holds abc */
	int ok2 = atomic_compare_exchange_strong(&three, &want3, n3); /* want3 is now abc */
	struct three now3 = atomic_load(&three);
	printf("three %d %d %d %.3s %.3s\n", old3.c[0], ok1, ok2, want3.c, now3.c);
	struct pair p = { 1, 2 }, wp = { 1, 2 };
	atomic_store(&pair, p);
	struct pair q = { 3, 4 };
	printf("pair %d", atomic_compare_exchange_strong(&pair, &wp, q));
	struct pair r = atomic_load(&pair);
	printf(" %llu %llu\n", (unsigned long long)r.a, (unsigned long long)r.b);
	printf("lock free: int128 %d pair %d\n", atomic_is_lock_free(&big) ? 1 : 0,
	       atomic_is_lock_free(&pair) ? 1 : 0);

	/* fisttp: truncation whatever the rounding mode */
	long double v = -2.75L * argc;
	long long t;
	fesetround(FE_UPWARD);
	__asm__ volatile("fisttpll %0" : "=m"(t) : "t"(v) : "st");
	fesetround(FE_TONEAREST);
	printf("fisttp %lld\n", t);

	/* fnsave clears the FPU, frstor brings it back */
	unsigned char save[108], env[28];
	long double x = 1.0L / 3 * argc, y;
	__asm__ volatile("fldt %1\n\tfnsave %0\n\tfld1\n\tfrstor %0\n\tfstpt %2"
			 : "+m"(save) : "m"(x), "m"(y) : "memory");
	printf("frstor %d\n", memcmp(&x, &y, 10) == 0);
	printf("--\n");
	dump("fnsave", save, 28);
	__asm__ volatile("fnstenv %0" : "=m"(env));
	dump("fnstenv", env, 28);
	env[4] |= 0x01; /* an invalid-operation flag, masked */
	__asm__ volatile("fldenv %0\n\tfnstenv %0" : "+m"(env));
	dump("fldenv", env, 28);
	return 0;
}
