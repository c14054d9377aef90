/* int1 (icebp, F1): a #DB trap, RIP after the instruction on hardware (this
 * KVM reports it at the instruction; the KVM engine corrects it). */
#include <stdio.h>

__attribute__((noinline)) void trigger(void)
{
	__asm__ volatile(".byte 0xf1\n\tnop");
}

int main(void)
{
	printf("before\n");
	trigger();
	printf("after\n");
	return 0;
}
