/* Touches ever more memory, 16 MiB at a time, until malloc fails: the host
 * memory guard must stop it first (HSIM_MEM_LIMIT in tests/kvm/robust.sh). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	printf("eating\n");
	for (int i = 1;; i++) {
		char *p = malloc(16 << 20);
		if (!p) {
			printf("malloc failed after %d MiB\n", (i - 1) * 16);
			return 1;
		}
		memset(p, i, 16 << 20);
	}
}
