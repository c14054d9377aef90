/* Code the guest writes at run time and calls: in a malloc'd buffer, on the
 * stack, rewritten and called again, calling back into its own text, an
 * rdtsc written at run time (it must read the virtual clock, as the
 * patched ones do), and last a write into its own text. KVM may run only
 * the code hsim scanned: all of this runs in the simulator, in both
 * engines the same way (docs/design.md, "Code written at run time"). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t (*fn_t)(uint64_t);

/* mov $imm32, %eax; add %rdi, %rax; ret */
static void emit_add(uint8_t *p, uint32_t imm)
{
	p[0] = 0xb8;
	memcpy(p + 1, &imm, 4);
	p[5] = 0x48; p[6] = 0x01; p[7] = 0xf8;
	p[8] = 0xc3;
}

/* rdtsc; shl $32, %rdx; or %rdx, %rax; ret */
static void emit_rdtsc(uint8_t *p)
{
	static const uint8_t c[] = { 0x0f, 0x31, 0x48, 0xc1, 0xe2, 0x20, 0x48, 0x09, 0xd0, 0xc3 };
	memcpy(p, c, sizeof(c));
}

/* movabs $target, %rax; jmp *%rax: a tail call back into the text */
static void emit_jump(uint8_t *p, uint64_t target)
{
	p[0] = 0x48; p[1] = 0xb8;
	memcpy(p + 2, &target, 8);
	p[10] = 0xff; p[11] = 0xe0;
}

static inline uint64_t tsc(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (uint64_t)hi << 32 | lo;
}

__attribute__((noinline)) uint64_t in_text(uint64_t x)
{
	printf("in_text(%llu)\n", (unsigned long long)x);
	return x * 3;
}

__attribute__((noinline, aligned(16))) uint64_t patched(uint64_t x)
{
	uint64_t r;
	__asm__ volatile("movl $0x11111111, %%eax\n\taddq %1, %%rax" : "=a"(r) : "r"(x));
	return r;
}

__attribute__((noinline)) static uint64_t on_stack(uint64_t x)
{
	uint8_t code[16];
	emit_add(code, 100);
	return ((fn_t)(void *)code)(x);
}

int main(void)
{
	int errors = 0;
	uint8_t *buf = malloc(4096);
	if (!buf)
		return 2;

	emit_add(buf, 7);
	uint64_t a = ((fn_t)(void *)buf)(5);
	emit_add(buf, 40); /* rewritten, called again */
	uint64_t b = ((fn_t)(void *)buf)(2);
	uint64_t c = on_stack(1);
	printf("heap %llu, rewritten %llu, stack %llu\n", (unsigned long long)a,
	       (unsigned long long)b, (unsigned long long)c);
	errors += a != 12 || b != 42 || c != 101;

	emit_jump(buf + 64, (uint64_t)(uintptr_t)in_text);
	uint64_t d = ((fn_t)(void *)(buf + 64))(14);
	printf("back from the text: %llu\n", (unsigned long long)d);
	errors += d != 42;

	/* the virtual clock: between the text's (patched) reads */
	emit_rdtsc(buf + 128);
	uint64_t t0 = tsc();
	uint64_t t1 = ((uint64_t (*)(void))(void *)(buf + 128))();
	uint64_t t2 = tsc();
	int clock_ok = t0 <= t1 && t1 <= t2;
	printf("rdtsc written at run time reads the virtual clock: %s\n", clock_ok ? "yes" : "no");
	errors += !clock_ok;

	/* a write into its own text, then the text goes on */
	uint8_t *p = (uint8_t *)(void *)patched, *imm = NULL;
	for (int i = 0; i < 32 && !imm; i++)
		if (p[i] == 0xb8 && p[i + 1] == 0x11 && p[i + 2] == 0x11)
			imm = p + i + 1;
	if (!imm) {
		printf("immediate not found\n");
		return 2;
	}
	uint32_t v = 0x1000;
	memcpy(imm, &v, 4);
	uint64_t e = patched(5);
	uint64_t f = ((fn_t)(void *)buf)(2);
	printf("text rewritten: %llu, buffer after it %llu\n", (unsigned long long)e,
	       (unsigned long long)f);
	errors += e != 0x1005 || f != 42;
	printf("rtcode: %d errors\n", errors);
	return errors != 0;
}
