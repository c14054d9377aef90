/* The simulator's tracking of written pages (sim_set_dirty), which
 * checkpoints rely on under --sim and for complex events: every kind of
 * store marks exactly the 4 KiB pages it touches (both for an access across
 * a page boundary), again after the caller clears the bits, loads and
 * faulting stores mark none, tracking off marks nothing, and stores into
 * code still drop its decodes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "cpu/sim.h"

#define MEM (8u << 20)
#define CODE 0x400000u
#define STACK 0x600000u
#define NWORDS (MEM / 4096 / 64)

struct t {
	uint8_t *mem;
	struct sim_mem m;
	struct hsim_cpu_state st;
	struct sim *s;
	uint64_t dirty[NWORDS];
};

static struct t *t_new(void)
{
	struct t *t = calloc(1, sizeof(*t));
	assert_non_null(t);
	t->mem = calloc(1, MEM);
	assert_non_null(t->mem);
	t->m = (struct sim_mem){ t->mem, MEM, 0x200000 };
	t->st.rip = CODE;
	t->st.gpr[HSIM_RSP] = STACK;
	t->st.rflags = 0x202;
	t->st.mxcsr = 0x1f80;
	assert_int_equal(sim_create(&t->s, &t->st, &t->m, NULL), 0);
	assert_int_equal(sim_set_dirty(t->s, t->dirty), 0);
	return t;
}

static void t_free(struct t *t)
{
	sim_destroy(t->s);
	free(t->mem);
	free(t);
}

/* Run code (an `out` is appended) from CODE to its `out`. */
static void run(struct t *t, const uint8_t *code, size_t n)
{
	static const uint8_t out[] = { 0xe6, 0x10 }; /* out %al, $0x10 */
	struct sim_stop stop;
	memcpy(t->mem + CODE, code, n);
	memcpy(t->mem + CODE + n, out, sizeof(out));
	sim_invalidate(t->s, CODE, n + sizeof(out));
	t->st.rip = CODE;
	assert_int_equal(sim_run(t->s, 100000, &stop), 0);
	assert_int_equal(stop.reason, SIM_STOP_IO);
}

/* The marked pages are exactly pages[0..n) (addresses), then cleared. */
static void expect(struct t *t, const uint64_t *pages, size_t n)
{
	uint64_t want[NWORDS] = { 0 };
	for (size_t i = 0; i < n; i++)
		want[pages[i] / 4096 / 64] |= 1ull << (pages[i] / 4096 % 64);
	for (size_t w = 0; w < NWORDS; w++) {
		if (want[w] != t->dirty[w])
			fail_msg("pages %#llx..: marked %#llx, want %#llx",
				 (unsigned long long)w * 64 * 4096, (unsigned long long)t->dirty[w],
				 (unsigned long long)want[w]);
	}
	memset(t->dirty, 0, sizeof(t->dirty));
	assert_int_equal(sim_set_dirty(t->s, t->dirty), 0); /* after clearing */
}
#define EXPECT(t, ...) do { \
	static const uint64_t p_[] = { __VA_ARGS__ }; \
	expect(t, p_, sizeof(p_) / sizeof(p_[0])); \
} while (0)
#define EXPECT_NONE(t) expect(t, NULL, 0)

#define CODE_OF(...) ((const uint8_t[]){ __VA_ARGS__ }), sizeof((const uint8_t[]){ __VA_ARGS__ })

static void test_plain_stores(void **state)
{
	(void)state;
	struct t *t = t_new();
	t->st.gpr[HSIM_RBX] = 0x500010;
	run(t, CODE_OF(0x89, 0x03));             /* mov %eax, (%rbx) */
	EXPECT(t, 0x500000);
	run(t, CODE_OF(0x88, 0x03));             /* mov %al, (%rbx) */
	EXPECT(t, 0x500000);
	run(t, CODE_OF(0xc7, 0x43, 0x08, 1, 0, 0, 0)); /* movl $1, 8(%rbx) */
	EXPECT(t, 0x500000);
	run(t, CODE_OF(0x01, 0x03));             /* add %eax, (%rbx) */
	EXPECT(t, 0x500000);
	run(t, CODE_OF(0x87, 0x03));             /* xchg %eax, (%rbx) */
	EXPECT(t, 0x500000);
	run(t, CODE_OF(0x0f, 0xb1, 0x0b));       /* cmpxchg %ecx, (%rbx) */
	EXPECT(t, 0x500000);
	/* the last page of memory */
	t->st.gpr[HSIM_RBX] = MEM - 8;
	run(t, CODE_OF(0x48, 0x89, 0x03));       /* mov %rax, (%rbx) */
	EXPECT(t, MEM - 4096);
	t_free(t);
}

static void test_loads_mark_nothing(void **state)
{
	(void)state;
	struct t *t = t_new();
	t->st.gpr[HSIM_RBX] = 0x500010;
	run(t, CODE_OF(0x8b, 0x03,               /* mov (%rbx), %eax */
		       0x39, 0x03,               /* cmp %eax, (%rbx) */
		       0x85, 0x03,               /* test %eax, (%rbx) */
		       0x0f, 0xa3, 0x03,         /* bt %eax, (%rbx) */
		       0x0f, 0x10, 0x03));       /* movups (%rbx), %xmm0 */
	EXPECT_NONE(t);
	t_free(t);
}

static void test_cross_page(void **state)
{
	(void)state;
	struct t *t = t_new();
	t->st.gpr[HSIM_RBX] = 0x500ffc;
	run(t, CODE_OF(0x48, 0x89, 0x03));       /* mov %rax, (%rbx) */
	EXPECT(t, 0x500000, 0x501000);
	t->st.gpr[HSIM_RBX] = 0x502fff;
	run(t, CODE_OF(0x66, 0x89, 0x03));       /* mov %ax, (%rbx) */
	EXPECT(t, 0x502000, 0x503000);
	t->st.gpr[HSIM_RBX] = 0x504ff8;
	run(t, CODE_OF(0x0f, 0x11, 0x03));       /* movups %xmm0, (%rbx) */
	EXPECT(t, 0x504000, 0x505000);
	/* a store ending exactly at a page's end touches that page only */
	t->st.gpr[HSIM_RBX] = 0x506ff8;
	run(t, CODE_OF(0x48, 0x89, 0x03));
	EXPECT(t, 0x506000);
	t_free(t);
}

static void test_string_ops(void **state)
{
	(void)state;
	struct t *t = t_new();
	/* rep stosb over three pages (the bulk path goes page by page) */
	t->st.gpr[HSIM_RDI] = 0x502000;
	t->st.gpr[HSIM_RCX] = 0x3000;
	t->st.gpr[HSIM_RAX] = 1;
	run(t, CODE_OF(0xf3, 0xaa));
	EXPECT(t, 0x502000, 0x503000, 0x504000);
	/* rep movsb: the destination's pages, not the source's */
	t->st.gpr[HSIM_RSI] = 0x510000;
	t->st.gpr[HSIM_RDI] = 0x520800;
	t->st.gpr[HSIM_RCX] = 0x1000;
	run(t, CODE_OF(0xf3, 0xa4));
	EXPECT(t, 0x520000, 0x521000);
	/* rep stosq, 8 KiB from a page boundary */
	t->st.gpr[HSIM_RDI] = 0x530000;
	t->st.gpr[HSIM_RCX] = 1024;
	run(t, CODE_OF(0xf3, 0x48, 0xab));
	EXPECT(t, 0x530000, 0x531000);
	/* rep movsq backwards (DF=1) across a boundary */
	t->st.gpr[HSIM_RSI] = 0x540100;
	t->st.gpr[HSIM_RDI] = 0x550010;
	t->st.gpr[HSIM_RCX] = 8;
	run(t, CODE_OF(0xfd, 0xf3, 0x48, 0xa5, 0xfc));
	EXPECT(t, 0x54f000, 0x550000);
	/* single movsb, stosw; lodsb and rep cmpsb write nothing */
	t->st.gpr[HSIM_RSI] = 0x510000;
	t->st.gpr[HSIM_RDI] = 0x560000;
	run(t, CODE_OF(0xa4, 0x66, 0xab));
	EXPECT(t, 0x560000);
	t->st.gpr[HSIM_RSI] = 0x510000;
	t->st.gpr[HSIM_RDI] = 0x570000;
	t->st.gpr[HSIM_RCX] = 100;
	run(t, CODE_OF(0xac, 0xf3, 0xa6));
	EXPECT_NONE(t);
	t_free(t);
}

static void test_sse_stores(void **state)
{
	(void)state;
	struct t *t = t_new();
	t->st.gpr[HSIM_RBX] = 0x500000;
	run(t, CODE_OF(0x66, 0x0f, 0x7f, 0x03)); /* movdqa %xmm0, (%rbx) */
	EXPECT(t, 0x500000);
	t->st.gpr[HSIM_RBX] = 0x501000;
	run(t, CODE_OF(0x0f, 0x29, 0x03));       /* movaps %xmm0, (%rbx) */
	EXPECT(t, 0x501000);
	t->st.gpr[HSIM_RBX] = 0x502ffc;
	run(t, CODE_OF(0x66, 0x0f, 0xd6, 0x03)); /* movq %xmm0, (%rbx) */
	EXPECT(t, 0x502000, 0x503000);
	t->st.gpr[HSIM_RBX] = 0x504000;
	run(t, CODE_OF(0xf2, 0x0f, 0x11, 0x03)); /* movsd %xmm0, (%rbx) */
	EXPECT(t, 0x504000);
	t->st.gpr[HSIM_RBX] = 0x505000;
	run(t, CODE_OF(0x0f, 0xae, 0x1b));       /* stmxcsr (%rbx) */
	EXPECT(t, 0x505000);
	t->st.gpr[HSIM_RBX] = 0x506000;
	run(t, CODE_OF(0x66, 0x0f, 0xe7, 0x03)); /* movntdq %xmm0, (%rbx) */
	EXPECT(t, 0x506000);
	t_free(t);
}

static void test_stack(void **state)
{
	(void)state;
	struct t *t = t_new();
	run(t, CODE_OF(0x50, 0x58));             /* push %rax; pop %rax */
	EXPECT(t, STACK - 4096);
	/* call pushes across a page boundary; ret reads only */
	t->st.gpr[HSIM_RSP] = STACK + 0x1004;
	run(t, CODE_OF(0xe8, 0x01, 0, 0, 0,      /* call +1 */
		       0x90,                     /* (skipped) */
		       0x48, 0x83, 0xc4, 0x08)); /* add $8, %rsp */
	EXPECT(t, STACK, STACK + 0x1000);
	t->st.gpr[HSIM_RSP] = STACK;
	run(t, CODE_OF(0x9c, 0x9d,               /* pushf; popf */
		       0x6a, 0x05, 0x58));       /* push $5; pop %rax */
	EXPECT(t, STACK - 4096);
	t_free(t);
}

static void test_faults_and_off(void **state)
{
	(void)state;
	struct t *t = t_new();
	struct sim_stop stop;
	/* a store that faults (#PF past the end of memory) marks nothing */
	t->st.gpr[HSIM_RBX] = MEM;
	memcpy(t->mem + CODE, (const uint8_t[]){ 0x89, 0x03 }, 2);
	t->st.rip = CODE;
	assert_int_equal(sim_run(t->s, 100, &stop), 0);
	assert_int_equal(stop.reason, SIM_STOP_EXCEPTION);
	assert_int_equal(stop.vector, 14);
	EXPECT_NONE(t);
	/* off: nothing, and on again starts from what the caller cleared */
	assert_int_equal(sim_set_dirty(t->s, NULL), 0);
	t->st.gpr[HSIM_RBX] = 0x500000;
	run(t, CODE_OF(0x89, 0x03));
	assert_int_equal(t->dirty[0x500000 / 4096 / 64], 0);
	assert_int_equal(sim_set_dirty(t->s, t->dirty), 0);
	t->st.gpr[HSIM_RBX] = 0x501000;
	run(t, CODE_OF(0x89, 0x03));
	EXPECT(t, 0x501000);
	t_free(t);
}

/* Tracking shares the store path's check for code lines: a store into code
 * must still drop the decode (the next instruction runs as rewritten), on a
 * page already marked or not. */
static void test_code_stores(void **state)
{
	(void)state;
	struct t *t = t_new();
	for (int i = 0; i < 3; i++) {
		t->mem[CODE + 8] = 0;
		t->st.gpr[HSIM_RAX] = 0;
		/* movb $0x42, 1(%rip) (the immediate of the next one); mov $0, %al */
		run(t, CODE_OF(0xc6, 0x05, 0x01, 0, 0, 0, 0x42, 0xb0, 0x00));
		assert_int_equal(t->st.gpr[HSIM_RAX] & 0xff, 0x42);
		if (i == 1)
			continue; /* not cleared: the page stays marked */
		EXPECT(t, CODE);
	}
	t_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_stores),
		cmocka_unit_test(test_loads_mark_nothing),
		cmocka_unit_test(test_cross_page),
		cmocka_unit_test(test_string_ops),
		cmocka_unit_test(test_sse_stores),
		cmocka_unit_test(test_stack),
		cmocka_unit_test(test_faults_and_off),
		cmocka_unit_test(test_code_stores),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
