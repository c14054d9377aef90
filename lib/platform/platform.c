/* Hypercalls, console, the virtual clock and random numbers: the same code
 * for every engine, working on the shared CPU state and flat guest memory. */
#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include <hsim/abi.h>
#include "platform.h"

uint64_t platform_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void platform_vm_init(struct platform_vm *p, unsigned id, unsigned count,
		      struct console *console, uint64_t seed)
{
	memset(p, 0, sizeof(*p));
	p->id = id;
	p->count = count;
	p->console = console;
	p->start_ns = platform_now_ns();
	p->seeded = seed != 0;
	p->rng = seed + 0x9e3779b97f4a7c15ull * (id + 1);
}

static void console_emit(struct platform_vm *p, int fd, const char *s, size_t n)
{
	struct console *c = p->console;
	if (!c || !c->fn || !n)
		return;
	pthread_mutex_lock(&c->lock);
	c->fn(c->ctx, p->id, fd, s, n);
	pthread_mutex_unlock(&c->lock);
}

/* Console output is passed on in whole lines, so that lines of several VMs
 * never interleave mid-line; a line longer than the buffer goes out in parts. */
void platform_console_write(struct platform_vm *p, int fd, const uint8_t *s, size_t n)
{
	int k = fd == 2;
	for (size_t i = 0; i < n; i++) {
		p->line[k][p->line_len[k]++] = (char)s[i];
		if (s[i] == '\n' || p->line_len[k] == CONSOLE_LINE) {
			console_emit(p, fd, p->line[k], p->line_len[k]);
			p->line_len[k] = 0;
		}
	}
}

void platform_console_flush(struct platform_vm *p)
{
	for (int k = 0; k < 2; k++) {
		console_emit(p, k ? 2 : 1, p->line[k], p->line_len[k]);
		p->line_len[k] = 0;
	}
}

static uint64_t next_random(struct platform_vm *p)
{
	if (p->seeded) {
		uint64_t z = (p->rng += 0x9e3779b97f4a7c15ull);
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
		z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
		return z ^ (z >> 31);
	}
	uint64_t v;
	while (getrandom(&v, sizeof(v), 0) != sizeof(v))
		;
	return v;
}

static uint64_t next_random(struct platform_vm *p);

static void seen(struct platform_vm *p, enum platform_input kind, uint64_t addr,
		 void *data, size_t len)
{
	if (p->input)
		p->input(p->input_ctx, kind, addr, data, len);
}

uint64_t platform_in_time(struct platform_vm *p)
{
	uint64_t t = p->clock.step_ns ? (p->vtime += p->clock.step_ns) :
					 platform_now_ns() - p->start_ns;
	seen(p, PLATFORM_IN_TIME, 0, &t, sizeof(t));
	return t;
}

uint64_t platform_in_random(struct platform_vm *p)
{
	uint64_t v = next_random(p);
	seen(p, PLATFORM_IN_RANDOM, 0, &v, sizeof(v));
	return v;
}

void platform_in_device(struct platform_vm *p, uint64_t addr, void *data, size_t len)
{
	seen(p, PLATFORM_IN_DEVICE, addr, data, len);
}

/* A message into the guest's buffer, as an input (the recorder sees it;
 * replay's channel is the trace); a failure as a result input. Returns
 * true when the VM must end here (a deadlock). */
static bool channel_recv(struct platform_vm *p, struct hsim_cpu_state *st, const struct sim_mem *mem,
			 uint64_t buf, uint64_t cap, uint64_t from_addr, int block)
{
	unsigned from = 0;
	uint64_t seq = 0;
	size_t n = cap < HSIM_MSG_MAX ? (size_t)cap : HSIM_MSG_MAX;
	int64_t ret = p->chan->recv(p->chan_ctx, p->msg, n, &from, &seq, block);
	if (ret == CHAN_DEADLOCK) {
		p->deadlocked = true;
		return true;
	}
	if (ret == CHAN_STOPPED)
		return false; /* the VM stops before it runs again */
	if (ret >= 0) {
		if (p->msg_input)
			p->msg_input(p->input_ctx, from, seq, p->msg, (size_t)ret);
		memcpy(mem->base + buf, p->msg, (size_t)ret);
		if (p->mem_written && ret)
			p->mem_written(p->mem_ctx, buf, (uint64_t)ret);
		if (from_addr) {
			uint32_t f = from;
			memcpy(mem->base + from_addr, &f, 4);
			if (p->mem_written)
				p->mem_written(p->mem_ctx, from_addr, 4);
		}
	} else {
		seen(p, PLATFORM_IN_RESULT, 0, &ret, sizeof(ret));
	}
	st->gpr[HSIM_RAX] = (uint64_t)ret;
	return false;
}

bool platform_hypercall(struct platform_vm *p, struct hsim_cpu_state *st,
			const struct sim_mem *mem)
{
	uint64_t nr = st->gpr[HSIM_RAX] & 0xffffffffu;
	uint64_t a0 = st->gpr[HSIM_RDI], a1 = st->gpr[HSIM_RSI], a2 = st->gpr[HSIM_RCX];
	int64_t ret;

	p->hypercalls++;
	switch (nr) {
	case HSIM_HC_EXIT:
		p->exited = true;
		p->exit_code = (int)a0;
		return true;
	case HSIM_HC_WRITE:
		if (a0 != 1 && a0 != 2)
			ret = HSIM_GUEST_EINVAL;
		else if (!guest_range_ok(mem, a1, a2))
			ret = HSIM_GUEST_EFAULT;
		else {
			platform_console_write(p, (int)a0, mem->base + a1, a2);
			ret = (int64_t)a2;
		}
		break;
	case HSIM_HC_VM_ID:
		ret = p->id;
		break;
	case HSIM_HC_VM_COUNT:
		ret = p->count;
		break;
	case HSIM_HC_TIME_NS:
		ret = (int64_t)platform_in_time(p);
		break;
	case HSIM_HC_RANDOM:
		ret = (int64_t)platform_in_random(p);
		break;
	case HSIM_HC_SEND:
		if (a0 >= p->count)
			ret = HSIM_GUEST_EINVAL;
		else if (a2 > HSIM_MSG_MAX)
			ret = HSIM_GUEST_EMSGSIZE;
		else if (!guest_range_ok(mem, a1, a2))
			ret = HSIM_GUEST_EFAULT;
		else if (!p->chan)
			ret = HSIM_GUEST_ENOSYS;
		else {
			/* whether the queue had room, or the VM was still there,
			 * depends on the other VMs: an input */
			ret = p->chan->send(p->chan_ctx, (unsigned)a0, mem->base + a1, a2);
			seen(p, PLATFORM_IN_RESULT, 0, &ret, sizeof(ret));
		}
		break;
	case HSIM_HC_RECV:
	case HSIM_HC_TRY_RECV:
		if (!guest_range_ok(mem, a0, a1) || (a2 && !guest_range_ok(mem, a2, 4)))
			ret = HSIM_GUEST_EFAULT;
		else if (!p->chan)
			ret = HSIM_GUEST_ENOSYS;
		else
			return channel_recv(p, st, mem, a0, a1, a2, nr == HSIM_HC_RECV);
		break;
	default:
		ret = HSIM_GUEST_ENOSYS;
		break;
	}
	st->gpr[HSIM_RAX] = (uint64_t)ret;
	return false;
}
