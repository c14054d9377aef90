/* An unmasked x87 exception: zero divide with ZE unmasked becomes pending
 * at the fdiv and is raised (#MF) by the next waiting x87 instruction, the fstp. */
#include <stdio.h>

int main(void)
{
	unsigned short cw = 0x37f & ~0x4; /* ZE unmasked */
	volatile double one = 1.0, zero = 0.0;
	double r;

	printf("before\n");
	__asm__ volatile("fldcw %0" : : "m"(cw));
	__asm__ volatile("fldl %1\n\tfdivl %2\n\t"
			 ".globl trigger\ntrigger: fstpl %0" : "=m"(r) : "m"(one), "m"(zero));
	printf("not reached %g\n", r);
	return 0;
}
