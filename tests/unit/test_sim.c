/* Simulator run-loop tests (no KVM): stepping one instruction at a time,
 * or with random instruction limits, must end in exactly the state of an
 * unlimited run (block execution, chained branches, self-modifying code,
 * calls, SSE); RFLAGS.TF must trap after every instruction. Long rep
 * string instructions are interrupted and resumed as on hardware, with the
 * same end state however the run is cut. */
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
#define TF_ENTRY (CODE + 0x69u)
#define DATA 0x500000u

/* tests/unit/test_sim.s assembled with GNU as: a 200-iteration loop with a
 * branch inside the block, a call, SSE adds, stores, and a store that
 * rewrites the immediate of a later instruction every iteration; ends in
 * `out`. At +0x69: pushf; or TF; popf; nop; nop; inc %eax; mov; out. */
static const uint8_t prog[] = {
	0x48, 0xc7, 0xc3, 0x00, 0x00, 0x50, 0x00, 0x31, 0xc9, 0xb8, 0x01, 0x00,
	0x00, 0x00, 0xf2, 0x0f, 0x10, 0x05, 0x4b, 0x00, 0x00, 0x00, 0x66, 0x0f,
	0xef, 0xc9, 0x6b, 0xc0, 0x21, 0x01, 0xc8, 0xa8, 0x01, 0x74, 0x05, 0x83,
	0xf0, 0x55, 0xeb, 0x03, 0xc1, 0xc0, 0x03, 0x89, 0x04, 0x8b, 0xf2, 0x0f,
	0x58, 0xc8, 0xe8, 0x23, 0x00, 0x00, 0x00, 0xba, 0x34, 0x12, 0x00, 0x00,
	0x01, 0xd0, 0x89, 0x0d, 0xf4, 0xff, 0xff, 0xff, 0xff, 0xc1, 0x81, 0xf9,
	0xc8, 0x00, 0x00, 0x00, 0x72, 0xcc, 0xf2, 0x48, 0x0f, 0x2c, 0xf1, 0x66,
	0xba, 0x10, 0x05, 0xee, 0xeb, 0xfe, 0x51, 0xd1, 0xe9, 0x11, 0xc8, 0x59,
	0xc3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf8, 0x3f, 0x9c, 0x48, 0x81,
	0x0c, 0x24, 0x00, 0x01, 0x00, 0x00, 0x9d, 0x90, 0x90, 0xff, 0xc0, 0x66,
	0xba, 0x10, 0x05, 0xee,
};

struct run {
	uint8_t *mem;
	struct sim_mem m;
	struct hsim_cpu_state st;
	struct sim *s;
};

static void run_init(struct run *r, uint64_t entry)
{
	memset(r, 0, sizeof(*r));
	r->mem = calloc(1, MEM);
	assert_non_null(r->mem);
	memcpy(r->mem + CODE, prog, sizeof(prog));
	r->m = (struct sim_mem){ r->mem, MEM, 0x200000 };
	r->st.rip = entry;
	r->st.gpr[HSIM_RSP] = 0x400000;
	r->st.rflags = 0x202;
	r->st.mxcsr = 0x1f80;
	assert_int_equal(sim_create(&r->s, &r->st, &r->m, NULL), 0);
}

static void run_free(struct run *r)
{
	sim_destroy(r->s);
	free(r->mem);
}

/* Run to the `out` with at most `step` instructions per sim_run call
 * (0: no limit; negative: random limits up to -step). Returns the calls. */
static unsigned run_to_io(struct run *r, long step, unsigned *seed)
{
	struct sim_stop stop;
	unsigned calls = 0;
	for (;;) {
		uint64_t before = sim_icount(r->s);
		uint64_t lim = step >= 0 ? (uint64_t)step : 1 + (uint64_t)(rand_r(seed) % (unsigned)-step);
		assert_int_equal(sim_run(r->s, lim, &stop), 0);
		calls++;
		if (stop.reason == SIM_STOP_IO)
			return calls;
		assert_int_equal(stop.reason, SIM_STOP_LIMIT);
		/* a limit stop retires exactly the allowed instructions */
		assert_int_equal(sim_icount(r->s) - before, lim);
		assert_int_equal(stop.insn_rip, r->st.rip);
		assert_true(calls < 10000000);
	}
}

static void assert_same(const struct run *a, const struct run *b)
{
	assert_memory_equal(a->st.gpr, b->st.gpr, sizeof(a->st.gpr));
	assert_int_equal(a->st.rip, b->st.rip);
	assert_int_equal(a->st.rflags, b->st.rflags);
	assert_memory_equal(a->st.xmm, b->st.xmm, sizeof(a->st.xmm));
	assert_int_equal(a->st.mxcsr, b->st.mxcsr);
	assert_int_equal(sim_icount(a->s), sim_icount(b->s));
	assert_memory_equal(a->mem + CODE, b->mem + CODE, 0x1000);
	assert_memory_equal(a->mem + DATA, b->mem + DATA, 0x1000);
}

/* The loop of test_sim.s in C: the result depends on every iteration seeing
 * the immediate the previous one wrote. */
static uint32_t reference_eax(void)
{
	uint32_t eax = 1, imm = 0x1234;
	for (uint32_t ecx = 0; ecx < 200; ecx++) {
		eax = eax * 33 + ecx;
		eax = (eax & 1) ? eax ^ 0x55 : (eax << 3) | (eax >> 29);
		eax += (ecx >> 1) + (ecx & 1); /* shr sets CF to the bit shifted out; adc */
		eax += imm;
		imm = ecx;
	}
	return eax;
}

static void test_stepping_equals_running(void **state)
{
	struct run full, one, rnd;
	unsigned seed = 77;
	const char *env = getenv("HSIM_SEED");
	(void)state;
	if (env)
		seed = (unsigned)strtoul(env, NULL, 0);

	run_init(&full, CODE);
	assert_int_equal(run_to_io(&full, 0, &seed), 1);
	/* the program's own result: 200 iterations of 1.5 */
	assert_int_equal(full.st.gpr[HSIM_RSI], 300);
	assert_int_equal(full.st.gpr[HSIM_RCX], 200);
	assert_int_equal(full.st.gpr[HSIM_RAX], reference_eax());
	/* the self-modified immediate holds the last counter written */
	assert_int_equal(full.mem[CODE + 0x38], 199);
	assert_true(sim_icount(full.s) > 3000);

	run_init(&one, CODE);
	assert_int_equal(run_to_io(&one, 1, &seed), sim_icount(full.s));
	assert_same(&full, &one);

	for (int i = 0; i < 20; i++) {
		run_init(&rnd, CODE);
		run_to_io(&rnd, -97, &seed);
		if (sim_icount(rnd.s) != sim_icount(full.s))
			fail_msg("seed %u: %llu vs %llu instructions", seed,
				 (unsigned long long)sim_icount(rnd.s),
				 (unsigned long long)sim_icount(full.s));
		assert_same(&full, &rnd);
		run_free(&rnd);
	}
	run_free(&one);
	run_free(&full);
}

static void test_trap_flag(void **state)
{
	static const uint64_t expect_rip[] = { TF_ENTRY + 0xb, TF_ENTRY + 0xc,
					       TF_ENTRY + 0xe, TF_ENTRY + 0x12 };
	struct run r;
	struct sim_stop stop;
	(void)state;

	run_init(&r, TF_ENTRY);
	for (unsigned i = 0; i < sizeof(expect_rip) / sizeof(expect_rip[0]); i++) {
		assert_int_equal(sim_run(r.s, 0, &stop), 0);
		assert_int_equal(stop.reason, SIM_STOP_EXCEPTION);
		assert_int_equal(stop.vector, 1);
		/* #DB from TF is a trap: RIP is past the instruction */
		assert_int_equal(r.st.rip, expect_rip[i]);
		assert_true(r.st.rflags & HSIM_FLAG_TF);
	}
	assert_int_equal(sim_run(r.s, 0, &stop), 0);
	assert_int_equal(stop.reason, SIM_STOP_IO);
	assert_int_equal(r.st.gpr[HSIM_RAX] & 0xffffffff, 1);
	run_free(&r);
}

static void test_host_invalidate(void **state)
{
	struct run r;
	struct sim_stop stop;
	/* mov $1,%eax; mov $0x510,%dx; out %al,(%dx) */
	static const uint8_t a[] = { 0xb8, 1, 0, 0, 0, 0x66, 0xba, 0x10, 0x05, 0xee };
	(void)state;
	run_init(&r, CODE);
	memcpy(r.mem + CODE, a, sizeof(a));
	assert_int_equal(sim_run(r.s, 0, &stop), 0);
	assert_int_equal(r.st.gpr[HSIM_RAX], 1);
	/* the host rewrites the code: without sim_invalidate the cached decode
	 * would still say 1 */
	r.mem[CODE + 1] = 2;
	sim_invalidate(r.s, CODE + 1, 1);
	r.st.rip = CODE;
	assert_int_equal(sim_run(r.s, 0, &stop), 0);
	assert_int_equal(r.st.gpr[HSIM_RAX], 2);
	run_free(&r);
}

/* Long rep string instructions (assembled with GNU as): rep stosb of 3 MiB
 * at 0x480000 (bulk), backward rep movsq of 256 KiB (element by element),
 * repe cmpsb that stops at a byte changed 0x40123 bytes in (its RCX is
 * saved in RBX), rep stosq of 0x20001 quadwords at 0x500003, then `out`.
 * At +0x5c: set TF; rep movsb of 3 bytes; nop. */
#define REP_TF_ENTRY (CODE + 0x5cu)
#define REP_MOVSB (CODE + 0x75u)
static const uint8_t rep_prog[] = {
	0xbf, 0x00, 0x00, 0x48, 0x00, 0xb9, 0x00, 0x00, 0x30, 0x00, 0xb8, 0x5a,
	0x00, 0x00, 0x00, 0xf3, 0xaa, 0xbe, 0x00, 0xff, 0x4f, 0x00, 0xbf, 0x00,
	0xff, 0x77, 0x00, 0xb9, 0x00, 0x80, 0x00, 0x00, 0xfd, 0xf3, 0x48, 0xa5,
	0xfc, 0xc6, 0x04, 0x25, 0x23, 0x01, 0x5c, 0x00, 0x11, 0xbe, 0x00, 0x00,
	0x48, 0x00, 0xbf, 0x00, 0x00, 0x58, 0x00, 0xb9, 0x00, 0x00, 0x10, 0x00,
	0xf3, 0xa6, 0x89, 0xcb, 0x48, 0xb8, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33,
	0x22, 0x11, 0xbf, 0x03, 0x00, 0x50, 0x00, 0xb9, 0x01, 0x00, 0x02, 0x00,
	0xf3, 0x48, 0xab, 0x66, 0xba, 0x10, 0x05, 0xee, 0x9c, 0x48, 0x81, 0x0c,
	0x24, 0x00, 0x01, 0x00, 0x00, 0x9d, 0xbe, 0x00, 0x00, 0x48, 0x00, 0xbf,
	0x00, 0x00, 0x49, 0x00, 0xb9, 0x03, 0x00, 0x00, 0x00, 0xf3, 0xa4, 0x90,
};
#define REP_STATIC_INSNS 22 /* instructions up to and including the out */

static void rep_init(struct run *r, uint64_t entry)
{
	run_init(r, entry);
	memcpy(r->mem + CODE, rep_prog, sizeof(rep_prog));
}

/* 24 x rep stosb of 2 MiB (512 pages each: 511 interrupted pieces and the
 * last), then out:
 *   mov ebx, 24; L: mov edi, 0x500000; mov ecx, 0x200000; mov al, bl;
 *   rep stosb; dec ebx; jnz L; mov dx, 0x510; out dx, al */
static const uint8_t yield_prog[] = {
	0xbb, 0x18, 0x00, 0x00, 0x00, 0xbf, 0x00, 0x00, 0x50, 0x00, 0xb9, 0x00,
	0x00, 0x20, 0x00, 0x88, 0xd8, 0xf3, 0xaa, 0xff, 0xcb, 0x75, 0xee, 0x66,
	0xba, 0x10, 0x05, 0xee,
};

/* With yield on, a run of long string instructions returns SIM_STOP_YIELD
 * every SIM_STRING_YIELD pieces (the monitor then sees its stop flag in
 * time; it once ran 2 GiB of memset, seconds, before looking) and ends as
 * the run without it does; with yield off nothing changes. */
static void test_rep_yield(void **state)
{
	struct run a, b;
	struct sim_stop stop;
	(void)state;

	run_init(&a, CODE);
	memcpy(a.mem + CODE, yield_prog, sizeof(yield_prog));
	assert_int_equal(sim_run(a.s, 0, &stop), 0);
	assert_int_equal(stop.reason, SIM_STOP_IO); /* off: one run */

	run_init(&b, CODE);
	memcpy(b.mem + CODE, yield_prog, sizeof(yield_prog));
	sim_set_yield(b.s, 1);
	unsigned yields = 0;
	for (;;) {
		assert_int_equal(sim_run(b.s, 0, &stop), 0);
		if (stop.reason != SIM_STOP_YIELD)
			break;
		assert_int_equal(stop.insn_rip, b.st.rip);
		yields++;
		assert_true(yields < 100);
	}
	assert_int_equal(stop.reason, SIM_STOP_IO);
	assert_int_equal(yields, 24 * 511 / SIM_STRING_YIELD);
	assert_same(&a, &b);
	assert_int_equal(sim_icount(a.s), sim_icount(b.s));
	assert_memory_equal(a.mem, b.mem, MEM);
	assert_int_equal(b.mem[0x500000], 1);
	assert_int_equal(b.mem[0x6fffff], 1);
	run_free(&a);
	run_free(&b);
}

static void test_rep_interruptible(void **state)
{
	struct run full, one, rnd;
	struct sim_stop stop;
	unsigned seed = 78;
	(void)state;

	rep_init(&full, CODE);
	assert_int_equal(run_to_io(&full, 0, &seed), 1);
	assert_int_equal(full.st.gpr[HSIM_RBX], 0x100000 - 0x40124);
	assert_int_equal(full.st.gpr[HSIM_RCX], 0);
	assert_int_equal(full.st.gpr[HSIM_RDI], 0x500003 + 8 * 0x20001);
	assert_int_equal(full.mem[0x77ffff], 0x5a);
	assert_int_equal(full.mem[0x600003], 0x88);
	assert_int_equal(full.mem[0x60000b], 0x5a);
	/* each rep counted once per piece it ran in: they were cut */
	assert_true(sim_icount(full.s) > REP_STATIC_INSNS + 1000);

	/* one instruction per call: mid-way through a rep, RIP stays at it
	 * with RCX counting down, as after an interrupt on hardware */
	rep_init(&one, CODE);
	uint64_t rcx_prev = ~0ull;
	unsigned mid = 0;
	for (;;) {
		assert_int_equal(sim_run(one.s, 1, &stop), 0);
		if (stop.reason == SIM_STOP_IO)
			break;
		assert_int_equal(stop.reason, SIM_STOP_LIMIT);
		if (one.st.rip == CODE + 0xf) {
			assert_true(one.st.gpr[HSIM_RCX] < rcx_prev);
			assert_true(one.st.gpr[HSIM_RCX] > 0);
			rcx_prev = one.st.gpr[HSIM_RCX];
			mid++;
		}
	}
	assert_true(mid > 10);
	assert_same(&full, &one);
	assert_memory_equal(full.mem, one.mem, MEM);

	for (int i = 0; i < 5; i++) {
		rep_init(&rnd, CODE);
		run_to_io(&rnd, -(long)(i * 40 + 3), &seed);
		assert_same(&full, &rnd);
		assert_memory_equal(full.mem, rnd.mem, MEM);
		run_free(&rnd);
	}
	run_free(&one);
	run_free(&full);
}

/* TF over a rep: a single-step trap after every iteration, RIP at the rep
 * until the last one (hardware does so; so does KVM). */
static void test_rep_trap_flag(void **state)
{
	struct run r;
	struct sim_stop stop;
	(void)state;

	rep_init(&r, REP_TF_ENTRY);
	/* traps after the three movs (popf itself does not, TF was clear) */
	for (int i = 0; i < 3; i++) {
		assert_int_equal(sim_run(r.s, 0, &stop), 0);
		assert_int_equal(stop.vector, 1);
	}
	assert_int_equal(r.st.rip, REP_MOVSB);
	for (uint64_t left = 2;; left--) {
		assert_int_equal(sim_run(r.s, 0, &stop), 0);
		assert_int_equal(stop.reason, SIM_STOP_EXCEPTION);
		assert_int_equal(stop.vector, 1);
		assert_int_equal(r.st.gpr[HSIM_RCX], left);
		if (!left)
			break;
		assert_int_equal(r.st.rip, REP_MOVSB);
	}
	assert_int_equal(r.st.rip, REP_MOVSB + 2);
	assert_int_equal(r.st.gpr[HSIM_RDI], 0x490003);
	run_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stepping_equals_running),
		cmocka_unit_test(test_trap_flag),
		cmocka_unit_test(test_host_invalidate),
		cmocka_unit_test(test_rep_interruptible),
		cmocka_unit_test(test_rep_yield),
		cmocka_unit_test(test_rep_trap_flag),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
