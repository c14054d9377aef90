/* EFLAGS.AC set at CPL 3: hsim's CR0.AM is clear, so hardware never raises
 * #AC; the flag itself stays what popf made it. The guest sets AC, makes
 * misaligned loads, stores, read-modify-writes, pushes and pops, a string
 * copy, a locked xadd and a call and ret with a misaligned stack, calls
 * printf with AC still set, reads RFLAGS back with pushf, and prints what
 * it saw. On this KVM each of those raised #AC (docs/kvm-notes.md). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint8_t buf[256] __attribute__((aligned(16)));

static uint64_t rflags(void)
{
	uint64_t f;
	__asm__ volatile("pushfq; popq %0" : "=r"(f));
	return f;
}

static void set_ac(int on)
{
	if (on)
		__asm__ volatile("pushfq; orq $0x40000, (%%rsp); popfq" ::: "memory", "cc");
	else
		__asm__ volatile("pushfq; andq $~0x40000, (%%rsp); popfq" ::: "memory", "cc");
}

__attribute__((noinline)) static uint64_t misaligned(uint8_t *p)
{
	uint64_t a, b, sum;
	__asm__ volatile(
		"movq 1(%[p]), %[a]\n\t"          /* load */
		"movl %k[a], 7(%[p])\n\t"         /* store */
		"addw $0x1234, 3(%[p])\n\t"       /* read-modify-write */
		"lock xaddq %[a], 33(%[p])\n\t"   /* locked */
		"movq %%rsp, %[b]\n\t"            /* misaligned stack */
		"subq $3, %%rsp\n\t"
		"pushq 9(%[p])\n\t"
		"call 1f\n\t"
		"jmp 2f\n"
		"1:\tret\n"
		"2:\tpopq %[sum]\n\t"
		"movq %[b], %%rsp\n\t"
		"addq %[a], %[sum]\n\t"
		: [a] "=&r"(a), [b] "=&r"(b), [sum] "=&r"(sum)
		: [p] "r"(p)
		: "memory", "cc");
	return sum;
}

int main(void)
{
	for (unsigned i = 0; i < sizeof(buf); i++)
		buf[i] = (uint8_t)(i * 37 + 11);
	set_ac(1);
	uint64_t f1 = rflags();
	uint64_t s = misaligned(buf);
	memmove(buf + 101, buf + 3, 61); /* misaligned copy */
	printf("with AC set: rflags.ac %d\n", (int)(rflags() >> 18 & 1));
	uint64_t f2 = rflags();
	set_ac(0);
	uint64_t f3 = rflags();
	uint32_t h = 0;
	for (unsigned i = 0; i < sizeof(buf); i++)
		h = h * 31 + buf[i];
	printf("ac %d %d %d, sum %016llx, buf %08x\n", (int)(f1 >> 18 & 1), (int)(f2 >> 18 & 1),
	       (int)(f3 >> 18 & 1), (unsigned long long)s, h);
	return 0;
}
