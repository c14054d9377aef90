/* The SDK's process start (tests/kvm/sdk.sh): main's argc, argv and envp,
 * environ and getenv, as a hosted program sees them. Built for hsim and
 * natively; run with the same arguments and environment, both print the
 * same (argv[0] is left out: the two programs' names differ). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv, char **envp)
{
	int n = 0;
	printf("argc %d\n", argc);
	for (int i = 1; i < argc; i++)
		printf("argv[%d] '%s' (%zu)\n", i, argv[i], strlen(argv[i]));
	printf("argv[argc] %s\n", argv[argc] ? "set" : "NULL");
	for (char **e = envp; *e; e++)
		printf("envp[%d] '%s'\n", n++, *e);
	printf("environ is envp: %d\n", environ == envp);
	printf("getenv(HSIM_A) %s\n", getenv("HSIM_A") ? getenv("HSIM_A") : "(null)");
	printf("getenv(HSIM_EMPTY) '%s'\n", getenv("HSIM_EMPTY") ? getenv("HSIM_EMPTY") : "(null)");
	printf("getenv(HSIM) %s\n", getenv("HSIM") ? getenv("HSIM") : "(null)");
	printf("getenv(NOPE) %s\n", getenv("NOPE") ? getenv("NOPE") : "(null)");
	printf("stack aligned %d\n", (int)((unsigned long)__builtin_frame_address(0) % 16 == 0));
	return argc - 1;
}
