/* Test-only: the guest libm's functions under hsim_ names, so that a host
 * test can link them beside glibc's (forced with -include before the SDK's
 * math sources; the test itself then includes libm_unnames.h). */
#ifndef HSIM_TEST_LIBM_NAMES_H
#define HSIM_TEST_LIBM_NAMES_H
#include <errno.h>
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
double hsim_fabs(double x);
double hsim_sqrt(double x);
double hsim_floor(double x);
double hsim_ceil(double x);
double hsim_trunc(double x);
double hsim_round(double x);
double hsim_rint(double x);
double hsim_nearbyint(double x);
double hsim_exp(double x);
double hsim_exp2(double x);
double hsim_expm1(double x);
double hsim_log(double x);
double hsim_log10(double x);
double hsim_log2(double x);
double hsim_log1p(double x);
double hsim_cbrt(double x);
double hsim_sin(double x);
double hsim_cos(double x);
double hsim_tan(double x);
double hsim_asin(double x);
double hsim_acos(double x);
double hsim_atan(double x);
double hsim_sinh(double x);
double hsim_cosh(double x);
double hsim_tanh(double x);
double hsim_asinh(double x);
double hsim_acosh(double x);
double hsim_atanh(double x);
double hsim_erf(double x);
double hsim_erfc(double x);
double hsim_tgamma(double x);
double hsim_lgamma(double x);
double hsim_logb(double x);
double hsim_fmod(double x, double y);
double hsim_remainder(double x, double y);
double hsim_copysign(double x, double y);
double hsim_fmin(double x, double y);
double hsim_fmax(double x, double y);
double hsim_fdim(double x, double y);
double hsim_hypot(double x, double y);
double hsim_nextafter(double x, double y);
double hsim_pow(double x, double y);
double hsim_atan2(double x, double y);
long hsim_lround(double x);
long long hsim_llround(double x);
long hsim_lrint(double x);
long long hsim_llrint(double x);
double hsim_remquo(double x, double y, int *q);
double hsim_ldexp(double x, int e);
double hsim_scalbn(double x, int e);
double hsim_scalbln(double x, long e);
double hsim_frexp(double x, int *e);
double hsim_modf(double x, double *ip);
int hsim_ilogb(double x);
double hsim_nexttoward(double x, long double y);
double hsim_fma(double x, double y, double z);
double hsim_nan(const char *tag);
float hsim_fabsf(float x);
float hsim_sqrtf(float x);
float hsim_floorf(float x);
float hsim_ceilf(float x);
float hsim_truncf(float x);
float hsim_roundf(float x);
float hsim_rintf(float x);
float hsim_nearbyintf(float x);
float hsim_expf(float x);
float hsim_exp2f(float x);
float hsim_expm1f(float x);
float hsim_logf(float x);
float hsim_log10f(float x);
float hsim_log2f(float x);
float hsim_log1pf(float x);
float hsim_cbrtf(float x);
float hsim_sinf(float x);
float hsim_cosf(float x);
float hsim_tanf(float x);
float hsim_asinf(float x);
float hsim_acosf(float x);
float hsim_atanf(float x);
float hsim_sinhf(float x);
float hsim_coshf(float x);
float hsim_tanhf(float x);
float hsim_asinhf(float x);
float hsim_acoshf(float x);
float hsim_atanhf(float x);
float hsim_erff(float x);
float hsim_erfcf(float x);
float hsim_tgammaf(float x);
float hsim_lgammaf(float x);
float hsim_logbf(float x);
float hsim_fmodf(float x, float y);
float hsim_remainderf(float x, float y);
float hsim_copysignf(float x, float y);
float hsim_fminf(float x, float y);
float hsim_fmaxf(float x, float y);
float hsim_fdimf(float x, float y);
float hsim_hypotf(float x, float y);
float hsim_nextafterf(float x, float y);
float hsim_powf(float x, float y);
float hsim_atan2f(float x, float y);
long hsim_lroundf(float x);
long long hsim_llroundf(float x);
long hsim_lrintf(float x);
long long hsim_llrintf(float x);
float hsim_remquof(float x, float y, int *q);
float hsim_ldexpf(float x, int e);
float hsim_scalbnf(float x, int e);
float hsim_scalblnf(float x, long e);
float hsim_frexpf(float x, int *e);
float hsim_modff(float x, float *ip);
int hsim_ilogbf(float x);
float hsim_nexttowardf(float x, long double y);
float hsim_fmaf(float x, float y, float z);
float hsim_nanf(const char *tag);
#define fabs hsim_fabs
#define sqrt hsim_sqrt
#define floor hsim_floor
#define ceil hsim_ceil
#define trunc hsim_trunc
#define round hsim_round
#define rint hsim_rint
#define nearbyint hsim_nearbyint
#define exp hsim_exp
#define exp2 hsim_exp2
#define expm1 hsim_expm1
#define log hsim_log
#define log10 hsim_log10
#define log2 hsim_log2
#define log1p hsim_log1p
#define cbrt hsim_cbrt
#define sin hsim_sin
#define cos hsim_cos
#define tan hsim_tan
#define asin hsim_asin
#define acos hsim_acos
#define atan hsim_atan
#define sinh hsim_sinh
#define cosh hsim_cosh
#define tanh hsim_tanh
#define asinh hsim_asinh
#define acosh hsim_acosh
#define atanh hsim_atanh
#define erf hsim_erf
#define erfc hsim_erfc
#define tgamma hsim_tgamma
#define lgamma hsim_lgamma
#define logb hsim_logb
#define fmod hsim_fmod
#define remainder hsim_remainder
#define copysign hsim_copysign
#define fmin hsim_fmin
#define fmax hsim_fmax
#define fdim hsim_fdim
#define hypot hsim_hypot
#define nextafter hsim_nextafter
#define pow hsim_pow
#define atan2 hsim_atan2
#define lround hsim_lround
#define llround hsim_llround
#define lrint hsim_lrint
#define llrint hsim_llrint
#define remquo hsim_remquo
#define ldexp hsim_ldexp
#define scalbn hsim_scalbn
#define scalbln hsim_scalbln
#define frexp hsim_frexp
#define modf hsim_modf
#define ilogb hsim_ilogb
#define nexttoward hsim_nexttoward
#define fma hsim_fma
#define nan hsim_nan
#define fabsf hsim_fabsf
#define sqrtf hsim_sqrtf
#define floorf hsim_floorf
#define ceilf hsim_ceilf
#define truncf hsim_truncf
#define roundf hsim_roundf
#define rintf hsim_rintf
#define nearbyintf hsim_nearbyintf
#define expf hsim_expf
#define exp2f hsim_exp2f
#define expm1f hsim_expm1f
#define logf hsim_logf
#define log10f hsim_log10f
#define log2f hsim_log2f
#define log1pf hsim_log1pf
#define cbrtf hsim_cbrtf
#define sinf hsim_sinf
#define cosf hsim_cosf
#define tanf hsim_tanf
#define asinf hsim_asinf
#define acosf hsim_acosf
#define atanf hsim_atanf
#define sinhf hsim_sinhf
#define coshf hsim_coshf
#define tanhf hsim_tanhf
#define asinhf hsim_asinhf
#define acoshf hsim_acoshf
#define atanhf hsim_atanhf
#define erff hsim_erff
#define erfcf hsim_erfcf
#define tgammaf hsim_tgammaf
#define lgammaf hsim_lgammaf
#define logbf hsim_logbf
#define fmodf hsim_fmodf
#define remainderf hsim_remainderf
#define copysignf hsim_copysignf
#define fminf hsim_fminf
#define fmaxf hsim_fmaxf
#define fdimf hsim_fdimf
#define hypotf hsim_hypotf
#define nextafterf hsim_nextafterf
#define powf hsim_powf
#define atan2f hsim_atan2f
#define lroundf hsim_lroundf
#define llroundf hsim_llroundf
#define lrintf hsim_lrintf
#define llrintf hsim_llrintf
#define remquof hsim_remquof
#define ldexpf hsim_ldexpf
#define scalbnf hsim_scalbnf
#define scalblnf hsim_scalblnf
#define frexpf hsim_frexpf
#define modff hsim_modff
#define ilogbf hsim_ilogbf
#define nexttowardf hsim_nexttowardf
#define fmaf hsim_fmaf
#define nanf hsim_nanf
#endif
