/* hsim_cpu_fields (hsim/cpu.h), the one list of the CPU state's fields that
 * the trace codec, `hsim diff` and `hsim replay` walk: names and trace
 * numbers unique, numbers in trace order, and every byte of struct
 * hsim_cpu_state but its padding in exactly one field, so that a member
 * added to the state and not to the table fails here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <hsim.h>
#include "../../tools/regdiff.h"

static void test_names_numbers(void **state)
{
	(void)state;
	for (unsigned i = 0; i < HSIM_CPU_NFIELDS; i++) {
		const struct hsim_cpu_field *f = &hsim_cpu_fields[i];
		assert_non_null(f->name);
		assert_true(f->name[0] != 0);
		for (unsigned j = 0; j < i; j++)
			if (!strcmp(f->name, hsim_cpu_fields[j].name))
				fail_msg("%s twice (%u and %u)", f->name, j, i);
		/* the trace numbers a field by its place in its group: the
		 * register group first, then the rest of a full state */
		if (i < HSIM_CPU_NREGS) {
			assert_int_equal(f->group, HSIM_CPUF_REGS);
			assert_int_equal(f->trace, i);
			assert_int_equal(f->size, 8);
		} else {
			assert_int_equal(f->group, HSIM_CPUF_EXT);
			assert_int_equal(f->trace, i - HSIM_CPU_NREGS);
		}
		assert_true(f->size == 1 || f->size == 2 || f->size == 4 || f->size == 8);
		assert_true(f->offset + f->size <= sizeof(struct hsim_cpu_state));
	}
	for (unsigned i = 0; i < HSIM_NGPR; i++)
		assert_string_equal(hsim_gpr_name(i), hsim_cpu_fields[i].name);
	assert_string_equal(hsim_gpr_name(HSIM_NGPR), "?");
}

/* A few fixed points of the trace format (docs/design.md; the golden
 * traces check the rest): the numbers old traces were written with. */
static void test_format_numbers(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		unsigned group, trace;
		size_t offset, size;
	} want[] = {
		{ "rax", HSIM_CPUF_REGS, 0, offsetof(struct hsim_cpu_state, gpr), 8 },
		{ "r15", HSIM_CPUF_REGS, 15, offsetof(struct hsim_cpu_state, gpr[15]), 8 },
		{ "rip", HSIM_CPUF_REGS, 16, offsetof(struct hsim_cpu_state, rip), 8 },
		{ "rflags", HSIM_CPUF_REGS, 17, offsetof(struct hsim_cpu_state, rflags), 8 },
		{ "fs_base", HSIM_CPUF_EXT, 0, offsetof(struct hsim_cpu_state, fs_base), 8 },
		{ "xmm0.q0", HSIM_CPUF_EXT, 2, offsetof(struct hsim_cpu_state, xmm[0]), 8 },
		{ "xmm15.q1", HSIM_CPUF_EXT, 33, offsetof(struct hsim_cpu_state, xmm[15].q[1]), 8 },
		{ "mxcsr", HSIM_CPUF_EXT, 34, offsetof(struct hsim_cpu_state, mxcsr), 4 },
		{ "fcw", HSIM_CPUF_EXT, 35, offsetof(struct hsim_cpu_state, fcw), 2 },
		{ "efer", HSIM_CPUF_EXT, 40, offsetof(struct hsim_cpu_state, efer), 8 },
		{ "fsw", HSIM_CPUF_EXT, 41, offsetof(struct hsim_cpu_state, fsw), 2 },
		{ "ftw", HSIM_CPUF_EXT, 42, offsetof(struct hsim_cpu_state, ftw), 1 },
		{ "fdp", HSIM_CPUF_EXT, 45, offsetof(struct hsim_cpu_state, fdp), 8 },
		{ "st0.lo", HSIM_CPUF_EXT, 46, offsetof(struct hsim_cpu_state, fpr[0]), 8 },
		{ "st7.hi", HSIM_CPUF_EXT, 61, offsetof(struct hsim_cpu_state, fpr[7]) + 8, 2 },
	};
	for (size_t k = 0; k < sizeof(want) / sizeof(want[0]); k++) {
		const struct hsim_cpu_field *f = NULL;
		for (unsigned i = 0; i < HSIM_CPU_NFIELDS; i++)
			if (!strcmp(hsim_cpu_fields[i].name, want[k].name))
				f = &hsim_cpu_fields[i];
		if (!f)
			fail_msg("no field %s", want[k].name);
		assert_int_equal(f->group, want[k].group);
		assert_int_equal(f->trace, want[k].trace);
		assert_int_equal(f->offset, want[k].offset);
		assert_int_equal(f->size, want[k].size);
	}
}

/* Every byte of the state in exactly one field, but the padding. */
static void test_covers_state(void **state)
{
	(void)state;
	unsigned char owner[sizeof(struct hsim_cpu_state)];
	memset(owner, 0, sizeof(owner));
	/* the padding: the only bytes no field holds */
	memset(owner + offsetof(struct hsim_cpu_state, pad1), 0xff,
	       sizeof(((struct hsim_cpu_state *)0)->pad1));
	memset(owner + offsetof(struct hsim_cpu_state, pad2), 0xff,
	       sizeof(((struct hsim_cpu_state *)0)->pad2));
	for (unsigned i = 0; i < HSIM_CPU_NFIELDS; i++) {
		const struct hsim_cpu_field *f = &hsim_cpu_fields[i];
		for (unsigned b = f->offset; b < f->offset + f->size; b++) {
			if (owner[b])
				fail_msg("byte %u of the state in %s and in another field or padding",
					 b, f->name);
			owner[b] = 1;
		}
	}
	for (size_t b = 0; b < sizeof(owner); b++)
		if (!owner[b])
			fail_msg("byte %zu of struct hsim_cpu_state is in no field of hsim_cpu_fields", b);
}

/* get and set move exactly the field's bytes. */
static void test_get_set(void **state)
{
	(void)state;
	for (unsigned i = 0; i < HSIM_CPU_NFIELDS; i++) {
		const struct hsim_cpu_field *f = &hsim_cpu_fields[i];
		struct hsim_cpu_state s, before;
		memset(&s, 0x5a, sizeof(s));
		before = s;
		hsim_cpu_field_set(&s, f, 0x0123456789abcdefull);
		uint64_t m = f->size == 8 ? UINT64_MAX : (1ull << (8 * f->size)) - 1;
		assert_int_equal(hsim_cpu_field_get(&s, f), 0x0123456789abcdefull & m);
		hsim_cpu_field_set(&s, f, hsim_cpu_field_get(&before, f));
		assert_memory_equal(&s, &before, sizeof(s));
	}
	struct hsim_cpu_state s;
	memset(&s, 0, sizeof(s));
	s.efer = 0xd01;
	s.fpr[3][9] = 0x7f;
	for (unsigned i = 0; i < HSIM_CPU_NFIELDS; i++) {
		uint64_t v = hsim_cpu_field_get(&s, &hsim_cpu_fields[i]);
		if (!strcmp(hsim_cpu_fields[i].name, "efer"))
			assert_int_equal(v, 0xd01);
		else if (!strcmp(hsim_cpu_fields[i].name, "st3.hi"))
			assert_int_equal(v, 0x7f00);
		else
			assert_int_equal(v, 0);
	}
}

/* `hsim diff` and `hsim replay` (regdiff) see a difference in any one field
 * of a full state; the register group alone without full. Before the table
 * they left out the x87 state (fsw .. st7), so such states compared equal. */
static void test_regdiff_every_field(void **state)
{
	(void)state;
	struct hsim_cpu_state a, b;
	memset(&a, 0, sizeof(a));
	for (unsigned i = 0; i < HSIM_CPU_NFIELDS; i++) {
		const struct hsim_cpu_field *f = &hsim_cpu_fields[i];
		uint32_t mask;
		b = a;
		hsim_cpu_field_set(&b, f, 1);
		if (regdiff_count(&a, &b, 1, &mask) != 1)
			fail_msg("a difference in %s is not counted", f->name);
		assert_int_equal(mask, i < HSIM_CPU_NREGS ? 1u << i : 1u << HSIM_CPU_NREGS);
		assert_int_equal(regdiff_count(&a, &b, 0, NULL), i < HSIM_CPU_NREGS);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names_numbers),
		cmocka_unit_test(test_format_numbers),
		cmocka_unit_test(test_covers_state),
		cmocka_unit_test(test_get_set),
		cmocka_unit_test(test_regdiff_every_field),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
