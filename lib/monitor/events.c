/* The event list: names, the entries and what each handler may serve, the
 * classification of exits, and the event-file format (docs/events.md). */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <hsim/abi.h>
#include <hsim/error.h>
#include <hsim/events.h>
#include <hsim/machine.h>

/* ---- names ------------------------------------------------------------------ */

static const char *const exit_kind_names[HSIM_EXIT_COUNT] = {
	[HSIM_EXIT_NONE] = "none",
	[HSIM_EXIT_IO] = "io",
	[HSIM_EXIT_MMIO] = "mmio",
	[HSIM_EXIT_EXCEPTION] = "exception",
	[HSIM_EXIT_INSN] = "insn",
	[HSIM_EXIT_BREAKPOINT] = "breakpoint",
	[HSIM_EXIT_SIM_DONE] = "sim-done",
	[HSIM_EXIT_SHUTDOWN] = "shutdown",
	[HSIM_EXIT_UNKNOWN] = "unknown",
};

static const char *const insn_names[HSIM_INSN_COUNT] = {
	[HSIM_INSN_CPUID] = "cpuid",
	[HSIM_INSN_RDTSC] = "rdtsc",
	[HSIM_INSN_RDTSCP] = "rdtscp",
	[HSIM_INSN_RDRAND] = "rdrand",
	[HSIM_INSN_RDSEED] = "rdseed",
};

static const char *const handler_names[HSIM_H_COUNT] = {
	[HSIM_H_HYPERCALL] = "hypercall",
	[HSIM_H_DEVICE] = "device",
	[HSIM_H_CPUID] = "cpuid",
	[HSIM_H_TSC] = "tsc",
	[HSIM_H_RANDOM] = "random",
	[HSIM_H_SIMULATE] = "simulate",
	[HSIM_H_FUNCTION] = "function",
	[HSIM_H_FAULT] = "fault",
	[HSIM_H_ERROR] = "error",
	[HSIM_H_SKIP] = "skip",
};

static const char *const class_names[HSIM_CLASS_COUNT] = {
	[HSIM_CLASS_SIMPLE] = "simple",
	[HSIM_CLASS_COMPLEX] = "complex",
	[HSIM_CLASS_STOP] = "stop",
};

static const char *const match_names[HSIM_MATCH_COUNT] = {
	[HSIM_MATCH_EXIT] = "exit",
	[HSIM_MATCH_IO] = "io",
	[HSIM_MATCH_MMIO] = "mmio",
	[HSIM_MATCH_EXCEPTION] = "exception",
	[HSIM_MATCH_CODE] = "code",
	[HSIM_MATCH_INSN] = "insn",
};

/* Every name function gives NULL outside its table, so that callers (and the
 * parser, which walks the tables) can tell a real name from a placeholder. */
const char *hsim_exit_kind_name(enum hsim_exit_kind k)
{
	return (unsigned)k < HSIM_EXIT_COUNT ? exit_kind_names[k] : NULL;
}

const char *hsim_insn_name(unsigned insn)
{
	return insn < HSIM_INSN_COUNT ? insn_names[insn] : NULL;
}

const char *hsim_handler_name(unsigned h)
{
	return h < HSIM_H_COUNT ? handler_names[h] : NULL;
}

const char *hsim_event_class_name(unsigned c)
{
	return c < HSIM_CLASS_COUNT ? class_names[c] : NULL;
}

const char *hsim_event_match_name(unsigned m)
{
	return m < HSIM_MATCH_COUNT ? match_names[m] : NULL;
}

/* ---- what each handler can serve -------------------------------------------- */

#define BIT(n) (1u << (n))
#define ALL_INSNS ((uint32_t)(BIT(HSIM_INSN_COUNT) - 1))
#define ALL_VECTORS 0xffffffffu
/* Traps: the exit's state is already past the instruction (rip == next_rip).
 * At ring 3 in hsim #DB can only be a trap (TF single-step or int1: the
 * guest cannot set debug registers), #BP comes from int3, #OF from into. */
#define TRAP_VECTORS (BIT(1) | BIT(3) | BIT(4))

/* The exit kind an entry of each match kind is about; HSIM_MATCH_EXIT names
 * the kinds themselves in its key. */
static const enum hsim_exit_kind match_exit_kind[HSIM_MATCH_COUNT] = {
	[HSIM_MATCH_EXIT] = HSIM_EXIT_NONE,
	[HSIM_MATCH_IO] = HSIM_EXIT_IO,
	[HSIM_MATCH_MMIO] = HSIM_EXIT_MMIO,
	[HSIM_MATCH_EXCEPTION] = HSIM_EXIT_EXCEPTION,
	[HSIM_MATCH_CODE] = HSIM_EXIT_BREAKPOINT,
	[HSIM_MATCH_INSN] = HSIM_EXIT_INSN,
};

/* Upper bound of each match kind's key. */
static const uint64_t match_key_max[HSIM_MATCH_COUNT] = {
	[HSIM_MATCH_EXIT] = HSIM_EXIT_COUNT - 1,
	[HSIM_MATCH_IO] = 0xffff,
	[HSIM_MATCH_MMIO] = UINT64_MAX,
	[HSIM_MATCH_EXCEPTION] = 31,
	[HSIM_MATCH_CODE] = UINT64_MAX,
	[HSIM_MATCH_INSN] = HSIM_INSN_COUNT - 1,
};

/*
 * Which exits a handler can serve, and in which class. The rule is stated in
 * exit kinds so that `exit` entries are checked the same way as the others:
 * an entry is accepted only if the handler can serve every exit it can ever
 * match (`exit insn simple cpuid` is refused: rdtsc would reach it too).
 *
 *   handler    class    exits it serves
 *   hypercall  simple   io (any port: the ABI is read from the registers)
 *   device     complex  io, mmio
 *   cpuid      simple   insn cpuid
 *   tsc        simple   insn rdtsc, rdtscp
 *   random     simple   insn rdrand, rdseed
 *   simulate   complex  io, mmio, exception, insn, code (breakpoint): every
 *                       exit that has a guest instruction to run
 *   function   complex  code (breakpoint) only: it needs a function entry
 *   fault      stop     exception only: the report names a vector
 *   error      stop     everything
 *   skip       simple   io, insn, and the trap exceptions #DB #BP #OF: the
 *                       exits whose next instruction the monitor knows
 *                       without decoding (mmio and faults would need the
 *                       instruction's length and effect: use simulate)
 *
 * none, sim-done, shutdown and unknown carry no instruction: only error
 * serves them.
 */
struct handler_rule {
	enum hsim_event_class cls;
	uint32_t kinds;   /* BIT(enum hsim_exit_kind) */
	uint32_t insns;   /* for HSIM_EXIT_INSN: BIT(enum hsim_insn) */
	uint32_t vectors; /* for HSIM_EXIT_EXCEPTION: BIT(vector) */
	const char *serves; /* the same, for messages */
};

static const struct handler_rule handler_rules[HSIM_H_COUNT] = {
	[HSIM_H_HYPERCALL] = { HSIM_CLASS_SIMPLE, BIT(HSIM_EXIT_IO), 0, 0, "io" },
	[HSIM_H_DEVICE] = { HSIM_CLASS_COMPLEX, BIT(HSIM_EXIT_IO) | BIT(HSIM_EXIT_MMIO), 0, 0,
			    "io, mmio" },
	[HSIM_H_CPUID] = { HSIM_CLASS_SIMPLE, BIT(HSIM_EXIT_INSN), BIT(HSIM_INSN_CPUID), 0,
			   "insn cpuid" },
	[HSIM_H_TSC] = { HSIM_CLASS_SIMPLE, BIT(HSIM_EXIT_INSN),
			 BIT(HSIM_INSN_RDTSC) | BIT(HSIM_INSN_RDTSCP), 0, "insn rdtsc, rdtscp" },
	[HSIM_H_RANDOM] = { HSIM_CLASS_SIMPLE, BIT(HSIM_EXIT_INSN),
			    BIT(HSIM_INSN_RDRAND) | BIT(HSIM_INSN_RDSEED), 0, "insn rdrand, rdseed" },
	[HSIM_H_SIMULATE] = { HSIM_CLASS_COMPLEX,
			      BIT(HSIM_EXIT_IO) | BIT(HSIM_EXIT_MMIO) | BIT(HSIM_EXIT_EXCEPTION) |
			      BIT(HSIM_EXIT_INSN) | BIT(HSIM_EXIT_BREAKPOINT),
			      ALL_INSNS, ALL_VECTORS, "io, mmio, exception, insn, code" },
	[HSIM_H_FUNCTION] = { HSIM_CLASS_COMPLEX, BIT(HSIM_EXIT_BREAKPOINT), 0, 0, "code" },
	[HSIM_H_FAULT] = { HSIM_CLASS_STOP, BIT(HSIM_EXIT_EXCEPTION), 0, ALL_VECTORS,
			   "exception" },
	[HSIM_H_ERROR] = { HSIM_CLASS_STOP, BIT(HSIM_EXIT_COUNT) - 1, ALL_INSNS, ALL_VECTORS,
			   "everything" },
	[HSIM_H_SKIP] = { HSIM_CLASS_SIMPLE,
			  BIT(HSIM_EXIT_IO) | BIT(HSIM_EXIT_INSN) | BIT(HSIM_EXIT_EXCEPTION),
			  ALL_INSNS, TRAP_VECTORS, "io, insn, exception #DB #BP #OF" },
};

/* ---- the list --------------------------------------------------------------- */

struct hsim_events {
	struct hsim_event *e;
	size_t n, cap;
};

/* The built-in list. Later entries win, so the catch-alls come first and the
 * handled exits after them; SIM_DONE is handled by the monitor's loop before
 * it classifies, and a breakpoint without a code entry falls to the first
 * line, which is the right answer for a breakpoint nobody set. */
static const struct hsim_event default_events[] = {
	{ HSIM_MATCH_EXIT, HSIM_EXIT_NONE, HSIM_EXIT_UNKNOWN, HSIM_CLASS_STOP, HSIM_H_ERROR },
	{ HSIM_MATCH_EXIT, HSIM_EXIT_SHUTDOWN, HSIM_EXIT_SHUTDOWN, HSIM_CLASS_STOP, HSIM_H_ERROR },
	{ HSIM_MATCH_EXCEPTION, 0, 31, HSIM_CLASS_STOP, HSIM_H_FAULT },
	{ HSIM_MATCH_IO, 0, 0xffff, HSIM_CLASS_STOP, HSIM_H_ERROR },
	{ HSIM_MATCH_IO, HSIM_PORT_HYPERCALL, HSIM_PORT_HYPERCALL, HSIM_CLASS_SIMPLE,
	  HSIM_H_HYPERCALL },
	{ HSIM_MATCH_MMIO, HSIM_DEV_BASE, HSIM_DEV_BASE + HSIM_DEV_SIZE - 1, HSIM_CLASS_COMPLEX,
	  HSIM_H_DEVICE },
	{ HSIM_MATCH_INSN, HSIM_INSN_CPUID, HSIM_INSN_CPUID, HSIM_CLASS_SIMPLE, HSIM_H_CPUID },
	{ HSIM_MATCH_INSN, HSIM_INSN_RDTSC, HSIM_INSN_RDTSCP, HSIM_CLASS_SIMPLE, HSIM_H_TSC },
	{ HSIM_MATCH_INSN, HSIM_INSN_RDRAND, HSIM_INSN_RDSEED, HSIM_CLASS_SIMPLE, HSIM_H_RANDOM },
};

int hsim_events_create_empty(struct hsim_events **out)
{
	struct hsim_events *ev;

	if (!out)
		return HSIM_E_INVAL;
	*out = NULL;
	ev = calloc(1, sizeof(*ev));
	if (!ev)
		return -ENOMEM;
	*out = ev;
	return 0;
}

int hsim_events_create(struct hsim_events **out)
{
	int r = hsim_events_create_empty(out);

	for (size_t i = 0; r == 0 && i < sizeof(default_events) / sizeof(default_events[0]); i++)
		r = hsim_events_add(*out, &default_events[i]);
	if (r < 0 && out && *out) {
		hsim_events_destroy(*out);
		*out = NULL;
	}
	return r;
}

void hsim_events_destroy(struct hsim_events *ev)
{
	if (!ev)
		return;
	free(ev->e);
	free(ev);
}

/* Room for want entries, so that a parsed file can be appended without
 * failing halfway. classify returns an int index: the list stays below
 * INT_MAX entries. */
static int reserve(struct hsim_events *ev, size_t want)
{
	size_t cap;
	struct hsim_event *e;

	if (want <= ev->cap)
		return 0;
	if (want > INT_MAX)
		return -ENOMEM;
	cap = ev->cap ? ev->cap : 16;
	while (cap < want)
		cap *= 2;
	e = realloc(ev->e, cap * sizeof(*e));
	if (!e)
		return -ENOMEM;
	ev->e = e;
	ev->cap = cap;
	return 0;
}

/* Formats one key of match m: names for exit kinds and instructions,
 * decimal for vectors (format_range names single ones), hex for ports and
 * addresses. A key without a name (out of range) is a number. */
static int format_key(char *buf, size_t n, enum hsim_event_match m, uint64_t k)
{
	const char *name = NULL;

	if (m == HSIM_MATCH_EXIT)
		name = hsim_exit_kind_name((enum hsim_exit_kind)k);
	else if (m == HSIM_MATCH_INSN)
		name = hsim_insn_name((unsigned)k);
	if (name && k <= match_key_max[m])
		return snprintf(buf, n, "%s", name);
	if (m == HSIM_MATCH_EXIT || m == HSIM_MATCH_INSN || m == HSIM_MATCH_EXCEPTION)
		return snprintf(buf, n, "%" PRIu64, k);
	return snprintf(buf, n, "0x%" PRIx64, k);
}

/* A real exception name, not a placeholder such as "#15". */
static const char *vector_name(uint64_t v)
{
	const char *s = v < 32 ? hsim_exception_name((unsigned)v) : NULL;

	if (!s || (s[0] == '#' && s[1] >= '0' && s[1] <= '9'))
		return NULL;
	return s;
}

static int format_range(char *buf, size_t n, enum hsim_event_match m, uint64_t lo, uint64_t hi)
{
	char a[32], b[32];

	if (lo == hi && m == HSIM_MATCH_EXCEPTION && vector_name(lo))
		return snprintf(buf, n, "%s", vector_name(lo));
	format_key(a, sizeof(a), m, lo);
	if (lo == hi)
		return snprintf(buf, n, "%s", a);
	format_key(b, sizeof(b), m, hi);
	return snprintf(buf, n, "%s-%s", a, b);
}

/* The key range: within the match's keys, and not empty. */
static int check_key(const struct hsim_event *e, char *msg, size_t n)
{
	static const char *const what[HSIM_MATCH_COUNT] = {
		[HSIM_MATCH_EXIT] = "exit kind", [HSIM_MATCH_IO] = "port",
		[HSIM_MATCH_MMIO] = "address", [HSIM_MATCH_EXCEPTION] = "vector",
		[HSIM_MATCH_CODE] = "address", [HSIM_MATCH_INSN] = "insn",
	};
	uint64_t max;
	char k[32], m[32];

	if ((unsigned)e->match >= HSIM_MATCH_COUNT) {
		snprintf(msg, n, "unknown match kind %u", (unsigned)e->match);
		return HSIM_E_INVAL;
	}
	max = match_key_max[e->match];
	if (e->lo > max || e->hi > max) {
		uint64_t bad = e->lo > max ? e->lo : e->hi;
		/* numbers, not names: the bad key has none */
		if (e->match == HSIM_MATCH_IO) {
			snprintf(k, sizeof(k), "0x%" PRIx64, bad);
			snprintf(m, sizeof(m), "0x%" PRIx64, max);
		} else {
			snprintf(k, sizeof(k), "%" PRIu64, bad);
			snprintf(m, sizeof(m), "%" PRIu64, max);
		}
		snprintf(msg, n, "%s %s is out of range (0-%s)", what[e->match], k, m);
		return HSIM_E_INVAL;
	}
	if (e->lo > e->hi) {
		char a[32], b[32];
		format_key(a, sizeof(a), e->match, e->lo);
		format_key(b, sizeof(b), e->match, e->hi);
		snprintf(msg, n, "range %s-%s is empty", a, b);
		return HSIM_E_INVAL;
	}
	return 0;
}

/* Can h serve every exit of kind k whose sub-key (insn, vector) is in
 * lo..hi? On failure *bad is the first sub-key it cannot serve. */
static bool serves_kind(const struct handler_rule *r, enum hsim_exit_kind k, uint64_t lo,
			uint64_t hi, uint64_t *bad)
{
	uint32_t have;

	*bad = lo;
	if (!(r->kinds & BIT(k)))
		return false;
	if (k == HSIM_EXIT_INSN)
		have = r->insns;
	else if (k == HSIM_EXIT_EXCEPTION)
		have = r->vectors;
	else
		return true;
	for (uint64_t i = lo; i <= hi; i++) {
		if (!(have & BIT(i))) {
			*bad = i;
			return false;
		}
	}
	return true;
}

/* The handler and class: the handler exists, has that class, and can serve
 * every exit the entry matches. Call after check_key. */
static int check_handler(const struct hsim_event *e, char *msg, size_t n)
{
	const struct handler_rule *r;
	const char *h;
	uint64_t bad;

	if ((unsigned)e->cls >= HSIM_CLASS_COUNT) {
		snprintf(msg, n, "unknown class %u", (unsigned)e->cls);
		return HSIM_E_INVAL;
	}
	if ((unsigned)e->handler >= HSIM_H_COUNT) {
		snprintf(msg, n, "unknown handler %u", (unsigned)e->handler);
		return HSIM_E_INVAL;
	}
	r = &handler_rules[e->handler];
	h = handler_names[e->handler];
	if (e->match == HSIM_MATCH_EXIT) {
		for (uint64_t k = e->lo; k <= e->hi; k++) {
			uint64_t max = k == HSIM_EXIT_INSN ? HSIM_INSN_COUNT - 1 : 31;
			if (serves_kind(r, (enum hsim_exit_kind)k, 0, max, &bad))
				continue;
			if (r->kinds & BIT(k))
				snprintf(msg, n, "handler '%s' cannot serve every %s exit (it serves %s)",
					 h, exit_kind_names[k], r->serves);
			else
				snprintf(msg, n, "handler '%s' cannot serve %s exits (it serves %s)", h,
					 exit_kind_names[k], r->serves);
			return HSIM_E_INVAL;
		}
	} else if (!serves_kind(r, match_exit_kind[e->match], e->lo, e->hi, &bad)) {
		char k[32];
		if (r->kinds & BIT(match_exit_kind[e->match])) {
			format_range(k, sizeof(k), e->match, bad, bad);
			snprintf(msg, n, "handler '%s' cannot serve %s %s (it serves %s)", h,
				 match_names[e->match], k, r->serves);
		} else {
			snprintf(msg, n, "handler '%s' cannot serve %s events (it serves %s)", h,
				 match_names[e->match], r->serves);
		}
		return HSIM_E_INVAL;
	}
	if (e->cls != r->cls) {
		snprintf(msg, n, "handler '%s' is %s, not %s", h, class_names[r->cls],
			 class_names[e->cls]);
		return HSIM_E_INVAL;
	}
	return 0;
}

static int check_event(const struct hsim_event *e, char *msg, size_t n)
{
	int r = check_key(e, msg, n);

	return r < 0 ? r : check_handler(e, msg, n);
}

int hsim_events_add(struct hsim_events *ev, const struct hsim_event *e)
{
	char msg[160];
	int r;

	if (!ev || !e)
		return HSIM_E_INVAL;
	r = check_event(e, msg, sizeof(msg));
	if (r < 0)
		return r;
	r = reserve(ev, ev->n + 1);
	if (r < 0)
		return r;
	ev->e[ev->n++] = *e;
	return 0;
}

void hsim_events_clear(struct hsim_events *ev)
{
	if (ev)
		ev->n = 0;
}

size_t hsim_events_count(const struct hsim_events *ev)
{
	return ev ? ev->n : 0;
}

const struct hsim_event *hsim_events_get(const struct hsim_events *ev, size_t i)
{
	return ev && i < ev->n ? &ev->e[i] : NULL;
}

/* Runs on every VM exit: no allocation, and one pass backwards over a
 * compact array, two comparisons per entry. Lists are tens of entries, for
 * which this beats any index; a list of thousands (one code entry per
 * function) would want a sorted table per match kind instead. */
int hsim_events_classify(const struct hsim_events *ev, const struct hsim_exit *ex)
{
	enum hsim_event_match m;
	uint64_t key;

	if (!ev || !ex)
		return -1;
	switch (ex->kind) {
	case HSIM_EXIT_IO: m = HSIM_MATCH_IO; key = ex->port; break;
	case HSIM_EXIT_MMIO: m = HSIM_MATCH_MMIO; key = ex->addr; break;
	case HSIM_EXIT_EXCEPTION: m = HSIM_MATCH_EXCEPTION; key = ex->vector; break;
	case HSIM_EXIT_BREAKPOINT: m = HSIM_MATCH_CODE; key = ex->rip; break;
	case HSIM_EXIT_INSN: m = HSIM_MATCH_INSN; key = ex->insn; break;
	default: m = HSIM_MATCH_EXIT; key = (uint64_t)ex->kind; break; /* only exit entries */
	}
	for (size_t i = ev->n; i-- > 0;) {
		const struct hsim_event *e = &ev->e[i];
		if (e->match == m) {
			if (key >= e->lo && key <= e->hi)
				return (int)i;
		} else if (e->match == HSIM_MATCH_EXIT && (uint64_t)ex->kind >= e->lo &&
			   (uint64_t)ex->kind <= e->hi) {
			return (int)i;
		}
	}
	return -1;
}

/* ---- the text format ---------------------------------------------------------- */

int hsim_event_format(const struct hsim_event *e, char *buf, size_t n)
{
	char key[80];

	if (!e || (!buf && n) || (unsigned)e->match >= HSIM_MATCH_COUNT ||
	    (unsigned)e->cls >= HSIM_CLASS_COUNT || (unsigned)e->handler >= HSIM_H_COUNT)
		return HSIM_E_INVAL;
	format_range(key, sizeof(key), e->match, e->lo, e->hi);
	return snprintf(buf, n, "%s %s %s %s", match_names[e->match], key, class_names[e->cls],
			handler_names[e->handler]);
}

struct tok {
	const char *s;
	size_t len;
};

static bool tok_is(struct tok t, const char *name)
{
	return name && strlen(name) == t.len && strncasecmp(t.s, name, t.len) == 0;
}

/* The index of t in a name table, or -1. */
static int lookup(struct tok t, const char *const *names, unsigned count)
{
	for (unsigned i = 0; i < count; i++)
		if (tok_is(t, names[i]))
			return (int)i;
	return -1;
}

static int digit(char c, unsigned base)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (base == 16 && c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (base == 16 && c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* A number: decimal (a leading 0 is not octal), or hex after 0x. 0 ok, -1
 * not a number, -2 a number that overflows. Every character is checked
 * before overflow is, so that "0x1ffffffffffffffff-0x2" is a range (whose
 * low end overflows), not one huge number. */
static int parse_number(struct tok t, uint64_t *out)
{
	unsigned base = 10;
	size_t start = 0;
	uint64_t v = 0;

	if (t.len > 2 && t.s[0] == '0' && (t.s[1] == 'x' || t.s[1] == 'X')) {
		base = 16;
		start = 2;
	}
	if (start == t.len)
		return -1;
	for (size_t i = start; i < t.len; i++)
		if (digit(t.s[i], base) < 0)
			return -1;
	for (size_t i = start; i < t.len; i++) {
		unsigned d = (unsigned)digit(t.s[i], base);
		if (v > (UINT64_MAX - d) / base)
			return -2;
		v = v * base + d;
	}
	*out = v;
	return 0;
}

static int vector_lookup(struct tok t)
{
	for (unsigned v = 0; v < 32; v++)
		if (tok_is(t, hsim_exception_name(v)))
			return (int)v;
	return -1;
}

/* One end of a key range. 0 ok, -1 not a key of this match (msg says why),
 * -2 a number that overflows. */
static int parse_key(struct tok t, enum hsim_event_match m, uint64_t *out, char *msg, size_t n)
{
	int r, i = -1;

	if (m == HSIM_MATCH_EXIT)
		i = lookup(t, exit_kind_names, HSIM_EXIT_COUNT);
	else if (m == HSIM_MATCH_INSN)
		i = lookup(t, insn_names, HSIM_INSN_COUNT);
	else if (m == HSIM_MATCH_EXCEPTION)
		i = vector_lookup(t);
	if (i >= 0) {
		*out = (uint64_t)i;
		return 0;
	}
	r = parse_number(t, out);
	if (r == -2) {
		snprintf(msg, n, "number '%.*s' does not fit in 64 bits", (int)t.len, t.s);
		return -2;
	}
	if (r == 0)
		return 0;
	switch (m) {
	case HSIM_MATCH_EXIT:
		snprintf(msg, n, "unknown exit kind '%.*s' (none, io, mmio, exception, insn, "
			 "breakpoint, sim-done, shutdown, unknown, or a number)", (int)t.len, t.s);
		break;
	case HSIM_MATCH_INSN:
		snprintf(msg, n, "unknown instruction '%.*s' (cpuid, rdtsc, rdtscp, rdrand, "
			 "rdseed, or a number)", (int)t.len, t.s);
		break;
	case HSIM_MATCH_EXCEPTION:
		snprintf(msg, n, "unknown exception '%.*s' (0-31 or a name such as #PF)",
			 (int)t.len, t.s);
		break;
	case HSIM_MATCH_CODE:
		snprintf(msg, n, "code key '%.*s' is not an address (symbols are resolved by "
			 "the hsim tool, not in event lists)", (int)t.len, t.s);
		break;
	case HSIM_MATCH_IO:
		snprintf(msg, n, "bad port '%.*s' (a number or LO-HI)", (int)t.len, t.s);
		break;
	case HSIM_MATCH_MMIO:
	case HSIM_MATCH_COUNT:
		snprintf(msg, n, "bad address '%.*s' (a number or LO-HI)", (int)t.len, t.s);
		break;
	}
	return -1;
}

/* KEY or LO-HI. Names may hold '-' themselves (sim-done), so every '-' is
 * tried as the separator, leftmost first, once the whole token is not a key. */
static int parse_range(struct tok t, enum hsim_event_match m, uint64_t *lo, uint64_t *hi,
		       char *msg, size_t n)
{
	int r = parse_key(t, m, lo, msg, n);
	const char *dash;

	if (r == 0) {
		*hi = *lo;
		return 0;
	}
	if (r == -2)
		return r;
	for (dash = memchr(t.s, '-', t.len); dash; dash = memchr(dash + 1, '-', (size_t)(t.s + t.len - dash - 1))) {
		struct tok a = { t.s, (size_t)(dash - t.s) };
		struct tok b = { dash + 1, (size_t)(t.s + t.len - dash - 1) };
		char scratch[8];
		int ra = parse_key(a, m, lo, scratch, sizeof(scratch));
		if (ra == -1)
			continue;
		if (ra == -2)
			return parse_key(a, m, lo, msg, n);
		return parse_key(b, m, hi, msg, n);
	}
	/* no split works: name the left part, or the whole token if no '-' */
	dash = memchr(t.s, '-', t.len);
	if (dash && dash > t.s)
		return parse_key((struct tok){ t.s, (size_t)(dash - t.s) }, m, lo, msg, n);
	return parse_key(t, m, lo, msg, n);
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* The next whitespace-separated token of the line [*p, end); len 0 at the
 * end of the line. */
static struct tok next_tok(const char **p, const char *end)
{
	const char *s = *p;
	struct tok t;

	while (s < end && is_space(*s))
		s++;
	t.s = s;
	while (s < end && !is_space(*s))
		s++;
	t.len = (size_t)(s - t.s);
	*p = s;
	return t;
}

/* A token that starts a comment. In the key of an exception line "#PF" is
 * a name, so only a lone '#' starts a comment there (see parse_line). */
static bool is_comment(struct tok t)
{
	return t.len > 0 && t.s[0] == '#';
}

/* 1: an entry in *e; 0: nothing on the line; 2: `clear`; <0: msg says why. */
static int parse_line(const char *s, const char *end, struct hsim_event *e, char *msg, size_t n)
{
	struct tok t = next_tok(&s, end);
	int i;

	if (t.len == 0 || is_comment(t))
		return 0;
	memset(e, 0, sizeof(*e));
	if (tok_is(t, "clear")) {
		i = 2;
	} else {
		i = lookup(t, match_names, HSIM_MATCH_COUNT);
		if (i < 0) {
			snprintf(msg, n, "unknown match '%.*s' (exit, io, mmio, exception, code, "
				 "insn, or clear)", (int)t.len, t.s);
			return HSIM_E_EVENTS;
		}
		e->match = (enum hsim_event_match)i;

		t = next_tok(&s, end);
		if (t.len == 0 || (is_comment(t) && (e->match != HSIM_MATCH_EXCEPTION || t.len == 1))) {
			snprintf(msg, n, "missing key after '%s'", match_names[e->match]);
			return HSIM_E_EVENTS;
		}
		if (parse_range(t, e->match, &e->lo, &e->hi, msg, n) < 0 ||
		    check_key(e, msg, n) < 0)
			return HSIM_E_EVENTS;

		t = next_tok(&s, end);
		if (t.len == 0 || is_comment(t)) {
			snprintf(msg, n, "missing class (simple, complex, stop)");
			return HSIM_E_EVENTS;
		}
		i = lookup(t, class_names, HSIM_CLASS_COUNT);
		if (i < 0) {
			snprintf(msg, n, "unknown class '%.*s' (simple, complex, stop)", (int)t.len,
				 t.s);
			return HSIM_E_EVENTS;
		}
		e->cls = (enum hsim_event_class)i;

		t = next_tok(&s, end);
		if (t.len == 0 || is_comment(t)) {
			snprintf(msg, n, "missing handler (hypercall, device, cpuid, tsc, random, "
				 "simulate, function, fault, error, skip)");
			return HSIM_E_EVENTS;
		}
		i = lookup(t, handler_names, HSIM_H_COUNT);
		if (i < 0) {
			snprintf(msg, n, "unknown handler '%.*s' (hypercall, device, cpuid, tsc, "
				 "random, simulate, function, fault, error, skip)", (int)t.len, t.s);
			return HSIM_E_EVENTS;
		}
		e->handler = (enum hsim_handler)i;
		i = 1;
	}
	t = next_tok(&s, end);
	if (t.len && !is_comment(t)) {
		snprintf(msg, n, "unexpected '%.*s' after the %s", (int)t.len, t.s,
			 i == 2 ? "clear" : "handler");
		return HSIM_E_EVENTS;
	}
	if (i == 1 && check_handler(e, msg, n) < 0)
		return HSIM_E_EVENTS;
	return i;
}

static void set_err(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (!err || !errlen)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* Parses len bytes (which may hold no NUL) into ev, all or nothing. prefix
 * goes before the line number in messages ("" or "PATH:"). */
static int parse_text(struct hsim_events *ev, const char *text, size_t len, const char *prefix,
		      char *err, size_t errlen)
{
	struct hsim_events tmp = { 0 };
	const char *p = text, *end = text + len;
	bool cleared = false;
	unsigned line = 0;
	char msg[256];
	int r = 0;

	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		struct hsim_event e;
		if (!eol)
			eol = end;
		line++;
		r = parse_line(p, eol, &e, msg, sizeof(msg));
		if (r < 0) {
			set_err(err, errlen, "%s%u: %s", prefix, line, msg);
			goto out;
		}
		if (r == 2) {
			/* drops the list's own entries too: a file can replace the defaults */
			cleared = true;
			tmp.n = 0;
		} else if (r == 1) {
			r = reserve(&tmp, tmp.n + 1);
			if (r < 0) {
				set_err(err, errlen, "%s%u: out of memory", prefix, line);
				goto out;
			}
			tmp.e[tmp.n++] = e;
		}
		p = eol + 1;
	}
	r = reserve(ev, (cleared ? 0 : ev->n) + tmp.n);
	if (r < 0) {
		set_err(err, errlen, "%s%u: out of memory", prefix, line);
		goto out;
	}
	if (cleared)
		ev->n = 0;
	if (tmp.n)
		memcpy(ev->e + ev->n, tmp.e, tmp.n * sizeof(*tmp.e));
	ev->n += tmp.n;
	r = 0;
out:
	free(tmp.e);
	return r;
}

int hsim_events_parse(struct hsim_events *ev, const char *text, char *err, size_t errlen)
{
	if (!ev || !text) {
		set_err(err, errlen, "no event list or no text");
		return HSIM_E_INVAL;
	}
	return parse_text(ev, text, strlen(text), "", err, errlen);
}

/* Event files are a few lines: anything larger is a mistake (a binary, a
 * trace) better refused than parsed. */
#define EVENTS_FILE_MAX (1u << 20)

int hsim_events_load_file(struct hsim_events *ev, const char *path, char *err, size_t errlen)
{
	char *buf, prefix[4096 + 2];
	size_t len = 0;
	const char *nul;
	int fd, r;

	if (!ev || !path) {
		set_err(err, errlen, "no event list or no path");
		return HSIM_E_INVAL;
	}
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		r = -errno;
		set_err(err, errlen, "%s: %s", path, strerror(-r));
		return r;
	}
	/* read up to one byte past the cap: works for pipes, whose size fstat
	 * does not know */
	buf = malloc(EVENTS_FILE_MAX + 1);
	if (!buf) {
		close(fd);
		set_err(err, errlen, "%s: out of memory", path);
		return -ENOMEM;
	}
	while (len <= EVENTS_FILE_MAX) {
		ssize_t k = read(fd, buf + len, EVENTS_FILE_MAX + 1 - len);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			r = -errno;
			set_err(err, errlen, "%s: %s", path, strerror(-r));
			goto out;
		}
		if (k == 0)
			break;
		len += (size_t)k;
	}
	if (len > EVENTS_FILE_MAX) {
		r = HSIM_E_EVENTS;
		set_err(err, errlen, "%s: larger than %u KiB; not an event file", path,
			EVENTS_FILE_MAX >> 10);
		goto out;
	}
	nul = memchr(buf, '\0', len);
	if (nul) {
		unsigned line = 1;
		for (const char *q = buf; q < nul; q++)
			line += *q == '\n';
		r = HSIM_E_EVENTS;
		set_err(err, errlen, "%s:%u: NUL byte; not a text file", path, line);
		goto out;
	}
	snprintf(prefix, sizeof(prefix), "%s:", path);
	r = parse_text(ev, buf, len, prefix, err, errlen);
out:
	free(buf);
	close(fd);
	return r;
}
