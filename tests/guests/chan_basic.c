/* Channels, the calls one by one: hsim_send, hsim_recv, hsim_try_recv and
 * their errors. Run with 2 VMs (--vms 2). VM 0 first checks, alone, what
 * needs no partner (bad VM numbers, sizes, wild pointers, its own queue:
 * messages to itself, a full queue, a too small buffer), then sends
 * messages of 0, 1, 4095 and 65536 bytes to VM 1, which checks and echoes
 * each; VM 1 then says "bye" and exits, and VM 0 sends to it until the
 * send fails with EPIPE. VM 0 never waits in hsim_recv for VM 1 (it polls
 * with hsim_try_recv): what is checked here does not depend on deadlock
 * detection (chan_rounds.c and chan_wait.c test that). Prints "ok"/"FAIL"
 * lines; exit code = failures. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <hsim/guest.h>

extern uintptr_t __hsim_heap_end; /* the end of guest memory (sdk/crt0.S) */

static int failures;
static uint8_t big[HSIM_MSG_MAX + 16], got[HSIM_MSG_MAX + 16];

static void expect(const char *what, long r, long want)
{
	if (r != want) {
		printf("FAIL %s: got %ld, want %ld\n", what, r, want);
		failures++;
	} else {
		printf("ok   %s\n", what);
	}
}

static void fill(uint8_t *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)(i * 31 + seed * 7 + (i >> 8));
}

/* the first byte of p[0..n) that is not fill(seed)'s, or -1 */
static long differs(const uint8_t *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != (uint8_t)(i * 31 + seed * 7 + (i >> 8)))
			return (long)i;
	return -1;
}

static const size_t sizes[] = { 0, 1, 4095, HSIM_MSG_MAX };
#define NSIZES (sizeof(sizes) / sizeof(sizes[0]))

static void vm0_alone(void)
{
	char what[96];
	int from = -7;
	uint8_t *end = (uint8_t *)__hsim_heap_end;
	long r;

	expect("try_recv on an empty queue: EAGAIN", hsim_try_recv(got, sizeof(got), &from), HSIM_GUEST_EAGAIN);
	expect("try_recv on an empty queue leaves from alone", from, -7);

	/* no such VM */
	expect("send to vm -1: EINVAL", hsim_send(-1, big, 4), HSIM_GUEST_EINVAL);
	expect("send to vm 2 (count): EINVAL", hsim_send(2, big, 4), HSIM_GUEST_EINVAL);
	expect("send to vm 3: EINVAL", hsim_send(3, big, 4), HSIM_GUEST_EINVAL);
	expect("send to vm INT_MAX: EINVAL", hsim_send(INT_MAX, big, 4), HSIM_GUEST_EINVAL);
	expect("send to vm INT_MIN: EINVAL", hsim_send(INT_MIN, big, 4), HSIM_GUEST_EINVAL);
	expect("send to vm 1<<32 (raw hypercall): EINVAL",
	       hsim_hypercall(HSIM_HC_SEND, 1l << 32, (long)big, 4, 0), HSIM_GUEST_EINVAL);

	/* too long */
	expect("send 65537 bytes: EMSGSIZE", hsim_send(0, big, HSIM_MSG_MAX + 1), HSIM_GUEST_EMSGSIZE);
	expect("send 65537 bytes to vm 1: EMSGSIZE", hsim_send(1, big, HSIM_MSG_MAX + 1), HSIM_GUEST_EMSGSIZE);
	expect("send (size_t)-1 bytes: EMSGSIZE", hsim_send(0, big, (size_t)-1), HSIM_GUEST_EMSGSIZE);

	/* wild pointers: send */
	expect("send NULL: EFAULT", hsim_send(0, NULL, 4), HSIM_GUEST_EFAULT);
	expect("send 0x10: EFAULT", hsim_send(0, (void *)0x10, 4), HSIM_GUEST_EFAULT);
	expect("send system area 0x1000: EFAULT", hsim_send(1, (void *)0x1000, 16), HSIM_GUEST_EFAULT);
	expect("send past the end of memory: EFAULT", hsim_send(0, end, 1), HSIM_GUEST_EFAULT);
	expect("send far past the end: EFAULT", hsim_send(1, (void *)0x7f0000000000ul, 4), HSIM_GUEST_EFAULT);
	expect("send straddling the end: EFAULT", hsim_send(0, end - 2, 8), HSIM_GUEST_EFAULT);
	expect("send 65536 bytes straddling the end: EFAULT", hsim_send(1, end - 4096, HSIM_MSG_MAX), HSIM_GUEST_EFAULT);
	expect("send the last 8 bytes of memory: 8", hsim_send(0, end - 8, 8), 8);
	r = hsim_recv(got, sizeof(got), &from);
	expect("recv the last 8 bytes of memory: 8", r, 8);
	expect("... from 0", from, 0);

	/* wild pointers: recv and try_recv (the queue is empty: must not wait) */
	expect("recv NULL: EFAULT", hsim_recv(NULL, 4, &from), HSIM_GUEST_EFAULT);
	expect("recv 0x10: EFAULT", hsim_recv((void *)0x10, 4, &from), HSIM_GUEST_EFAULT);
	expect("recv past the end: EFAULT", hsim_recv(end, 1, &from), HSIM_GUEST_EFAULT);
	expect("recv straddling the end: EFAULT", hsim_recv(end - 2, 8, &from), HSIM_GUEST_EFAULT);
	expect("recv, length wraps: EFAULT", hsim_recv(got, (size_t)-8, &from), HSIM_GUEST_EFAULT);
	expect("try_recv, length wraps: EFAULT", hsim_try_recv(got, (size_t)-8, &from), HSIM_GUEST_EFAULT);
	expect("recv from 0x20: EFAULT", hsim_recv(got, 4, (int *)0x20), HSIM_GUEST_EFAULT);
	expect("recv from past the end: EFAULT", hsim_recv(got, 4, (int *)end), HSIM_GUEST_EFAULT);
	expect("recv from straddling the end: EFAULT", hsim_recv(got, 4, (int *)(end - 2)), HSIM_GUEST_EFAULT);
	expect("try_recv NULL: EFAULT", hsim_try_recv(NULL, 4, &from), HSIM_GUEST_EFAULT);
	expect("try_recv 0x10: EFAULT", hsim_try_recv((void *)0x10, 4, &from), HSIM_GUEST_EFAULT);
	expect("try_recv past the end: EFAULT", hsim_try_recv(end, 1, &from), HSIM_GUEST_EFAULT);
	expect("try_recv straddling the end: EFAULT", hsim_try_recv(end - 2, 8, &from), HSIM_GUEST_EFAULT);
	expect("try_recv from 0x20: EFAULT", hsim_try_recv(got, 4, (int *)0x20), HSIM_GUEST_EFAULT);
	expect("try_recv from straddling the end: EFAULT", hsim_try_recv(got, 4, (int *)(end - 2)), HSIM_GUEST_EFAULT);
	/* none of the failed sends queued anything */
	expect("after the failed sends: try_recv EAGAIN", hsim_try_recv(got, sizeof(got), &from), HSIM_GUEST_EAGAIN);

	/* a queued message survives wild receives */
	expect("send 'keep' to myself", hsim_send(0, "keep", 4), 4);
	expect("recv NULL with a message queued: EFAULT", hsim_recv(NULL, 4, &from), HSIM_GUEST_EFAULT);
	expect("try_recv from 0x20 with a message queued: EFAULT", hsim_try_recv(got, 4, (int *)0x20), HSIM_GUEST_EFAULT);
	memset(got, 0, 8);
	from = -7;
	expect("then recv gets 'keep': 4", hsim_recv(got, 8, &from), 4);
	expect("... its bytes", memcmp(got, "keep", 4), 0);
	expect("... from 0", from, 0);

	/* messages to myself, every size; from may be NULL */
	for (size_t k = 0; k < NSIZES; k++) {
		fill(big, sizes[k], (unsigned)k);
		snprintf(what, sizeof(what), "send %zu bytes to myself", sizes[k]);
		expect(what, hsim_send(0, big, sizes[k]), (long)sizes[k]);
	}
	for (size_t k = 0; k < NSIZES; k++) {
		memset(got, 0xee, sizeof(got));
		from = -7;
		r = k == 1 ? hsim_recv(got, sizes[k], NULL) : hsim_recv(got, sizeof(got), &from);
		snprintf(what, sizeof(what), "recv my %zu bytes%s", sizes[k], k == 1 ? " (from NULL)" : "");
		expect(what, r, (long)sizes[k]);
		expect("... the same bytes", differs(got, sizes[k], (unsigned)k), -1);
		expect("... nothing written past them", got[sizes[k]], 0xee);
		if (k != 1)
			expect("... from 0", from, 0);
	}

	/* a buffer too small: EMSGSIZE, the message stays queued */
	fill(big, 100, 9);
	expect("send 100 bytes to myself", hsim_send(0, big, 100), 100);
	from = -7;
	memset(got, 0xee, 200);
	expect("recv into 99 bytes: EMSGSIZE", hsim_recv(got, 99, &from), HSIM_GUEST_EMSGSIZE);
	expect("try_recv into 0 bytes: EMSGSIZE", hsim_try_recv(got, 0, &from), HSIM_GUEST_EMSGSIZE);
	expect("try_recv into 1 byte: EMSGSIZE", hsim_try_recv(got, 1, &from), HSIM_GUEST_EMSGSIZE);
	expect("... nothing written", got[0], 0xee);
	expect("... from untouched", from, -7);
	expect("recv into 100 bytes: 100", hsim_recv(got, 100, &from), 100);
	expect("... the same bytes", differs(got, 100, 9), -1);
	expect("... from 0", from, 0);
	expect("a 0-byte message into a 0-byte buffer: 0", hsim_send(0, big, 0), 0);
	expect("... received: 0", hsim_recv(got, 0, &from), 0);
	expect("... queue empty again", hsim_try_recv(got, sizeof(got), &from), HSIM_GUEST_EAGAIN);

	/* a full queue: 64 messages, then EAGAIN; they come out in order */
	for (int i = 0; i < HSIM_MSG_QUEUE; i++) {
		uint32_t v = 0xc0de0000u + (uint32_t)i;
		r = hsim_send(0, &v, sizeof(v));
		if (r != (long)sizeof(v)) {
			snprintf(what, sizeof(what), "message %d of %d to myself", i + 1, HSIM_MSG_QUEUE);
			expect(what, r, (long)sizeof(v));
		}
	}
	expect("the 65th message to myself: EAGAIN", hsim_send(0, "x", 1), HSIM_GUEST_EAGAIN);
	expect("the 66th (0 bytes): EAGAIN", hsim_send(0, "x", 0), HSIM_GUEST_EAGAIN);
	int order_bad = 0;
	for (int i = 0; i < HSIM_MSG_QUEUE; i++) {
		uint32_t v = 0;
		from = -7;
		r = hsim_try_recv(&v, sizeof(v), &from);
		if (r != (long)sizeof(v) || v != 0xc0de0000u + (uint32_t)i || from != 0) {
			if (!order_bad++)
				printf("     message %d: r %ld value 0x%x from %d\n", i, r, v, from);
		}
	}
	expect("the 64 messages come out in order, from 0", order_bad, 0);
	expect("then the queue is empty", hsim_try_recv(got, sizeof(got), &from), HSIM_GUEST_EAGAIN);
	expect("a send after emptying it: 1", hsim_send(0, "y", 1), 1);
	expect("... received: 1", hsim_try_recv(got, sizeof(got), &from), 1);
}

/* hsim_try_recv until a message comes (at most 20 s) */
static long poll_recv(void *buf, size_t len, int *from)
{
	uint64_t t0 = hsim_time_ns();
	long r;
	while ((r = hsim_try_recv(buf, len, from)) == HSIM_GUEST_EAGAIN)
		if (hsim_time_ns() - t0 > 20000000000ull) {
			printf("     no message within 20 s\n");
			break;
		}
	return r;
}

static void vm0_with_vm1(void)
{
	char what[96];
	int from;
	long r;

	for (size_t k = 0; k < NSIZES; k++) {
		fill(big, sizes[k], 20 + (unsigned)k);
		snprintf(what, sizeof(what), "send %zu bytes to vm 1", sizes[k]);
		expect(what, hsim_send(1, big, sizes[k]), (long)sizes[k]);
	}
	for (size_t k = 0; k < NSIZES; k++) {
		memset(got, 0xee, sizeof(got));
		from = -7;
		r = poll_recv(got, sizeof(got), &from);
		snprintf(what, sizeof(what), "try_recv vm 1's echo of %zu bytes", sizes[k]);
		expect(what, r, (long)sizes[k]);
		expect("... the same bytes", differs(got, sizes[k], 20 + (unsigned)k), -1);
		expect("... from 1", from, 1);
	}
	/* VM 1 says bye and exits: sends succeed (or find its queue full)
	 * until it has ended, then fail with EPIPE, and keep failing */
	from = -7;
	r = poll_recv(got, sizeof(got), &from);
	expect("try_recv bye: 3", r, 3);
	expect("... 'bye'", memcmp(got, "bye", 3), 0);
	expect("... from 1", from, 1);
	long other = 0, n = 0;
	uint64_t t0 = hsim_time_ns();
	for (;;) {
		r = hsim_send(1, "x", 1);
		n++;
		if (r == HSIM_GUEST_EPIPE)
			break;
		if (r != 1 && r != HSIM_GUEST_EAGAIN)
			other = r;
		if (hsim_time_ns() - t0 > 20000000000ull) {
			printf("     still no EPIPE after 20 s and %ld sends\n", n);
			break;
		}
	}
	expect("sends to vm 1 after its bye end in EPIPE", r, HSIM_GUEST_EPIPE);
	expect("... before it only 1 or EAGAIN", other, 0);
	expect("send to the ended vm 1 again: EPIPE", hsim_send(1, "x", 1), HSIM_GUEST_EPIPE);
	expect("send 0 bytes to the ended vm 1: EPIPE", hsim_send(1, big, 0), HSIM_GUEST_EPIPE);
	expect("send 65536 bytes to the ended vm 1: EPIPE", hsim_send(1, big, HSIM_MSG_MAX), HSIM_GUEST_EPIPE);
	expect("send 65537 bytes to the ended vm 1: EMSGSIZE", hsim_send(1, big, HSIM_MSG_MAX + 1), HSIM_GUEST_EMSGSIZE);
	expect("send NULL to the ended vm 1: EFAULT", hsim_send(1, NULL, 4), HSIM_GUEST_EFAULT);
	expect("send to myself still works", hsim_send(0, "z", 1), 1);
	expect("... and recv gets it", hsim_recv(got, 1, &from), 1);
	expect("... from 0", from, 0);
	printf("vm 0: %ld sends until EPIPE\n", n);
}

static void vm1(void)
{
	char what[96];
	int from;
	long r;

	for (size_t k = 0; k < NSIZES; k++) {
		memset(got, 0xee, sizeof(got));
		from = -7;
		r = hsim_recv(got, sizeof(got), &from);
		snprintf(what, sizeof(what), "recv %zu bytes from vm 0", sizes[k]);
		expect(what, r, (long)sizes[k]);
		expect("... the same bytes", differs(got, sizes[k], 20 + (unsigned)k), -1);
		expect("... nothing written past them", got[sizes[k]], 0xee);
		expect("... from 0", from, 0);
		if (r >= 0)
			expect("echo them", hsim_send(0, got, (size_t)r), r);
	}
	expect("send bye", hsim_send(0, "bye", 3), 3);
}

int main(void)
{
	int id = hsim_vm_id(), n = hsim_vm_count();
	if (n != 2) {
		printf("FAIL wants 2 VMs, has %d\n", n);
		return 1;
	}
	if (id == 0) {
		vm0_alone();
		vm0_with_vm1();
	} else {
		vm1();
	}
	printf("vm %d: %d failures\n", id, failures);
	return failures;
}
