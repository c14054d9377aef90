/* Executes int3: reported as #BP. */
#include <stdio.h>

__attribute__((noinline)) void trigger(void)
{
	__asm__ volatile("int3");
}

int main(void)
{
	printf("before the fault\n");
	trigger();
	printf("not reached\n");
	return 0;
}
