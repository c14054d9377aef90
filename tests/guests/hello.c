/* The smallest useful guest: prints a greeting and exits with code 0. */
#include <stdio.h>
#include <hsim/guest.h>

int main(void)
{
	printf("hello from vm %d of %d\n", hsim_vm_id(), hsim_vm_count());
	return 0;
}
