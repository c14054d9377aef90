/* hsim diff: the first record where two traces of a VM part ways.
 *
 * Each VM present in both traces is compared on its own: its records in
 * the order the VM wrote them, pairwise, until the first pair that differs.
 * What is compared: the record type and event number; EXIT: the exit kind
 * and fields, the event-list entry and class, GPRs, rip and rflags; the
 * whole state of STATE_STORE, STATE_RESTORE, SIM_RESULT (and the
 * instructions simulated) and CHECKPOINT; INPUT: kind, length and bytes;
 * CHECKPOINT: the guest memory the checkpoints rebuild; END: status and
 * exit code. Never compared: frame numbers and offsets. Header differences
 * are notes, the verdict is about the records.
 *
 * Checkpoints: KVM's dirty log also names pages the guest only read, the
 * simulator's tracking does not, so the two page lists of one checkpoint
 * may differ while memory does not. Each side's memory is followed (a
 * 64-bit digest per page): a page both list must hold the same bytes; a page
 * only one lists must hold what the other side's memory holds there (the
 * page its last checkpoint gave, else the loaded image with the monitor's
 * traps in place).
 *
 * STATE_STORE and STATE_RESTORE records present on one side only are
 * skipped when the other side is at the same event (its current or
 * previous record has that event number): older recorders wrote them around
 * a complex event in KVM only. */
#include <getopt.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hsim.h>
#include <hsim/check.h>
#include <hsim/trace.h>
#include "cmds.h"
#include "regdiff.h"
#include "trace_view.h"

#define DIFF_DEFAULT_CONTEXT 3
#define DIFF_MAX_CONTEXT 10000
#define CTX_DATA 64     /* input bytes kept for a context line */
#define CTX_DETAIL 160  /* END detail kept */

static const char diff_help[] =
	"usage: hsim diff [--json] [--context N] [--vm V] a.hst b.hst\n"
	"\n"
	"Compares two traces record by record, each VM on its own (the VMs both\n"
	"have; VM counts that differ are a difference), and prints for each VM\n"
	"that differs where its records part ways:\n"
	"  vm V: first difference at event E (record R of the VM): what differs\n"
	"then the N records before it in each trace and the two differing ones, as\n"
	"`hsim dump` prints them, then the registers that differ. Equal traces:\n"
	"  traces are equivalent: V VMs, N records\n"
	"\n"
	"Compared: record types and event numbers; exits (kind, fields, event-list\n"
	"entry, class, GPRs, rip, rflags); the whole CPU state of state_store,\n"
	"state_restore, sim_result (and the instructions simulated) and checkpoint\n"
	"records; inputs (kind, bytes); the guest memory the checkpoints rebuild (a\n"
	"page only one trace lists, e.g. one KVM's dirty log names because it was\n"
	"read, must equal what the other trace's memory holds there); the end of\n"
	"each VM (status, exit code). Not compared: frame numbers and offsets.\n"
	"Time inputs of runs on the host's clock (no --clock-step) differ from run\n"
	"to run: they are reported like any other difference.\n"
	"state_store and state_restore records only one trace has are skipped when\n"
	"the other trace is at the same event (older recorders wrote them in KVM\n"
	"only).\n"
	"Headers that differ (images, event lists, --simulate lists, cpuid tables,\n"
	"seeds, clock steps, block devices, format versions, hosts and their CPU\n"
	"features) are notes, not differences.\n"
	"\n"
	"  --json         one JSON object: {\"equivalent\":B,\"status\":S,\"vm_counts\":[A,B],\n"
	"                 \"vms\":[{\"vm\":V,\"equal\":B,\"result\":\"equal\"|\"different\"|\n"
	"                 \"truncated\"|\"corrupt\",\"event\":E,\"what\":\"..\",\"a\":{record},\n"
	"                 \"b\":{record},\"regs\":{\"rax\":[\"0x..\",\"0x..\"],..}}],\"notes\":[..]}\n"
	"                 (records as `hsim dump --json` prints them, null past the end)\n"
	"  --context N    records before the difference to show (default 3)\n"
	"  --vm V         compare only VM V\n"
	"  -h, --help     this help\n"
	"\n"
	"exit status: 0 equivalent, 1 different, 2 usage error or unreadable file,\n"
	"3 a trace is truncated (compared up to where it ends: \"a.hst ends at event E\n"
	"of vm V (truncated)\"), 4 a trace is corrupt (compared up to the damage); a\n"
	"difference before the end or the damage is still 1.\n";

/* A record kept for the context lines: copies of what points into the reader. */
struct ctx_rec {
	struct hsim_trace_record rec;
	uint8_t data[CTX_DATA];
	char detail[CTX_DETAIL];
	struct hsim_cpu_state prev;
	int has_prev;
};

/* What the loaded image holds, for pages a checkpoint does not list. */
struct img_init {
	int built, ok;
	uint64_t *trap_addr;  /* patched instructions: ud2 then int3s */
	uint8_t *trap_len;
	size_t ntraps, cap;
	uint64_t *bps;        /* breakpoints: int3 */
	size_t nbps;
};

struct side {
	const char *path, *title;
	struct trace_view v;
	struct img_init *init;     /* per header image */
	/* the VM being compared */
	struct hsim_trace_record rec;
	int have;                  /* rec holds the next record */
	int done;                  /* the VM's records ended: end says how */
	int end;                   /* 0, HSIM_E_TRACE_TRUNCATED, HSIM_E_TRACE_CORRUPT */
	uint64_t nrec, skipped, last_event;
	int saw_end;               /* the last record consumed was the VM's END */
	struct ctx_rec *ring;
	unsigned head, count;
	struct hsim_cpu_state prev; /* the last consumed record's state */
	int has_prev;
};

/* One VM's memory as each side's checkpoints rebuild it: page -> digest. */
struct pagemap {
	uint64_t *key;        /* gpa + 1, 0 = empty */
	uint64_t *h[2];
	uint8_t *has;         /* bit 0: side a knows it, bit 1: side b */
	size_t cap, n;
};

struct diff {
	struct side s[2];
	int json;
	unsigned context;
	FILE *out;            /* text: stdout; json: the vms array */
	char *vms_buf;
	size_t vms_len;
	int nvm_json;
	char **notes;
	size_t nnotes;
	int any_diff, any_trunc, any_corrupt;
	uint64_t records[2];
	struct pagemap mem;
};

static void note(struct diff *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note(struct diff *d, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	char **n = realloc(d->notes, (d->nnotes + 1) * sizeof(*n));
	if (!n)
		return;
	d->notes = n;
	if ((d->notes[d->nnotes] = strdup(buf)))
		d->nnotes++;
	if (!d->json)
		printf("note: %s\n", buf);
}

/* ---- the headers ---------------------------------------------------------- */

static int same_bytes(const void *a, size_t la, const void *b, size_t lb)
{
	return la == lb && (!la || !memcmp(a, b, la));
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

static void simulate_list(const struct hsim_trace_header *h, char *buf, size_t n)
{
	size_t used = 0;
	buf[0] = 0;
	for (unsigned i = 0; i < h->nsimulate && used < n; i++)
		used += (size_t)snprintf(buf + used, n - used, "%s%s", i ? " " : "", h->simulate[i]);
	if (!h->nsimulate)
		snprintf(buf, n, "(none)");
}

/* The first line where two texts differ, "(end)" past the last. */
static void first_line_diff(const char *a, const char *b, char *la, char *lb, size_t n)
{
	while (*a && *b) {
		size_t ea = strcspn(a, "\n"), eb = strcspn(b, "\n");
		if (ea != eb || memcmp(a, b, ea))
			break;
		a += ea + (a[ea] == '\n');
		b += eb + (b[eb] == '\n');
	}
	snprintf(la, n, "%.*s", *a ? (int)strcspn(a, "\n") : 5, *a ? a : "(end)");
	snprintf(lb, n, "%.*s", *b ? (int)strcspn(b, "\n") : 5, *b ? b : "(end)");
}

/* HSIM_TRACE_HOSTF_* in words: "tzcnt lzcnt", "none", "unknown" */
static void host_features(uint32_t f, char *buf, size_t n)
{
	if (!(f & HSIM_TRACE_HOSTF_KNOWN))
		snprintf(buf, n, "unknown");
	else if (!(f & ~HSIM_TRACE_HOSTF_KNOWN))
		snprintf(buf, n, "none");
	else
		snprintf(buf, n, "%s%s%s", f & HSIM_TRACE_HOSTF_TZCNT ? "tzcnt" : "",
			 (f & HSIM_TRACE_HOSTF_TZCNT) && (f & HSIM_TRACE_HOSTF_LZCNT) ? " " : "",
			 f & HSIM_TRACE_HOSTF_LZCNT ? "lzcnt" : "");
}

static void compare_headers(struct diff *d)
{
	const struct hsim_trace_header *a = d->s[0].v.h, *b = d->s[1].v.h;
	unsigned nvms = a->nvms < b->nvms ? a->nvms : b->nvms;

	for (unsigned vm = 0; vm < nvms; vm++) {
		const struct hsim_trace_image *ia = a->vm_image[vm] < a->nimages ?
						    &a->images[a->vm_image[vm]] : NULL;
		const struct hsim_trace_image *ib = b->vm_image[vm] < b->nimages ?
						    &b->images[b->vm_image[vm]] : NULL;
		if (ia && ib && !same_bytes(ia->data, ia->size, ib->data, ib->size))
			note(d, "vm %u runs different images: %s (%zu bytes) vs %s (%zu bytes)", vm,
			     ia->name, ia->size, ib->name, ib->size);
	}
	if (a->mem_size != b->mem_size)
		note(d, "guest memory differs: %" PRIu64 " vs %" PRIu64 " bytes", a->mem_size,
		     b->mem_size);
	if (strcmp(a->events, b->events)) {
		char la[160], lb[160];
		first_line_diff(a->events, b->events, la, lb, sizeof(la));
		note(d, "event lists differ: '%s' vs '%s'", la, lb);
	}
	int sim_differ = a->nsimulate != b->nsimulate;
	for (unsigned i = 0; !sim_differ && i < a->nsimulate; i++)
		sim_differ = strcmp(a->simulate[i], b->simulate[i]) != 0;
	if (sim_differ) {
		char la[256], lb[256];
		simulate_list(a, la, sizeof(la));
		simulate_list(b, lb, sizeof(lb));
		note(d, "--simulate lists differ: %s vs %s", la, lb);
	}
	int cpuid_differ = a->ncpuid != b->ncpuid;
	unsigned at = 0;
	for (; !cpuid_differ && at < a->ncpuid; at++)
		cpuid_differ = memcmp(&a->cpuid[at], &b->cpuid[at], sizeof(a->cpuid[at])) != 0;
	if (cpuid_differ) {
		if (a->ncpuid != b->ncpuid)
			note(d, "cpuid tables differ: %u vs %u entries", a->ncpuid, b->ncpuid);
		else
			note(d, "cpuid tables differ: leaf 0x%x subleaf %u", a->cpuid[at - 1].leaf,
			     a->cpuid[at - 1].subleaf);
	}
	if (a->seed != b->seed)
		note(d, "seeds differ: %" PRIu64 " vs %" PRIu64, a->seed, b->seed);
	if (a->clock_step != b->clock_step)
		note(d, "clock steps differ: %" PRIu64 " vs %" PRIu64 " ns (0: the host's clock)",
		     a->clock_step, b->clock_step);
	if (a->disk_flags != b->disk_flags || a->disk_sectors != b->disk_sectors)
		note(d, "block devices differ: %s%s, %" PRIu64 " sectors vs %s%s, %" PRIu64 " sectors",
		     a->disk_flags & HSIM_TRACE_DISK_PRESENT ? "present" : "none",
		     a->disk_flags & HSIM_TRACE_DISK_WRITABLE ? " writable" : "", a->disk_sectors,
		     b->disk_flags & HSIM_TRACE_DISK_PRESENT ? "present" : "none",
		     b->disk_flags & HSIM_TRACE_DISK_WRITABLE ? " writable" : "", b->disk_sectors);
	if (a->version != b->version)
		note(d, "trace format versions differ: %u vs %u", a->version, b->version);
	if (a->host.features != b->host.features) {
		char fa[64], fb[64];
		host_features(a->host.features, fa, sizeof(fa));
		host_features(b->host.features, fb, sizeof(fb));
		note(d, "the recording hosts' CPU features differ: %s vs %s", fa, fb);
	}
	if (strcmp(a->host.vendor, b->host.vendor) || a->host.family != b->host.family ||
	    a->host.model != b->host.model || a->host.stepping != b->host.stepping)
		note(d, "recorded on different hosts: %s family %u model %u stepping %u vs %s family "
		     "%u model %u stepping %u", a->host.vendor, a->host.family, a->host.model,
		     a->host.stepping, b->host.vendor, b->host.family, b->host.model,
		     b->host.stepping);
}

/* ---- the loaded image, for pages only one side's checkpoint lists -------- */

static void collect_trap(void *ctx, const struct hsim_check_item *it)
{
	struct img_init *ii = ctx;
	if (!it->patched)
		return;
	if (ii->ntraps == ii->cap) {
		size_t cap = ii->cap ? 2 * ii->cap : 64;
		uint64_t *a = realloc(ii->trap_addr, cap * sizeof(*a));
		if (a)
			ii->trap_addr = a;
		uint8_t *l = realloc(ii->trap_len, cap);
		if (l)
			ii->trap_len = l;
		if (!a || !l) {
			ii->ok = 0;
			return;
		}
		ii->cap = cap;
	}
	ii->trap_addr[ii->ntraps] = it->addr;
	ii->trap_len[ii->ntraps++] = (uint8_t)it->len;
}

static int add_bp(struct img_init *ii, size_t *cap, uint64_t addr)
{
	if (ii->nbps == *cap) {
		size_t c = *cap ? 2 * *cap : 16;
		uint64_t *p = realloc(ii->bps, c * sizeof(*p));
		if (!p)
			return -1;
		ii->bps = p;
		*cap = c;
	}
	ii->bps[ii->nbps++] = addr;
	return 0;
}

/* The breakpoints in img: the event list's `code` entries, and the start
 * of each function the --simulate list names (as the monitor sets them). */
static void collect_breakpoints(struct img_init *ii, const struct hsim_trace_header *h,
				const struct hsim_image *img)
{
	struct hsim_events *ev;
	size_t cap = 0;
	if (hsim_events_create_empty(&ev) < 0) {
		ii->ok = 0;
		return;
	}
	if (hsim_events_parse(ev, h->events, NULL, 0) >= 0) {
		for (size_t i = 0; i < hsim_events_count(ev); i++) {
			const struct hsim_event *e = hsim_events_get(ev, i);
			if (e->match == HSIM_MATCH_CODE && add_bp(ii, &cap, e->lo) < 0)
				ii->ok = 0;
		}
	}
	hsim_events_destroy(ev);
	for (size_t i = 0; i < hsim_image_symbol_count(img); i++) {
		struct hsim_symbol sym;
		if (hsim_image_symbol(img, i, &sym) < 0 || !sym.is_func)
			continue;
		for (unsigned k = 0; k < h->nsimulate; k++)
			if (!strcmp(sym.name, h->simulate[k]) && add_bp(ii, &cap, sym.addr) < 0)
				ii->ok = 0;
	}
}

/* The page at gpa as vm's image was loaded: its segments (bss zero, zero
 * elsewhere), patched instructions as ud2 + int3s, int3 at each code
 * breakpoint. 0 if the image does not load. */
static int init_page(struct side *s, unsigned vm, uint64_t gpa, uint8_t *pg)
{
	const struct hsim_trace_header *h = s->v.h;
	const struct hsim_image *img = vm_image(&s->v, vm);
	if (!img || !s->init || h->vm_image[vm] >= h->nimages)
		return 0;
	struct img_init *ii = &s->init[h->vm_image[vm]];
	if (!ii->built) {
		ii->built = 1;
		ii->ok = 1;
		hsim_image_check(img, collect_trap, ii);
		collect_breakpoints(ii, h, img);
	}
	if (!ii->ok)
		return 0;
	memset(pg, 0, HSIM_TRACE_PAGE_SIZE);
	uint64_t end = gpa + HSIM_TRACE_PAGE_SIZE;
	for (size_t i = 0; i < hsim_image_segment_count(img); i++) {
		const struct hsim_segment *seg = hsim_image_segment(img, i);
		uint64_t lo = seg->vaddr > gpa ? seg->vaddr : gpa;
		uint64_t hi = seg->vaddr + seg->filesz < end ? seg->vaddr + seg->filesz : end;
		if (lo < hi)
			memcpy(pg + (lo - gpa), seg->data + (lo - seg->vaddr), hi - lo);
	}
	for (size_t i = 0; i < ii->ntraps; i++)
		for (unsigned j = 0; j < ii->trap_len[i]; j++) {
			uint64_t a = ii->trap_addr[i] + j;
			if (a >= gpa && a < end)
				pg[a - gpa] = j == 0 ? 0x0f : j == 1 ? 0x0b : 0xcc;
		}
	for (size_t i = 0; i < ii->nbps; i++) {
		uint64_t a = ii->bps[i];
		int in_code = 0;
		for (size_t k = 0; k < hsim_image_segment_count(img); k++) {
			const struct hsim_segment *seg = hsim_image_segment(img, k);
			in_code |= (seg->flags & HSIM_SEG_X) && a >= seg->vaddr &&
				   a < seg->vaddr + seg->filesz;
		}
		if (in_code && a >= gpa && a < end)
			pg[a - gpa] = 0xcc;
	}
	return 1;
}

/* A page's digest (64 bits, 8 bytes at a time). */
static uint64_t page_hash(const void *data)
{
	const uint8_t *p = data;
	uint64_t h = 0x9e3779b97f4a7c15ull;
	for (size_t i = 0; i < HSIM_TRACE_PAGE_SIZE; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		h ^= w * 0xff51afd7ed558ccdull;
		h = (h << 31 | h >> 33) * 0xc4ceb9fe1a85ec53ull;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	return h ^ (h >> 33);
}

static void pagemap_clear(struct pagemap *m)
{
	free(m->key);
	free(m->h[0]);
	free(m->h[1]);
	free(m->has);
	memset(m, 0, sizeof(*m));
}

static size_t pagemap_slot(const struct pagemap *m, uint64_t gpa)
{
	size_t i = (size_t)((gpa >> 12) * 0x9e3779b97f4a7c15ull) & (m->cap - 1);
	while (m->key[i] && m->key[i] != gpa + 1)
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* The slot of gpa, made if absent; SIZE_MAX without memory. */
static size_t pagemap_get(struct pagemap *m, uint64_t gpa)
{
	if (2 * (m->n + 1) > m->cap) {
		struct pagemap g = { 0 };
		g.cap = m->cap ? 2 * m->cap : 1024;
		g.key = calloc(g.cap, sizeof(*g.key));
		g.h[0] = calloc(g.cap, sizeof(*g.h[0]));
		g.h[1] = calloc(g.cap, sizeof(*g.h[1]));
		g.has = calloc(g.cap, 1);
		if (!g.key || !g.h[0] || !g.h[1] || !g.has) {
			pagemap_clear(&g);
			return SIZE_MAX;
		}
		for (size_t i = 0; i < m->cap; i++) {
			if (!m->key[i])
				continue;
			size_t j = pagemap_slot(&g, m->key[i] - 1);
			g.key[j] = m->key[i];
			g.h[0][j] = m->h[0][i];
			g.h[1][j] = m->h[1][i];
			g.has[j] = m->has[i];
			g.n++;
		}
		pagemap_clear(m);
		*m = g;
	}
	size_t i = pagemap_slot(m, gpa);
	if (!m->key[i]) {
		m->key[i] = gpa + 1;
		m->n++;
	}
	return i;
}

struct page_ref {
	uint64_t gpa;
	const uint8_t *data;
};

static int by_gpa(const void *x, const void *y)
{
	const struct page_ref *a = x, *b = y;
	return a->gpa < b->gpa ? -1 : a->gpa > b->gpa;
}

static struct page_ref *sorted_pages(const struct hsim_trace_record *rec)
{
	struct page_ref *p = calloc(rec->npages ? rec->npages : 1, sizeof(*p));
	for (size_t i = 0; p && i < rec->npages; i++) {
		p[i].gpa = rec->pages[i].gpa;
		p[i].data = rec->pages[i].data;
	}
	if (p && rec->npages > 1)
		qsort(p, rec->npages, sizeof(*p), by_gpa);
	return p;
}

/* The digest of side k's memory at gpa before this checkpoint; 0 if unknown. */
static int memory_hash(struct diff *d, int k, unsigned vm, uint64_t gpa, uint64_t *h)
{
	size_t i = pagemap_get(&d->mem, gpa);
	if (i == SIZE_MAX)
		return 0;
	if (d->mem.has[i] & (1u << k)) {
		*h = d->mem.h[k][i];
		return 1;
	}
	uint8_t pg[HSIM_TRACE_PAGE_SIZE];
	if (!init_page(&d->s[k], vm, gpa, pg))
		return 0;
	*h = page_hash(pg);
	return 1;
}

/* The two checkpoints' pages against each other's memory; 1 and what if
 * they differ. Both memories take the checkpoint's pages. */
static int compare_pages(struct diff *d, unsigned vm, const struct hsim_trace_record *ra,
			 const struct hsim_trace_record *rb, char *what, size_t n)
{
	struct page_ref *pa = sorted_pages(ra), *pb = sorted_pages(rb);
	int differ = 0;
	size_t i = 0, j = 0;
	if (!pa || !pb) {
		free(pa);
		free(pb);
		return 0;
	}
	while (!differ && (i < ra->npages || j < rb->npages)) {
		int in_a = i < ra->npages, in_b = j < rb->npages;
		uint64_t g;
		if (in_a && in_b && pa[i].gpa == pb[j].gpa) {
			g = pa[i].gpa;
			if (memcmp(pa[i].data, pb[j].data, HSIM_TRACE_PAGE_SIZE)) {
				size_t at = 0;
				while (pa[i].data[at] == pb[j].data[at])
					at++;
				snprintf(what, n, "checkpoint page 0x%" PRIx64 " differs (first at byte "
					 "0x%" PRIx64 ": 0x%02x vs 0x%02x)", g, g + at, pa[i].data[at],
					 pb[j].data[at]);
				differ = 1;
			}
			size_t s = pagemap_get(&d->mem, g);
			if (s != SIZE_MAX) {
				d->mem.h[0][s] = page_hash(pa[i].data);
				d->mem.h[1][s] = page_hash(pb[j].data);
				d->mem.has[s] = 3;
			}
			i++, j++;
			continue;
		}
		/* a page one side lists: the other's memory there must be the same */
		int k = in_a && (!in_b || pa[i].gpa < pb[j].gpa) ? 0 : 1;
		const struct page_ref *p = k == 0 ? &pa[i++] : &pb[j++];
		uint64_t mine = page_hash(p->data), other;
		g = p->gpa;
		if (memory_hash(d, !k, vm, g, &other) && other != mine) {
			snprintf(what, n, "checkpoint page 0x%" PRIx64 " (listed by %s only) differs "
				 "from %s's memory", g, d->s[k].path, d->s[!k].path);
			differ = 1;
		}
		size_t s = pagemap_get(&d->mem, g);
		if (s != SIZE_MAX) {
			if (!(d->mem.has[s] & (1u << !k)) && !differ) {
				/* equal to the other side's (loaded) page: it has it too */
				d->mem.h[!k][s] = mine;
				d->mem.has[s] |= (uint8_t)(1u << !k);
			}
			d->mem.h[k][s] = mine;
			d->mem.has[s] |= (uint8_t)(1u << k);
		}
	}
	free(pa);
	free(pb);
	return differ;
}

/* ---- one record against the other ----------------------------------------- */

static uint64_t exit_field(const struct hsim_exit *e, unsigned i, const char **name)
{
	static const char *const names[] = { "rip", "next_rip", "port", "size", "is_in", "value",
		"addr", "is_write", "vector", "has_error_code", "error_code", "cr2", "insn",
		"insn_len", "reason", "info" };
	*name = i < sizeof(names) / sizeof(names[0]) ? names[i] : NULL;
	switch (i) {
	case 0: return e->rip;
	case 1: return e->next_rip;
	case 2: return e->port;
	case 3: return e->size;
	case 4: return e->is_in;
	case 5: return e->value;
	case 6: return e->addr;
	case 7: return e->is_write;
	case 8: return e->vector;
	case 9: return e->has_error_code;
	case 10: return e->error_code;
	case 11: return e->cr2;
	case 12: return e->insn;
	case 13: return e->insn_len;
	case 14: return e->reason;
	case 15: return e->info;
	default: return 0;
	}
}

/* The names of the registers that differ, "rax rip xmm3 st0 ...": a
 * register in parts ("xmm3.q0", "xmm3.q1") is named once, without the part. */
static void state_names(const struct hsim_cpu_state *a, const struct hsim_cpu_state *b, int full,
			char *buf, size_t n)
{
	size_t used = 0, last = 0; /* last: the length of the last name added */
	unsigned nf = full ? HSIM_CPU_NFIELDS : HSIM_CPU_NREGS;
	buf[0] = 0;
	for (unsigned i = 0; i < nf && used < n; i++) {
		const struct hsim_cpu_field *f = &hsim_cpu_fields[i];
		if (hsim_cpu_field_get(a, f) == hsim_cpu_field_get(b, f))
			continue;
		size_t len = strcspn(f->name, ".");
		if (last == len && used >= len && !strncmp(buf + used - len, f->name, len))
			continue; /* another part of the register just named */
		used += (size_t)snprintf(buf + used, n - used, "%s%.*s", used ? " " : "", (int)len,
					 f->name);
		last = len;
	}
}

static const char *name_or(const char *s)
{
	return s ? s : "?";
}

/* 1 and what (regs: -1, 0 or 1 for full: the states to show) if the two
 * records differ. */
static int compare_records(struct diff *d, unsigned vm, const struct hsim_trace_record *a,
			   const struct hsim_trace_record *b, char *what, size_t n, int *regs)
{
	char x[160], y[160];
	*regs = -1;
	if (a->type != b->type) {
		snprintf(what, n, "record type %s vs %s", name_or(hsim_trace_rec_name(a->type)),
			 name_or(hsim_trace_rec_name(b->type)));
		return 1;
	}
	if (a->event_no != b->event_no) {
		snprintf(what, n, "event number %" PRIu64 " vs %" PRIu64, a->event_no, b->event_no);
		return 1;
	}
	int full = a->type != HSIM_TREC_EXIT;
	switch (a->type) {
	case HSIM_TREC_EXIT:
		if (a->exit.kind != b->exit.kind) {
			describe_exit(&a->exit, x, sizeof(x));
			describe_exit(&b->exit, y, sizeof(y));
			snprintf(what, n, "exit kind %s vs %s%s%s%s%s%s",
				 name_or(hsim_exit_kind_name(a->exit.kind)),
				 name_or(hsim_exit_kind_name(b->exit.kind)), x[0] || y[0] ? " (" : "",
				 x[0] ? x : "-", x[0] || y[0] ? " vs " : "", y[0] ? y : "-",
				 x[0] || y[0] ? ")" : "");
			*regs = 0;
			return 1;
		}
		for (unsigned i = 0;; i++) {
			const char *fname;
			uint64_t va = exit_field(&a->exit, i, &fname), vb = exit_field(&b->exit, i, &fname);
			if (!fname)
				break;
			if (va != vb) {
				describe_exit(&a->exit, x, sizeof(x));
				describe_exit(&b->exit, y, sizeof(y));
				snprintf(what, n, "%s exit: %s 0x%" PRIx64 " vs 0x%" PRIx64 "%s%s%s%s%s",
					 name_or(hsim_exit_kind_name(a->exit.kind)), fname, va, vb,
					 strcmp(x, y) ? " (" : "", strcmp(x, y) ? x : "",
					 strcmp(x, y) ? " vs " : "", strcmp(x, y) ? y : "",
					 strcmp(x, y) ? ")" : "");
				*regs = 0;
				return 1;
			}
		}
		if (a->entry != b->entry) {
			snprintf(what, n, "event-list entry %d vs %d", a->entry, b->entry);
			*regs = 0;
			return 1;
		}
		if (a->cls != b->cls) {
			snprintf(what, n, "event class %s vs %s", name_or(hsim_event_class_name(a->cls)),
				 name_or(hsim_event_class_name(b->cls)));
			*regs = 0;
			return 1;
		}
		break;
	case HSIM_TREC_INPUT:
		if (a->input_kind != b->input_kind) {
			snprintf(what, n, "input kind %s vs %s", name_or(hsim_trace_input_name(a->input_kind)),
				 name_or(hsim_trace_input_name(b->input_kind)));
			return 1;
		}
		if (a->len != b->len) {
			snprintf(what, n, "%s input of %zu vs %zu bytes",
				 name_or(hsim_trace_input_name(a->input_kind)), a->len, b->len);
			return 1;
		}
		if (a->len && memcmp(a->data, b->data, a->len)) {
			if (a->len == 8) {
				uint64_t va, vb;
				memcpy(&va, a->data, 8);
				memcpy(&vb, b->data, 8);
				snprintf(what, n, "%s input 0x%" PRIx64 " vs 0x%" PRIx64,
					 name_or(hsim_trace_input_name(a->input_kind)), va, vb);
			} else {
				size_t at = 0;
				while (a->data[at] == b->data[at])
					at++;
				snprintf(what, n, "%s input bytes differ at byte %zu: 0x%02x vs 0x%02x",
					 name_or(hsim_trace_input_name(a->input_kind)), at, a->data[at],
					 b->data[at]);
			}
			if (a->input_kind == HSIM_TIN_TIME &&
			    (!d->s[0].v.h->clock_step || !d->s[1].v.h->clock_step))
				note(d, "vm %u: time inputs come from the host's clock (no --clock-step): "
				     "they differ from run to run", vm);
			return 1;
		}
		return 0;
	case HSIM_TREC_END:
		if (a->status != b->status || a->exit_code != b->exit_code) {
			snprintf(what, n, "end: status %d exit code %" PRId64 "%s%s vs status %d exit code %"
				 PRId64 "%s%s", a->status, a->exit_code, a->detail[0] ? ": " : "",
				 a->detail, b->status, b->exit_code, b->detail[0] ? ": " : "", b->detail);
			return 1;
		}
		return 0;
	default:
		break;
	}
	/* a state: GPRs, rip, rflags of an exit, else the whole state */
	if (regdiff_count(&a->state, &b->state, full, NULL)) {
		state_names(&a->state, &b->state, full, x, sizeof(x));
		snprintf(what, n, "%s: %s differ%s", a->type == HSIM_TREC_EXIT ? "exit registers" :
			 name_or(hsim_trace_rec_name(a->type)), x,
			 strchr(x, ' ') ? "" : "s");
		*regs = full;
		return 1;
	}
	if (a->type == HSIM_TREC_SIM_RESULT && a->insns != b->insns) {
		snprintf(what, n, "instructions simulated %" PRIu64 " vs %" PRIu64, a->insns, b->insns);
		return 1;
	}
	if (a->type == HSIM_TREC_CHECKPOINT)
		return compare_pages(d, vm, a, b, what, n);
	return 0;
}

/* ---- reading both sides --------------------------------------------------- */

static void side_peek(struct side *s)
{
	while (!s->have && !s->done) {
		int r = hsim_trace_next(s->v.r, &s->rec);
		if (r == 1) {
			s->have = 1;
		} else if (r == 0 || r == HSIM_E_TRACE_TRUNCATED || r == HSIM_E_TRACE_CORRUPT) {
			s->done = 1;
			s->end = r;
		} else {
			s->done = 1;
			s->end = HSIM_E_TRACE_CORRUPT;
		}
	}
}

/* The current record is compared: into the context ring. */
static void side_consume(struct side *s, unsigned context)
{
	if (context) {
		struct ctx_rec *c = &s->ring[s->head];
		c->rec = s->rec;
		size_t len = s->rec.len < CTX_DATA ? s->rec.len : CTX_DATA;
		if (s->rec.type == HSIM_TREC_INPUT && len)
			memcpy(c->data, s->rec.data, len);
		c->rec.data = c->data;
		c->rec.len = s->rec.type == HSIM_TREC_INPUT ? len : 0;
		snprintf(c->detail, sizeof(c->detail), "%s", s->rec.detail ? s->rec.detail : "");
		c->rec.detail = c->detail;
		c->rec.pages = NULL; /* only the count is shown */
		c->prev = s->prev;
		c->has_prev = s->has_prev;
		s->head = (s->head + 1) % context;
		if (s->count < context)
			s->count++;
	}
	if (trace_rec_has_state(&s->rec)) {
		s->prev = s->rec.state;
		s->has_prev = 1;
	}
	s->last_event = s->rec.event_no;
	s->saw_end = s->rec.type == HSIM_TREC_END;
	s->nrec++;
	s->have = 0;
}

static int is_state_move(const struct hsim_trace_record *r)
{
	return r->type == HSIM_TREC_STATE_STORE || r->type == HSIM_TREC_STATE_RESTORE;
}

/* A STATE_STORE/RESTORE of side k the other side lacks at the same event. */
static int one_sided_move(struct diff *d, int k)
{
	struct side *s = &d->s[k], *o = &d->s[!k];
	if (!s->have || !is_state_move(&s->rec))
		return 0;
	if (o->have && o->rec.type == s->rec.type)
		return 0;
	return (o->have && o->rec.event_no == s->rec.event_no) ||
	       (o->nrec && o->last_event == s->rec.event_no);
}

static void print_context(struct diff *d, struct side *s)
{
	FILE *f = stdout;
	printf("  %s:\n", s->path);
	for (unsigned i = 0; i < s->count; i++) {
		const struct ctx_rec *c = &s->ring[(s->head + d->context - s->count + i) % d->context];
		fputs("      ", f);
		trace_print_record(f, &s->v, &c->rec, c->has_prev ? &c->prev : NULL, 0);
		fputc('\n', f);
	}
	fputs("    > ", f);
	if (s->have)
		trace_print_record(f, &s->v, &s->rec, s->has_prev ? &s->prev : NULL, 0);
	else
		fprintf(f, "(the VM's records end%s)", s->end == HSIM_E_TRACE_TRUNCATED ? ": truncated" :
			s->end == HSIM_E_TRACE_CORRUPT ? ": corrupt" : "");
	fputc('\n', f);
}

/* The JSON of one VM's result; what and the records if it differs. */
static void json_vm_begin(struct diff *d, unsigned vm, const char *result)
{
	fprintf(d->out, "%s{\"vm\":%u,\"equal\":%s,\"result\":\"%s\"", d->nvm_json++ ? "," : "", vm,
		strcmp(result, "equal") ? "false" : "true", result);
}

static void json_side_rec(struct diff *d, struct side *s, const char *key)
{
	fprintf(d->out, ",\"%s\":", key);
	if (s->have)
		trace_print_record(d->out, &s->v, &s->rec, s->has_prev ? &s->prev : NULL, 1);
	else
		fputs("null", d->out);
}

static void report_diff(struct diff *d, unsigned vm, const char *what, int regs)
{
	struct side *a = &d->s[0], *b = &d->s[1];
	uint64_t event = a->have ? a->rec.event_no : b->have ? b->rec.event_no : a->last_event;
	d->any_diff = 1;
	if (d->json) {
		json_vm_begin(d, vm, "different");
		fprintf(d->out, ",\"event\":%" PRIu64 ",\"record\":%" PRIu64 ",\"record_b\":%" PRIu64
			",\"what\":", event, a->nrec + 1, b->nrec + 1);
		json_str(d->out, what);
		json_side_rec(d, a, "a");
		json_side_rec(d, b, "b");
		if (regs >= 0) {
			fputs(",\"regs\":", d->out);
			regdiff_json(d->out, &a->rec.state, &b->rec.state, regs, 0);
		}
		fputc('}', d->out);
		return;
	}
	printf("vm %u: first difference at event %" PRIu64 " (record %" PRIu64 " of the VM", vm, event,
	       a->nrec + 1);
	if (b->nrec != a->nrec)
		printf("; record %" PRIu64 " in %s", b->nrec + 1, b->path);
	printf("): %s\n", what);
	print_context(d, a);
	print_context(d, b);
	if (regs >= 0) {
		printf("  registers that differ:\n");
		regdiff_print(stdout, &a->rec.state, &b->rec.state, regs, 1, a->title, b->title);
	}
}

/* The records of one side (or both) broke off: truncated or corrupt. */
static void report_cut(struct diff *d, unsigned vm, int cut_a, int cut_b)
{
	char msg[1200];
	size_t used = 0;
	int corrupt = 0;
	uint64_t event = 0, nrec = UINT64_MAX;
	msg[0] = 0;
	for (int k = 0; k < 2; k++) {
		struct side *s = &d->s[k];
		if (!(k ? cut_b : cut_a) || used >= sizeof(msg))
			continue;
		if (used)
			used += (size_t)snprintf(msg + used, sizeof(msg) - used, "; ");
		if (used >= sizeof(msg))
			break;
		if (s->end == HSIM_E_TRACE_CORRUPT) {
			used += (size_t)snprintf(msg + used, sizeof(msg) - used, "%s: %s (corrupt)",
						 s->path, hsim_trace_error(s->v.r));
			corrupt = 1;
		} else if (s->nrec) {
			used += (size_t)snprintf(msg + used, sizeof(msg) - used,
						 "%s ends at event %" PRIu64 " of vm %u (truncated)",
						 s->path, s->last_event, vm);
		} else {
			used += (size_t)snprintf(msg + used, sizeof(msg) - used,
						 "%s has no record of vm %u (truncated)", s->path, vm);
		}
		if (s->nrec < nrec) {
			nrec = s->nrec;
			event = s->last_event;
		}
	}
	if (corrupt)
		d->any_corrupt = 1;
	else
		d->any_trunc = 1;
	if (d->json) {
		json_vm_begin(d, vm, corrupt ? "corrupt" : "truncated");
		fprintf(d->out, ",\"event\":%" PRIu64 ",\"records\":%" PRIu64 ",\"what\":", event, nrec);
		json_str(d->out, msg);
		fputc('}', d->out);
		fprintf(stderr, "hsim: %s\n", msg);
	} else {
		printf("vm %u: %s; the %" PRIu64 " records before are equal\n", vm, msg, nrec);
	}
}

static void diff_vm(struct diff *d, unsigned vm)
{
	struct side *a = &d->s[0], *b = &d->s[1];
	char what[600];
	int regs;

	for (int k = 0; k < 2; k++) {
		struct side *s = &d->s[k];
		hsim_trace_filter_vm(s->v.r, (int)vm);
		hsim_trace_rewind(s->v.r);
		s->have = s->done = s->end = 0;
		s->nrec = s->skipped = s->count = s->head = 0;
		s->last_event = 0;
		s->has_prev = s->saw_end = 0;
	}
	pagemap_clear(&d->mem);
	for (;;) {
		side_peek(a);
		side_peek(b);
		int skip = -1;
		if ((!b->have || a->rec.type != b->rec.type) && one_sided_move(d, 0))
			skip = 0;
		else if ((!a->have || a->rec.type != b->rec.type) && one_sided_move(d, 1))
			skip = 1;
		if (skip >= 0) {
			d->s[skip].skipped++;
			side_consume(&d->s[skip], d->context);
			continue;
		}
		if (!a->have && !b->have) {
			/* a stream cut short, unless it holds the VM's END */
			int cut_a = a->end && !(a->end == HSIM_E_TRACE_TRUNCATED && a->saw_end);
			int cut_b = b->end && !(b->end == HSIM_E_TRACE_TRUNCATED && b->saw_end);
			if (cut_a || cut_b) {
				report_cut(d, vm, cut_a, cut_b);
			} else if (d->json) {
				json_vm_begin(d, vm, "equal");
				fprintf(d->out, ",\"records\":%" PRIu64 ",\"records_b\":%" PRIu64 "}",
					a->nrec, b->nrec);
			} else if (d->s[0].v.h->nvms > 1 || d->s[1].v.h->nvms > 1) {
				printf("vm %u: equal, %" PRIu64 " records\n", vm, a->nrec);
			}
			break;
		}
		/* one side broke off while the other goes on: no verdict past it */
		if ((!a->have && a->end) || (!b->have && b->end)) {
			report_cut(d, vm, !a->have, !b->have);
			break;
		}
		if (!a->have || !b->have) {
			struct side *e = a->have ? b : a;
			snprintf(what, sizeof(what), "%s's records of the VM end after event %" PRIu64
				 ", %s's go on", e->path, e->last_event, (a->have ? a : b)->path);
			report_diff(d, vm, what, -1);
			break;
		}
		if (compare_records(d, vm, &a->rec, &b->rec, what, sizeof(what), &regs)) {
			if (regs >= 0 && !regdiff_count(&a->rec.state, &b->rec.state, regs, NULL))
				regs = -1;
			report_diff(d, vm, what, regs);
			break;
		}
		side_consume(a, d->context);
		side_consume(b, d->context);
	}
	for (int k = 0; k < 2; k++)
		if (d->s[k].skipped)
			note(d, "vm %u: %" PRIu64 " state_store/state_restore records only %s has were "
			     "skipped (the other is at the same event)", vm, d->s[k].skipped, d->s[k].path);
	d->records[0] += a->nrec;
	d->records[1] += b->nrec;
}

/* ---- the command ------------------------------------------------------------ */

static int side_open(struct side *s, const char *path)
{
	s->path = path;
	int r = view_open(&s->v, path);
	if (r)
		return r;
	s->init = calloc(s->v.h->nimages ? s->v.h->nimages : 1, sizeof(*s->init));
	return 0;
}

static void side_close(struct side *s)
{
	if (!s->v.r)
		return;
	for (unsigned i = 0; s->init && i < s->v.h->nimages; i++) {
		free(s->init[i].trap_addr);
		free(s->init[i].trap_len);
		free(s->init[i].bps);
	}
	free(s->init);
	free(s->ring);
	view_close(&s->v);
}

int cmd_diff(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "context", required_argument, NULL, 'c' },
		{ "vm", required_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct cli cl = { .name = "diff", .help = diff_help, .opts = opts };
	struct diff d;
	int only = -1, c, r;
	uint64_t x;

	memset(&d, 0, sizeof(d));
	d.context = DIFF_DEFAULT_CONTEXT;
	while ((c = cli_next(&cl, argc, argv)) > 0) {
		switch (c) {
		case 'j': d.json = 1; break;
		case 'c':
			if (parse_number(optarg, 1, DIFF_MAX_CONTEXT, &x) < 0)
				return cli_fail(&cl, "--context wants a number of records (0-%d), not '%s'",
						DIFF_MAX_CONTEXT, optarg);
			d.context = (unsigned)x;
			break;
		case 'v':
			if (parse_number(optarg, 1, 1023, &x) < 0)
				return cli_fail(&cl, "--vm wants a VM number (0-1023), not '%s'", optarg);
			only = (int)x;
			break;
		}
	}
	if (c < 0)
		return cli_status(c);
	if (cl.nargs != 2)
		return cli_usage(&cl, "two traces to compare (hsim diff a.hst b.hst)");
	if ((r = side_open(&d.s[0], cl.args[0])) || (r = side_open(&d.s[1], cl.args[1]))) {
		side_close(&d.s[0]);
		return r;
	}
	for (int k = 0; k < 2; k++) {
		struct side *s = &d.s[k];
		s->title = base_name(s->path);
		s->ring = calloc(d.context ? d.context : 1, sizeof(*s->ring));
		if (!s->ring || !s->init) {
			side_close(&d.s[0]);
			side_close(&d.s[1]);
			return EXIT_ERROR;
		}
	}
	if (!strcmp(d.s[0].title, d.s[1].title)) {
		d.s[0].title = d.s[0].path;
		d.s[1].title = d.s[1].path;
	}
	unsigned na = hsim_trace_vm_count(d.s[0].v.r), nb = hsim_trace_vm_count(d.s[1].v.r);
	unsigned nvms = na < nb ? na : nb;
	if (only >= (int)nvms) {
		fprintf(stderr, "hsim: diff: the traces have %u and %u VMs\n", na, nb);
		side_close(&d.s[0]);
		side_close(&d.s[1]);
		return EXIT_USAGE;
	}
	d.out = d.json ? open_memstream(&d.vms_buf, &d.vms_len) : stdout;
	if (!d.out) {
		side_close(&d.s[0]);
		side_close(&d.s[1]);
		return EXIT_ERROR;
	}
	compare_headers(&d);
	if (na != nb) {
		d.any_diff = 1;
		if (!d.json)
			printf("the VM counts differ: %u vs %u (the first %u are compared)\n", na, nb, nvms);
	}
	for (unsigned vm = 0; vm < nvms; vm++)
		if (only < 0 || (unsigned)only == vm)
			diff_vm(&d, vm);

	/* damage the VMs' records did not show (another VM's frames, the index) */
	for (int k = 0; k < 2; k++) {
		struct hsim_trace_status st;
		hsim_trace_status(d.s[k].v.r, &st);
		if (st.error == HSIM_E_TRACE_CORRUPT && !d.any_corrupt) {
			d.any_corrupt = 1;
			note(&d, "%s: %s (corrupt)", d.s[k].path, hsim_trace_error(d.s[k].v.r));
		} else if ((st.truncated || st.error == HSIM_E_TRACE_TRUNCATED) && !d.any_trunc) {
			d.any_trunc = 1;
			note(&d, "%s is truncated (the writer did not finish)", d.s[k].path);
		}
	}
	int status = d.any_diff ? 1 : d.any_corrupt ? EXIT_TRACE_CORRUPT :
		     d.any_trunc ? EXIT_TRACE_TRUNCATED : 0;
	unsigned compared = only >= 0 ? 1 : nvms;
	if (d.json) {
		fclose(d.out);
		printf("{\"equivalent\":%s,\"status\":%d,\"vm_counts\":[%u,%u],\"vms\":[%s],\"notes\":[",
		       status ? "false" : "true", status, na, nb, d.vms_buf ? d.vms_buf : "");
		for (size_t i = 0; i < d.nnotes; i++) {
			if (i)
				putchar(',');
			json_str(stdout, d.notes[i]);
		}
		printf("]}\n");
	} else if (!status) {
		printf("traces are equivalent: %u VM%s, %" PRIu64 " records", compared,
		       compared == 1 ? "" : "s", d.records[0]);
		if (d.records[1] != d.records[0])
			printf(" (%" PRIu64 " in %s)", d.records[1], d.s[1].path);
		printf("\n");
	} else if (!d.any_diff) {
		printf("no difference in the records both traces hold (%u VM%s, %" PRIu64 " records); "
		       "%s\n", compared, compared == 1 ? "" : "s", d.records[0],
		       status == EXIT_TRACE_CORRUPT ? "a trace is corrupt" : "a trace is truncated");
	}
	fflush(stdout);
	if (ferror(stdout))
		status = EXIT_ERROR;
	free(d.vms_buf);
	for (size_t i = 0; i < d.nnotes; i++)
		free(d.notes[i]);
	free(d.notes);
	pagemap_clear(&d.mem);
	side_close(&d.s[0]);
	side_close(&d.s[1]);
	return status;
}
