/* Writes far beyond guest memory: reported as #PF with the address. */
#include <stdio.h>

__attribute__((noinline)) void trigger(volatile unsigned long *p)
{
	*p = 1;
}

int main(void)
{
	printf("before the fault\n");
	trigger((volatile unsigned long *)0x7f0000001000ul);
	printf("not reached\n");
	return 0;
}
