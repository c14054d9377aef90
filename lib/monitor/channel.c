/* Channels between the VMs of a machine (hsim_send, hsim_recv): a bounded
 * queue of copied messages per VM, one lock for all of them, a global
 * sequence number per message, and deadlock detection: when every VM that
 * has not ended waits in hsim_recv, no message can ever come, and they all
 * end with HSIM_VM_DEADLOCK. The same for both engines: these are simple
 * events of the platform's hypercalls. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <hsim/abi.h>
#include "monitor.h"

struct chan_msg {
	unsigned from;
	uint64_t seq;
	size_t len;
	uint8_t data[];
};

static int64_t chan_send(void *ctx, unsigned to, const void *buf, size_t len)
{
	struct hsim_vm *vm = ctx;
	struct hsim_machine *m = vm->m;
	struct hsim_vm *dst = m->vms[to];
	struct chan_msg *msg = malloc(sizeof(*msg) + len);
	int64_t ret = (int64_t)len;

	if (!msg)
		return HSIM_GUEST_EAGAIN;
	pthread_mutex_lock(&m->chan_lock);
	if (dst->chan_ended) {
		ret = HSIM_GUEST_EPIPE;
	} else if (dst->chan_n == HSIM_MSG_QUEUE) {
		ret = HSIM_GUEST_EAGAIN;
	} else {
		msg->from = vm->id;
		msg->seq = m->chan_seq++;
		msg->len = len;
		memcpy(msg->data, buf, len);
		dst->chan_q[(dst->chan_head + dst->chan_n++) % HSIM_MSG_QUEUE] = msg;
		msg = NULL;
		pthread_cond_signal(&dst->chan_cond);
	}
	pthread_mutex_unlock(&m->chan_lock);
	free(msg);
	return ret;
}

/* With the lock: every VM still running waits in hsim_recv with nothing
 * queued (one that was just sent a message has not woken up yet). */
static void check_deadlock(struct hsim_machine *m)
{
	if (!m->chan_live || m->chan_blocked != m->chan_live || m->chan_deadlock)
		return;
	/* a machine stopping (time limit, signal) ends its VMs one by one:
	 * the ones left waiting are being stopped, not deadlocked */
	if (atomic_load(&m->stop_why))
		return;
	for (unsigned i = 0; i < m->nvms; i++) {
		const struct hsim_vm *v = m->vms[i];
		if (!v->chan_ended && (!v->chan_waiting || v->chan_n))
			return;
	}
	m->chan_deadlock = true;
	for (unsigned i = 0; i < m->nvms; i++)
		pthread_cond_signal(&m->vms[i]->chan_cond);
}

static int64_t chan_recv(void *ctx, void *buf, size_t cap, unsigned *from, uint64_t *seq, int block)
{
	struct hsim_vm *vm = ctx;
	struct hsim_machine *m = vm->m;
	int64_t ret;

	pthread_mutex_lock(&m->chan_lock);
	if (!vm->chan_n && block) {
		m->chan_blocked++;
		vm->chan_waiting = true;
		check_deadlock(m);
		while (!vm->chan_n && !m->chan_deadlock && !atomic_load(&vm->stop)) {
			/* the stop flag has no signal of its own: look every 10 ms */
			struct timespec ts;
			clock_gettime(CLOCK_REALTIME, &ts);
			ts.tv_nsec += 10000000;
			if (ts.tv_nsec >= 1000000000) {
				ts.tv_sec++;
				ts.tv_nsec -= 1000000000;
			}
			pthread_cond_timedwait(&vm->chan_cond, &m->chan_lock, &ts);
		}
		m->chan_blocked--;
		vm->chan_waiting = false;
	}
	if (vm->chan_n) {
		struct chan_msg *msg = vm->chan_q[vm->chan_head];
		if (msg->len > cap) {
			ret = HSIM_GUEST_EMSGSIZE; /* it stays queued */
		} else {
			memcpy(buf, msg->data, msg->len);
			*from = msg->from;
			*seq = msg->seq;
			ret = (int64_t)msg->len;
			vm->chan_head = (vm->chan_head + 1) % HSIM_MSG_QUEUE;
			vm->chan_n--;
			free(msg);
		}
	} else if (!block) {
		ret = HSIM_GUEST_EAGAIN;
	} else {
		ret = m->chan_deadlock && !atomic_load(&vm->stop) ? CHAN_DEADLOCK : CHAN_STOPPED;
	}
	pthread_mutex_unlock(&m->chan_lock);
	return ret;
}

static const struct platform_chan_ops chan_ops = { chan_send, chan_recv };

void channel_attach(struct hsim_vm *vm)
{
	vm->plat.chan = &chan_ops;
	vm->plat.chan_ctx = vm;
}

void channel_vm_ended(struct hsim_vm *vm)
{
	struct hsim_machine *m = vm->m;
	pthread_mutex_lock(&m->chan_lock);
	if (!vm->chan_ended) {
		vm->chan_ended = true;
		if (m->chan_live) /* 0 when the machine never ran */
			m->chan_live--;
		check_deadlock(m);
	}
	while (vm->chan_n) {
		free(vm->chan_q[vm->chan_head]);
		vm->chan_head = (vm->chan_head + 1) % HSIM_MSG_QUEUE;
		vm->chan_n--;
	}
	pthread_mutex_unlock(&m->chan_lock);
}
