/* Guest libc: the stack protector's failure (-fstack-protector*). */
#include <stdio.h>
#include <hsim/guest.h>

/* Called by code built with -fstack-protector* when a function's canary
 * (%fs:0x28, set by the host at start) was overwritten: the stack is not
 * to be trusted, so no atexit handlers run; stdout is flushed first, so
 * that what the program printed before it comes out. */
__attribute__((noreturn)) void __stack_chk_fail(void)
{
	static const char msg[] = "*** stack smashing detected ***: terminated\n";
	fflush(stdout);
	hsim_write(2, msg, sizeof msg - 1);
	hsim_exit(134);
}

/* The same for code that calls it through its local alias. */
__attribute__((noreturn, visibility("hidden"))) void __stack_chk_fail_local(void)
{
	__stack_chk_fail();
}
