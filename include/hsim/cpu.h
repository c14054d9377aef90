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

#ifdef __cplusplus
}
#endif
#endif
