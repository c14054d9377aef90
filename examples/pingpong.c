/* Channel latency: VM 0 sends a small message to VM 1, which sends it
 * back, ROUNDS times; VM 0 prints the mean round trip in host time (run
 * without --clock-step). `hsim run --vms 2 pingpong.elf`. */
#include <stdint.h>
#include <stdio.h>
#include <hsim/guest.h>

#ifndef ROUNDS
#define ROUNDS 2000
#endif

int main(void)
{
	uint64_t token = 0;
	int id = hsim_vm_id(), from;
	if (hsim_vm_count() != 2) {
		printf("pingpong: run it on 2 VMs\n");
		return 2;
	}
	uint64_t t0 = hsim_time_ns();
	for (int i = 0; i < ROUNDS; i++) {
		if (id == 0) {
			token++;
			if (hsim_send(1, &token, sizeof(token)) != sizeof(token) ||
			    hsim_recv(&token, sizeof(token), &from) != sizeof(token))
				return 1;
		} else {
			if (hsim_recv(&token, sizeof(token), &from) != sizeof(token) ||
			    hsim_send(0, &token, sizeof(token)) != sizeof(token))
				return 1;
		}
	}
	uint64_t t1 = hsim_time_ns();
	if (id == 0)
		printf("pingpong: %d round trips, %.0f ns per round trip (token %llu)\n", ROUNDS,
		       (double)(t1 - t0) / ROUNDS, (unsigned long long)token);
	return 0;
}
