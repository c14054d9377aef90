/* Recording: the monitor's one place per kind of thing recorded (exits,
 * inputs, state moves, simulation results, the end) hands it to the trace
 * writer. The trace knows no KVM: what is recorded is engine-neutral. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <hsim/abi.h>
#include <hsim/error.h>
#include <hsim/trace.h>
#include "monitor.h"
#include "platform/devices.h"

int hsim_machine_record(struct hsim_machine *m, const char *path, int argc,
			const char *const *argv)
{
	if (!m || !path || m->ran || argc < 0)
		return HSIM_E_INVAL;
	free(m->record_path);
	if (!(m->record_path = strdup(path)))
		return -ENOMEM;
	m->record_argc = argc;
	m->record_argv = argv;
	return 0;
}

int hsim_machine_record_status(const struct hsim_machine *m, uint64_t *bytes, uint64_t *records)
{
	if (!m)
		return HSIM_E_INVAL;
	if (bytes)
		*bytes = m->record_bytes;
	if (records)
		*records = m->record_records;
	return m->record_error;
}

/* HSIM_RECORD_FLUSH_MS (1 to 60000) overrides how soon a partial frame is
 * written: tests that kill recorders set it low so that killed traces hold
 * many frames. Anything else keeps the writer's default. */
static uint32_t flush_ms_from_env(void)
{
	const char *s = getenv("HSIM_RECORD_FLUSH_MS");
	char *end;
	if (!s || !*s)
		return 0;
	unsigned long v = strtoul(s, &end, 10);
	return *end || v < 1 || v > 60000 ? 0 : (uint32_t)v;
}

/* The header: everything needed to run the guests again without the files. */
int record_start(struct hsim_machine *m)
{
	struct hsim_trace_header h;
	struct hsim_trace_image *imgs = calloc(m->nvms, sizeof(*imgs));
	unsigned *vm_image = calloc(m->nvms, sizeof(*vm_image));
	struct hsim_trace_cpuid *cpuid = calloc(m->cpuid.n ? m->cpuid.n : 1, sizeof(*cpuid));
	size_t evlen = hsim_events_count(m->events) * 160 + 1, used = 0;
	char *events = malloc(evlen);
	struct hsim_trace_vm_start *start = calloc(m->nvms, sizeof(*start));
	int r = -ENOMEM;

	if (!imgs || !vm_image || !cpuid || !events || !start)
		goto out;
	for (unsigned v = 0; v < m->nvms; v++)
		start[v] = (struct hsim_trace_vm_start){ m->vms[v]->argc, m->vms[v]->envc,
							 (const char *const *)m->vms[v]->argv,
							 (const char *const *)m->vms[v]->envp,
							 m->vms[v]->stack_guard, vm_start_tty(m->vms[v]) };
	memset(&h, 0, sizeof(h));
	unsigned nimg = 0;
	for (unsigned v = 0; v < m->nvms; v++) {
		const struct hsim_image *img = m->vms[v]->img;
		size_t size;
		const void *data = hsim_image_bytes(img, &size);
		unsigned k = 0;
		while (k < nimg && imgs[k].data != data)
			k++;
		if (k == nimg) {
			imgs[k].name = hsim_image_name(img);
			imgs[k].data = data;
			imgs[k].size = size;
			nimg++;
		}
		vm_image[v] = k;
	}
	for (unsigned i = 0; i < m->cpuid.n; i++) {
		const struct cpuid_entry *e = &m->cpuid.e[i];
		cpuid[i] = (struct hsim_trace_cpuid){ e->leaf, e->subleaf, e->has_subleaf,
						      e->reg[0], e->reg[1], e->reg[2], e->reg[3] };
	}
	events[0] = 0;
	for (size_t i = 0; i < hsim_events_count(m->events); i++) {
		used += (size_t)hsim_event_format(hsim_events_get(m->events, i), events + used,
						  evlen - used - 1);
		events[used++] = '\n';
		events[used] = 0;
	}
	h.images = imgs;
	h.nimages = nimg;
	h.mem_size = m->cfg.mem_size;
	h.nvms = m->nvms;
	h.vm_image = vm_image;
	h.cpuid = cpuid;
	h.ncpuid = m->cpuid.n;
	h.events = events;
	h.simulate = (const char *const *)m->simulate;
	h.nsimulate = (unsigned)m->nsimulate;
	h.argv = m->record_argv;
	h.argc = (unsigned)m->record_argc;
	h.seed = m->cfg.seed;
	h.clock_step = m->cfg.clock_step_ns;
	h.vm_start = start;
	/* the block device as the VMs will have it (a disk that does not open
	 * fails each VM's set-up: no disk in the trace then) */
	if (m->cfg.disk && devices_disk_sectors(m->cfg.disk, &h.disk_sectors) == 0)
		h.disk_flags = HSIM_TRACE_DISK_PRESENT |
			       (m->cfg.disk_writable ? HSIM_TRACE_DISK_WRITABLE : 0);
	hsim_trace_host_detect(&h.host);
	struct hsim_trace_writer_opts o = { .flush_ms = flush_ms_from_env() };
	r = hsim_trace_writer_create(&m->trace, m->record_path, &h, &o);
	if (r == 0) {
		m->tap = &record_tap;
		m->tap_ctx = NULL;
	}
out:
	free(imgs);
	free(vm_image);
	free(cpuid);
	free(events);
	free(start);
	return r;
}

void record_finish(struct hsim_machine *m)
{
	struct hsim_trace_writer_stats s;
	if (!m->trace)
		return;
	hsim_trace_writer_flush(m->trace);
	hsim_trace_writer_stats(m->trace, &s);
	int r = hsim_trace_writer_close(m->trace);
	m->trace = NULL;
	m->record_bytes = s.bytes_written;
	m->record_records = s.records;
	if (r < 0 && !m->record_error)
		m->record_error = r;
}

static int failed(struct hsim_vm *vm, int r)
{
	if (r < 0) {
		/* the first error stops this VM; the writer remembers it, so the
		 * others stop at their next record */
		if (!vm->m->record_error)
			vm->m->record_error = r;
		vm->record_failed = true;
		atomic_store(&vm->stop, true);
	}
	return r;
}

static int record_exit(struct hsim_vm *vm, const struct hsim_exit *ex, int entry, int cls)
{
	if (!vm->record_failed)
		failed(vm, hsim_trace_write_exit(vm->m->trace, vm->id, vm->res.exits, ex, entry,
						 (enum hsim_event_class)cls, &vm->st));
	return 0;
}

static void record_state(struct hsim_vm *vm, int type, uint64_t insns)
{
	if (!vm->record_failed)
		failed(vm, hsim_trace_write_state(vm->m->trace, vm->id, vm->res.exits,
						  (enum hsim_trace_rec_type)type, &vm->st, insns));
}

static void record_end(struct hsim_vm *vm)
{
	if (!vm->record_failed)
		failed(vm, hsim_trace_write_end(vm->m->trace, vm->id, vm->res.exits, vm->res.status,
						vm->res.exit_code, vm->res.error, vm->res.detail));
}

/* ---- checkpoints ----------------------------------------------------------- */

#define CKPT_PAGE HSIM_TRACE_PAGE_SIZE

static size_t dirty_words(const struct hsim_vm *vm)
{
	return (size_t)((vm->mem.size / CKPT_PAGE + 63) / 64);
}

static int checkpoint_setup(struct hsim_vm *vm)
{
	const struct hsim_machine *m = vm->m;
	if (!m->cfg.checkpoint_every)
		return 0;
	if (!(vm->dirty = calloc(dirty_words(vm), sizeof(uint64_t))))
		return -ENOMEM;
	vm->ckpt_next = m->cfg.checkpoint_every;
	if (m->cfg.checkpoint_verify) {
		/* untouched pages of both stay the kernel's zero page */
		void *p = mmap(NULL, vm->mem.size, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (p == MAP_FAILED)
			return -errno;
		vm->ckpt_shadow = p;
		for (size_t i = 0; i < hsim_image_segment_count(vm->img); i++) {
			const struct hsim_segment *sg = hsim_image_segment(vm->img, i);
			memcpy(vm->ckpt_shadow + sg->vaddr, vm->memory + sg->vaddr, sg->memsz);
		}
		/* ... and the start block at the stack's top (start.c) */
		if (vm->start_lo)
			memcpy(vm->ckpt_shadow + vm->start_lo, vm->memory + vm->start_lo,
			       HSIM_GUEST_STACK_TOP - vm->start_lo);
		patch_table_apply(&vm->patches, vm->ckpt_shadow, vm->mem.size);
	}
	return 0;
}

static void checkpoint_free(struct hsim_vm *vm)
{
	free(vm->dirty);
	vm->dirty = NULL;
	if (vm->ckpt_shadow)
		munmap(vm->ckpt_shadow, vm->mem.size);
	vm->ckpt_shadow = NULL;
	free(vm->ckpt_pages);
	vm->ckpt_pages = NULL;
	vm->ckpt_cap = 0;
}

void checkpoint_written(struct hsim_vm *vm, uint64_t addr, uint64_t len)
{
	if (!vm->dirty || !len || addr >= vm->mem.size)
		return;
	uint64_t last = addr + len - 1;
	if (last < addr || last >= vm->mem.size)
		last = vm->mem.size - 1;
	for (uint64_t p = addr / CKPT_PAGE; p <= last / CKPT_PAGE; p++)
		vm->dirty[p / 64] |= 1ull << (p % 64);
}

/* checkpoint_verify: the shadow (the loaded image plus every checkpoint so
 * far) must be the memory; the first page that is not names what the
 * tracking missed. Only guest memory counts, as in the checkpoints. */
static int verify(struct hsim_vm *vm, size_t n)
{
	for (size_t i = 0; i < n; i++)
		memcpy(vm->ckpt_shadow + vm->ckpt_pages[i].gpa, vm->ckpt_pages[i].data, CKPT_PAGE);
	for (uint64_t a = HSIM_GUEST_USER_BASE; a < vm->mem.size; a += CKPT_PAGE)
		if (memcmp(vm->ckpt_shadow + a, vm->memory + a, CKPT_PAGE)) {
			vm_set_error(vm, HSIM_E_TRACE_CORRUPT, "the checkpoint at event %llu misses "
				     "page 0x%llx", (unsigned long long)vm->res.exits,
				     (unsigned long long)a);
			return HSIM_E_TRACE_CORRUPT;
		}
	return 0;
}

/* At an exit boundary: the whole CPU state and every guest page written
 * since the last checkpoint, with its contents now. The system area below
 * HSIM_GUEST_USER_BASE is left out: it is the KVM engine's (page tables
 * whose accessed/dirty bits the CPU sets, the exception stubs' frames), not
 * the guest's, and the simulator has none. */
static int record_checkpoint(struct hsim_vm *vm)
{
	const uint64_t every = vm->m->cfg.checkpoint_every;
	size_t words = dirty_words(vm), n = 0;
	int r;

	vm->ckpt_next = (vm->res.exits / every + 1) * every;
	if (vm->record_failed)
		return 0;
	if ((r = vm->cur->ops->get_state(vm->cur)) < 0 ||
	    (vm->kvm && (r = vm->kvm->ops->dirty(vm->kvm, vm->dirty)) < 0)) {
		vm_set_error(vm, r, "reading the pages written for a checkpoint");
		return r;
	}
	for (size_t w = HSIM_GUEST_USER_BASE / CKPT_PAGE / 64; w < words; w++) {
		for (uint64_t b = vm->dirty[w]; b; b &= b - 1) {
			if (n == vm->ckpt_cap) {
				size_t cap = vm->ckpt_cap ? 2 * vm->ckpt_cap : 256;
				void *p = realloc(vm->ckpt_pages, cap * sizeof(*vm->ckpt_pages));
				if (!p) {
					vm_set_error(vm, -ENOMEM, "a checkpoint of %zu pages", n);
					return -ENOMEM;
				}
				vm->ckpt_pages = p;
				vm->ckpt_cap = cap;
			}
			uint64_t gpa = ((uint64_t)w * 64 + (unsigned)__builtin_ctzll(b)) * CKPT_PAGE;
			vm->ckpt_pages[n++] = (struct hsim_trace_page){ gpa, vm->memory + gpa };
		}
	}
	memset(vm->dirty, 0, words * sizeof(uint64_t));
	/* the simulator marks a page at its first store after this */
	if (vm->sim && (r = sim_set_dirty(engine_sim_cpu(vm->sim), vm->dirty)) < 0) {
		vm_set_error(vm, r, "tracking the pages the simulator writes");
		return r;
	}
	if (vm->ckpt_shadow && (r = verify(vm, n)) < 0)
		return r;
	failed(vm, hsim_trace_write_checkpoint(vm->m->trace, vm->id, vm->res.exits, &vm->st,
					       vm->ckpt_pages, n));
	return 0;
}

static void record_input(void *ctx, enum platform_input kind, uint64_t addr, void *data, size_t len)
{
	struct hsim_vm *vm = ctx;
	(void)addr;
	if (!vm->record_failed)
		failed(vm, hsim_trace_write_input(vm->m->trace, vm->id, vm->res.exits, trace_input_kind(kind),
						  data, len, HSIM_TRACE_NO_SEQ));
}

/* A received message: sender and payload, with its global number. */
static void record_message(void *ctx, unsigned from, uint64_t seq, const void *data, size_t len)
{
	struct hsim_vm *vm = ctx;
	uint8_t *buf = malloc(len + 4);
	if (!buf) {
		failed(vm, -ENOMEM);
		return;
	}
	uint32_t f = from;
	memcpy(buf, &f, 4);
	memcpy(buf + 4, data, len);
	if (!vm->record_failed)
		failed(vm, hsim_trace_write_input(vm->m->trace, vm->id, vm->res.exits,
						  HSIM_TIN_MESSAGE, buf, len + 4, seq));
	free(buf);
}

/* ---- the tap ----------------------------------------------------------------- */

static int record_setup(struct hsim_vm *vm)
{
	vm->plat.input = record_input;
	vm->plat.msg_input = record_message;
	vm->plat.input_ctx = vm;
	int r = checkpoint_setup(vm);
	if (r < 0)
		vm_set_error(vm, r, "setting up checkpoints");
	return r;
}

/* A checkpoint is due at an exit boundary every checkpoint_every exits,
 * but not inside a complex event (a --simulate function with exits of its
 * own): a replay that starts at a checkpoint starts outside any. */
static int record_before_run(struct hsim_vm *vm)
{
	if (vm->dirty && vm->res.exits >= vm->ckpt_next && !vm->in_function &&
	    record_checkpoint(vm) < 0)
		return -1;
	return 0;
}

const struct vm_tap record_tap = {
	.setup = record_setup,
	.before_run = record_before_run,
	.exit = record_exit,
	.state = record_state,
	.end = record_end,
	.teardown = checkpoint_free,
};
