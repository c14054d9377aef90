/* Writes a whole line, then a partial one (no newline), then spins: only a
 * time limit or a signal to hsim ends it, and the partial line must still
 * reach the console. */
#include <hsim/guest.h>
#include <stdio.h>

int main(void)
{
	volatile unsigned long n = 0;
	printf("vm %d waiting\n", hsim_vm_id());
	fflush(stdout);
	hsim_write(1, "partial line", 12);
	for (;;)
		n++;
}
