/* x87 bytes written at run time and called: hsim cannot run x87 exactly
 * (hsim check refuses it in a guest's text). KVM must not run them
 * natively: both engines give #UD at the buffer. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint8_t buf[64] __attribute__((aligned(16)));

int main(void)
{
	/* fld1; fstpl (%rdi); ret */
	static const uint8_t code[] = { 0xd9, 0xe8, 0xdd, 0x1f, 0xc3 };
	double d = 0;
	memcpy(buf, code, sizeof(code));
	printf("calling x87 code at %p\n", (void *)buf);
	((void (*)(double *))(void *)buf)(&d);
	printf("x87 ran natively: %d\n", (int)d);
	return 0;
}
