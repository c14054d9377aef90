/* Hypercall round trip through the whole monitor: N x hsim_vm_id(). */
#include <stdio.h>
#include <stdlib.h>
#include <hsim/guest.h>

#ifndef CALLS
#define CALLS 20000
#endif

int main(void)
{
	uint64_t t0 = hsim_time_ns();
	int sum = 0;
	for (int i = 0; i < CALLS; i++)
		sum += hsim_vm_id();
	uint64_t t1 = hsim_time_ns();
	printf("hsim hypercall: %d calls, %.0f ns/call (%d)\n", CALLS,
	       (double)(t1 - t0) / CALLS, sum);
	return 0;
}
