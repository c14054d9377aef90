/* Exits forever (a hypercall and a clock read per round): an exit-heavy
 * guest for recordings that are killed or stopped by --timeout. */
#include <stdio.h>
#include <hsim/guest.h>

int main(void)
{
	volatile uint64_t sum = 0;
	printf("exiting\n");
	for (;;)
		sum += hsim_time_ns() + (uint64_t)hsim_vm_id();
}
