/* Stack frames larger than the whole 2 MiB stack: RSP jumps past the system
 * area below the stack (or wraps around zero) instead of running into it,
 * and the first access faults wherever it lands. Each VM tries one kind
 * (run with --vms 6), by its id:
 *   0  a fixed 3 MiB array: RSP lands in the system area
 *   1  a 3 MiB variable-length array
 *   2  a 5 MiB alloca: RSP wraps below zero
 *   3  a 2^60-byte variable-length array: RSP is not canonical
 *   4  (not an overflow) a wild write into the system area
 *   5  (not an overflow) a wild write just below the stack
 * 0-3 must say "stack overflow", 4 and 5 "protection violation". */
#include <stddef.h>
#include <stdio.h>
#include <hsim/guest.h>

static volatile size_t mib = 1u << 20; /* sizes the compiler cannot see */

__attribute__((noinline)) static int fixed_frame(void)
{
	volatile char big[3 << 20];
	big[0] = 1;
	return big[0];
}

__attribute__((noinline)) static int vla_frame(size_t n)
{
	volatile char big[n];
	big[0] = 1;
	return big[0];
}

__attribute__((noinline)) static int alloca_frame(size_t n)
{
	volatile char *big = __builtin_alloca(n);
	big[0] = 1;
	return big[0];
}

__attribute__((noinline)) static int wild_write(unsigned long addr)
{
	*(volatile char *)addr = 1;
	return 0;
}

int main(void)
{
	int r = 0;
	printf("before the fault\n");
	switch (hsim_vm_id()) {
	case 0: r = fixed_frame(); break;
	case 1: r = vla_frame(3 * mib); break;
	case 2: r = alloca_frame(5 * mib); break;
	case 3: r = vla_frame(mib << 40); break;
	case 4: r = wild_write(0x100000); break;
	case 5: r = wild_write(0x1ff000); break;
	}
	printf("not reached %d\n", r);
	return 0;
}
