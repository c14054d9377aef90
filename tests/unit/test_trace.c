/* Trace library tests: round trips of every record type from concurrent VM
 * threads, truncation at every byte, random corruption, versions, disk
 * full, seeking, and the compressed size of a realistic exit stream. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <zstd.h>

#include <hsim/error.h>
#include <hsim/trace.h>
#include "trace/trace_int.h"   /* crc32c and byte helpers, to build version 1 files */

/* ---- deterministic random records ------------------------------------------ */

struct rng {
	uint64_t s;
};

static uint64_t rnd(struct rng *r)
{
	r->s ^= r->s << 13;
	r->s ^= r->s >> 7;
	r->s ^= r->s << 17;
	return r->s;
}

static uint64_t below(struct rng *r, uint64_t n)
{
	return rnd(r) % n;
}

#define MAX_PAGES 3
#define MAX_INPUT_BYTES 300

struct mrec {
	enum hsim_trace_rec_type type;
	unsigned vm;
	uint64_t event;
	struct hsim_exit ex;
	int entry;
	enum hsim_event_class cls;
	struct hsim_cpu_state st;
	unsigned kind;
	uint8_t data[MAX_INPUT_BYTES];
	size_t len;
	uint64_t seq;
	uint64_t insns;
	size_t npages;
	uint64_t gpa[MAX_PAGES];
	uint8_t page[MAX_PAGES][HSIM_TRACE_PAGE_SIZE];
	int status, error;
	int64_t exit_code;
	char detail[64];
};

/* Few registers change mostly; sometimes all of them. */
static void mutate(struct rng *r, struct hsim_cpu_state *st, int full)
{
	if (below(r, 8) == 0) {
		for (int i = 0; i < HSIM_NGPR; i++)
			st->gpr[i] = rnd(r);
		st->rip = rnd(r);
		st->rflags = rnd(r);
	} else {
		for (unsigned n = 1 + (unsigned)below(r, 3); n--;)
			st->gpr[below(r, HSIM_NGPR)] += below(r, 2) ? below(r, 100) : rnd(r);
		st->rip += below(r, 64);
	}
	if (!full)
		return;
	if (below(r, 4) == 0) {
		for (int i = 0; i < 16; i++)
			st->xmm[i].q[below(r, 2)] = rnd(r);
		st->fs_base = rnd(r);
		st->gs_base = rnd(r);
		st->mxcsr = (uint32_t)rnd(r);
		st->fcw = (uint16_t)rnd(r);
		st->fsw = (uint16_t)rnd(r);
		st->ftw = (uint8_t)rnd(r);
		st->fop = (uint16_t)rnd(r);
		st->fip = rnd(r);
		st->fdp = rnd(r);
		for (int i = 0; i < 8; i++) {
			uint64_t m = rnd(r);
			uint16_t se = (uint16_t)rnd(r);
			memcpy(st->fpr[i], &m, 8);
			memcpy(st->fpr[i] + 8, &se, 2);
		}
		st->cr0 = rnd(r);
		st->cr2 = rnd(r);
		st->cr3 = rnd(r);
		st->cr4 = rnd(r);
		st->efer = rnd(r);
	} else {
		st->xmm[below(r, 16)].d[below(r, 4)] = (uint32_t)rnd(r);
	}
}

static void random_exit(struct rng *r, struct hsim_exit *ex, const struct hsim_cpu_state *st)
{
	memset(ex, 0, sizeof(*ex));
	ex->kind = (enum hsim_exit_kind)below(r, HSIM_EXIT_COUNT);
	ex->rip = below(r, 4) ? st->rip : rnd(r);
	ex->next_rip = ex->rip + below(r, 16);
	if (below(r, 2)) {
		ex->port = (uint16_t)rnd(r);
		ex->size = (uint8_t)(1u << below(r, 3));
		ex->is_in = (uint8_t)below(r, 2);
		ex->value = (uint32_t)rnd(r);
	}
	if (below(r, 3) == 0) {
		ex->addr = rnd(r);
		ex->is_write = (uint8_t)below(r, 2);
		ex->vector = (uint8_t)rnd(r);
		ex->has_error_code = 1;
		ex->error_code = (uint32_t)rnd(r);
		ex->cr2 = rnd(r);
		ex->insn = (uint8_t)below(r, HSIM_INSN_COUNT);
		ex->insn_len = (uint8_t)below(r, 16);
		ex->reason = (uint32_t)rnd(r);
		ex->info = rnd(r);
	}
}

/* The next record of a VM: every type, END last (last != 0). */
static void gen(struct rng *r, unsigned vm, uint64_t *event, struct hsim_cpu_state *st,
		int last, struct mrec *m)
{
	memset(m, 0, sizeof(*m));
	m->vm = vm;
	*event += below(r, 3);
	m->event = *event;
	unsigned t = last ? HSIM_TREC_END : (unsigned)(1 + below(r, 20));
	if (t > HSIM_TREC_END - 1)
		t = HSIM_TREC_EXIT; /* exits dominate, as in real runs */
	m->type = (enum hsim_trace_rec_type)t;
	switch (m->type) {
	case HSIM_TREC_EXIT:
		mutate(r, st, 0);
		random_exit(r, &m->ex, st);
		m->entry = (int)below(r, 20) - 1;
		m->cls = (enum hsim_event_class)below(r, HSIM_CLASS_COUNT);
		break;
	case HSIM_TREC_INPUT:
		m->kind = (unsigned)below(r, HSIM_TIN_COUNT);
		m->len = m->kind < HSIM_TIN_DEVICE ? 8 : (size_t)below(r, MAX_INPUT_BYTES);
		for (size_t i = 0; i < m->len; i++)
			m->data[i] = (uint8_t)rnd(r);
		m->seq = m->kind == HSIM_TIN_MESSAGE ? rnd(r) >> 1 : HSIM_TRACE_NO_SEQ;
		break;
	case HSIM_TREC_STATE_STORE:
	case HSIM_TREC_STATE_RESTORE:
	case HSIM_TREC_SIM_RESULT:
		mutate(r, st, 1);
		m->insns = m->type == HSIM_TREC_SIM_RESULT ? rnd(r) >> below(r, 64) : 0;
		break;
	case HSIM_TREC_CHECKPOINT:
		mutate(r, st, 1);
		m->npages = (size_t)below(r, MAX_PAGES + 1);
		for (size_t i = 0; i < m->npages; i++) {
			m->gpa[i] = (rnd(r) >> 20) * HSIM_TRACE_PAGE_SIZE;
			for (size_t j = 0; j < HSIM_TRACE_PAGE_SIZE; j += 8) {
				uint64_t v = below(r, 4) ? 0 : rnd(r);
				memcpy(&m->page[i][j], &v, 8);
			}
		}
		break;
	case HSIM_TREC_END:
		m->status = (int)below(r, 5) - 2;
		m->exit_code = (int64_t)rnd(r);
		m->error = -(int)below(r, 5000);
		snprintf(m->detail, sizeof(m->detail), "vm %u ended %llu", vm,
			 (unsigned long long)rnd(r));
		break;
	}
	m->st = *st;
}

static int put(struct hsim_trace_writer *w, const struct mrec *m)
{
	switch (m->type) {
	case HSIM_TREC_EXIT:
		return hsim_trace_write_exit(w, m->vm, m->event, &m->ex, m->entry, m->cls, &m->st);
	case HSIM_TREC_INPUT:
		return hsim_trace_write_input(w, m->vm, m->event, m->kind, m->data, m->len, m->seq);
	case HSIM_TREC_CHECKPOINT: {
		struct hsim_trace_page pg[MAX_PAGES];
		for (size_t i = 0; i < m->npages; i++) {
			pg[i].gpa = m->gpa[i];
			pg[i].data = m->page[i];
		}
		return hsim_trace_write_checkpoint(w, m->vm, m->event, &m->st, pg, m->npages);
	}
	case HSIM_TREC_END:
		return hsim_trace_write_end(w, m->vm, m->event, m->status, m->exit_code, m->error,
					    m->detail);
	default:
		return hsim_trace_write_state(w, m->vm, m->event, m->type, &m->st, m->insns);
	}
}

static void check_rec(const struct mrec *m, const struct hsim_trace_record *r)
{
	assert_int_equal(r->type, m->type);
	assert_int_equal(r->vm, m->vm);
	assert_int_equal(r->event_no, m->event);
	switch (m->type) {
	case HSIM_TREC_EXIT:
		assert_memory_equal(r->state.gpr, m->st.gpr, sizeof(m->st.gpr));
		assert_int_equal(r->state.rip, m->st.rip);
		assert_int_equal(r->state.rflags, m->st.rflags);
		assert_int_equal(r->exit.kind, m->ex.kind);
		assert_int_equal(r->exit.rip, m->ex.rip);
		assert_int_equal(r->exit.next_rip, m->ex.next_rip);
		assert_int_equal(r->exit.port, m->ex.port);
		assert_int_equal(r->exit.size, m->ex.size);
		assert_int_equal(r->exit.is_in, m->ex.is_in);
		assert_int_equal(r->exit.value, m->ex.value);
		assert_int_equal(r->exit.addr, m->ex.addr);
		assert_int_equal(r->exit.is_write, m->ex.is_write);
		assert_int_equal(r->exit.vector, m->ex.vector);
		assert_int_equal(r->exit.has_error_code, m->ex.has_error_code);
		assert_int_equal(r->exit.error_code, m->ex.error_code);
		assert_int_equal(r->exit.cr2, m->ex.cr2);
		assert_int_equal(r->exit.insn, m->ex.insn);
		assert_int_equal(r->exit.insn_len, m->ex.insn_len);
		assert_int_equal(r->exit.reason, m->ex.reason);
		assert_int_equal(r->exit.info, m->ex.info);
		assert_int_equal(r->entry, m->entry);
		assert_int_equal(r->cls, m->cls);
		assert_false(r->full_state);
		break;
	case HSIM_TREC_INPUT:
		assert_int_equal(r->input_kind, m->kind);
		assert_int_equal(r->len, m->len);
		if (m->len)
			assert_memory_equal(r->data, m->data, m->len);
		assert_int_equal(r->seq, m->seq);
		break;
	case HSIM_TREC_END:
		assert_int_equal(r->status, m->status);
		assert_int_equal(r->exit_code, m->exit_code);
		assert_int_equal(r->error, m->error);
		assert_string_equal(r->detail, m->detail);
		break;
	default:
		assert_true(r->full_state);
		assert_memory_equal(&r->state, &m->st, sizeof(m->st));
		if (m->type == HSIM_TREC_SIM_RESULT)
			assert_int_equal(r->insns, m->insns);
		if (m->type == HSIM_TREC_CHECKPOINT) {
			assert_int_equal(r->npages, m->npages);
			for (size_t i = 0; i < m->npages; i++) {
				assert_int_equal(r->pages[i].gpa, m->gpa[i]);
				assert_memory_equal(r->pages[i].data, m->page[i], HSIM_TRACE_PAGE_SIZE);
			}
		}
	}
}

/* ---- traces to test on ------------------------------------------------------------ */

static const uint8_t image_a[] = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0xaa };
static const struct hsim_trace_image images[] = {
	{ "a.elf", image_a, sizeof(image_a) },
	{ "dir/b.elf", "\0\1\2\3\0", 5 },
};
static const struct hsim_trace_cpuid cpuids[] = {
	{ 0, 0, 0, 0xd, 0x756e6547, 0x6c65746e, 0x49656e69 },
	{ 7, 1, 1, 1, 2, 3, 4 },
	{ 0x80000008, 0, 0, 0x3027, 0, 0, 0 },
};
static const char *const argv_[] = { "hsim", "record", "-o", "x.hst", "--vms", "4", "a.elf" };
static const char *const sim_[] = { "main", "fib" };
static const char events_text[] = "io 0x500-0x5ff simple hypercall\ninsn cpuid simple cpuid\n";

/* Each VM's start (version 3): VM 0 none (a one-VM trace's header block
 * ends with its four zero varints), the others arguments, an
 * environment and a canary. */
static const char *const start_argv[] = { "b.elf", "one", "two words" };
static const char *const start_envp[] = { "HOME=/nowhere" };
static struct hsim_trace_vm_start vm_start_[8];

static void fill_header(struct hsim_trace_header *h, unsigned *vm_image, unsigned nvms)
{
	for (unsigned i = 1; i < 8; i++)
		vm_start_[i] = (struct hsim_trace_vm_start){ 3, 1, start_argv, start_envp,
							     0xabcdef0000000000ull * i, i & 7 };
	memset(h, 0, sizeof(*h));
	for (unsigned i = 0; i < nvms; i++)
		vm_image[i] = i % 2;
	h->images = images;
	h->nimages = 2;
	h->mem_size = 64ull << 20;
	h->nvms = nvms;
	h->vm_image = vm_image;
	h->cpuid = cpuids;
	h->ncpuid = 3;
	h->events = events_text;
	h->simulate = sim_;
	h->nsimulate = 2;
	h->argv = argv_;
	h->argc = 7;
	h->seed = 0x123456789abcdefull;
	h->clock_step = 1000;
	h->vm_start = vm_start_;
	hsim_trace_host_detect(&h->host);
}

struct trace {
	char path[64];
	unsigned nvms;
	size_t n[8];            /* records per VM */
	struct mrec *rec[8];
	size_t total;
};

static void make_path(char *buf, size_t n)
{
	const char *dir = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	snprintf(buf, n, "%s/hsim-trace-XXXXXX", dir);
	int fd = mkstemp(buf);
	assert_true(fd >= 0);
	close(fd);
}

static void gen_trace(struct trace *t, unsigned nvms, size_t per_vm, uint64_t seed)
{
	memset(t, 0, sizeof(*t));
	t->nvms = nvms;
	make_path(t->path, sizeof(t->path));
	for (unsigned v = 0; v < nvms; v++) {
		struct rng r = { seed * 7919 + v + 1 };
		struct hsim_cpu_state st = { 0 };
		uint64_t ev = below(&r, 10);
		t->n[v] = per_vm;
		t->rec[v] = calloc(per_vm, sizeof(struct mrec));
		assert_non_null(t->rec[v]);
		for (size_t i = 0; i < per_vm; i++)
			gen(&r, v, &ev, &st, i + 1 == per_vm, &t->rec[v][i]);
		t->total += per_vm;
	}
}

static void free_trace(struct trace *t)
{
	unlink(t->path);
	for (unsigned v = 0; v < t->nvms; v++)
		free(t->rec[v]);
}

struct vm_job {
	struct hsim_trace_writer *w;
	const struct trace *t;
	unsigned vm;
	int rc;
};

static void *vm_thread(void *arg)
{
	struct vm_job *j = arg;
	for (size_t i = 0; i < j->t->n[j->vm] && !j->rc; i++)
		j->rc = put(j->w, &j->t->rec[j->vm][i]);
	return NULL;
}

/* Writes the trace, one thread per VM, all at once. */
static void write_trace(struct trace *t, const struct hsim_trace_writer_opts *o,
			struct hsim_trace_writer_stats *stats)
{
	struct hsim_trace_header h;
	unsigned vm_image[8];
	struct hsim_trace_writer *w = NULL;
	pthread_t th[8];
	struct vm_job job[8];

	fill_header(&h, vm_image, t->nvms);
	assert_int_equal(hsim_trace_writer_create(&w, t->path, &h, o), 0);
	for (unsigned v = 0; v < t->nvms; v++) {
		job[v] = (struct vm_job){ w, t, v, 0 };
		assert_int_equal(pthread_create(&th[v], NULL, vm_thread, &job[v]), 0);
	}
	for (unsigned v = 0; v < t->nvms; v++) {
		pthread_join(th[v], NULL);
		assert_int_equal(job[v].rc, 0);
	}
	assert_int_equal(hsim_trace_writer_flush(w), 0);
	if (stats)
		hsim_trace_writer_stats(w, stats);
	assert_int_equal(hsim_trace_writer_close(w), 0);
}

/* Reads everything, checks every record against the model, returns the
 * records read; rc_end gets how the iteration ended. */
static size_t read_check(const char *path, const struct trace *t, int *rc_end, size_t *per_vm)
{
	struct hsim_trace_reader *r = NULL;
	struct hsim_trace_record rec;
	size_t got[8] = { 0 }, total = 0;
	char err[256];
	int rc;

	assert_int_equal(hsim_trace_open(&r, path, err, sizeof(err)), 0);
	while ((rc = hsim_trace_next(r, &rec)) == 1) {
		assert_true(rec.vm < t->nvms);
		assert_true(got[rec.vm] < t->n[rec.vm]);
		check_rec(&t->rec[rec.vm][got[rec.vm]], &rec);
		got[rec.vm]++;
		total++;
	}
	*rc_end = rc;
	if (per_vm)
		memcpy(per_vm, got, sizeof(got));
	hsim_trace_close(r);
	return total;
}

/* Every field of hsim_cpu_fields goes through the codec alone, at the
 * largest value its size holds and back to 0, and nothing else moves: a
 * field the codec numbered wrong, truncated or rejected would show. */
static void test_every_field(void **state)
{
	(void)state;
	struct hsim_trace_header h;
	unsigned vm_image[1];
	char path[64];
	struct hsim_trace_writer *w = NULL;
	struct hsim_cpu_state zero, st[HSIM_CPU_NFIELDS];
	uint64_t event = 0;

	make_path(path, sizeof(path));
	fill_header(&h, vm_image, 1);
	memset(&zero, 0, sizeof(zero));
	assert_int_equal(hsim_trace_writer_create(&w, path, &h, NULL), 0);
	for (unsigned i = 0; i < HSIM_CPU_NFIELDS; i++) {
		const struct hsim_cpu_field *f = &hsim_cpu_fields[i];
		st[i] = zero;
		hsim_cpu_field_set(&st[i], f, f->size == 8 ? UINT64_MAX : (1ull << (8 * f->size)) - 1);
		assert_int_equal(hsim_trace_write_state(w, 0, ++event, HSIM_TREC_SIM_RESULT, &st[i], i), 0);
		assert_int_equal(hsim_trace_write_state(w, 0, ++event, HSIM_TREC_SIM_RESULT, &zero, i), 0);
	}
	assert_int_equal(hsim_trace_writer_close(w), 0);

	struct hsim_trace_reader *r = NULL;
	struct hsim_trace_record rec;
	char err[256];
	unsigned n = 0;
	assert_int_equal(hsim_trace_open(&r, path, err, sizeof(err)), 0);
	while (hsim_trace_next(r, &rec) == 1) {
		if (rec.type != HSIM_TREC_SIM_RESULT)
			continue;
		assert_true(n < 2 * HSIM_CPU_NFIELDS);
		const struct hsim_cpu_state *want = n % 2 ? &zero : &st[n / 2];
		if (memcmp(&rec.state, want, sizeof(*want)))
			fail_msg("field %s (record %u) did not round-trip", hsim_cpu_fields[n / 2].name, n);
		n++;
	}
	assert_int_equal(n, 2 * HSIM_CPU_NFIELDS);
	hsim_trace_close(r);
	unlink(path);
}

static void test_roundtrip(void **state)
{
	struct trace t;
	struct hsim_trace_writer_opts o = { .frame_size = 16384, .max_pending = 2 };
	struct hsim_trace_writer_stats s;
	size_t got[8];
	int rc;
	(void)state;

	gen_trace(&t, 4, 3000, 1);
	write_trace(&t, &o, &s);
	assert_int_equal(s.records, t.total);
	assert_true(s.frames > 8);
	assert_true(s.checkpoints > 0);
	assert_int_equal(read_check(t.path, &t, &rc, got), t.total);
	assert_int_equal(rc, 0);
	for (unsigned v = 0; v < t.nvms; v++)
		assert_int_equal(got[v], t.n[v]);

	/* header, status, filter */
	struct hsim_trace_reader *r = NULL;
	struct hsim_trace_status st;
	struct hsim_trace_record rec;
	assert_int_equal(hsim_trace_open(&r, t.path, NULL, 0), 0);
	const struct hsim_trace_header *h = hsim_trace_get_header(r);
	assert_int_equal(h->nimages, 2);
	assert_string_equal(h->images[1].name, "dir/b.elf");
	assert_int_equal(h->images[0].size, sizeof(image_a));
	assert_memory_equal(h->images[0].data, image_a, sizeof(image_a));
	assert_memory_equal(h->images[1].data, "\0\1\2\3\0", 5);
	assert_int_equal(h->mem_size, 64ull << 20);
	assert_int_equal(hsim_trace_vm_count(r), 4);
	assert_int_equal(h->vm_image[3], 1);
	assert_int_equal(h->ncpuid, 3);
	assert_memory_equal(h->cpuid, cpuids, sizeof(cpuids));
	assert_string_equal(h->events, events_text);
	assert_int_equal(h->nsimulate, 2);
	assert_string_equal(h->simulate[1], "fib");
	assert_int_equal(h->argc, 7);
	assert_string_equal(h->argv[6], "a.elf");
	assert_int_equal(h->seed, 0x123456789abcdefull);
	assert_int_equal(h->clock_step, 1000);
	assert_int_equal(h->frame_size, 16384);
	assert_int_equal(h->version, 3);
	assert_non_null(h->vm_start);
	assert_int_equal(h->vm_start[0].argc, 0);
	assert_int_equal(h->vm_start[0].envc, 0);
	assert_int_equal(h->vm_start[0].stack_guard, 0);
	for (unsigned v = 1; v < 4; v++) {
		assert_int_equal(h->vm_start[v].argc, 3);
		assert_string_equal(h->vm_start[v].argv[0], "b.elf");
		assert_string_equal(h->vm_start[v].argv[2], "two words");
		assert_int_equal(h->vm_start[v].envc, 1);
		assert_string_equal(h->vm_start[v].envp[0], "HOME=/nowhere");
		assert_int_equal(h->vm_start[v].stack_guard, 0xabcdef0000000000ull * v);
		assert_int_equal(h->vm_start[v].tty, v & 7);
	}
	struct hsim_trace_host host;
	hsim_trace_host_detect(&host);
	assert_int_equal(h->host.features, host.features);
	assert_true(h->host.features & HSIM_TRACE_HOSTF_KNOWN);
	assert_string_equal(h->host.vendor, host.vendor);
	assert_string_equal(h->host.kernel, host.kernel);
	assert_int_equal(h->host.model, host.model);
	assert_true(h->host.vendor[0] != 0);
	hsim_trace_status(r, &st);
	assert_true(st.has_index);
	assert_false(st.truncated);
	assert_int_equal(st.error, 0);
	assert_int_equal(st.frames, s.frames);
	assert_int_equal(hsim_trace_frame_count(r), s.frames);
	size_t ncp_model = 0;
	for (unsigned v = 0; v < 4; v++)
		for (size_t i = 0; i < t.n[v]; i++)
			ncp_model += t.rec[v][i].type == HSIM_TREC_CHECKPOINT;
	assert_int_equal(ncp_model, s.checkpoints);
	assert_int_equal(hsim_trace_checkpoint_count(r), s.checkpoints);
	for (unsigned v = 0; v < 4; v++)
		assert_int_equal(hsim_trace_last_event(r, v), t.rec[v][t.n[v] - 1].event);

	assert_int_equal(hsim_trace_filter_vm(r, 2), 0);
	assert_int_equal(hsim_trace_filter_vm(r, 4), HSIM_E_INVAL);
	size_t n = 0;
	while ((rc = hsim_trace_next(r, &rec)) == 1) {
		assert_int_equal(rec.vm, 2);
		check_rec(&t.rec[2][n++], &rec);
	}
	assert_int_equal(rc, 0);
	assert_int_equal(n, t.n[2]);
	hsim_trace_close(r);
	hsim_trace_close(NULL);
	assert_int_equal(hsim_trace_writer_close(NULL), 0);
	free_trace(&t);
}

/* ---- truncation ------------------------------------------------------------------- */

static uint8_t *slurp(const char *path, size_t *n)
{
	struct stat sb;
	int fd = open(path, O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(fstat(fd, &sb), 0);
	uint8_t *p = malloc((size_t)sb.st_size + 1);
	assert_non_null(p);
	assert_int_equal(read(fd, p, (size_t)sb.st_size), sb.st_size);
	close(fd);
	*n = (size_t)sb.st_size;
	return p;
}

static void spill(const char *path, const void *p, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, p, n), (ssize_t)n);
	close(fd);
}

/* Where each frame ends and how many records (per VM) precede that end,
 * from a whole trace. */
struct frames {
	size_t n;
	uint64_t end[4096];
	size_t recs[4096];      /* records in frames 0..k */
	unsigned vm[4096];
	uint64_t last[4096];
	uint64_t data_start;
};

static void frame_map(const char *path, struct frames *f)
{
	struct hsim_trace_reader *r = NULL;
	struct hsim_trace_record rec;
	struct hsim_trace_status st;
	size_t total = 0;
	int rc;

	memset(f, 0, sizeof(*f));
	assert_int_equal(hsim_trace_open(&r, path, NULL, 0), 0);
	hsim_trace_status(r, &st);
	f->n = st.frames;
	assert_true(f->n <= 4096);
	uint64_t prev_off = UINT64_MAX;
	while ((rc = hsim_trace_next(r, &rec)) == 1) {
		if (rec.frame_offset != prev_off) {
			if (rec.frame == 0)
				f->data_start = rec.frame_offset;
			else
				f->end[rec.frame - 1] = rec.frame_offset;
			prev_off = rec.frame_offset;
		}
		total++;
		f->recs[rec.frame] = total;
		f->vm[rec.frame] = rec.vm;
		f->last[rec.frame] = rec.event_no;
	}
	assert_int_equal(rc, 0);
	f->end[f->n - 1] = st.data_end;
	hsim_trace_close(r);
}

/* The trace cut after n bytes reads exactly the frames before the cut. */
static void check_cut(const char *cut_path, const uint8_t *all, size_t size, size_t n,
		      const struct frames *f, const struct trace *t)
{
	struct hsim_trace_reader *r = NULL;
	struct hsim_trace_status st;
	char err[256];
	int rc;

	spill(cut_path, all, n);
	rc = hsim_trace_open(&r, cut_path, err, sizeof(err));
	if (n < f->data_start) {
		assert_int_equal(rc, HSIM_E_TRACE_TRUNCATED); /* byte 0 too: an empty file */
		assert_null(r);
		assert_true(err[0] != 0);
		return;
	}
	assert_int_equal(rc, 0);
	size_t whole = 0;
	while (whole < f->n && f->end[whole] <= n)
		whole++;
	hsim_trace_status(r, &st);
	assert_int_equal(st.frames, whole);
	assert_int_equal(st.truncated, n != size);
	assert_int_equal(st.error, n != size ? HSIM_E_TRACE_TRUNCATED : 0);
	if (whole) {
		assert_int_equal(st.last_vm, f->vm[whole - 1]);
		assert_int_equal(st.last_event, f->last[whole - 1]);
	} else {
		assert_int_equal(st.last_event, HSIM_TRACE_NO_EVENT);
	}
	hsim_trace_close(r);
	int end;
	assert_int_equal(read_check(cut_path, t, &end, NULL), whole ? f->recs[whole - 1] : 0);
	assert_int_equal(end, n != size ? HSIM_E_TRACE_TRUNCATED : 0);
}

static void test_truncate_every_byte(void **state)
{
	struct trace t;
	struct hsim_trace_writer_opts o = { .frame_size = 4096 };
	struct frames *f = malloc(sizeof(*f));
	char cut[64];
	size_t size;
	(void)state;

	assert_non_null(f);
	gen_trace(&t, 2, 70, 2);
	write_trace(&t, &o, NULL);
	frame_map(t.path, f);
	assert_true(f->n >= 3);
	uint8_t *all = slurp(t.path, &size);
	make_path(cut, sizeof(cut));
	for (size_t n = 0; n <= size; n++)
		check_cut(cut, all, size, n, f, &t);
	printf("# truncated a %zu-byte trace of %zu frames at every byte\n", size, f->n);
	unlink(cut);
	free(all);
	free(f);
	free_trace(&t);
}

static void test_truncate_random_large(void **state)
{
	struct trace t;
	struct hsim_trace_writer_opts o = { .frame_size = 8192, .max_pending = 1 };
	struct frames *f = malloc(sizeof(*f));
	struct rng r = { 99 };
	char cut[64];
	size_t size;
	(void)state;

	assert_non_null(f);
	gen_trace(&t, 4, 2000, 3);
	write_trace(&t, &o, NULL);
	frame_map(t.path, f);
	assert_true(f->n >= 20);
	uint8_t *all = slurp(t.path, &size);
	make_path(cut, sizeof(cut));
	for (int i = 0; i < 300; i++)
		check_cut(cut, all, size, (size_t)below(&r, size + 1), f, &t);
	/* right at frame boundaries too */
	for (size_t k = 0; k < f->n; k++)
		check_cut(cut, all, size, f->end[k], f, &t);
	unlink(cut);
	free(all);
	free(f);
	free_trace(&t);
}

/* ---- corruption ------------------------------------------------------------------- */

static void test_corrupt_random(void **state)
{
	struct trace t;
	struct hsim_trace_writer_opts o = { .frame_size = 4096 };
	struct rng rg = { 4242 };
	char bad[64], err[256];
	size_t size;
	int counts[5] = { 0 };
	(void)state;

	gen_trace(&t, 2, 150, 5);
	write_trace(&t, &o, NULL);
	uint8_t *all = slurp(t.path, &size);
	uint8_t *copy = malloc(size);
	assert_non_null(copy);
	make_path(bad, sizeof(bad));
	for (int trial = 0; trial < 3000; trial++) {
		memcpy(copy, all, size);
		size_t at = (size_t)below(&rg, size);
		copy[at] ^= (uint8_t)(1 + below(&rg, 255));
		if (trial % 3 == 0) /* and sometimes a second byte elsewhere */
			copy[below(&rg, size)] ^= (uint8_t)(1 + below(&rg, 255));
		spill(bad, copy, size);
		struct hsim_trace_reader *r = NULL;
		int rc = hsim_trace_open(&r, bad, err, sizeof(err));
		if (rc) {
			assert_true(rc == HSIM_E_TRACE_FORMAT || rc == HSIM_E_TRACE_VERSION ||
				    rc == HSIM_E_TRACE_CORRUPT || rc == HSIM_E_TRACE_TRUNCATED);
			assert_true(err[0] != 0);
			assert_null(r);
			counts[0]++;
			continue;
		}
		struct hsim_trace_record rec;
		int seen = 0;
		size_t iters = 0;
		for (;;) {
			assert_true(++iters < 4 * t.total + 100); /* never a hang */
			rc = hsim_trace_next(r, &rec);
			if (rc == 1)
				continue;
			if (rc == HSIM_E_TRACE_CORRUPT) {
				seen = 1;
				assert_non_null(strstr(hsim_trace_error(r), "byte"));
				continue;
			}
			break;
		}
		assert_true(rc == 0 || rc == HSIM_E_TRACE_CORRUPT || rc == HSIM_E_TRACE_TRUNCATED);
		struct hsim_trace_status st;
		hsim_trace_status(r, &st);
		/* every changed byte is under a checksum: the damage is found */
		assert_true(seen || rc != 0 || st.error != 0);
		if (st.error)
			assert_true(st.error_offset < size);
		counts[seen ? 1 : rc == HSIM_E_TRACE_TRUNCATED ? 2 : 3]++;
		hsim_trace_close(r);
	}
	printf("# corruption: %d refused at open, %d corrupt frames, %d truncated, %d other\n",
	       counts[0], counts[1], counts[2], counts[3]);
	unlink(bad);
	free(copy);
	free(all);
	free_trace(&t);
}

static void test_version(void **state)
{
	struct trace t;
	char err[256];
	size_t size;
	(void)state;

	gen_trace(&t, 1, 20, 6);
	write_trace(&t, NULL, NULL);
	uint8_t *all = slurp(t.path, &size);
	struct hsim_trace_reader *r = NULL;

	/* versions this reader does not know, header otherwise valid: the
	 * message names the file's and the ones it knows */
	static const uint8_t unknown[] = { 4, 7, 0 };
	for (size_t i = 0; i < sizeof(unknown); i++) {
		char want[32];
		all[8] = unknown[i];
		spill(t.path, all, size);
		err[0] = 0;
		assert_int_equal(hsim_trace_open(&r, t.path, err, sizeof(err)), HSIM_E_TRACE_VERSION);
		assert_null(r);
		snprintf(want, sizeof(want), "version %u,", unknown[i]);
		assert_non_null(strstr(err, want));
		assert_non_null(strstr(err, "knows versions 1 to 3"));
		assert_true(unknown[i] == 0 || strstr(err, "newer hsim") != NULL);
	}

	/* not a trace */
	spill(t.path, "\x7f" "ELF and more bytes than a header, surely, yes indeed", 50);
	assert_int_equal(hsim_trace_open(&r, t.path, err, sizeof(err)), HSIM_E_TRACE_FORMAT);
	assert_non_null(strstr(err, "not an hsim trace"));
	/* an empty file: a recorder killed between creating and writing it */
	spill(t.path, "", 0);
	assert_int_equal(hsim_trace_open(&r, t.path, err, sizeof(err)), HSIM_E_TRACE_TRUNCATED);
	assert_null(r);
	assert_non_null(strstr(err, "empty"));
	assert_int_equal(hsim_trace_open(&r, "/nonexistent/x.hst", err, sizeof(err)), -ENOENT);
	assert_string_equal(hsim_strerror(HSIM_E_TRACE_VERSION), "trace of an unknown format version");
	assert_string_equal(hsim_strerror(HSIM_E_TRACE_TRUNCATED), "trace is truncated");
	free(all);
	free_trace(&t);
}

/* ---- host features, format versions ------------------------------------------------ */

static void check_seeks(const char *path, const struct trace *t);

/* A trace of a few records with these host features (the writer's rc). */
static int write_features(struct trace *t, uint32_t features)
{
	struct hsim_trace_header h;
	unsigned vm_image[1];
	struct hsim_trace_writer *w = NULL;

	fill_header(&h, vm_image, 1);
	h.host.features = features;
	h.version = 99; /* the writer ignores it */
	int rc = hsim_trace_writer_create(&w, t->path, &h, NULL);
	if (rc)
		return rc;
	for (size_t i = 0; i < t->n[0]; i++)
		assert_int_equal(put(w, &t->rec[0][i]), 0);
	return hsim_trace_writer_close(w);
}

static void test_host_features(void **state)
{
	static const uint32_t good[] = {
		0, HSIM_TRACE_HOSTF_KNOWN, HSIM_TRACE_HOSTF_KNOWN | HSIM_TRACE_HOSTF_TZCNT,
		HSIM_TRACE_HOSTF_KNOWN | HSIM_TRACE_HOSTF_LZCNT, HSIM_TRACE_HOSTF_ALL,
	};
	static const uint32_t bad[] = {
		HSIM_TRACE_HOSTF_TZCNT, HSIM_TRACE_HOSTF_LZCNT, /* bits without KNOWN */
		HSIM_TRACE_HOSTF_KNOWN | 4, HSIM_TRACE_HOSTF_KNOWN | 0x40000000u, 0x100,
	};
	struct trace t;
	int rc;
	(void)state;

	/* the values lib/cpu's SIM_HOST_TZCNT / SIM_HOST_LZCNT have */
	assert_int_equal(HSIM_TRACE_HOSTF_TZCNT, 1);
	assert_int_equal(HSIM_TRACE_HOSTF_LZCNT, 2);
	assert_int_equal(HSIM_TRACE_HOSTF_KNOWN, 0x80000000u);
	gen_trace(&t, 1, 40, 11);
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		assert_int_equal(write_features(&t, good[i]), 0);
		struct hsim_trace_reader *r = NULL;
		char err[256];
		assert_int_equal(hsim_trace_open(&r, t.path, err, sizeof(err)), 0);
		const struct hsim_trace_header *h = hsim_trace_get_header(r);
		assert_int_equal(h->version, 3);
		assert_int_equal(h->host.features, good[i]);
		assert_int_equal(h->frame_size, 1u << 20); /* the field before it */
		hsim_trace_close(r);
		assert_int_equal(read_check(t.path, &t, &rc, NULL), t.total);
		assert_int_equal(rc, 0);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(write_features(&t, bad[i]), HSIM_E_INVAL);
	free_trace(&t);
}

/* The CPU's answer, as Linux names it in /proc/cpuinfo ("bmi1", "abm"). */
static void test_host_detect_features(void **state)
{
	struct hsim_trace_host h;
	(void)state;

	memset(&h, 0xff, sizeof(h));
	hsim_trace_host_detect(&h);
	assert_true(h.features & HSIM_TRACE_HOSTF_KNOWN);
	assert_int_equal(h.features & ~HSIM_TRACE_HOSTF_ALL, 0);
	FILE *f = fopen("/proc/cpuinfo", "r");
	if (!f) {
		printf("# no /proc/cpuinfo: features 0x%x not compared\n", h.features);
		return;
	}
	static char line[16384];
	int bmi1 = -1, abm = -1;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "flags", 5)) {
			bmi1 = strstr(line, " bmi1 ") || strstr(line, " bmi1\n");
			abm = strstr(line, " abm ") || strstr(line, " abm\n");
			break;
		}
	fclose(f);
	if (bmi1 < 0) {
		printf("# no flags in /proc/cpuinfo: features 0x%x not compared\n", h.features);
		return;
	}
	printf("# host: bmi1 %d abm %d, features 0x%x\n", bmi1, abm, h.features);
	assert_int_equal(!!(h.features & HSIM_TRACE_HOSTF_TZCNT), bmi1);
	assert_int_equal(!!(h.features & HSIM_TRACE_HOSTF_LZCNT), abm);
}

/* A copy of a whole trace file with its header block replaced by edit's
 * output and version in the file header and the footer; frame offsets in
 * the index follow the new header block size. edit gets the block's
 * content and may shorten or lengthen it (by at most 16 bytes). */
static uint8_t *relabel(const uint8_t *all, size_t size, uint32_t version,
			void (*edit)(uint8_t *blk, size_t *len), size_t *out_size)
{
	uint32_t cs = tr_get32(all + 16), us = tr_get32(all + 20);
	size_t ulen = us;
	uint8_t *blk = malloc(ulen + 16);
	assert_non_null(blk);
	assert_int_equal(ZSTD_decompress(blk, ulen, all + TR_FILE_HDR, cs), ulen);
	edit(blk, &ulen);
	size_t bound = ZSTD_compressBound(ulen);
	const uint8_t *foot = all + size - TR_FOOTER;
	uint64_t ix = tr_get64(foot), ixn = tr_get64(foot + 8);
	size_t data = (size_t)ix - TR_FILE_HDR - cs; /* frame bytes */
	uint8_t *out = malloc(TR_FILE_HDR + bound + data + (size_t)ixn + TR_FOOTER);
	assert_non_null(out);
	/* as the writer makes it: level 3, content size and checksum */
	ZSTD_CCtx *z = ZSTD_createCCtx();
	assert_non_null(z);
	ZSTD_CCtx_setParameter(z, ZSTD_c_compressionLevel, 3);
	ZSTD_CCtx_setParameter(z, ZSTD_c_checksumFlag, 1);
	ZSTD_CCtx_setParameter(z, ZSTD_c_contentSizeFlag, 1);
	size_t ncs = ZSTD_compress2(z, out + TR_FILE_HDR, bound, blk, ulen);
	assert_false(ZSTD_isError(ncs));
	ZSTD_freeCCtx(z);
	free(blk);
	memcpy(out, all, TR_FILE_HDR);
	tr_put32(out + 8, version);
	tr_put32(out + 16, (uint32_t)ncs);
	tr_put32(out + 20, (uint32_t)ulen);
	tr_put32(out + 24, tr_crc32c(out + TR_FILE_HDR, ncs));
	tr_put32(out + 28, tr_crc32c(out, 28));
	uint8_t *p = out + TR_FILE_HDR + ncs;
	memcpy(p, all + TR_FILE_HDR + cs, data);
	p += data;
	uint64_t nix = (uint64_t)(p - out);
	int64_t shift = (int64_t)nix - (int64_t)ix;
	memcpy(p, all + ix, (size_t)ixn);
	uint32_t nfr = tr_get32(p + 4);
	for (uint32_t i = 0; i < nfr; i++) {
		uint8_t *e = p + 8 + (size_t)i * TR_INDEX_ENTRY;
		tr_put64(e, (uint64_t)((int64_t)tr_get64(e) + shift));
	}
	tr_put32(p + ixn - 4, tr_crc32c(p, (size_t)ixn - 4));
	p += ixn;
	memcpy(p, foot, TR_FOOTER);
	tr_put64(p, nix);
	tr_put32(p + 16, version);
	tr_put32(p + 20, tr_crc32c(p, 20));
	*out_size = (size_t)(p + TR_FOOTER - out);
	return out;
}

/* version 3 to 2: the header block without the start of its one VM
 * (argc, envc, canary and tty 0: a byte 0 each) */
static void drop_start(uint8_t *blk, size_t *len)
{
	assert_true(*len > 4);
	assert_memory_equal(blk + *len - 4, "\0\0\0\0", 4);
	*len -= 4;
}
/* version 3 to 1: ... and without host_features (the value
 * written_features takes 5 varint bytes), disk_flags and disk_sectors (no
 * disk: one byte 0 each) */
static const uint32_t written_features = HSIM_TRACE_HOSTF_KNOWN | HSIM_TRACE_HOSTF_TZCNT;
static void drop_features(uint8_t *blk, size_t *len)
{
	drop_start(blk, len);
	assert_true(*len > 7);
	assert_int_equal(blk[*len - 1], 0);
	assert_int_equal(blk[*len - 2], 0);
	assert_int_equal(blk[*len - 3], written_features >> 28);
	*len -= 7;
}
static void keep(uint8_t *blk, size_t *len)
{
	(void)blk;
	(void)len;
}
/* host_features 0x80000004: a bit no version knows */
static void bad_features(uint8_t *blk, size_t *len)
{
	drop_features(blk, len);
	tr_put_varint(blk + *len, HSIM_TRACE_HOSTF_KNOWN | 4);
	*len += 5;
	blk[(*len)++] = 0; /* no disk */
	blk[(*len)++] = 0;
}
/* disk flags 4: a bit no version knows; then sectors without a disk */
static void bad_disk_flags(uint8_t *blk, size_t *len)
{
	drop_start(blk, len);
	blk[*len - 2] = 4;
}
static void bad_disk_sectors(uint8_t *blk, size_t *len)
{
	drop_start(blk, len);
	blk[*len - 1] = 9;
}

/* Opens path expecting rc; for rc 0 also the version, features, index and
 * every record. */
static void open_expect(const char *path, const struct trace *t, int want_rc, uint32_t version,
			uint32_t features, const char *msg)
{
	struct hsim_trace_reader *r = NULL;
	struct hsim_trace_status st;
	char err[256] = "";
	int rc = hsim_trace_open(&r, path, err, sizeof(err));

	if (rc != want_rc)
		fail_msg("open: %d, not %d (%s)", rc, want_rc, err);
	if (msg)
		assert_non_null(strstr(err, msg));
	if (rc) {
		assert_null(r);
		return;
	}
	const struct hsim_trace_header *h = hsim_trace_get_header(r);
	assert_int_equal(h->version, version);
	assert_true(version >= 3 ? h->vm_start != NULL : h->vm_start == NULL);
	assert_int_equal(h->host.features, features);
	assert_int_equal(h->frame_size, 1u << 20);
	assert_int_equal(h->nvms, 1);
	assert_string_equal(h->argv[6], "a.elf");
	hsim_trace_status(r, &st);
	assert_true(st.has_index);
	assert_false(st.truncated);
	assert_int_equal(st.error, 0);
	hsim_trace_close(r);
	int end;
	assert_int_equal(read_check(path, t, &end, NULL), t->total);
	assert_int_equal(end, 0);
}

static void test_version_1(void **state)
{
	struct trace t;
	char v1[64];
	size_t size, n;
	(void)state;

	gen_trace(&t, 1, 300, 12);
	assert_int_equal(write_features(&t, written_features), 0);
	uint8_t *all = slurp(t.path, &size);
	make_path(v1, sizeof(v1));

	/* the helper itself: an unchanged relabel reads as the original */
	uint8_t *f = relabel(all, size, 3, keep, &n);
	assert_int_equal(n, size);
	assert_memory_equal(f, all, size);
	free(f);

	/* a version 1 file: no host_features, read as 0 (not known) */
	f = relabel(all, size, 1, drop_features, &n);
	spill(v1, f, n);
	open_expect(v1, &t, 0, 1, 0, NULL);
	check_seeks(v1, &t); /* through its index */
	/* ... whose footer must say 1 too: else the index is not used */
	tr_put32(f + n - TR_FOOTER + 16, 2);
	tr_put32(f + n - TR_FOOTER + 20, tr_crc32c(f + n - TR_FOOTER, 20));
	spill(v1, f, n);
	struct hsim_trace_reader *r = NULL;
	struct hsim_trace_status st;
	assert_int_equal(hsim_trace_open(&r, v1, NULL, 0), 0);
	hsim_trace_status(r, &st);
	assert_false(st.has_index);
	assert_int_equal(st.error, HSIM_E_TRACE_CORRUPT);
	assert_int_equal(hsim_trace_get_header(r)->version, 1);
	hsim_trace_close(r);
	free(f);

	/* a version 2 file: features and disk, no VM starts (NULL) */
	f = relabel(all, size, 2, drop_start, &n);
	spill(v1, f, n);
	open_expect(v1, &t, 0, 2, written_features, NULL);
	check_seeks(v1, &t);
	free(f);

	/* a version 1 block labelled 2 lacks its last field; a version 2
	 * block labelled 1 has bytes after it; likewise 2 and 3 */
	f = relabel(all, size, 2, drop_features, &n);
	spill(v1, f, n);
	open_expect(v1, &t, HSIM_E_TRACE_CORRUPT, 0, 0, "does not decode");
	free(f);
	f = relabel(all, size, 1, drop_start, &n);
	spill(v1, f, n);
	open_expect(v1, &t, HSIM_E_TRACE_CORRUPT, 0, 0, "bytes after its last field");
	free(f);
	f = relabel(all, size, 3, drop_start, &n);
	spill(v1, f, n);
	open_expect(v1, &t, HSIM_E_TRACE_CORRUPT, 0, 0, "does not decode");
	free(f);
	f = relabel(all, size, 2, keep, &n);
	spill(v1, f, n);
	open_expect(v1, &t, HSIM_E_TRACE_CORRUPT, 0, 0, "bytes after its last field");
	free(f);
	/* features with a bit no version knows */
	f = relabel(all, size, 2, bad_features, &n);
	spill(v1, f, n);
	open_expect(v1, &t, HSIM_E_TRACE_CORRUPT, 0, 0, "host features");
	free(f);
	f = relabel(all, size, 2, bad_disk_flags, &n);
	spill(v1, f, n);
	open_expect(v1, &t, HSIM_E_TRACE_CORRUPT, 0, 0, "disk flags");
	free(f);
	f = relabel(all, size, 2, bad_disk_sectors, &n);
	spill(v1, f, n);
	open_expect(v1, &t, HSIM_E_TRACE_CORRUPT, 0, 0, "disk that is not present");
	free(f);

	unlink(v1);
	free(all);
	free_trace(&t);
}

/* traces/golden-v1.hst, recorded by hsim when version 1 was the newest. */
static void test_golden_v1(void **state)
{
	char path[4096];
	const char *dir = getenv("HSIM_TRACES") ? getenv("HSIM_TRACES") : "traces";
	struct hsim_trace_reader *r = NULL;
	struct hsim_trace_record rec;
	struct hsim_trace_status st;
	char err[256] = "";
	int rc;
	(void)state;

	snprintf(path, sizeof(path), "%s/golden-v1.hst", dir);
	if (access(path, R_OK))
		fail_msg("%s: not found (set HSIM_TRACES to the source tree's traces/)", path);
	rc = hsim_trace_open(&r, path, err, sizeof(err));
	if (rc)
		fail_msg("%s: %d %s", path, rc, err);
	const struct hsim_trace_header *h = hsim_trace_get_header(r);
	assert_int_equal(h->version, 1);
	assert_int_equal(h->host.features, 0);
	assert_int_equal(h->nvms, 2);
	assert_int_equal(h->seed, 7);
	assert_int_equal(h->clock_step, 1000);
	assert_string_equal(h->host.vendor, "GenuineIntel");
	hsim_trace_status(r, &st);
	assert_true(st.has_index);
	assert_false(st.truncated);
	assert_int_equal(st.error, 0);
	size_t n = 0;
	while ((rc = hsim_trace_next(r, &rec)) == 1)
		n++;
	assert_int_equal(rc, 0);
	assert_int_equal(n, 563);
	hsim_trace_close(r);
}

/* ---- unwritable, disk full ---------------------------------------------------------- */

static void test_unwritable(void **state)
{
	struct hsim_trace_header h;
	unsigned vm_image[2];
	struct hsim_trace_writer *w = NULL;
	(void)state;

	fill_header(&h, vm_image, 2);
	assert_int_equal(hsim_trace_writer_create(&w, "/nonexistent-dir/x.hst", &h, NULL), -ENOENT);
	assert_null(w);
	assert_int_equal(hsim_trace_writer_create(&w, "/", &h, NULL), -EISDIR);
	h.nvms = 0;
	assert_int_equal(hsim_trace_writer_create(&w, "/tmp/x.hst", &h, NULL), HSIM_E_INVAL);

	/* /dev/full: the error comes from create, a write or close, never a hang */
	h.nvms = 2;
	struct trace t;
	gen_trace(&t, 2, 50, 7);
	int rc = hsim_trace_writer_create(&w, "/dev/full", &h, NULL);
	if (rc == 0) {
		for (size_t i = 0; i < t.n[0] && !rc; i++)
			rc = put(w, &t.rec[0][i]);
		int rc2 = hsim_trace_writer_close(w);
		rc = rc ? rc : rc2;
	}
	assert_int_equal(rc, -ENOSPC);
	free_trace(&t);
}

/* A file size limit makes a write fail in the middle of the run: the calls
 * after it fail at once, close reports it, and what reached the file reads. */
static void test_write_error_midway(void **state)
{
	struct trace t;
	(void)state;

	gen_trace(&t, 1, 3000, 8);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct rlimit rl = { 60000, 60000 };
		struct hsim_trace_header h;
		unsigned vm_image[1];
		struct hsim_trace_writer_opts o = { .frame_size = 4096, .max_pending = 1 };
		struct hsim_trace_writer *w = NULL;
		alarm(30);
		signal(SIGXFSZ, SIG_IGN);
		setrlimit(RLIMIT_FSIZE, &rl);
		fill_header(&h, vm_image, 1);
		if (hsim_trace_writer_create(&w, t.path, &h, &o))
			_exit(2);
		int first = 0;
		size_t i, after = 0;
		for (i = 0; i < t.n[0]; i++) {
			int rc = put(w, &t.rec[0][i]);
			if (rc && !first)
				first = rc;
			after += rc != 0;
		}
		int rc = hsim_trace_writer_close(w);
		/* the error is remembered: close repeats it, later calls failed */
		_exit(rc == -EFBIG && (first == 0 || first == -EFBIG) && (after == 0 || first) ? 0 : 3);
	}
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	struct stat sb;
	assert_int_equal(stat(t.path, &sb), 0);
	assert_true(sb.st_size <= 60000);
	int end;
	size_t n = read_check(t.path, &t, &end, NULL);
	assert_int_equal(end, HSIM_E_TRACE_TRUNCATED);
	assert_true(n > 100);
	assert_true(n < t.total);
	free_trace(&t);
}

/* A partial frame reaches the file after flush_ms, while the writer is
 * still open: what a crash at that moment would leave reads back. */
static void test_flush_interval(void **state)
{
	struct trace t;
	struct hsim_trace_header h;
	unsigned vm_image[2];
	struct hsim_trace_writer_opts o = { .flush_ms = 50 };
	struct hsim_trace_writer *w = NULL;
	(void)state;

	gen_trace(&t, 2, 10, 10);
	fill_header(&h, vm_image, 2);
	assert_int_equal(hsim_trace_writer_create(&w, t.path, &h, &o), 0);
	for (size_t i = 0; i + 1 < t.n[0]; i++) {
		assert_int_equal(put(w, &t.rec[0][i]), 0);
		assert_int_equal(put(w, &t.rec[1][i]), 0);
	}
	size_t n = 0;
	int end = 0;
	for (int tries = 0; tries < 100 && n < 2 * (t.n[0] - 1); tries++) {
		usleep(20000);
		n = read_check(t.path, &t, &end, NULL);
		assert_int_equal(end, HSIM_E_TRACE_TRUNCATED);
	}
	assert_int_equal(n, 2 * (t.n[0] - 1));
	assert_int_equal(hsim_trace_writer_close(w), 0);
	free_trace(&t);
}

/* ---- seeking ------------------------------------------------------------------------ */

static void check_seeks(const char *path, const struct trace *t)
{
	struct hsim_trace_reader *r = NULL;
	struct hsim_trace_record rec;
	struct rng rg = { 77 };
	int rc;

	assert_int_equal(hsim_trace_open(&r, path, NULL, 0), 0);
	for (int i = 0; i < 200; i++) {
		unsigned vm = (unsigned)below(&rg, t->nvms);
		uint64_t last = t->rec[vm][t->n[vm] - 1].event;
		uint64_t ev = below(&rg, last + 1);
		assert_int_equal(hsim_trace_seek_event(r, vm, ev), 0);
		size_t k = 0;
		while (t->rec[vm][k].event < ev)
			k++;
		assert_int_equal(hsim_trace_next(r, &rec), 1);
		check_rec(&t->rec[vm][k], &rec);
		/* and on from there */
		if (k + 1 < t->n[vm] && hsim_trace_next(r, &rec) == 1 && rec.vm == vm)
			check_rec(&t->rec[vm][k + 1], &rec);
	}
	assert_int_equal(hsim_trace_seek_event(r, 0, t->rec[0][t->n[0] - 1].event + 1), HSIM_E_INVAL);
	assert_int_equal(hsim_trace_seek_event(r, t->nvms, 0), HSIM_E_INVAL);

	/* checkpoints in file order, then seek to each */
	assert_int_equal(hsim_trace_rewind(r), 0);
	unsigned cvm[512];
	uint64_t cev[512];
	size_t nc = 0;
	while ((rc = hsim_trace_next(r, &rec)) == 1)
		if (rec.type == HSIM_TREC_CHECKPOINT && nc < 512) {
			cvm[nc] = rec.vm;
			cev[nc++] = rec.event_no;
		}
	assert_true(rc == 0 || rc == HSIM_E_TRACE_TRUNCATED);
	assert_true(nc > 1); /* seeks back and forth between at least two */
	assert_int_equal(hsim_trace_checkpoint_count(r), nc);
	for (size_t i = nc; i-- > 0;) {
		assert_int_equal(hsim_trace_seek_checkpoint(r, i), 0);
		assert_int_equal(hsim_trace_next(r, &rec), 1);
		assert_int_equal(rec.type, HSIM_TREC_CHECKPOINT);
		assert_int_equal(rec.vm, cvm[i]);
		assert_int_equal(rec.event_no, cev[i]);
	}
	assert_int_equal(hsim_trace_seek_checkpoint(r, nc), HSIM_E_INVAL);
	hsim_trace_close(r);
}

static void test_seek(void **state)
{
	struct trace t;
	struct hsim_trace_writer_opts o = { .frame_size = 4096 };
	size_t size;
	(void)state;

	gen_trace(&t, 3, 1500, 9);
	write_trace(&t, &o, NULL);
	check_seeks(t.path, &t);
	/* without the index: the same answers from a scan */
	uint8_t *all = slurp(t.path, &size);
	spill(t.path, all, size - 40);
	struct hsim_trace_reader *r = NULL;
	struct hsim_trace_status st;
	assert_int_equal(hsim_trace_open(&r, t.path, NULL, 0), 0);
	hsim_trace_status(r, &st);
	assert_false(st.has_index);
	assert_true(st.truncated);
	hsim_trace_close(r);
	check_seeks(t.path, &t);
	free(all);
	free_trace(&t);
}

/* ---- size of a realistic exit stream ----------------------------------------------- */

static void test_bytes_per_exit(void **state)
{
	struct hsim_trace_header h;
	unsigned vm_image[1];
	struct hsim_trace_writer *w = NULL;
	struct hsim_trace_writer_stats s0, s;
	struct hsim_cpu_state st = { 0 };
	struct rng r = { 5 };
	char path[64];
	const uint64_t sites[4] = { 0x401234, 0x401250, 0x4013a0, 0x402000 };
	const unsigned n = 200000;
	(void)state;

	make_path(path, sizeof(path));
	fill_header(&h, vm_image, 1);
	assert_int_equal(hsim_trace_writer_create(&w, path, &h, NULL), 0);
	hsim_trace_writer_stats(w, &s0);
	st.gpr[HSIM_RSP] = 0x3ffe80;
	st.rflags = 0x202;
	for (unsigned i = 0; i < n; i++) {
		/* a guest loop making hypercalls: number in rax, an argument that
		 * counts, sometimes a pointer; the rip of one of a few call sites */
		unsigned site = (unsigned)below(&r, 4);
		struct hsim_exit ex = { .kind = HSIM_EXIT_IO, .port = 0x500 + site, .size = 4 };
		st.rip = sites[site] + 2;
		st.gpr[HSIM_RAX] = site + 1;
		st.gpr[HSIM_RDI] = i;
		if (below(&r, 4) == 0)
			st.gpr[HSIM_RSI] = 0x600000 + below(&r, 64) * 16;
		ex.rip = ex.next_rip = st.rip;
		ex.value = (uint32_t)st.gpr[HSIM_RAX];
		assert_int_equal(hsim_trace_write_exit(w, 0, i, &ex, 0, HSIM_CLASS_SIMPLE, &st), 0);
	}
	assert_int_equal(hsim_trace_writer_flush(w), 0);
	hsim_trace_writer_stats(w, &s);
	assert_int_equal(hsim_trace_writer_close(w), 0);
	double per = (double)(s.bytes_written - s0.bytes_written) / n;
	double raw = (double)s.bytes_in / n;
	printf("# realistic exits: %.2f compressed bytes/exit (%.2f before zstd), %llu frames\n",
	       per, raw, (unsigned long long)s.frames);
	assert_true(per <= 8.0);
	assert_int_equal(s.records, n);

	struct hsim_trace_reader *rd = NULL;
	struct hsim_trace_record rec;
	assert_int_equal(hsim_trace_open(&rd, path, NULL, 0), 0);
	unsigned got = 0;
	while (hsim_trace_next(rd, &rec) == 1) {
		assert_int_equal(rec.event_no, got);
		got++;
	}
	assert_int_equal(got, n);
	hsim_trace_close(rd);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_truncate_every_byte),
		cmocka_unit_test(test_truncate_random_large),
		cmocka_unit_test(test_corrupt_random),
		cmocka_unit_test(test_version),
		cmocka_unit_test(test_host_features),
		cmocka_unit_test(test_host_detect_features),
		cmocka_unit_test(test_version_1),
		cmocka_unit_test(test_golden_v1),
		cmocka_unit_test(test_unwritable),
		cmocka_unit_test(test_write_error_midway),
		cmocka_unit_test(test_flush_interval),
		cmocka_unit_test(test_seek),
		cmocka_unit_test(test_every_field),
		cmocka_unit_test(test_bytes_per_exit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
