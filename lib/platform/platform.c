/* Hypercalls, console, the virtual clock and random numbers: the same code
 * for every engine, working on the shared CPU state and flat guest memory. */
#define _GNU_SOURCE /* memrchr */
#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

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
	platform_inputs_attach(p, NULL);
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
 * never interleave mid-line; a line longer than the buffer goes out in parts.
 * The complete lines of one write go out in one call (a guest's stdio
 * writes up to 64 KiB at once: a call per line would cost more than the
 * guest's own work); only a partial line waits in the buffer. */
static void console_put(struct platform_vm *p, int fd, const uint8_t *s, size_t n)
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

void platform_console_write(struct platform_vm *p, int fd, const uint8_t *s, size_t n)
{
	int k = fd == 2;
	const uint8_t *nl;

	if (p->line_len[k]) {
		/* finish the pending line first */
		const uint8_t *end = memchr(s, '\n', n);
		size_t first = end ? (size_t)(end - s) + 1 : n;
		console_put(p, fd, s, first);
		s += first;
		n -= first;
	}
	nl = n ? memrchr(s, '\n', n) : NULL;
	if (nl && !p->line_len[k]) {
		size_t whole = (size_t)(nl - s) + 1;
		console_emit(p, fd, (const char *)s, whole);
		s += whole;
		n -= whole;
	}
	console_put(p, fd, s, n);
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

/* ---- stdin and files ---------------------------------------------------------
 * Every result of these calls and every byte read is an input: the recorder
 * writes it, replay (which has no files: p->in is NULL, every host call here
 * fails) replaces it with the recording's. Guest memory problems (EFAULT)
 * depend on the guest alone and are not inputs. */

/* fd 0 without a source: stdin is empty (reads end at once, as /dev/null) */
#define FD_EMPTY (-2)

void platform_inputs_attach(struct platform_vm *p, const struct platform_inputs *in)
{
	p->in = in;
	for (unsigned i = 0; i < PLATFORM_NFDS; i++)
		p->fds[i].src = -1;
	if (in)
		p->fds[0].src = in->stdin_src >= 0 ? in->stdin_src : FD_EMPTY;
}

static int64_t file_result(struct platform_vm *p, int64_t ret)
{
	seen(p, PLATFORM_IN_FILE, 0, &ret, sizeof(ret));
	return ret;
}

static const struct platform_source *fd_source(struct platform_vm *p, uint64_t fd)
{
	if (!p->in || fd >= PLATFORM_NFDS || p->fds[fd].src < 0 ||
	    (unsigned)p->fds[fd].src >= p->in->n)
		return NULL;
	return &p->in->src[p->fds[fd].src];
}

static int64_t host_read(struct platform_vm *p, uint64_t fd, uint8_t *dst, size_t n)
{
	const struct platform_source *s = fd_source(p, fd);
	ssize_t r;
	if (!s)
		return fd == 0 && p->in && p->fds[0].src == FD_EMPTY ? 0 : HSIM_GUEST_EBADF;
	if (s->stream)
		r = read(s->fd, dst, n);
	else
		r = pread(s->fd, dst, n, (off_t)p->fds[fd].off);
	if (r < 0)
		return errno == EINTR ? HSIM_GUEST_EINTR : HSIM_GUEST_EIO;
	p->fds[fd].off += (uint64_t)r;
	return r;
}

static int64_t file_read(struct platform_vm *p, const struct sim_mem *mem, uint64_t fd,
			 uint64_t buf, uint64_t len)
{
	size_t n = len < HSIM_READ_MAX ? (size_t)len : HSIM_READ_MAX;
	int64_t r = file_result(p, host_read(p, fd, mem->base + buf, n));
	if (r > (int64_t)n)
		r = (int64_t)n; /* a replayed trace that says more: the data differ */
	if (r > 0) {
		seen(p, PLATFORM_IN_FILE, buf, mem->base + buf, (size_t)r);
		if (p->mem_written)
			p->mem_written(p->mem_ctx, buf, (uint64_t)r);
	}
	return r;
}

static int64_t host_open(struct platform_vm *p, const char *name, size_t len)
{
	unsigned fd = 3;
	if (!p->in)
		return HSIM_GUEST_ENOENT;
	for (unsigned i = 0; i < p->in->n; i++) {
		const char *s = p->in->src[i].name;
		if (!s || strlen(s) != len || memcmp(s, name, len))
			continue;
		while (fd < PLATFORM_NFDS && p->fds[fd].src >= 0)
			fd++;
		if (fd == PLATFORM_NFDS)
			return HSIM_GUEST_EMFILE;
		p->fds[fd] = (struct platform_fd){ (int)i, 0 };
		return fd;
	}
	return HSIM_GUEST_ENOENT;
}

static int64_t host_seek(struct platform_vm *p, uint64_t fd, int64_t off, uint64_t whence)
{
	const struct platform_source *s = fd_source(p, fd);
	uint64_t base;
	if (!s)
		return fd == 0 && p->in && p->fds[0].src == FD_EMPTY ? 0 : HSIM_GUEST_EBADF;
	if (s->stream)
		return HSIM_GUEST_ESPIPE;
	if (whence == 0)
		base = 0;
	else if (whence == 1)
		base = p->fds[fd].off;
	else if (whence == 2)
		base = s->size;
	else
		return HSIM_GUEST_EINVAL;
	if ((off < 0 && (uint64_t)-off > base) || (off > 0 && (uint64_t)off > INT64_MAX - base))
		return HSIM_GUEST_EINVAL;
	p->fds[fd].off = base + (uint64_t)off;
	return (int64_t)p->fds[fd].off;
}

static int64_t file_call(struct platform_vm *p, const struct sim_mem *mem, uint64_t nr,
			 uint64_t a0, uint64_t a1, uint64_t a2)
{
	switch (nr) {
	case HSIM_HC_READ:
		if (!guest_range_ok(mem, a1, a2))
			return HSIM_GUEST_EFAULT;
		return file_read(p, mem, a0, a1, a2);
	case HSIM_HC_OPEN:
		if (!guest_range_ok(mem, a0, a1))
			return HSIM_GUEST_EFAULT;
		if (a1 > 255)
			return HSIM_GUEST_ENAMETOOLONG;
		return file_result(p, host_open(p, (const char *)mem->base + a0, (size_t)a1));
	case HSIM_HC_CLOSE:
		if (fd_source(p, a0) || (a0 == 0 && p->in && p->fds[0].src == FD_EMPTY)) {
			p->fds[a0].src = -1;
			return file_result(p, 0);
		}
		return file_result(p, HSIM_GUEST_EBADF);
	case HSIM_HC_SEEK:
		return file_result(p, host_seek(p, a0, (int64_t)a1, a2));
	default: /* HSIM_HC_ISATTY */
		if (a0 <= 2)
			return file_result(p, p->in && p->in->tty[a0]);
		return file_result(p, fd_source(p, a0) ? 0 : HSIM_GUEST_EBADF);
	}
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
	case HSIM_HC_READ:
	case HSIM_HC_OPEN:
	case HSIM_HC_CLOSE:
	case HSIM_HC_SEEK:
	case HSIM_HC_ISATTY:
		ret = file_call(p, mem, nr, a0, a1, a2);
		break;
	default:
		ret = HSIM_GUEST_ENOSYS;
		break;
	}
	st->gpr[HSIM_RAX] = (uint64_t)ret;
	return false;
}
