/* Reads an I/O port the platform does not have: the monitor stops the VM
 * with an error naming the port and the instruction. With -DFAKE_EXCEPTION
 * it instead writes to the port the ring-0 exception stubs report on, with
 * RSP pointing at the ring-0 stack, which must be just as unknown. */
#include <stdio.h>

int main(void)
{
	unsigned char v = 0;
	printf("before the access\n");
#ifdef FAKE_EXCEPTION
	__asm__ volatile("mov %%rsp, %%rbx; mov $0xff00, %%esp; mov $0x511, %%dx; out %%eax, %%dx; mov %%rbx, %%rsp"
			 ::: "rbx", "rdx", "memory");
#else
	__asm__ volatile("inb $0x60, %0" : "=a"(v));
#endif
	printf("not reached %u\n", v);
	return 0;
}
