/* Guest libc: fenv.h over MXCSR, the control and status register of the SSE
 * unit, which does all of the guest's float and double arithmetic. The x87
 * words are left alone: hsim runs no x87 code exactly (hsim check refuses
 * it), so a program that uses fenv.h must not get x87 instructions here. */
#include <fenv.h>

#define MXCSR_RC_SHIFT 3 /* MXCSR RC is bits 13-14, the FE_ values bits 10-11 */
#define MXCSR_RESET 0x1f80u /* all exceptions masked, nearest, no flags */

static unsigned get_mxcsr(void)
{
	unsigned m;

	__asm__ volatile("stmxcsr %0" : "=m"(m));
	return m;
}

static void set_mxcsr(unsigned m)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(m));
}

int feclearexcept(int excepts)
{
	set_mxcsr(get_mxcsr() & ~(unsigned)(excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	return (int)(get_mxcsr() & (unsigned)excepts & FE_ALL_EXCEPT);
}

int fegetexceptflag(fexcept_t *flagp, int excepts)
{
	*flagp = (fexcept_t)fetestexcept(excepts);
	return 0;
}

/* Setting flags without the operations: no trap is taken for them. */
int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	excepts &= FE_ALL_EXCEPT;
	set_mxcsr((get_mxcsr() & ~(unsigned)excepts) | (*flagp & (unsigned)excepts));
	return 0;
}

/* Raised by operations that raise them, so that an unmasked exception
 * traps as it would from the arithmetic. */
int feraiseexcept(int excepts)
{
	volatile double zero = 0.0, one = 1.0, big = 0x1p1023, tiny = 0x1p-1022, r;

	if (excepts & FE_INVALID)
		r = zero / zero;
	if (excepts & FE_DIVBYZERO)
		r = one / zero;
	if (excepts & FE_OVERFLOW)
		r = big * big;
	if (excepts & FE_UNDERFLOW)
		r = tiny * tiny;
	if (excepts & FE_INEXACT)
		r = one + tiny;
	(void)r;
	return 0;
}

int fegetround(void)
{
	return (int)((get_mxcsr() >> MXCSR_RC_SHIFT) & 0xc00);
}

int fesetround(int round)
{
	if (round & ~0xc00)
		return -1;
	set_mxcsr((get_mxcsr() & ~(0xc00u << MXCSR_RC_SHIFT)) | ((unsigned)round << MXCSR_RC_SHIFT));
	return 0;
}

int fegetenv(fenv_t *envp)
{
	envp->mxcsr = get_mxcsr();
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	set_mxcsr(envp == FE_DFL_ENV ? MXCSR_RESET : envp->mxcsr);
	return 0;
}

/* Save the environment, clear the flags and mask every exception. */
int feholdexcept(fenv_t *envp)
{
	fegetenv(envp);
	set_mxcsr((envp->mxcsr | MXCSR_RESET) & ~(unsigned)FE_ALL_EXCEPT);
	return 0;
}

int feupdateenv(const fenv_t *envp)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);

	fesetenv(envp);
	feraiseexcept(raised);
	return 0;
}
