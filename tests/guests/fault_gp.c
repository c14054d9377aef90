/* Touches a non-canonical address: reported as #GP. */
#include <stdio.h>

__attribute__((noinline)) int trigger(volatile int *p)
{
	return *p;
}

int main(void)
{
	printf("before the fault\n");
	printf("not reached %d\n", trigger((volatile int *)0x8000000000000000ul));
	return 0;
}
