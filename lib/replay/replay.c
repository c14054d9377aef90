/* Replay: the monitor's vm loop with the trace as its source of inputs and
 * its reference. A tap on the loop (struct vm_tap) compares every record
 * the run makes (exits, full-state points of complex events, the end) with
 * the next record of the VM's stream in the trace, feeds every input the
 * guest asks for from the trace, and verifies checkpoints (the whole state
 * and the contents of the pages written since the last one) where the
 * trace has them. Each VM reads its own stream with its own reader, so VMs
 * replay independently (-j). */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hsim/error.h>
#include <hsim/replay.h>
#include "cpu/decode.h"
#include "monitor/monitor.h"

/* A VM's checkpoints in the trace: global index (hsim_trace_seek_checkpoint)
 * and event number, in order. */
struct ckpt_ref {
	uint64_t k, event;
};

struct rvm {
	struct hsim_replay *r;
	unsigned id;
	struct hsim_trace_reader *rd;
	struct hsim_trace_record rec;   /* the next record, when have */
	int have;
	int eof;                        /* 1 at the end of the stream, <0 damage */
	struct ckpt_ref *ckpts;
	size_t nckpts, ckpts_cap;
	/* the stretch this replay covers: from checkpoint start_ck (-1: the
	 * start) to checkpoint end_ck (-1: the end) */
	int64_t start_ck, end_ck;
	uint64_t next_ck;               /* index of the next checkpoint of the VM */
	uint64_t events_total;          /* of the stretch, for progress */
	struct hsim_replay_vm res;
};

struct hsim_replay {
	struct hsim_replay_config cfg;
	char *path;
	struct hsim_trace_reader *hdr_reader;  /* owns the header */
	const struct hsim_trace_header *h;
	struct hsim_image **images;
	struct hsim_events *events;
	struct hsim_machine *m;
	struct rvm *vms;
	unsigned nvms;
	int rules_exact;
	char rules[192];
	_Atomic uint64_t done;
	uint64_t total;
};

const char *hsim_replay_verdict_name(enum hsim_replay_verdict v)
{
	static const char *const names[] = {
		"not run", "equivalent", "stopped", "truncated", "diverged",
		"corrupt", "interrupted", "error", "skipped",
	};
	return (unsigned)v < sizeof(names) / sizeof(names[0]) ? names[v] : "?";
}

/* ---- the VM's stream ---------------------------------------------------- */

/* Every VM has one, also a VM that never got to the tap's set-up (stopped
 * while it waited for a slot, or its set-up failed first). */
static struct rvm *rvm_of(struct hsim_vm *vm)
{
	if (!vm->tap_vm)
		vm->tap_vm = &((struct hsim_replay *)vm->m->tap_ctx)->vms[vm->id];
	return vm->tap_vm;
}

/* The next record of the VM's stream (NULL at its end or at damage, eof
 * says which). */
static const struct hsim_trace_record *peek(struct rvm *v)
{
	if (v->have)
		return &v->rec;
	if (v->eof)
		return NULL;
	int r = hsim_trace_next(v->rd, &v->rec);
	if (r == 1) {
		v->have = 1;
		return &v->rec;
	}
	v->eof = r == 0 ? 1 : r;
	return NULL;
}

static void consume(struct rvm *v)
{
	v->have = 0;
	v->res.records++;
}

/* The VM's replay ends here with this verdict (the first one counts). */
static void finish(struct hsim_vm *vm, enum hsim_replay_verdict verdict, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void finish(struct hsim_vm *vm, enum hsim_replay_verdict verdict, const char *fmt, ...)
{
	struct rvm *v = rvm_of(vm);
	if (v->res.verdict != HSIM_REPLAY_NOT_RUN)
		return;
	v->res.verdict = verdict;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(v->res.detail, sizeof(v->res.detail), fmt, ap);
	va_end(ap);
	atomic_store(&vm->stop, true);
}

/* The stream has no record where the replay needs one: it ends after the
 * last event verified (or where this replay started). */
static void stream_ended(struct hsim_vm *vm)
{
	struct rvm *v = rvm_of(vm);
	if (v->eof < 0 && v->eof != HSIM_E_TRACE_TRUNCATED) {
		finish(vm, HSIM_REPLAY_CORRUPT, "%s", hsim_trace_error(v->rd));
		return;
	}
	struct hsim_trace_status s;
	hsim_trace_status(v->rd, &s);
	uint64_t last = v->res.events ? v->res.last_event :
			v->start_ck >= 0 ? v->ckpts[v->start_ck].event : 0;
	finish(vm, HSIM_REPLAY_TRUNCATED, "the trace ends after event %" PRIu64 " of vm %u (%s); "
	       "verified up to there", last, vm->id,
	       s.truncated ? "cut short" : "its stream has no end record");
}

/* ---- divergences ---------------------------------------------------------- */

static void diverge(struct hsim_vm *vm, const struct hsim_trace_record *rec, unsigned rep_type,
		    int full, const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static void diverge(struct hsim_vm *vm, const struct hsim_trace_record *rec, unsigned rep_type,
		    int full, const char *fmt, ...)
{
	struct rvm *v = rvm_of(vm);
	if (v->res.verdict != HSIM_REPLAY_NOT_RUN)
		return;
	struct hsim_replay_divergence *d = &v->res.div;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(d->what, sizeof(d->what), fmt, ap);
	va_end(ap);
	d->event = vm->res.exits;
	d->rec_type = rec ? rec->type : 0;
	d->rep_type = rep_type;
	d->full = full;
	d->replayed = vm->st;
	if (rec) {
		d->recorded = rec->state;
		if (rec->type == HSIM_TREC_EXIT) {
			d->rec_exit = rec->exit;
			/* an exit record has only the GPRs, rip and rflags */
			if (!full)
				memcpy(&d->recorded.fs_base, &vm->st.fs_base,
				       sizeof(vm->st) - offsetof(struct hsim_cpu_state, fs_base));
		}
	} else {
		d->recorded = vm->st;
	}
	if (vm->sim)
		d->nrecent = sim_recent_blocks(engine_sim_cpu(vm->sim), d->recent, HSIM_REPLAY_RECENT);
	finish(vm, HSIM_REPLAY_DIVERGED, "%s", d->what);
}

static const char *rec_name(unsigned type)
{
	const char *n = hsim_trace_rec_name(type);
	return n ? n : "?";
}

/* The recorded CPU's undefined flags are not known exactly: flags the
 * last block's instructions leave undefined may differ. */
static uint64_t maskable_flags(struct hsim_vm *vm)
{
	struct hsim_replay *r = rvm_of(vm)->r;
	uint64_t recent[2], mask = 0;
	if (r->rules_exact || !vm->sim)
		return 0;
	unsigned n = sim_recent_blocks(engine_sim_cpu(vm->sim), recent, 2);
	if (!n)
		return 0;
	/* from the last block's start to the exit */
	for (uint64_t a = recent[n - 1]; a < vm->st.rip && a + 15 <= vm->mem.size;) {
		struct x86_insn in;
		if (x86_decode(vm->memory + a, 15, &in) < 0)
			break;
		mask |= x86_undefined_flags_mask(&in);
		a += in.len;
	}
	return mask & HSIM_FLAGS_STATUS;
}

/* GPRs, rip, rflags: the first that differs, named in why; 0 if none.
 * Status flags that only the recorded CPU's unknown rules can explain are
 * taken from the recording and counted. */
static int regs_differ(struct hsim_vm *vm, const struct hsim_cpu_state *rec, char *why, size_t n)
{
	struct hsim_cpu_state *st = &vm->st;
	struct rvm *v = rvm_of(vm);
	for (unsigned i = 0; i < HSIM_CPU_NREGS; i++) {
		const struct hsim_cpu_field *f = &hsim_cpu_fields[i];
		uint64_t r = hsim_cpu_field_get(rec, f), s = hsim_cpu_field_get(st, f);
		if (r == s || f->offset == offsetof(struct hsim_cpu_state, rflags))
			continue; /* rflags: below */
		snprintf(why, n, "%s: recorded 0x%" PRIx64 ", replayed 0x%" PRIx64, f->name, r, s);
		return 1;
	}
	uint64_t x = st->rflags ^ rec->rflags;
	if (x) {
		uint64_t m = maskable_flags(vm);
		if (x & ~m) {
			snprintf(why, n, "rflags: recorded 0x%" PRIx64 ", replayed 0x%" PRIx64,
				 rec->rflags, st->rflags);
			return 1;
		}
		if (!v->res.masked++) {
			v->res.masked_event = vm->res.exits;
			v->res.masked_flags = x;
		}
		st->rflags = rec->rflags;
	}
	return 0;
}

/* NXE aside: traces recorded before hsim set it (issue 11) hold 0x500;
 * the simulator never looked at it (it always reported I on fetch
 * faults), so their replay is the same with it */
static uint64_t compared_bits(const struct hsim_cpu_field *f)
{
	return f->offset == offsetof(struct hsim_cpu_state, efer) ? ~(uint64_t)0x800 : ~(uint64_t)0;
}

static int state_differs(struct hsim_vm *vm, const struct hsim_cpu_state *rec, char *why, size_t n)
{
	if (regs_differ(vm, rec, why, n))
		return 1;
	for (unsigned i = HSIM_CPU_NREGS; i < HSIM_CPU_NFIELDS; i++) {
		const struct hsim_cpu_field *f = &hsim_cpu_fields[i];
		uint64_t r = hsim_cpu_field_get(rec, f), s = hsim_cpu_field_get(&vm->st, f);
		if ((r ^ s) & compared_bits(f)) {
			snprintf(why, n, "%s: recorded 0x%0*" PRIx64 ", replayed 0x%0*" PRIx64,
				 f->name, 2 * f->size, r, 2 * f->size, s);
			return 1;
		}
	}
	return 0;
}

static int exits_differ(const struct hsim_exit *a, const struct hsim_exit *b, char *why, size_t n)
{
	if (a->kind != b->kind) {
		snprintf(why, n, "exit: recorded %s, replayed %s", hsim_exit_kind_name(a->kind),
			 hsim_exit_kind_name(b->kind));
		return 1;
	}
#define F(field)                                                                          \
	if (a->field != b->field) {                                                       \
		snprintf(why, n, "%s exit's " #field ": recorded 0x%" PRIx64 ", replayed 0x%" PRIx64, \
			 hsim_exit_kind_name(a->kind), (uint64_t)a->field, (uint64_t)b->field); \
		return 1;                                                                 \
	}
	F(rip)
	F(next_rip)
	switch (a->kind) {
	case HSIM_EXIT_IO:
		F(port)
		F(size)
		F(is_in)
		if (!a->is_in)
			F(value)
		break;
	case HSIM_EXIT_MMIO:
		F(addr)
		F(is_write)
		break;
	case HSIM_EXIT_EXCEPTION:
		F(vector)
		F(has_error_code)
		F(error_code)
		if (a->vector == 14)
			F(cr2)
		break;
	case HSIM_EXIT_INSN:
		F(insn)
		F(insn_len)
		break;
	default:
		break;
	}
#undef F
	return 0;
}

/* ---- the tap ---------------------------------------------------------------- */

static int tap_exit_hook(struct hsim_vm *vm, const struct hsim_exit *ex, int entry, int cls)
{
	struct rvm *v = rvm_of(vm);
	char why[160];
	const struct hsim_trace_record *rec = peek(v);

	if (!rec) {
		stream_ended(vm);
		return 1;
	}
	if (rec->type != HSIM_TREC_EXIT || rec->event_no != vm->res.exits) {
		diverge(vm, rec, HSIM_TREC_EXIT, 0, "the replay made event %" PRIu64 " (a %s exit at "
			"0x%" PRIx64 "); the recording has %s record of event %" PRIu64 " there",
			vm->res.exits, hsim_exit_kind_name(ex->kind), ex->rip,
			rec->type == HSIM_TREC_EXIT ? "the exit" : rec_name(rec->type), rec->event_no);
		if (rec->type == HSIM_TREC_EXIT) {
			v->res.div.has_exits = 1;
			v->res.div.rec_exit = rec->exit;
			v->res.div.rep_exit = *ex;
		}
		return 1;
	}
	if (exits_differ(&rec->exit, ex, why, sizeof(why)) || regs_differ(vm, &rec->state, why, sizeof(why)) ||
	    (rec->entry != entry && snprintf(why, sizeof(why), "event-list entry: recorded %d, replayed %d",
					     rec->entry, entry)) ||
	    ((int)rec->cls != cls && snprintf(why, sizeof(why), "class: recorded %s, replayed %s",
					      hsim_event_class_name(rec->cls), hsim_event_class_name((unsigned)cls)))) {
		v->res.div.has_exits = 1;
		v->res.div.rec_exit = rec->exit;
		v->res.div.rep_exit = *ex;
		diverge(vm, rec, HSIM_TREC_EXIT, 0, "%s", why);
		return 1;
	}
	if (!v->res.events++)
		v->res.first_event = vm->res.exits;
	v->res.last_event = vm->res.exits;
	atomic_fetch_add(&v->r->done, 1);
	consume(v);
	return 0;
}

static void tap_state_hook(struct hsim_vm *vm, int type, uint64_t insns)
{
	struct rvm *v = rvm_of(vm);
	char why[160];
	if (v->res.verdict != HSIM_REPLAY_NOT_RUN)
		return;
	const struct hsim_trace_record *rec = peek(v);
	if (!rec) {
		stream_ended(vm);
		return;
	}
	if ((int)rec->type != type || rec->event_no != vm->res.exits) {
		diverge(vm, rec, (unsigned)type, 1, "the replay reached the %s of event %" PRIu64
			"; the recording has %s record of event %" PRIu64 " there",
			rec_name((unsigned)type), vm->res.exits, rec_name(rec->type), rec->event_no);
		return;
	}
	if (state_differs(vm, &rec->state, why, sizeof(why))) {
		diverge(vm, rec, (unsigned)type, 1, "%s: %s", rec_name((unsigned)type), why);
		return;
	}
	if (type == HSIM_TREC_SIM_RESULT && rec->insns != insns) {
		diverge(vm, rec, (unsigned)type, 1, "instructions simulated: recorded %" PRIu64
			", replayed %" PRIu64, rec->insns, insns);
		return;
	}
	consume(v);
}

/* Every input the guest is given comes from the trace. */
static void tap_input(void *ctx, enum platform_input kind, uint64_t addr, void *data, size_t len)
{
	struct hsim_vm *vm = ctx;
	struct rvm *v = rvm_of(vm);
	(void)addr;
	if (v->res.verdict != HSIM_REPLAY_NOT_RUN || kind == PLATFORM_IN_RESULT)
		return; /* results: replay_send and replay_recv took them */
	const struct hsim_trace_record *rec = peek(v);
	const char *name = hsim_trace_input_name(trace_input_kind(kind));
	if (!rec) {
		stream_ended(vm);
		return;
	}
	if (rec->type != HSIM_TREC_INPUT || rec->event_no != vm->res.exits ||
	    rec->input_kind != trace_input_kind(kind) || rec->len != len) {
		diverge(vm, rec, HSIM_TREC_INPUT, 0, "the replay asked for %zu bytes of %s input at "
			"event %" PRIu64 "; the recording has %s", len, name, vm->res.exits,
			rec->type != HSIM_TREC_INPUT ? rec_name(rec->type) :
			hsim_trace_input_name(rec->input_kind) ? hsim_trace_input_name(rec->input_kind) : "?");
		return;
	}
	memcpy(data, rec->data, len);
	consume(v);
}

/* ---- channels: what other VMs did comes from the trace ---------------------- */

/* The recording's end at this event, if the stream has it next. */
static const struct hsim_trace_record *end_here(struct hsim_vm *vm, const struct hsim_trace_record *rec)
{
	return rec && rec->type == HSIM_TREC_END && rec->event_no == vm->res.exits ? rec : NULL;
}

static int64_t replay_send(void *ctx, unsigned to, const void *buf, size_t len)
{
	struct hsim_vm *vm = ctx;
	struct rvm *v = rvm_of(vm);
	(void)to, (void)buf;
	const struct hsim_trace_record *rec = peek(v);
	if (!rec) {
		stream_ended(vm);
		return HSIM_GUEST_EAGAIN;
	}
	if (rec->type != HSIM_TREC_INPUT || rec->event_no != vm->res.exits ||
	    rec->input_kind != HSIM_TIN_RESULT || rec->len != 8) {
		diverge(vm, rec, HSIM_TREC_INPUT, 0, "the replay sent a message of %zu bytes at event %"
			PRIu64 "; the recording has %s there", len, vm->res.exits,
			rec->type == HSIM_TREC_INPUT ? "another input" : rec_name(rec->type));
		return HSIM_GUEST_EAGAIN;
	}
	int64_t ret;
	memcpy(&ret, rec->data, 8);
	consume(v);
	return ret;
}

static int64_t replay_recv(void *ctx, void *buf, size_t cap, unsigned *from, uint64_t *seq, int block)
{
	struct hsim_vm *vm = ctx;
	struct rvm *v = rvm_of(vm);
	const struct hsim_trace_record *rec = peek(v);
	if (!rec) {
		stream_ended(vm);
		return CHAN_STOPPED;
	}
	const struct hsim_trace_record *end = end_here(vm, rec);
	if (end && block && end->status == HSIM_VM_DEADLOCK)
		return CHAN_DEADLOCK; /* the end record is compared at the end */
	if (end && block && end->status != HSIM_VM_EXITED && end->status != HSIM_VM_FAULT)
		return CHAN_STOPPED; /* the recording was stopped while it waited */
	if (rec->type == HSIM_TREC_INPUT && rec->event_no == vm->res.exits &&
	    rec->input_kind == HSIM_TIN_MESSAGE && rec->len >= 4 && rec->len - 4 <= cap) {
		uint32_t f;
		memcpy(&f, rec->data, 4);
		memcpy(buf, rec->data + 4, rec->len - 4);
		*from = f;
		*seq = rec->seq;
		consume(v);
		return (int64_t)(rec->len - 4);
	}
	if (rec->type == HSIM_TREC_INPUT && rec->event_no == vm->res.exits &&
	    rec->input_kind == HSIM_TIN_RESULT && rec->len == 8) {
		int64_t ret;
		memcpy(&ret, rec->data, 8);
		consume(v);
		return ret;
	}
	diverge(vm, rec, HSIM_TREC_INPUT, 0, "the replay received (hsim_%srecv, %zu bytes of room) "
		"at event %" PRIu64 "; the recording has %s there", block ? "" : "try_", cap,
		vm->res.exits, rec->type == HSIM_TREC_INPUT ? "another input" : rec_name(rec->type));
	return CHAN_STOPPED;
}

static const struct platform_chan_ops replay_chan = { replay_send, replay_recv };

static uint64_t fnv1a(uint64_t h, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 0x100000001b3ull;
	return h;
}

/* A checkpoint: the whole state, and each page it holds as the guest's
 * memory has it now. */
static void verify_checkpoint(struct hsim_vm *vm, const struct hsim_trace_record *rec)
{
	struct rvm *v = rvm_of(vm);
	char why[160];
	int r;
	if ((r = vm->cur->ops->get_state(vm->cur)) < 0) {
		finish(vm, HSIM_REPLAY_ERROR, "reading the state for checkpoint %" PRIu64 ": %s",
		       v->next_ck, hsim_strerror(r));
		return;
	}
	if (state_differs(vm, &rec->state, why, sizeof(why))) {
		diverge(vm, rec, HSIM_TREC_CHECKPOINT, 1, "checkpoint %" PRIu64 ": %s", v->next_ck, why);
		return;
	}
	for (size_t i = 0; i < rec->npages; i++) {
		uint64_t gpa = rec->pages[i].gpa;
		if (gpa >= vm->mem.size || vm->mem.size - gpa < HSIM_TRACE_PAGE_SIZE) {
			finish(vm, HSIM_REPLAY_CORRUPT, "checkpoint %" PRIu64 " holds page 0x%" PRIx64
			       ", outside the guest's memory", v->next_ck, gpa);
			return;
		}
		const uint8_t *mine = vm->memory + gpa, *theirs = rec->pages[i].data;
		if (memcmp(mine, theirs, HSIM_TRACE_PAGE_SIZE)) {
			size_t off = 0;
			while (mine[off] == theirs[off])
				off++;
			diverge(vm, rec, HSIM_TREC_CHECKPOINT, 1, "checkpoint %" PRIu64 ": memory at 0x%"
				PRIx64 ": recorded 0x%02x, replayed 0x%02x (page 0x%" PRIx64 ")",
				v->next_ck, gpa + off, theirs[off], mine[off], gpa);
			return;
		}
		v->res.digest = fnv1a(v->res.digest, theirs, HSIM_TRACE_PAGE_SIZE);
	}
	v->res.pages += rec->npages;
	v->res.checkpoints++;
	consume(v);
	if ((int64_t)v->next_ck++ == v->end_ck)
		finish(vm, HSIM_REPLAY_EQUIVALENT, "verified up to checkpoint %" PRIu64 " (event %"
		       PRIu64 "), where the segment ends", v->next_ck - 1, vm->res.exits);
}

/* An exit boundary: checkpoints of the trace here, or the end of what the
 * recording has. */
static int tap_before_run(struct hsim_vm *vm)
{
	struct rvm *v = rvm_of(vm);
	for (;;) {
		if (v->res.verdict != HSIM_REPLAY_NOT_RUN)
			return 1;
		const struct hsim_trace_record *rec = peek(v);
		if (!rec) {
			stream_ended(vm);
			return 1;
		}
		if (rec->event_no != vm->res.exits)
			return 0;
		if (rec->type == HSIM_TREC_CHECKPOINT) {
			verify_checkpoint(vm, rec);
			continue;
		}
		if (rec->type != HSIM_TREC_END)
			return 0;
		if (rec->status == HSIM_VM_EXITED || rec->status == HSIM_VM_FAULT) {
			/* those ends come from a handler, which ended the loop */
			diverge(vm, rec, 0, 0, "the recording ended at event %" PRIu64 " (%s); the "
				"replay goes on", rec->event_no,
				rec->status == HSIM_VM_EXITED ? "the guest exited" : "a guest fault");
			return 1;
		}
		v->res.status = (enum hsim_vm_status)rec->status;
		v->res.exit_code = rec->exit_code;
		finish(vm, HSIM_REPLAY_STOPPED, "verified up to event %" PRIu64 ", where the recording "
		       "was stopped (%s)", rec->event_no,
		       rec->status == HSIM_VM_TIMEOUT ? "time limit" :
		       rec->status == HSIM_VM_INTERRUPTED ? "interrupted" : rec->detail);
		consume(v);
		return 1;
	}
}

/* The replay's VM ended on its own: so must the recording's, the same way. */
static void tap_end_verdict(struct hsim_vm *vm);

/* The VM's replay is over: its verdict, and its reader's frame freed now
 * (not when the machine goes: -j N keeps N readers open, not all). */
static void tap_end(struct hsim_vm *vm)
{
	struct rvm *v = rvm_of(vm);
	tap_end_verdict(vm);
	hsim_trace_close(v->rd);
	v->rd = NULL;
}

static void tap_end_verdict(struct hsim_vm *vm)
{
	struct rvm *v = rvm_of(vm);
	if (v->res.verdict != HSIM_REPLAY_NOT_RUN)
		return;
	if (atomic_load(&vm->stop) || vm->res.status == HSIM_VM_TIMEOUT ||
	    vm->res.status == HSIM_VM_INTERRUPTED) {
		finish(vm, HSIM_REPLAY_INTERRUPTED, "stopped at event %" PRIu64 " (%s)", vm->res.exits,
		       atomic_load(&vm->m->stop_why) == HSIM_VM_TIMEOUT ? "time limit" : "interrupted");
		return;
	}
	if (!v->rd)
		return; /* its set-up failed: hsim_replay_run names the error */
	const struct hsim_trace_record *rec = peek(v);
	if (!rec) {
		stream_ended(vm);
		return;
	}
	if (rec->type != HSIM_TREC_END || rec->event_no != vm->res.exits) {
		diverge(vm, rec, HSIM_TREC_END, 0, "the replay ended at event %" PRIu64 " (%s); the "
			"recording has %s record of event %" PRIu64 " there", vm->res.exits,
			vm->res.status == HSIM_VM_EXITED ? "the guest exited" :
			vm->res.status == HSIM_VM_FAULT ? "a guest fault" : vm->res.detail,
			rec_name(rec->type), rec->event_no);
		return;
	}
	if (rec->status != (int)vm->res.status ||
	    (rec->status == HSIM_VM_EXITED && rec->exit_code != vm->res.exit_code)) {
		diverge(vm, rec, HSIM_TREC_END, 0, "end: recorded status %d exit code %" PRId64
			", replayed status %d exit code %d", rec->status, rec->exit_code,
			(int)vm->res.status, vm->res.exit_code);
		return;
	}
	v->res.status = (enum hsim_vm_status)rec->status;
	v->res.exit_code = rec->exit_code;
	consume(v);
	char what[160];
	struct hsim_vm_result res = vm->res;
	res.regs = vm->st; /* the VM's thread copies them after the end */
	hsim_vm_result_describe(&res, vm->img, what, sizeof(what));
	finish(vm, HSIM_REPLAY_EQUIVALENT, "the same end: %s", what);
}

/* The memory and state of a checkpoint: the image (loaded) plus the pages
 * of every checkpoint of the VM up to it. */
static int start_at_checkpoint(struct hsim_vm *vm)
{
	struct rvm *v = rvm_of(vm);
	const struct ckpt_ref *c = &v->ckpts[v->start_ck];
	struct hsim_trace_record rec;
	int r;
	for (int64_t j = 0; j <= v->start_ck; j++) {
		if ((r = hsim_trace_seek_checkpoint(v->rd, v->ckpts[j].k)) < 0 ||
		    (r = hsim_trace_next(v->rd, &rec)) != 1 || rec.type != HSIM_TREC_CHECKPOINT) {
			vm_set_error(vm, r < 0 ? r : HSIM_E_TRACE_CORRUPT,
				     "reading checkpoint %" PRId64 " of vm %u", j, vm->id);
			return -1;
		}
		for (size_t i = 0; i < rec.npages; i++)
			if (rec.pages[i].gpa < vm->mem.size &&
			    vm->mem.size - rec.pages[i].gpa >= HSIM_TRACE_PAGE_SIZE)
				memcpy(vm->memory + rec.pages[i].gpa, rec.pages[i].data,
				       HSIM_TRACE_PAGE_SIZE);
	}
	vm->st = rec.state;
	vm->res.exits = c->event;
	v->next_ck = (uint64_t)v->start_ck + 1;
	/* the reader goes on after that checkpoint, with this VM's records */
	if ((r = hsim_trace_seek_checkpoint(v->rd, c->k)) < 0 ||
	    (r = hsim_trace_filter_vm(v->rd, (int)vm->id)) < 0 ||
	    (r = hsim_trace_next(v->rd, &rec)) != 1) {
		vm_set_error(vm, r < 0 ? r : HSIM_E_TRACE_CORRUPT, "seeking to checkpoint %" PRId64,
			     v->start_ck);
		return -1;
	}
	return 0;
}

static int tap_setup(struct hsim_vm *vm)
{
	struct hsim_replay *r = vm->m->tap_ctx;
	struct rvm *v = &r->vms[vm->id];
	char err[256] = "";
	int e;

	vm->tap_vm = v;
	if (v->res.verdict == HSIM_REPLAY_SKIPPED)
		return 1; /* no stretch of it in this segment: it does not run */
	v->res.first_event = 1;
	v->res.last_event = 0;
	vm->plat.input = tap_input;
	vm->plat.input_ctx = vm;
	vm->plat.msg_input = NULL;
	vm->plat.chan = &replay_chan;
	vm->plat.chan_ctx = vm;
	/* its own reader: memory for one frame, bounded however long the trace */
	if ((e = hsim_trace_open(&v->rd, r->path, err, sizeof(err))) < 0) {
		vm_set_error(vm, e, "opening the trace: %s", err);
		return -1;
	}
	if (v->start_ck >= 0)
		return start_at_checkpoint(vm);
	if ((e = hsim_trace_filter_vm(v->rd, (int)vm->id)) < 0) {
		vm_set_error(vm, e, "reading the trace");
		return -1;
	}
	return 0;
}

static void tap_teardown(struct hsim_vm *vm)
{
	struct rvm *v = rvm_of(vm);
	hsim_trace_close(v->rd);
	v->rd = NULL;
}

static const struct vm_tap replay_tap = {
	.setup = tap_setup,
	.before_run = tap_before_run,
	.exit = tap_exit_hook,
	.state = tap_state_hook,
	.end = tap_end,
	.teardown = tap_teardown,
};

/* ---- opening --------------------------------------------------------------- */

/* Every VM's checkpoints (for --from and --segment): the k-th of the file
 * belongs to one VM. */
static int find_checkpoints(struct hsim_replay *r, char *err, size_t errlen)
{
	uint64_t n = hsim_trace_checkpoint_count(r->hdr_reader);
	struct hsim_trace_record rec;
	for (uint64_t k = 0; k < n; k++) {
		int e = hsim_trace_seek_checkpoint(r->hdr_reader, k);
		if (e < 0 || (e = hsim_trace_next(r->hdr_reader, &rec)) != 1 ||
		    rec.type != HSIM_TREC_CHECKPOINT || rec.vm >= r->nvms) {
			snprintf(err, errlen, "checkpoint %" PRIu64 " of the trace: %s", k,
				 hsim_trace_error(r->hdr_reader)[0] ? hsim_trace_error(r->hdr_reader) :
				 "not found");
			return e < 0 ? e : HSIM_E_TRACE_CORRUPT;
		}
		struct rvm *v = &r->vms[rec.vm];
		if (v->nckpts == v->ckpts_cap) {
			size_t cap = v->ckpts_cap ? 2 * v->ckpts_cap : 16;
			void *p = realloc(v->ckpts, cap * sizeof(*v->ckpts));
			if (!p)
				return -ENOMEM;
			v->ckpts = p;
			v->ckpts_cap = cap;
		}
		v->ckpts[v->nckpts++] = (struct ckpt_ref){ k, rec.event_no };
	}
	return hsim_trace_rewind(r->hdr_reader);
}

/* Which stretch of each VM this replay covers. A VM with c checkpoints has
 * c + 1 stretches (start..ck0, ck0..ck1, ..., ck(c-1)..end); segment K of
 * N takes stretches [(K-1)s/N, Ks/N), so the N segments cover each once. */
static int plan(struct hsim_replay *r, char *err, size_t errlen)
{
	const struct hsim_replay_config *c = &r->cfg;
	int e;
	for (unsigned i = 0; i < r->nvms; i++)
		r->vms[i].start_ck = r->vms[i].end_ck = -1;
	if (c->from < 0 && !c->nsegments)
		goto totals;
	if ((e = find_checkpoints(r, err, errlen)) < 0)
		return e;
	for (unsigned i = 0; i < r->nvms; i++) {
		struct rvm *v = &r->vms[i];
		if (c->from >= 0) {
			if ((uint64_t)c->from >= v->nckpts) {
				snprintf(err, errlen, "vm %u has %zu checkpoints: there is no checkpoint "
					 "%" PRId64 " (they count from 0)", i, v->nckpts, c->from);
				return HSIM_E_INVAL;
			}
			v->start_ck = c->from;
		}
		if (c->nsegments) {
			uint64_t s = v->nckpts + 1, k = c->segment, n = c->nsegments;
			uint64_t a = (k - 1) * s / n, b = k * s / n;
			if (a == b) {
				v->res.verdict = HSIM_REPLAY_SKIPPED;
				snprintf(v->res.detail, sizeof(v->res.detail), "vm %u has %" PRIu64
					 " stretches between checkpoints: none in segment %u/%u", i, s,
					 c->segment, c->nsegments);
				continue;
			}
			v->start_ck = (int64_t)a - 1;
			v->end_ck = b == s ? -1 : (int64_t)b - 1;
		}
	}
totals:
	for (unsigned i = 0; i < r->nvms; i++) {
		struct rvm *v = &r->vms[i];
		if (v->res.verdict == HSIM_REPLAY_SKIPPED)
			continue;
		uint64_t last = hsim_trace_last_event(r->hdr_reader, i);
		if (last == HSIM_TRACE_NO_EVENT)
			last = 0;
		if (v->end_ck >= 0)
			last = v->ckpts[v->end_ck].event;
		uint64_t first = v->start_ck >= 0 ? v->ckpts[v->start_ck].event : 0;
		v->events_total = last > first ? last - first : 0;
		r->total += v->events_total;
	}
	return 0;
}

/* The undefined-flag rules the simulator applies: those of the vendor of
 * the CPUID table the recorded guests saw (as sim_create picks them: AMD
 * for "AuthenticAMD" and "HygonGenuine", Intel for the rest); exact where
 * they were measured on the CPU the trace was recorded on
 * (docs/undefined-flags.md), else flags they leave undefined are masked. */
static void flag_rules(struct hsim_replay *r)
{
	const struct hsim_trace_host *h = &r->h->host;
	int amd = 0;
	for (unsigned i = 0; i < r->h->ncpuid; i++)
		if (r->h->cpuid[i].leaf == 0)
			amd = r->h->cpuid[i].ebx == 0x68747541 /* "Auth" */ ||
			      r->h->cpuid[i].ebx == 0x6f677948; /* "Hygo" */
	r->rules_exact = amd ? !strcmp(h->vendor, "AuthenticAMD") :
			 !strcmp(h->vendor, "GenuineIntel") && h->family == 6 && h->model == 0xcf;
	if (r->rules_exact)
		snprintf(r->rules, sizeof(r->rules), "%s", amd ? "AMD rules (measured)" :
			 "Intel rules (measured on family 6 model 0xcf)");
	else
		snprintf(r->rules, sizeof(r->rules), "%s rules, not measured for %s family %u model "
			 "0x%x: flags they leave undefined are masked", amd ? "AMD" : "Intel",
			 h->vendor[0] ? h->vendor : "an unknown CPU", h->family, h->model);
}

int hsim_replay_open(struct hsim_replay **out, const char *path,
		     const struct hsim_replay_config *cfg, char *err, size_t errlen)
{
	struct hsim_replay *r;
	char dummy[8];
	int e;

	if (!err || !errlen) {
		err = dummy;
		errlen = sizeof(dummy);
	}
	err[0] = 0;
	if (!out || !path || !cfg)
		return HSIM_E_INVAL;
	*out = NULL;
	if ((cfg->nsegments && (cfg->segment < 1 || cfg->segment > cfg->nsegments)) ||
	    (cfg->nsegments && cfg->from >= 0) || cfg->from < -1) {
		snprintf(err, errlen, cfg->nsegments && cfg->from >= 0 ?
			 "a segment starts at its own checkpoint: not with a start checkpoint" :
			 "the segment must be 1 to N of N");
		return HSIM_E_INVAL;
	}
	if (!(r = calloc(1, sizeof(*r))))
		return -ENOMEM;
	r->cfg = *cfg;
	if (!r->cfg.jobs)
		r->cfg.jobs = 1;
	if (!(r->path = strdup(path))) {
		e = -ENOMEM;
		goto fail;
	}
	if ((e = hsim_trace_open(&r->hdr_reader, path, err, errlen)) < 0)
		goto fail;
	r->h = hsim_trace_get_header(r->hdr_reader);
	r->nvms = r->h->nvms;
	flag_rules(r);
	if (!(r->images = calloc(r->h->nimages, sizeof(*r->images))) ||
	    !(r->vms = calloc(r->nvms, sizeof(*r->vms)))) {
		e = -ENOMEM;
		goto fail;
	}
	for (unsigned i = 0; i < r->h->nimages; i++)
		if ((e = hsim_image_load_mem(&r->images[i], r->h->images[i].data, r->h->images[i].size,
					     r->h->images[i].name)) < 0) {
			snprintf(err, errlen, "the trace's image %u (%s): %s", i, r->h->images[i].name,
				 hsim_strerror(e));
			goto fail;
		}

	struct hsim_machine_config mc = {
		.engine = cfg->engine,
		.mem_size = r->h->mem_size,
		.timeout = cfg->timeout,
		.seed = r->h->seed,
		.console = cfg->console,
		.console_ctx = cfg->console_ctx,
		.clock_step_ns = r->h->clock_step,
	};
	if ((e = hsim_machine_create(&r->m, &mc)) < 0) {
		snprintf(err, errlen, "the trace's machine (guest memory %" PRIu64 " bytes): %s",
			 r->h->mem_size, hsim_strerror(e));
		goto fail;
	}
	/* the guests see the CPUID the recording's guests saw; the simulator
	 * takes its vendor rules from it, and runs the host-dependent
	 * encodings as the recording host did */
	struct hsim_machine *m = r->m;
	if (r->h->ncpuid > CPUID_MAX_ENTRIES) {
		snprintf(err, errlen, "the trace's CPUID table has %u entries, at most %d are known",
			 r->h->ncpuid, CPUID_MAX_ENTRIES);
		e = HSIM_E_TRACE_CORRUPT;
		goto fail;
	}
	m->cpuid.n = r->h->ncpuid;
	for (unsigned i = 0; i < r->h->ncpuid; i++) {
		const struct hsim_trace_cpuid *c = &r->h->cpuid[i];
		m->cpuid.e[i] = (struct cpuid_entry){ c->leaf, c->subleaf, c->has_subleaf,
						      { c->eax, c->ebx, c->ecx, c->edx } };
	}
	m->replay_disk_flags = r->h->disk_flags;
	m->replay_disk_sectors = r->h->disk_sectors;
	if (r->h->host.features & HSIM_TRACE_HOSTF_KNOWN)
		m->host_features = r->h->host.features & (SIM_HOST_TZCNT | SIM_HOST_LZCNT);
	else /* a version 1 trace does not say */
		strncat(r->rules, "; F3 0F BC/BD as on this host (the trace does not say)",
			sizeof(r->rules) - strlen(r->rules) - 1);
	for (unsigned v = 0; v < r->nvms; v++) {
		unsigned k = r->h->vm_image[v];
		if (k >= r->h->nimages || (e = hsim_machine_add_vm(m, r->images[k])) < 0) {
			snprintf(err, errlen, "vm %u of the trace: %s", v,
				 k >= r->h->nimages ? "no such image" : hsim_strerror(e));
			e = e < 0 ? e : HSIM_E_TRACE_CORRUPT;
			goto fail;
		}
		r->vms[v].r = r;
		r->vms[v].id = v;
		/* the start the recording's VM had (version 3); older traces'
		 * guests started without arguments, TLS or canary */
		const struct hsim_trace_vm_start *st = r->h->vm_start ? &r->h->vm_start[v] : NULL;
		if (st && (e = vm_start_set_args(m->vms[v], (int)st->argc, st->argv, (int)st->envc,
						 st->envp)) < 0) {
			snprintf(err, errlen, "vm %u of the trace: its arguments: %s", v, hsim_strerror(e));
			goto fail;
		}
		if (st) {
			m->vms[v]->stack_guard = st->stack_guard;
			m->vms[v]->tty = (int)st->tty;
		}
	}
	m->legacy_start = !r->h->vm_start;
	if ((e = hsim_events_create_empty(&r->events)) < 0 ||
	    (e = hsim_events_parse(r->events, r->h->events, err, errlen)) < 0 ||
	    (e = hsim_machine_set_events(m, r->events)) < 0) {
		if (!err[0])
			snprintf(err, errlen, "the trace's event list: %s", hsim_strerror(e));
		goto fail;
	}
	for (unsigned i = 0; i < r->h->nsimulate; i++)
		if ((e = hsim_machine_simulate(m, r->h->simulate[i], err, errlen)) < 0)
			goto fail;
	if ((e = plan(r, err, errlen)) < 0)
		goto fail;
	m->tap = &replay_tap;
	m->tap_ctx = r;
	m->max_running = r->cfg.jobs;
	*out = r;
	return 0;
fail:
	if (!err[0])
		snprintf(err, errlen, "%s", hsim_strerror(e));
	hsim_replay_destroy(r);
	return e;
}

void hsim_replay_destroy(struct hsim_replay *r)
{
	if (!r)
		return;
	hsim_machine_destroy(r->m);
	for (unsigned i = 0; r->vms && i < r->nvms; i++) {
		hsim_trace_close(r->vms[i].rd);
		free(r->vms[i].ckpts);
	}
	free(r->vms);
	for (unsigned i = 0; r->images && i < r->h->nimages; i++)
		hsim_image_destroy(r->images[i]);
	free(r->images);
	hsim_events_destroy(r->events);
	hsim_trace_close(r->hdr_reader);
	free(r->path);
	free(r);
}

/* ---- running ---------------------------------------------------------------- */

int hsim_replay_run(struct hsim_replay *r)
{
	if (!r)
		return HSIM_E_INVAL;
	int e = hsim_machine_run(r->m);
	if (e < 0)
		return e;
	for (unsigned i = 0; i < r->nvms; i++) {
		struct hsim_vm *vm = r->m->vms[i];
		struct rvm *v = &r->vms[i];
		if (v->res.verdict == HSIM_REPLAY_SKIPPED)
			continue;
		v->res.instructions = vm->stats.sim_insns;
		v->res.seconds = vm->res.seconds;
		if (v->res.verdict == HSIM_REPLAY_NOT_RUN) {
			/* it never got to the loop, or the loop ended on an error */
			v->res.verdict = vm->res.status == HSIM_VM_INTERRUPTED ||
					 vm->res.status == HSIM_VM_TIMEOUT ? HSIM_REPLAY_INTERRUPTED :
					 HSIM_REPLAY_ERROR;
			snprintf(v->res.detail, sizeof(v->res.detail), "%s",
				 vm->res.detail[0] ? vm->res.detail : hsim_strerror(vm->res.error));
		}
	}
	return 0;
}

void hsim_replay_stop(struct hsim_replay *r)
{
	if (r)
		hsim_machine_stop(r->m);
}

void hsim_replay_progress(const struct hsim_replay *r, uint64_t *done, uint64_t *total)
{
	if (done)
		*done = r ? atomic_load(&((struct hsim_replay *)r)->done) : 0;
	if (total)
		*total = r ? r->total : 0;
}

const struct hsim_replay_vm *hsim_replay_result(const struct hsim_replay *r, unsigned vm)
{
	return r && vm < r->nvms ? &r->vms[vm].res : NULL;
}

const struct hsim_trace_header *hsim_replay_header(const struct hsim_replay *r)
{
	return r ? r->h : NULL;
}

unsigned hsim_replay_vm_count(const struct hsim_replay *r)
{
	return r ? r->nvms : 0;
}

const struct hsim_image *hsim_replay_image(const struct hsim_replay *r, unsigned vm)
{
	if (!r || vm >= r->nvms || r->h->vm_image[vm] >= r->h->nimages)
		return NULL;
	return r->images[r->h->vm_image[vm]];
}

const char *hsim_replay_flag_rules(const struct hsim_replay *r, int *exact)
{
	if (exact)
		*exact = r ? r->rules_exact : 0;
	return r ? r->rules : "";
}
