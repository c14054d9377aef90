/* A write into its own text, in KVM: only the page written leaves KVM
 * (its code then runs in the simulator), the rest of the text stays: a
 * loop elsewhere runs natively after it. Exit code: errors. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* on a page of its own: nothing else runs from there */
__attribute__((noinline, aligned(4096))) uint64_t patched(uint64_t x)
{
	uint64_t r;
	__asm__ volatile("movl $0x11111111, %%eax\n\taddq %1, %%rax" : "=a"(r) : "r"(x));
	return r;
}

__attribute__((noinline, aligned(4096))) static uint64_t mix(uint64_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ull;
	for (uint64_t i = 0; i < n; i++)
		h = (h ^ i) * 0x100000001b3ull;
	return h;
}

int main(void)
{
	int errors = 0;
	uint8_t *p = (uint8_t *)(void *)patched, *imm = NULL;
	for (int i = 0; i < 32 && !imm; i++)
		if (p[i] == 0xb8 && p[i + 1] == 0x11 && p[i + 2] == 0x11)
			imm = p + i + 1;
	if (!imm)
		return 2;
	uint64_t before = patched(1);
	for (uint32_t v = 0; v < 10; v++) {
		memcpy(imm, &v, 4);
		errors += patched(1) != (uint64_t)v + 1;
	}
	uint64_t h = mix(2000000);
	printf("patched %llu then %llu, mix %llx, %d errors\n", (unsigned long long)before,
	       (unsigned long long)patched(1), (unsigned long long)h, errors);
	return errors;
}
