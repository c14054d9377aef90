/* Executes ud2: the run must end with "guest fault #UD at ... (trigger...)". */
#include <stdio.h>

__attribute__((noinline)) void trigger(void)
{
	__asm__ volatile("ud2");
}

int main(void)
{
	printf("before the fault\n");
	trigger();
	printf("not reached\n");
	return 0;
}
