/* Sets RFLAGS.TF: the single-step trap after the next instruction is
 * reported as #DB (a trap: RIP is past that instruction). */
#include <stdio.h>

__attribute__((noinline)) void trigger(void)
{
	__asm__ volatile("pushfq; orq $0x100, (%%rsp); popfq; nop; nop" ::: "memory", "cc");
}

int main(void)
{
	printf("before the fault\n");
	trigger();
	printf("not reached\n");
	return 0;
}
