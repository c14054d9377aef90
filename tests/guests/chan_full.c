/* Channels: another VM's full queue, and the end of a VM seen by its
 * senders. Run with 2 VMs. VM 0 fills VM 1's queue with 64 numbered
 * messages (VM 1 receives nothing yet), finds the 65th refused with EAGAIN
 * and exits. VM 1 meanwhile sends to VM 0 until that fails with EPIPE
 * (VM 0 has ended: its queue fills up before that, so EAGAIN is all right
 * too); only then does it take the 64 messages out of its queue, in order,
 * and finds it empty after them. Exit code = failures. */
#include <stdint.h>
#include <stdio.h>
#include <hsim/guest.h>

static int failures;

static void expect(const char *what, long r, long want)
{
	if (r != want) {
		printf("FAIL %s: got %ld, want %ld\n", what, r, want);
		failures++;
	} else {
		printf("ok   %s\n", what);
	}
}

int main(void)
{
	int id = hsim_vm_id(), n = hsim_vm_count();
	uint64_t buf[64];
	int from;
	long r;

	if (n != 2) {
		printf("FAIL wants 2 VMs, has %d\n", n);
		return 1;
	}
	if (id == 0) {
		long bad = 0;
		for (int i = 0; i < HSIM_MSG_QUEUE; i++) {
			/* lengths 8 .. 512: the queue counts messages, not bytes */
			for (int k = 0; k <= i; k++)
				buf[k] = 0xabc00000u + (uint64_t)i * 100 + (uint64_t)k;
			r = hsim_send(1, buf, (size_t)(i + 1) * 8);
			if (r != (i + 1) * 8 && !bad++)
				printf("     message %d to vm 1: %ld\n", i + 1, r);
		}
		expect("64 messages to vm 1 that does not receive", bad, 0);
		expect("the 65th: EAGAIN", hsim_send(1, buf, 8), HSIM_GUEST_EAGAIN);
		expect("the 66th, 0 bytes: EAGAIN", hsim_send(1, buf, 0), HSIM_GUEST_EAGAIN);
		printf("vm 0: %d failures\n", failures);
		return failures;
	}
	/* VM 1: wait for VM 0's end by sending to it (bounded by 20 s) */
	long sends = 0, other = 0;
	uint64_t t0 = hsim_time_ns();
	do {
		r = hsim_send(0, "ping", 4);
		sends++;
		if (r != 4 && r != HSIM_GUEST_EAGAIN && r != HSIM_GUEST_EPIPE)
			other = r;
	} while (r != HSIM_GUEST_EPIPE && hsim_time_ns() - t0 < 20000000000ull);
	expect("vm 1's sends to vm 0 end in EPIPE", r, HSIM_GUEST_EPIPE);
	expect("... before it only 4 or EAGAIN", other, 0);
	long bad = 0;
	for (int i = 0; i < HSIM_MSG_QUEUE; i++) {
		for (int k = 0; k < 64; k++)
			buf[k] = 0;
		from = -7;
		r = hsim_try_recv(buf, sizeof(buf), &from);
		int wrong = r != (i + 1) * 8 || from != 0;
		for (int k = 0; k <= i && !wrong; k++)
			wrong = buf[k] != 0xabc00000u + (uint64_t)i * 100 + (uint64_t)k;
		if (wrong && !bad++)
			printf("     message %d: length %ld from %d first word 0x%llx\n", i + 1, r, from,
			       (unsigned long long)buf[0]);
	}
	expect("then the 64 messages of the ended vm 0, in order", bad, 0);
	expect("and no 65th", hsim_try_recv(buf, sizeof(buf), &from), HSIM_GUEST_EAGAIN);
	printf("vm 1: %ld sends until EPIPE, %d failures\n", sends, failures);
	return failures;
}
