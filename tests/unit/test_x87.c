/* Differential unit test of the simulator's x87 (lib/cpu/x87.c): every
 * encoding D8..DF with a register ModRM, every /reg with a memory operand,
 * and fwait, run with random and special inputs on the real CPU and in the
 * interpreter; the whole x87 state (FCW FSW FTW FOP FIP FDP ST0-7), RAX, the
 * status flags, 16 bytes of memory at the operand and the stop (none, #MF,
 * #UD) must agree.
 *
 * Real CPU: the instruction followed by `ret` on an RWX page at INSN_ADDR,
 * called with the input state loaded (FXRSTOR64, RAX, RFLAGS, RBX pointing at
 * the operand); #MF and #UD arrive as SIGFPE and SIGILL. Interpreter: the
 * same bytes at the same address in guest memory, the operand at the same
 * address, so FIP and FDP compare directly.
 *
 * Inputs: FCW with every rounding mode and precision control, exceptions
 * masked or not; FSW with random TOP, condition codes and flags (ES as the
 * CPU keeps it); random tag words (stack overflow and underflow); registers
 * and memory operands from ±0, ±inf, quiet and signalling NaNs, denormals,
 * pseudo-denormals, unnormals, pseudo-NaNs, huge, tiny, integers, random.
 *
 * HSIM_SEED=n seeds the run, HSIM_X87_ITERS=n inputs per form (default 24). */
#include <errno.h>
#include <inttypes.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <cpuid.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <cmocka.h>

#include <hsim/cpu.h>
#include "decode.h"
#include "sim.h"

#define INSN_ADDR 0x340000ull  /* the instruction (host and guest) */
#define CODE_SIZE 0x1000ull
#define SCR_ADDR  0x350000ull  /* memory operand page (host and guest) */
#define SCR_SIZE  0x1000ull
#define PTR_ADDR  (SCR_ADDR + 0x800) /* RBX */
#define GMEM_SIZE 0x400000ull
#define GUSER_BASE 0x200000ull

struct fx {
	uint8_t b[512];
} __attribute__((aligned(64)));

/* ---------------------------------------------------------------------- */
/* Random inputs. */

static uint64_t rng_state = 0x5eed;

static uint64_t rnd(void)
{
	uint64_t x = rng_state; /* xorshift64* */
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	rng_state = x;
	return x * 0x2545F4914F6CDD1Dull;
}

/* An 80-bit value: sign, 15-bit exponent, 64-bit significand. */
static void rand_f80(uint8_t *p)
{
	uint64_t m = rnd() | (1ull << 63), r = rnd();
	unsigned e;
	switch (r % 16) {
	case 0: e = 0; m = 0; break;                            /* ±0 */
	case 1: e = 0x7fff; m = 1ull << 63; break;              /* ±inf */
	case 2: e = 0x7fff; m |= 1ull << 62; break;             /* qNaN */
	case 3: e = 0x7fff; m &= ~(1ull << 62); m |= 1; break;  /* sNaN */
	case 4: e = 0; m &= ~(1ull << 63); m >>= r % 60; m |= 1; break; /* denormal */
	case 5: e = 0; break;                                   /* pseudo-denormal */
	case 6: e = 1 + (unsigned)(rnd() % 0x7ffe); m &= ~(1ull << 63); break; /* unnormal */
	case 7: e = 0x7fff; m &= ~(1ull << 63); break;          /* pseudo-NaN / pseudo-inf */
	case 8: e = 0x7ffe - (unsigned)(rnd() % 16); break;     /* huge */
	case 9: e = 1 + (unsigned)(rnd() % 16); break;          /* tiny */
	case 10: case 11: {                                     /* small integer */
		int64_t v = (int64_t)(rnd() % 2001) - 1000;
		long double d = (long double)v;
		memcpy(p, &d, 10);
		return;
	}
	case 12: {                                              /* near float/double limits */
		static const unsigned ex[] = { 0x3fff - 126, 0x3fff + 127, 0x3fff - 1022, 0x3fff + 1023,
					       0x3fff - 149, 0x3fff - 1074, 0x3fff + 63, 0x3fff + 31, 0x3fff + 15 };
		e = ex[rnd() % 9] + (unsigned)(rnd() % 3) - 1;
		if (rnd() & 1)
			m = (1ull << 63) | (rnd() & 0xfff);
		break;
	}
	default: e = 0x3fff - 40 + (unsigned)(rnd() % 80); break; /* ordinary */
	}
	e |= (r >> 8 & 1) << 15;
	memcpy(p, &m, 8);
	memcpy(p + 8, &e, 2);
}

/* Operand bytes of D8..DF /reg (0: none simulated). */
static unsigned operand_size(unsigned opc, unsigned reg)
{
	static const uint8_t size[8][8] = {
		{ 4, 4, 4, 4, 4, 4, 4, 4 }, { 4, 0, 4, 4, 28, 2, 28, 2 },
		{ 4, 4, 4, 4, 4, 4, 4, 4 }, { 4, 4, 4, 4, 0, 10, 0, 10 },
		{ 8, 8, 8, 8, 8, 8, 8, 8 }, { 8, 8, 8, 8, 108, 0, 108, 2 },
		{ 2, 2, 2, 2, 2, 2, 2, 2 }, { 2, 2, 2, 2, 10, 8, 10, 8 },
	};
	return size[opc & 7][reg];
}

static void rand_mem(uint8_t *p, unsigned opc, unsigned reg)
{
	uint64_t r = rnd();
	unsigned size = operand_size(opc, reg);
	for (unsigned i = 0; i < 16; i++)
		p[i] = (uint8_t)rnd();
	if (size == 10 && opc == 0xdf && reg == 4) { /* fbld: mostly valid BCD */
		for (unsigned i = 0; i < 9; i++)
			p[i] = (uint8_t)((rnd() % 10) | (rnd() % 10) << 4);
		if (r % 8 == 0)
			p[rnd() % 9] |= 0xa0;
		p[9] &= 0x80;
		return;
	}
	if (size == 0)
		return; /* an undefined encoding: random bytes */
	if (size == 28 || size == 108) {
		/* an environment (and registers) for fldenv/frstor: control and
		 * status words with their high halves (ignored), any tag word,
		 * FIP/FOP/FDP and selectors; what the CPU computes from it is the
		 * test (fnstenv/fnsave just overwrite it) */
		for (unsigned i = 16; i < size; i++)
			p[i] = (uint8_t)rnd();
		p[0] |= 0x40; /* FCW bit 6 reads as 1 */
		if (r % 2)
			p[0] |= 0x3f; /* all masked: no pending exception */
		if (r % 3 == 0)
			p[8] = p[9] = 0xff; /* all empty */
		for (unsigned i = 28; i + 10 <= size; i += 10)
			rand_f80(p + i);
		return;
	}
	if (size == 10) {
		rand_f80(p);
		return;
	}
	if (opc == 0xda || opc == 0xde || opc == 0xdb || (opc == 0xdf && reg != 4)) {
		/* integers: edges sometimes */
		if (r % 4 == 0) {
			uint64_t v = (r >> 8) % 3 == 0 ? 1ull << (size * 8 - 1) : (r >> 8) % 3 == 1 ? 0 : ~0ull >> (64 - size * 8 + 1);
			memcpy(p, &v, size);
		}
		return;
	}
	/* floats: an 80-bit value converted, or raw specials */
	uint8_t t[10];
	long double d;
	rand_f80(t);
	memcpy(&d, t, 10);
	if (r % 3 == 0)
		return; /* raw bits */
	if (size == 4) {
		float f = (float)d;
		memcpy(p, &f, 4);
	} else if (size == 8) {
		double f = (double)d;
		memcpy(p, &f, 8);
	}
	if (r % 7 == 1) { /* denormal of the format */
		uint64_t v = rnd() >> (size == 4 ? 41 : 12);
		memcpy(p, &v, size);
	}
}

static void rand_state(struct hsim_cpu_state *st)
{
	memset(st, 0, sizeof(*st));
	uint64_t r = rnd();
	/* rounding, precision, masks */
	st->fcw = (uint16_t)(0x40 | (r & 0xf00) | 0x3f);
	if (r % 4 == 0)
		st->fcw = (uint16_t)((st->fcw & ~0x3fu) | (rnd() & 0x3f));
	if (r % 8 == 1)
		st->fcw = 0x37f;
	uint16_t flags = (uint16_t)(rnd() & 0x7f);
	if (r % 3 == 0)
		flags = 0;
	flags &= 0x7f;
	/* ES (and B) as the CPU keeps them: some unmasked flag set */
	uint16_t es = (flags & ~st->fcw & 0x3f) ? 0x8080 : 0;
	st->fsw = (uint16_t)((rnd() & 0x4700) | (rnd() & 0x3800) | flags | es);
	st->ftw = (uint8_t)rnd();
	if (r % 5 == 0)
		st->ftw = 0xff;
	if (r % 5 == 1)
		st->ftw = 0;
	st->fop = (uint16_t)(rnd() & 0x7ff);
	st->fip = rnd();
	st->fdp = rnd();
	for (int i = 0; i < 8; i++)
		rand_f80(st->fpr[i]);
	st->gpr[HSIM_RAX] = rnd();
	st->gpr[HSIM_RBX] = PTR_ADDR;
	st->rflags = 0x202 | (rnd() & HSIM_FLAGS_STATUS);
}

/* ---------------------------------------------------------------------- */
/* The real CPU. */

static sigjmp_buf jb;
static volatile int host_sig;

static void on_sig(int sig)
{
	host_sig = sig;
	siglongjmp(jb, 1);
}

static void img_of(struct fx *x, const struct hsim_cpu_state *st)
{
	uint32_t mxcsr = 0x1f80;
	memset(x, 0, sizeof(*x));
	memcpy(x->b, &st->fcw, 2);
	memcpy(x->b + 2, &st->fsw, 2);
	x->b[4] = st->ftw;
	memcpy(x->b + 6, &st->fop, 2);
	memcpy(x->b + 8, &st->fip, 8);
	memcpy(x->b + 16, &st->fdp, 8);
	memcpy(x->b + 24, &mxcsr, 4);
	for (int i = 0; i < 8; i++)
		memcpy(x->b + 32 + 16 * i, st->fpr[i], 10);
}

static void state_of(struct hsim_cpu_state *st, const struct fx *x)
{
	memcpy(&st->fcw, x->b, 2);
	memcpy(&st->fsw, x->b + 2, 2);
	st->ftw = x->b[4];
	memcpy(&st->fop, x->b + 6, 2);
	memcpy(&st->fip, x->b + 8, 8);
	memcpy(&st->fdp, x->b + 16, 8);
	for (int i = 0; i < 8; i++)
		memcpy(st->fpr[i], x->b + 32 + 16 * i, 10);
}

/* The state as the CPU holds it (FIP and FDP keep fewer than 64 bits):
 * guest states only ever come from the CPU. */
static void canon(struct hsim_cpu_state *st)
{
	static struct fx x;
	img_of(&x, st);
	__asm__ volatile("fxrstor64 (%0)\n\tfxsave64 (%0)\n\tfninit" : : "r"(x.b) : "memory");
	state_of(st, &x);
}

/* Runs the code at INSN_ADDR; 0, or the signal it took (the state is then
 * the input's). */
static int host_exec(const struct hsim_cpu_state *in, struct hsim_cpu_state *out)
{
	static struct fx x;
	uint64_t fl = in->rflags & HSIM_FLAGS_STATUS, ax = in->gpr[HSIM_RAX];
	uint16_t cw;
	uintptr_t fn = (uintptr_t)INSN_ADDR;

	*out = *in;
	img_of(&x, in);
	host_sig = 0;
	if (sigsetjmp(jb, 1)) {
		__asm__ volatile("fninit");
		return host_sig;
	}
	__asm__ volatile("fnstcw %[cw]\n\t"
			 "fxrstor64 (%[img])\n\t"
			 "sub $128, %%rsp\n\t"
			 "pushfq\n\t"
			 "andq $~0x8d5, (%%rsp)\n\t"
			 "orq %[fl], (%%rsp)\n\t"
			 "popfq\n\t"
			 "call *%[fn]\n\t"
			 "pushfq\n\t"
			 "popq %[fl]\n\t"
			 "add $128, %%rsp\n\t"
			 "fxsave64 (%[img])\n\t"
			 "fninit\n\t"
			 "fldcw %[cw]"
			 : [fl] "+r"(fl), "+a"(ax), [cw] "=m"(cw)
			 : [img] "r"(x.b), [fn] "r"(fn), "b"((uint64_t)PTR_ADDR)
			 : "memory", "cc", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6",
			   "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
	state_of(out, &x);
	out->gpr[HSIM_RAX] = ax;
	out->rflags = (in->rflags & ~(uint64_t)HSIM_FLAGS_STATUS) | (fl & HSIM_FLAGS_STATUS);
	return 0;
}

/* ---------------------------------------------------------------------- */
/* The interpreter. */

static void host_cpuid(void *ctx, uint32_t leaf, uint32_t sub, uint32_t out[4])
{
	(void)ctx;
	__cpuid_count(leaf, sub, out[0], out[1], out[2], out[3]);
}

static struct sim_hooks hooks = { .cpuid = host_cpuid };

struct rig {
	uint8_t *mem;
	struct sim_mem m;
	struct hsim_cpu_state st;
	struct sim *s;
	uint8_t *code, *scr; /* the host's pages */
};

static struct rig rig;

static int rig_setup(void **state)
{
	(void)state;
	void *c = mmap((void *)(uintptr_t)INSN_ADDR, CODE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	void *s = mmap((void *)(uintptr_t)SCR_ADDR, SCR_SIZE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (c != (void *)(uintptr_t)INSN_ADDR || s != (void *)(uintptr_t)SCR_ADDR) {
		fprintf(stderr, "test_x87: cannot map the pages at 0x%llx/0x%llx: %s\n",
			INSN_ADDR, SCR_ADDR, strerror(errno));
		return -1;
	}
	rig.code = c;
	rig.scr = s;
	rig.mem = calloc(1, GMEM_SIZE);
	if (!rig.mem)
		return -1;
	rig.m.base = rig.mem;
	rig.m.size = GMEM_SIZE;
	rig.m.user_base = GUSER_BASE;
	if (sim_create(&rig.s, &rig.st, &rig.m, &hooks))
		return -1;
	const char *e = getenv("HSIM_SEED");
	if (e)
		rng_state = strtoull(e, NULL, 0) | 1;
	return 0;
}

static int rig_teardown(void **state)
{
	(void)state;
	sim_destroy(rig.s);
	free(rig.mem);
	return 0;
}

/* What the interpreter does: 0, or the vector it raised. */
static int sim_exec(const uint8_t *code, unsigned len, const struct hsim_cpu_state *in,
		    const uint8_t *scr, struct hsim_cpu_state *out, uint8_t *scr_out)
{
	memcpy(rig.mem + INSN_ADDR, code, len);
	rig.mem[INSN_ADDR + len] = 0xee; /* out %al,%dx */
	sim_invalidate(rig.s, INSN_ADDR, 16);
	memcpy(rig.mem + SCR_ADDR, scr, SCR_SIZE);
	rig.st = *in;
	rig.st.rip = INSN_ADDR;
	rig.st.gpr[HSIM_RSP] = GMEM_SIZE - 0x1000;
	rig.st.cr0 = 0x80050033;
	rig.st.cr4 = 0x620;
	rig.st.efer = 0xd01;
	struct sim_stop stop;
	memset(&stop, 0, sizeof stop);
	int rc = sim_run(rig.s, 1, &stop);
	assert_int_equal(rc, 0);
	memcpy(scr_out, rig.mem + SCR_ADDR, SCR_SIZE);
	*out = rig.st;
	if (stop.reason == SIM_STOP_EXCEPTION)
		return stop.vector;
	assert_int_equal(stop.reason, SIM_STOP_LIMIT);
	return 0;
}

/* ---------------------------------------------------------------------- */

struct tally {
	unsigned runs, fails, mf, ud, unmasked;
};

static void dump(const char *who, const struct hsim_cpu_state *s)
{
	fprintf(stderr, "  %s: fcw %04x fsw %04x ftw %02x fop %03x fip %016" PRIx64 " fdp %016" PRIx64
		" rax %016" PRIx64 " fl %03" PRIx64 "\n", who, s->fcw, s->fsw, s->ftw, s->fop,
		s->fip, s->fdp, s->gpr[HSIM_RAX], s->rflags & HSIM_FLAGS_STATUS);
	for (int i = 0; i < 8; i++) {
		fprintf(stderr, "    st%d ", i);
		for (int j = 9; j >= 0; j--)
			fprintf(stderr, "%02x", s->fpr[i][j]);
		fprintf(stderr, i & 1 ? "\n" : "   ");
	}
}

static int same(const struct hsim_cpu_state *a, const struct hsim_cpu_state *b)
{
	return a->fcw == b->fcw && a->fsw == b->fsw && a->ftw == b->ftw && a->fop == b->fop &&
	       a->fip == b->fip && a->fdp == b->fdp && !memcmp(a->fpr, b->fpr, sizeof(a->fpr)) &&
	       a->gpr[HSIM_RAX] == b->gpr[HSIM_RAX] &&
	       (a->rflags & HSIM_FLAGS_STATUS) == (b->rflags & HSIM_FLAGS_STATUS);
}

/* fnstenv/fnsave here store this process's code selector in FCS (unless
 * the CPU deprecates FCS and stores 0); a guest's would be its own. */
static void guest_fcs(uint8_t *env)
{
	if (env[16] || env[17]) {
		env[16] = 0x23; /* SEL_UCODE */
		env[17] = 0;
	}
}

/* One encoding, iters inputs. */
static void run_form(const uint8_t *code, unsigned len, unsigned iters, struct tally *t)
{
	static uint8_t scr[SCR_SIZE], hw_scr[SCR_SIZE], sim_scr[SCR_SIZE];
	struct x86_insn in;
	int l = x86_decode(code, len, &in);
	assert_int_equal(l, (int)len);

	memcpy(rig.code, code, len);
	rig.code[len] = 0xc3; /* ret */
	for (unsigned it = 0; it < iters; it++) {
		struct hsim_cpu_state st, hw, sim;
		rand_state(&st);
		canon(&st);
		memset(scr, 0, sizeof scr);
		if (in.is_mem)
			rand_mem(scr + (PTR_ADDR - SCR_ADDR) + in.disp, in.opc, (in.modrm >> 3) & 7);
		memcpy(rig.scr, scr, SCR_SIZE);
		int hs = host_exec(&st, &hw);
		memcpy(hw_scr, rig.scr, SCR_SIZE);
		if (in.is_mem && ((in.modrm >> 3) & 7) == 6 && (in.opc == 0xd9 || in.opc == 0xdd))
			guest_fcs(hw_scr + (PTR_ADDR - SCR_ADDR) + in.disp);
		int sv = sim_exec(code, len, &st, scr, &sim, sim_scr);
		int hv = hs == SIGFPE ? 16 : hs == SIGILL ? 6 : hs ? -1 : 0;
		t->runs++;
		t->mf += hv == 16;
		t->ud += hv == 6;
		t->unmasked += !hv && (hw.fsw & 0x80) && !(st.fsw & 0x80);
		if (hv == sv && (hv || (same(&hw, &sim) && !memcmp(hw_scr, sim_scr, SCR_SIZE))))
			continue;
		if (hv == sv && hv && same(&st, &sim) && !memcmp(scr, sim_scr, SCR_SIZE))
			continue;
		if (t->fails++ < 10) {
			fprintf(stderr, "FAIL [");
			for (unsigned i = 0; i < len; i++)
				fprintf(stderr, "%s%02x", i ? " " : "", code[i]);
			fprintf(stderr, "] %s: host %d sim %d\n", x86_mnemonic(&in), hv, sv);
			dump("in ", &st);
			dump("cpu", &hw);
			dump("sim", &sim);
			for (unsigned i = 0; i < SCR_SIZE; i++)
				if (hw_scr[i] != sim_scr[i])
					fprintf(stderr, "  memory differs at +%#x: cpu %02x sim %02x\n",
						(unsigned)(i - (PTR_ADDR - SCR_ADDR)), hw_scr[i], sim_scr[i]);
		}
	}
}

/* cmocka installs its own handlers for each test: ours go in after. */
static void catch_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sig;
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
}

static unsigned iters_env(void)
{
	catch_signals();
	const char *e = getenv("HSIM_X87_ITERS");
	return e ? (unsigned)strtoul(e, NULL, 0) : 64;
}

/* Every register form D8..DF C0..FF (the undefined ones: #UD on both). */
static void test_x87_reg_forms(void **state)
{
	(void)state;
	struct tally t = { 0 };
	unsigned iters = iters_env();
	for (unsigned opc = 0xd8; opc <= 0xdf; opc++)
		for (unsigned m = 0xc0; m <= 0xff; m++) {
			uint8_t code[2] = { (uint8_t)opc, (uint8_t)m };
			struct x86_insn in;
			x86_decode(code, 2, &in);
			if (in.cls == X86_CLASS_UNTRAP)
				continue; /* left out: refused by hsim check */
			run_form(code, 2, in.cls == X86_CLASS_SIM ? iters : 2, &t);
		}
	fprintf(stderr, "x87 register forms: %u runs, %u #MF, %u #UD, %u new unmasked exceptions, %u failures\n",
		t.runs, t.mf, t.ud, t.unmasked, t.fails);
	assert_int_equal(t.fails, 0);
}

/* Every memory form, (%rbx) and 0x20(%rbx), plus fwait. */
static void test_x87_mem_forms(void **state)
{
	(void)state;
	struct tally t = { 0 };
	unsigned iters = iters_env() * 4;
	for (unsigned opc = 0xd8; opc <= 0xdf; opc++)
		for (unsigned reg = 0; reg < 8; reg++) {
			uint8_t c1[2] = { (uint8_t)opc, (uint8_t)(reg << 3 | 3) };          /* (%rbx) */
			uint8_t c2[3] = { (uint8_t)opc, (uint8_t)(0x40 | reg << 3 | 3), 0x20 }; /* 0x20(%rbx) */
			struct x86_insn in;
			x86_decode(c1, 2, &in);
			if (in.cls == X86_CLASS_UNTRAP)
				continue;
			run_form(c1, 2, in.cls == X86_CLASS_SIM ? iters : 2, &t);
			run_form(c2, 3, in.cls == X86_CLASS_SIM ? iters : 2, &t);
		}
	static const uint8_t fwait[1] = { 0x9b };
	run_form(fwait, 1, iters * 4, &t);
	fprintf(stderr, "x87 memory forms and fwait: %u runs, %u #MF, %u #UD, %u new unmasked exceptions, %u failures\n",
		t.runs, t.mf, t.ud, t.unmasked, t.fails);
	assert_int_equal(t.fails, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_x87_reg_forms),
		cmocka_unit_test(test_x87_mem_forms),
	};
	return cmocka_run_group_tests(tests, rig_setup, rig_teardown);
}
