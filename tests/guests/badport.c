/* Reads an I/O port the platform does not have: the monitor stops the VM
 * with an error naming the port and the instruction. */
#include <stdio.h>

int main(void)
{
	unsigned char v;
	printf("before the access\n");
	__asm__ volatile("inb $0x60, %0" : "=a"(v));
	printf("not reached %u\n", v);
	return 0;
}
