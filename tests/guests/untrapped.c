/* Uses instructions this KVM runs at ring 3 without a trap (rdtsc, an AVX
 * instruction) and a system call: `hsim check` must list them and `hsim run`
 * refuse the guest. */
#include <stdint.h>
#include <stdio.h>

__attribute__((noinline)) uint64_t read_tsc(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

__attribute__((noinline)) void avx_zero(void)
{
	__asm__ volatile("vpxor %%xmm0, %%xmm0, %%xmm0" ::: "xmm0");
}

/* never called: a Linux system call has no place in an hsim guest */
__attribute__((noinline, used)) void linux_exit(void)
{
	__asm__ volatile("syscall" ::: "rcx", "r11", "memory");
}

int main(void)
{
	uint64_t t = read_tsc();
	avx_zero();
	printf("tsc %s\n", t ? "nonzero" : "zero");
	return 0;
}
