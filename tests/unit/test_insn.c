/* Differential unit test of the CPU interpreter (lib/cpu, sim.h): every
 * instruction form below runs with the same random inputs on the real CPU
 * and in the interpreter, and the results are compared: all GPRs (but RSP),
 * RIP, the status flags and DF, XMM0-15, MXCSR (exception bits included) and
 * a 4 KiB scratch buffer that memory operands point into.
 *
 * Real CPU: a stub assembled at run time into an RWX page loads the input
 * state (GPRs but RSP, RFLAGS via popf, XMM, MXCSR), jumps to the instruction,
 * then stores everything back and restores the host's registers and MXCSR.
 * Interpreter: the same bytes followed by `out %al,%dx` in a 4 MiB guest
 * memory. The instruction and the scratch buffer live at the same addresses
 * on both sides (INSN_ADDR, SCR_ADDR), so pointers and RIP compare directly.
 * RBX always points into the scratch buffer (PTR_ADDR) and is never a data
 * operand.
 *
 * Flags (and results) the SDM leaves undefined must match too on hosts whose
 * rules the simulator follows (measured: AMD, and the Intel model named in
 * undefined_flags_measured()); on other hosts they are masked per form
 * (the `undef` column and the `dyn` rules in undef_mask()) and how often the
 * interpreter's value of a masked flag differs from this host's is printed.
 *
 * Environment: HSIM_SEED=n (default 0x5eed) seeds every form (the seed is
 * printed on failure), HSIM_INSN_ITERS=n inputs per form (default 2000),
 * HSIM_INSN_FILTER=text runs only the forms whose text contains it,
 * HSIM_INSN_VERBOSE=1 lists every form whose undefined flags differ.
 *
 * test_decode_forms also runs every form through x86_decode(): the length
 * must match the assembler's, the class must be "simulated", and where
 * x86_undefined_flags_mask() disagrees with this file's per-input rules the
 * difference is printed (its mask cannot depend on the shift count, so it is
 * not used for the comparisons). */
#include <errno.h>
#include <inttypes.h>
#include <setjmp.h>
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

#define CODE_ADDR 0x300000ull  /* host stub prologue */
#define INSN_ADDR 0x300800ull  /* the instruction under test (host and guest) */
#define EPI_ADDR  0x300c00ull  /* host stub epilogue */
#define CODE_SIZE 0x1000ull
#define SCR_ADDR  0x310000ull  /* scratch buffer (host and guest) */
#define SCR_SIZE  0x1000ull
#define PTR_ADDR  (SCR_ADDR + 0x800) /* RBX: 16-byte aligned, room both ways */
#define SCR_WIN_LO (PTR_ADDR - 0x280) /* what memory operands reach */
#define SCR_WIN_HI (PTR_ADDR + 0x280)
#define GMEM_SIZE 0x400000ull  /* guest memory: 4 MiB */
#define GUSER_BASE 0x200000ull
#define GSTACK    0x3ff000ull

#define FLAGS_CMP (HSIM_FLAGS_STATUS | HSIM_FLAG_DF)

/* The instruction forms (struct insn_form and the fam_* tables). */
#include "insn_forms.h"

/* ---------------------------------------------------------------------- */
/* Random inputs. */

static uint64_t base_seed = 0x5eed;
static uint64_t rng_state;
static unsigned iters = 2000;
static const char *filter;
static int verbose;

static uint64_t rnd(void)
{
	uint64_t x = rng_state; /* xorshift64* */
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	rng_state = x;
	return x * 0x2545F4914F6CDD1Dull;
}

static void seed_form(const char *family, unsigned index)
{
	uint64_t h = base_seed ^ 0x9E3779B97F4A7C15ull;
	for (const char *p = family; *p; p++)
		h = (h ^ (uint8_t)*p) * 0x100000001b3ull;
	h = (h ^ index) * 0x100000001b3ull;
	rng_state = h ? h : 1;
	for (int i = 0; i < 4; i++)
		rnd();
}

static uint64_t size_mask(unsigned bits) { return bits >= 64 ? ~0ull : (1ull << bits) - 1; }

static int64_t sext(uint64_t v, unsigned bits)
{
	return bits >= 64 ? (int64_t)v : (int64_t)(v << (64 - bits)) >> (64 - bits);
}

/* A value with the boundary cases integer code trips over. */
static uint64_t interesting(void)
{
	const uint64_t *edge = insn_edge_values;
	static const unsigned sizes[] = { 8, 16, 32, 64 };
	uint64_t r = rnd();
	switch (rnd() % 10) {
	case 0: case 1: case 2:
		return r;
	case 3:
		return (uint64_t)((int64_t)(r % 33) - 16);
	case 4:
		return edge[r % (INSN_NEDGE)];
	case 5: { /* random upper bits, edge value in the low bits of some size */
		unsigned b = sizes[rnd() % 4];
		return (r & ~size_mask(b)) | (edge[rnd() % (INSN_NEDGE)] & size_mask(b));
	}
	case 6: { /* power of two, +-1 */
		uint64_t p = 1ull << (r % 64);
		return p + (uint64_t)((int64_t)((r >> 8) % 3) - 1);
	}
	case 7: { /* sign-extended edge of a smaller size */
		unsigned b = sizes[rnd() % 3];
		return (uint64_t)sext(edge[rnd() % (INSN_NEDGE)], b);
	}
	default:
		return r >> (rnd() % 64);
	}
}

static uint32_t rand_f32(void)
{
	static const uint32_t sp[] = {
		0x00000000, 0x80000000, 0x7f800000, 0xff800000, /* +-0, +-inf */
		0x7fc00000, 0xffc00000, 0x7fc12345, 0x7fa00000, 0xff812345, 0x7f800001, /* qNaN, sNaN */
		0x00000001, 0x80000001, 0x007fffff, 0x807fffff, 0x00400000, /* denormals */
		0x00800000, 0x80800000, 0x7f7fffff, 0xff7fffff, /* min normal, max */
		0x3f800000, 0xbf800000, 0x3f000000, 0x40400000, 0x3fc00000, 0xbfc00000, /* 1 -1 .5 3 1.5 */
		0x40200000, 0xc0200000, 0x4b800001, 0x4f000000, 0xcf000000, 0x4effffff, /* 2.5, 2^24.., 2^31 */
		0x5f000000, 0xdf000000, 0x5effffff, 0x3effffff, 0x34000000, /* 2^63 */
	};
	uint64_t r = rnd();
	switch (r % 8) {
	case 0: case 1: case 2:
		return sp[(r >> 8) % (sizeof sp / sizeof sp[0])];
	case 3: /* exponent near 1: exact products, rounding cases */
		return (uint32_t)((r >> 16) & 0x807fffff) | (uint32_t)(((r >> 40) % 16 + 120) << 23);
	case 4: /* small integer +- a fraction */
		{
			float f = (float)((int64_t)((r >> 8) % 2001) - 1000) + (float)((r >> 32) % 4) * 0.25f;
			uint32_t u;
			memcpy(&u, &f, 4);
			return u;
		}
	case 5: /* tiny: denormal or near FLT_MIN */
		return (uint32_t)((r >> 16) & 0x80ffffff);
	default:
		return (uint32_t)(r >> 16);
	}
}

static uint64_t rand_f64(void)
{
	static const uint64_t sp[] = {
		0x0000000000000000ull, 0x8000000000000000ull, 0x7ff0000000000000ull, 0xfff0000000000000ull,
		0x7ff8000000000000ull, 0xfff8000000000000ull, 0x7ff8000000012345ull, 0x7ff4000000000000ull,
		0xfff0000000012345ull, 0x7ff0000000000001ull,
		0x0000000000000001ull, 0x8000000000000001ull, 0x000fffffffffffffull, 0x800fffffffffffffull,
		0x0008000000000000ull, 0x0010000000000000ull, 0x8010000000000000ull,
		0x7fefffffffffffffull, 0xffefffffffffffffull,
		0x3ff0000000000000ull, 0xbff0000000000000ull, 0x3fe0000000000000ull, 0x4008000000000000ull,
		0x3ff8000000000000ull, 0xbff8000000000000ull, 0x4004000000000000ull, 0xc004000000000000ull,
		0x41dfffffffc00000ull, 0x41e0000000000000ull, 0xc1e0000000000000ull, 0xc1e0000000100000ull,
		0x41dfffffffe00000ull, 0x43e0000000000000ull, 0xc3e0000000000000ull, 0x43dfffffffffffffull,
		0x47efffffe0000000ull, 0x47efffffffffffffull, 0x36a0000000000000ull, 0x3690000000000000ull,
		0x380fffffffffffffull, 0x3810000000000000ull, /* around FLT_MIN, rounding to float */
	};
	uint64_t r = rnd();
	switch (r % 8) {
	case 0: case 1: case 2:
		return sp[(r >> 8) % (sizeof sp / sizeof sp[0])];
	case 3:
		return (rnd() & 0x800fffffffffffffull) | (((r >> 40) % 32 + 1008) << 52);
	case 4: {
		double d = (double)((int64_t)((r >> 8) % 20001) - 10000) + (double)((r >> 32) % 4) * 0.25;
		if ((r >> 40) & 1)
			d *= 2147483648.0;
		uint64_t u;
		memcpy(&u, &d, 8);
		return u;
	}
	case 5:
		return rnd() & 0x801fffffffffffffull;
	case 6: /* values that round to float denormals / overflow floats */
		return (rnd() & 0x800fffffffffffffull) | (((r >> 40) % 64 + 0x360) << 52) |
		       ((r >> 50) & 1 ? 0x0800000000000000ull : 0);
	default:
		return rnd();
	}
}

static void rand_xmm(union hsim_xmm *x, unsigned lanes)
{
	switch (lanes) {
	case LN_F32:
		for (int i = 0; i < 4; i++)
			x->d[i] = rand_f32();
		break;
	case LN_F64:
		for (int i = 0; i < 2; i++)
			x->q[i] = rand_f64();
		break;
	case LN_I8:
		for (int i = 0; i < 16; i++) {
			uint64_t r = rnd();
			x->b[i] = r % 4 == 0 ? (uint8_t[]){ 0, 0x7f, 0x80, 0xff, 1, 0xfe }[(r >> 8) % 6] : (uint8_t)(r >> 16);
		}
		break;
	case LN_I16:
		for (int i = 0; i < 8; i++) {
			uint64_t r = rnd();
			x->w[i] = r % 4 == 0 ? (uint16_t[]){ 0, 0x7fff, 0x8000, 0xffff, 1, 0xff, 0x80 }[(r >> 8) % 7] : (uint16_t)(r >> 16);
		}
		break;
	case LN_I32:
		for (int i = 0; i < 4; i++)
			x->d[i] = (uint32_t)interesting();
		break;
	default:
		for (int i = 0; i < 2; i++)
			x->q[i] = rnd() % 3 ? rnd() : interesting();
	}
}

static int have_daz;

/* ---------------------------------------------------------------------- */
/* The real CPU. */

struct emit {
	uint8_t *p;
};

static void eb(struct emit *e, unsigned b) { *e->p++ = (uint8_t)b; }

static void ed32(struct emit *e, uint32_t v)
{
	memcpy(e->p, &v, 4);
	e->p += 4;
}

/* [prefix] [REX] opcode... modrm(mod=10, reg, rm=rdi) disp32 */
static void emit_rdi(struct emit *e, int prefix, int rex, const uint8_t *op, int oplen, unsigned reg,
		     uint32_t disp)
{
	if (prefix >= 0)
		eb(e, (unsigned)prefix);
	if (rex || reg >= 8)
		eb(e, 0x40 | (unsigned)rex | (reg >= 8 ? 4 : 0));
	for (int i = 0; i < oplen; i++)
		eb(e, op[i]);
	eb(e, 0x80 | ((reg & 7) << 3) | 7);
	ed32(e, disp);
}

static void emit_jmp(struct emit *e, uint64_t to)
{
	eb(e, 0xe9);
	ed32(e, (uint32_t)(to - ((uint64_t)(uintptr_t)e->p + 4)));
}

#define OFF_GPR(r) ((uint32_t)(offsetof(struct hsim_cpu_state, gpr) + 8 * (r)))
#define OFF_XMM(r) ((uint32_t)(offsetof(struct hsim_cpu_state, xmm) + 16 * (r)))
#define OFF_FLAGS ((uint32_t)offsetof(struct hsim_cpu_state, rflags))
#define OFF_MXCSR ((uint32_t)offsetof(struct hsim_cpu_state, mxcsr))

static const uint8_t op_mov_load[] = { 0x8b }, op_mov_store[] = { 0x89 };
static const uint8_t op_movdqu_load[] = { 0x0f, 0x6f }, op_movdqu_store[] = { 0x0f, 0x7f };
static const uint8_t op_0fae[] = { 0x0f, 0xae }, op_ff[] = { 0xff };

/* void stub(const struct hsim_cpu_state *in (RDI), struct hsim_cpu_state *out (RSI)) */
static void build_host_stub(void)
{
	struct emit e = { (uint8_t *)(uintptr_t)CODE_ADDR };
	static const uint8_t pro[] = { 0x53, 0x55, 0x41, 0x54, 0x41, 0x55, 0x41, 0x56, 0x41, 0x57, /* push */
				       0x48, 0x83, 0xec, 0x08, 0x0f, 0xae, 0x1c, 0x24, /* sub rsp,8; stmxcsr (rsp) */
				       0x56 };                                         /* push rsi */
	for (size_t i = 0; i < sizeof pro; i++)
		eb(&e, pro[i]);
	for (unsigned r = 0; r < 16; r++)
		emit_rdi(&e, 0xf3, 0, op_movdqu_load, 2, r, OFF_XMM(r));
	emit_rdi(&e, -1, 0, op_0fae, 2, 2, OFF_MXCSR);           /* ldmxcsr */
	emit_rdi(&e, -1, 0, op_ff, 1, 6, OFF_FLAGS);             /* push flags */
	eb(&e, 0x9d);                                            /* popfq */
	for (unsigned r = 0; r < 16; r++)
		if (r != HSIM_RSP && r != HSIM_RDI)
			emit_rdi(&e, -1, 8, op_mov_load, 1, r, OFF_GPR(r));
	emit_rdi(&e, -1, 8, op_mov_load, 1, HSIM_RDI, OFF_GPR(HSIM_RDI));
	emit_jmp(&e, INSN_ADDR);
	assert_true((uintptr_t)e.p <= INSN_ADDR);

	e.p = (uint8_t *)(uintptr_t)EPI_ADDR;
	static const uint8_t epi[] = { 0x9c, 0x57,                    /* pushfq; push rdi */
				       0x48, 0x8b, 0x7c, 0x24, 0x10 }; /* mov rdi,16(rsp) */
	for (size_t i = 0; i < sizeof epi; i++)
		eb(&e, epi[i]);
	for (unsigned r = 0; r < 16; r++)
		if (r != HSIM_RSP && r != HSIM_RDI)
			emit_rdi(&e, -1, 8, op_mov_store, 1, r, OFF_GPR(r));
	eb(&e, 0x58);                                            /* pop rax (guest rdi) */
	emit_rdi(&e, -1, 8, op_mov_store, 1, HSIM_RAX, OFF_GPR(HSIM_RDI));
	eb(&e, 0x58);                                            /* pop rax (flags) */
	emit_rdi(&e, -1, 8, op_mov_store, 1, HSIM_RAX, OFF_FLAGS);
	for (unsigned r = 0; r < 16; r++)
		emit_rdi(&e, 0xf3, 0, op_movdqu_store, 2, r, OFF_XMM(r));
	emit_rdi(&e, -1, 0, op_0fae, 2, 3, OFF_MXCSR);           /* stmxcsr */
	static const uint8_t fin[] = { 0x5e,                          /* pop rsi */
				       0x0f, 0xae, 0x14, 0x24,        /* ldmxcsr (rsp) */
				       0x48, 0x83, 0xc4, 0x08,        /* add rsp,8 */
				       0x41, 0x5f, 0x41, 0x5e, 0x41, 0x5d, 0x41, 0x5c, 0x5d, 0x5b,
				       0xfc, 0xc3 };                  /* cld; ret */
	for (size_t i = 0; i < sizeof fin; i++)
		eb(&e, fin[i]);
	assert_true((uintptr_t)e.p <= CODE_ADDR + CODE_SIZE);
}

static void host_set_insn(const struct insn_form *f)
{
	uint8_t *p = (uint8_t *)(uintptr_t)INSN_ADDR;
	memcpy(p, f->bytes, f->len);
	struct emit e = { p + f->len };
	emit_jmp(&e, EPI_ADDR);
	__builtin___clear_cache((char *)p, (char *)e.p);
}

static void host_run(const struct hsim_cpu_state *in, struct hsim_cpu_state *out)
{
	void (*fn)(const struct hsim_cpu_state *, struct hsim_cpu_state *);
	uintptr_t a = (uintptr_t)CODE_ADDR;
	memcpy(&fn, &a, sizeof fn);
	*out = *in;
	fn(in, out);
}

static int host_ready;

static int host_setup(void)
{
	if (host_ready)
		return host_ready > 0 ? 0 : -1;
	void *c = mmap((void *)(uintptr_t)CODE_ADDR, CODE_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	void *s = mmap((void *)(uintptr_t)SCR_ADDR, SCR_SIZE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (c != (void *)(uintptr_t)CODE_ADDR || s != (void *)(uintptr_t)SCR_ADDR) {
		fprintf(stderr, "test_insn: cannot map the code/scratch pages at 0x%llx/0x%llx: %s\n",
			CODE_ADDR, SCR_ADDR, strerror(errno));
		host_ready = -1;
		return -1;
	}
	build_host_stub();
	/* Is DAZ supported (MXCSR_MASK from fxsave)? */
	static uint8_t fx[512] __attribute__((aligned(16)));
	memset(fx, 0, sizeof fx);
	__asm__ volatile("fxsave %0" : "=m"(fx));
	uint32_t mask;
	memcpy(&mask, fx + 28, 4);
	have_daz = mask == 0 || (mask & 0x40);
	host_ready = 1;
	return 0;
}

/* ---------------------------------------------------------------------- */
/* The interpreter. */

/* The interpreter must follow the CPU the test compares it with: vendor
 * (undefined-flag rules) and the encodings the host runs natively. */
static void host_cpuid(void *ctx, uint32_t leaf, uint32_t sub, uint32_t out[4])
{
	(void)ctx;
	__cpuid_count(leaf, sub, out[0], out[1], out[2], out[3]);
}

static unsigned host_features(void)
{
	uint32_t a, b, c, d;
	unsigned f = 0;
	__cpuid(0, a, b, c, d);
	if (a >= 7) {
		__cpuid_count(7, 0, a, b, c, d);
		f |= (b & (1u << 3)) ? SIM_HOST_TZCNT : 0;
	}
	__cpuid(0x80000000u, a, b, c, d);
	if (a >= 0x80000001u) {
		__cpuid(0x80000001u, a, b, c, d);
		f |= (c & (1u << 5)) ? SIM_HOST_LZCNT : 0;
	}
	return f;
}

static struct sim_hooks hooks = { .cpuid = host_cpuid };

struct guest {
	uint8_t *mem;
	struct sim_mem m;
	struct hsim_cpu_state st;
	struct sim *s;
};

static struct guest *guest_new(const struct insn_form *f)
{
	struct guest *g = calloc(1, sizeof *g);
	assert_non_null(g);
	g->mem = calloc(1, GMEM_SIZE);
	assert_non_null(g->mem);
	g->m.base = g->mem;
	g->m.size = GMEM_SIZE;
	g->m.user_base = GUSER_BASE;
	memcpy(g->mem + INSN_ADDR, f->bytes, f->len);
	g->mem[INSN_ADDR + f->len] = 0xee; /* out %al,%dx */
	hooks.host_features = host_features();
	assert_int_equal(sim_create(&g->s, &g->st, &g->m, &hooks), 0);
	return g;
}

static void guest_free(struct guest *g)
{
	if (!g)
		return;
	sim_destroy(g->s);
	free(g->mem);
	free(g);
}

static void guest_state(struct guest *g, const struct hsim_cpu_state *in, const uint8_t *scr)
{
	g->st = *in;
	g->st.rip = INSN_ADDR;
	g->st.gpr[HSIM_RSP] = GSTACK;
	g->st.rflags = in->rflags | 0x202;
	g->st.cr0 = 0x80050033;
	g->st.cr4 = 0x620;
	g->st.efer = 0xd01;
	memcpy(g->mem + SCR_ADDR, scr, SCR_SIZE);
}

/* ---------------------------------------------------------------------- */
/* Inputs for one run. */

static unsigned count_of(const struct insn_form *f, const struct hsim_cpu_state *in)
{
	unsigned c = f->count >= 0 ? (unsigned)f->count : (unsigned)(in->gpr[HSIM_RCX] & 0xff);
	return c & (f->size == 64 ? 63 : 31);
}

static void put_mem(uint8_t *scr, uint64_t addr, uint64_t v, unsigned bits)
{
	memcpy(scr + (addr - SCR_ADDR), &v, bits / 8);
}

static uint64_t get_mem(const uint8_t *scr, uint64_t addr, unsigned bits)
{
	uint64_t v = 0;
	memcpy(&v, scr + (addr - SCR_ADDR), bits / 8);
	return v;
}

static void make_divide(const struct insn_form *f, struct hsim_cpu_state *in, uint8_t *scr, int ok)
{
	unsigned s = f->size;
	uint64_t m = size_mask(s), d, hi, lo;
	int sign = f->fix == FX_IDIV;

	for (int tries = 0;; tries++) {
		d = interesting() & m;
		lo = interesting() & m;
		if (!ok) { /* the #DE cases: zero divisor or quotient overflow */
			if (rnd() % 2) {
				d = 0;
				hi = interesting() & m;
			} else if (!sign) {
				d = d ? d : 1;
				hi = d + rnd() % (m - d + 1 ? m - d + 1 : m);
				if (hi < d)
					hi = d;
				hi &= m;
				if (hi < d)
					continue;
			} else {
				if (d == 0)
					d = m; /* -1 */
				/* (-2^(s-1)) / -1, or a high half at least as large as |d| */
				if (rnd() % 2) {
					d = m;
					lo = 1ull << (s - 1);
					hi = m;
				} else {
					int64_t dd = sext(d, s);
					hi = (dd < 0 ? 0 - (uint64_t)dd : (uint64_t)dd) & m;
					if (rnd() % 2)
						hi = (0 - hi) & m;
				}
				/* keep only inputs whose quotient really overflows */
				int64_t sd = sext(d, s);
				__int128 n = (__int128)sext(hi, s) * ((__int128)1 << s) + (__int128)lo;
				__int128 q = n / sd;
				__int128 qmax = s == 64 ? (__int128)INT64_MAX : (__int128)((1ll << (s - 1)) - 1);
				if (q <= qmax && q >= -qmax - 1)
					continue;
			}
			break;
		}
		if (!sign) {
			if (d == 0)
				d = 1 + rnd() % 255;
			switch (rnd() % 3) {
			case 0: hi = 0; break;
			case 1: hi = d - 1; break;
			default: hi = rnd() % d; break;
			}
			break;
		}
		int64_t sd = sext(d, s);
		if (sd == 0)
			sd = (int64_t)(rnd() % 7) - 3, sd = sd ? sd : 1, d = (uint64_t)sd & m;
		switch (rnd() % 3) {
		case 0: hi = sext(lo, s) < 0 ? m : 0; break;
		case 1: hi = (uint64_t)(sext(rnd(), s) % (sd == INT64_MIN ? INT64_MAX : (sd < 0 ? -sd : sd))) & m; break;
		default: hi = (sext(lo, s) < 0 ? m : 0) ^ (rnd() % 2); break;
		}
		__int128 n = (__int128)sext(hi, s) * ((__int128)1 << s) + (__int128)lo;
		__int128 q = n / sd;
		__int128 qmax = s == 64 ? (__int128)INT64_MAX : (__int128)((1ll << (s - 1)) - 1);
		if (q <= qmax && q >= -qmax - 1)
			break;
		if (tries > 1000) {
			hi = lo = 0;
			break;
		}
	}
	if (s == 8) {
		in->gpr[HSIM_RAX] = (in->gpr[HSIM_RAX] & ~0xffffull) | (hi & 0xff) << 8 | (lo & 0xff);
	} else {
		in->gpr[HSIM_RAX] = (in->gpr[HSIM_RAX] & ~m) | lo;
		in->gpr[HSIM_RDX] = (in->gpr[HSIM_RDX] & ~m) | hi;
	}
	in->gpr[HSIM_RCX] = (in->gpr[HSIM_RCX] & ~m) | d;
	put_mem(scr, PTR_ADDR, d, s);
}

static void make_input(const struct insn_form *f, struct hsim_cpu_state *in, uint8_t *scr)
{
	memset(in, 0, sizeof *in);
	for (unsigned r = 0; r < HSIM_NGPR; r++)
		in->gpr[r] = interesting();
	in->gpr[HSIM_RBX] = PTR_ADDR;
	in->gpr[HSIM_RSP] = 0;
	in->rflags = 0x2 | (rnd() & HSIM_FLAGS_STATUS);
	in->mxcsr = 0x1f80;
	unsigned lanes = f->lanes;
	for (unsigned r = 0; r < 16; r++)
		rand_xmm(&in->xmm[r], lanes);
	/* Only the window that memory operands can reach is refreshed; the
	 * rest keeps older random bytes (both sides get the same copy). */
	for (uint64_t i = SCR_WIN_LO; i < SCR_WIN_HI; i += 8) {
		uint64_t v = rnd();
		memcpy(scr + (i - SCR_ADDR), &v, 8);
	}
	/* typed values around PTR */
	for (int off = -64; off < 64; off += 16) {
		union hsim_xmm x;
		if (lanes == LN_I)
			x.q[0] = interesting(), x.q[1] = interesting();
		else
			rand_xmm(&x, lanes);
		memcpy(scr + (PTR_ADDR - SCR_ADDR) + off, &x, 16);
	}

	unsigned s = f->size;
	uint64_t m = size_mask(s);
	switch (f->fix) {
	case FX_SHIFT_CL:
		in->gpr[HSIM_RCX] = (in->gpr[HSIM_RCX] & ~0xffull) | rnd() % 71;
		break;
	case FX_DIV:
	case FX_IDIV:
		make_divide(f, in, scr, 1);
		break;
	case FX_NZ_SRC: {
		uint64_t v = interesting() & m;
		if (!v)
			v = 1ull << (rnd() % s);
		in->gpr[HSIM_RCX] = (in->gpr[HSIM_RCX] & ~m) | v;
		put_mem(scr, PTR_ADDR, v, s);
		break;
	}
	case FX_BTMEM:
		in->gpr[HSIM_RAX] = (uint64_t)((int64_t)(rnd() % 1024) - 512);
		break;
	case FX_CMPXCHG:
		if (rnd() % 2) {
			uint64_t v = f->dreg < 16 ? in->gpr[f->dreg] : get_mem(scr, PTR_ADDR + (uint64_t)(f->dreg - 16), s);
			in->gpr[HSIM_RAX] = (in->gpr[HSIM_RAX] & ~m) | (v & m);
		}
		break;
	case FX_CMPXCHGB:
		if (rnd() % 2) {
			if (s == 8) {
				uint64_t v = get_mem(scr, PTR_ADDR, 64);
				in->gpr[HSIM_RAX] = (in->gpr[HSIM_RAX] & ~0xffffffffull) | (uint32_t)v;
				in->gpr[HSIM_RDX] = (in->gpr[HSIM_RDX] & ~0xffffffffull) | (v >> 32);
			} else {
				in->gpr[HSIM_RAX] = get_mem(scr, PTR_ADDR, 64);
				in->gpr[HSIM_RDX] = get_mem(scr, PTR_ADDR + 8, 64);
			}
		}
		break;
	case FX_STRING:
		for (uint64_t i = SCR_WIN_LO; i < SCR_WIN_HI; i += 8) {
			uint64_t v = rnd(), b = 0;
			for (int k = 0; k < 8; k++, v >>= 8)
				b |= (uint64_t)((v & 0xff) < 26) << (8 * k);
			memcpy(scr + (i - SCR_ADDR), &b, 8);
		}
		in->gpr[HSIM_RCX] = rnd() % 9;
		in->gpr[HSIM_RSI] = PTR_ADDR - 0x200 + rnd() % 0x400;
		in->gpr[HSIM_RDI] = PTR_ADDR - 0x200 + rnd() % 0x400;
		if (rnd() % 2) /* mostly-0/1 accumulator so that scas finds matches */
			in->gpr[HSIM_RAX] = (in->gpr[HSIM_RAX] & ~0xffffffffull) |
					    (rnd() % 4 == 0 ? 0x01000100u : 0);
		if (rnd() % 2)
			in->rflags |= HSIM_FLAG_DF;
		break;
	case FX_PSHIFT: {
		uint64_t c = rnd() % 4 == 0 ? interesting() : rnd() % 70;
		in->xmm[2].q[0] = c;
		in->xmm[10].q[0] = (rnd() % 4 == 0 ? interesting() : rnd() % 70);
		put_mem(scr, PTR_ADDR, rnd() % 4 == 0 ? interesting() : rnd() % 70, 64);
	}
		/* fall through */
	case FX_SSE:
		in->mxcsr = 0x1f80 | (uint32_t)(rnd() % 4) << 13;
		if (rnd() % 3 == 0)
			in->mxcsr |= 0x8000; /* FTZ */
		if (have_daz && rnd() % 3 == 0)
			in->mxcsr |= 0x40; /* DAZ */
		if (rnd() % 4 == 0)
			in->mxcsr |= (uint32_t)(rnd() & 0x3f); /* sticky exception flags */
		break;
	}
}

/* Flags (and whether the destination) are undefined for this input. */
static uint32_t undef_mask(const struct insn_form *f, const struct hsim_cpu_state *in, int *dest_undef)
{
	uint32_t m = f->undef;
	unsigned c = count_of(f, in);
	*dest_undef = 0;
	switch (f->dyn) {
	case DYN_SHIFT:
		if (c)
			m |= HSIM_FLAG_AF;
		if (c > 1)
			m |= HSIM_FLAG_OF;
		if (c >= f->size)
			m |= HSIM_FLAG_CF;
		break;
	case DYN_SAR:
		if (c)
			m |= HSIM_FLAG_AF;
		if (c > 1)
			m |= HSIM_FLAG_OF;
		break;
	case DYN_ROT:
		if (c > 1)
			m |= HSIM_FLAG_OF;
		break;
	case DYN_SHXD:
		if (c)
			m |= HSIM_FLAG_AF;
		if (c > 1)
			m |= HSIM_FLAG_OF;
		if (c > f->size) {
			m |= HSIM_FLAGS_STATUS;
			*dest_undef = 1;
		}
		break;
	}
	return m;
}

/* ---------------------------------------------------------------------- */
/* Comparison and reporting. */

static const char *const gpr_names[16] = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
					   "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };

static void flag_names(uint32_t f, char *buf, size_t n)
{
	static const struct { uint32_t bit; const char *name; } fl[] = {
		{ HSIM_FLAG_CF, "CF" }, { HSIM_FLAG_PF, "PF" }, { HSIM_FLAG_AF, "AF" }, { HSIM_FLAG_ZF, "ZF" },
		{ HSIM_FLAG_SF, "SF" }, { HSIM_FLAG_DF, "DF" }, { HSIM_FLAG_OF, "OF" },
	};
	buf[0] = 0;
	for (size_t i = 0; i < sizeof fl / sizeof fl[0]; i++)
		if (f & fl[i].bit) {
			size_t l = strlen(buf);
			snprintf(buf + l, n - l, "%s%s", l ? " " : "", fl[i].name);
		}
	if (!buf[0])
		snprintf(buf, n, "-");
}

static void print_bytes(const struct insn_form *f)
{
	for (unsigned i = 0; i < f->len; i++)
		fprintf(stderr, "%s%02x", i ? " " : "", f->bytes[i]);
}

static void print_input(const struct insn_form *f, const struct hsim_cpu_state *in, const uint8_t *scr)
{
	char fb[64];
	fprintf(stderr, "  inputs:");
	for (unsigned r = 0; r < 16; r++)
		if (r != HSIM_RSP)
			fprintf(stderr, "%s %s=0x%016" PRIx64, r % 4 == 0 ? "\n   " : "", gpr_names[r], in->gpr[r]);
	flag_names((uint32_t)in->rflags & FLAGS_CMP, fb, sizeof fb);
	fprintf(stderr, "\n    rflags=0x%" PRIx64 " (%s) mxcsr=0x%08" PRIx32 "\n", in->rflags, fb, in->mxcsr);
	if (f->lanes != LN_I || f->fix == FX_SSE || f->fix == FX_PSHIFT)
		for (unsigned r = 0; r < 16; r++)
			fprintf(stderr, "    xmm%-2u=%016" PRIx64 ":%016" PRIx64 "%s", r, in->xmm[r].q[1],
				in->xmm[r].q[0], r % 2 ? "\n" : "");
	fprintf(stderr, "    [rbx-16..+32] =");
	for (int i = -16; i < 32; i++)
		fprintf(stderr, "%s%02x", i % 16 == 0 ? "  " : " ", scr[PTR_ADDR - SCR_ADDR + (uint64_t)i]);
	fprintf(stderr, "\n");
}

struct fam_stats {
	unsigned failures;
	unsigned failed_forms;
};

/* Compare one run; returns 1 if it differs. When print is set, describe it. */
static int compare(const struct insn_form *f, const struct hsim_cpu_state *in, const uint8_t *scr,
		   const struct hsim_cpu_state *hw, const uint8_t *hw_scr, const struct guest *g,
		   const struct sim_stop *stop, int rc, uint32_t *undef_diff, int print)
{
	int dest_undef;
	uint32_t um = undef_mask(f, in, &dest_undef);
	if (undefined_flags_measured()) /* the simulator follows this host: compare all */
		um = 0, dest_undef = 0;
	const struct hsim_cpu_state *sw = &g->st;
	const uint8_t *sw_scr = g->mem + SCR_ADDR;
	int bad = 0;
	char b1[64], b2[64], b3[64];

#define DIFF(...)                                                              \
	do {                                                                   \
		bad = 1;                                                       \
		if (print)                                                     \
			fprintf(stderr, "    " __VA_ARGS__);                       \
	} while (0)

	if (rc != 0 || stop->reason != SIM_STOP_IO) {
		DIFF("stop: sim_run returned %d, reason %d vector %u error 0x%x at rip 0x%" PRIx64
		     " (expected the out after the instruction)\n",
		     rc, (int)stop->reason, stop->vector, stop->error_code, stop->insn_rip);
		return bad;
	}
	if (sw->rip != INSN_ADDR + f->len + 1)
		DIFF("rip: expected 0x%" PRIx64 " got 0x%" PRIx64 "\n", (uint64_t)(INSN_ADDR + f->len + 1), sw->rip);
	for (unsigned r = 0; r < 16; r++) {
		if (r == HSIM_RSP) {
			if (sw->gpr[r] != GSTACK)
				DIFF("rsp: expected 0x%" PRIx64 " (unchanged) got 0x%" PRIx64 "\n", (uint64_t)GSTACK, sw->gpr[r]);
			continue;
		}
		if (dest_undef && f->dreg == (int)r)
			continue;
		if (hw->gpr[r] != sw->gpr[r])
			DIFF("%s: expected 0x%016" PRIx64 " got 0x%016" PRIx64 "\n", gpr_names[r], hw->gpr[r], sw->gpr[r]);
	}
	uint32_t hf = (uint32_t)hw->rflags & FLAGS_CMP, sf = (uint32_t)sw->rflags & FLAGS_CMP;
	if ((hf ^ sf) & ~um) {
		flag_names(hf, b1, sizeof b1);
		flag_names(sf, b2, sizeof b2);
		flag_names((hf ^ sf) & ~um, b3, sizeof b3);
		DIFF("rflags: expected 0x%03x (%s) got 0x%03x (%s): %s differ\n", hf, b1, sf, b2, b3);
	}
	*undef_diff = (hf ^ sf) & um;
	for (unsigned r = 0; r < 16; r++)
		if (memcmp(&hw->xmm[r], &sw->xmm[r], 16) != 0)
			DIFF("xmm%u: expected %016" PRIx64 ":%016" PRIx64 " got %016" PRIx64 ":%016" PRIx64 "\n", r,
			     hw->xmm[r].q[1], hw->xmm[r].q[0], sw->xmm[r].q[1], sw->xmm[r].q[0]);
	if (hw->mxcsr != sw->mxcsr)
		DIFF("mxcsr: expected 0x%08" PRIx32 " got 0x%08" PRIx32 "\n", hw->mxcsr, sw->mxcsr);
	for (unsigned i = 0; i < SCR_SIZE && memcmp(hw_scr, sw_scr, SCR_SIZE) != 0; i++) {
		if (hw_scr[i] == sw_scr[i])
			continue;
		uint64_t a = SCR_ADDR + i;
		if (dest_undef && f->dreg >= 16 && a >= PTR_ADDR + (uint64_t)(f->dreg - 16) &&
		    a < PTR_ADDR + (uint64_t)(f->dreg - 16) + f->size / 8)
			continue;
		DIFF("memory at 0x%" PRIx64 " (rbx%+d): expected", a, (int)(a - PTR_ADDR));
		if (print) {
			for (unsigned k = i; k < i + 16 && k < SCR_SIZE; k++)
				fprintf(stderr, " %02x", hw_scr[k]);
			fprintf(stderr, " got");
			for (unsigned k = i; k < i + 16 && k < SCR_SIZE; k++)
				fprintf(stderr, " %02x", sw_scr[k]);
			fprintf(stderr, "\n");
		}
		break;
	}
	(void)scr;
#undef DIFF
	return bad;
}

static void run_family(const char *family, const struct insn_form *forms, size_t n)
{
	if (host_setup() != 0)
		fail_msg("cannot map the fixed host pages");
	static uint8_t scr[SCR_SIZE];
	struct hsim_cpu_state in, hw;
	uint8_t *host_scr = (uint8_t *)(uintptr_t)SCR_ADDR;
	static uint8_t hw_scr[SCR_SIZE];
	struct fam_stats st = { 0, 0 };
	unsigned ran = 0, nagg = 0;
	char fb[64];
	struct {
		uint32_t bits;
		unsigned forms, example_runs;
		const char *example;
	} agg[16];

	for (size_t i = 0; i < n; i++) {
		const struct insn_form *f = &forms[i];
		if (filter && !strstr(f->text, filter))
			continue;
		ran++;
		seed_form(family, (unsigned)i);
		host_set_insn(f);
		struct guest *g = guest_new(f);
		unsigned form_fail = 0, undef_runs = 0;
		uint32_t undef_bits = 0;
		for (unsigned it = 0; it < iters; it++) {
			make_input(f, &in, scr);
			memcpy(host_scr, scr, SCR_SIZE);
			host_run(&in, &hw);
			memcpy(hw_scr, host_scr, SCR_SIZE);

			guest_state(g, &in, scr);
			struct sim_stop stop;
			memset(&stop, 0, sizeof stop);
			int rc = sim_run(g->s, 100000, &stop);
			uint32_t ud = 0;
			if (!compare(f, &in, scr, &hw, hw_scr, g, &stop, rc, &ud, 0)) {
				if (ud) {
					undef_runs++;
					undef_bits |= ud;
				}
				continue;
			}
			st.failures++;
			if (form_fail++ == 0)
				st.failed_forms++;
			if (form_fail <= 3 && st.failures <= 30) {
				fprintf(stderr, "FAIL %s: \"%s\" [", family, f->text);
				print_bytes(f);
				fprintf(stderr, "] input #%u (HSIM_SEED=0x%" PRIx64 ")\n", it, base_seed);
				print_input(f, &in, scr);
				fprintf(stderr, "  differences (expected = real CPU, got = interpreter):\n");
				compare(f, &in, scr, &hw, hw_scr, g, &stop, rc, &ud, 1);
			}
		}
		if (form_fail)
			fprintf(stderr, "FAIL %s: \"%s\": %u of %u inputs differ\n", family, f->text, form_fail, iters);
		if (undef_runs) {
			if (verbose) {
				flag_names(undef_bits, fb, sizeof fb);
				printf("  note %s: \"%s\": undefined %s differ from this host in %u of %u runs (masked)\n",
				       family, f->text, fb, undef_runs, iters);
			}
			unsigned k;
			for (k = 0; k < nagg && agg[k].bits != undef_bits; k++)
				;
			if (k == nagg && nagg < sizeof agg / sizeof agg[0]) {
				agg[nagg].bits = undef_bits;
				agg[nagg].example = f->text;
				agg[nagg].example_runs = undef_runs;
				agg[nagg++].forms = 0;
			}
			if (k < sizeof agg / sizeof agg[0])
				agg[k].forms++;
		}
		guest_free(g);
	}
	printf("%s: %u forms x %u inputs, %u forms failed\n", family, ran, iters, st.failed_forms);
	for (unsigned k = 0; k < nagg; k++) {
		flag_names(agg[k].bits, fb, sizeof fb);
		printf("  note %s: undefined %s differ from this host (masked) in %u forms, e.g. \"%s\" in %u of %u "
		       "runs%s\n", family, fb, agg[k].forms, agg[k].example, agg[k].example_runs, iters,
		       verbose ? "" : " (HSIM_INSN_VERBOSE=1 lists them)");
	}
	if (st.failures)
		fail_msg("%s: %u forms differ from the real CPU (%u runs); HSIM_SEED=0x%" PRIx64, family,
			 st.failed_forms, st.failures, base_seed);
}

#define FAMILY_TEST(name)                                                          \
	static void test_##name(void **state)                                      \
	{                                                                          \
		(void)state;                                                       \
		run_family(#name, fam_##name, sizeof fam_##name / sizeof fam_##name[0]); \
	}

FAMILY_TEST(alu)
FAMILY_TEST(shift)
FAMILY_TEST(muldiv)
FAMILY_TEST(bit)
FAMILY_TEST(cond)
FAMILY_TEST(move)
FAMILY_TEST(string)
FAMILY_TEST(sse_arith)
FAMILY_TEST(sse_cmp)
FAMILY_TEST(sse_cvt)
FAMILY_TEST(sse_move)
FAMILY_TEST(sse_int)

/* Divide errors: the interpreter must raise #DE (vector 0) with RIP at the
 * divide and the state unchanged, for a zero divisor and for a quotient that
 * does not fit. (Not run on the real CPU: it would be SIGFPE.) */
static void test_divide_error(void **state)
{
	(void)state;
	static uint8_t scr[SCR_SIZE];
	struct hsim_cpu_state in;
	unsigned failures = 0, ran = 0;

	for (size_t i = 0; i < sizeof fam_muldiv / sizeof fam_muldiv[0]; i++) {
		const struct insn_form *f = &fam_muldiv[i];
		if (f->fix != FX_DIV && f->fix != FX_IDIV)
			continue;
		if (filter && !strstr(f->text, filter))
			continue;
		ran++;
		seed_form("divide_error", (unsigned)i);
		struct guest *g = guest_new(f);
		for (unsigned it = 0; it < iters / 4 + 1; it++) {
			make_input(f, &in, scr);
			make_divide(f, &in, scr, 0);
			guest_state(g, &in, scr);
			struct hsim_cpu_state before = g->st;
			struct sim_stop stop;
			memset(&stop, 0, sizeof stop);
			int rc = sim_run(g->s, 100000, &stop);
			int bad = rc != 0 || stop.reason != SIM_STOP_EXCEPTION || stop.vector != 0 ||
				  g->st.rip != INSN_ADDR ||
				  memcmp(g->st.gpr, before.gpr, sizeof before.gpr) != 0 ||
				  ((g->st.rflags ^ before.rflags) & FLAGS_CMP) != 0 ||
				  memcmp(g->mem + SCR_ADDR, scr, SCR_SIZE) != 0;
			if (!bad)
				continue;
			if (failures++ < 10) {
				fprintf(stderr, "FAIL divide_error: \"%s\" input #%u (HSIM_SEED=0x%" PRIx64 "): "
					"rc %d reason %d vector %u rip 0x%" PRIx64 " (want #DE at 0x%llx, state unchanged)\n",
					f->text, it, base_seed, rc, (int)stop.reason, stop.vector, g->st.rip, INSN_ADDR);
				print_input(f, &in, scr);
				for (unsigned r = 0; r < 16; r++)
					if (g->st.gpr[r] != before.gpr[r])
						fprintf(stderr, "    %s changed: 0x%016" PRIx64 " -> 0x%016" PRIx64 "\n",
							gpr_names[r], before.gpr[r], g->st.gpr[r]);
			}
		}
		guest_free(g);
	}
	printf("divide_error: %u forms\n", ran);
	if (failures)
		fail_msg("divide_error: %u runs did not raise #DE correctly", failures);
}

/* The harness itself: a few fixed results on the real CPU, so that a broken
 * stub cannot make both sides agree on garbage. */
static void test_host_stub(void **state)
{
	(void)state;
	assert_int_equal(host_setup(), 0);
	static const struct insn_form add = { "addq %rcx,%rax", { 0x48, 0x01, 0xc8 }, 3, 0, 0, 0, 0, -1, -1, 0 };
	static const struct insn_form sub = { "subl $1,(%rbx)", { 0x83, 0x2b, 0x01 }, 3, 0, 0, 0, 0, -1, -1, 0 };
	static const struct insn_form adds = { "addsd %xmm2,%xmm1", { 0xf2, 0x0f, 0x58, 0xca }, 4, 0, 0, 0, 0, -1, -1, 0 };
	struct hsim_cpu_state in, out;
	uint32_t *mem = (uint32_t *)(uintptr_t)PTR_ADDR;

	memset(&in, 0, sizeof in);
	for (unsigned r = 0; r < 16; r++)
		in.gpr[r] = 0x1111111111111111ull * r;
	in.gpr[HSIM_RBX] = PTR_ADDR;
	in.gpr[HSIM_RAX] = 0xffffffffffffffffull;
	in.gpr[HSIM_RCX] = 1;
	in.rflags = 0x2 | HSIM_FLAG_OF | HSIM_FLAG_SF;
	in.mxcsr = 0x1f80;
	host_set_insn(&add);
	host_run(&in, &out);
	assert_int_equal(out.gpr[HSIM_RAX], 0);
	assert_int_equal(out.rflags & FLAGS_CMP, HSIM_FLAG_CF | HSIM_FLAG_ZF | HSIM_FLAG_PF | HSIM_FLAG_AF);
	for (unsigned r = 1; r < 16; r++)
		if (r != HSIM_RSP)
			assert_int_equal(out.gpr[r], in.gpr[r]);

	*mem = 0;
	in.rflags = 0x2 | HSIM_FLAG_DF;
	host_set_insn(&sub);
	host_run(&in, &out);
	assert_int_equal(*mem, 0xffffffffu);
	assert_int_equal(out.rflags & FLAGS_CMP,
			 HSIM_FLAG_CF | HSIM_FLAG_SF | HSIM_FLAG_PF | HSIM_FLAG_AF | HSIM_FLAG_DF);

	in.xmm[1].df[0] = 1.0;
	in.xmm[2].df[0] = 0x1p-60;
	in.xmm[15].q[1] = 0x123456789abcdef0ull;
	in.mxcsr = 0x1f80 | 2u << 13; /* round up */
	host_set_insn(&adds);
	host_run(&in, &out);
	assert_true(out.xmm[1].df[0] == 1.0 + 0x1p-52);
	assert_int_equal(out.mxcsr, 0x1f80 | 2u << 13 | 0x20); /* PE */
	assert_int_equal(out.xmm[15].q[1], 0x123456789abcdef0ull);
	uint32_t host_mxcsr;
	__asm__ volatile("stmxcsr %0" : "=m"(host_mxcsr));
	assert_int_equal(host_mxcsr & 0x7fc0, 0x1f80); /* the host's MXCSR is back */
}

/* The decoder on every form: same length as the assembler, claimed as
 * simulated. Undefined-flag masks are compared for information. */
static void test_decode_forms(void **state)
{
	(void)state;
	unsigned bad = 0, notes = 0, total = 0, broader = 0;
	char b1[64];

	for (size_t k = 0; k < sizeof insn_families / sizeof insn_families[0]; k++)
		for (size_t i = 0; i < insn_families[k].n; i++) {
			const struct insn_form *f = &insn_families[k].forms[i];
			struct x86_insn d;
			uint8_t buf[32];
			memset(buf, 0x90, sizeof buf);
			memcpy(buf, f->bytes, f->len);
			memset(&d, 0, sizeof d);
			int len = x86_decode(buf, sizeof buf, &d);
			total++;
			if (len != f->len || x86_insn_class(&d) != X86_CLASS_SIM) {
				if (bad++ < 30) {
					fprintf(stderr, "FAIL decode: \"%s\" [", f->text);
					print_bytes(f);
					fprintf(stderr, "]: x86_decode returned %d (want %u), class %d (%s), mnemonic %s\n",
						len, f->len, len > 0 ? x86_insn_class(&d) : -1,
						d.why ? d.why : "-", len > 0 ? x86_mnemonic(&d) : "-");
				}
				continue;
			}
			/* this file's undefined flags, over every CL count */
			uint32_t mine = 0;
			struct hsim_cpu_state in;
			memset(&in, 0, sizeof in);
			for (unsigned c = 0; c < 256; c++) {
				int du;
				in.gpr[HSIM_RCX] = c;
				mine |= undef_mask(f, &in, &du);
			}
			uint32_t theirs = (uint32_t)x86_undefined_flags_mask(&d) & HSIM_FLAGS_STATUS;
			if (theirs & ~mine)
				broader++;
			if ((mine & ~theirs) && notes++ < 20) {
				flag_names(mine & ~theirs, b1, sizeof b1);
				printf("  note decode: \"%s\": %s undefined for some inputs (SDM) but not in "
				       "x86_undefined_flags_mask\n", f->text, b1);
			}
		}
	printf("decode: %u forms, %u wrong; x86_undefined_flags_mask is narrower than the SDM for %u forms, "
	       "broader (count-independent) for %u\n", total, bad, notes, broader);
	if (bad)
		fail_msg("decode: %u forms decoded wrongly", bad);
}

int main(void)
{
	const char *e = getenv("HSIM_SEED");
	if (e && *e)
		base_seed = strtoull(e, NULL, 0);
	e = getenv("HSIM_INSN_ITERS");
	if (e && *e)
		iters = (unsigned)strtoul(e, NULL, 0);
	e = getenv("HSIM_INSN_VERBOSE");
	verbose = e && *e && *e != '0';
	filter = getenv("HSIM_INSN_FILTER");
	if (filter && !*filter)
		filter = NULL;
	printf("test_insn: HSIM_SEED=0x%" PRIx64 ", %u inputs per form\n", base_seed, iters);

	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_host_stub),
		cmocka_unit_test(test_decode_forms),
		cmocka_unit_test(test_alu),
		cmocka_unit_test(test_shift),
		cmocka_unit_test(test_muldiv),
		cmocka_unit_test(test_divide_error),
		cmocka_unit_test(test_bit),
		cmocka_unit_test(test_cond),
		cmocka_unit_test(test_move),
		cmocka_unit_test(test_string),
		cmocka_unit_test(test_sse_arith),
		cmocka_unit_test(test_sse_cmp),
		cmocka_unit_test(test_sse_cvt),
		cmocka_unit_test(test_sse_move),
		cmocka_unit_test(test_sse_int),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
