/* Guest libc: signal and raise. A raised signal calls its handler (reset
 * to SIG_DFL first, as C and System V signal() do); the default action of
 * every signal here is to end the program with status 128 + the signal, as
 * a shell reports a process killed by it. */
#include <errno.h>
#include <hsim/guest.h>
#include <signal.h>
#include <stdio.h>

static sighandler_t handlers[NSIG];

sighandler_t signal(int sig, sighandler_t handler)
{
	sighandler_t old;

	if (sig <= 0 || sig >= NSIG || sig == SIGKILL || handler == SIG_ERR) {
		errno = EINVAL;
		return SIG_ERR;
	}
	old = handlers[sig];
	handlers[sig] = handler;
	return old;
}

int raise(int sig)
{
	sighandler_t h;

	if (sig <= 0 || sig >= NSIG) {
		errno = EINVAL;
		return -1;
	}
	h = handlers[sig];
	if (h == SIG_IGN && sig != SIGKILL)
		return 0;
	if (h == SIG_DFL || sig == SIGKILL) {
		fflush(stdout);
		hsim_exit(128 + sig);
	}
	handlers[sig] = SIG_DFL;
	h(sig);
	return 0;
}
