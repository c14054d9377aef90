/* Self-modifying code: the guest writes machine code, runs it, rewrites it
 * in place and runs it again, many times, both in a data buffer and inside
 * its own text. The simulator's decode cache must see every change. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef uint64_t (*fn_t)(uint64_t);

static uint8_t buf[4096] __attribute__((aligned(64)));

/* mov $imm32, %eax; add %rdi, %rax; ret */
static void emit_add(uint8_t *p, uint32_t imm)
{
	p[0] = 0xb8;
	memcpy(p + 1, &imm, 4);
	p[5] = 0x48; p[6] = 0x01; p[7] = 0xf8;
	p[8] = 0xc3;
}

/* a function in .text whose immediate the guest patches */
__attribute__((noinline, aligned(16))) uint64_t patched(uint64_t x)
{
	uint64_t r;
	__asm__ volatile("movl $0x11111111, %%eax\n\taddq %1, %%rax" : "=a"(r) : "r"(x));
	return r;
}

int main(void)
{
	int errors = 0;
	uint64_t sum = 0;

	/* 1: a buffer rewritten between calls (same address, new code) */
	for (uint32_t i = 0; i < 1000; i++) {
		emit_add(buf, i * 7);
		uint64_t r = ((fn_t)(void *)buf)(i);
		if (r != (uint64_t)i * 8)
			errors++;
		sum += r;
	}
	/* 2: the code rewrites its own next instruction: a loop body whose
	 * immediate is patched while the loop runs */
	uint8_t *p = (uint8_t *)(void *)patched;
	uint8_t *imm = NULL;
	for (int i = 0; i < 32; i++)
		if (p[i] == 0xb8 && p[i + 1] == 0x11 && p[i + 2] == 0x11) {
			imm = p + i + 1;
			break;
		}
	if (!imm) {
		printf("smc: immediate not found\n");
		return 2;
	}
	for (uint32_t i = 0; i < 1000; i++) {
		uint32_t v = 0x1000 + i;
		memcpy(imm, &v, 4);
		uint64_t r = patched(5);
		if (r != (uint64_t)v + 5)
			errors++;
		sum += r;
	}
	/* 3: a write that changes an instruction's length: nop sled overwritten */
	memset(buf + 256, 0x90, 16);
	buf[272] = 0x48; buf[273] = 0x89; buf[274] = 0xf8; buf[275] = 0xc3; /* mov %rdi,%rax; ret */
	uint64_t a = ((fn_t)(void *)(buf + 256))(42);
	emit_add(buf + 256, 1000);
	uint64_t b = ((fn_t)(void *)(buf + 256))(42);
	if (a != 42 || b != 1042)
		errors++;
	printf("smc: sum %llu, %d errors\n", (unsigned long long)sum, errors);
	return errors != 0;
}
