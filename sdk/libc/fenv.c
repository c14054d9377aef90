/* Guest libc: fenv.h over both floating-point units, as glibc does: MXCSR
 * (SSE: float and double arithmetic) and the x87's control and status words
 * (long double, -mfpmath=387). The rounding mode and the exception masks are
 * set in both; a flag is raised if either unit raised it.
 *
 * The x87 status word's flags can only be cleared all at once without
 * fnstenv/fldenv (which hsim check refuses: their images hold selectors and
 * offsets): fnclex, then the flags to keep are raised again by x87
 * operations. Exception flags only: these never trap, masked or not, until
 * the next waiting x87 instruction, as with fldenv. */
#include <fenv.h>

#define MXCSR_RC_SHIFT 3 /* MXCSR RC is bits 13-14, the FE_ values bits 10-11 */
#define MXCSR_RESET 0x1f80u /* all exceptions masked, nearest, no flags */
#define X87_CW_RESET 0x37fu /* all masked, nearest, 64-bit precision (fninit) */
#define X87_RC 0xc00u       /* the x87 control word's RC: the FE_ values */
#define X87_MASKS 0x3fu

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

static unsigned get_x87_cw(void)
{
	unsigned short cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static void set_x87_cw(unsigned cw)
{
	unsigned short w = (unsigned short)cw;

	__asm__ volatile("fldcw %0" : : "m"(w));
}

static unsigned get_x87_flags(void)
{
	unsigned short sw;

	__asm__ volatile("fnstsw %0" : "=am"(sw));
	return sw & FE_ALL_EXCEPT;
}

/* Raise the x87 flags in f by x87 arithmetic with every exception masked
 * for the while (so none traps now), then put the control word back. */
static void raise_x87_flags(unsigned f)
{
	unsigned cw = get_x87_cw();
	volatile long double zero = 0.0L, one = 1.0L, big = 0x1p16383L, tiny = 0x1p-16382L, r;

	if (!(f & FE_ALL_EXCEPT))
		return;
	set_x87_cw(cw | X87_MASKS);
	if (f & FE_INVALID)
		r = zero / zero;
	if (f & FE_DIVBYZERO)
		r = one / zero;
	if (f & FE_OVERFLOW)
		r = big * big;
	if (f & FE_UNDERFLOW)
		r = tiny * tiny;
	if (f & FE_INEXACT)
		r = one + tiny;
	(void)r;
	set_x87_cw(cw);
}

/* The x87 flags become exactly keep. */
static void set_x87_flags(unsigned keep)
{
	if (get_x87_flags() == (keep & FE_ALL_EXCEPT))
		return;
	__asm__ volatile("fnclex");
	raise_x87_flags(keep);
}

int feclearexcept(int excepts)
{
	unsigned e = (unsigned)(excepts & FE_ALL_EXCEPT);

	set_mxcsr(get_mxcsr() & ~e);
	set_x87_flags(get_x87_flags() & ~e);
	return 0;
}

int fetestexcept(int excepts)
{
	return (int)((get_mxcsr() | get_x87_flags()) & (unsigned)excepts & FE_ALL_EXCEPT);
}

int fegetexceptflag(fexcept_t *flagp, int excepts)
{
	*flagp = (fexcept_t)fetestexcept(excepts);
	return 0;
}

/* Setting flags without the operations: no trap is taken for them. */
int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	unsigned e = (unsigned)(excepts & FE_ALL_EXCEPT), f = *flagp & e;

	set_mxcsr((get_mxcsr() & ~e) | f);
	set_x87_flags((get_x87_flags() & ~e) | f);
	return 0;
}

/* Raised by SSE operations that raise them, so that an unmasked exception
 * traps as it would from the arithmetic (C leaves open which unit; glibc
 * also uses SSE for all but its x87 flags). */
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
	return (int)((get_mxcsr() >> MXCSR_RC_SHIFT) & X87_RC);
}

int fesetround(int round)
{
	if (round & ~(int)X87_RC)
		return -1;
	set_mxcsr((get_mxcsr() & ~(X87_RC << MXCSR_RC_SHIFT)) | ((unsigned)round << MXCSR_RC_SHIFT));
	set_x87_cw((get_x87_cw() & ~X87_RC) | (unsigned)round);
	return 0;
}

int fegetenv(fenv_t *envp)
{
	envp->mxcsr = get_mxcsr();
	envp->x87_cw = (unsigned short)get_x87_cw();
	envp->x87_sw = (unsigned short)get_x87_flags();
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	if (envp == FE_DFL_ENV) {
		set_mxcsr(MXCSR_RESET);
		__asm__ volatile("fnclex");
		set_x87_cw(X87_CW_RESET);
		return 0;
	}
	set_mxcsr(envp->mxcsr);
	set_x87_flags(envp->x87_sw);
	set_x87_cw(envp->x87_cw);
	return 0;
}

/* Save the environment, clear the flags and mask every exception. */
int feholdexcept(fenv_t *envp)
{
	fegetenv(envp);
	set_mxcsr((envp->mxcsr | MXCSR_RESET) & ~(unsigned)FE_ALL_EXCEPT);
	__asm__ volatile("fnclex");
	set_x87_cw(envp->x87_cw | X87_MASKS);
	return 0;
}

int feupdateenv(const fenv_t *envp)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);

	fesetenv(envp);
	feraiseexcept(raised);
	return 0;
}
