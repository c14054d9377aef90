/* Channels: order. Run with 2 VMs or more: every VM but 0 sends MSGS
 * numbered messages of varying length (4 to 1003 bytes) to VM 0, retrying
 * while VM 0's queue is full; VM 0 receives them all (hsim_recv and
 * hsim_try_recv by turns) and checks that each sender's messages come in
 * the order they were sent, none lost, none doubled, bytes intact. Exit
 * code = failures. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <hsim/guest.h>

#ifndef MSGS
#define MSGS 3000
#endif
#define MAXLEN 1003

static int failures;

static void fail(const char *what, long a, long b, long c)
{
	if (failures++ < 10)
		printf("FAIL %s: %ld %ld %ld\n", what, a, b, c);
}

static size_t len_of(int vm, uint32_t i)
{
	return 4 + (i * 37u + (uint32_t)vm * 11u) % (MAXLEN - 3);
}

static void fill(uint8_t *p, int vm, uint32_t i)
{
	size_t n = len_of(vm, i);
	memcpy(p, &i, 4);
	for (size_t k = 4; k < n; k++)
		p[k] = (uint8_t)(k + i * 3 + (uint32_t)vm * 101);
}

int main(void)
{
	int id = hsim_vm_id(), n = hsim_vm_count();
	static uint8_t buf[MAXLEN + 1], want[MAXLEN + 1];
	static uint32_t next[1024];
	long r;

	if (n < 2 || n > 1024) {
		printf("FAIL wants 2 to 1024 VMs, has %d\n", n);
		return 1;
	}
	if (id != 0) {
		long again = 0;
		for (uint32_t i = 0; i < MSGS; i++) {
			fill(buf, id, i);
			while ((r = hsim_send(0, buf, len_of(id, i))) == HSIM_GUEST_EAGAIN) {
				/* a pause without exits before the retry */
				for (volatile int k = 0; k < 2000; k++)
					;
				again++;
			}
			if (r != (long)len_of(id, i))
				fail("send", (long)i, r, (long)len_of(id, i));
		}
		printf("vm %d: sent %d messages (%ld EAGAIN), %d failures\n", id, MSGS, again, failures);
		return failures;
	}
	long total = (long)MSGS * (n - 1), tries = 0;
	for (long got = 0; got < total;) {
		int from = -1;
		r = got % 2 ? hsim_recv(buf, sizeof(buf), &from) : hsim_try_recv(buf, sizeof(buf), &from);
		if (r == HSIM_GUEST_EAGAIN && got % 2 == 0) {
			tries++;
			r = hsim_recv(buf, sizeof(buf), &from);
		}
		if (r < 4 || from < 1 || from >= n) {
			fail("recv", got, r, from);
			break;
		}
		uint32_t i;
		memcpy(&i, buf, 4);
		if (i != next[from])
			fail("order: sender, got, want", from, (long)i, (long)next[from]);
		else if ((size_t)r != len_of(from, i))
			fail("length: sender, index, length", from, (long)i, r);
		else {
			fill(want, from, i);
			if (memcmp(buf, want, (size_t)r))
				fail("bytes: sender, index", from, (long)i, 0);
		}
		next[from] = i + 1;
		got++;
	}
	int from = -1;
	r = hsim_try_recv(buf, sizeof(buf), &from);
	if (r != HSIM_GUEST_EAGAIN)
		fail("a message after the last", r, from, 0);
	printf("vm 0: %ld messages from %d VMs in order (%ld empty try_recv), %d failures\n", total, n - 1,
	       tries, failures);
	return failures;
}
