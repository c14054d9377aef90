/* Channels: back-and-forth traffic that is never a deadlock. Run with 2 or
 * more VMs: VM 0 and VM 1 play ROUNDS round trips, each message carrying
 * the round number (VM 1 answers with round + 1); then VM 0 passes a token
 * along a ring 0 -> 1 -> ... -> n-1 -> 0, and each VM exits as soon as it
 * has passed the token on (VM 0 when it comes back). Whenever a VM waits in
 * hsim_recv, some other VM is running and about to send to it: a deadlock
 * report here is a false one. Exit code = failures. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <hsim/guest.h>

#ifndef ROUNDS
#define ROUNDS 2000
#endif

static int failures;

static void fail(const char *what, long a, long b)
{
	if (failures++ < 10)
		printf("FAIL %s: %ld, %ld\n", what, a, b);
}

/* recv one uint64_t, checking the length and the sender */
static uint64_t get(int want_from)
{
	uint64_t v = ~0ull;
	int from = -1;
	long r = hsim_recv(&v, sizeof(v), &from);
	if (r != (long)sizeof(v))
		fail("recv length", r, (long)sizeof(v));
	if (from != want_from)
		fail("recv from", from, want_from);
	return v;
}

static void put(int to, uint64_t v)
{
	long r = hsim_send(to, &v, sizeof(v));
	if (r != (long)sizeof(v))
		fail("send", r, (long)sizeof(v));
}

int main(void)
{
	int id = hsim_vm_id(), n = hsim_vm_count();
	if (n < 2) {
		printf("FAIL needs 2 VMs or more, has %d\n", n);
		return 1;
	}
	if (id == 0) {
		for (uint64_t i = 0; i < ROUNDS; i++) {
			put(1, 2 * i);
			uint64_t v = get(1);
			if (v != 2 * i + 1)
				fail("round trip", (long)v, (long)(2 * i + 1));
		}
		printf("vm 0: %d round trips\n", ROUNDS);
	} else if (id == 1) {
		for (uint64_t i = 0; i < ROUNDS; i++) {
			uint64_t v = get(0);
			if (v != 2 * i)
				fail("round trip", (long)v, (long)(2 * i));
			put(0, v + 1);
		}
	}
	/* the ring: the token is 1000 + the number of hops so far */
	if (id == 0) {
		put(1, 1000);
		uint64_t v = get(n - 1);
		if (v != 1000u + (unsigned)n - 1)
			fail("ring token", (long)v, 1000 + n - 1);
		printf("vm 0: the token came back after %d hops\n", (int)(v - 1000) + 1);
	} else {
		uint64_t v = get(id - 1);
		if (v != 1000u + (unsigned)id - 1)
			fail("ring token", (long)v, 1000 + id - 1);
		put((id + 1) % n, v + 1);
	}
	printf("vm %d: %d failures\n", id, failures);
	return failures;
}
