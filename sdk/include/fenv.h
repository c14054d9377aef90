/* Guest libc: the floating-point environment: MXCSR, which governs the
 * guest's float and double arithmetic (SSE), and the x87's control and
 * status words, which govern long double (and -mfpmath=387) arithmetic. */
#ifndef HSIM_LIBC_FENV_H
#define HSIM_LIBC_FENV_H

#ifdef __cplusplus
extern "C" {
#endif

/* exception flags: MXCSR bits 0-5 (bit 1, denormal, is not C's) */
#define FE_INVALID 0x01
#define FE_DIVBYZERO 0x04
#define FE_OVERFLOW 0x08
#define FE_UNDERFLOW 0x10
#define FE_INEXACT 0x20
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)

/* rounding: the values glibc uses (MXCSR's RC field shifted down 3) */
#define FE_TONEAREST 0
#define FE_DOWNWARD 0x400
#define FE_UPWARD 0x800
#define FE_TOWARDZERO 0xc00

typedef unsigned short fexcept_t;
typedef struct {
	unsigned int mxcsr;
	unsigned short x87_cw;  /* x87 control word */
	unsigned short x87_sw;  /* x87 exception flags (status word bits 0-5) */
} fenv_t;

#define FE_DFL_ENV ((const fenv_t *)-1)

int feclearexcept(int excepts);
int fegetexceptflag(fexcept_t *flagp, int excepts);
int feraiseexcept(int excepts);
int fesetexceptflag(const fexcept_t *flagp, int excepts);
int fetestexcept(int excepts);
int fegetround(void);
int fesetround(int round);
int fegetenv(fenv_t *envp);
int feholdexcept(fenv_t *envp);
int fesetenv(const fenv_t *envp);
int feupdateenv(const fenv_t *envp);

#ifdef __cplusplus
}
#endif

#endif
