/* Channels: VMs that wait in hsim_recv for messages nobody sends. What it
 * does depends on the number of VMs:
 *   1 VM:   VM 0 waits (no VM could ever send to it): a deadlock;
 *   2 VMs:  VM 0 spins without hypercalls, VM 1 waits: never a deadlock,
 *           only a time limit ends the run;
 *   3 VMs+: VM 0 sends "hi" to VM 1 and exits; VM 1 gets it and waits
 *           again; the others wait from the start: a deadlock once VM 0
 *           has ended and VM 1 waits.
 * A hsim_recv that returns is a failure (exit code 1). */
#include <stdio.h>
#include <string.h>
#include <hsim/guest.h>

int main(void)
{
	int id = hsim_vm_id(), n = hsim_vm_count();
	char buf[16];
	int from = -1;
	long r;

	if (n == 2 && id == 0) {
		printf("vm 0 spins\n");
		fflush(stdout);
		for (volatile unsigned long i = 0;; i++)
			;
	}
	if (n >= 3 && id == 0) {
		r = hsim_send(1, "hi", 2);
		printf("vm 0 sent hi: %ld, exits\n", r);
		return r == 2 ? 0 : 1;
	}
	if (n >= 3 && id == 1) {
		r = hsim_recv(buf, sizeof(buf), &from);
		if (r != 2 || memcmp(buf, "hi", 2) || from != 0) {
			printf("FAIL vm 1: recv %ld from %d\n", r, from);
			return 1;
		}
		printf("vm 1 got hi from vm 0\n");
	}
	printf("vm %d waits\n", id);
	fflush(stdout);
	r = hsim_recv(buf, sizeof(buf), &from);
	printf("FAIL vm %d: hsim_recv returned %ld (from %d)\n", id, r, from);
	return 1;
}
