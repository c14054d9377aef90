/* The simulator's services to the monitor (no KVM): patched instructions
 * run as the trap or as their original, a function runs until it returns to
 * its caller (recursion and RSP matter), device accesses stop the run or go
 * through the bus one instruction at a time, a refused device write undoes
 * its instruction. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <hsim/error.h>
#include "cpu/sim.h"

#define MEM (8u << 20)
#define CODE 0x400000u
#define DEV 0x1000000000ull

/* at CODE:      mov edi,3; call f; out 0x80,al
 * f (CODE+0xc): test edi,edi; je 1f; push rdi; dec edi; call f; pop rdi;
 *               add eax,edi; ret; 1: xor eax,eax; ret
 * b (CODE+0x1f): movabs rbx,DEV+8; mov eax,[rbx]; add [rbx],eax; out 0x80,al */
static const uint8_t prog[] = {
	0xbf, 0x03, 0x00, 0x00, 0x00, 0xe8, 0x02, 0x00, 0x00, 0x00, 0xe6, 0x80,
	0x85, 0xff, 0x74, 0x0c, 0x57, 0xff, 0xcf, 0xe8, 0xf4, 0xff, 0xff, 0xff,
	0x5f, 0x01, 0xf8, 0xc3, 0x31, 0xc0, 0xc3,
	0x48, 0xbb, 0x08, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00,
	0x8b, 0x03, 0x01, 0x03, 0xe6, 0x80,
};
#define F (CODE + 0xc)
#define B (CODE + 0x1f)

struct dev {
	uint64_t reg;
	int reads, writes, refuse_writes;
	uint64_t last_write;
};

static void h_cpuid(void *ctx, uint32_t leaf, uint32_t sub, uint32_t out[4])
{
	(void)ctx;
	out[0] = leaf + 1;
	out[1] = sub + 2;
	out[2] = 3;
	out[3] = 4;
}

static uint64_t h_random(void *ctx)
{
	(void)ctx;
	return 0x0123456789abcdefull;
}

static int h_mmio(void *ctx, uint64_t addr, unsigned len, int is_write, uint64_t *val)
{
	struct dev *d = ctx;
	if (addr != DEV + 8 || len != 4)
		return -1;
	if (is_write) {
		if (d->refuse_writes)
			return -1;
		d->writes++;
		d->last_write = *val;
		d->reg = *val & 0xffffffffu;
	} else {
		d->reads++;
		*val = d->reg;
	}
	return 0;
}

struct run {
	uint8_t *mem;
	struct sim_mem m;
	struct hsim_cpu_state st;
	struct sim_hooks hooks;
	struct dev dev;
	struct sim *s;
};

static struct run *run_new(uint64_t entry)
{
	struct run *r = calloc(1, sizeof(*r));
	assert_non_null(r);
	r->mem = calloc(1, MEM);
	assert_non_null(r->mem);
	memcpy(r->mem + CODE, prog, sizeof(prog));
	r->m = (struct sim_mem){ r->mem, MEM, 0x200000 };
	r->st.rip = entry;
	r->st.gpr[HSIM_RSP] = 0x400000;
	r->st.rflags = 0x202;
	r->st.mxcsr = 0x1f80;
	r->dev.reg = 0x11;
	r->hooks = (struct sim_hooks){ .ctx = &r->dev, .cpuid = h_cpuid, .random = h_random,
				       .mmio_base = DEV, .mmio_size = 0x10000, .mmio = h_mmio };
	assert_int_equal(sim_create(&r->s, &r->st, &r->m, &r->hooks), 0);
	return r;
}

static void run_free(struct run *r)
{
	sim_destroy(r->s);
	free(r->mem);
	free(r);
}

static void test_patched_cpuid(void **state)
{
	(void)state;
	struct run *r = run_new(CODE + 0x100);
	struct sim_stop t;
	/* ud2 in memory where a cpuid was, then out */
	static const uint8_t code[] = { 0x0f, 0x0b, 0xe6, 0x80 };
	memcpy(r->mem + CODE + 0x100, code, sizeof(code));
	struct sim_patch p = { .addr = CODE + 0x100, .len = 2, .orig = { 0x0f, 0xa2 },
			       .trap = { 0x0f, 0x0b } };
	sim_set_patches(r->s, &p, 1);

	/* as the VM does: the trap faults, RIP at it */
	assert_int_equal(sim_run(r->s, 0, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_EXCEPTION);
	assert_int_equal(t.vector, 6);
	assert_int_equal(r->st.rip, CODE + 0x100);
	/* the original runs (a decode cached as ud2 must not survive) */
	sim_exec_patched(r->s, 1);
	r->st.gpr[HSIM_RAX] = 7;
	r->st.gpr[HSIM_RCX] = 1;
	assert_int_equal(sim_run(r->s, 0, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_IO);
	assert_int_equal(r->st.gpr[HSIM_RAX], 8);
	assert_int_equal(r->st.gpr[HSIM_RBX], 3);
	assert_int_equal(r->st.gpr[HSIM_RDX], 4);
	/* and back: the trap again */
	sim_exec_patched(r->s, 0);
	r->st.rip = CODE + 0x100;
	assert_int_equal(sim_run(r->s, 0, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_EXCEPTION);
	assert_int_equal(t.vector, 6);
	/* a guest that rewrote the site gets what it wrote, not the original */
	sim_exec_patched(r->s, 1);
	r->mem[CODE + 0x100] = 0x90;
	r->mem[CODE + 0x101] = 0x90;
	sim_invalidate(r->s, CODE + 0x100, 2);
	r->st.gpr[HSIM_RAX] = 7;
	assert_int_equal(sim_run(r->s, 0, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_IO);
	assert_int_equal(r->st.gpr[HSIM_RAX], 7);
	run_free(r);
}

static void test_patched_rdrand(void **state)
{
	(void)state;
	struct run *r = run_new(CODE + 0x100);
	struct sim_stop t;
	static const uint8_t code[] = { 0x0f, 0x0b, 0xcc, 0xcc, 0xe6, 0x80 };
	memcpy(r->mem + CODE + 0x100, code, sizeof(code));
	/* rdrand rax */
	struct sim_patch p = { .addr = CODE + 0x100, .len = 4, .orig = { 0x48, 0x0f, 0xc7, 0xf0 },
			       .trap = { 0x0f, 0x0b, 0xcc, 0xcc } };
	sim_set_patches(r->s, &p, 1);
	sim_exec_patched(r->s, 1);
	r->st.rflags = 0x202 | 0x8d4; /* OF SF ZF AF PF set, CF clear */
	assert_int_equal(sim_run(r->s, 0, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_IO);
	assert_int_equal(r->st.gpr[HSIM_RAX] & ~0xffull, 0x0123456789abcd00ull);
	assert_int_equal(r->st.rflags & 0x8d5, HSIM_FLAG_CF);
	run_free(r);
}

/* Enter f as a breakpoint at its entry would, with the return address ret
 * pushed, and run until it returns there. */
static void enter_f(struct run *r, uint64_t ret, uint64_t n)
{
	r->st.gpr[HSIM_RSP] -= 8;
	memcpy(r->mem + r->st.gpr[HSIM_RSP], &ret, 8);
	r->st.gpr[HSIM_RDI] = n;
	r->st.rip = F;
	sim_set_until(r->s, ret, r->st.gpr[HSIM_RSP] + 8);
}

static void test_until_return(void **state)
{
	(void)state;
	struct run *r = run_new(F);
	struct sim_stop t;
	uint64_t rsp0 = r->st.gpr[HSIM_RSP];

	enter_f(r, CODE + 0xa, 3);
	assert_int_equal(sim_run(r->s, 0, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_UNTIL);
	assert_int_equal(r->st.rip, CODE + 0xa);
	assert_int_equal(r->st.gpr[HSIM_RSP], rsp0);
	assert_int_equal(r->st.gpr[HSIM_RAX], 6); /* f(3), not an inner return */

	/* the return address is also where the recursive calls return (inside
	 * f): only the outer return, with its RSP, ends the run */
	r->st.gpr[HSIM_RSP] = rsp0;
	enter_f(r, CODE + 0x18, 4);
	r->st.gpr[HSIM_RDI] = 4;
	assert_int_equal(sim_run(r->s, 0, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_UNTIL);
	assert_int_equal(r->st.rip, CODE + 0x18);
	assert_int_equal(r->st.gpr[HSIM_RSP], rsp0);
	assert_int_equal(r->st.gpr[HSIM_RAX], 10);

	/* off: the run goes on to the out */
	sim_set_until(r->s, 0, 0);
	r->st.gpr[HSIM_RSP] = rsp0;
	r->st.rip = CODE;
	assert_int_equal(sim_run(r->s, 0, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_IO);
	run_free(r);
}

static void test_device_stop_and_bus(void **state)
{
	(void)state;
	struct run *r = run_new(B);
	struct sim_stop t;

	/* bus off: the access stops the run before the instruction */
	assert_int_equal(sim_run(r->s, 0, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_MMIO);
	assert_int_equal(t.fault_addr, DEV + 8);
	assert_int_equal(t.is_write, 0);
	assert_int_equal(r->st.rip, B + 10);
	assert_int_equal(r->dev.reads, 0);
	/* bus on: one instruction at a time, and only so */
	sim_set_bus(r->s, 1);
	assert_int_equal(sim_run(r->s, 0, &t), HSIM_E_INVAL);
	assert_int_equal(sim_run(r->s, 1, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_LIMIT);
	assert_int_equal(r->st.gpr[HSIM_RAX], 0x11);
	assert_int_equal(r->dev.reads, 1);
	/* read-modify-write: read, then the write once it retired */
	assert_int_equal(sim_run(r->s, 1, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_LIMIT);
	assert_int_equal(r->dev.reads, 2);
	assert_int_equal(r->dev.writes, 1);
	assert_int_equal(r->dev.last_write, 0x22);
	sim_set_bus(r->s, 0);
	assert_int_equal(sim_run(r->s, 0, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_IO);
	run_free(r);
}

static void test_device_refused_write(void **state)
{
	(void)state;
	struct run *r = run_new(B);
	struct sim_stop t;
	sim_set_bus(r->s, 1);
	assert_int_equal(sim_run(r->s, 1, &t), 0); /* movabs */
	assert_int_equal(sim_run(r->s, 1, &t), 0); /* mov eax,[rbx] */
	r->dev.refuse_writes = 1;
	struct hsim_cpu_state before = r->st;
	uint64_t icount = sim_icount(r->s);
	assert_int_equal(sim_run(r->s, 1, &t), 0); /* add [rbx],eax */
	assert_int_equal(t.reason, SIM_STOP_EXCEPTION);
	assert_int_equal(t.vector, 14);
	assert_int_equal(t.fault_addr, DEV + 8);
	assert_int_equal(t.error_code & 2, 2);
	assert_int_equal(r->st.rip, before.rip);
	assert_int_equal(r->st.rflags, before.rflags); /* the add's flags undone */
	assert_int_equal(sim_icount(r->s), icount);
	assert_int_equal(r->dev.writes, 0);
	/* a fetch from the window is a #PF even with the bus on */
	r->st.rip = DEV + 8;
	assert_int_equal(sim_run(r->s, 1, &t), 0);
	assert_int_equal(t.reason, SIM_STOP_EXCEPTION);
	assert_int_equal(t.vector, 14);
	assert_int_equal(t.error_code & 16, 16);
	run_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_patched_cpuid),
		cmocka_unit_test(test_patched_rdrand),
		cmocka_unit_test(test_until_return),
		cmocka_unit_test(test_device_stop_and_bus),
		cmocka_unit_test(test_device_refused_write),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
