/* The SDK's headers in C89 (tests/kvm/sdk.sh builds this with -std=c89
 * -pedantic -Werror, for hsim and natively): every header parses without
 * C99 (no bare restrict, no inline) and the program runs as natively. */
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#if defined(__has_include)
#if __has_include(<hsim/guest.h>) /* not natively */
#include <hsim/guest.h>
#include <hsim/devices.h>
#endif
#endif

static int cmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

int main(void)
{
	int v[5];
	char buf[64];
	int i;
	double x = sqrt(2.0);

	v[0] = 5; v[1] = 3; v[2] = 9; v[3] = 1; v[4] = 7;
	qsort(v, 5, sizeof(v[0]), cmp);
	for (i = 0; i < 5; i++)
		printf("%d ", v[i]);
	printf("\n");
	sprintf(buf, "%.4f %s %d", x, "c89", toupper('q'));
	printf("%s (%lu)\n", buf, (unsigned long)strlen(buf));
	printf("INT_MAX %d, atoi %d, strtol %ld\n", INT_MAX, atoi("42"), strtol("-17", NULL, 10));
	return 0;
}
