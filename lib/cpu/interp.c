/* The x86-64 CPU interpreter (integer core, dispatch, decode cache). */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <hsim/error.h>
#include "simint.h"
#include "x87.h"

#define CF HSIM_FLAG_CF
#define PF HSIM_FLAG_PF
#define AF HSIM_FLAG_AF
#define ZF HSIM_FLAG_ZF
#define SF HSIM_FLAG_SF
#define TF HSIM_FLAG_TF
#define DF HSIM_FLAG_DF
#define OF HSIM_FLAG_OF
#define STATUS HSIM_FLAGS_STATUS
/* RFLAGS bits popf may change at CPL 3 (IF and IOPL are silently kept). */
#define POPF_MASK 0x244dd5ull /* CF PF AF ZF SF TF DF OF NT AC ID */

#define RAX st->gpr[HSIM_RAX]
#define RCX st->gpr[HSIM_RCX]
#define RDX st->gpr[HSIM_RDX]
#define RBX st->gpr[HSIM_RBX]
#define RSP st->gpr[HSIM_RSP]
#define RBP st->gpr[HSIM_RBP]
#define RSI st->gpr[HSIM_RSI]
#define RDI st->gpr[HSIM_RDI]

/* ---- exceptions and memory ---- */

int sim_exc(struct sim *s, unsigned vec, int has_err, uint32_t err, uint64_t addr)
{
	struct sim_stop *t = s->stop;
	t->reason = SIM_STOP_EXCEPTION;
	t->vector = (uint8_t)vec;
	t->has_error_code = (uint8_t)has_err;
	t->error_code = err;
	t->fault_addr = addr; /* the run loop fills in insn_rip */
	return SIM_R_STOP;
}

static inline int canonical(uint64_t a)
{
	return (uint64_t)(((int64_t)(a << 16) >> 16)) == a;
}

/* An access to the device window: stop the run, or (bus on) go through the
 * bounce buffer. Only data accesses of up to 8 bytes, one per instruction. */
static uint8_t *device_access(struct sim *s, uint64_t a, unsigned n, int kind, uint32_t err)
{
	struct sim_stop *t = s->stop;
	const struct sim_hooks *h = s->hooks;
	uint64_t v = 0;
	if (!s->bus_on && kind != SIM_X) {
		t->reason = SIM_STOP_MMIO;
		t->fault_addr = a;
		t->is_write = kind == SIM_W;
		return NULL;
	}
	if (kind == SIM_X || n > 8 || s->bounce_len || !h->mmio ||
	    (h->mmio(h->ctx, a, n, 0, &v) != 0 && kind != SIM_W)) {
		sim_exc(s, 14, 1, err, a);
		return NULL;
	}
	/* a write reads first too, for read-modify-write instructions; a
	 * register that cannot be read then reads as 0 */
	memcpy(s->bounce, &v, 8);
	s->bounce_len = (uint8_t)n;
	s->bounce_write = kind == SIM_W;
	s->bounce_addr = a;
	return s->bounce;
}

uint8_t *sim_xlate_slow(struct sim *s, uint64_t a, unsigned n, int kind, int stack)
{
	uint64_t last = a + n - 1;
	if (!canonical(a) || !canonical(last)) {
		sim_exc(s, stack ? 12 : 13, 1, 0, 0);
		return NULL;
	}
	uint32_t err = 4 | (kind == SIM_W ? 2 : 0) | (kind == SIM_X ? 16 : 0);
	if (s->hooks && a >= s->hooks->mmio_base && a - s->hooks->mmio_base < s->hooks->mmio_size &&
	    last - s->hooks->mmio_base < s->hooks->mmio_size)
		return device_access(s, a, n, kind, err);
	uint64_t bad;
	if (a < s->user_base) {
		bad = a;
		if (a >= 4096)
			err |= 1;
	} else if (a >= s->memsize) {
		bad = a;
	} else if (last < a) {
		bad = a; /* wraps: cannot happen for canonical addresses */
	} else {
		bad = s->memsize;
	}
	sim_exc(s, 14, 1, err, bad);
	return NULL;
}

static void flush_all(struct sim *s)
{
	memset(s->table, 0, sizeof(*s->table) * SIM_CACHE_SIZE);
	s->arena_used = 0;
	/* only the bytes that ever held a mark: guest memory may be huge */
	if (s->code_lo <= s->code_hi)
		memset(s->code_bits + (s->code_lo >> 3), 0, (s->code_hi >> 3) - (s->code_lo >> 3) + 1);
	s->code_lo = ~(uint64_t)0;
	s->code_hi = 0;
	s->run_end = 0;
}

void sim_flush(struct sim *s)
{
	if (s)
		flush_all(s);
}

const struct sim_patch *sim_patch_find(const struct sim_patch *p, size_t n, uint64_t addr)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (p[mid].addr < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && p[lo].addr == addr ? &p[lo] : NULL;
}

/* Cached decodes of patch sites differ with the mode: drop them. */
static void invalidate_patches(struct sim *s)
{
	if (s->npatch > 64) {
		flush_all(s);
		return;
	}
	for (size_t i = 0; i < s->npatch; i++)
		sim_invalidate(s, s->patches[i].addr, s->patches[i].len);
}

void sim_set_patches(struct sim *s, const struct sim_patch *p, size_t n)
{
	invalidate_patches(s);
	s->patches = p;
	s->npatch = p ? n : 0;
	invalidate_patches(s);
}

void sim_exec_patched(struct sim *s, int on)
{
	if (s->exec_patched == !!on)
		return;
	s->exec_patched = !!on;
	invalidate_patches(s);
}

void sim_set_bus(struct sim *s, int on)
{
	s->bus_on = !!on;
}

int sim_set_dirty(struct sim *s, uint64_t *bits)
{
	/* 8 bytes of line bits per page, whole pages */
	size_t len = (size_t)((s->memsize + 4095) >> 12) * 8;
	if (!bits) {
		s->dirty = NULL;
		s->watch_bits = s->code_bits;
		return 0;
	}
	if (!s->watch_own && !(s->watch_own = malloc(len)))
		return -ENOMEM;
	/* every line of a page not marked, the code lines of the others */
	size_t npages = len / 8;
	for (size_t w = 0; w < (npages + 63) / 64; w++) {
		size_t p0 = w * 64, np = npages - p0 < 64 ? npages - p0 : 64;
		if (!bits[w]) {
			memset(s->watch_own + p0 * 8, 0xff, np * 8);
			continue;
		}
		for (size_t p = p0; p < p0 + np; p++) {
			if ((bits[w] >> (p & 63)) & 1)
				memcpy(s->watch_own + p * 8, s->code_bits + p * 8, 8);
			else
				memset(s->watch_own + p * 8, 0xff, 8);
		}
	}
	s->dirty = bits;
	s->watch_bits = s->watch_own;
	return 0;
}

void sim_set_yield(struct sim *s, int on)
{
	s->yield_on = (uint8_t)(on != 0);
}

void sim_set_until(struct sim *s, uint64_t rip, uint64_t rsp)
{
	s->until_rip = rip;
	s->until_rsp = rsp;
	s->yield = 0; /* a pending yield no longer borrows until_rip */
}

void sim_set_exec_stop(struct sim *s, const uint64_t *map, uint64_t skip)
{
	s->exec_stop = map;
	s->exec_skip = skip;
}

/* sim_set_exec_stop's condition at a block start. */
static int exec_stop_at(struct sim *s, uint64_t rip)
{
	if (rip == s->exec_skip) {
		s->exec_skip = ~(uint64_t)0; /* only the first time */
		return 0;
	}
	s->exec_skip = ~(uint64_t)0;
	uint64_t p = rip >> 12;
	return rip >= s->user_base && rip < s->memsize && ((s->exec_stop[p / 64] >> (p % 64)) & 1);
}

/* Drop the cached blocks that overlap guest lines [first, last]. */
static void invalidate_lines(struct sim *s, uint64_t first, uint64_t last)
{
	uint64_t hits = 0;
	if (!s->nlines || first >= s->nlines)
		return;
	if (last >= s->nlines)
		last = s->nlines - 1;
	for (uint64_t l = first; l <= last && l >= first; l++) {
		if ((s->code_bits[l >> 3] >> (l & 7)) & 1) {
			s->code_bits[l >> 3] &= (uint8_t)~(1u << (l & 7));
			hits++;
		}
	}
	if (!hits)
		return;
	if (hits > 16) {
		flush_all(s);
		return;
	}
	s->run_end = 0;
	for (unsigned i = 0; i < SIM_CACHE_SIZE; i++) {
		struct sim_block *b = s->table[i];
		if (!b)
			continue;
		uint64_t lo = b->rip >> SIM_LINE_SHIFT, hi = (b->end - 1) >> SIM_LINE_SHIFT;
		if (hi >= first && lo <= last)
			s->table[i] = NULL;
	}
}

/* A tracked page's first store since the caller cleared its bit: mark it,
 * and from now on watch only its code lines. (A watch bit left set where it
 * need not be, e.g. by a flush, costs one more call here, which clears it.) */
static void page_written(struct sim *s, uint64_t a)
{
	uint64_t p = a >> 12;
	s->dirty[p >> 6] |= 1ull << (p & 63);
	memcpy(s->watch_own + p * 8, s->code_bits + p * 8, 8);
}

/* A store to a watched line: drop the cached decodes of the code there and
 * mark the pages (n <= 4096 for every access: its ends name all of them). */
void sim_code_written(struct sim *s, uint64_t a, unsigned n)
{
	invalidate_lines(s, a >> SIM_LINE_SHIFT, (a + n - 1) >> SIM_LINE_SHIFT);
	if (s->dirty) {
		page_written(s, a);
		page_written(s, a + n - 1);
	}
}

void sim_invalidate(struct sim *s, uint64_t addr, uint64_t len)
{
	if (!s || !len || addr >= s->memsize)
		return;
	uint64_t end = addr + len - 1;
	if (end < addr || end >= s->memsize)
		end = s->memsize - 1;
	invalidate_lines(s, addr >> SIM_LINE_SHIFT, end >> SIM_LINE_SHIFT);
}

static inline void mark_code(struct sim *s, uint64_t a)
{
	uint64_t l = a >> SIM_LINE_SHIFT;
	s->code_bits[l >> 3] |= (uint8_t)(1u << (l & 7));
	s->watch_bits[l >> 3] |= (uint8_t)(1u << (l & 7));
	if (l < s->code_lo)
		s->code_lo = l;
	if (l > s->code_hi)
		s->code_hi = l;
}

/* ---- registers ---- */

static inline uint64_t mask_of(unsigned n)
{
	return n == 8 ? ~0ull : (1ull << (8 * n)) - 1;
}

static inline uint64_t sx(uint64_t v, unsigned n)
{
	unsigned sh = 64 - 8 * n;
	return (uint64_t)((int64_t)(v << sh) >> sh);
}

static inline uint64_t getr(const struct hsim_cpu_state *st, unsigned r, unsigned n, unsigned pfx)
{
	switch (n) {
	case 1:
		if (!(pfx & X86_P_REX) && r >= 4 && r < 8)
			return (st->gpr[r - 4] >> 8) & 0xff;
		return st->gpr[r] & 0xff;
	case 2: return st->gpr[r] & 0xffff;
	case 4: return st->gpr[r] & 0xffffffff;
	default: return st->gpr[r];
	}
}

static inline void setr(struct hsim_cpu_state *st, unsigned r, unsigned n, unsigned pfx, uint64_t v)
{
	switch (n) {
	case 1:
		if (!(pfx & X86_P_REX) && r >= 4 && r < 8)
			st->gpr[r - 4] = (st->gpr[r - 4] & ~0xff00ull) | ((v & 0xff) << 8);
		else
			st->gpr[r] = (st->gpr[r] & ~0xffull) | (v & 0xff);
		break;
	case 2: st->gpr[r] = (st->gpr[r] & ~0xffffull) | (v & 0xffff); break;
	case 4: st->gpr[r] = v & 0xffffffff; break;
	default: st->gpr[r] = v; break;
	}
}

/* ---- flags ---- */

static inline uint64_t szp(uint64_t r, unsigned n)
{
	uint64_t f = 0;
	r &= mask_of(n);
	if (!r)
		f |= ZF;
	if (r >> (8 * n - 1))
		f |= SF;
	if (!__builtin_parity((unsigned)(r & 0xff)))
		f |= PF;
	return f;
}

static inline void setflags(struct hsim_cpu_state *st, uint64_t mask, uint64_t f)
{
	st->rflags = (st->rflags & ~mask) | (f & mask);
}

static inline uint64_t add_flags(uint64_t a, uint64_t b, uint64_t c, uint64_t r, unsigned n)
{
	uint64_t m = mask_of(n), msb = 1ull << (8 * n - 1);
	a &= m; b &= m; r &= m;
	uint64_t f = szp(r, n);
	if (r < a || (c && r == a))
		f |= CF;
	if ((a ^ r) & (b ^ r) & msb)
		f |= OF;
	f |= (a ^ b ^ r) & AF;
	return f;
}

static inline uint64_t sub_flags(uint64_t a, uint64_t b, uint64_t c, uint64_t r, unsigned n)
{
	uint64_t m = mask_of(n), msb = 1ull << (8 * n - 1);
	a &= m; b &= m; r &= m;
	uint64_t f = szp(r, n);
	if (a < b || (c && a == b))
		f |= CF;
	if ((a ^ b) & (a ^ r) & msb)
		f |= OF;
	f |= (a ^ b ^ r) & AF;
	return f;
}

static inline int cond(uint64_t fl, unsigned cc)
{
	int r;
	switch (cc >> 1) {
	case 0: r = (fl & OF) != 0; break;
	case 1: r = (fl & CF) != 0; break;
	case 2: r = (fl & ZF) != 0; break;
	case 3: r = (fl & (CF | ZF)) != 0; break;
	case 4: r = (fl & SF) != 0; break;
	case 5: r = (fl & PF) != 0; break;
	case 6: r = !(fl & SF) != !(fl & OF); break;
	default: r = (fl & ZF) || (!(fl & SF) != !(fl & OF)); break;
	}
	return r ^ (cc & 1);
}

/* ---- operand helpers ---- */

/* r/m operand: either a register or a pointer into guest memory. */
struct rm {
	uint8_t *p; /* NULL: register */
};

static inline int rm_get(struct sim *s, const struct x86_insn *in, unsigned n, int kind, struct rm *o)
{
	if (!in->is_mem) {
		o->p = NULL;
		return 0;
	}
	o->p = sim_mem_op(s, in, n, kind);
	return o->p ? 0 : SIM_R_STOP;
}

static inline uint64_t rm_read(struct sim *s, const struct x86_insn *in, unsigned n, const struct rm *o)
{
	return o->p ? ld(o->p, n) : getr(s->st, in->rm, n, in->pfx);
}

static inline void rm_write(struct sim *s, const struct x86_insn *in, unsigned n, const struct rm *o, uint64_t v)
{
	if (o->p)
		stv(o->p, n, v);
	else
		setr(s->st, in->rm, n, in->pfx, v);
}

/* The memory operand of a fast form, which is picked only without a
 * segment override or address-size prefix. */
static inline uint8_t *mem_plain(struct sim *s, const struct x86_insn *in, unsigned n, int kind)
{
	const struct hsim_cpu_state *st = s->st;
	uint64_t a = (uint64_t)in->disp;
	if (in->base < 16)
		a += st->gpr[in->base];
	if (in->index != X86R_NONE)
		a += st->gpr[in->index] << in->scale;
	return sim_xlate(s, a, n, kind, (in->pfx & X86_P_SS) != 0);
}

static inline int push64(struct sim *s, uint64_t v)
{
	struct hsim_cpu_state *st = s->st;
	uint8_t *p = sim_xlate(s, RSP - 8, 8, SIM_W, 1);
	if (!p)
		return SIM_R_STOP;
	stv(p, 8, v);
	RSP -= 8;
	return 0;
}

static int jump(struct sim *s, uint64_t target)
{
	if (!canonical(target))
		return sim_exc(s, 13, 1, 0, 0);
	s->st->rip = target;
	return 0;
}

/* ---- handlers ---- */

static int h_ud(struct sim *s, const struct x86_insn *in)
{
	(void)in;
	return sim_exc(s, 6, 0, 0, 0);
}

static int h_gp0(struct sim *s, const struct x86_insn *in)
{
	(void)in;
	return sim_exc(s, 13, 1, 0, 0);
}

static inline __attribute__((always_inline)) uint64_t alu_op(struct hsim_cpu_state *st, unsigned op, uint64_t a, uint64_t b, unsigned n)
{
	uint64_t r, c;
	switch (op) {
	case X86OP_ADD: r = a + b; setflags(st, STATUS, add_flags(a, b, 0, r, n)); return r;
	case X86OP_ADC: c = st->rflags & CF; r = a + b + c; setflags(st, STATUS, add_flags(a, b, c, r, n)); return r;
	case X86OP_SUB:
	case X86OP_CMP: r = a - b; setflags(st, STATUS, sub_flags(a, b, 0, r, n)); return r;
	case X86OP_SBB: c = st->rflags & CF; r = a - b - c; setflags(st, STATUS, sub_flags(a, b, c, r, n)); return r;
	case X86OP_AND: r = a & b; break;
	case X86OP_OR: r = a | b; break;
	default: r = a ^ b; break;
	}
	setflags(st, STATUS, szp(r, n));
	return r;
}

static int h_alu(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize, op = in->op;
	unsigned o = in->opc;
	if (in->map == 0 && o < 0x40 && (o & 7) >= 4) {
		/* AL/eAX, imm */
		uint64_t r = alu_op(st, op, getr(st, 0, n, in->pfx), in->imm, n);
		if (op != X86OP_CMP)
			setr(st, 0, n, X86_P_REX, r);
		return 0;
	}
	struct rm m;
	if (in->map == 0 && o < 0x40 && (o & 2)) {
		/* G, E */
		if (rm_get(s, in, n, SIM_R, &m))
			return SIM_R_STOP;
		uint64_t r = alu_op(st, op, getr(st, in->reg, n, in->pfx), rm_read(s, in, n, &m), n);
		if (op != X86OP_CMP)
			setr(st, in->reg, n, in->pfx, r);
		return 0;
	}
	if (rm_get(s, in, n, op == X86OP_CMP ? SIM_R : SIM_W, &m))
		return SIM_R_STOP;
	uint64_t b = (in->map == 0 && o >= 0x80) ? in->imm : getr(st, in->reg, n, in->pfx);
	uint64_t r = alu_op(st, op, rm_read(s, in, n, &m), b, n);
	if (op != X86OP_CMP)
		rm_write(s, in, n, &m, r);
	return 0;
}

/* Per-operation copies of the fast forms (32/64-bit register destination).
 * add/sub/cmp/and/or/xor take their flags from the host ALU (lahf + seto):
 * these flags are fully defined (AF of the logic ops is 0 on both vendors). */
#define HOST_ALU(insn, a, b, n, fout) do { \
	uint64_t _ax; uint8_t _o; \
	if ((n) == 8) \
		__asm__(insn "q %[bb], %[aa]\n\tlahf\n\tseto %[o]" \
			: [aa] "+r"(a), "=a"(_ax), [o] "=r"(_o) : [bb] "r"(b) : "cc"); \
	else { \
		uint32_t _a = (uint32_t)(a); \
		__asm__(insn "l %k[bb], %[aa]\n\tlahf\n\tseto %[o]" \
			: [aa] "+r"(_a), "=a"(_ax), [o] "=r"(_o) : [bb] "r"(b) : "cc"); \
		a = _a; \
	} \
	fout = ((_ax >> 8) & 0xd5) | ((uint64_t)_o << 11); \
} while (0)

#define ALU_HOST_N(OP, insn, N) \
static int h_##OP##_rr##N(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	uint64_t a = st->gpr[in->rm], f; \
	HOST_ALU(insn, a, st->gpr[in->reg], N, f); \
	st->rflags = (st->rflags & ~(uint64_t)STATUS) | f; \
	if (X86OP_##OP != X86OP_CMP) \
		st->gpr[in->rm] = a; \
	return 0; \
} \
static int h_##OP##_ri##N(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	uint64_t a = st->gpr[in->rm], f; \
	HOST_ALU(insn, a, in->imm, N, f); \
	st->rflags = (st->rflags & ~(uint64_t)STATUS) | f; \
	if (X86OP_##OP != X86OP_CMP) \
		st->gpr[in->rm] = a; \
	return 0; \
}
#define ALU_HOST(OP, insn) ALU_HOST_N(OP, insn, 4) ALU_HOST_N(OP, insn, 8)
ALU_HOST(ADD, "add") ALU_HOST(OR, "or") ALU_HOST(AND, "and") ALU_HOST(SUB, "sub")
ALU_HOST(XOR, "xor") ALU_HOST(CMP, "cmp")
#undef ALU_HOST
#undef ALU_HOST_N

/* 32/64-bit forms with a memory operand: G = G op M, M = M op G, M = M op imm */
#define ALU_HOSTM(OP, insn) \
static int h_##OP##_gm(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	unsigned n = in->osize; \
	uint8_t *p = mem_plain(s, in, n, SIM_R); \
	if (!p) \
		return SIM_R_STOP; \
	uint64_t a = st->gpr[in->reg], f; \
	HOST_ALU(insn, a, ld(p, n), n, f); \
	st->rflags = (st->rflags & ~(uint64_t)STATUS) | f; \
	if (X86OP_##OP != X86OP_CMP) \
		st->gpr[in->reg] = a; \
	return 0; \
} \
static int h_##OP##_mg(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	unsigned n = in->osize; \
	uint8_t *p = mem_plain(s, in, n, X86OP_##OP == X86OP_CMP ? SIM_R : SIM_W); \
	if (!p) \
		return SIM_R_STOP; \
	uint64_t a = ld(p, n), f; \
	HOST_ALU(insn, a, st->gpr[in->reg], n, f); \
	st->rflags = (st->rflags & ~(uint64_t)STATUS) | f; \
	if (X86OP_##OP != X86OP_CMP) \
		stv(p, n, a); \
	return 0; \
} \
static int h_##OP##_mi(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	unsigned n = in->osize; \
	uint8_t *p = mem_plain(s, in, n, X86OP_##OP == X86OP_CMP ? SIM_R : SIM_W); \
	if (!p) \
		return SIM_R_STOP; \
	uint64_t a = ld(p, n), f; \
	HOST_ALU(insn, a, in->imm, n, f); \
	st->rflags = (st->rflags & ~(uint64_t)STATUS) | f; \
	if (X86OP_##OP != X86OP_CMP) \
		stv(p, n, a); \
	return 0; \
}
ALU_HOSTM(ADD, "add") ALU_HOSTM(OR, "or") ALU_HOSTM(AND, "and") ALU_HOSTM(SUB, "sub")
ALU_HOSTM(XOR, "xor") ALU_HOSTM(CMP, "cmp")
#undef ALU_HOSTM

static const sim_handler alu_gm[8] = { h_ADD_gm, h_OR_gm, NULL, NULL, h_AND_gm, h_SUB_gm, h_XOR_gm, h_CMP_gm };
static const sim_handler alu_mg[8] = { h_ADD_mg, h_OR_mg, NULL, NULL, h_AND_mg, h_SUB_mg, h_XOR_mg, h_CMP_mg };
static const sim_handler alu_mi[8] = { h_ADD_mi, h_OR_mi, NULL, NULL, h_AND_mi, h_SUB_mi, h_XOR_mi, h_CMP_mi };

#define ALU_FAST(OP) \
static int h_##OP##_rr(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	unsigned n = in->osize; \
	uint64_t r = alu_op(st, X86OP_##OP, getr(st, in->rm, n, in->pfx), getr(st, in->reg, n, in->pfx), n); \
	setr(st, in->rm, n, in->pfx, r); \
	return 0; \
} \
static int h_##OP##_ri(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	unsigned n = in->osize; \
	uint64_t r = alu_op(st, X86OP_##OP, getr(st, in->rm, n, in->pfx), in->imm, n); \
	setr(st, in->rm, n, in->pfx, r); \
	return 0; \
}
ALU_FAST(ADC) ALU_FAST(SBB)
#undef ALU_FAST

static const sim_handler alu_rr[2][8] = {
	{ h_ADD_rr4, h_OR_rr4, h_ADC_rr, h_SBB_rr, h_AND_rr4, h_SUB_rr4, h_XOR_rr4, h_CMP_rr4 },
	{ h_ADD_rr8, h_OR_rr8, h_ADC_rr, h_SBB_rr, h_AND_rr8, h_SUB_rr8, h_XOR_rr8, h_CMP_rr8 },
};
static const sim_handler alu_ri[2][8] = {
	{ h_ADD_ri4, h_OR_ri4, h_ADC_ri, h_SBB_ri, h_AND_ri4, h_SUB_ri4, h_XOR_ri4, h_CMP_ri4 },
	{ h_ADD_ri8, h_OR_ri8, h_ADC_ri, h_SBB_ri, h_AND_ri8, h_SUB_ri8, h_XOR_ri8, h_CMP_ri8 },
};

static int h_test(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	uint64_t a, b;
	if (in->map == 0 && (in->opc == 0xa8 || in->opc == 0xa9)) {
		a = getr(st, 0, n, in->pfx);
		b = in->imm;
	} else {
		struct rm m;
		if (rm_get(s, in, n, SIM_R, &m))
			return SIM_R_STOP;
		a = rm_read(s, in, n, &m);
		b = (in->opc == 0xf6 || in->opc == 0xf7) ? in->imm : getr(st, in->reg, n, in->pfx);
	}
	setflags(st, STATUS, szp(a & b, n));
	return 0;
}

static int h_incdec(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	struct rm m;
	if (rm_get(s, in, n, SIM_W, &m))
		return SIM_R_STOP;
	uint64_t a = rm_read(s, in, n, &m), r;
	if (in->op == X86OP_INC) {
		r = a + 1;
		setflags(st, STATUS & ~CF, add_flags(a, 1, 0, r, n));
	} else {
		r = a - 1;
		setflags(st, STATUS & ~CF, sub_flags(a, 1, 0, r, n));
	}
	rm_write(s, in, n, &m, r);
	return 0;
}

static int h_incdec_r(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	uint64_t a = getr(st, in->rm, n, in->pfx), r;
	if (in->op == X86OP_INC) {
		r = a + 1;
		setflags(st, STATUS & ~CF, add_flags(a, 1, 0, r, n));
	} else {
		r = a - 1;
		setflags(st, STATUS & ~CF, sub_flags(a, 1, 0, r, n));
	}
	setr(st, in->rm, n, in->pfx, r);
	return 0;
}

static int h_negnot(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	struct rm m;
	if (rm_get(s, in, n, SIM_W, &m))
		return SIM_R_STOP;
	uint64_t a = rm_read(s, in, n, &m), r;
	if (in->op == X86OP_NOT) {
		r = ~a;
	} else {
		r = 0 - a;
		setflags(st, STATUS, sub_flags(0, a, 0, r, n));
	}
	rm_write(s, in, n, &m, r);
	return 0;
}

/* Undefined flags of mul/imul (every form and size): AMD (measured, Zen 3)
 * leaves SF ZF AF PF unchanged; Intel (measured, family 6 model 0xcf) sets
 * SF and PF from the low half and clears ZF and AF, even for a zero product. */
static uint64_t mul_flags(const struct sim *s, uint64_t lo, unsigned n, uint64_t oldf, int ovf)
{
	uint64_t f = ovf ? (CF | OF) : 0;
	if (s->vendor == SIM_VENDOR_AMD)
		return f | (oldf & (SF | ZF | AF | PF));
	return f | (szp(lo, n) & (SF | PF));
}

static int h_muldiv(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize, bits = 8 * n;
	struct rm m;
	if (rm_get(s, in, n, SIM_R, &m))
		return SIM_R_STOP;
	uint64_t src = rm_read(s, in, n, &m), mk = mask_of(n);
	uint64_t a = n == 1 ? RAX & 0xff : RAX & mk;
	uint64_t d = n == 1 ? (RAX >> 8) & 0xff : RDX & mk;
	uint64_t lo, hi;
	switch (in->op) {
	case X86OP_MUL: {
		unsigned __int128 p = (unsigned __int128)a * src;
		lo = (uint64_t)p & mk;
		hi = n == 8 ? (uint64_t)(p >> 64) : (uint64_t)(p >> bits) & mk;
		setflags(st, STATUS, mul_flags(s, lo, n, st->rflags, hi != 0));
		break;
	}
	case X86OP_IMUL1: {
		__int128 p = (__int128)(int64_t)sx(a, n) * (int64_t)sx(src, n);
		lo = (uint64_t)p & mk;
		hi = n == 8 ? (uint64_t)((unsigned __int128)p >> 64) : (uint64_t)(p >> bits) & mk;
		setflags(st, STATUS, mul_flags(s, lo, n, st->rflags, p != (__int128)(int64_t)sx(lo, n)));
		break;
	}
	case X86OP_DIV: {
		if (!src)
			return sim_exc(s, 0, 0, 0, 0);
		unsigned __int128 dv = n == 8 ? ((unsigned __int128)d << 64) | a : (unsigned __int128)((d << bits) | a);
		unsigned __int128 q = dv / src;
		if (q > mk)
			return sim_exc(s, 0, 0, 0, 0);
		lo = (uint64_t)q;
		hi = (uint64_t)(dv % src);
		break;
	}
	default: { /* IDIV */
		if (!src)
			return sim_exc(s, 0, 0, 0, 0);
		__int128 dv;
		if (n == 8)
			dv = (__int128)(((unsigned __int128)d << 64) | a);
		else
			dv = (int64_t)sx((d << bits) | a, 2 * n);
		__int128 dvs = (int64_t)sx(src, n);
		if (dvs == -1 && (unsigned __int128)dv == ((unsigned __int128)1 << 127))
			return sim_exc(s, 0, 0, 0, 0);
		__int128 q = dv / dvs, r = dv % dvs;
		__int128 lim = (__int128)1 << (bits - 1);
		if (q >= lim || q < -lim)
			return sim_exc(s, 0, 0, 0, 0);
		lo = (uint64_t)q & mk;
		hi = (uint64_t)r & mk;
		break;
	}
	}
	if ((in->op == X86OP_DIV || in->op == X86OP_IDIV) && s->vendor == SIM_VENDOR_AMD) {
		/* all flags undefined; AMD (measured): CF OF kept, AF set,
		 * SF ZF PF cleared. Intel (measured): all six unchanged. */
		setflags(st, SF | ZF | PF | AF, AF);
	}
	if (n == 1) {
		RAX = (RAX & ~0xffffull) | (lo & 0xff) | ((hi & 0xff) << 8);
	} else {
		setr(st, HSIM_RAX, n, 0, lo);
		setr(st, HSIM_RDX, n, 0, hi);
	}
	return 0;
}

static int h_imul(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	struct rm m;
	if (rm_get(s, in, n, SIM_R, &m))
		return SIM_R_STOP;
	uint64_t b = rm_read(s, in, n, &m);
	uint64_t a = in->op == X86OP_IMUL3 ? in->imm : getr(st, in->reg, n, in->pfx);
	__int128 p = (__int128)(int64_t)sx(a, n) * (int64_t)sx(b, n);
	uint64_t lo = (uint64_t)p & mask_of(n);
	setflags(st, STATUS, mul_flags(s, lo, n, st->rflags, p != (__int128)(int64_t)sx(lo, n)));
	setr(st, in->reg, n, in->pfx, lo);
	return 0;
}

/* 32/64-bit register forms of imul r, r/m and imul r, r/m, imm */
#define IMUL_FAST(N) \
static int h_imul2_##N(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	__int128 p = (__int128)(int64_t)sx(st->gpr[in->reg], N) * (int64_t)sx(st->gpr[in->rm], N); \
	uint64_t lo = (uint64_t)p & mask_of(N); \
	setflags(st, STATUS, mul_flags(s, lo, N, st->rflags, p != (__int128)(int64_t)sx(lo, N))); \
	st->gpr[in->reg] = lo; \
	return 0; \
} \
static int h_imul3_##N(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	__int128 p = (__int128)(int64_t)sx(in->imm, N) * (int64_t)sx(st->gpr[in->rm], N); \
	uint64_t lo = (uint64_t)p & mask_of(N); \
	setflags(st, STATUS, mul_flags(s, lo, N, st->rflags, p != (__int128)(int64_t)sx(lo, N))); \
	st->gpr[in->reg] = lo; \
	return 0; \
}
IMUL_FAST(4) IMUL_FAST(8)
#undef IMUL_FAST

/* Result and new RFLAGS of a shift or rotate of a (masked to n bytes) by a
 * nonzero, already masked count. immreg: the register-by-imm8 encoding
 * (C0/C1 with a register operand), whose rol/ror OF Intel treats apart.
 * Inlined with constant op, n and immreg for the register fast forms.
 *
 * Intel (measured, family 6 model 0xcf): for every nonzero count OF is what
 * a 1-bit step of the same source gives (shl, rol, rcl: s[n-1]^s[n-2]; ror:
 * s[n-1]^s[0]; rcr: s[n-1]^CF before; shr: s[n-1]; sar: 0), except rol/ror
 * r, imm8 with a count other than 1, which keep OF; AF = 0; rcl/rcr whose
 * count is a multiple of 9/17 (8/16-bit) change no flag. */
static inline __attribute__((always_inline)) uint64_t shift_calc(const struct sim *s, unsigned op, unsigned n,
								 uint64_t a, unsigned cnt, uint64_t f, uint64_t *fout,
								 int immreg)
{
	int amd = s->vendor == SIM_VENDOR_AMD;
	unsigned bits = 8 * n;
	uint64_t mk = mask_of(n), msb = 1ull << (bits - 1);
	uint64_t r;
	uint64_t cf;
	switch (op) {
	case X86OP_ROL: {
		unsigned c = cnt % bits;
		r = c ? ((a << c) | (a >> (bits - c))) & mk : a;
		cf = r & 1;
		if (amd)
			f = (f & ~(CF | OF)) | cf | ((((r & msb) != 0) ^ cf) ? OF : 0);
		else if (immreg && cnt != 1)
			f = (f & ~CF) | cf;
		else
			f = (f & ~(CF | OF)) | cf | ((((a >> (bits - 1)) ^ (a >> (bits - 2))) & 1) ? OF : 0);
		break;
	}
	case X86OP_ROR: {
		unsigned c = cnt % bits;
		r = c ? ((a >> c) | (a << (bits - c))) & mk : a;
		cf = (r & msb) ? 1 : 0;
		if (amd)
			f = (f & ~(CF | OF)) | cf | ((((r >> (bits - 1)) ^ (r >> (bits - 2))) & 1) ? OF : 0);
		else if (immreg && cnt != 1)
			f = (f & ~CF) | cf;
		else
			f = (f & ~(CF | OF)) | cf | ((((a >> (bits - 1)) ^ a) & 1) ? OF : 0);
		break;
	}
	case X86OP_RCL: {
		unsigned c = n == 1 ? cnt % 9 : n == 2 ? cnt % 17 : cnt;
		if (!c && !amd) {
			r = a;
			break;
		}
		unsigned __int128 v = ((unsigned __int128)(f & CF) << bits) | a; /* bits+1 wide */
		unsigned w = bits + 1;
		if (c)
			v = ((v << c) | (v >> (w - c))) & ((((unsigned __int128)1) << w) - 1);
		r = (uint64_t)v & mk;
		cf = (uint64_t)(v >> bits) & 1;
		if (amd)
			f = (f & ~(CF | OF)) | cf | ((((r & msb) != 0) ^ cf) ? OF : 0);
		else
			f = (f & ~(CF | OF)) | cf | ((((a >> (bits - 1)) ^ (a >> (bits - 2))) & 1) ? OF : 0);
		break;
	}
	case X86OP_RCR: {
		unsigned c = n == 1 ? cnt % 9 : n == 2 ? cnt % 17 : cnt;
		if (!c && !amd) {
			r = a;
			break;
		}
		unsigned __int128 v = ((unsigned __int128)(f & CF) << bits) | a;
		unsigned w = bits + 1;
		uint64_t of = (((a >> (bits - 1)) ^ (f & CF)) & 1) ? OF : 0; /* before */
		if (c)
			v = ((v >> c) | (v << (w - c))) & ((((unsigned __int128)1) << w) - 1);
		r = (uint64_t)v & mk;
		cf = (uint64_t)(v >> bits) & 1;
		if (amd)
			of = (((r >> (bits - 1)) ^ (r >> (bits - 2))) & 1) ? OF : 0;
		f = (f & ~(CF | OF)) | cf | of;
		break;
	}
	case X86OP_SHL:
	case X86OP_SAL:
		r = cnt < 64 ? (a << cnt) & mk : 0;
		cf = cnt <= bits ? (a >> (bits - cnt)) & 1 : 0;
		if (amd)
			f = (f & ~STATUS) | szp(r, n) | cf | ((((r & msb) != 0) ^ cf) ? OF : 0) | AF;
		else
			f = (f & ~STATUS) | szp(r, n) | cf | ((((a >> (bits - 1)) ^ (a >> (bits - 2))) & 1) ? OF : 0);
		break;
	case X86OP_SHR:
		r = cnt < 64 ? a >> cnt : 0;
		cf = (a >> (cnt - 1)) & 1;
		f = (f & ~STATUS) | szp(r, n) | cf;
		if (amd) {
			f |= AF;
			if (cnt == 1 && (a & msb))
				f |= OF;
		} else if (a & msb) {
			f |= OF; /* Intel: OF = MSB of the original for any count */
		}
		break;
	default: { /* SAR */
		uint64_t sa = sx(a, n);
		r = (uint64_t)((int64_t)sa >> (cnt > 63 ? 63 : cnt)) & mk;
		cf = ((uint64_t)((int64_t)sa >> (cnt - 1))) & 1;
		f = (f & ~STATUS) | szp(r, n) | cf;
		if (amd)
			f |= AF;
		break;
	}
	}
	*fout = f;
	return r;
}

static int h_shift(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	unsigned cnt;
	if (in->opc == 0xd0 || in->opc == 0xd1)
		cnt = 1;
	else if (in->opc == 0xd2 || in->opc == 0xd3)
		cnt = RCX & 0xff;
	else
		cnt = (unsigned)in->imm;
	cnt &= n == 8 ? 63 : 31;
	struct rm m;
	if (rm_get(s, in, n, SIM_W, &m))
		return SIM_R_STOP;
	if (!cnt) {
		if (n == 4 && !m.p) /* a 32-bit register is still written */
			st->gpr[in->rm] &= 0xffffffff;
		return 0;
	}
	uint64_t a = rm_read(s, in, n, &m) & mask_of(n), f;
	uint64_t r = shift_calc(s, in->op, n, a, cnt, st->rflags, &f, !m.p && (in->opc == 0xc0 || in->opc == 0xc1));
	st->rflags = f;
	rm_write(s, in, n, &m, r);
	return 0;
}

/* 32/64-bit register forms: by imm8 (nonzero after masking, checked at
 * decode) and by CL. */
#define SHIFT_FAST(OP, N) \
static int h_##OP##_i##N(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	unsigned cnt = (unsigned)in->imm & (N == 8 ? 63 : 31); \
	uint64_t f, r = shift_calc(s, X86OP_##OP, N, st->gpr[in->rm] & mask_of(N), cnt, st->rflags, &f, 1); \
	st->rflags = f; \
	st->gpr[in->rm] = r; \
	return 0; \
} \
static int h_##OP##_c##N(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	unsigned cnt = (unsigned)RCX & (N == 8 ? 63 : 31); \
	uint64_t a = st->gpr[in->rm] & mask_of(N); \
	if (!cnt) { \
		st->gpr[in->rm] = a; /* a 32-bit register is still written */ \
		return 0; \
	} \
	uint64_t f, r = shift_calc(s, X86OP_##OP, N, a, cnt, st->rflags, &f, 0); \
	st->rflags = f; \
	st->gpr[in->rm] = r; \
	return 0; \
}
SHIFT_FAST(ROL, 4) SHIFT_FAST(ROR, 4) SHIFT_FAST(SHL, 4) SHIFT_FAST(SHR, 4) SHIFT_FAST(SAR, 4)
SHIFT_FAST(ROL, 8) SHIFT_FAST(ROR, 8) SHIFT_FAST(SHL, 8) SHIFT_FAST(SHR, 8) SHIFT_FAST(SAR, 8)
#undef SHIFT_FAST

/* indexed by op - X86OP_ROL; NULL: no fast form */
static const sim_handler shift_i4[8] = { h_ROL_i4, h_ROR_i4, NULL, NULL, h_SHL_i4, h_SHR_i4, h_SHL_i4, h_SAR_i4 };
static const sim_handler shift_c4[8] = { h_ROL_c4, h_ROR_c4, NULL, NULL, h_SHL_c4, h_SHR_c4, h_SHL_c4, h_SAR_c4 };
static const sim_handler shift_i8[8] = { h_ROL_i8, h_ROR_i8, NULL, NULL, h_SHL_i8, h_SHR_i8, h_SHL_i8, h_SAR_i8 };
static const sim_handler shift_c8[8] = { h_ROL_c8, h_ROR_c8, NULL, NULL, h_SHL_c8, h_SHR_c8, h_SHL_c8, h_SAR_c8 };

static int h_shxd(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize, bits = 8 * n;
	unsigned cnt = (in->opc == 0xa5 || in->opc == 0xad) ? RCX & 0xff : (unsigned)in->imm;
	cnt &= n == 8 ? 63 : 31;
	struct rm m;
	if (rm_get(s, in, n, SIM_W, &m))
		return SIM_R_STOP;
	if (!cnt) {
		if (n == 4 && !m.p)
			st->gpr[in->rm] &= 0xffffffff;
		return 0;
	}
	uint64_t mk = mask_of(n);
	uint64_t a = rm_read(s, in, n, &m) & mk, b = getr(st, in->reg, n, in->pfx) & mk;
	uint64_t r, cf;
	if (n == 2 && cnt > 16 && s->vendor != SIM_VENDOR_AMD) {
		/* undefined result: Intel (measured) shifts through the 48-bit
		 * funnel dest:src:dest, CF the last bit out of it */
		uint64_t v = (a << 32) | (b << 16) | a;
		if (in->op == X86OP_SHLD) {
			r = (v >> (32 - cnt)) & mk;
			cf = (v >> (48 - cnt)) & 1;
		} else {
			r = (v >> cnt) & mk;
			cf = (v >> (cnt - 1)) & 1;
		}
	} else if (n == 2 && cnt > 16) {
		/* undefined result: AMD (measured) shifts through the 48-bit
		 * funnel src:src:dest */
		unsigned __int128 v = ((unsigned __int128)b << 32) | (b << 16) | a;
		if (in->op == X86OP_SHLD) {
			r = (uint64_t)(v >> (48 - cnt)) & mk;
			cf = (uint64_t)(v >> (64 - cnt)) & 1;
		} else {
			r = (uint64_t)(v >> cnt) & mk;
			cf = (uint64_t)(v >> (cnt - 1)) & 1;
		}
	} else if (in->op == X86OP_SHLD) {
		unsigned __int128 v = ((unsigned __int128)a << bits) | b;
		r = (uint64_t)(v >> (bits - cnt)) & mk;
		cf = (uint64_t)(v >> (2 * bits - cnt)) & 1;
	} else {
		unsigned __int128 v = ((unsigned __int128)b << bits) | a;
		r = (uint64_t)(v >> cnt) & mk;
		cf = (uint64_t)(v >> (cnt - 1)) & 1;
	}
	uint64_t f = (st->rflags & ~STATUS) | szp(r, n) | cf;
	if (s->vendor == SIM_VENDOR_AMD) {
		/* OF for any count (measured): shld MSB(r)^CF, shrd r[msb]^r[msb-1] */
		uint64_t of = in->op == X86OP_SHLD ? ((r >> (bits - 1)) ^ cf) & 1
						   : ((r >> (bits - 1)) ^ (r >> (bits - 2))) & 1;
		if (n == 2 && cnt > 16)
			f &= ~(uint64_t)CF; /* measured: CF clear for the undefined counts */
		if (n == 2 && cnt >= 16 && in->op == X86OP_SHLD)
			of = f & CF; /* measured: 16-bit shld, counts 16..31: OF = CF */
		f |= (of ? OF : 0) | AF;
	} else {
		/* Intel (measured): AF clear; OF for any count (16-bit counts
		 * 16..31 too) as a 1-bit shift would give: shld dest[n-1]^dest[n-2],
		 * shrd dest[n-1]^src[0] */
		uint64_t of = in->op == X86OP_SHLD ? (a >> (bits - 1)) ^ (a >> (bits - 2)) : (a >> (bits - 1)) ^ b;
		f |= (of & 1) ? OF : 0;
	}
	st->rflags = f;
	rm_write(s, in, n, &m, r);
	return 0;
}

static int h_mov(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize, o = in->opc;
	if (in->map == 1) { /* movnti My, Gy */
		uint8_t *p = sim_mem_op(s, in, n, SIM_W);
		if (!p)
			return SIM_R_STOP;
		stv(p, n, getr(st, in->reg, n, in->pfx));
		return 0;
	}
	if (o >= 0xb0 && o <= 0xbf) {
		setr(st, in->reg, n, in->pfx, in->imm);
		return 0;
	}
	if (o >= 0xa0 && o <= 0xa3) {
		uint8_t *p = sim_mem_op(s, in, n, o >= 0xa2 ? SIM_W : SIM_R);
		if (!p)
			return SIM_R_STOP;
		if (o >= 0xa2)
			stv(p, n, getr(st, 0, n, X86_P_REX));
		else
			setr(st, 0, n, X86_P_REX, ld(p, n));
		return 0;
	}
	struct rm m;
	switch (o) {
	case 0x88: case 0x89:
		if (rm_get(s, in, n, SIM_W, &m))
			return SIM_R_STOP;
		rm_write(s, in, n, &m, getr(st, in->reg, n, in->pfx));
		return 0;
	case 0x8a: case 0x8b:
		if (rm_get(s, in, n, SIM_R, &m))
			return SIM_R_STOP;
		setr(st, in->reg, n, in->pfx, rm_read(s, in, n, &m));
		return 0;
	default: /* c6 c7 */
		if (rm_get(s, in, n, SIM_W, &m))
			return SIM_R_STOP;
		rm_write(s, in, n, &m, in->imm);
		return 0;
	}
}

/* mov between a 32/64-bit register and plain memory, the hottest forms:
 * one body, specialised per size by the always-inlined helpers */
static inline __attribute__((always_inline)) int
mov_load(struct sim *s, const struct x86_insn *in, unsigned n)
{
	uint8_t *p = mem_plain(s, in, n, SIM_R);
	if (!p)
		return SIM_R_STOP;
	s->st->gpr[in->reg] = ld(p, n);
	return 0;
}

static inline __attribute__((always_inline)) int
mov_store(struct sim *s, const struct x86_insn *in, unsigned n)
{
	uint8_t *p = mem_plain(s, in, n, SIM_W);
	if (!p)
		return SIM_R_STOP;
	stv(p, n, s->st->gpr[in->reg]);
	return 0;
}

static int h_mov_load64(struct sim *s, const struct x86_insn *in) { return mov_load(s, in, 8); }
static int h_mov_store64(struct sim *s, const struct x86_insn *in) { return mov_store(s, in, 8); }
static int h_mov_load32(struct sim *s, const struct x86_insn *in) { return mov_load(s, in, 4); }
static int h_mov_store32(struct sim *s, const struct x86_insn *in) { return mov_store(s, in, 4); }

static int h_mov_ri(struct sim *s, const struct x86_insn *in)
{
	/* b8+r (imm32 zero-extended / imm64) and c7 /0 with a register (imm32 sign-extended) */
	s->st->gpr[in->opc == 0xc7 ? in->rm : in->reg] = in->osize == 4 ? (uint32_t)in->imm : in->imm;
	return 0;
}

/* 89 /r and 8b /r with registers, the direction fixed */
static int h_mov_rr64_89(struct sim *s, const struct x86_insn *in)
{
	s->st->gpr[in->rm] = s->st->gpr[in->reg];
	return 0;
}

static int h_mov_rr64_8b(struct sim *s, const struct x86_insn *in)
{
	s->st->gpr[in->reg] = s->st->gpr[in->rm];
	return 0;
}

static int h_mov_rr32_89(struct sim *s, const struct x86_insn *in)
{
	s->st->gpr[in->rm] = (uint32_t)s->st->gpr[in->reg];
	return 0;
}

static int h_mov_rr32_8b(struct sim *s, const struct x86_insn *in)
{
	s->st->gpr[in->reg] = (uint32_t)s->st->gpr[in->rm];
	return 0;
}

static int h_movx(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned sn = in->op == X86OP_MOVSXD ? 4 : (in->opc & 1) ? 2 : 1;
	struct rm m;
	if (rm_get(s, in, sn, SIM_R, &m))
		return SIM_R_STOP;
	uint64_t v = rm_read(s, in, sn, &m);
	if (in->op != X86OP_MOVZX)
		v = sx(v, sn);
	setr(st, in->reg, in->osize, in->pfx, v);
	return 0;
}

static int h_lea(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	setr(st, in->reg, in->osize, in->pfx, sim_offset(st, in));
	return 0;
}

static int h_xchg(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	if (!in->has_modrm) { /* 90+r: xchg rAX, r */
		uint64_t a = getr(st, 0, n, 0), b = getr(st, in->reg, n, in->pfx);
		setr(st, 0, n, 0, b);
		setr(st, in->reg, n, in->pfx, a);
		return 0;
	}
	struct rm m;
	if (rm_get(s, in, n, SIM_W, &m))
		return SIM_R_STOP;
	uint64_t a = rm_read(s, in, n, &m), b = getr(st, in->reg, n, in->pfx);
	rm_write(s, in, n, &m, b);
	setr(st, in->reg, n, in->pfx, a);
	return 0;
}

static int h_cmpxchg(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	struct rm m;
	if (rm_get(s, in, n, SIM_W, &m))
		return SIM_R_STOP;
	uint64_t d = rm_read(s, in, n, &m), acc = getr(st, 0, n, X86_P_REX);
	uint64_t r = acc - d;
	setflags(st, STATUS, sub_flags(acc, d, 0, r, n));
	if (((acc ^ d) & mask_of(n)) == 0) {
		rm_write(s, in, n, &m, getr(st, in->reg, n, in->pfx));
	} else {
		if (m.p)
			stv(m.p, n, d);
		setr(st, 0, n, X86_P_REX, d);
	}
	return 0;
}

static int h_cmpxchg16b(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize == 8 ? 8 : 4;
	uint64_t a = sim_ea(s, in);
	if (n == 8 && (a & 15))
		return sim_exc(s, 13, 1, 0, 0);
	uint8_t *p = sim_xlate(s, a, 2 * n, SIM_W, (in->pfx & X86_P_SS) != 0);
	if (!p)
		return SIM_R_STOP;
	uint64_t lo = ld(p, n), hi = ld(p + n, n), mk = mask_of(n);
	if (lo == (RAX & mk) && hi == (RDX & mk)) {
		stv(p, n, RBX);
		stv(p + n, n, RCX);
		st->rflags |= ZF;
	} else {
		stv(p, n, lo);
		stv(p + n, n, hi);
		RAX = lo;
		RDX = hi;
		st->rflags &= ~(uint64_t)ZF;
	}
	return 0;
}

static int h_xadd(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	struct rm m;
	if (rm_get(s, in, n, SIM_W, &m))
		return SIM_R_STOP;
	uint64_t d = rm_read(s, in, n, &m), src = getr(st, in->reg, n, in->pfx);
	uint64_t r = d + src;
	setflags(st, STATUS, add_flags(d, src, 0, r, n));
	setr(st, in->reg, n, in->pfx, d);
	rm_write(s, in, n, &m, r);
	return 0;
}

static int h_cbw(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	if (in->op == X86OP_CBW)
		setr(st, HSIM_RAX, n, 0, sx(RAX, n / 2));
	else
		setr(st, HSIM_RDX, n, 0, (RAX >> (8 * n - 1)) & 1 ? ~0ull : 0);
	return 0;
}

static int h_push(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	uint64_t v;
	if (in->map == 0 && in->opc >= 0x50 && in->opc <= 0x57)
		v = st->gpr[in->reg];
	else if (in->opc == 0x68 || in->opc == 0x6a)
		v = in->imm;
	else if (in->is_mem) {
		uint8_t *p = sim_mem_op(s, in, 8, SIM_R);
		if (!p)
			return SIM_R_STOP;
		v = ld(p, 8);
	} else {
		v = st->gpr[in->rm];
	}
	return push64(s, v);
}

static int h_pop(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	uint8_t *p = sim_xlate(s, RSP, 8, SIM_R, 1);
	if (!p)
		return SIM_R_STOP;
	uint64_t v = ld(p, 8);
	if (in->opc != 0x8f) {
		RSP += 8;
		st->gpr[in->reg] = v;
		return 0;
	}
	if (!in->is_mem) {
		RSP += 8;
		st->gpr[in->rm] = v;
		return 0;
	}
	/* pop m64: the address is computed after RSP is incremented */
	uint64_t old = RSP;
	RSP += 8;
	uint8_t *q = sim_mem_op(s, in, 8, SIM_W);
	if (!q) {
		RSP = old;
		return SIM_R_STOP;
	}
	stv(q, 8, v);
	return 0;
}

static int h_pushf(struct sim *s, const struct x86_insn *in)
{
	(void)in;
	return push64(s, (s->st->rflags & ~0x30000ull) | 2);
}

static int h_popf(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	(void)in;
	uint8_t *p = sim_xlate(s, RSP, 8, SIM_R, 1);
	if (!p)
		return SIM_R_STOP;
	uint64_t v = ld(p, 8);
	RSP += 8;
	st->rflags = ((st->rflags & ~POPF_MASK) | (v & POPF_MASK) | 2) & ~0x10000ull;
	return SIM_R_FLAGS;
}

static int h_lahf(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	(void)in;
	if (in->op == X86OP_LAHF)
		RAX = (RAX & ~0xff00ull) | (((st->rflags & (SF | ZF | AF | PF | CF)) | 2) << 8);
	else
		setflags(st, SF | ZF | AF | PF | CF, (RAX >> 8) & 0xff);
	return 0;
}

static int h_flagop(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	switch (in->op) {
	case X86OP_CLC: st->rflags &= ~(uint64_t)CF; break;
	case X86OP_STC: st->rflags |= CF; break;
	case X86OP_CMC: st->rflags ^= CF; break;
	case X86OP_CLD: st->rflags &= ~(uint64_t)DF; break;
	default: st->rflags |= DF; break;
	}
	return 0;
}

static int h_jcc(struct sim *s, const struct x86_insn *in)
{
	if (cond(s->st->rflags, in->cc))
		return jump(s, s->st->rip + in->imm);
	return 0;
}

#define JCC_FAST(CC) \
static int h_jcc_##CC(struct sim *s, const struct x86_insn *in) \
{ \
	if (cond(s->st->rflags, CC)) \
		return jump(s, s->st->rip + in->imm); \
	return 0; \
}
JCC_FAST(0) JCC_FAST(1) JCC_FAST(2) JCC_FAST(3) JCC_FAST(4) JCC_FAST(5) JCC_FAST(6) JCC_FAST(7)
JCC_FAST(8) JCC_FAST(9) JCC_FAST(10) JCC_FAST(11) JCC_FAST(12) JCC_FAST(13) JCC_FAST(14) JCC_FAST(15)
#undef JCC_FAST
static const sim_handler jcc_fast[16] = {
	h_jcc_0, h_jcc_1, h_jcc_2, h_jcc_3, h_jcc_4, h_jcc_5, h_jcc_6, h_jcc_7,
	h_jcc_8, h_jcc_9, h_jcc_10, h_jcc_11, h_jcc_12, h_jcc_13, h_jcc_14, h_jcc_15,
};

/* A jcc inside a block (blocks go on past conditional branches): the
 * target was made absolute in disp at decode time; taken, it leaves the
 * block with SIM_R_BRANCH. */
#define JCC_MID(CC) \
static int h_jccm_##CC(struct sim *s, const struct x86_insn *in) \
{ \
	if (!cond(s->st->rflags, CC)) \
		return 0; \
	if (!canonical((uint64_t)in->disp)) \
		return sim_exc(s, 13, 1, 0, 0); \
	s->st->rip = (uint64_t)in->disp; \
	return SIM_R_BRANCH; \
}
JCC_MID(0) JCC_MID(1) JCC_MID(2) JCC_MID(3) JCC_MID(4) JCC_MID(5) JCC_MID(6) JCC_MID(7)
JCC_MID(8) JCC_MID(9) JCC_MID(10) JCC_MID(11) JCC_MID(12) JCC_MID(13) JCC_MID(14) JCC_MID(15)
#undef JCC_MID
static const sim_handler jcc_mid[16] = {
	h_jccm_0, h_jccm_1, h_jccm_2, h_jccm_3, h_jccm_4, h_jccm_5, h_jccm_6, h_jccm_7,
	h_jccm_8, h_jccm_9, h_jccm_10, h_jccm_11, h_jccm_12, h_jccm_13, h_jccm_14, h_jccm_15,
};

static int h_jmp(struct sim *s, const struct x86_insn *in)
{
	return jump(s, s->st->rip + in->imm);
}

static int h_call(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	uint64_t t = st->rip + in->imm;
	if (!canonical(t))
		return sim_exc(s, 13, 1, 0, 0);
	if (push64(s, st->rip))
		return SIM_R_STOP;
	st->rip = t;
	return 0;
}

static int h_ret(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	uint8_t *p = sim_xlate(s, RSP, 8, SIM_R, 1);
	if (!p)
		return SIM_R_STOP;
	uint64_t t = ld(p, 8);
	if (!canonical(t))
		return sim_exc(s, 13, 1, 0, 0);
	RSP += 8 + (in->opc == 0xc2 ? in->imm : 0);
	st->rip = t;
	return 0;
}

static int h_jmpi(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	uint64_t t;
	if (in->is_mem) {
		uint8_t *p = sim_mem_op(s, in, 8, SIM_R);
		if (!p)
			return SIM_R_STOP;
		t = ld(p, 8);
	} else {
		t = st->gpr[in->rm];
	}
	if (!canonical(t))
		return sim_exc(s, 13, 1, 0, 0);
	if (in->op == X86OP_CALLI && push64(s, st->rip))
		return SIM_R_STOP;
	st->rip = t;
	return 0;
}

static int h_loop(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	int take;
	if (in->op == X86OP_JRCXZ) {
		take = RCX == 0;
	} else {
		uint64_t c = RCX - 1;
		int t = c != 0;
		if (in->op == X86OP_LOOPE)
			t = t && (st->rflags & ZF);
		else if (in->op == X86OP_LOOPNE)
			t = t && !(st->rflags & ZF);
		if (t && !canonical(st->rip + in->imm))
			return sim_exc(s, 13, 1, 0, 0);
		RCX = c;
		take = t;
	}
	if (take)
		return jump(s, st->rip + in->imm);
	return 0;
}

static int h_enter(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned level = in->imm2 & 31;
	uint64_t rsp = RSP, rbp = RBP;
	uint64_t vals[32];
	/* check every access first: no side effects on a fault */
	if (!sim_xlate(s, rsp - 8, 8, SIM_W, 1))
		return SIM_R_STOP;
	uint64_t frame = rsp - 8;
	for (unsigned i = 1; i < level; i++) {
		uint8_t *p = sim_xlate(s, rbp - 8 * i, 8, SIM_R, 1);
		if (!p)
			return SIM_R_STOP;
		vals[i] = ld(p, 8);
	}
	uint64_t nsp = frame;
	if (level) {
		uint64_t lowest = frame - 8 * level;
		if (!sim_xlate(s, lowest, 8 * level, SIM_W, 1))
			return SIM_R_STOP;
	}
	uint64_t fin = frame - (level ? 8 * level : 0) - in->imm;
	if (!canonical(fin))
		return sim_exc(s, 12, 1, 0, 0);
	stv(sim_xlate(s, rsp - 8, 8, SIM_W, 1), 8, rbp);
	for (unsigned i = 1; i < level; i++) {
		nsp -= 8;
		stv(sim_xlate(s, nsp, 8, SIM_W, 1), 8, vals[i]);
	}
	if (level) {
		nsp -= 8;
		stv(sim_xlate(s, nsp, 8, SIM_W, 1), 8, frame);
	}
	RBP = frame;
	RSP = nsp - in->imm;
	return 0;
}

static int h_leave(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	(void)in;
	uint8_t *p = sim_xlate(s, RBP, 8, SIM_R, 1);
	if (!p)
		return SIM_R_STOP;
	uint64_t v = ld(p, 8);
	RSP = RBP + 8;
	RBP = v;
	return 0;
}

static int h_setcc(struct sim *s, const struct x86_insn *in)
{
	struct rm m;
	if (rm_get(s, in, 1, SIM_W, &m))
		return SIM_R_STOP;
	rm_write(s, in, 1, &m, (uint64_t)cond(s->st->rflags, in->cc));
	return 0;
}

static int h_cmovcc(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	struct rm m;
	if (rm_get(s, in, n, SIM_R, &m))
		return SIM_R_STOP;
	uint64_t v = rm_read(s, in, n, &m);
	if (cond(st->rflags, in->cc))
		setr(st, in->reg, n, in->pfx, v);
	else if (n == 4)
		st->gpr[in->reg] &= 0xffffffff;
	return 0;
}

static int h_bt(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize, bits = 8 * n;
	int imm = in->map == 1 && in->opc == 0xba;
	uint64_t off = imm ? in->imm : getr(st, in->reg, n, in->pfx);
	uint8_t *p = NULL;
	if (in->is_mem) {
		uint64_t a = sim_ea(s, in);
		if (!imm) {
			int64_t so = (int64_t)sx(off, n);
			a += (uint64_t)((so >> (n == 2 ? 4 : n == 4 ? 5 : 6)) * (int64_t)n);
		}
		p = sim_xlate(s, a, n, in->op == X86OP_BT ? SIM_R : SIM_W, (in->pfx & X86_P_SS) != 0);
		if (!p)
			return SIM_R_STOP;
	}
	unsigned bit = (unsigned)(off & (bits - 1));
	uint64_t v = p ? ld(p, n) : getr(st, in->rm, n, in->pfx);
	uint64_t cf = (v >> bit) & 1;
	uint64_t f = (st->rflags & ~CF) | cf;
	st->rflags = f;
	uint64_t r;
	switch (in->op) {
	case X86OP_BTS: r = v | (1ull << bit); break;
	case X86OP_BTR: r = v & ~(1ull << bit); break;
	case X86OP_BTC: r = v ^ (1ull << bit); break;
	default: return 0;
	}
	if (p)
		stv(p, n, r);
	else
		setr(st, in->rm, n, in->pfx, r);
	return 0;
}

static int h_bsf(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	struct rm m;
	if (rm_get(s, in, n, SIM_R, &m))
		return SIM_R_STOP;
	uint64_t v = rm_read(s, in, n, &m) & mask_of(n);
	if ((in->pfx & X86_P_REP) && (in->op == X86OP_BSF ? s->has_bmi1 : s->has_lzcnt)) {
		/* tzcnt / lzcnt; OF SF AF PF undefined: AMD (measured) keeps OF,
		 * clears SF AF PF; Intel (measured) clears all four */
		uint64_t r;
		if (!v)
			r = 8 * n;
		else if (in->op == X86OP_BSF)
			r = (uint64_t)__builtin_ctzll(v);
		else
			r = (uint64_t)__builtin_clzll(v) - (64 - 8 * n);
		setflags(st, s->vendor == SIM_VENDOR_AMD ? STATUS & ~OF : STATUS, (v ? 0 : CF) | (r ? 0 : ZF));
		setr(st, in->reg, n, in->pfx, r);
		return 0;
	}
	if (!v) {
		/* destination unchanged (all 64 bits, also for a 32-bit operand);
		 * ZF set. Others undefined: AMD and Intel (both measured) clear
		 * CF OF SF AF and set PF (the parity of the zero source) */
		setflags(st, STATUS, ZF | PF);
		return 0;
	}
	uint64_t r = in->op == X86OP_BSF ? (uint64_t)__builtin_ctzll(v) : (uint64_t)(63 - __builtin_clzll(v));
	setflags(st, STATUS, szp(r, n) & PF);
	setr(st, in->reg, n, in->pfx, r);
	return 0;
}

static int h_popcnt(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize;
	struct rm m;
	if (rm_get(s, in, n, SIM_R, &m))
		return SIM_R_STOP;
	uint64_t v = rm_read(s, in, n, &m) & mask_of(n);
	setflags(st, STATUS, v ? 0 : ZF);
	setr(st, in->reg, n, in->pfx, (uint64_t)__builtin_popcountll(v));
	return 0;
}

static int h_bswap(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	uint64_t v = st->gpr[in->reg];
	if (in->osize == 8)
		st->gpr[in->reg] = __builtin_bswap64(v);
	else if (in->osize == 4)
		st->gpr[in->reg] = __builtin_bswap32((uint32_t)v);
	else
		st->gpr[in->reg] = v & ~0xffffull; /* 16-bit bswap: the low word becomes 0 */
	return 0;
}

/* Elements one call of h_string may do before it is "interrupted" (at
 * least one bulk pass, up to a page, is always done). The run loop counts
 * each call as one instruction, so this bounds the time between its looks
 * at the instruction limit and the stop flag (a few hundred ns per call)
 * while keeping the call overhead small next to the work. */
#define STRING_BUDGET 64

/* String instructions. One iteration at a time; a fault mid-way leaves the
 * registers updated up to there, as the CPU does. A rep instruction with
 * more to do after STRING_BUDGET is left as an interrupt leaves it on the
 * CPU: RCX, RSI, RDI updated, RIP at the instruction (a branch to itself),
 * so the next call resumes it with the same result. Under TF that happens
 * after every iteration, where hardware raises its single-step trap. */
static int h_string(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned n = in->osize, op = in->op;
	int rep = (in->pfx & (X86_P_REP | X86_P_REPNE)) != 0;
	int64_t step = (st->rflags & DF) ? -(int64_t)n : (int64_t)n;
	uint64_t sbase = in->seg == X86_SEG_FS ? st->fs_base : in->seg == X86_SEG_GS ? st->gs_base : 0;
	if (rep && RCX == 0)
		return 0;
	/* where this call stops: hardware takes interrupts, and TF traps,
	 * between iterations (under TF, no bulk passes) */
	int tf = (st->rflags & TF) != 0;
	uint64_t until = tf ? RCX - 1 : RCX > STRING_BUDGET ? RCX - STRING_BUDGET : 0;
	/* A rep cmps/scas that stops before its end, by a fault or between
	 * iterations (TF, an interrupt), leaves the status flags as they were
	 * before it (SDM vol. 2, REP; measured for the TF trap, kvm-notes) */
	uint64_t flags0 = st->rflags;
	for (;;) {
		uint8_t *src = NULL, *dst = NULL;
		if (op == X86OP_MOVS || op == X86OP_CMPS || op == X86OP_LODS) {
			src = sim_xlate(s, RSI + sbase, n, SIM_R, 0);
			if (!src)
				goto fault;
		}
		if (op != X86OP_LODS) {
			dst = sim_xlate(s, RDI, n, (op == X86OP_MOVS || op == X86OP_STOS) ? SIM_W : SIM_R, 0);
			if (!dst)
				goto fault;
		}
		int stop = 0;
		switch (op) {
		case X86OP_MOVS:
			if (rep && n == 1 && step > 0 && RCX > 1 && !tf) {
				/* bulk forward byte copy, up to the next page boundary */
				uint64_t cnt = RCX;
				uint64_t room_s = 4096 - ((RSI + sbase) & 4095), room_d = 4096 - (RDI & 4095);
				if (cnt > room_s)
					cnt = room_s;
				if (cnt > room_d)
					cnt = room_d;
				if (cnt > 1) {
					uint8_t *s2 = sim_xlate(s, RSI + sbase, (unsigned)cnt, SIM_R, 0);
					uint8_t *d2 = s2 ? sim_xlate(s, RDI, (unsigned)cnt, SIM_W, 0) : NULL;
					if (d2) {
						if (d2 <= s2 || d2 >= s2 + cnt)
							memmove(d2, s2, cnt); /* same as a forward byte copy */
						else
							for (uint64_t i = 0; i < cnt; i++)
								d2[i] = s2[i];
						RSI += cnt;
						RDI += cnt;
						RCX -= cnt;
						if (!RCX)
							return 0;
						if (RCX <= until)
							goto interrupted;
						continue;
					}
					s->stop->reason = SIM_STOP_NONE; /* element by element */
				}
			}
			memmove(dst, src, n);
			break;
		case X86OP_STOS:
			if (rep && step > 0 && RCX > 1 && !tf) {
				uint64_t cnt = RCX, room = (4096 - (RDI & 4095)) / n;
				if (cnt > room) cnt = room;
				if (cnt > 1) {
					uint8_t *d2 = sim_xlate(s, RDI, (unsigned)(cnt * n), SIM_W, 0);
					if (d2) {
						uint64_t v = RAX;
						if (n == 1)
							memset(d2, (int)(v & 0xff), cnt);
						else
							for (uint64_t i = 0; i < cnt; i++)
								stv(d2 + i * n, n, v);
						RDI += cnt * n;
						RCX -= cnt;
						if (!RCX)
							return 0;
						if (RCX <= until)
							goto interrupted;
						continue;
					}
					s->stop->reason = SIM_STOP_NONE;
				}
			}
			stv(dst, n, RAX);
			break;
		case X86OP_LODS:
			setr(st, HSIM_RAX, n, X86_P_REX, ld(src, n));
			break;
		case X86OP_CMPS: {
			uint64_t a = ld(src, n), b = ld(dst, n);
			setflags(st, STATUS, sub_flags(a, b, 0, a - b, n));
			stop = 1;
			break;
		}
		default: { /* SCAS */
			uint64_t a = getr(st, 0, n, X86_P_REX), b = ld(dst, n);
			setflags(st, STATUS, sub_flags(a, b, 0, a - b, n));
			stop = 1;
			break;
		}
		}
		if (src)
			RSI += (uint64_t)step;
		if (op != X86OP_LODS)
			RDI += (uint64_t)step;
		if (!rep)
			return 0;
		RCX--;
		if (!RCX)
			return 0;
		if (stop) {
			if ((in->pfx & X86_P_REP) && !(st->rflags & ZF))
				return 0;
			if ((in->pfx & X86_P_REPNE) && (st->rflags & ZF))
				return 0;
		}
		if (RCX <= until)
			goto interrupted;
	}
fault:
	st->rflags = (st->rflags & ~(uint64_t)STATUS) | (flags0 & STATUS);
	return SIM_R_STOP;
interrupted:
	st->rflags = (st->rflags & ~(uint64_t)STATUS) | (flags0 & STATUS);
	/* handlers always run from a cached entry, which knows its address */
	st->rip = ((const struct sim_centry *)(const void *)
		   ((const char *)in - offsetof(struct sim_centry, in)))->rip;
	/* Each call counts as one instruction but may move a page: after
	 * SIM_STRING_YIELD calls, sim_run returns (SIM_STOP_LIMIT) so that its
	 * caller sees its stop flag within milliseconds. The run loop's fast
	 * path leaves at until_rip: point it here, the slow path then yields. */
	if (s->yield_on && ++s->string_calls == SIM_STRING_YIELD && !s->yield) {
		s->yield = 1;
		s->yield_until = s->until_rip;
		s->until_rip = st->rip;
	}
	return SIM_R_BRANCH;
}

static int h_xlat(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	uint64_t a = RBX + (RAX & 0xff);
	if (in->seg)
		a += in->seg == X86_SEG_FS ? st->fs_base : st->gs_base;
	uint8_t *p = sim_xlate(s, a, 1, SIM_R, 0);
	if (!p)
		return SIM_R_STOP;
	RAX = (RAX & ~0xffull) | *p;
	return 0;
}

static int h_nop(struct sim *s, const struct x86_insn *in)
{
	(void)s;
	(void)in;
	return 0;
}

static int h_clflush(struct sim *s, const struct x86_insn *in)
{
	return sim_mem_op(s, in, 1, SIM_R) ? 0 : SIM_R_STOP;
}

void sim_result_cpuid(struct hsim_cpu_state *st, const uint32_t out[4])
{
	RAX = out[0];
	RBX = out[1];
	RCX = out[2];
	RDX = out[3];
}

void sim_result_tsc(struct hsim_cpu_state *st, uint64_t tsc, int rdtscp)
{
	RAX = (uint32_t)tsc;
	RDX = tsc >> 32;
	if (rdtscp)
		RCX = 0;
}

void sim_result_random(struct hsim_cpu_state *st, unsigned reg, unsigned size, uint64_t v)
{
	setr(st, reg & 15, size, 0, v & mask_of(size));
	setflags(st, STATUS, CF);
}

static int h_cpuid(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	uint32_t o[4] = { 0, 0, 0, 0 };
	(void)in;
	sim_fp_release(s); /* host code may touch MXCSR */
	if (s->hooks && s->hooks->cpuid)
		s->hooks->cpuid(s->hooks->ctx, (uint32_t)RAX, (uint32_t)RCX, o);
	sim_result_cpuid(st, o);
	return 0;
}

static int h_rdtsc(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	sim_fp_release(s); /* host code may touch MXCSR */
	uint64_t t = (s->hooks && s->hooks->rdtsc) ? s->hooks->rdtsc(s->hooks->ctx) : s->icount;
	sim_result_tsc(st, t, in->op == X86OP_RDTSCP);
	return 0;
}

/* rdrand/rdseed (reached only as the original of a patched site) */
static int h_rdrand(struct sim *s, const struct x86_insn *in)
{
	sim_fp_release(s); /* host code may touch MXCSR */
	uint64_t v = s->hooks && s->hooks->random ? s->hooks->random(s->hooks->ctx) : 0;
	sim_result_random(s->st, in->rm, in->osize, v);
	return 0;
}

static int h_int3(struct sim *s, const struct x86_insn *in)
{
	(void)in;
	sim_exc(s, 3, 0, 0, 0);
	return SIM_R_TRAP; /* trap: RIP stays after the instruction */
}

static int h_int1(struct sim *s, const struct x86_insn *in)
{
	(void)in;
	sim_exc(s, 1, 0, 0, 0);
	return SIM_R_TRAP;
}

static int h_int(struct sim *s, const struct x86_insn *in)
{
	unsigned v = (unsigned)in->imm & 0xff;
	if (v >= 32)
		return sim_exc(s, 13, 1, v * 8 + 2, 0);
	sim_exc(s, v, 0, 0, 0);
	return SIM_R_TRAP;
}

static int h_io(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	struct sim_stop *t = s->stop;
	unsigned n = in->osize > 4 ? 4 : in->osize;
	unsigned port = (in->opc == 0xe4 || in->opc == 0xe5 || in->opc == 0xe6 || in->opc == 0xe7)
				? (unsigned)in->imm : (unsigned)(RDX & 0xffff);
	/* At CPL 3 the TSS I/O bitmap is checked for every byte accessed; a
	 * 2- or 4-byte access past port 0xffff reaches the map's final 0xff
	 * byte (SDM vol. 1, 19.5.2): #GP(0), as on hardware and KVM. */
	if (port + n > 0x10000)
		return sim_exc(s, 13, 1, 0, 0);
	t->reason = SIM_STOP_IO;
	t->port = (uint16_t)port;
	t->size = (uint8_t)n;
	t->is_in = in->op == X86OP_IN;
	t->value = t->is_in ? 0 : (uint32_t)(RAX & mask_of(n));
	return SIM_R_TRAP;
}

static int h_ldst_mxcsr(struct sim *s, const struct x86_insn *in)
{
	return sim_sse(s, in);
}

/* ---- more fast forms, picked at decode time ---- */

/* 8-bit add/or/and/sub/xor/cmp in all their forms (00+op..04+op, 80 /op):
 * flags from the host ALU as for the wider forms. */
#define HOST_ALU8(insn, a, b, fout) do { \
	uint64_t _ax; uint8_t _o, _a = (uint8_t)(a); \
	__asm__(insn "b %b[bb], %b[aa]\n\tlahf\n\tseto %[o]" \
		: [aa] "+q"(_a), "=a"(_ax), [o] "=r"(_o) : [bb] "q"((uint8_t)(b)) : "cc"); \
	a = _a; \
	fout = ((_ax >> 8) & 0xd5) | ((uint64_t)_o << 11); \
} while (0)

#define ALU_BYTE(OP, insn) \
static int h_##OP##_b(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	unsigned form = in->opc == 0x80 ? 0 : in->opc & 7; /* 0 E,G / E,I  2 G,E  4 AL,I */ \
	uint8_t *p = NULL; \
	uint64_t a, b, f; \
	if (in->is_mem) { \
		p = sim_mem_op(s, in, 1, (X86OP_##OP == X86OP_CMP || form == 2) ? SIM_R : SIM_W); \
		if (!p) \
			return SIM_R_STOP; \
	} \
	if (form == 4) { \
		a = st->gpr[0] & 0xff; \
		b = in->imm; \
	} else if (form == 2) { \
		a = getr(st, in->reg, 1, in->pfx); \
		b = p ? *p : getr(st, in->rm, 1, in->pfx); \
	} else { \
		a = p ? *p : getr(st, in->rm, 1, in->pfx); \
		b = in->opc == 0x80 ? in->imm : getr(st, in->reg, 1, in->pfx); \
	} \
	HOST_ALU8(insn, a, b, f); \
	st->rflags = (st->rflags & ~(uint64_t)STATUS) | f; \
	if (X86OP_##OP == X86OP_CMP) \
		return 0; \
	if (form == 4) \
		st->gpr[0] = (st->gpr[0] & ~0xffull) | (a & 0xff); \
	else if (form == 2) \
		setr(st, in->reg, 1, in->pfx, a); \
	else if (p) \
		*p = (uint8_t)a; \
	else \
		setr(st, in->rm, 1, in->pfx, a); \
	return 0; \
}
ALU_BYTE(ADD, "add") ALU_BYTE(OR, "or") ALU_BYTE(AND, "and") ALU_BYTE(SUB, "sub")
ALU_BYTE(XOR, "xor") ALU_BYTE(CMP, "cmp")
#undef ALU_BYTE
static const sim_handler alu_b[8] = { h_ADD_b, h_OR_b, NULL, NULL, h_AND_b, h_SUB_b, h_XOR_b, h_CMP_b };

/* test r/m, r with register operands (84, 85) */
#define TEST_RR(N) \
static int h_test_rr##N(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	uint64_t v = getr(st, in->rm, N, in->pfx) & getr(st, in->reg, N, in->pfx); \
	setflags(st, STATUS, szp(v, N)); \
	return 0; \
}
TEST_RR(1) TEST_RR(4) TEST_RR(8)
#undef TEST_RR

/* mov r/m8, r8 and mov r8, r/m8 with memory */
static int h_mov8_store(struct sim *s, const struct x86_insn *in)
{
	uint8_t *p = mem_plain(s, in, 1, SIM_W);
	if (!p)
		return SIM_R_STOP;
	*p = (uint8_t)getr(s->st, in->reg, 1, in->pfx);
	return 0;
}

static int h_mov8_load(struct sim *s, const struct x86_insn *in)
{
	uint8_t *p = mem_plain(s, in, 1, SIM_R);
	if (!p)
		return SIM_R_STOP;
	setr(s->st, in->reg, 1, in->pfx, *p);
	return 0;
}

/* movzx / movsx / movsxd into a 32- or 64-bit register (both zero the upper
 * half of a 32-bit destination) */
#define MOVX_FAST(NAME, SN, EXT) \
static int h_##NAME##_m(struct sim *s, const struct x86_insn *in) \
{ \
	uint8_t *p = mem_plain(s, in, SN, SIM_R); \
	if (!p) \
		return SIM_R_STOP; \
	uint64_t v = EXT(ld(p, SN), SN); \
	s->st->gpr[in->reg] = in->osize == 8 ? v : (uint32_t)v; \
	return 0; \
} \
static int h_##NAME##_r(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	uint64_t v = EXT(getr(st, in->rm, SN, in->pfx), SN); \
	st->gpr[in->reg] = in->osize == 8 ? v : (uint32_t)v; \
	return 0; \
}
#define ZX(v, n) (v)
MOVX_FAST(movzx8, 1, ZX) MOVX_FAST(movzx16, 2, ZX)
MOVX_FAST(movsx8, 1, sx) MOVX_FAST(movsx16, 2, sx) MOVX_FAST(movsxd, 4, sx)
#undef ZX
#undef MOVX_FAST

/* lea without an address-size prefix (RIP-relative ones have no base left) */
#define LEA_FAST(N) \
static int h_lea_b##N(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	uint64_t a = st->gpr[in->base] + (uint64_t)in->disp; \
	st->gpr[in->reg] = N == 8 ? a : (uint32_t)a; \
	return 0; \
} \
static int h_lea_bi##N(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	uint64_t a = st->gpr[in->base] + (st->gpr[in->index] << in->scale) + (uint64_t)in->disp; \
	st->gpr[in->reg] = N == 8 ? a : (uint32_t)a; \
	return 0; \
}
LEA_FAST(4) LEA_FAST(8)
#undef LEA_FAST

/* setcc r8 and cmovcc r, r (32/64-bit) with the condition fixed */
#define CC_FAST(CC) \
static int h_setcc_r##CC(struct sim *s, const struct x86_insn *in) \
{ \
	setr(s->st, in->rm, 1, in->pfx, (uint64_t)cond(s->st->rflags, CC)); \
	return 0; \
} \
static int h_cmov_rr##CC(struct sim *s, const struct x86_insn *in) \
{ \
	struct hsim_cpu_state *st = s->st; \
	uint64_t v = cond(st->rflags, CC) ? st->gpr[in->rm] : st->gpr[in->reg]; \
	st->gpr[in->reg] = in->osize == 8 ? v : (uint32_t)v; \
	return 0; \
}
CC_FAST(0) CC_FAST(1) CC_FAST(2) CC_FAST(3) CC_FAST(4) CC_FAST(5) CC_FAST(6) CC_FAST(7)
CC_FAST(8) CC_FAST(9) CC_FAST(10) CC_FAST(11) CC_FAST(12) CC_FAST(13) CC_FAST(14) CC_FAST(15)
#undef CC_FAST
static const sim_handler setcc_r[16] = {
	h_setcc_r0, h_setcc_r1, h_setcc_r2, h_setcc_r3, h_setcc_r4, h_setcc_r5, h_setcc_r6, h_setcc_r7,
	h_setcc_r8, h_setcc_r9, h_setcc_r10, h_setcc_r11, h_setcc_r12, h_setcc_r13, h_setcc_r14, h_setcc_r15,
};
static const sim_handler cmov_rr[16] = {
	h_cmov_rr0, h_cmov_rr1, h_cmov_rr2, h_cmov_rr3, h_cmov_rr4, h_cmov_rr5, h_cmov_rr6, h_cmov_rr7,
	h_cmov_rr8, h_cmov_rr9, h_cmov_rr10, h_cmov_rr11, h_cmov_rr12, h_cmov_rr13, h_cmov_rr14, h_cmov_rr15,
};

/* ---- dispatch table ---- */

static const sim_handler handlers[X86OP_COUNT] = {
	[X86OP_ADD] = h_alu, [X86OP_OR] = h_alu, [X86OP_ADC] = h_alu, [X86OP_SBB] = h_alu,
	[X86OP_AND] = h_alu, [X86OP_SUB] = h_alu, [X86OP_XOR] = h_alu, [X86OP_CMP] = h_alu,
	[X86OP_TEST] = h_test, [X86OP_INC] = h_incdec, [X86OP_DEC] = h_incdec,
	[X86OP_NEG] = h_negnot, [X86OP_NOT] = h_negnot,
	[X86OP_MUL] = h_muldiv, [X86OP_IMUL1] = h_muldiv, [X86OP_DIV] = h_muldiv, [X86OP_IDIV] = h_muldiv,
	[X86OP_IMUL2] = h_imul, [X86OP_IMUL3] = h_imul,
	[X86OP_ROL] = h_shift, [X86OP_ROR] = h_shift, [X86OP_RCL] = h_shift, [X86OP_RCR] = h_shift,
	[X86OP_SHL] = h_shift, [X86OP_SHR] = h_shift, [X86OP_SAL] = h_shift, [X86OP_SAR] = h_shift,
	[X86OP_SHLD] = h_shxd, [X86OP_SHRD] = h_shxd,
	[X86OP_MOV] = h_mov, [X86OP_MOVNTI] = h_mov,
	[X86OP_MOVZX] = h_movx, [X86OP_MOVSX] = h_movx, [X86OP_MOVSXD] = h_movx,
	[X86OP_LEA] = h_lea, [X86OP_XCHG] = h_xchg, [X86OP_CMPXCHG] = h_cmpxchg,
	[X86OP_CMPXCHG16B] = h_cmpxchg16b, [X86OP_XADD] = h_xadd,
	[X86OP_CBW] = h_cbw, [X86OP_CWD] = h_cbw,
	[X86OP_PUSH] = h_push, [X86OP_POP] = h_pop, [X86OP_PUSHF] = h_pushf, [X86OP_POPF] = h_popf,
	[X86OP_LAHF] = h_lahf, [X86OP_SAHF] = h_lahf,
	[X86OP_CLC] = h_flagop, [X86OP_STC] = h_flagop, [X86OP_CMC] = h_flagop,
	[X86OP_CLD] = h_flagop, [X86OP_STD] = h_flagop,
	[X86OP_JCC] = h_jcc, [X86OP_JMP] = h_jmp, [X86OP_CALL] = h_call, [X86OP_RET] = h_ret,
	[X86OP_JMPI] = h_jmpi, [X86OP_CALLI] = h_jmpi,
	[X86OP_LOOP] = h_loop, [X86OP_LOOPE] = h_loop, [X86OP_LOOPNE] = h_loop, [X86OP_JRCXZ] = h_loop,
	[X86OP_ENTER] = h_enter, [X86OP_LEAVE] = h_leave,
	[X86OP_SETCC] = h_setcc, [X86OP_CMOVCC] = h_cmovcc,
	[X86OP_BT] = h_bt, [X86OP_BTS] = h_bt, [X86OP_BTR] = h_bt, [X86OP_BTC] = h_bt,
	[X86OP_BSF] = h_bsf, [X86OP_BSR] = h_bsf, [X86OP_BSWAP] = h_bswap,
	[X86OP_MOVS] = h_string, [X86OP_CMPS] = h_string, [X86OP_STOS] = h_string,
	[X86OP_LODS] = h_string, [X86OP_SCAS] = h_string, [X86OP_XLAT] = h_xlat,
	[X86OP_NOP] = h_nop, [X86OP_PAUSE] = h_nop, [X86OP_ENDBR64] = h_nop, [X86OP_ENDBR32] = h_nop,
	[X86OP_LFENCE] = h_nop, [X86OP_MFENCE] = h_nop, [X86OP_SFENCE] = h_nop,
	[X86OP_PREFETCHNTA] = h_nop, [X86OP_PREFETCHT0] = h_nop, [X86OP_PREFETCHT1] = h_nop,
	[X86OP_PREFETCHT2] = h_nop, [X86OP_PREFETCHW] = h_nop, [X86OP_CLFLUSH] = h_clflush,
	[X86OP_CPUID] = h_cpuid, [X86OP_RDTSC] = h_rdtsc, [X86OP_RDTSCP] = h_rdtsc,
	[X86OP_RDRAND] = h_rdrand, [X86OP_RDSEED] = h_rdrand,
	[X86OP_UD2] = h_ud, [X86OP_SYSCALL] = h_ud,
	[X86OP_INT3] = h_int3, [X86OP_INT1] = h_int1, [X86OP_INT] = h_int,
	[X86OP_HLT] = h_gp0, [X86OP_CLI] = h_gp0, [X86OP_STI] = h_gp0,
	[X86OP_IN] = h_io, [X86OP_OUT] = h_io,
	[X86OP_LDMXCSR] = h_ldst_mxcsr, [X86OP_STMXCSR] = h_ldst_mxcsr,
	[X86OP_X87] = sim_x87, [X86OP_WAIT] = sim_x87, /* x87.c */
};

/* Privileged instructions that fault with #GP(0) at CPL 3 (the others of
 * class "system" raise #UD here). */
static int priv_gp(const struct x86_insn *in)
{
	unsigned mreg = (in->modrm >> 3) & 7;
	if (in->op != X86OP_SYS || in->map != 1)
		return 0;
	switch (in->opc) {
	case 0x06: case 0x08: case 0x09: case 0x20: case 0x21: case 0x22: case 0x23:
	case 0x30: case 0x32: case 0x33: case 0x35:
		return 1; /* clts invd wbinvd mov-cr/dr wrmsr rdmsr rdpmc sysexit */
	case 0x00:
		return mreg == 2 || mreg == 3; /* lldt ltr */
	case 0x01:
		if (in->is_mem)
			return mreg == 2 || mreg == 3 || mreg == 6 || mreg == 7; /* lgdt lidt lmsw invlpg */
		return in->modrm == 0xf8 || in->modrm == 0xd1; /* swapgs xsetbv */
	}
	return 0;
}

static sim_handler pick_handler(const struct sim *s, const struct x86_insn *in)
{
	if (priv_gp(in))
		return h_gp0;
	if (in->op == X86OP_POPCNT && in->pfx & X86_P_REP)
		return s->has_popcnt ? h_popcnt : h_ud;
	if (in->cls == X86_CLASS_UNCLAIMED)
		return h_ud;
	if (in->op >= X86OP_MOVUPS && in->op < X86OP_LDMXCSR)
		return in->op == X86OP_MOVNTI ? h_mov : sim_sse_handler(in);
	sim_handler h = handlers[in->op];
	if (!h)
		return h_ud;
	int plain = !in->seg && !(in->pfx & X86_P_67); /* see mem_plain */
	/* specialised fast forms */
	if (h == h_alu && in->map == 0 && !in->is_mem && (in->osize == 8 || in->osize == 4)) {
		unsigned w = in->osize == 8;
		if (in->opc < 0x40 && (in->opc & 7) <= 1)
			return alu_rr[w][in->op - X86OP_ADD];
		if (in->opc == 0x81 || in->opc == 0x83)
			return alu_ri[w][in->op - X86OP_ADD];
		if (in->opc < 0x40 && (in->opc & 7) == 5 && in->rm == 0) /* rAX, Iz */
			return alu_ri[w][in->op - X86OP_ADD];
	}
	if (h == h_alu && in->map == 0 && in->is_mem && (in->osize == 8 || in->osize == 4) &&
	    in->op != X86OP_ADC && in->op != X86OP_SBB && plain) {
		unsigned k = in->op - X86OP_ADD;
		if (in->opc < 0x40 && (in->opc & 7) == 3)
			return alu_gm[k];
		if (in->opc < 0x40 && (in->opc & 7) == 1)
			return alu_mg[k];
		if (in->opc == 0x81 || in->opc == 0x83)
			return alu_mi[k];
	}
	if (h == h_mov && in->map == 0 && in->osize == 4 && !in->seg && !(in->pfx & X86_P_67)) {
		if (in->opc == 0x8b && in->is_mem)
			return h_mov_load32;
		if (in->opc == 0x89 && in->is_mem)
			return h_mov_store32;
		if ((in->opc == 0x89 || in->opc == 0x8b) && !in->is_mem)
			return in->opc == 0x89 ? h_mov_rr32_89 : h_mov_rr32_8b;
	}
	if (h == h_mov && in->map == 0 && (in->osize == 4 || in->osize == 8) &&
	    ((in->opc >= 0xb8 && in->opc <= 0xbf) || (in->opc == 0xc7 && !in->is_mem)))
		return h_mov_ri;
	if (h == h_jcc)
		return jcc_fast[in->cc];
	if (h == h_incdec && !in->is_mem)
		return h_incdec_r;
	if (h == h_alu && in->map == 0 && in->osize == 1 && alu_b[in->op - X86OP_ADD] &&
	    ((in->opc < 0x40 && ((in->opc & 7) == 0 || (in->opc & 7) == 2 || (in->opc & 7) == 4)) ||
	     in->opc == 0x80))
		return alu_b[in->op - X86OP_ADD];
	if (h == h_test && in->map == 0 && !in->is_mem && (in->opc == 0x84 || in->opc == 0x85))
		return in->osize == 1 ? h_test_rr1 : in->osize == 4 ? h_test_rr4 : in->osize == 8 ? h_test_rr8 : h;
	if (h == h_mov && in->map == 0 && in->osize == 1 && in->is_mem && in->opc == 0x88 && plain)
		return h_mov8_store;
	if (h == h_mov && in->map == 0 && in->osize == 1 && in->is_mem && in->opc == 0x8a && plain)
		return h_mov8_load;
	if (h == h_movx && (in->osize == 4 || in->osize == 8) && plain) {
		if (in->op == X86OP_MOVZX)
			return in->opc & 1 ? (in->is_mem ? h_movzx16_m : h_movzx16_r) : (in->is_mem ? h_movzx8_m : h_movzx8_r);
		if (in->op == X86OP_MOVSX)
			return in->opc & 1 ? (in->is_mem ? h_movsx16_m : h_movsx16_r) : (in->is_mem ? h_movsx8_m : h_movsx8_r);
		if (in->osize == 8)
			return in->is_mem ? h_movsxd_m : h_movsxd_r;
	}
	if (h == h_lea && (in->osize == 4 || in->osize == 8) && !(in->pfx & X86_P_67) && in->base < 16) {
		if (in->index == X86R_NONE)
			return in->osize == 8 ? h_lea_b8 : h_lea_b4;
		return in->osize == 8 ? h_lea_bi8 : h_lea_bi4;
	}
	if (h == h_setcc && !in->is_mem)
		return setcc_r[in->cc & 15];
	if (h == h_cmovcc && !in->is_mem && (in->osize == 4 || in->osize == 8))
		return cmov_rr[in->cc & 15];
	if (h == h_shift && !in->is_mem && (in->osize == 4 || in->osize == 8)) {
		unsigned k = in->op - X86OP_ROL;
		const sim_handler *t = NULL;
		if (in->opc == 0xc1 && (in->imm & (in->osize == 8 ? 63 : 31)))
			t = in->osize == 8 ? shift_i8 : shift_i4;
		else if (in->opc == 0xd3)
			t = in->osize == 8 ? shift_c8 : shift_c4;
		if (t && t[k])
			return t[k];
	}
	if (h == h_imul && !in->is_mem && (in->osize == 4 || in->osize == 8)) {
		if (in->op == X86OP_IMUL2)
			return in->osize == 8 ? h_imul2_8 : h_imul2_4;
		return in->osize == 8 ? h_imul3_8 : h_imul3_4;
	}
	if (h == h_mov && in->map == 0 && in->osize == 8 && !(in->pfx & X86_P_67) && !in->seg) {
		if (in->opc == 0x8b && in->is_mem)
			return h_mov_load64;
		if (in->opc == 0x89 && in->is_mem)
			return h_mov_store64;
		if ((in->opc == 0x89 || in->opc == 0x8b) && !in->is_mem)
			return in->opc == 0x89 ? h_mov_rr64_89 : h_mov_rr64_8b;
	}
	return h;
}

/* ---- the run loop ---- */

static uint64_t vendor_of(const struct sim_hooks *hooks)
{
	uint32_t o[4] = { 0, 0, 0, 0 };
	if (hooks && hooks->cpuid)
		hooks->cpuid(hooks->ctx, 0, 0, o);
	/* "AuthenticAMD": ebx = "Auth", edx = "enti", ecx = "cAMD" */
	if (o[1] == 0x68747541 && o[3] == 0x69746e65 && o[2] == 0x444d4163)
		return SIM_VENDOR_AMD;
	/* Hygon (Zen-derived) follows AMD: "HygonGenuine", ebx = "Hygo" */
	if (o[1] == 0x6f677948 && o[3] == 0x6e65476e && o[2] == 0x656e6975)
		return SIM_VENDOR_AMD;
	return SIM_VENDOR_INTEL;
}

int sim_create(struct sim **out, struct hsim_cpu_state *state,
	       const struct sim_mem *mem, const struct sim_hooks *hooks)
{
	struct sim *s = calloc(1, sizeof(*s));
	if (!s)
		return -ENOMEM;
	s->st = state;
	s->mem = mem;
	s->hooks = hooks;
	s->membase = mem->base;
	s->memsize = mem->size;
	s->user_base = mem->user_base < 4096 ? 4096 : mem->user_base;
	s->nlines = (mem->size + (1u << SIM_LINE_SHIFT) - 1) >> SIM_LINE_SHIFT;
	/* whole pages of line bits (sim_set_dirty copies them per page) */
	s->code_bits = calloc((size_t)((mem->size + 4095) >> 12) * 8 + 8, 1);
	s->watch_bits = s->code_bits;
	s->code_lo = ~(uint64_t)0;
	s->table = calloc(SIM_CACHE_SIZE, sizeof(*s->table));
	s->arena = malloc(SIM_ARENA_SIZE);
	if (!s->code_bits || !s->table || !s->arena) {
		free(s->code_bits);
		free(s->table);
		free(s->arena);
		free(s);
		return -ENOMEM;
	}
	s->vendor = (int)vendor_of(hooks);
	if (hooks && hooks->cpuid) {
		uint32_t o[4] = { 0, 0, 0, 0 };
		hooks->cpuid(hooks->ctx, 0, 0, o);
		uint32_t maxleaf = o[0];
		if (maxleaf >= 1) {
			hooks->cpuid(hooks->ctx, 1, 0, o);
			s->has_popcnt = (o[2] >> 23) & 1;
		}
		if (maxleaf >= 7) {
			hooks->cpuid(hooks->ctx, 7, 0, o);
			s->has_bmi1 = (o[1] >> 3) & 1;
		}
		hooks->cpuid(hooks->ctx, 0x80000000u, 0, o);
		if (o[0] >= 0x80000001u) {
			hooks->cpuid(hooks->ctx, 0x80000001u, 0, o);
			s->has_lzcnt = (o[2] >> 5) & 1;
		}
	}
	/* The host runs these encodings natively whatever the guest's CPUID
	 * says; follow the host. */
	if (hooks && (hooks->host_features & SIM_HOST_TZCNT))
		s->has_bmi1 = 1;
	if (hooks && (hooks->host_features & SIM_HOST_LZCNT))
		s->has_lzcnt = 1;
	*out = s;
	return 0;
}

void sim_destroy(struct sim *s)
{
	if (!s)
		return;
	free(s->code_bits);
	free(s->watch_own);
	free(s->table);
	free(s->arena);
	free(s);
}

uint64_t sim_icount(const struct sim *s)
{
	return s->icount;
}

static int is_branch(unsigned op)
{
	switch (op) {
	case X86OP_JCC: case X86OP_JMP: case X86OP_CALL: case X86OP_RET: case X86OP_JMPI:
	case X86OP_CALLI: case X86OP_LOOP: case X86OP_LOOPE: case X86OP_LOOPNE: case X86OP_JRCXZ:
		return 1;
	default:
		return 0;
	}
}

/* Fetch and decode the instruction at rip into e. */
static int fill(struct sim *s, struct sim_centry *e, uint64_t rip)
{
	uint8_t buf[X86_MAX_LEN];
	size_t avail = 0;
	if (!canonical(rip))
		return sim_exc(s, 13, 1, 0, 0);
	if (rip >= s->user_base && rip < s->memsize) {
		avail = s->memsize - rip;
		if (avail > X86_MAX_LEN)
			avail = X86_MAX_LEN;
	}
	if (!avail)
		return sim_xlate_slow(s, rip, 1, SIM_X, 0) ? 0 : SIM_R_STOP;
	memcpy(buf, s->membase + rip, avail);
	if (__builtin_expect(s->exec_patched && s->npatch, 0)) {
		/* the original instruction, where memory still holds its trap */
		const struct sim_patch *p = sim_patch_find(s->patches, s->npatch, rip);
		if (p && avail >= p->len && memcmp(buf, p->trap, p->len) == 0) {
			memcpy(buf, p->orig, p->len);
			avail = p->len;
		}
	}
	int l = x86_decode(buf, avail, &e->in);
	if (l == X86_E_TRUNCATED) {
		sim_xlate_slow(s, rip, X86_MAX_LEN, SIM_X, 0);
		return SIM_R_STOP;
	}
	if (l == X86_E_TOOLONG)
		return sim_exc(s, 13, 1, 0, 0);
	if (l < 0)
		return sim_exc(s, 6, 0, 0, 0);
	/* RIP-relative: fold the address in */
	if (e->in.base == X86R_RIP) {
		e->in.base = X86R_NONE;
		e->in.disp += (int64_t)(rip + (uint64_t)l);
	}
	e->fn = pick_handler(s, &e->in);
	e->rip = rip;
	mark_code(s, rip);
	mark_code(s, rip + (uint64_t)l - 1);
	return 0;
}

/* Decode the block at rip into the arena and enter it in the table. NULL
 * with s->stop filled when its first instruction cannot be fetched; a later
 * one that cannot ends the block before it (it faults when reached). */
static struct sim_block *build(struct sim *s, uint64_t rip)
{
	size_t need = sizeof(struct sim_block) + SIM_BLOCK_MAX * sizeof(struct sim_centry);
	if (s->arena_used + need > SIM_ARENA_SIZE)
		flush_all(s);
	struct sim_block *b = (struct sim_block *)(void *)(s->arena + s->arena_used);
	uint64_t a = rip;
	unsigned n = 0;
	while (n < SIM_BLOCK_MAX) {
		struct sim_centry *e = &b->e[n];
		if (fill(s, e, a)) {
			if (!n)
				return NULL;
			memset(s->stop, 0, sizeof(*s->stop)); /* not reached yet */
			break;
		}
		a += e->in.len;
		n++;
		if (e->in.op == X86OP_JCC && e->fn == jcc_fast[e->in.cc & 15] && n < SIM_BLOCK_MAX) {
			/* go on past it (see h_jccm_*) */
			e->in.disp = (int64_t)(a + e->in.imm);
			e->fn = jcc_mid[e->in.cc & 15];
			continue;
		}
		if (is_branch(e->in.op))
			break;
	}
	b->rip = rip;
	b->end = a;
	b->n = n;
	s->arena_used += sizeof(struct sim_block) + n * sizeof(struct sim_centry);
	s->table[sim_slot(rip)] = b;
	return b;
}

static int sim_run_loop(struct sim *s, uint64_t max_insns, struct sim_stop *stop);

static void stop_exc(struct sim *s, uint64_t insn_rip)
{
	struct sim_stop *t = s->stop;
	t->insn_rip = insn_rip;
	if (t->reason == SIM_STOP_EXCEPTION && t->vector == 14)
		s->st->cr2 = t->fault_addr;
}

/* The instruction that used the bounce buffer retired: send its write. A
 * write the device refuses makes the instruction fault instead (#PF), with
 * the state as before it. */
static void commit_device_write(struct sim *s, struct sim_stop *stop,
				const struct hsim_cpu_state *before)
{
	const struct sim_hooks *h = s->hooks;
	uint64_t v = 0;
	int faulted = stop->reason == SIM_STOP_EXCEPTION && s->st->rip == stop->insn_rip;
	if (s->bounce_write && !faulted) {
		memcpy(&v, s->bounce, 8);
		if (h->mmio(h->ctx, s->bounce_addr, s->bounce_len, 1, &v) != 0) {
			*s->st = *before;
			memset(stop, 0, sizeof(*stop));
			stop->reason = SIM_STOP_EXCEPTION;
			stop->vector = 14;
			stop->has_error_code = 1;
			stop->error_code = 4 | 2;
			stop->fault_addr = s->bounce_addr;
			stop->insn_rip = before->rip;
			s->st->cr2 = s->bounce_addr;
			s->icount--;
		}
	}
	s->bounce_len = 0;
	s->bounce_write = 0;
}

int sim_run(struct sim *s, uint64_t max_insns, struct sim_stop *stop)
{
	struct hsim_cpu_state *st = s->st;
	if (__builtin_expect(s->bus_on, 0) && max_insns == 1) {
		/* device accesses: one instruction at a time, undone if the
		 * device refuses the write */
		struct hsim_cpu_state before = *st;
		int r = sim_run_loop(s, 1, stop);
		if (s->bounce_len)
			commit_device_write(s, stop, &before);
		return r;
	}
	if (s->bus_on)
		return HSIM_E_INVAL;
	return sim_run_loop(s, max_insns, stop);
}

static int sim_run_loop(struct sim *s, uint64_t max_insns, struct sim_stop *stop)
{
	struct hsim_cpu_state *st = s->st;
	memset(stop, 0, sizeof(*stop));
	s->stop = stop;
	s->string_calls = 0;
	if (s->yield) { /* left pending by the last run: give until_rip back */
		s->yield = 0;
		s->until_rip = s->yield_until;
	}
	uint64_t left = max_insns ? max_insns : ~(uint64_t)0; /* may still retire */
	uint64_t rip = st->rip;
	struct sim_block *b;
	const struct sim_centry *e;
	uint64_t tf;
	int r;
	for (;;) {
		/* TF (as it is before the instruction) single-steps: one
		 * instruction, then #DB. Only popf changes TF (SIM_R_FLAGS),
		 * which leaves the fast loop. */
		tf = st->rflags & TF;
		if (!tf) {
			/* fast path: whole cached blocks within the limit */
			for (;;) {
				b = s->table[sim_slot(rip)];
				if (__builtin_expect(!b || b->rip != rip || b->n > left ||
						     rip == s->until_rip || s->exec_stop, 0))
					break;
				e = b->e;
				s->recent[s->recent_n++ & (SIM_RECENT - 1)] = rip;
				s->run_end = (uintptr_t)(e + b->n); /* cleared if code is written */
				/* only the last instruction of a block (a branch)
				 * reads st->rip */
				st->rip = b->end;
				do {
					r = e->fn(s, &e->in);
					if (__builtin_expect(r != 0, 0))
						goto fast_exit;
				} while ((uintptr_t)++e < s->run_end);
				if (__builtin_expect(e != b->e + b->n, 0))
					goto cut;
				left -= b->n;
				rip = st->rip;
				continue;
			fast_exit:
				if (r != SIM_R_BRANCH)
					goto early;
				left -= (uint64_t)(e - b->e) + 1;
				rip = st->rip;
			}
		}
		if (__builtin_expect(s->yield, 0)) {
			s->yield = 0;
			s->until_rip = s->yield_until;
			stop->reason = SIM_STOP_YIELD;
			stop->insn_rip = rip;
			st->rip = rip;
			break;
		}
		if (__builtin_expect(rip == s->until_rip, 0) && st->gpr[HSIM_RSP] == s->until_rsp) {
			stop->reason = SIM_STOP_UNTIL;
			stop->insn_rip = rip;
			st->rip = rip;
			break;
		}
		if (__builtin_expect(s->exec_stop != NULL, 0) && exec_stop_at(s, rip)) {
			stop->reason = SIM_STOP_UNTIL;
			stop->insn_rip = rip;
			st->rip = rip;
			break;
		}
		b = s->table[sim_slot(rip)];
		if (!b || b->rip != rip) {
			if (!left)
				goto limit;
			b = build(s, rip);
			if (!b) {
				st->rip = rip;
				stop_exc(s, rip);
				break;
			}
		}
		if (!left)
			goto limit;
		e = b->e;
		s->recent[s->recent_n++ & (SIM_RECENT - 1)] = rip;
		s->run_end = (uintptr_t)(e + (tf ? 1 : b->n < left ? b->n : left));
		st->rip = b->end;
		do {
			r = e->fn(s, &e->in);
			if (__builtin_expect(r != 0, 0))
				goto early;
		} while ((uintptr_t)++e < s->run_end);
	cut:
		e--; /* the last one that ran */
		r = 0;
	early:
		/* e stopped with r (or took a branch inside the block), or is
		 * the last one run (cut short by the limit, TF or a write to
		 * cached code) */
		if (r == SIM_R_STOP) {
			left -= (uint64_t)(e - b->e);
			st->rip = e->rip;
			stop_exc(s, e->rip);
			break;
		}
		left -= (uint64_t)(e - b->e) + 1;
		rip = r == SIM_R_BRANCH || e == b->e + b->n - 1 ? st->rip : e->rip + e->in.len;
		st->rip = rip;
		if (r == SIM_R_TRAP) {
			stop->insn_rip = e->rip;
			break;
		}
		if (tf) {
			sim_exc(s, 1, 0, 0, 0);
			stop->insn_rip = e->rip;
			break;
		}
		continue;
	limit:
		stop->reason = SIM_STOP_LIMIT;
		stop->insn_rip = rip;
		st->rip = rip;
		break;
	}
	s->icount += (max_insns ? max_insns : ~(uint64_t)0) - left;
	sim_fp_release(s);
	return 0;
}

unsigned sim_recent_blocks(const struct sim *s, uint64_t *out, unsigned max)
{
	unsigned n = s->recent_n < SIM_RECENT ? s->recent_n : SIM_RECENT;
	if (n > max)
		n = max;
	for (unsigned i = 0; i < n; i++)
		out[i] = s->recent[(s->recent_n - n + i) & (SIM_RECENT - 1)];
	return n;
}
