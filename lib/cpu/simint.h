/* Interpreter internals shared by interp.c and sse.c. Not a public header. */
#ifndef HSIM_LIB_CPU_SIMINT_H
#define HSIM_LIB_CPU_SIMINT_H

#include <stdint.h>
#include <string.h>

#include "decode.h"
#include "sim.h"

#define SIM_CACHE_BITS 13 /* block table slots */
#define SIM_CACHE_SIZE (1u << SIM_CACHE_BITS)
#define SIM_BLOCK_MAX 64  /* instructions per block */
#define SIM_ARENA_SIZE ((size_t)4 << 20) /* bytes of decoded blocks before a flush */

struct sim;
/* A handler runs one decoded instruction. st->rip points past it only for
 * the instruction that ends a block (a branch reads it there); the others
 * must not read it (RIP-relative operands are folded at decode time).
 * Returns 0 to go on, SIM_R_STOP when s->stop was filled. */
typedef int (*sim_handler)(struct sim *s, const struct x86_insn *in);
#define SIM_R_STOP 1
#define SIM_R_TRAP 2  /* trap / I/O: s->stop filled, the instruction retired */
#define SIM_R_FLAGS 3 /* success, RFLAGS.TF may have changed */
#define SIM_R_BRANCH 4 /* success, a branch inside a block was taken */

struct sim_centry {
	sim_handler fn;
	uint64_t rip; /* of this instruction */
	struct x86_insn in;
};

/* A basic block decoded once: straight-line instructions, the last one
 * possibly a branch. Lives in s->arena until the next flush. */
struct sim_block {
	uint64_t rip;  /* tag: the first instruction */
	uint64_t end;  /* past the last instruction */
	uint32_t n;
	uint32_t pad;
	struct sim_centry e[];
};

static inline unsigned sim_slot(uint64_t rip)
{
	return (unsigned)((rip ^ (rip >> SIM_CACHE_BITS)) & (SIM_CACHE_SIZE - 1));
}

#define SIM_RECENT 16 /* power of two */

enum sim_vendor { SIM_VENDOR_INTEL = 0, SIM_VENDOR_AMD = 1 };

struct sim {
	struct hsim_cpu_state *st;
	const struct sim_mem *mem;
	const struct sim_hooks *hooks;
	uint8_t *membase;
	uint64_t memsize, user_base;
	uint64_t icount;
	int vendor;            /* enum sim_vendor, from CPUID leaf 0 */
	/* from the guest's CPUID (hooks->cpuid) and hooks->host_features at
	 * sim_create: F3 0F BC/BD are tzcnt/lzcnt if the guest is told so or the
	 * host runs them so (else bsf/bsr); F3 0F B8 is popcnt only if reported */
	uint8_t has_bmi1, has_lzcnt, has_popcnt;
	/* one bit per 64-byte guest line: a cached decode covers bytes here;
	 * stores into such a line drop the cached decodes (self-modifying code) */
	uint8_t *code_bits;
	uint64_t nlines;
	/* the lines whose stores take the slow path (sim_code_written):
	 * code_bits itself, or while pages are tracked (sim_set_dirty) its own
	 * copy with also every line of every page not yet marked in dirty, so
	 * that the store path costs the same with tracking on or off */
	uint8_t *watch_bits;
	uint8_t *watch_own;
	uint64_t *dirty;       /* sim_set_dirty's bitmap, or NULL */
	struct sim_stop *stop;
	/* decoded blocks: a direct-mapped table into an arena of blocks */
	struct sim_block **table;
	uint8_t *arena;
	size_t arena_used;
	/* where the running block stops; cleared whenever cached blocks are
	 * dropped, so that it is left after the current instruction */
	uintptr_t run_end;
	uint64_t code_lo, code_hi; /* lines ever marked in code_bits */
	/* the patch table (sim_set_patches) and whether its originals run */
	const struct sim_patch *patches;
	size_t npatch;
	uint8_t exec_patched;
	/* device accesses: stop (0) or go to hooks->mmio (1); one access per
	 * instruction through the bounce buffer, a write is sent once the
	 * instruction has retired */
	uint8_t bus_on;
	uint8_t bounce_len, bounce_write;
	uint64_t bounce_addr;
	uint8_t bounce[16];
	/* sim_set_until */
	uint64_t until_rip, until_rsp;
	/* sim_set_exec_stop: stop at a block that starts on a page set here
	 * (not the one at exec_skip, where the run began) */
	const uint64_t *exec_stop;
	uint64_t exec_skip;
	/* long string instructions in one sim_run (h_string) */
	unsigned string_calls;
	uint8_t yield_on;       /* sim_set_yield */
	uint8_t yield;          /* return at the next block: SIM_STOP_YIELD */
	uint64_t yield_until;   /* until_rip while the yield borrows it */
	/* the host MXCSR holds 0x1f80 plus flags the guest has (sse.c) */
	uint8_t fp_loaded;
	uint32_t host_mxcsr; /* to restore when fp_loaded is cleared */
	/* the starts of the last blocks entered (a ring), for reports */
	uint64_t recent[SIM_RECENT];
	unsigned recent_n;
};

/* Access kinds for sim_xlate */
#define SIM_R 0
#define SIM_W 1
#define SIM_X 2

int sim_exc(struct sim *s, unsigned vec, int has_err, uint32_t err, uint64_t addr);
uint8_t *sim_xlate_slow(struct sim *s, uint64_t a, unsigned n, int kind, int stack);
void sim_code_written(struct sim *s, uint64_t a, unsigned n);

#define SIM_LINE_SHIFT 6

static inline int sim_watched(const struct sim *s, uint64_t a)
{
	uint64_t l = a >> SIM_LINE_SHIFT;
	return (s->watch_bits[l >> 3] >> (l & 7)) & 1;
}

/* Host pointer for guest [a, a+n), or NULL with the exception raised. */
static inline uint8_t *sim_xlate(struct sim *s, uint64_t a, unsigned n, int kind, int stack)
{
	if (__builtin_expect(a >= s->user_base && a + n <= s->memsize && a + n > a, 1)) {
		if (kind == SIM_W && __builtin_expect(sim_watched(s, a) | sim_watched(s, a + n - 1), 0))
			sim_code_written(s, a, n);
		return s->membase + a;
	}
	return sim_xlate_slow(s, a, n, kind, stack);
}

static inline uint64_t ld(const uint8_t *p, unsigned n)
{
	switch (n) {
	case 1: return *p;
	case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
	case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
	default: { uint64_t v; memcpy(&v, p, 8); return v; }
	}
}

static inline void stv(uint8_t *p, unsigned n, uint64_t v)
{
	switch (n) {
	case 1: *p = (uint8_t)v; break;
	case 2: { uint16_t x = (uint16_t)v; memcpy(p, &x, 2); break; }
	case 4: { uint32_t x = (uint32_t)v; memcpy(p, &x, 4); break; }
	default: memcpy(p, &v, 8); break;
	}
}

/* The memory operand's address within its segment (what lea computes). */
static inline uint64_t sim_offset(const struct hsim_cpu_state *st, const struct x86_insn *in)
{
	uint64_t a = (uint64_t)in->disp;
	if (in->base < 16)
		a += st->gpr[in->base];
	else if (in->base == X86R_RIP)
		a += st->rip;
	if (in->index != X86R_NONE)
		a += st->gpr[in->index] << in->scale;
	if (__builtin_expect(in->pfx & X86_P_67, 0))
		a = (uint32_t)a;
	return a;
}

/* Effective (linear) address of the memory operand. */
static inline uint64_t sim_ea(const struct sim *s, const struct x86_insn *in)
{
	const struct hsim_cpu_state *st = s->st;
	uint64_t a = sim_offset(st, in);
	if (__builtin_expect(in->seg, 0))
		a += in->seg == X86_SEG_FS ? st->fs_base : st->gs_base;
	return a;
}

static inline uint8_t *sim_mem_op(struct sim *s, const struct x86_insn *in, unsigned n, int kind)
{
	return sim_xlate(s, sim_ea(s, in), n, kind, (in->pfx & X86_P_SS) != 0);
}

int sim_sse(struct sim *s, const struct x86_insn *in);
/* A handler for an SSE instruction: a fast form or sim_sse. */
sim_handler sim_sse_handler(const struct x86_insn *in);
/* Give the host back its MXCSR (see sse.c). */
void sim_fp_release(struct sim *s);

#endif
