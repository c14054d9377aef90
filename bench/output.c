/* `make bench`: an output-heavy program, 10^6 formatted lines (32 MB), the
 * same source built natively against glibc and as a guest; stdout is a file
 * (fully buffered in both). */
#include <stdio.h>

int main(void)
{
	unsigned long s = 0;

	for (int i = 0; i < 1000000; i++) {
		s = s * 6364136223846793005ul + 1442695040888963407ul;
		printf("line %d: %lu %x\n", i, s >> 20, (unsigned)(s & 0xffff));
	}
	return 0;
}
