/* A 4-VM pipeline over hsim's channels: VM 0 produces work items and deals
 * them to two workers (VMs 1 and 2), which each compute on their items and
 * send the results to VM 3, which adds them up. The sum is the same every
 * run, in KVM and in the simulator, whatever order the messages arrive in;
 * run it with `hsim run --vms 4 pipeline.elf`. */
#include <stdint.h>
#include <stdio.h>
#include <hsim/abi.h>
#include <hsim/guest.h>

uint64_t work(uint64_t x);

#ifndef ITEMS
#define ITEMS 2000
#endif
#ifndef WORK
#define WORK 20000
#endif

enum { ITEM, RESULT, DONE };
struct msg {
	uint32_t kind, index;
	uint64_t value;
};

/* send, waiting while the receiver's queue is full */
static void put(int to, const struct msg *m)
{
	long r;
	while ((r = hsim_send(to, m, sizeof(*m))) == HSIM_GUEST_EAGAIN)
		;
	if (r != (long)sizeof(*m)) {
		printf("vm %d: send to %d failed: %ld\n", hsim_vm_id(), to, r);
		hsim_exit(1);
	}
}

static void get(struct msg *m, int *from)
{
	long r = hsim_recv(m, sizeof(*m), from);
	if (r != (long)sizeof(*m)) {
		printf("vm %d: recv failed: %ld\n", hsim_vm_id(), r);
		hsim_exit(1);
	}
}

__attribute__((noinline)) uint64_t work(uint64_t x)
{
	for (unsigned i = 0; i < WORK; i++)
		x = (x ^ (x >> 29)) * 0xbf58476d1ce4e5b9ull + i;
	return x;
}

int main(void)
{
	int id = hsim_vm_id(), from;
	struct msg m;

	if (hsim_vm_count() != 4) {
		printf("pipeline: run it on 4 VMs (hsim run --vms 4)\n");
		return 2;
	}
	if (id == 0) {
		for (uint32_t i = 0; i < ITEMS; i++) {
			m = (struct msg){ ITEM, i, 0x9e3779b97f4a7c15ull * (i + 1) };
			put(1 + (int)(i % 2), &m);
		}
		m = (struct msg){ DONE, 0, 0 };
		put(1, &m);
		put(2, &m);
		printf("producer: %u items dealt\n", ITEMS);
	} else if (id == 1 || id == 2) {
		unsigned n = 0;
		for (get(&m, &from); m.kind == ITEM; get(&m, &from)) {
			struct msg r = { RESULT, m.index, work(m.value) };
			put(3, &r);
			n++;
		}
		put(3, &m); /* DONE */
		printf("worker %d: %u items\n", id, n);
	} else {
		uint64_t sum = 0;
		unsigned n = 0, done = 0;
		while (done < 2) {
			get(&m, &from);
			if (m.kind == DONE)
				done++;
			else {
				sum += m.value;
				n++;
			}
		}
		printf("consumer: %u results, sum %016llx\n", n, (unsigned long long)sum);
	}
	return 0;
}
