/* Every CPUID leaf the guest can see, register by register: basic leaves
 * 0..max, subleaves 0..3 of the leaves that have them (4, 7, 0xb, 0xd), then
 * the extended leaves 0x80000000..max. The dump must be the same in KVM and
 * in the simulator: both show the platform's table, not the host's CPU. */
#include <stdint.h>
#include <stdio.h>

/* a sane bound on how many leaves get dumped, whatever max leaf says */
#define MAX_LEAVES 0x40

struct regs {
	uint32_t a, b, c, d;
};

static struct regs cpuid(uint32_t leaf, uint32_t sub)
{
	struct regs r;
	__asm__ volatile("cpuid" : "=a"(r.a), "=b"(r.b), "=c"(r.c), "=d"(r.d) : "a"(leaf), "c"(sub));
	return r;
}

static int has_subleaves(uint32_t leaf)
{
	return leaf == 4 || leaf == 7 || leaf == 0xb || leaf == 0xd;
}

static void dump_range(uint32_t first, uint32_t *leaf1_ecx)
{
	struct regs r = cpuid(first, 0);
	uint32_t max = r.a, leaf, sub;

	if (max < first || max - first >= MAX_LEAVES) {
		printf("cpuid 0x%08x: max leaf 0x%08x out of range, dumping leaf 0x%08x only\n",
		       first, max, first);
		max = first;
	}
	for (leaf = first; leaf <= max; leaf++) {
		for (sub = 0; sub < (has_subleaves(leaf) ? 4u : 1u); sub++) {
			r = cpuid(leaf, sub);
			printf("cpuid 0x%08x.%u: eax 0x%08x ebx 0x%08x ecx 0x%08x edx 0x%08x\n",
			       leaf, sub, r.a, r.b, r.c, r.d);
			if (leaf == 1 && leaf1_ecx)
				*leaf1_ecx = r.c;
		}
	}
}

int main(void)
{
	struct regs r = cpuid(0, 0);
	char vendor[13];
	uint32_t ecx1 = 0;
	unsigned i;

	for (i = 0; i < 4; i++) {
		vendor[i] = (char)(r.b >> (8 * i));
		vendor[4 + i] = (char)(r.d >> (8 * i));
		vendor[8 + i] = (char)(r.c >> (8 * i));
	}
	vendor[12] = 0;
	for (i = 0; i < 12; i++)
		if (vendor[i] < 0x20 || vendor[i] > 0x7e)
			vendor[i] = '?';
	printf("cpuid: vendor \"%s\", max basic leaf 0x%x\n", vendor, r.a);

	dump_range(0, &ecx1);
	dump_range(0x80000000u, NULL);

	/* leaf 1 ECX: bit 27 OSXSAVE, bit 28 AVX; both must be clear for a
	 * guest that may only use SSE */
	printf("cpuid: leaf 1 ecx 0x%08x, avx %s, osxsave %s\n", ecx1,
	       (ecx1 >> 28) & 1 ? "yes" : "no", (ecx1 >> 27) & 1 ? "yes" : "no");
	return 0;
}
