/* Guest libc: C99 type-generic math over math.h and complex.h, with
 * gcc's __builtin_tgmath (an integer argument is a double). Where math.h
 * has no long double function yet, the long double form computes in
 * double. */
#ifndef HSIM_LIBC_TGMATH_H
#define HSIM_LIBC_TGMATH_H

#include <complex.h>
#include <math.h>

#ifndef __cplusplus
static __inline__ long double __hsim_tg_acosl(long double x)
{
	return acos((double)x);
}
static __inline__ long double __hsim_tg_acoshl(long double x)
{
	return acosh((double)x);
}
static __inline__ long double __hsim_tg_asinl(long double x)
{
	return asin((double)x);
}
static __inline__ long double __hsim_tg_asinhl(long double x)
{
	return asinh((double)x);
}
static __inline__ long double __hsim_tg_atanhl(long double x)
{
	return atanh((double)x);
}
static __inline__ long double __hsim_tg_cbrtl(long double x)
{
	return cbrt((double)x);
}
static __inline__ long double __hsim_tg_coshl(long double x)
{
	return cosh((double)x);
}
static __inline__ long double __hsim_tg_erfl(long double x)
{
	return erf((double)x);
}
static __inline__ long double __hsim_tg_erfcl(long double x)
{
	return erfc((double)x);
}
static __inline__ long double __hsim_tg_expm1l(long double x)
{
	return expm1((double)x);
}
static __inline__ long double __hsim_tg_fdiml(long double x, long double y)
{
	return fdim((double)x, (double)y);
}
static __inline__ long double __hsim_tg_fmal(long double x, long double y, long double z)
{
	return fma((double)x, (double)y, (double)z);
}
static __inline__ long double __hsim_tg_hypotl(long double x, long double y)
{
	return hypot((double)x, (double)y);
}
static __inline__ int __hsim_tg_ilogbl(long double x)
{
	return ilogb((double)x);
}
static __inline__ long double __hsim_tg_lgammal(long double x)
{
	return lgamma((double)x);
}
static __inline__ long long __hsim_tg_llroundl(long double x)
{
	return llround((double)x);
}
static __inline__ long double __hsim_tg_log1pl(long double x)
{
	return log1p((double)x);
}
static __inline__ long double __hsim_tg_logbl(long double x)
{
	return logb((double)x);
}
static __inline__ long double __hsim_tg_nextafterl(long double x, long double y)
{
	return nextafter((double)x, (double)y);
}
static __inline__ long double __hsim_tg_nexttowardl(long double x, long double y)
{
	return nexttoward((double)x, y);
}
static __inline__ long double __hsim_tg_remquol(long double x, long double y, int *q)
{
	return remquo((double)x, (double)y, q);
}
static __inline__ long double __hsim_tg_scalblnl(long double x, long e)
{
	return scalbln((double)x, e);
}
static __inline__ long double __hsim_tg_sinhl(long double x)
{
	return sinh((double)x);
}
static __inline__ long double __hsim_tg_tanhl(long double x)
{
	return tanh((double)x);
}
static __inline__ long double __hsim_tg_tgammal(long double x)
{
	return tgamma((double)x);
}

#define acos(x) __builtin_tgmath(acosf, acos, __hsim_tg_acosl, cacosf, cacos, cacosl, x)
#define asin(x) __builtin_tgmath(asinf, asin, __hsim_tg_asinl, casinf, casin, casinl, x)
#define atan(x) __builtin_tgmath(atanf, atan, atanl, catanf, catan, catanl, x)
#define acosh(x) __builtin_tgmath(acoshf, acosh, __hsim_tg_acoshl, cacoshf, cacosh, cacoshl, x)
#define asinh(x) __builtin_tgmath(asinhf, asinh, __hsim_tg_asinhl, casinhf, casinh, casinhl, x)
#define atanh(x) __builtin_tgmath(atanhf, atanh, __hsim_tg_atanhl, catanhf, catanh, catanhl, x)
#define cos(x) __builtin_tgmath(cosf, cos, cosl, ccosf, ccos, ccosl, x)
#define sin(x) __builtin_tgmath(sinf, sin, sinl, csinf, csin, csinl, x)
#define tan(x) __builtin_tgmath(tanf, tan, tanl, ctanf, ctan, ctanl, x)
#define cosh(x) __builtin_tgmath(coshf, cosh, __hsim_tg_coshl, ccoshf, ccosh, ccoshl, x)
#define sinh(x) __builtin_tgmath(sinhf, sinh, __hsim_tg_sinhl, csinhf, csinh, csinhl, x)
#define tanh(x) __builtin_tgmath(tanhf, tanh, __hsim_tg_tanhl, ctanhf, ctanh, ctanhl, x)
#define exp(x) __builtin_tgmath(expf, exp, expl, cexpf, cexp, cexpl, x)
#define log(x) __builtin_tgmath(logf, log, logl, clogf, clog, clogl, x)
#define pow(x, y) __builtin_tgmath(powf, pow, powl, cpowf, cpow, cpowl, x, y)
#define sqrt(x) __builtin_tgmath(sqrtf, sqrt, sqrtl, csqrtf, csqrt, csqrtl, x)
#define fabs(x) __builtin_tgmath(fabsf, fabs, fabsl, cabsf, cabs, cabsl, x)
#define atan2(x, y) __builtin_tgmath(atan2f, atan2, atan2l, x, y)
#define cbrt(x) __builtin_tgmath(cbrtf, cbrt, __hsim_tg_cbrtl, x)
#define ceil(x) __builtin_tgmath(ceilf, ceil, ceill, x)
#define copysign(x, y) __builtin_tgmath(copysignf, copysign, copysignl, x, y)
#define erf(x) __builtin_tgmath(erff, erf, __hsim_tg_erfl, x)
#define erfc(x) __builtin_tgmath(erfcf, erfc, __hsim_tg_erfcl, x)
#define exp2(x) __builtin_tgmath(exp2f, exp2, exp2l, x)
#define expm1(x) __builtin_tgmath(expm1f, expm1, __hsim_tg_expm1l, x)
#define fdim(x, y) __builtin_tgmath(fdimf, fdim, __hsim_tg_fdiml, x, y)
#define floor(x) __builtin_tgmath(floorf, floor, floorl, x)
#define fma(x, y, z) __builtin_tgmath(fmaf, fma, __hsim_tg_fmal, x, y, z)
#define fmax(x, y) __builtin_tgmath(fmaxf, fmax, fmaxl, x, y)
#define fmin(x, y) __builtin_tgmath(fminf, fmin, fminl, x, y)
#define fmod(x, y) __builtin_tgmath(fmodf, fmod, fmodl, x, y)
#define frexp(x, e) __builtin_tgmath(frexpf, frexp, frexpl, x, e)
#define hypot(x, y) __builtin_tgmath(hypotf, hypot, __hsim_tg_hypotl, x, y)
#define ilogb(x) __builtin_tgmath(ilogbf, ilogb, __hsim_tg_ilogbl, x)
#define ldexp(x, e) __builtin_tgmath(ldexpf, ldexp, ldexpl, x, e)
#define lgamma(x) __builtin_tgmath(lgammaf, lgamma, __hsim_tg_lgammal, x)
#define llrint(x) __builtin_tgmath(llrintf, llrint, llrintl, x)
#define llround(x) __builtin_tgmath(llroundf, llround, __hsim_tg_llroundl, x)
#define log10(x) __builtin_tgmath(log10f, log10, log10l, x)
#define log1p(x) __builtin_tgmath(log1pf, log1p, __hsim_tg_log1pl, x)
#define log2(x) __builtin_tgmath(log2f, log2, log2l, x)
#define logb(x) __builtin_tgmath(logbf, logb, __hsim_tg_logbl, x)
#define lrint(x) __builtin_tgmath(lrintf, lrint, lrintl, x)
#define lround(x) __builtin_tgmath(lroundf, lround, lroundl, x)
#define nearbyint(x) __builtin_tgmath(nearbyintf, nearbyint, nearbyintl, x)
#define nextafter(x, y) __builtin_tgmath(nextafterf, nextafter, __hsim_tg_nextafterl, x, y)
#define nexttoward(x, y) __builtin_tgmath(nexttowardf, nexttoward, __hsim_tg_nexttowardl, x, y)
#define remainder(x, y) __builtin_tgmath(remainderf, remainder, remainderl, x, y)
#define remquo(x, y, q) __builtin_tgmath(remquof, remquo, __hsim_tg_remquol, x, y, q)
#define rint(x) __builtin_tgmath(rintf, rint, rintl, x)
#define round(x) __builtin_tgmath(roundf, round, roundl, x)
#define scalbn(x, e) __builtin_tgmath(scalbnf, scalbn, scalbnl, x, e)
#define scalbln(x, e) __builtin_tgmath(scalblnf, scalbln, __hsim_tg_scalblnl, x, e)
#define tgamma(x) __builtin_tgmath(tgammaf, tgamma, __hsim_tg_tgammal, x)
#define trunc(x) __builtin_tgmath(truncf, trunc, truncl, x)
#define carg(x) __builtin_tgmath(cargf, carg, cargl, x)
#define cimag(x) __builtin_tgmath(cimagf, cimag, cimagl, x)
#define conj(x) __builtin_tgmath(conjf, conj, conjl, x)
#define cproj(x) __builtin_tgmath(cprojf, cproj, cprojl, x)
#define creal(x) __builtin_tgmath(crealf, creal, creall, x)
#endif
#endif
