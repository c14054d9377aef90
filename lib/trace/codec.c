/* The byte encoding of trace records and of the header block
 * (docs/trace-format.md): varints, register deltas, bounds-checked decoding. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <hsim/error.h>
#include "trace/trace_int.h"

const char *hsim_trace_rec_name(unsigned type)
{
	static const char *const names[] = {
		[HSIM_TREC_EXIT] = "exit", [HSIM_TREC_INPUT] = "input",
		[HSIM_TREC_STATE_STORE] = "state_store",
		[HSIM_TREC_STATE_RESTORE] = "state_restore",
		[HSIM_TREC_SIM_RESULT] = "sim_result", [HSIM_TREC_CHECKPOINT] = "checkpoint",
		[HSIM_TREC_END] = "end",
	};
	return type < sizeof(names) / sizeof(names[0]) ? names[type] : NULL;
}

const char *hsim_trace_input_name(unsigned kind)
{
	static const char *const names[] = { "time", "random", "tsc", "device", "message", "result",
					      "file" };
	return kind < HSIM_TIN_COUNT ? names[kind] : NULL;
}

/* ---- buffers and cursors ---------------------------------------------------- */

uint8_t *tr_buf_reserve(struct tr_buf *b, size_t n)
{
	if (b->oom)
		return NULL;
	if (b->cap - b->len < n) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap - b->len < n)
			cap *= 2;
		uint8_t *p = realloc(b->p, cap);
		if (!p) {
			b->oom = 1;
			return NULL;
		}
		b->p = p;
		b->cap = cap;
	}
	return b->p + b->len;
}

void tr_buf_varint(struct tr_buf *b, uint64_t v)
{
	uint8_t *p = tr_buf_reserve(b, 10);
	if (p)
		b->len = (size_t)(tr_put_varint(p, v) - b->p);
}

void tr_buf_bytes(struct tr_buf *b, const void *data, size_t n)
{
	tr_buf_varint(b, n);
	uint8_t *p = tr_buf_reserve(b, n);
	if (p && n) {
		memcpy(p, data, n);
		b->len += n;
	}
}

uint64_t tr_get_varint(struct tr_cur *c)
{
	uint64_t v = 0;

	for (unsigned shift = 0; shift < 64; shift += 7) {
		if (c->p >= c->end) {
			c->bad = 1;
			return 0;
		}
		uint8_t byte = *c->p++;
		/* the tenth byte may only hold bit 63 */
		if (shift == 63 && byte > 1) {
			c->bad = 1;
			return 0;
		}
		v |= (uint64_t)(byte & 0x7f) << shift;
		if (!(byte & 0x80))
			return v;
	}
	c->bad = 1;
	return 0;
}

uint8_t tr_get_u8(struct tr_cur *c)
{
	if (c->p >= c->end) {
		c->bad = 1;
		return 0;
	}
	return *c->p++;
}

const uint8_t *tr_get_raw(struct tr_cur *c, size_t n)
{
	if ((size_t)(c->end - c->p) < n) {
		c->bad = 1;
		c->p = c->end;
		return NULL;
	}
	const uint8_t *p = c->p;
	c->p += n;
	return p;
}

/* ---- register deltas ---------------------------------------------------------- */

/* The trace's register fields are hsim_cpu_fields[0..TR_NREGS), its full
 * state's other fields hsim_cpu_fields[TR_NREGS..TR_NREGS + TR_NEXT), each
 * numbered by its place there (hsim/cpu.h). */
_Static_assert(TR_NREGS == HSIM_CPU_NREGS && TR_NEXT == HSIM_CPU_NEXT,
	       "the trace's fields are hsim_cpu_fields");

static uint64_t reg_get(const struct hsim_cpu_state *s, unsigned i)
{
	return hsim_cpu_field_get(s, &hsim_cpu_fields[i]);
}

static void reg_set(struct hsim_cpu_state *s, unsigned i, uint64_t v)
{
	hsim_cpu_field_set(s, &hsim_cpu_fields[i], v);
}

/* The fields of a full state beyond the GPRs, RIP and RFLAGS, by mask bit. */
static const struct hsim_cpu_field *ext_field(unsigned i)
{
	return &hsim_cpu_fields[TR_NREGS + i];
}

static uint64_t ext_get(const struct hsim_cpu_state *s, unsigned i)
{
	return hsim_cpu_field_get(s, ext_field(i));
}

static void ext_set(struct hsim_cpu_state *s, unsigned i, uint64_t v)
{
	hsim_cpu_field_set(s, ext_field(i), v);
}

static uint8_t *enc_regs(uint8_t *p, struct hsim_cpu_state *base, const struct hsim_cpu_state *st)
{
	uint32_t mask = 0;
	uint64_t d[TR_NREGS];
	unsigned n = 0;

	for (unsigned i = 0; i < TR_NREGS; i++) {
		uint64_t v = reg_get(st, i), b = reg_get(base, i);
		if (v != b) {
			mask |= 1u << i;
			d[n++] = tr_zz(v - b);
			reg_set(base, i, v);
		}
	}
	p = tr_put_varint(p, mask);
	for (unsigned i = 0; i < n; i++)
		p = tr_put_varint(p, d[i]);
	return p;
}

static void dec_regs(struct tr_cur *c, struct hsim_cpu_state *base)
{
	uint64_t mask = tr_get_varint(c);

	if (mask >> TR_NREGS)
		c->bad = 1;
	for (unsigned i = 0; i < TR_NREGS && !c->bad; i++)
		if (mask & (1u << i))
			reg_set(base, i, reg_get(base, i) + tr_unzz(tr_get_varint(c)));
}

static uint8_t *enc_full(uint8_t *p, struct hsim_cpu_state *base, const struct hsim_cpu_state *st)
{
	uint64_t mask = 0;

	p = enc_regs(p, base, st);
	for (unsigned i = 0; i < TR_NEXT; i++)
		if (ext_get(st, i) != ext_get(base, i))
			mask |= 1ull << i;
	p = tr_put_varint(p, mask);
	for (unsigned i = 0; i < TR_NEXT; i++)
		if (mask & (1ull << i)) {
			uint64_t v = ext_get(st, i);
			p = tr_put_varint(p, tr_zz(v - ext_get(base, i)));
			ext_set(base, i, v);
		}
	return p;
}

static void dec_full(struct tr_cur *c, struct hsim_cpu_state *base)
{
	dec_regs(c, base);
	uint64_t mask = tr_get_varint(c);
	if (mask >> TR_NEXT)
		c->bad = 1;
	for (unsigned i = 0; i < TR_NEXT && !c->bad; i++)
		if (mask & (1ull << i)) {
			uint64_t v = ext_get(base, i) + tr_unzz(tr_get_varint(c));
			/* narrow fields must round-trip exactly */
			unsigned size = ext_field(i)->size;
			if (size < 8 && v >> (8 * size))
				c->bad = 1;
			ext_set(base, i, v);
		}
}

static uint8_t *enc_head(uint8_t *p, struct tr_base *b, unsigned type, uint64_t event_no)
{
	*p++ = (uint8_t)type;
	p = tr_put_varint(p, tr_zz(event_no - b->event));
	b->event = event_no;
	return p;
}

/* ---- records ---------------------------------------------------------------------- */

/* EXIT field mask bits 2..15 after rip and next_rip, in format order. */
#define EXIT_NFIELDS 16

static void exit_fields(const struct hsim_exit *ex, uint64_t f[EXIT_NFIELDS])
{
	f[2] = ex->port; f[3] = ex->size; f[4] = ex->is_in; f[5] = ex->value;
	f[6] = ex->addr; f[7] = ex->is_write; f[8] = ex->vector;
	f[9] = ex->has_error_code; f[10] = ex->error_code; f[11] = ex->cr2;
	f[12] = ex->insn; f[13] = ex->insn_len; f[14] = ex->reason; f[15] = ex->info;
}

static int set_exit_field(struct hsim_exit *ex, unsigned i, uint64_t v)
{
	static const uint64_t max[EXIT_NFIELDS] = {
		0, 0, UINT16_MAX, UINT8_MAX, UINT8_MAX, UINT32_MAX, UINT64_MAX, UINT8_MAX,
		UINT8_MAX, UINT8_MAX, UINT32_MAX, UINT64_MAX, UINT8_MAX, UINT8_MAX,
		UINT32_MAX, UINT64_MAX,
	};
	if (v > max[i])
		return -1;
	switch (i) {
	case 2: ex->port = (uint16_t)v; break;
	case 3: ex->size = (uint8_t)v; break;
	case 4: ex->is_in = (uint8_t)v; break;
	case 5: ex->value = (uint32_t)v; break;
	case 6: ex->addr = v; break;
	case 7: ex->is_write = (uint8_t)v; break;
	case 8: ex->vector = (uint8_t)v; break;
	case 9: ex->has_error_code = (uint8_t)v; break;
	case 10: ex->error_code = (uint32_t)v; break;
	case 11: ex->cr2 = v; break;
	case 12: ex->insn = (uint8_t)v; break;
	case 13: ex->insn_len = (uint8_t)v; break;
	case 14: ex->reason = (uint32_t)v; break;
	default: ex->info = v; break;
	}
	return 0;
}

uint8_t *tr_enc_exit(uint8_t *p, struct tr_base *b, uint64_t event_no,
		     const struct hsim_exit *ex, int entry, unsigned cls,
		     const struct hsim_cpu_state *st)
{
	uint64_t f[EXIT_NFIELDS];
	uint32_t mask = 0;

	p = enc_head(p, b, HSIM_TREC_EXIT, event_no);
	p = enc_regs(p, &b->st, st);
	exit_fields(ex, f);
	f[0] = tr_zz(ex->rip - st->rip);
	f[1] = tr_zz(ex->next_rip - ex->rip);
	for (unsigned i = 0; i < EXIT_NFIELDS; i++)
		if (f[i])
			mask |= 1u << i;
	*p++ = (uint8_t)ex->kind;
	p = tr_put_varint(p, mask);
	p = tr_put_varint(p, tr_zz((uint64_t)(int64_t)entry));
	*p++ = (uint8_t)cls;
	for (unsigned i = 0; i < EXIT_NFIELDS; i++)
		if (mask & (1u << i))
			p = tr_put_varint(p, f[i]);
	return p;
}

uint8_t *tr_enc_input(uint8_t *p, struct tr_base *b, uint64_t event_no, unsigned kind,
		      const void *data, size_t len, uint64_t seq)
{
	p = enc_head(p, b, HSIM_TREC_INPUT, event_no);
	*p++ = (uint8_t)kind;
	p = tr_put_varint(p, seq + 1); /* HSIM_TRACE_NO_SEQ wraps to 0 */
	p = tr_put_varint(p, len);
	if (len)
		memcpy(p, data, len);
	return p + len;
}

uint8_t *tr_enc_state(uint8_t *p, struct tr_base *b, uint64_t event_no, unsigned type,
		      const struct hsim_cpu_state *st, uint64_t insns)
{
	p = enc_head(p, b, type, event_no);
	p = enc_full(p, &b->st, st);
	if (type == HSIM_TREC_SIM_RESULT)
		p = tr_put_varint(p, insns);
	return p;
}

uint8_t *tr_enc_checkpoint(uint8_t *p, struct tr_base *b, uint64_t event_no,
			   const struct hsim_cpu_state *st,
			   const struct hsim_trace_page *pages, size_t npages)
{
	uint64_t prev = 0;

	p = enc_head(p, b, HSIM_TREC_CHECKPOINT, event_no);
	p = enc_full(p, &b->st, st);
	p = tr_put_varint(p, npages);
	for (size_t i = 0; i < npages; i++) {
		uint64_t pn = pages[i].gpa / HSIM_TRACE_PAGE_SIZE;
		p = tr_put_varint(p, tr_zz(pn - prev));
		prev = pn;
		memcpy(p, pages[i].data, HSIM_TRACE_PAGE_SIZE);
		p += HSIM_TRACE_PAGE_SIZE;
	}
	return p;
}

uint8_t *tr_enc_end(uint8_t *p, struct tr_base *b, uint64_t event_no, int status,
		    int64_t exit_code, int error, const char *detail, size_t dlen)
{
	p = enc_head(p, b, HSIM_TREC_END, event_no);
	p = tr_put_varint(p, tr_zz((uint64_t)(int64_t)status));
	p = tr_put_varint(p, tr_zz((uint64_t)exit_code));
	p = tr_put_varint(p, tr_zz((uint64_t)(int64_t)error));
	p = tr_put_varint(p, dlen);
	if (dlen)
		memcpy(p, detail, dlen);
	return p + dlen;
}

static int fits_int(uint64_t zz, int64_t *out)
{
	int64_t v = (int64_t)tr_unzz(zz);
	*out = v;
	return v >= INT32_MIN && v <= INT32_MAX;
}

int tr_dec_record(struct tr_cur *c, struct tr_base *b, struct hsim_trace_record *rec,
		  struct hsim_trace_page **pages, size_t *pages_cap, const char **why)
{
	unsigned type = tr_get_u8(c);
	int64_t v;

	rec->type = (enum hsim_trace_rec_type)type;
	b->event += tr_unzz(tr_get_varint(c));
	rec->event_no = b->event;
	rec->full_state = 0;
	*why = "truncated record";
	switch (type) {
	case HSIM_TREC_EXIT: {
		dec_regs(c, &b->st);
		memset(&rec->exit, 0, sizeof(rec->exit));
		unsigned kind = tr_get_u8(c);
		uint64_t mask = tr_get_varint(c);
		if (!fits_int(tr_get_varint(c), &v) || v < -1) {
			*why = "bad event-list entry";
			return HSIM_E_TRACE_CORRUPT;
		}
		rec->entry = (int)v;
		unsigned cls = tr_get_u8(c);
		if (c->bad)
			return HSIM_E_TRACE_CORRUPT;
		if (kind >= HSIM_EXIT_COUNT || cls >= HSIM_CLASS_COUNT || mask >> EXIT_NFIELDS) {
			*why = "bad exit kind, class or field mask";
			return HSIM_E_TRACE_CORRUPT;
		}
		rec->exit.kind = (enum hsim_exit_kind)kind;
		rec->cls = (enum hsim_event_class)cls;
		rec->exit.rip = b->st.rip;
		for (unsigned i = 0; i < EXIT_NFIELDS; i++) {
			if (!(mask & (1u << i)))
				continue;
			uint64_t f = tr_get_varint(c);
			if (i == 0)
				rec->exit.rip = b->st.rip + tr_unzz(f);
			else if (i == 1)
				rec->exit.next_rip = tr_unzz(f);
			else if (set_exit_field(&rec->exit, i, f)) {
				*why = "exit field out of range";
				return HSIM_E_TRACE_CORRUPT;
			}
		}
		rec->exit.next_rip += rec->exit.rip;
		break;
	}
	case HSIM_TREC_INPUT: {
		unsigned kind = tr_get_u8(c);
		rec->seq = tr_get_varint(c) - 1;
		uint64_t len = tr_get_varint(c);
		if (c->bad)
			return HSIM_E_TRACE_CORRUPT;
		if (kind >= HSIM_TIN_COUNT) {
			*why = "bad input kind";
			return HSIM_E_TRACE_CORRUPT;
		}
		rec->input_kind = (enum hsim_trace_input_kind)kind;
		rec->data = tr_get_raw(c, len);
		rec->len = (size_t)len;
		break;
	}
	case HSIM_TREC_STATE_STORE:
	case HSIM_TREC_STATE_RESTORE:
	case HSIM_TREC_SIM_RESULT:
		dec_full(c, &b->st);
		rec->full_state = 1;
		rec->insns = type == HSIM_TREC_SIM_RESULT ? tr_get_varint(c) : 0;
		break;
	case HSIM_TREC_CHECKPOINT: {
		dec_full(c, &b->st);
		rec->full_state = 1;
		uint64_t n = tr_get_varint(c), pn = 0;
		if (c->bad)
			return HSIM_E_TRACE_CORRUPT;
		/* every page takes more than a page of the frame: this bounds n */
		if (n > (size_t)(c->end - c->p) / HSIM_TRACE_PAGE_SIZE) {
			*why = "more pages than the frame holds";
			return HSIM_E_TRACE_CORRUPT;
		}
		if (n > *pages_cap) {
			struct hsim_trace_page *np = realloc(*pages, (size_t)n * sizeof(*np));
			if (!np)
				return -ENOMEM;
			*pages = np;
			*pages_cap = (size_t)n;
		}
		for (uint64_t i = 0; i < n && !c->bad; i++) {
			pn += tr_unzz(tr_get_varint(c));
			if (pn > UINT64_MAX / HSIM_TRACE_PAGE_SIZE) {
				*why = "page number out of range";
				return HSIM_E_TRACE_CORRUPT;
			}
			(*pages)[i].gpa = pn * HSIM_TRACE_PAGE_SIZE;
			(*pages)[i].data = tr_get_raw(c, HSIM_TRACE_PAGE_SIZE);
		}
		rec->pages = *pages;
		rec->npages = (size_t)n;
		break;
	}
	case HSIM_TREC_END: {
		int64_t s, e;
		int ok = fits_int(tr_get_varint(c), &s);
		rec->exit_code = (int64_t)tr_unzz(tr_get_varint(c));
		ok &= fits_int(tr_get_varint(c), &e);
		uint64_t len = tr_get_varint(c);
		if (c->bad)
			return HSIM_E_TRACE_CORRUPT;
		if (!ok) {
			*why = "END status or error out of range";
			return HSIM_E_TRACE_CORRUPT;
		}
		rec->status = (int)s;
		rec->error = (int)e;
		/* the detail is copied by the caller to add its NUL */
		rec->data = tr_get_raw(c, len);
		rec->len = (size_t)len;
		break;
	}
	default:
		*why = "unknown record type";
		return HSIM_E_TRACE_CORRUPT;
	}
	if (c->bad)
		return HSIM_E_TRACE_CORRUPT;
	rec->state = b->st;
	return 0;
}

/* ---- the header block ------------------------------------------------------------ */

static void buf_str(struct tr_buf *b, const char *s)
{
	s = s ? s : "";
	tr_buf_bytes(b, s, strlen(s));
}

int tr_enc_header(struct tr_buf *b, const struct hsim_trace_header *h, uint32_t frame_size)
{
	tr_buf_varint(b, h->nimages);
	for (unsigned i = 0; i < h->nimages; i++) {
		buf_str(b, h->images[i].name);
		tr_buf_bytes(b, h->images[i].data, h->images[i].size);
	}
	tr_buf_varint(b, h->mem_size);
	tr_buf_varint(b, h->nvms);
	for (unsigned i = 0; i < h->nvms; i++)
		tr_buf_varint(b, h->vm_image ? h->vm_image[i] : 0);
	tr_buf_varint(b, h->ncpuid);
	for (unsigned i = 0; i < h->ncpuid; i++) {
		const struct hsim_trace_cpuid *e = &h->cpuid[i];
		tr_buf_varint(b, e->leaf);
		tr_buf_varint(b, e->subleaf);
		tr_buf_varint(b, e->has_subleaf);
		tr_buf_varint(b, e->eax);
		tr_buf_varint(b, e->ebx);
		tr_buf_varint(b, e->ecx);
		tr_buf_varint(b, e->edx);
	}
	buf_str(b, h->events);
	tr_buf_varint(b, h->nsimulate);
	for (unsigned i = 0; i < h->nsimulate; i++)
		buf_str(b, h->simulate[i]);
	tr_buf_varint(b, h->argc);
	for (unsigned i = 0; i < h->argc; i++)
		buf_str(b, h->argv[i]);
	tr_buf_varint(b, h->seed);
	tr_buf_varint(b, h->clock_step);
	buf_str(b, h->host.vendor);
	tr_buf_varint(b, h->host.family);
	tr_buf_varint(b, h->host.model);
	tr_buf_varint(b, h->host.stepping);
	buf_str(b, h->host.kernel);
	buf_str(b, h->host.hsim_version);
	tr_buf_varint(b, frame_size);
	tr_buf_varint(b, h->host.features);         /* version 2 */
	tr_buf_varint(b, h->disk_flags);
	tr_buf_varint(b, h->disk_sectors);
	for (unsigned i = 0; i < h->nvms; i++) {       /* version 3 */
		const struct hsim_trace_vm_start *v = h->vm_start ? &h->vm_start[i] : NULL;
		tr_buf_varint(b, v ? v->argc : 0);
		for (unsigned k = 0; v && k < v->argc; k++)
			buf_str(b, v->argv[k]);
		tr_buf_varint(b, v ? v->envc : 0);
		for (unsigned k = 0; v && k < v->envc; k++)
			buf_str(b, v->envp[k]);
		tr_buf_varint(b, v ? v->stack_guard : 0);
		tr_buf_varint(b, v ? v->tty : 0);
	}
	return b->oom ? -ENOMEM : 0;
}

/* A string of the block, copied with its NUL; NULL if bad or out of memory
 * (c->bad tells which). */
static char *get_str(struct tr_cur *c)
{
	uint64_t n = tr_get_varint(c);
	const uint8_t *p = tr_get_raw(c, n);
	if (!p)
		return NULL;
	char *s = malloc((size_t)n + 1);
	if (s) {
		memcpy(s, p, (size_t)n);
		s[n] = 0;
	}
	return s;
}

static void get_fixed(struct tr_cur *c, char *dst, size_t cap)
{
	uint64_t n = tr_get_varint(c);
	const uint8_t *p = tr_get_raw(c, n);
	if (!p)
		return;
	if (n >= cap) {
		c->bad = 1;
		return;
	}
	memcpy(dst, p, (size_t)n);
	dst[n] = 0;
}

static uint32_t get_u32(struct tr_cur *c)
{
	uint64_t v = tr_get_varint(c);
	if (v > UINT32_MAX)
		c->bad = 1;
	return (uint32_t)v;
}

/* A count of items of at least min_bytes each that the rest can hold. */
static unsigned get_count(struct tr_cur *c, size_t min_bytes)
{
	uint64_t n = tr_get_varint(c);
	if (n > (size_t)(c->end - c->p) / min_bytes || n > UINT32_MAX) {
		c->bad = 1;
		return 0;
	}
	return (unsigned)n;
}

/* Version 3: each VM's arguments, environment and canary. The strings of
 * all VMs go in one NULL-terminated array (freed with the header). */
static int dec_vm_start(struct tr_header *th, struct tr_cur *c)
{
	struct hsim_trace_header *h = &th->h;
	size_t n = 0, cap = 0;

	if (!(th->vm_start = calloc(h->nvms, sizeof(*th->vm_start))))
		return -ENOMEM;
	h->vm_start = th->vm_start;
	/* first the counts and offsets, then the pointers (the array moves) */
	size_t *first = calloc(2 * (size_t)h->nvms, sizeof(*first));
	if (!first)
		return -ENOMEM;
	for (unsigned i = 0; i < h->nvms && !c->bad; i++) {
		struct hsim_trace_vm_start *v = &th->vm_start[i];
		for (int part = 0; part < 2 && !c->bad; part++) {
			unsigned k = get_count(c, 1);
			first[2 * i + part] = n;
			if (part)
				v->envc = k;
			else
				v->argc = k;
			if (n + k + 1 > cap) {
				size_t ncap = (n + k + 1) * 2;
				char **p = realloc(th->start_strs, ncap * sizeof(*p));
				if (!p) {
					free(first);
					return -ENOMEM;
				}
				th->start_strs = p;
				cap = ncap;
			}
			for (unsigned j = 0; j < k && !c->bad; j++) {
				char *s = get_str(c);
				if (!s && !c->bad) {
					th->start_strs[n] = NULL;
					free(first);
					return -ENOMEM;
				}
				if (s)
					th->start_strs[n++] = s;
			}
			th->start_strs[n] = NULL;
		}
		v->stack_guard = tr_get_varint(c);
		v->tty = get_u32(c);
		if (v->tty > 7)
			c->bad = 1;
	}
	for (unsigned i = 0; i < h->nvms && th->start_strs; i++) {
		th->vm_start[i].argv = (const char *const *)th->start_strs + first[2 * i];
		th->vm_start[i].envp = (const char *const *)th->start_strs + first[2 * i + 1];
	}
	free(first);
	return 0;
}

int tr_dec_header(struct tr_header *th, void *blob, size_t len, uint32_t version,
		  const char **why)
{
	struct tr_cur c = { blob, (const uint8_t *)blob + len, 0 };
	struct hsim_trace_header *h = &th->h;
	int oom = 0;

	memset(th, 0, sizeof(*th));
	th->blob = blob;
	h->version = version;
	*why = "header block does not decode";
	h->nimages = get_count(&c, 2);
	th->images = calloc(h->nimages + 1, sizeof(*th->images));
	th->strs = NULL;
	if (!th->images)
		return -ENOMEM;
	h->images = th->images;
	for (unsigned i = 0; i < h->nimages && !c.bad; i++) {
		char *name = get_str(&c);
		oom |= !name && !c.bad;
		th->images[i].name = name;
		uint64_t n = tr_get_varint(&c);
		th->images[i].data = tr_get_raw(&c, n);
		th->images[i].size = (size_t)n;
	}
	h->mem_size = tr_get_varint(&c);
	h->nvms = get_count(&c, 1);
	if (!c.bad && (h->nvms < 1 || h->nvms > TR_MAX_VMS)) {
		*why = "header: bad number of VMs";
		return HSIM_E_TRACE_CORRUPT;
	}
	th->vm_image = calloc(h->nvms + 1, sizeof(*th->vm_image));
	if (!th->vm_image)
		return -ENOMEM;
	h->vm_image = th->vm_image;
	for (unsigned i = 0; i < h->nvms && !c.bad; i++) {
		th->vm_image[i] = get_u32(&c);
		if (th->vm_image[i] >= h->nimages && h->nimages) {
			*why = "header: a VM runs an image that is not there";
			return HSIM_E_TRACE_CORRUPT;
		}
	}
	h->ncpuid = get_count(&c, 7);
	th->cpuid = calloc(h->ncpuid + 1, sizeof(*th->cpuid));
	if (!th->cpuid)
		return -ENOMEM;
	h->cpuid = th->cpuid;
	for (unsigned i = 0; i < h->ncpuid && !c.bad; i++) {
		struct hsim_trace_cpuid *e = &th->cpuid[i];
		e->leaf = get_u32(&c);
		e->subleaf = get_u32(&c);
		e->has_subleaf = get_u32(&c);
		e->eax = get_u32(&c);
		e->ebx = get_u32(&c);
		e->ecx = get_u32(&c);
		e->edx = get_u32(&c);
	}
	th->events = get_str(&c);
	oom |= !th->events && !c.bad;
	h->events = th->events;
	unsigned nsim = get_count(&c, 1);
	h->nsimulate = nsim;
	if (c.bad)
		return HSIM_E_TRACE_CORRUPT;
	th->strs = calloc(nsim + 1, sizeof(char *));
	if (!th->strs)
		return -ENOMEM;
	for (unsigned i = 0; i < nsim && !c.bad; i++) {
		th->strs[i] = get_str(&c);
		oom |= !th->strs[i] && !c.bad;
	}
	unsigned argc = get_count(&c, 1);
	if (c.bad)
		return HSIM_E_TRACE_CORRUPT;
	char **all = realloc(th->strs, (nsim + argc + 1) * sizeof(char *));
	if (!all)
		return -ENOMEM;
	th->strs = all;
	memset(all + nsim, 0, (argc + 1) * sizeof(char *));
	for (unsigned i = 0; i < argc && !c.bad; i++) {
		all[nsim + i] = get_str(&c);
		oom |= !all[nsim + i] && !c.bad;
	}
	h->simulate = (const char *const *)all;
	h->argv = (const char *const *)all + nsim;
	h->argc = argc;
	h->seed = tr_get_varint(&c);
	h->clock_step = tr_get_varint(&c);
	get_fixed(&c, h->host.vendor, sizeof(h->host.vendor));
	h->host.family = get_u32(&c);
	h->host.model = get_u32(&c);
	h->host.stepping = get_u32(&c);
	get_fixed(&c, h->host.kernel, sizeof(h->host.kernel));
	get_fixed(&c, h->host.hsim_version, sizeof(h->host.hsim_version));
	h->frame_size = get_u32(&c);
	if (version >= 2) {
		h->host.features = get_u32(&c);   /* version 1: 0, not KNOWN */
		h->disk_flags = get_u32(&c);
		h->disk_sectors = tr_get_varint(&c);
	}
	if (version >= 3 && !c.bad && dec_vm_start(th, &c) < 0)
		return -ENOMEM;
	if (oom)
		return -ENOMEM;
	if (c.bad)
		return HSIM_E_TRACE_CORRUPT;
	if (!tr_features_ok(h->host.features)) {
		*why = "header: host features has unknown bits, or bits without the known bit";
		return HSIM_E_TRACE_CORRUPT;
	}
	if (h->disk_flags & ~(HSIM_TRACE_DISK_PRESENT | HSIM_TRACE_DISK_WRITABLE) ||
	    (!(h->disk_flags & HSIM_TRACE_DISK_PRESENT) && (h->disk_flags || h->disk_sectors))) {
		*why = "header: disk flags has unknown bits, or a disk that is not present";
		return HSIM_E_TRACE_CORRUPT;
	}
	if (c.p != c.end) {
		*why = "header block has bytes after its last field";
		return HSIM_E_TRACE_CORRUPT;
	}
	return 0;
}

void tr_header_free(struct tr_header *th)
{
	if (th->images)
		for (unsigned i = 0; i < th->h.nimages; i++)
			free((char *)th->images[i].name);
	if (th->strs)
		for (unsigned i = 0; i < th->h.nsimulate + th->h.argc; i++)
			free(th->strs[i]);
	free(th->strs);
	if (th->start_strs)
		for (char **p = th->start_strs; *p; p++)
			free(*p);
	free(th->start_strs);
	free(th->vm_start);
	free(th->images);
	free(th->vm_image);
	free(th->cpuid);
	free(th->events);
	free(th->blob);
	memset(th, 0, sizeof(*th));
}
