/* Rewrites the same 64 MiB forever with long rep stos: the simulator must
 * still see a time limit or a signal within milliseconds (each piece of a
 * rep string counts as one instruction, but moves a page). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	char *p = malloc(64 << 20);
	if (!p)
		return 1;
	printf("spinning over memory\n");
	for (unsigned i = 0;; i++)
		memset(p, (int)i, 64 << 20);
}
