/* Code written at run time and called runs under the rules of code in the
 * text, in both engines: x87 bytes run exactly (the simulator runs x87), AVX
 * bytes, which hsim cannot run exactly (CPUID hides AVX; hsim check refuses
 * it in a guest's text), give #UD at the buffer in both engines: KVM must
 * not run them natively. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint8_t buf[64] __attribute__((aligned(16)));
static uint8_t avxbuf[64] __attribute__((aligned(16)));

int main(void)
{
	/* fld1; fstpl (%rdi); ret */
	static const uint8_t x87[] = { 0xd9, 0xe8, 0xdd, 0x1f, 0xc3 };
	/* vpcmpeqd %xmm0, %xmm0, %xmm0; vmovd %xmm0, (%rdi); ret */
	static const uint8_t avx[] = { 0xc5, 0xf9, 0x76, 0xc0, 0xc5, 0xf9, 0x7e, 0x07, 0xc3 };
	double d = 0;
	uint32_t u = 0;

	memcpy(buf, x87, sizeof(x87));
	printf("calling x87 code at %p\n", (void *)buf);
	((void (*)(double *))(void *)buf)(&d);
	printf("x87 code ran: %d\n", (int)d);
	memcpy(avxbuf, avx, sizeof(avx));
	printf("calling AVX code at %p\n", (void *)avxbuf);
	((void (*)(uint32_t *))(void *)avxbuf)(&u);
	printf("AVX ran natively: %x\n", u);
	return 0;
}
