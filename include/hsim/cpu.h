/* The one x86-64 CPU state every hsim engine (KVM, simulator) reads and writes. */
#ifndef HSIM_CPU_H
#define HSIM_CPU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* General-purpose registers in x86 encoding order, so that a ModRM/REX
 * register number indexes gpr[] directly. */
enum hsim_gpr {
	HSIM_RAX, HSIM_RCX, HSIM_RDX, HSIM_RBX, HSIM_RSP, HSIM_RBP, HSIM_RSI, HSIM_RDI,
	HSIM_R8, HSIM_R9, HSIM_R10, HSIM_R11, HSIM_R12, HSIM_R13, HSIM_R14, HSIM_R15,
	HSIM_NGPR
};

/* RFLAGS bits. */
#define HSIM_FLAG_CF 0x0001u
#define HSIM_FLAG_PF 0x0004u
#define HSIM_FLAG_AF 0x0010u
#define HSIM_FLAG_ZF 0x0040u
#define HSIM_FLAG_SF 0x0080u
#define HSIM_FLAG_TF 0x0100u
#define HSIM_FLAG_IF 0x0200u
#define HSIM_FLAG_DF 0x0400u
#define HSIM_FLAG_OF 0x0800u
#define HSIM_FLAGS_STATUS 0x08d5u /* CF PF AF ZF SF OF */

union hsim_xmm {
	uint8_t b[16];
	uint16_t w[8];
	uint32_t d[4];
	uint64_t q[2];
	float f[4];
	double df[2];
};

struct hsim_cpu_state {
	uint64_t gpr[HSIM_NGPR];
	uint64_t rip;
	uint64_t rflags;
	uint64_t fs_base;
	uint64_t gs_base;
	union hsim_xmm xmm[16];
	uint32_t mxcsr;
	uint16_t fcw;          /* x87 control word */
	uint16_t fsw;          /* x87 status word (TOP, C0-C3, exception flags) */
	/* The control state the guest sees; fixed by the platform, read-only to
	 * ring 3, kept here so that both engines agree on it. */
	uint64_t cr0, cr2, cr3, cr4, efer;
	/* The rest of the x87 state, as FXSAVE stores it (64-bit format) and as
	 * it moves between KVM (KVM_GET/SET_XSAVE) and the simulator (x87.c). */
	uint8_t ftw;           /* abridged tag: bit i set = physical register i in use */
	uint8_t pad1;
	uint16_t fop;          /* last x87 opcode (11 bits), where the CPU records it */
	uint32_t pad2;
	uint64_t fip, fdp;     /* last x87 instruction and operand pointers */
	uint8_t fpr[8][10];    /* ST(0)..ST(7), 80-bit extended */
};

/* Names of the GPRs in encoding order ("rax", ...). */
const char *hsim_gpr_name(unsigned reg);

/* One field of struct hsim_cpu_state, as the trace format stores it, `hsim
 * diff` shows it and `hsim replay` compares it. hsim_cpu_fields lists every
 * byte of the state (but the padding) once, in the order of the trace
 * format: first its register group (HSIM_CPUF_REGS: the GPRs, rip, rflags,
 * all that an exit record carries), then the rest of a full state. A new
 * field of the state is one new line at the end of that table (and a new
 * trace field number: keep the existing ones, old traces depend on them). */
struct hsim_cpu_field {
	const char *name;      /* "rax", "fs_base"; a part of a register wider than
				* 64 bits is "REG.PART" ("xmm3.q1", "st0.hi") */
	uint8_t group;         /* HSIM_CPUF_REGS or HSIM_CPUF_EXT */
	uint8_t trace;         /* its bit in the trace's field mask of its group */
	uint8_t size;          /* bytes: 1, 2, 4 or 8 (a value is at most 64 bits) */
	uint16_t offset;       /* offsetof(struct hsim_cpu_state, ...) */
};

enum { HSIM_CPUF_REGS, HSIM_CPUF_EXT };

#define HSIM_CPU_NREGS 18      /* fields in HSIM_CPUF_REGS: gpr[16], rip, rflags */
#define HSIM_CPU_NEXT 62       /* fields in HSIM_CPUF_EXT (41..61: x87) */
#define HSIM_CPU_NFIELDS (HSIM_CPU_NREGS + HSIM_CPU_NEXT)

/* The table: entry i < HSIM_CPU_NREGS is register field i, entry
 * HSIM_CPU_NREGS + j is full-state field j. */
extern const struct hsim_cpu_field hsim_cpu_fields[HSIM_CPU_NFIELDS];

/* Field f of s, zero-extended; and stored (truncated to f->size bytes). */
uint64_t hsim_cpu_field_get(const struct hsim_cpu_state *s, const struct hsim_cpu_field *f);
void hsim_cpu_field_set(struct hsim_cpu_state *s, const struct hsim_cpu_field *f, uint64_t v);

#ifdef __cplusplus
}
#endif
#endif
