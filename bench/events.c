/* Event costs measured by the guest itself: N cpuid instructions (a patched
 * instruction: a simple event by default, a complex one when the event list
 * says `insn cpuid complex simulate`), and N calls of a small function (in
 * the VM, or in the simulator with --simulate work). */
#include <stdio.h>
#include <stdint.h>
#include <hsim/guest.h>

#ifndef N
#define N 20000
#endif

__attribute__((noinline)) uint64_t work(uint64_t x)
{
	/* a few dozen instructions, like a small leaf function */
	for (int i = 0; i < 8; i++)
		x = x * 6364136223846793005ull + 1442695040888963407ull;
	return x ^ (x >> 29);
}

int main(void)
{
	uint32_t a, b, c, d, sum = 0;
	uint64_t t0 = hsim_time_ns();
	for (int i = 0; i < N; i++) {
		__asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0), "c"(0));
		sum += a;
	}
	uint64_t t1 = hsim_time_ns();
	uint64_t x = 1;
	for (int i = 0; i < N; i++)
		x = work(x);
	uint64_t t2 = hsim_time_ns();
	printf("cpuid: %.0f ns/op (%u)\n", (double)(t1 - t0) / N, sum);
	printf("call: %.0f ns/op (%llx)\n", (double)(t2 - t1) / N, (unsigned long long)x);
	return 0;
}
