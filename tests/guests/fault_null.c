/* Reads through a NULL pointer: page 0 is never mapped, so this is a #PF. */
#include <stdio.h>

__attribute__((noinline)) int trigger(volatile int *p)
{
	return *p;
}

int main(void)
{
	printf("before the fault\n");
	printf("not reached %d\n", trigger((volatile int *)0));
	return 0;
}
