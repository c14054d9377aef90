/* Event-list unit tests: the default list's classification, precedence,
 * range edges, what add() refuses, every kind of bad line in event files,
 * and format -> parse round trips. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <hsim/abi.h>
#include <hsim/error.h>
#include <hsim/events.h>

#define NDEFAULT 9

static struct hsim_events *defaults(void)
{
	struct hsim_events *ev = NULL;
	assert_int_equal(hsim_events_create(&ev), 0);
	assert_non_null(ev);
	assert_int_equal(hsim_events_count(ev), NDEFAULT);
	return ev;
}

static struct hsim_events *empty(void)
{
	struct hsim_events *ev = NULL;
	assert_int_equal(hsim_events_create_empty(&ev), 0);
	assert_non_null(ev);
	assert_int_equal(hsim_events_count(ev), 0);
	return ev;
}

static bool same_event(const struct hsim_event *a, const struct hsim_event *b)
{
	return a->match == b->match && a->lo == b->lo && a->hi == b->hi && a->cls == b->cls &&
	       a->handler == b->handler;
}

static void assert_same_list(const struct hsim_events *a, const struct hsim_events *b)
{
	assert_int_equal(hsim_events_count(a), hsim_events_count(b));
	for (size_t i = 0; i < hsim_events_count(a); i++)
		assert_true(same_event(hsim_events_get(a, i), hsim_events_get(b, i)));
}

static struct hsim_exit io_exit(uint16_t port)
{
	return (struct hsim_exit){ .kind = HSIM_EXIT_IO, .port = port, .size = 4 };
}

static struct hsim_exit mmio_exit(uint64_t addr)
{
	return (struct hsim_exit){ .kind = HSIM_EXIT_MMIO, .addr = addr };
}

static struct hsim_exit exc_exit(uint8_t vector)
{
	return (struct hsim_exit){ .kind = HSIM_EXIT_EXCEPTION, .vector = vector };
}

static struct hsim_exit insn_exit(uint8_t insn)
{
	return (struct hsim_exit){ .kind = HSIM_EXIT_INSN, .insn = insn, .insn_len = 2 };
}

static struct hsim_exit kind_exit(enum hsim_exit_kind k)
{
	return (struct hsim_exit){ .kind = k };
}

/* The entry ex is classified by; fails the test if none. */
static const struct hsim_event *classify(const struct hsim_events *ev, struct hsim_exit ex)
{
	int i = hsim_events_classify(ev, &ex);
	assert_true(i >= 0);
	assert_true((size_t)i < hsim_events_count(ev));
	return hsim_events_get(ev, (size_t)i);
}

static void assert_handled(const struct hsim_events *ev, struct hsim_exit ex,
			   enum hsim_event_class cls, enum hsim_handler h)
{
	const struct hsim_event *e = classify(ev, ex);
	assert_int_equal(e->cls, cls);
	assert_int_equal(e->handler, h);
}

/* ---- names -------------------------------------------------------------------- */

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(hsim_exit_kind_name(HSIM_EXIT_IO), "io");
	assert_string_equal(hsim_exit_kind_name(HSIM_EXIT_SIM_DONE), "sim-done");
	assert_string_equal(hsim_exit_kind_name(HSIM_EXIT_UNKNOWN), "unknown");
	assert_null(hsim_exit_kind_name(HSIM_EXIT_COUNT));
	assert_string_equal(hsim_insn_name(HSIM_INSN_CPUID), "cpuid");
	assert_string_equal(hsim_insn_name(HSIM_INSN_RDSEED), "rdseed");
	assert_null(hsim_insn_name(HSIM_INSN_COUNT));
	assert_string_equal(hsim_handler_name(HSIM_H_HYPERCALL), "hypercall");
	assert_string_equal(hsim_handler_name(HSIM_H_SKIP), "skip");
	assert_null(hsim_handler_name(HSIM_H_COUNT));
	assert_string_equal(hsim_event_class_name(HSIM_CLASS_COMPLEX), "complex");
	assert_null(hsim_event_class_name(HSIM_CLASS_COUNT));
	assert_string_equal(hsim_event_match_name(HSIM_MATCH_CODE), "code");
	assert_null(hsim_event_match_name(HSIM_MATCH_COUNT));

	/* every table is full and its names distinct: the parser looks them up */
	struct { const char *(*fn)(unsigned); unsigned n; } tabs[] = {
		{ hsim_insn_name, HSIM_INSN_COUNT }, { hsim_handler_name, HSIM_H_COUNT },
		{ hsim_event_class_name, HSIM_CLASS_COUNT },
		{ hsim_event_match_name, HSIM_MATCH_COUNT },
	};
	for (size_t t = 0; t < sizeof(tabs) / sizeof(tabs[0]); t++)
		for (unsigned i = 0; i < tabs[t].n; i++) {
			assert_non_null(tabs[t].fn(i));
			for (unsigned j = 0; j < i; j++)
				assert_string_not_equal(tabs[t].fn(i), tabs[t].fn(j));
		}
	for (unsigned i = 0; i < HSIM_EXIT_COUNT; i++) {
		assert_non_null(hsim_exit_kind_name(i));
		for (unsigned j = 0; j < i; j++)
			assert_string_not_equal(hsim_exit_kind_name(i), hsim_exit_kind_name(j));
	}
}

/* ---- the default list ----------------------------------------------------------- */

static const char *const default_lines[NDEFAULT] = {
	"exit none-unknown stop error",
	"exit shutdown stop error",
	"exception 0-31 stop fault",
	"io 0x0-0xffff stop error",
	"io 0x510 simple hypercall",
	"mmio 0x1000000000-0x100000ffff complex device",
	"insn cpuid simple cpuid",
	"insn rdtsc-rdtscp simple tsc",
	"insn rdrand-rdseed simple random",
};

static void test_default_lines(void **state)
{
	struct hsim_events *ev = defaults();
	char buf[128];
	(void)state;
	for (size_t i = 0; i < NDEFAULT; i++) {
		int n = hsim_event_format(hsim_events_get(ev, i), buf, sizeof(buf));
		assert_string_equal(buf, default_lines[i]);
		assert_int_equal(n, (int)strlen(default_lines[i]));
	}
	assert_null(hsim_events_get(ev, NDEFAULT));
	hsim_events_destroy(ev);
}

static void test_default_classify(void **state)
{
	struct hsim_events *ev = defaults();
	(void)state;

	assert_handled(ev, io_exit(HSIM_PORT_HYPERCALL), HSIM_CLASS_SIMPLE, HSIM_H_HYPERCALL);
	/* unknown ports stop by the io entry, not the exit catch-all */
	for (unsigned p = 0; p <= 0xffff; p += p == 0x50f ? 2 : 1) {
		struct hsim_exit ex = io_exit((uint16_t)p);
		assert_int_equal(hsim_events_classify(ev, &ex), 3);
	}
	assert_handled(ev, io_exit(HSIM_PORT_EXCEPTION), HSIM_CLASS_STOP, HSIM_H_ERROR);

	assert_handled(ev, mmio_exit(HSIM_DEV_UART), HSIM_CLASS_COMPLEX, HSIM_H_DEVICE);
	assert_handled(ev, mmio_exit(HSIM_DEV_BASE), HSIM_CLASS_COMPLEX, HSIM_H_DEVICE);
	assert_handled(ev, mmio_exit(HSIM_DEV_BASE + HSIM_DEV_SIZE - 1), HSIM_CLASS_COMPLEX,
		       HSIM_H_DEVICE);
	struct hsim_exit ex = mmio_exit(HSIM_DEV_BASE - 1);
	assert_int_equal(hsim_events_classify(ev, &ex), 0);
	ex = mmio_exit(HSIM_DEV_BASE + HSIM_DEV_SIZE);
	assert_int_equal(hsim_events_classify(ev, &ex), 0);

	assert_handled(ev, insn_exit(HSIM_INSN_CPUID), HSIM_CLASS_SIMPLE, HSIM_H_CPUID);
	assert_handled(ev, insn_exit(HSIM_INSN_RDTSC), HSIM_CLASS_SIMPLE, HSIM_H_TSC);
	assert_handled(ev, insn_exit(HSIM_INSN_RDTSCP), HSIM_CLASS_SIMPLE, HSIM_H_TSC);
	assert_handled(ev, insn_exit(HSIM_INSN_RDRAND), HSIM_CLASS_SIMPLE, HSIM_H_RANDOM);
	assert_handled(ev, insn_exit(HSIM_INSN_RDSEED), HSIM_CLASS_SIMPLE, HSIM_H_RANDOM);
	/* an instruction the monitor never patches: the catch-all */
	ex = insn_exit(HSIM_INSN_COUNT);
	assert_int_equal(hsim_events_classify(ev, &ex), 0);

	for (unsigned v = 0; v < 32; v++)
		assert_handled(ev, exc_exit((uint8_t)v), HSIM_CLASS_STOP, HSIM_H_FAULT);
	ex = exc_exit(14);
	assert_int_equal(hsim_events_classify(ev, &ex), 2);

	ex = kind_exit(HSIM_EXIT_SHUTDOWN);
	assert_int_equal(hsim_events_classify(ev, &ex), 1);
	enum hsim_exit_kind rest[] = { HSIM_EXIT_NONE, HSIM_EXIT_BREAKPOINT, HSIM_EXIT_SIM_DONE,
				       HSIM_EXIT_UNKNOWN };
	for (size_t i = 0; i < sizeof(rest) / sizeof(rest[0]); i++) {
		ex = kind_exit(rest[i]);
		assert_int_equal(hsim_events_classify(ev, &ex), 0);
	}
	/* a kind no entry can name */
	ex = kind_exit(HSIM_EXIT_COUNT);
	assert_int_equal(hsim_events_classify(ev, &ex), -1);
	hsim_events_destroy(ev);
}

static void test_empty_and_null(void **state)
{
	struct hsim_events *ev = empty();
	struct hsim_exit ex = io_exit(HSIM_PORT_HYPERCALL);
	(void)state;
	assert_int_equal(hsim_events_classify(ev, &ex), -1);
	assert_int_equal(hsim_events_classify(NULL, &ex), -1);
	assert_int_equal(hsim_events_classify(ev, NULL), -1);
	assert_int_equal(hsim_events_count(NULL), 0);
	assert_null(hsim_events_get(NULL, 0));
	assert_null(hsim_events_get(ev, 0));
	assert_int_equal(hsim_events_create(NULL), HSIM_E_INVAL);
	assert_int_equal(hsim_events_create_empty(NULL), HSIM_E_INVAL);
	assert_int_equal(hsim_events_add(NULL, &(struct hsim_event){ 0 }), HSIM_E_INVAL);
	assert_int_equal(hsim_events_add(ev, NULL), HSIM_E_INVAL);
	hsim_events_destroy(NULL);
	hsim_events_destroy(ev);
}

/* ---- precedence and ranges ---------------------------------------------------------- */

static void add_ok(struct hsim_events *ev, enum hsim_event_match m, uint64_t lo, uint64_t hi,
		   enum hsim_event_class c, enum hsim_handler h)
{
	struct hsim_event e = { m, lo, hi, c, h };
	size_t n = hsim_events_count(ev);
	assert_int_equal(hsim_events_add(ev, &e), 0);
	assert_int_equal(hsim_events_count(ev), n + 1);
	assert_true(same_event(hsim_events_get(ev, n), &e));
}

static void test_last_match_wins(void **state)
{
	struct hsim_events *ev = defaults();
	struct hsim_exit ex;
	(void)state;

	add_ok(ev, HSIM_MATCH_IO, 0x500, 0x520, HSIM_CLASS_SIMPLE, HSIM_H_SKIP);
	assert_handled(ev, io_exit(HSIM_PORT_HYPERCALL), HSIM_CLASS_SIMPLE, HSIM_H_SKIP);
	add_ok(ev, HSIM_MATCH_IO, 0x510, 0x510, HSIM_CLASS_SIMPLE, HSIM_H_HYPERCALL);
	ex = io_exit(HSIM_PORT_HYPERCALL);
	assert_int_equal(hsim_events_classify(ev, &ex), NDEFAULT + 1);
	assert_handled(ev, io_exit(0x511), HSIM_CLASS_SIMPLE, HSIM_H_SKIP);

	add_ok(ev, HSIM_MATCH_INSN, HSIM_INSN_RDTSC, HSIM_INSN_RDTSC, HSIM_CLASS_COMPLEX,
	       HSIM_H_SIMULATE);
	assert_handled(ev, insn_exit(HSIM_INSN_RDTSC), HSIM_CLASS_COMPLEX, HSIM_H_SIMULATE);
	assert_handled(ev, insn_exit(HSIM_INSN_RDTSCP), HSIM_CLASS_SIMPLE, HSIM_H_TSC);

	add_ok(ev, HSIM_MATCH_EXCEPTION, 3, 3, HSIM_CLASS_SIMPLE, HSIM_H_SKIP);
	assert_handled(ev, exc_exit(3), HSIM_CLASS_SIMPLE, HSIM_H_SKIP);
	assert_handled(ev, exc_exit(4), HSIM_CLASS_STOP, HSIM_H_FAULT);

	/* an exit entry added last overrides the specific ones of its kind */
	add_ok(ev, HSIM_MATCH_EXIT, HSIM_EXIT_IO, HSIM_EXIT_MMIO, HSIM_CLASS_COMPLEX,
	       HSIM_H_DEVICE);
	ex = io_exit(HSIM_PORT_HYPERCALL);
	assert_int_equal(hsim_events_classify(ev, &ex), (int)hsim_events_count(ev) - 1);
	ex = mmio_exit(0);
	assert_int_equal(hsim_events_classify(ev, &ex), (int)hsim_events_count(ev) - 1);
	assert_handled(ev, insn_exit(HSIM_INSN_CPUID), HSIM_CLASS_SIMPLE, HSIM_H_CPUID);

	hsim_events_clear(ev);
	assert_int_equal(hsim_events_count(ev), 0);
	ex = io_exit(HSIM_PORT_HYPERCALL);
	assert_int_equal(hsim_events_classify(ev, &ex), -1);
	hsim_events_destroy(ev);
}

static void test_range_edges(void **state)
{
	struct hsim_events *ev = empty();
	(void)state;

	add_ok(ev, HSIM_MATCH_IO, 0x3f8, 0x3ff, HSIM_CLASS_COMPLEX, HSIM_H_DEVICE);
	add_ok(ev, HSIM_MATCH_CODE, 0x401000, 0x401000, HSIM_CLASS_COMPLEX, HSIM_H_FUNCTION);
	add_ok(ev, HSIM_MATCH_MMIO, UINT64_MAX - 1, UINT64_MAX, HSIM_CLASS_COMPLEX,
	       HSIM_H_SIMULATE);
	add_ok(ev, HSIM_MATCH_EXCEPTION, 31, 31, HSIM_CLASS_STOP, HSIM_H_FAULT);
	add_ok(ev, HSIM_MATCH_IO, 0xffff, 0xffff, HSIM_CLASS_STOP, HSIM_H_ERROR);

	struct { struct hsim_exit ex; int want; } cases[] = {
		{ io_exit(0x3f7), -1 }, { io_exit(0x3f8), 0 }, { io_exit(0x3ff), 0 },
		{ io_exit(0x400), -1 }, { io_exit(0xffff), 4 }, { io_exit(0), -1 },
		{ { .kind = HSIM_EXIT_BREAKPOINT, .rip = 0x400fff }, -1 },
		{ { .kind = HSIM_EXIT_BREAKPOINT, .rip = 0x401000 }, 1 },
		{ { .kind = HSIM_EXIT_BREAKPOINT, .rip = 0x401001 }, -1 },
		{ mmio_exit(UINT64_MAX - 2), -1 }, { mmio_exit(UINT64_MAX - 1), 2 },
		{ mmio_exit(UINT64_MAX), 2 },
		{ exc_exit(30), -1 }, { exc_exit(31), 3 },
		/* keys of one kind never match another kind's entries */
		{ mmio_exit(0x401000), -1 }, { mmio_exit(0x3f8), -1 },
		{ { .kind = HSIM_EXIT_BREAKPOINT, .rip = 0x3f8 }, -1 },
		{ { .kind = HSIM_EXIT_IO, .port = 0x400, .addr = 0x401000, .rip = 0x401000 }, -1 },
		{ { .kind = HSIM_EXIT_EXCEPTION, .vector = 30, .port = 0x3f8 }, -1 },
		{ { .kind = HSIM_EXIT_INSN, .insn = 0, .port = 0x3f8, .vector = 31 }, -1 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int got = hsim_events_classify(ev, &cases[i].ex);
		if (got != cases[i].want)
			fail_msg("case %zu: classify gave %d, want %d", i, got, cases[i].want);
	}
	hsim_events_destroy(ev);
}

/* ---- add() --------------------------------------------------------------------- */

static void test_add_rejects(void **state)
{
	static const struct hsim_event bad[] = {
		{ HSIM_MATCH_IO, 0x20, 0x10, HSIM_CLASS_STOP, HSIM_H_ERROR },
		{ HSIM_MATCH_IO, 0, 0x10000, HSIM_CLASS_STOP, HSIM_H_ERROR },
		{ HSIM_MATCH_IO, 0x10000, 0x10000, HSIM_CLASS_STOP, HSIM_H_ERROR },
		{ HSIM_MATCH_EXCEPTION, 0, 32, HSIM_CLASS_STOP, HSIM_H_FAULT },
		{ HSIM_MATCH_EXIT, 0, HSIM_EXIT_COUNT, HSIM_CLASS_STOP, HSIM_H_ERROR },
		{ HSIM_MATCH_INSN, HSIM_INSN_COUNT, HSIM_INSN_COUNT, HSIM_CLASS_COMPLEX,
		  HSIM_H_SIMULATE },
		{ HSIM_MATCH_MMIO, 1, 0, HSIM_CLASS_COMPLEX, HSIM_H_DEVICE },
		{ HSIM_MATCH_COUNT, 0, 0, HSIM_CLASS_STOP, HSIM_H_ERROR },
		{ HSIM_MATCH_IO, 0, 0, HSIM_CLASS_COUNT, HSIM_H_ERROR },
		{ HSIM_MATCH_IO, 0, 0, HSIM_CLASS_STOP, HSIM_H_COUNT },
		/* the handler cannot serve the match */
		{ HSIM_MATCH_IO, 0x510, 0x510, HSIM_CLASS_SIMPLE, HSIM_H_CPUID },
		{ HSIM_MATCH_MMIO, 0, 0, HSIM_CLASS_SIMPLE, HSIM_H_HYPERCALL },
		{ HSIM_MATCH_INSN, HSIM_INSN_CPUID, HSIM_INSN_RDTSC, HSIM_CLASS_SIMPLE, HSIM_H_CPUID },
		{ HSIM_MATCH_INSN, HSIM_INSN_RDTSC, HSIM_INSN_RDRAND, HSIM_CLASS_SIMPLE, HSIM_H_TSC },
		{ HSIM_MATCH_INSN, HSIM_INSN_CPUID, HSIM_INSN_CPUID, HSIM_CLASS_SIMPLE, HSIM_H_RANDOM },
		{ HSIM_MATCH_INSN, HSIM_INSN_CPUID, HSIM_INSN_CPUID, HSIM_CLASS_COMPLEX, HSIM_H_DEVICE },
		{ HSIM_MATCH_INSN, HSIM_INSN_CPUID, HSIM_INSN_CPUID, HSIM_CLASS_COMPLEX,
		  HSIM_H_FUNCTION },
		{ HSIM_MATCH_IO, 0, 0, HSIM_CLASS_STOP, HSIM_H_FAULT },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_SHUTDOWN, HSIM_EXIT_SHUTDOWN, HSIM_CLASS_STOP,
		  HSIM_H_FAULT },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_INSN, HSIM_EXIT_INSN, HSIM_CLASS_SIMPLE, HSIM_H_CPUID },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_NONE, HSIM_EXIT_IO, HSIM_CLASS_COMPLEX, HSIM_H_SIMULATE },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_EXCEPTION, HSIM_EXIT_EXCEPTION, HSIM_CLASS_SIMPLE,
		  HSIM_H_SKIP },
		{ HSIM_MATCH_EXCEPTION, 14, 14, HSIM_CLASS_SIMPLE, HSIM_H_SKIP },
		{ HSIM_MATCH_EXCEPTION, 3, 4, HSIM_CLASS_COMPLEX, HSIM_H_FUNCTION },
		{ HSIM_MATCH_MMIO, 0, 0, HSIM_CLASS_SIMPLE, HSIM_H_SKIP },
		{ HSIM_MATCH_CODE, 0x401000, 0x401000, HSIM_CLASS_SIMPLE, HSIM_H_SKIP },
		{ HSIM_MATCH_CODE, 0x401000, 0x401000, HSIM_CLASS_COMPLEX, HSIM_H_DEVICE },
		/* right handler, wrong class */
		{ HSIM_MATCH_IO, 0x510, 0x510, HSIM_CLASS_COMPLEX, HSIM_H_HYPERCALL },
		{ HSIM_MATCH_MMIO, 0, 0, HSIM_CLASS_SIMPLE, HSIM_H_DEVICE },
		{ HSIM_MATCH_INSN, HSIM_INSN_RDTSC, HSIM_INSN_RDTSC, HSIM_CLASS_COMPLEX, HSIM_H_TSC },
		{ HSIM_MATCH_IO, 0, 0xffff, HSIM_CLASS_SIMPLE, HSIM_H_ERROR },
		{ HSIM_MATCH_EXCEPTION, 0, 31, HSIM_CLASS_COMPLEX, HSIM_H_FAULT },
		{ HSIM_MATCH_CODE, 0, 0, HSIM_CLASS_SIMPLE, HSIM_H_FUNCTION },
		{ HSIM_MATCH_INSN, 0, 0, HSIM_CLASS_STOP, HSIM_H_SIMULATE },
		{ HSIM_MATCH_IO, 0, 0, HSIM_CLASS_STOP, HSIM_H_SKIP },
	};
	struct hsim_events *ev = defaults(), *ref = defaults();
	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int r = hsim_events_add(ev, &bad[i]);
		if (r != HSIM_E_INVAL)
			fail_msg("bad entry %zu: add gave %d", i, r);
	}
	assert_same_list(ev, ref);
	hsim_events_destroy(ref);
	hsim_events_destroy(ev);
}

static void test_add_accepts(void **state)
{
	static const struct hsim_event good[] = {
		{ HSIM_MATCH_EXIT, HSIM_EXIT_IO, HSIM_EXIT_BREAKPOINT, HSIM_CLASS_COMPLEX,
		  HSIM_H_SIMULATE },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_IO, HSIM_EXIT_MMIO, HSIM_CLASS_COMPLEX, HSIM_H_DEVICE },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_IO, HSIM_EXIT_IO, HSIM_CLASS_SIMPLE, HSIM_H_HYPERCALL },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_INSN, HSIM_EXIT_INSN, HSIM_CLASS_SIMPLE, HSIM_H_SKIP },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_EXCEPTION, HSIM_EXIT_EXCEPTION, HSIM_CLASS_STOP,
		  HSIM_H_FAULT },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_BREAKPOINT, HSIM_EXIT_BREAKPOINT, HSIM_CLASS_COMPLEX,
		  HSIM_H_FUNCTION },
		{ HSIM_MATCH_IO, 0x3f8, 0x3ff, HSIM_CLASS_COMPLEX, HSIM_H_DEVICE },
		{ HSIM_MATCH_IO, 0x80, 0x80, HSIM_CLASS_SIMPLE, HSIM_H_SKIP },
		{ HSIM_MATCH_IO, 0x80, 0x80, HSIM_CLASS_COMPLEX, HSIM_H_SIMULATE },
		{ HSIM_MATCH_MMIO, 0, UINT64_MAX, HSIM_CLASS_COMPLEX, HSIM_H_SIMULATE },
		{ HSIM_MATCH_MMIO, 0, UINT64_MAX, HSIM_CLASS_STOP, HSIM_H_ERROR },
		{ HSIM_MATCH_EXCEPTION, 6, 6, HSIM_CLASS_COMPLEX, HSIM_H_SIMULATE },
		{ HSIM_MATCH_EXCEPTION, 1, 1, HSIM_CLASS_SIMPLE, HSIM_H_SKIP },
		{ HSIM_MATCH_EXCEPTION, 3, 4, HSIM_CLASS_SIMPLE, HSIM_H_SKIP },
		{ HSIM_MATCH_EXCEPTION, 0, 31, HSIM_CLASS_STOP, HSIM_H_ERROR },
		{ HSIM_MATCH_CODE, 0, UINT64_MAX, HSIM_CLASS_COMPLEX, HSIM_H_FUNCTION },
		{ HSIM_MATCH_CODE, 0x401000, 0x401000, HSIM_CLASS_COMPLEX, HSIM_H_SIMULATE },
		{ HSIM_MATCH_INSN, 0, HSIM_INSN_COUNT - 1, HSIM_CLASS_SIMPLE, HSIM_H_SKIP },
		{ HSIM_MATCH_INSN, HSIM_INSN_RDTSCP, HSIM_INSN_RDTSCP, HSIM_CLASS_SIMPLE, HSIM_H_TSC },
		{ HSIM_MATCH_INSN, HSIM_INSN_RDSEED, HSIM_INSN_RDSEED, HSIM_CLASS_SIMPLE,
		  HSIM_H_RANDOM },
	};
	struct hsim_events *ev = empty();
	(void)state;
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		int r = hsim_events_add(ev, &good[i]);
		if (r != 0)
			fail_msg("good entry %zu: add gave %d", i, r);
		assert_true(same_event(hsim_events_get(ev, i), &good[i]));
	}
	/* growth past the first allocation keeps every entry */
	for (unsigned i = 0; i < 1000; i++)
		add_ok(ev, HSIM_MATCH_IO, i, i, HSIM_CLASS_SIMPLE, HSIM_H_SKIP);
	for (unsigned i = 0; i < 1000; i++)
		assert_int_equal(hsim_events_get(ev, sizeof(good) / sizeof(good[0]) + i)->lo, i);
	struct hsim_exit ex = io_exit(999);
	assert_int_equal(hsim_events_classify(ev, &ex), (int)hsim_events_count(ev) - 1);
	hsim_events_destroy(ev);
}

/* ---- parsing --------------------------------------------------------------------- */

static void test_parse_good(void **state)
{
	static const char text[] =
		"# comments and blank lines are ignored\n"
		"\n"
		"   \t\n"
		"io 0x510 simple hypercall\n"
		"io 0x3f8-0x3ff complex device   # a UART\n"
		"mmio 0x1000000000-0x100000ffff complex device\n"
		"exception 14 stop fault\n"
		"exception #PF stop fault\n"
		"exception #ud-#nm stop fault\n"
		"exception 0-31 stop fault\n"
		"insn rdtsc complex simulate\n"
		"insn cpuid simple cpuid\r\n"
		"code 0x401000 complex function\n"
		"exit shutdown stop error\n"
		"exit sim-done stop error\n"
		"exit none-sim-done stop error\n"
		"exit sim-done-unknown stop error\n"
		"EXIT IO SIMPLE HYPERCALL\n"
		"exit 1-2 complex device\n"
		"io 1296 simple hypercall\n"
		"\tinsn\t4\tsimple\trandom\t#no newline at the end";
	static const struct hsim_event want[] = {
		{ HSIM_MATCH_IO, 0x510, 0x510, HSIM_CLASS_SIMPLE, HSIM_H_HYPERCALL },
		{ HSIM_MATCH_IO, 0x3f8, 0x3ff, HSIM_CLASS_COMPLEX, HSIM_H_DEVICE },
		{ HSIM_MATCH_MMIO, 0x1000000000, 0x100000ffff, HSIM_CLASS_COMPLEX, HSIM_H_DEVICE },
		{ HSIM_MATCH_EXCEPTION, 14, 14, HSIM_CLASS_STOP, HSIM_H_FAULT },
		{ HSIM_MATCH_EXCEPTION, 14, 14, HSIM_CLASS_STOP, HSIM_H_FAULT },
		{ HSIM_MATCH_EXCEPTION, 6, 7, HSIM_CLASS_STOP, HSIM_H_FAULT },
		{ HSIM_MATCH_EXCEPTION, 0, 31, HSIM_CLASS_STOP, HSIM_H_FAULT },
		{ HSIM_MATCH_INSN, HSIM_INSN_RDTSC, HSIM_INSN_RDTSC, HSIM_CLASS_COMPLEX,
		  HSIM_H_SIMULATE },
		{ HSIM_MATCH_INSN, HSIM_INSN_CPUID, HSIM_INSN_CPUID, HSIM_CLASS_SIMPLE, HSIM_H_CPUID },
		{ HSIM_MATCH_CODE, 0x401000, 0x401000, HSIM_CLASS_COMPLEX, HSIM_H_FUNCTION },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_SHUTDOWN, HSIM_EXIT_SHUTDOWN, HSIM_CLASS_STOP,
		  HSIM_H_ERROR },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_SIM_DONE, HSIM_EXIT_SIM_DONE, HSIM_CLASS_STOP,
		  HSIM_H_ERROR },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_NONE, HSIM_EXIT_SIM_DONE, HSIM_CLASS_STOP, HSIM_H_ERROR },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_SIM_DONE, HSIM_EXIT_UNKNOWN, HSIM_CLASS_STOP,
		  HSIM_H_ERROR },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_IO, HSIM_EXIT_IO, HSIM_CLASS_SIMPLE, HSIM_H_HYPERCALL },
		{ HSIM_MATCH_EXIT, HSIM_EXIT_IO, HSIM_EXIT_MMIO, HSIM_CLASS_COMPLEX, HSIM_H_DEVICE },
		{ HSIM_MATCH_IO, 0x510, 0x510, HSIM_CLASS_SIMPLE, HSIM_H_HYPERCALL },
		{ HSIM_MATCH_INSN, HSIM_INSN_RDSEED, HSIM_INSN_RDSEED, HSIM_CLASS_SIMPLE,
		  HSIM_H_RANDOM },
	};
	struct hsim_events *ev = defaults();
	char err[256] = "untouched";
	(void)state;

	assert_int_equal(hsim_events_parse(ev, text, err, sizeof(err)), 0);
	assert_int_equal(hsim_events_count(ev), NDEFAULT + sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		if (!same_event(hsim_events_get(ev, NDEFAULT + i), &want[i]))
			fail_msg("entry %zu parsed wrong", i);
	/* the defaults are still first, untouched */
	struct hsim_events *ref = defaults();
	for (size_t i = 0; i < NDEFAULT; i++)
		assert_true(same_event(hsim_events_get(ev, i), hsim_events_get(ref, i)));

	/* nothing at all, and only comments: no entries, no error */
	assert_int_equal(hsim_events_parse(ref, "", err, sizeof(err)), 0);
	assert_int_equal(hsim_events_parse(ref, "# x\n\n#y\n", err, sizeof(err)), 0);
	assert_int_equal(hsim_events_count(ref), NDEFAULT);
	hsim_events_destroy(ref);
	hsim_events_destroy(ev);
}

static void test_parse_clear(void **state)
{
	struct hsim_events *ev = defaults();
	char err[256];
	(void)state;

	/* clear drops the list's own entries and the file's before it */
	assert_int_equal(hsim_events_parse(ev, "io 0x80 simple skip\n"
					   "clear   # replace the defaults\n"
					   "io 0x510 simple hypercall\n", err, sizeof(err)), 0);
	assert_int_equal(hsim_events_count(ev), 1);
	assert_int_equal(hsim_events_get(ev, 0)->handler, HSIM_H_HYPERCALL);
	struct hsim_exit ex = insn_exit(HSIM_INSN_CPUID);
	assert_int_equal(hsim_events_classify(ev, &ex), -1);

	assert_int_equal(hsim_events_parse(ev, "clear", err, sizeof(err)), 0);
	assert_int_equal(hsim_events_count(ev), 0);
	hsim_events_destroy(ev);

	/* a clear followed by a bad line clears nothing */
	struct hsim_events *a = defaults(), *ref = defaults();
	assert_int_equal(hsim_events_parse(a, "clear\nio 0x510 simple hypercall\nbogus\n",
					   err, sizeof(err)), HSIM_E_EVENTS);
	assert_string_equal(err, "3: unknown match 'bogus' (exit, io, mmio, exception, code, "
			    "insn, or clear)");
	assert_same_list(a, ref);
	hsim_events_destroy(a);
	hsim_events_destroy(ref);
}

struct bad_line {
	const char *text;
	const char *err; /* the whole message */
};

static const struct bad_line bad_lines[] = {
	{ "io 0x510 simple hypercall\n\ninsn rdtsc simpel tsc\n",
	  "3: unknown class 'simpel' (simple, complex, stop)" },
	{ "#\n#\n#\n#\nio 0x510 simple cpuid\n",
	  "5: handler 'cpuid' cannot serve io events (it serves insn cpuid)" },
	{ "\n\n\n\n\n\nio 0x20-0x10 stop error\n", "7: range 0x20-0x10 is empty" },
	{ "#\nio 0x10000 stop error\n", "2: port 0x10000 is out of range (0-0xffff)" },
	{ "io 0-65536 stop error\n", "1: port 0x10000 is out of range (0-0xffff)" },
	{ "exception 32 stop fault\n", "1: vector 32 is out of range (0-31)" },
	{ "exit 9 stop error\n", "1: exit kind 9 is out of range (0-8)" },
	{ "insn 5 complex simulate\n", "1: insn 5 is out of range (0-4)" },
	{ "exit unknown-none stop error\n", "1: range unknown-none is empty" },
	{ "insn rdseed-cpuid simple skip\n", "1: range rdseed-cpuid is empty" },
	{ "io 0x510 simple hypercall extra\n", "1: unexpected 'extra' after the handler" },
	{ "clear now\n", "1: unexpected 'now' after the clear" },
	{ "io\n", "1: missing key after 'io'" },
	{ "exception # a comment\n", "1: missing key after 'exception'" },
	{ "io 0x510\n", "1: missing class (simple, complex, stop)" },
	{ "io 0x510 simple # no handler\n",
	  "1: missing handler (hypercall, device, cpuid, tsc, random, simulate, function, "
	  "fault, error, skip)" },
	{ "io 0x510 simple hypercal\n",
	  "1: unknown handler 'hypercal' (hypercall, device, cpuid, tsc, random, simulate, "
	  "function, fault, error, skip)" },
	{ "port 0x510 simple hypercall\n",
	  "1: unknown match 'port' (exit, io, mmio, exception, code, insn, or clear)" },
	{ "mmio 0x10000000000000000 complex device\n",
	  "1: number '0x10000000000000000' does not fit in 64 bits" },
	{ "mmio 18446744073709551616 complex device\n",
	  "1: number '18446744073709551616' does not fit in 64 bits" },
	{ "mmio 0-0x1ffffffffffffffff complex device\n",
	  "1: number '0x1ffffffffffffffff' does not fit in 64 bits" },
	{ "mmio 0x1ffffffffffffffff-0x2 complex device\n",
	  "1: number '0x1ffffffffffffffff' does not fit in 64 bits" },
	{ "io 0x51g simple hypercall\n", "1: bad port '0x51g' (a number or LO-HI)" },
	{ "io 0x simple hypercall\n", "1: bad port '0x' (a number or LO-HI)" },
	{ "io -5 simple hypercall\n", "1: bad port '-5' (a number or LO-HI)" },
	{ "io 5- simple hypercall\n", "1: bad port '' (a number or LO-HI)" },
	{ "io 1-2-3 simple skip\n", "1: bad port '2-3' (a number or LO-HI)" },
	{ "mmio lots complex device\n", "1: bad address 'lots' (a number or LO-HI)" },
	{ "code main+0x10 complex function\n",
	  "1: code key 'main+0x10' is not an address (symbols are resolved by the hsim tool, "
	  "not in event lists)" },
	{ "exception #XX stop fault\n",
	  "1: unknown exception '#XX' (0-31 or a name such as #PF)" },
	{ "exception PF stop fault\n",
	  "1: unknown exception 'PF' (0-31 or a name such as #PF)" },
	{ "insn rdpid complex simulate\n",
	  "1: unknown instruction 'rdpid' (cpuid, rdtsc, rdtscp, rdrand, rdseed, or a number)" },
	{ "exit vmcall stop error\n",
	  "1: unknown exit kind 'vmcall' (none, io, mmio, exception, insn, breakpoint, "
	  "sim-done, shutdown, unknown, or a number)" },
	{ "exit io-vmcall stop error\n",
	  "1: unknown exit kind 'vmcall' (none, io, mmio, exception, insn, breakpoint, "
	  "sim-done, shutdown, unknown, or a number)" },
	{ "insn rdtsc simple cpuid\n",
	  "1: handler 'cpuid' cannot serve insn rdtsc (it serves insn cpuid)" },
	{ "insn rdtsc-rdrand simple tsc\n",
	  "1: handler 'tsc' cannot serve insn rdrand (it serves insn rdtsc, rdtscp)" },
	{ "exception 0-31 simple skip\n",
	  "1: handler 'skip' cannot serve exception #DE (it serves io, insn, exception #DB #BP "
	  "#OF)" },
	{ "exit insn simple cpuid\n",
	  "1: handler 'cpuid' cannot serve every insn exit (it serves insn cpuid)" },
	{ "exit io-shutdown complex simulate\n",
	  "1: handler 'simulate' cannot serve sim-done exits (it serves io, mmio, exception, "
	  "insn, code)" },
	{ "exit shutdown stop fault\n",
	  "1: handler 'fault' cannot serve shutdown exits (it serves exception)" },
	{ "mmio 0 complex hypercall\n",
	  "1: handler 'hypercall' cannot serve mmio events (it serves io)" },
	{ "code 0x401000 simple skip\n",
	  "1: handler 'skip' cannot serve code events (it serves io, insn, exception #DB #BP "
	  "#OF)" },
	{ "io 0x510 complex hypercall\n", "1: handler 'hypercall' is simple, not complex" },
	{ "exception 14 simple fault\n", "1: handler 'fault' is stop, not simple" },
	{ "insn cpuid stop simulate\n", "1: handler 'simulate' is complex, not stop" },
	/* the first bad line is reported, however many follow */
	{ "io 1 simple skip\r\nio 2 simple skip\r\nio x simple skip\r\nio y\n",
	  "3: bad port 'x' (a number or LO-HI)" },
};

static void test_parse_bad(void **state)
{
	struct hsim_events *ev = defaults(), *ref = defaults();
	(void)state;
	for (size_t i = 0; i < sizeof(bad_lines) / sizeof(bad_lines[0]); i++) {
		char err[512] = "";
		int r = hsim_events_parse(ev, bad_lines[i].text, err, sizeof(err));
		if (r != HSIM_E_EVENTS)
			fail_msg("bad text %zu: parse gave %d", i, r);
		if (strcmp(err, bad_lines[i].err) != 0)
			fail_msg("bad text %zu: error\n  '%s', want\n  '%s'", i, err, bad_lines[i].err);
		assert_same_list(ev, ref);
	}
	/* a message that does not fit is cut, not overrun */
	char small[8];
	memset(small, 'x', sizeof(small));
	assert_int_equal(hsim_events_parse(ev, "io 0x10000 stop error", small, 4), HSIM_E_EVENTS);
	assert_string_equal(small, "1: ");
	assert_int_equal(small[4], 'x');
	/* no buffer at all is allowed */
	assert_int_equal(hsim_events_parse(ev, "bad", NULL, 0), HSIM_E_EVENTS);
	assert_int_equal(hsim_events_parse(NULL, "", NULL, 0), HSIM_E_INVAL);
	assert_int_equal(hsim_events_parse(ev, NULL, NULL, 0), HSIM_E_INVAL);
	assert_same_list(ev, ref);
	hsim_events_destroy(ev);
	hsim_events_destroy(ref);
}

/* ---- round trips -------------------------------------------------------------------- */

/* format(e) parses back to e exactly. */
static void assert_round_trip(const struct hsim_event *e)
{
	struct hsim_events *ev = empty();
	char line[128], err[256];
	int n = hsim_event_format(e, line, sizeof(line));

	assert_true(n > 0 && (size_t)n < sizeof(line));
	assert_int_equal((size_t)n, strlen(line));
	if (hsim_events_parse(ev, line, err, sizeof(err)) != 0)
		fail_msg("'%s' does not parse: %s", line, err);
	assert_int_equal(hsim_events_count(ev), 1);
	if (!same_event(hsim_events_get(ev, 0), e))
		fail_msg("'%s' parses to another entry", line);
	hsim_events_destroy(ev);
}

static void test_round_trip_defaults(void **state)
{
	struct hsim_events *ev = defaults();
	(void)state;
	for (size_t i = 0; i < hsim_events_count(ev); i++)
		assert_round_trip(hsim_events_get(ev, i));
	hsim_events_destroy(ev);
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

/* A key near the interesting values of match m: 0, the maximum, just past it
 * (so that some entries are invalid), or anything. */
static uint64_t rnd_key(enum hsim_event_match m)
{
	static const uint64_t max[HSIM_MATCH_COUNT] = {
		[HSIM_MATCH_EXIT] = HSIM_EXIT_COUNT - 1, [HSIM_MATCH_IO] = 0xffff,
		[HSIM_MATCH_MMIO] = UINT64_MAX, [HSIM_MATCH_EXCEPTION] = 31,
		[HSIM_MATCH_CODE] = UINT64_MAX, [HSIM_MATCH_INSN] = HSIM_INSN_COUNT - 1,
	};
	switch (rnd() % 4) {
	case 0: return rnd() % 3;
	case 1: return max[m] - rnd() % 2;
	case 2: return max[m] + 1;
	default: return max[m] == UINT64_MAX ? rnd() : rnd() % (max[m] + 1);
	}
}

/* Random entries: those add() accepts round-trip, and the parser refuses
 * exactly those add() refuses. */
static void test_round_trip_random(void **state)
{
	struct hsim_events *scratch = empty();
	unsigned accepted = 0, refused = 0;
	(void)state;

	for (unsigned i = 0; i < 60000; i++) {
		struct hsim_event e;
		e.match = (enum hsim_event_match)(rnd() % HSIM_MATCH_COUNT);
		e.lo = rnd_key(e.match);
		e.hi = rnd() % 3 == 0 ? e.lo : rnd_key(e.match);
		e.cls = (enum hsim_event_class)(rnd() % HSIM_CLASS_COUNT);
		e.handler = (enum hsim_handler)(rnd() % HSIM_H_COUNT);

		int r = hsim_events_add(scratch, &e);
		if (r == 0) {
			accepted++;
			assert_round_trip(&e);
			continue;
		}
		assert_int_equal(r, HSIM_E_INVAL);
		refused++;
		char line[128], err[256] = "";
		hsim_event_format(&e, line, sizeof(line));
		struct hsim_events *ev = empty();
		if (hsim_events_parse(ev, line, err, sizeof(err)) != HSIM_E_EVENTS)
			fail_msg("'%s' is refused by add() but parses", line);
		assert_int_equal(hsim_events_count(ev), 0);
		assert_memory_equal(err, "1: ", 3);
		hsim_events_destroy(ev);
	}
	/* both sides were exercised */
	assert_true(accepted > 2000);
	assert_true(refused > 1000);
	assert_int_equal(hsim_events_count(scratch), accepted);
	hsim_events_destroy(scratch);
}

static void test_format(void **state)
{
	char buf[16];
	struct hsim_event e = { HSIM_MATCH_EXCEPTION, 14, 14, HSIM_CLASS_STOP, HSIM_H_FAULT };
	(void)state;

	assert_int_equal(hsim_event_format(&e, NULL, 0), (int)strlen("exception #PF stop fault"));
	memset(buf, 'x', sizeof(buf));
	assert_int_equal(hsim_event_format(&e, buf, 10), (int)strlen("exception #PF stop fault"));
	assert_string_equal(buf, "exception");
	assert_int_equal(buf[10], 'x');

	char line[96];
	struct { struct hsim_event e; const char *want; } cases[] = {
		{ { HSIM_MATCH_EXCEPTION, 15, 15, HSIM_CLASS_STOP, HSIM_H_FAULT },
		  "exception 15 stop fault" },
		{ { HSIM_MATCH_EXCEPTION, 2, 2, HSIM_CLASS_STOP, HSIM_H_FAULT },
		  "exception NMI stop fault" },
		{ { HSIM_MATCH_EXCEPTION, 3, 4, HSIM_CLASS_SIMPLE, HSIM_H_SKIP },
		  "exception 3-4 simple skip" },
		{ { HSIM_MATCH_CODE, 0x401000, 0x401000, HSIM_CLASS_COMPLEX, HSIM_H_FUNCTION },
		  "code 0x401000 complex function" },
		{ { HSIM_MATCH_MMIO, 0, UINT64_MAX, HSIM_CLASS_STOP, HSIM_H_ERROR },
		  "mmio 0x0-0xffffffffffffffff stop error" },
		{ { HSIM_MATCH_EXIT, HSIM_EXIT_SIM_DONE, HSIM_EXIT_UNKNOWN, HSIM_CLASS_STOP,
		    HSIM_H_ERROR }, "exit sim-done-unknown stop error" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		hsim_event_format(&cases[i].e, line, sizeof(line));
		assert_string_equal(line, cases[i].want);
	}

	e.handler = HSIM_H_COUNT;
	assert_int_equal(hsim_event_format(&e, line, sizeof(line)), HSIM_E_INVAL);
	e.handler = HSIM_H_FAULT;
	e.match = HSIM_MATCH_COUNT;
	assert_int_equal(hsim_event_format(&e, line, sizeof(line)), HSIM_E_INVAL);
	assert_int_equal(hsim_event_format(NULL, line, sizeof(line)), HSIM_E_INVAL);
}

/* ---- files ------------------------------------------------------------------------ */

static void write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static void test_load_file(void **state)
{
	char dir[] = "/tmp/hsim-events-XXXXXX", path[64], err[512];
	struct hsim_events *ev = defaults(), *ref = defaults();
	(void)state;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/ev", dir);

	static const char good[] = "clear\nio 0x510 simple hypercall\nexception #UD stop fault\n";
	write_file(path, good, strlen(good));
	assert_int_equal(hsim_events_load_file(ev, path, err, sizeof(err)), 0);
	assert_int_equal(hsim_events_count(ev), 2);
	assert_int_equal(hsim_events_get(ev, 1)->lo, 6);

	/* a parse error names the file and the line; nothing changes */
	static const char bad[] = "io 0x510 simple hypercall\nio 0x511 simple cpuid\n";
	write_file(path, bad, strlen(bad));
	assert_int_equal(hsim_events_load_file(ref, path, err, sizeof(err)), HSIM_E_EVENTS);
	char want[256];
	snprintf(want, sizeof(want), "%s:2: handler 'cpuid' cannot serve io events (it serves "
		 "insn cpuid)", path);
	assert_string_equal(err, want);
	assert_int_equal(hsim_events_count(ref), NDEFAULT);

	/* a NUL byte: not a text file */
	static const char nul[] = "io 0x510 simple hypercall\n\nio 0\0x simple skip\n";
	write_file(path, nul, sizeof(nul) - 1);
	assert_int_equal(hsim_events_load_file(ref, path, err, sizeof(err)), HSIM_E_EVENTS);
	snprintf(want, sizeof(want), "%s:3: NUL byte; not a text file", path);
	assert_string_equal(err, want);
	assert_int_equal(hsim_events_count(ref), NDEFAULT);

	/* exactly the cap is read; one byte more is refused */
	size_t cap = 1u << 20;
	char *big = malloc(cap + 1);
	assert_non_null(big);
	memset(big, '\n', cap + 1);
	memcpy(big, "io 0x80 simple skip", 19);
	write_file(path, big, cap);
	assert_int_equal(hsim_events_load_file(ref, path, err, sizeof(err)), 0);
	assert_int_equal(hsim_events_count(ref), NDEFAULT + 1);
	write_file(path, big, cap + 1);
	assert_int_equal(hsim_events_load_file(ref, path, err, sizeof(err)), HSIM_E_EVENTS);
	assert_non_null(strstr(err, path));
	assert_non_null(strstr(err, "larger than 1024 KiB"));
	assert_int_equal(hsim_events_count(ref), NDEFAULT + 1);
	free(big);

	/* a missing file: -errno, and the message names the path */
	assert_int_equal(unlink(path), 0);
	assert_int_equal(hsim_events_load_file(ref, path, err, sizeof(err)), -ENOENT);
	snprintf(want, sizeof(want), "%s: %s", path, strerror(ENOENT));
	assert_string_equal(err, want);
	/* a directory cannot be read */
	assert_int_equal(hsim_events_load_file(ref, dir, err, sizeof(err)), -EISDIR);
	assert_non_null(strstr(err, dir));
	assert_int_equal(hsim_events_load_file(ref, NULL, err, sizeof(err)), HSIM_E_INVAL);
	assert_int_equal(hsim_events_count(ref), NDEFAULT + 1);
	assert_int_equal(rmdir(dir), 0);
	hsim_events_destroy(ev);
	hsim_events_destroy(ref);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_default_lines),
		cmocka_unit_test(test_default_classify),
		cmocka_unit_test(test_empty_and_null),
		cmocka_unit_test(test_last_match_wins),
		cmocka_unit_test(test_range_edges),
		cmocka_unit_test(test_add_rejects),
		cmocka_unit_test(test_add_accepts),
		cmocka_unit_test(test_parse_good),
		cmocka_unit_test(test_parse_clear),
		cmocka_unit_test(test_parse_bad),
		cmocka_unit_test(test_round_trip_defaults),
		cmocka_unit_test(test_round_trip_random),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_load_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
