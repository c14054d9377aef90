/* The instruction forms shared by the CPU tests: tests/unit/test_insn.c (each
 * form alone, native vs. interpreter) and tests/kvm/test_diff.c (random blocks
 * of forms, KVM vs. simulator). Static data: include it in one file per
 * program. Memory operands are (%rbx)-relative within -0x280..+0x280; the
 * `fix` column says how test_insn constrains the other inputs. */
#ifndef HSIM_TESTS_INSN_FORMS_H
#define HSIM_TESTS_INSN_FORMS_H

#include <cpuid.h>
#include <stddef.h>
#include <stdint.h>
#include <hsim/cpu.h>

/* Boundary values integer code trips over, for the random inputs. */
static const uint64_t insn_edge_values[] = {
	0, 1, 2, 3, 0x7f, 0x80, 0x81, 0xff, 0x100, 0x7fff, 0x8000, 0x8001, 0xffff, 0x10000,
	0x7fffffff, 0x80000000, 0x80000001, 0xffffffff, 0x100000000ull,
	0x7fffffffffffffffull, 0x8000000000000000ull, 0x8000000000000001ull,
	0xffffffffffffffffull, 0xfffffffffffffffeull, 0xaaaaaaaaaaaaaaaaull, 0x5555555555555555ull,
};
#define INSN_NEDGE (sizeof insn_edge_values / sizeof insn_edge_values[0])

/* The simulator's undefined-flag rules were measured on AMD hosts and on one
 * Intel CPU, family 6 model 0xcf (docs/undefined-flags.md): there the tests
 * compare undefined flags too; on other hosts they mask them (the simulator
 * applies its Intel rules to every non-AMD vendor, but other Intel
 * generations may differ). */
static inline int undefined_flags_measured(void)
{
	static int measured = -1; /* cpuid exits to the hypervisor: ask once */
	if (measured < 0) {
		uint32_t a = 0, b = 0, c = 0, d = 0;
		__cpuid(0, a, b, c, d);
		int amd = b == 0x68747541u && d == 0x69746e65u && c == 0x444d4163u;   /* AuthenticAMD */
		int intel = b == 0x756e6547u && d == 0x49656e69u && c == 0x6c65746eu; /* GenuineIntel */
		__cpuid(1, a, b, c, d);
		unsigned family = (a >> 8) & 0xf, model = ((a >> 4) & 0xf) | ((a >> 12) & 0xf0);
		measured = amd || (intel && family == 6 && model == 0xcf);
	}
	return measured;
}

enum fix {            /* how the random inputs are constrained */
	FX_NONE,
	FX_SHIFT_CL,  /* CL = 0..70 */
	FX_DIV,       /* unsigned divide: divisor in rCX and [PTR], no #DE */
	FX_IDIV,      /* signed divide: same */
	FX_NZ_SRC,    /* bsf/bsr: source in rCX and [PTR], nonzero */
	FX_BTMEM,     /* bt* reg,mem: bit offset in RAX within -512..511 */
	FX_CMPXCHG,   /* accumulator equals the destination half of the time */
	FX_CMPXCHGB,  /* cmpxchg8b/16b: rDX:rAX equals [PTR] half of the time */
	FX_STRING,    /* RSI/RDI into scratch, RCX 0..8, DF random, bytes 0/1 */
	FX_SSE,       /* random MXCSR rounding/FTZ/DAZ, typed XMM and scratch */
	FX_PSHIFT,    /* like FX_SSE, shift count in xmm2/xmm10/[PTR] mostly small */
};

enum lanes { LN_I, LN_I8, LN_I16, LN_I32, LN_F32, LN_F64 };

enum dyn {            /* undefined flags that depend on the inputs */
	DYN_NONE,
	DYN_SHIFT,    /* shl/shr: count!=0: AF; count>1: OF; count>=size: CF */
	DYN_SAR,      /* sar: count!=0: AF; count>1: OF */
	DYN_ROT,      /* rol/ror/rcl/rcr: masked count not 0 or 1: OF */
	DYN_SHXD,     /* shld/shrd: count!=0: AF; >1: OF; >size: all + result */
};

struct insn_form {
	const char *text;      /* AT&T source the bytes were assembled from */
	uint8_t bytes[15];
	uint8_t len;
	uint8_t fix;           /* enum fix */
	uint8_t size;          /* operand size in bits (fix/dyn rules) */
	uint8_t lanes;         /* enum lanes: how XMM/scratch values are drawn */
	uint8_t dyn;           /* enum dyn */
	int8_t count;          /* shift count if immediate/implicit, -1 = CL */
	int8_t dreg;           /* destination: GPR number, or 16+offset = [PTR+offset] */
	uint16_t undef;        /* flags the SDM leaves undefined for this form */
};

/* The rows were assembled with GNU as from their `text`; the comment at the
 * end of a row says why flags are masked. */
/* BEGIN GENERATED TABLE */
static const struct insn_form fam_alu[] = {
	{ "addb %cl,%al", { 0x00, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb %r9b,%sil", { 0x44, 0x00, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb %dl,%r14b", { 0x41, 0x00, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb (%rbx),%dil", { 0x40, 0x02, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb %r10b,8(%rbx)", { 0x44, 0x00, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb $0x5a,%dl", { 0x80, 0xc2, 0x5a }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb $0x5a,%al", { 0x04, 0x5a }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb $0x80,%dl", { 0x80, 0xc2, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb $0x80,%al", { 0x04, 0x80 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb $0x1,%r12b", { 0x41, 0x80, 0xc4, 0x01 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb $0xff,-16(%rbx)", { 0x80, 0x43, 0xf0, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addw %cx,%ax", { 0x66, 0x01, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addw %r9w,%si", { 0x66, 0x44, 0x01, 0xce }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addw %dx,%r14w", { 0x66, 0x41, 0x01, 0xd6 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addw (%rbx),%di", { 0x66, 0x03, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addw %r10w,8(%rbx)", { 0x66, 0x44, 0x01, 0x53, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addw $0x1234,%dx", { 0x66, 0x81, 0xc2, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addw $0x1234,%ax", { 0x66, 0x05, 0x34, 0x12 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addw $-3,%dx", { 0x66, 0x83, 0xc2, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addw $-3,%ax", { 0x66, 0x83, 0xc0, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addw $0x7fff,%r12w", { 0x66, 0x41, 0x81, 0xc4, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addw $0x7fff,-16(%rbx)", { 0x66, 0x81, 0x43, 0xf0, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addl %ecx,%eax", { 0x01, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addl %r9d,%esi", { 0x44, 0x01, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addl %edx,%r14d", { 0x41, 0x01, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addl (%rbx),%edi", { 0x03, 0x3b }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addl %r10d,8(%rbx)", { 0x44, 0x01, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addl $0x12345678,%edx", { 0x81, 0xc2, 0x78, 0x56, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addl $0x12345678,%eax", { 0x05, 0x78, 0x56, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addl $-0x80,%edx", { 0x83, 0xc2, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addl $-0x80,%eax", { 0x83, 0xc0, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addl $0x80,%r12d", { 0x41, 0x81, 0xc4, 0x80, 0x00, 0x00, 0x00 }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addl $0x7fffffff,-16(%rbx)", { 0x81, 0x43, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addq %rcx,%rax", { 0x48, 0x01, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addq %r9,%rsi", { 0x4c, 0x01, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addq %rdx,%r14", { 0x49, 0x01, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addq (%rbx),%rdi", { 0x48, 0x03, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addq %r10,8(%rbx)", { 0x4c, 0x01, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addq $-0x12345678,%rdx", { 0x48, 0x81, 0xc2, 0x88, 0xa9, 0xcb, 0xed }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addq $-0x12345678,%rax", { 0x48, 0x05, 0x88, 0xa9, 0xcb, 0xed }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addq $0x7f,%rdx", { 0x48, 0x83, 0xc2, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addq $0x7f,%rax", { 0x48, 0x83, 0xc0, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addq $-1,%r12", { 0x49, 0x83, 0xc4, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addq $0x7fffffff,-16(%rbx)", { 0x48, 0x81, 0x43, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb %ah,%ch", { 0x00, 0xe5 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "addb %dh,%al", { 0x00, 0xf0 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb %cl,%al", { 0x10, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb %r9b,%sil", { 0x44, 0x10, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb %dl,%r14b", { 0x41, 0x10, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb (%rbx),%dil", { 0x40, 0x12, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb %r10b,8(%rbx)", { 0x44, 0x10, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb $0x5a,%dl", { 0x80, 0xd2, 0x5a }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb $0x5a,%al", { 0x14, 0x5a }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb $0x80,%dl", { 0x80, 0xd2, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb $0x80,%al", { 0x14, 0x80 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb $0x1,%r12b", { 0x41, 0x80, 0xd4, 0x01 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb $0xff,-16(%rbx)", { 0x80, 0x53, 0xf0, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcw %cx,%ax", { 0x66, 0x11, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcw %r9w,%si", { 0x66, 0x44, 0x11, 0xce }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcw %dx,%r14w", { 0x66, 0x41, 0x11, 0xd6 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcw (%rbx),%di", { 0x66, 0x13, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcw %r10w,8(%rbx)", { 0x66, 0x44, 0x11, 0x53, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcw $0x1234,%dx", { 0x66, 0x81, 0xd2, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcw $0x1234,%ax", { 0x66, 0x15, 0x34, 0x12 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcw $-3,%dx", { 0x66, 0x83, 0xd2, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcw $-3,%ax", { 0x66, 0x83, 0xd0, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcw $0x7fff,%r12w", { 0x66, 0x41, 0x81, 0xd4, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcw $0x7fff,-16(%rbx)", { 0x66, 0x81, 0x53, 0xf0, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcl %ecx,%eax", { 0x11, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcl %r9d,%esi", { 0x44, 0x11, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcl %edx,%r14d", { 0x41, 0x11, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcl (%rbx),%edi", { 0x13, 0x3b }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcl %r10d,8(%rbx)", { 0x44, 0x11, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcl $0x12345678,%edx", { 0x81, 0xd2, 0x78, 0x56, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcl $0x12345678,%eax", { 0x15, 0x78, 0x56, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcl $-0x80,%edx", { 0x83, 0xd2, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcl $-0x80,%eax", { 0x83, 0xd0, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcl $0x80,%r12d", { 0x41, 0x81, 0xd4, 0x80, 0x00, 0x00, 0x00 }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcl $0x7fffffff,-16(%rbx)", { 0x81, 0x53, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcq %rcx,%rax", { 0x48, 0x11, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcq %r9,%rsi", { 0x4c, 0x11, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcq %rdx,%r14", { 0x49, 0x11, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcq (%rbx),%rdi", { 0x48, 0x13, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcq %r10,8(%rbx)", { 0x4c, 0x11, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcq $-0x12345678,%rdx", { 0x48, 0x81, 0xd2, 0x88, 0xa9, 0xcb, 0xed }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcq $-0x12345678,%rax", { 0x48, 0x15, 0x88, 0xa9, 0xcb, 0xed }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcq $0x7f,%rdx", { 0x48, 0x83, 0xd2, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcq $0x7f,%rax", { 0x48, 0x83, 0xd0, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcq $-1,%r12", { 0x49, 0x83, 0xd4, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcq $0x7fffffff,-16(%rbx)", { 0x48, 0x81, 0x53, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb %ah,%ch", { 0x10, 0xe5 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "adcb %dh,%al", { 0x10, 0xf0 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb %cl,%al", { 0x28, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb %r9b,%sil", { 0x44, 0x28, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb %dl,%r14b", { 0x41, 0x28, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb (%rbx),%dil", { 0x40, 0x2a, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb %r10b,8(%rbx)", { 0x44, 0x28, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb $0x5a,%dl", { 0x80, 0xea, 0x5a }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb $0x5a,%al", { 0x2c, 0x5a }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb $0x80,%dl", { 0x80, 0xea, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb $0x80,%al", { 0x2c, 0x80 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb $0x1,%r12b", { 0x41, 0x80, 0xec, 0x01 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb $0xff,-16(%rbx)", { 0x80, 0x6b, 0xf0, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subw %cx,%ax", { 0x66, 0x29, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subw %r9w,%si", { 0x66, 0x44, 0x29, 0xce }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subw %dx,%r14w", { 0x66, 0x41, 0x29, 0xd6 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subw (%rbx),%di", { 0x66, 0x2b, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subw %r10w,8(%rbx)", { 0x66, 0x44, 0x29, 0x53, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subw $0x1234,%dx", { 0x66, 0x81, 0xea, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subw $0x1234,%ax", { 0x66, 0x2d, 0x34, 0x12 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subw $-3,%dx", { 0x66, 0x83, 0xea, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subw $-3,%ax", { 0x66, 0x83, 0xe8, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subw $0x7fff,%r12w", { 0x66, 0x41, 0x81, 0xec, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subw $0x7fff,-16(%rbx)", { 0x66, 0x81, 0x6b, 0xf0, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subl %ecx,%eax", { 0x29, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subl %r9d,%esi", { 0x44, 0x29, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subl %edx,%r14d", { 0x41, 0x29, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subl (%rbx),%edi", { 0x2b, 0x3b }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subl %r10d,8(%rbx)", { 0x44, 0x29, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subl $0x12345678,%edx", { 0x81, 0xea, 0x78, 0x56, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subl $0x12345678,%eax", { 0x2d, 0x78, 0x56, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subl $-0x80,%edx", { 0x83, 0xea, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subl $-0x80,%eax", { 0x83, 0xe8, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subl $0x80,%r12d", { 0x41, 0x81, 0xec, 0x80, 0x00, 0x00, 0x00 }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subl $0x7fffffff,-16(%rbx)", { 0x81, 0x6b, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subq %rcx,%rax", { 0x48, 0x29, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subq %r9,%rsi", { 0x4c, 0x29, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subq %rdx,%r14", { 0x49, 0x29, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subq (%rbx),%rdi", { 0x48, 0x2b, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subq %r10,8(%rbx)", { 0x4c, 0x29, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subq $-0x12345678,%rdx", { 0x48, 0x81, 0xea, 0x88, 0xa9, 0xcb, 0xed }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subq $-0x12345678,%rax", { 0x48, 0x2d, 0x88, 0xa9, 0xcb, 0xed }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subq $0x7f,%rdx", { 0x48, 0x83, 0xea, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subq $0x7f,%rax", { 0x48, 0x83, 0xe8, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subq $-1,%r12", { 0x49, 0x83, 0xec, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subq $0x7fffffff,-16(%rbx)", { 0x48, 0x81, 0x6b, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb %ah,%ch", { 0x28, 0xe5 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "subb %dh,%al", { 0x28, 0xf0 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb %cl,%al", { 0x18, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb %r9b,%sil", { 0x44, 0x18, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb %dl,%r14b", { 0x41, 0x18, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb (%rbx),%dil", { 0x40, 0x1a, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb %r10b,8(%rbx)", { 0x44, 0x18, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb $0x5a,%dl", { 0x80, 0xda, 0x5a }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb $0x5a,%al", { 0x1c, 0x5a }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb $0x80,%dl", { 0x80, 0xda, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb $0x80,%al", { 0x1c, 0x80 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb $0x1,%r12b", { 0x41, 0x80, 0xdc, 0x01 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb $0xff,-16(%rbx)", { 0x80, 0x5b, 0xf0, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbw %cx,%ax", { 0x66, 0x19, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbw %r9w,%si", { 0x66, 0x44, 0x19, 0xce }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbw %dx,%r14w", { 0x66, 0x41, 0x19, 0xd6 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbw (%rbx),%di", { 0x66, 0x1b, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbw %r10w,8(%rbx)", { 0x66, 0x44, 0x19, 0x53, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbw $0x1234,%dx", { 0x66, 0x81, 0xda, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbw $0x1234,%ax", { 0x66, 0x1d, 0x34, 0x12 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbw $-3,%dx", { 0x66, 0x83, 0xda, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbw $-3,%ax", { 0x66, 0x83, 0xd8, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbw $0x7fff,%r12w", { 0x66, 0x41, 0x81, 0xdc, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbw $0x7fff,-16(%rbx)", { 0x66, 0x81, 0x5b, 0xf0, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbl %ecx,%eax", { 0x19, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbl %r9d,%esi", { 0x44, 0x19, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbl %edx,%r14d", { 0x41, 0x19, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbl (%rbx),%edi", { 0x1b, 0x3b }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbl %r10d,8(%rbx)", { 0x44, 0x19, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbl $0x12345678,%edx", { 0x81, 0xda, 0x78, 0x56, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbl $0x12345678,%eax", { 0x1d, 0x78, 0x56, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbl $-0x80,%edx", { 0x83, 0xda, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbl $-0x80,%eax", { 0x83, 0xd8, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbl $0x80,%r12d", { 0x41, 0x81, 0xdc, 0x80, 0x00, 0x00, 0x00 }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbl $0x7fffffff,-16(%rbx)", { 0x81, 0x5b, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbq %rcx,%rax", { 0x48, 0x19, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbq %r9,%rsi", { 0x4c, 0x19, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbq %rdx,%r14", { 0x49, 0x19, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbq (%rbx),%rdi", { 0x48, 0x1b, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbq %r10,8(%rbx)", { 0x4c, 0x19, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbq $-0x12345678,%rdx", { 0x48, 0x81, 0xda, 0x88, 0xa9, 0xcb, 0xed }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbq $-0x12345678,%rax", { 0x48, 0x1d, 0x88, 0xa9, 0xcb, 0xed }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbq $0x7f,%rdx", { 0x48, 0x83, 0xda, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbq $0x7f,%rax", { 0x48, 0x83, 0xd8, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbq $-1,%r12", { 0x49, 0x83, 0xdc, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbq $0x7fffffff,-16(%rbx)", { 0x48, 0x81, 0x5b, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb %ah,%ch", { 0x18, 0xe5 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sbbb %dh,%al", { 0x18, 0xf0 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "andb %cl,%al", { 0x20, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb %r9b,%sil", { 0x44, 0x20, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb %dl,%r14b", { 0x41, 0x20, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb (%rbx),%dil", { 0x40, 0x22, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb %r10b,8(%rbx)", { 0x44, 0x20, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb $0x5a,%dl", { 0x80, 0xe2, 0x5a }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb $0x5a,%al", { 0x24, 0x5a }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb $0x80,%dl", { 0x80, 0xe2, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb $0x80,%al", { 0x24, 0x80 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb $0x1,%r12b", { 0x41, 0x80, 0xe4, 0x01 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb $0xff,-16(%rbx)", { 0x80, 0x63, 0xf0, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andw %cx,%ax", { 0x66, 0x21, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andw %r9w,%si", { 0x66, 0x44, 0x21, 0xce }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andw %dx,%r14w", { 0x66, 0x41, 0x21, 0xd6 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andw (%rbx),%di", { 0x66, 0x23, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andw %r10w,8(%rbx)", { 0x66, 0x44, 0x21, 0x53, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andw $0x1234,%dx", { 0x66, 0x81, 0xe2, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andw $0x1234,%ax", { 0x66, 0x25, 0x34, 0x12 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andw $-3,%dx", { 0x66, 0x83, 0xe2, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andw $-3,%ax", { 0x66, 0x83, 0xe0, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andw $0x7fff,%r12w", { 0x66, 0x41, 0x81, 0xe4, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andw $0x7fff,-16(%rbx)", { 0x66, 0x81, 0x63, 0xf0, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andl %ecx,%eax", { 0x21, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andl %r9d,%esi", { 0x44, 0x21, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andl %edx,%r14d", { 0x41, 0x21, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andl (%rbx),%edi", { 0x23, 0x3b }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andl %r10d,8(%rbx)", { 0x44, 0x21, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andl $0x12345678,%edx", { 0x81, 0xe2, 0x78, 0x56, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andl $0x12345678,%eax", { 0x25, 0x78, 0x56, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andl $-0x80,%edx", { 0x83, 0xe2, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andl $-0x80,%eax", { 0x83, 0xe0, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andl $0x80,%r12d", { 0x41, 0x81, 0xe4, 0x80, 0x00, 0x00, 0x00 }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andl $0x7fffffff,-16(%rbx)", { 0x81, 0x63, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andq %rcx,%rax", { 0x48, 0x21, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andq %r9,%rsi", { 0x4c, 0x21, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andq %rdx,%r14", { 0x49, 0x21, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andq (%rbx),%rdi", { 0x48, 0x23, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andq %r10,8(%rbx)", { 0x4c, 0x21, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andq $-0x12345678,%rdx", { 0x48, 0x81, 0xe2, 0x88, 0xa9, 0xcb, 0xed }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andq $-0x12345678,%rax", { 0x48, 0x25, 0x88, 0xa9, 0xcb, 0xed }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andq $0x7f,%rdx", { 0x48, 0x83, 0xe2, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andq $0x7f,%rax", { 0x48, 0x83, 0xe0, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andq $-1,%r12", { 0x49, 0x83, 0xe4, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andq $0x7fffffff,-16(%rbx)", { 0x48, 0x81, 0x63, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb %ah,%ch", { 0x20, 0xe5 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "andb %dh,%al", { 0x20, 0xf0 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb %cl,%al", { 0x08, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb %r9b,%sil", { 0x44, 0x08, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb %dl,%r14b", { 0x41, 0x08, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb (%rbx),%dil", { 0x40, 0x0a, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb %r10b,8(%rbx)", { 0x44, 0x08, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb $0x5a,%dl", { 0x80, 0xca, 0x5a }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb $0x5a,%al", { 0x0c, 0x5a }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb $0x80,%dl", { 0x80, 0xca, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb $0x80,%al", { 0x0c, 0x80 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb $0x1,%r12b", { 0x41, 0x80, 0xcc, 0x01 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb $0xff,-16(%rbx)", { 0x80, 0x4b, 0xf0, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orw %cx,%ax", { 0x66, 0x09, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orw %r9w,%si", { 0x66, 0x44, 0x09, 0xce }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orw %dx,%r14w", { 0x66, 0x41, 0x09, 0xd6 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orw (%rbx),%di", { 0x66, 0x0b, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orw %r10w,8(%rbx)", { 0x66, 0x44, 0x09, 0x53, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orw $0x1234,%dx", { 0x66, 0x81, 0xca, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orw $0x1234,%ax", { 0x66, 0x0d, 0x34, 0x12 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orw $-3,%dx", { 0x66, 0x83, 0xca, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orw $-3,%ax", { 0x66, 0x83, 0xc8, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orw $0x7fff,%r12w", { 0x66, 0x41, 0x81, 0xcc, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orw $0x7fff,-16(%rbx)", { 0x66, 0x81, 0x4b, 0xf0, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orl %ecx,%eax", { 0x09, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orl %r9d,%esi", { 0x44, 0x09, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orl %edx,%r14d", { 0x41, 0x09, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orl (%rbx),%edi", { 0x0b, 0x3b }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orl %r10d,8(%rbx)", { 0x44, 0x09, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orl $0x12345678,%edx", { 0x81, 0xca, 0x78, 0x56, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orl $0x12345678,%eax", { 0x0d, 0x78, 0x56, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orl $-0x80,%edx", { 0x83, 0xca, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orl $-0x80,%eax", { 0x83, 0xc8, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orl $0x80,%r12d", { 0x41, 0x81, 0xcc, 0x80, 0x00, 0x00, 0x00 }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orl $0x7fffffff,-16(%rbx)", { 0x81, 0x4b, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orq %rcx,%rax", { 0x48, 0x09, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orq %r9,%rsi", { 0x4c, 0x09, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orq %rdx,%r14", { 0x49, 0x09, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orq (%rbx),%rdi", { 0x48, 0x0b, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orq %r10,8(%rbx)", { 0x4c, 0x09, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orq $-0x12345678,%rdx", { 0x48, 0x81, 0xca, 0x88, 0xa9, 0xcb, 0xed }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orq $-0x12345678,%rax", { 0x48, 0x0d, 0x88, 0xa9, 0xcb, 0xed }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orq $0x7f,%rdx", { 0x48, 0x83, 0xca, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orq $0x7f,%rax", { 0x48, 0x83, 0xc8, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orq $-1,%r12", { 0x49, 0x83, 0xcc, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orq $0x7fffffff,-16(%rbx)", { 0x48, 0x81, 0x4b, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb %ah,%ch", { 0x08, 0xe5 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "orb %dh,%al", { 0x08, 0xf0 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb %cl,%al", { 0x30, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb %r9b,%sil", { 0x44, 0x30, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb %dl,%r14b", { 0x41, 0x30, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb (%rbx),%dil", { 0x40, 0x32, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb %r10b,8(%rbx)", { 0x44, 0x30, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb $0x5a,%dl", { 0x80, 0xf2, 0x5a }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb $0x5a,%al", { 0x34, 0x5a }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb $0x80,%dl", { 0x80, 0xf2, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb $0x80,%al", { 0x34, 0x80 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb $0x1,%r12b", { 0x41, 0x80, 0xf4, 0x01 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb $0xff,-16(%rbx)", { 0x80, 0x73, 0xf0, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorw %cx,%ax", { 0x66, 0x31, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorw %r9w,%si", { 0x66, 0x44, 0x31, 0xce }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorw %dx,%r14w", { 0x66, 0x41, 0x31, 0xd6 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorw (%rbx),%di", { 0x66, 0x33, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorw %r10w,8(%rbx)", { 0x66, 0x44, 0x31, 0x53, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorw $0x1234,%dx", { 0x66, 0x81, 0xf2, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorw $0x1234,%ax", { 0x66, 0x35, 0x34, 0x12 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorw $-3,%dx", { 0x66, 0x83, 0xf2, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorw $-3,%ax", { 0x66, 0x83, 0xf0, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorw $0x7fff,%r12w", { 0x66, 0x41, 0x81, 0xf4, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorw $0x7fff,-16(%rbx)", { 0x66, 0x81, 0x73, 0xf0, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorl %ecx,%eax", { 0x31, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorl %r9d,%esi", { 0x44, 0x31, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorl %edx,%r14d", { 0x41, 0x31, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorl (%rbx),%edi", { 0x33, 0x3b }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorl %r10d,8(%rbx)", { 0x44, 0x31, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorl $0x12345678,%edx", { 0x81, 0xf2, 0x78, 0x56, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorl $0x12345678,%eax", { 0x35, 0x78, 0x56, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorl $-0x80,%edx", { 0x83, 0xf2, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorl $-0x80,%eax", { 0x83, 0xf0, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorl $0x80,%r12d", { 0x41, 0x81, 0xf4, 0x80, 0x00, 0x00, 0x00 }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorl $0x7fffffff,-16(%rbx)", { 0x81, 0x73, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorq %rcx,%rax", { 0x48, 0x31, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorq %r9,%rsi", { 0x4c, 0x31, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorq %rdx,%r14", { 0x49, 0x31, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorq (%rbx),%rdi", { 0x48, 0x33, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorq %r10,8(%rbx)", { 0x4c, 0x31, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorq $-0x12345678,%rdx", { 0x48, 0x81, 0xf2, 0x88, 0xa9, 0xcb, 0xed }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorq $-0x12345678,%rax", { 0x48, 0x35, 0x88, 0xa9, 0xcb, 0xed }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorq $0x7f,%rdx", { 0x48, 0x83, 0xf2, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorq $0x7f,%rax", { 0x48, 0x83, 0xf0, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorq $-1,%r12", { 0x49, 0x83, 0xf4, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorq $0x7fffffff,-16(%rbx)", { 0x48, 0x81, 0x73, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb %ah,%ch", { 0x30, 0xe5 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "xorb %dh,%al", { 0x30, 0xf0 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined for logic ops */
	{ "cmpb %cl,%al", { 0x38, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb %r9b,%sil", { 0x44, 0x38, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb %dl,%r14b", { 0x41, 0x38, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb (%rbx),%dil", { 0x40, 0x3a, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb %r10b,8(%rbx)", { 0x44, 0x38, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb $0x5a,%dl", { 0x80, 0xfa, 0x5a }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb $0x5a,%al", { 0x3c, 0x5a }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb $0x80,%dl", { 0x80, 0xfa, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb $0x80,%al", { 0x3c, 0x80 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb $0x1,%r12b", { 0x41, 0x80, 0xfc, 0x01 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb $0xff,-16(%rbx)", { 0x80, 0x7b, 0xf0, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpw %cx,%ax", { 0x66, 0x39, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpw %r9w,%si", { 0x66, 0x44, 0x39, 0xce }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpw %dx,%r14w", { 0x66, 0x41, 0x39, 0xd6 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpw (%rbx),%di", { 0x66, 0x3b, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpw %r10w,8(%rbx)", { 0x66, 0x44, 0x39, 0x53, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpw $0x1234,%dx", { 0x66, 0x81, 0xfa, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpw $0x1234,%ax", { 0x66, 0x3d, 0x34, 0x12 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpw $-3,%dx", { 0x66, 0x83, 0xfa, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpw $-3,%ax", { 0x66, 0x83, 0xf8, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpw $0x7fff,%r12w", { 0x66, 0x41, 0x81, 0xfc, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpw $0x7fff,-16(%rbx)", { 0x66, 0x81, 0x7b, 0xf0, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpl %ecx,%eax", { 0x39, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpl %r9d,%esi", { 0x44, 0x39, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpl %edx,%r14d", { 0x41, 0x39, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpl (%rbx),%edi", { 0x3b, 0x3b }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpl %r10d,8(%rbx)", { 0x44, 0x39, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpl $0x12345678,%edx", { 0x81, 0xfa, 0x78, 0x56, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpl $0x12345678,%eax", { 0x3d, 0x78, 0x56, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpl $-0x80,%edx", { 0x83, 0xfa, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpl $-0x80,%eax", { 0x83, 0xf8, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpl $0x80,%r12d", { 0x41, 0x81, 0xfc, 0x80, 0x00, 0x00, 0x00 }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpl $0x7fffffff,-16(%rbx)", { 0x81, 0x7b, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpq %rcx,%rax", { 0x48, 0x39, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpq %r9,%rsi", { 0x4c, 0x39, 0xce }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpq %rdx,%r14", { 0x49, 0x39, 0xd6 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpq (%rbx),%rdi", { 0x48, 0x3b, 0x3b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpq %r10,8(%rbx)", { 0x4c, 0x39, 0x53, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpq $-0x12345678,%rdx", { 0x48, 0x81, 0xfa, 0x88, 0xa9, 0xcb, 0xed }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpq $-0x12345678,%rax", { 0x48, 0x3d, 0x88, 0xa9, 0xcb, 0xed }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpq $0x7f,%rdx", { 0x48, 0x83, 0xfa, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpq $0x7f,%rax", { 0x48, 0x83, 0xf8, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpq $-1,%r12", { 0x49, 0x83, 0xfc, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpq $0x7fffffff,-16(%rbx)", { 0x48, 0x81, 0x7b, 0xf0, 0xff, 0xff, 0xff, 0x7f }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb %ah,%ch", { 0x38, 0xe5 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpb %dh,%al", { 0x38, 0xf0 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "testb %cl,%al", { 0x84, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testb %r11b,(%rbx)", { 0x44, 0x84, 0x1b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testb $0x80,%al", { 0xa8, 0x80 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testb $0x5a,%sil", { 0x40, 0xf6, 0xc6, 0x5a }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testb $0x5a,4(%rbx)", { 0xf6, 0x43, 0x04, 0x5a }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "incb %dl", { 0xfe, 0xc2 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "incb %r13b", { 0x41, 0xfe, 0xc5 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "incb 3(%rbx)", { 0xfe, 0x43, 0x03 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decb %dl", { 0xfe, 0xca }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decb %r13b", { 0x41, 0xfe, 0xcd }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decb 3(%rbx)", { 0xfe, 0x4b, 0x03 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negb %dl", { 0xf6, 0xda }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negb %r13b", { 0x41, 0xf6, 0xdd }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negb 3(%rbx)", { 0xf6, 0x5b, 0x03 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notb %dl", { 0xf6, 0xd2 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notb %r13b", { 0x41, 0xf6, 0xd5 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notb 3(%rbx)", { 0xf6, 0x53, 0x03 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "testw %cx,%ax", { 0x66, 0x85, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testw %r11w,(%rbx)", { 0x66, 0x44, 0x85, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testw $-3,%ax", { 0x66, 0xa9, 0xfd, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testw $0x1234,%si", { 0x66, 0xf7, 0xc6, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testw $0x1234,4(%rbx)", { 0x66, 0xf7, 0x43, 0x04, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "incw %dx", { 0x66, 0xff, 0xc2 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "incw %r13w", { 0x66, 0x41, 0xff, 0xc5 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "incw 3(%rbx)", { 0x66, 0xff, 0x43, 0x03 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decw %dx", { 0x66, 0xff, 0xca }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decw %r13w", { 0x66, 0x41, 0xff, 0xcd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decw 3(%rbx)", { 0x66, 0xff, 0x4b, 0x03 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negw %dx", { 0x66, 0xf7, 0xda }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negw %r13w", { 0x66, 0x41, 0xf7, 0xdd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negw 3(%rbx)", { 0x66, 0xf7, 0x5b, 0x03 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notw %dx", { 0x66, 0xf7, 0xd2 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notw %r13w", { 0x66, 0x41, 0xf7, 0xd5 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notw 3(%rbx)", { 0x66, 0xf7, 0x53, 0x03 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "testl %ecx,%eax", { 0x85, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testl %r11d,(%rbx)", { 0x44, 0x85, 0x1b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testl $-0x80,%eax", { 0xa9, 0x80, 0xff, 0xff, 0xff }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testl $0x12345678,%esi", { 0xf7, 0xc6, 0x78, 0x56, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testl $0x12345678,4(%rbx)", { 0xf7, 0x43, 0x04, 0x78, 0x56, 0x34, 0x12 }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "incl %edx", { 0xff, 0xc2 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "incl %r13d", { 0x41, 0xff, 0xc5 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "incl 3(%rbx)", { 0xff, 0x43, 0x03 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decl %edx", { 0xff, 0xca }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decl %r13d", { 0x41, 0xff, 0xcd }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decl 3(%rbx)", { 0xff, 0x4b, 0x03 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negl %edx", { 0xf7, 0xda }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negl %r13d", { 0x41, 0xf7, 0xdd }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negl 3(%rbx)", { 0xf7, 0x5b, 0x03 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notl %edx", { 0xf7, 0xd2 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notl %r13d", { 0x41, 0xf7, 0xd5 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notl 3(%rbx)", { 0xf7, 0x53, 0x03 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "testq %rcx,%rax", { 0x48, 0x85, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testq %r11,(%rbx)", { 0x4c, 0x85, 0x1b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testq $0x7f,%rax", { 0x48, 0xa9, 0x7f, 0x00, 0x00, 0x00 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testq $-0x12345678,%rsi", { 0x48, 0xf7, 0xc6, 0x88, 0xa9, 0xcb, 0xed }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "testq $-0x12345678,4(%rbx)", { 0x48, 0xf7, 0x43, 0x04, 0x88, 0xa9, 0xcb, 0xed }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_AF }, /* AF undefined */
	{ "incq %rdx", { 0x48, 0xff, 0xc2 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "incq %r13", { 0x49, 0xff, 0xc5 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "incq 3(%rbx)", { 0x48, 0xff, 0x43, 0x03 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decq %rdx", { 0x48, 0xff, 0xca }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decq %r13", { 0x49, 0xff, 0xcd }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "decq 3(%rbx)", { 0x48, 0xff, 0x4b, 0x03 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negq %rdx", { 0x48, 0xf7, 0xda }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negq %r13", { 0x49, 0xf7, 0xdd }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negq 3(%rbx)", { 0x48, 0xf7, 0x5b, 0x03 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notq %rdx", { 0x48, 0xf7, 0xd2 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notq %r13", { 0x49, 0xf7, 0xd5 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "notq 3(%rbx)", { 0x48, 0xf7, 0x53, 0x03 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "incb %ah", { 0xfe, 0xc4 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "negb %ch", { 0xf6, 0xdd }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "shll $1,%eax (C1 /4 ib)", { 0xc1, 0xe0, 0x01 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF defined (count 1), AF undefined */
	{ "sall %eax (D1 /6 alias of shl)", { 0xd1, 0xf0 }, 2, FX_NONE, 32, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF defined (count 1), AF undefined */
	{ "cmc", { 0xf5 }, 1, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "clc", { 0xf8 }, 1, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "stc", { 0xf9 }, 1, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cld", { 0xfc }, 1, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "std", { 0xfd }, 1, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "lahf", { 0x9f }, 1, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sahf", { 0x9e }, 1, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
};

static const struct insn_form fam_shift[] = {
	{ "shlb %cl,%al", { 0xd2, 0xe0 }, 2, FX_SHIFT_CL, 8, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb %cl,%r11b", { 0x41, 0xd2, 0xe3 }, 3, FX_SHIFT_CL, 8, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb %cl,(%rbx)", { 0xd2, 0x23 }, 2, FX_SHIFT_CL, 8, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb %dl", { 0xd0, 0xe2 }, 2, FX_NONE, 8, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb 2(%rbx)", { 0xd0, 0x63, 0x02 }, 3, FX_NONE, 8, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $0,%sil", { 0x40, 0xc0, 0xe6, 0x00 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $1,%sil", { 0x40, 0xd0, 0xe6 }, 3, FX_NONE, 8, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $2,%sil", { 0x40, 0xc0, 0xe6, 0x02 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $3,%sil", { 0x40, 0xc0, 0xe6, 0x03 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $7,%sil", { 0x40, 0xc0, 0xe6, 0x07 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $8,%sil", { 0x40, 0xc0, 0xe6, 0x08 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $9,%sil", { 0x40, 0xc0, 0xe6, 0x09 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $15,%sil", { 0x40, 0xc0, 0xe6, 0x0f }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $16,%sil", { 0x40, 0xc0, 0xe6, 0x10 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $17,%sil", { 0x40, 0xc0, 0xe6, 0x11 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $31,%sil", { 0x40, 0xc0, 0xe6, 0x1f }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $32,%sil", { 0x40, 0xc0, 0xe6, 0x20 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $33,%sil", { 0x40, 0xc0, 0xe6, 0x21 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $63,%sil", { 0x40, 0xc0, 0xe6, 0x3f }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $64,%sil", { 0x40, 0xc0, 0xe6, 0x40 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $65,%sil", { 0x40, 0xc0, 0xe6, 0x41 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlb $5,-8(%rbx)", { 0xc0, 0x63, 0xf8, 0x05 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw %cl,%ax", { 0x66, 0xd3, 0xe0 }, 3, FX_SHIFT_CL, 16, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw %cl,%r11w", { 0x66, 0x41, 0xd3, 0xe3 }, 4, FX_SHIFT_CL, 16, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw %cl,(%rbx)", { 0x66, 0xd3, 0x23 }, 3, FX_SHIFT_CL, 16, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw %dx", { 0x66, 0xd1, 0xe2 }, 3, FX_NONE, 16, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw 2(%rbx)", { 0x66, 0xd1, 0x63, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $0,%si", { 0x66, 0xc1, 0xe6, 0x00 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $1,%si", { 0x66, 0xd1, 0xe6 }, 3, FX_NONE, 16, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $2,%si", { 0x66, 0xc1, 0xe6, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $3,%si", { 0x66, 0xc1, 0xe6, 0x03 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $7,%si", { 0x66, 0xc1, 0xe6, 0x07 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $8,%si", { 0x66, 0xc1, 0xe6, 0x08 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $9,%si", { 0x66, 0xc1, 0xe6, 0x09 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $15,%si", { 0x66, 0xc1, 0xe6, 0x0f }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $16,%si", { 0x66, 0xc1, 0xe6, 0x10 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $17,%si", { 0x66, 0xc1, 0xe6, 0x11 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $31,%si", { 0x66, 0xc1, 0xe6, 0x1f }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $32,%si", { 0x66, 0xc1, 0xe6, 0x20 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $33,%si", { 0x66, 0xc1, 0xe6, 0x21 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $63,%si", { 0x66, 0xc1, 0xe6, 0x3f }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $64,%si", { 0x66, 0xc1, 0xe6, 0x40 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $65,%si", { 0x66, 0xc1, 0xe6, 0x41 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlw $5,-8(%rbx)", { 0x66, 0xc1, 0x63, 0xf8, 0x05 }, 5, FX_NONE, 16, LN_I, DYN_SHIFT, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll %cl,%eax", { 0xd3, 0xe0 }, 2, FX_SHIFT_CL, 32, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll %cl,%r11d", { 0x41, 0xd3, 0xe3 }, 3, FX_SHIFT_CL, 32, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll %cl,(%rbx)", { 0xd3, 0x23 }, 2, FX_SHIFT_CL, 32, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll %edx", { 0xd1, 0xe2 }, 2, FX_NONE, 32, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll 2(%rbx)", { 0xd1, 0x63, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $0,%esi", { 0xc1, 0xe6, 0x00 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $1,%esi", { 0xd1, 0xe6 }, 2, FX_NONE, 32, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $2,%esi", { 0xc1, 0xe6, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $3,%esi", { 0xc1, 0xe6, 0x03 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $7,%esi", { 0xc1, 0xe6, 0x07 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $8,%esi", { 0xc1, 0xe6, 0x08 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $9,%esi", { 0xc1, 0xe6, 0x09 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $15,%esi", { 0xc1, 0xe6, 0x0f }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $16,%esi", { 0xc1, 0xe6, 0x10 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $17,%esi", { 0xc1, 0xe6, 0x11 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $31,%esi", { 0xc1, 0xe6, 0x1f }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $32,%esi", { 0xc1, 0xe6, 0x20 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $33,%esi", { 0xc1, 0xe6, 0x21 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $63,%esi", { 0xc1, 0xe6, 0x3f }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $64,%esi", { 0xc1, 0xe6, 0x40 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $65,%esi", { 0xc1, 0xe6, 0x41 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shll $5,-8(%rbx)", { 0xc1, 0x63, 0xf8, 0x05 }, 4, FX_NONE, 32, LN_I, DYN_SHIFT, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq %cl,%rax", { 0x48, 0xd3, 0xe0 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq %cl,%r11", { 0x49, 0xd3, 0xe3 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq %cl,(%rbx)", { 0x48, 0xd3, 0x23 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq %rdx", { 0x48, 0xd1, 0xe2 }, 3, FX_NONE, 64, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq 2(%rbx)", { 0x48, 0xd1, 0x63, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $0,%rsi", { 0x48, 0xc1, 0xe6, 0x00 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $1,%rsi", { 0x48, 0xd1, 0xe6 }, 3, FX_NONE, 64, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $2,%rsi", { 0x48, 0xc1, 0xe6, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $3,%rsi", { 0x48, 0xc1, 0xe6, 0x03 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $7,%rsi", { 0x48, 0xc1, 0xe6, 0x07 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $8,%rsi", { 0x48, 0xc1, 0xe6, 0x08 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $9,%rsi", { 0x48, 0xc1, 0xe6, 0x09 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $15,%rsi", { 0x48, 0xc1, 0xe6, 0x0f }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $16,%rsi", { 0x48, 0xc1, 0xe6, 0x10 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $17,%rsi", { 0x48, 0xc1, 0xe6, 0x11 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $31,%rsi", { 0x48, 0xc1, 0xe6, 0x1f }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $32,%rsi", { 0x48, 0xc1, 0xe6, 0x20 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $33,%rsi", { 0x48, 0xc1, 0xe6, 0x21 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $63,%rsi", { 0x48, 0xc1, 0xe6, 0x3f }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $64,%rsi", { 0x48, 0xc1, 0xe6, 0x40 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $65,%rsi", { 0x48, 0xc1, 0xe6, 0x41 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shlq $5,-8(%rbx)", { 0x48, 0xc1, 0x63, 0xf8, 0x05 }, 5, FX_NONE, 64, LN_I, DYN_SHIFT, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb %cl,%al", { 0xd2, 0xe8 }, 2, FX_SHIFT_CL, 8, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb %cl,%r11b", { 0x41, 0xd2, 0xeb }, 3, FX_SHIFT_CL, 8, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb %cl,(%rbx)", { 0xd2, 0x2b }, 2, FX_SHIFT_CL, 8, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb %dl", { 0xd0, 0xea }, 2, FX_NONE, 8, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb 2(%rbx)", { 0xd0, 0x6b, 0x02 }, 3, FX_NONE, 8, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $0,%sil", { 0x40, 0xc0, 0xee, 0x00 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $1,%sil", { 0x40, 0xd0, 0xee }, 3, FX_NONE, 8, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $2,%sil", { 0x40, 0xc0, 0xee, 0x02 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $3,%sil", { 0x40, 0xc0, 0xee, 0x03 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $7,%sil", { 0x40, 0xc0, 0xee, 0x07 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $8,%sil", { 0x40, 0xc0, 0xee, 0x08 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $9,%sil", { 0x40, 0xc0, 0xee, 0x09 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $15,%sil", { 0x40, 0xc0, 0xee, 0x0f }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $16,%sil", { 0x40, 0xc0, 0xee, 0x10 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $17,%sil", { 0x40, 0xc0, 0xee, 0x11 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $31,%sil", { 0x40, 0xc0, 0xee, 0x1f }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $32,%sil", { 0x40, 0xc0, 0xee, 0x20 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $33,%sil", { 0x40, 0xc0, 0xee, 0x21 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $63,%sil", { 0x40, 0xc0, 0xee, 0x3f }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $64,%sil", { 0x40, 0xc0, 0xee, 0x40 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $65,%sil", { 0x40, 0xc0, 0xee, 0x41 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrb $5,-8(%rbx)", { 0xc0, 0x6b, 0xf8, 0x05 }, 4, FX_NONE, 8, LN_I, DYN_SHIFT, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw %cl,%ax", { 0x66, 0xd3, 0xe8 }, 3, FX_SHIFT_CL, 16, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw %cl,%r11w", { 0x66, 0x41, 0xd3, 0xeb }, 4, FX_SHIFT_CL, 16, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw %cl,(%rbx)", { 0x66, 0xd3, 0x2b }, 3, FX_SHIFT_CL, 16, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw %dx", { 0x66, 0xd1, 0xea }, 3, FX_NONE, 16, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw 2(%rbx)", { 0x66, 0xd1, 0x6b, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $0,%si", { 0x66, 0xc1, 0xee, 0x00 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $1,%si", { 0x66, 0xd1, 0xee }, 3, FX_NONE, 16, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $2,%si", { 0x66, 0xc1, 0xee, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $3,%si", { 0x66, 0xc1, 0xee, 0x03 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $7,%si", { 0x66, 0xc1, 0xee, 0x07 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $8,%si", { 0x66, 0xc1, 0xee, 0x08 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $9,%si", { 0x66, 0xc1, 0xee, 0x09 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $15,%si", { 0x66, 0xc1, 0xee, 0x0f }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $16,%si", { 0x66, 0xc1, 0xee, 0x10 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $17,%si", { 0x66, 0xc1, 0xee, 0x11 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $31,%si", { 0x66, 0xc1, 0xee, 0x1f }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $32,%si", { 0x66, 0xc1, 0xee, 0x20 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $33,%si", { 0x66, 0xc1, 0xee, 0x21 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $63,%si", { 0x66, 0xc1, 0xee, 0x3f }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $64,%si", { 0x66, 0xc1, 0xee, 0x40 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $65,%si", { 0x66, 0xc1, 0xee, 0x41 }, 4, FX_NONE, 16, LN_I, DYN_SHIFT, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrw $5,-8(%rbx)", { 0x66, 0xc1, 0x6b, 0xf8, 0x05 }, 5, FX_NONE, 16, LN_I, DYN_SHIFT, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl %cl,%eax", { 0xd3, 0xe8 }, 2, FX_SHIFT_CL, 32, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl %cl,%r11d", { 0x41, 0xd3, 0xeb }, 3, FX_SHIFT_CL, 32, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl %cl,(%rbx)", { 0xd3, 0x2b }, 2, FX_SHIFT_CL, 32, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl %edx", { 0xd1, 0xea }, 2, FX_NONE, 32, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl 2(%rbx)", { 0xd1, 0x6b, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $0,%esi", { 0xc1, 0xee, 0x00 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $1,%esi", { 0xd1, 0xee }, 2, FX_NONE, 32, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $2,%esi", { 0xc1, 0xee, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $3,%esi", { 0xc1, 0xee, 0x03 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $7,%esi", { 0xc1, 0xee, 0x07 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $8,%esi", { 0xc1, 0xee, 0x08 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $9,%esi", { 0xc1, 0xee, 0x09 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $15,%esi", { 0xc1, 0xee, 0x0f }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $16,%esi", { 0xc1, 0xee, 0x10 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $17,%esi", { 0xc1, 0xee, 0x11 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $31,%esi", { 0xc1, 0xee, 0x1f }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $32,%esi", { 0xc1, 0xee, 0x20 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $33,%esi", { 0xc1, 0xee, 0x21 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $63,%esi", { 0xc1, 0xee, 0x3f }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $64,%esi", { 0xc1, 0xee, 0x40 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $65,%esi", { 0xc1, 0xee, 0x41 }, 3, FX_NONE, 32, LN_I, DYN_SHIFT, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrl $5,-8(%rbx)", { 0xc1, 0x6b, 0xf8, 0x05 }, 4, FX_NONE, 32, LN_I, DYN_SHIFT, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq %cl,%rax", { 0x48, 0xd3, 0xe8 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq %cl,%r11", { 0x49, 0xd3, 0xeb }, 3, FX_SHIFT_CL, 64, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq %cl,(%rbx)", { 0x48, 0xd3, 0x2b }, 3, FX_SHIFT_CL, 64, LN_I, DYN_SHIFT, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq %rdx", { 0x48, 0xd1, 0xea }, 3, FX_NONE, 64, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq 2(%rbx)", { 0x48, 0xd1, 0x6b, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $0,%rsi", { 0x48, 0xc1, 0xee, 0x00 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $1,%rsi", { 0x48, 0xd1, 0xee }, 3, FX_NONE, 64, LN_I, DYN_SHIFT, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $2,%rsi", { 0x48, 0xc1, 0xee, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $3,%rsi", { 0x48, 0xc1, 0xee, 0x03 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $7,%rsi", { 0x48, 0xc1, 0xee, 0x07 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $8,%rsi", { 0x48, 0xc1, 0xee, 0x08 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $9,%rsi", { 0x48, 0xc1, 0xee, 0x09 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $15,%rsi", { 0x48, 0xc1, 0xee, 0x0f }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $16,%rsi", { 0x48, 0xc1, 0xee, 0x10 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $17,%rsi", { 0x48, 0xc1, 0xee, 0x11 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $31,%rsi", { 0x48, 0xc1, 0xee, 0x1f }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $32,%rsi", { 0x48, 0xc1, 0xee, 0x20 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $33,%rsi", { 0x48, 0xc1, 0xee, 0x21 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $63,%rsi", { 0x48, 0xc1, 0xee, 0x3f }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $64,%rsi", { 0x48, 0xc1, 0xee, 0x40 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $65,%rsi", { 0x48, 0xc1, 0xee, 0x41 }, 4, FX_NONE, 64, LN_I, DYN_SHIFT, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "shrq $5,-8(%rbx)", { 0x48, 0xc1, 0x6b, 0xf8, 0x05 }, 5, FX_NONE, 64, LN_I, DYN_SHIFT, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0, CF if count >= size */
	{ "sarb %cl,%al", { 0xd2, 0xf8 }, 2, FX_SHIFT_CL, 8, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb %cl,%r11b", { 0x41, 0xd2, 0xfb }, 3, FX_SHIFT_CL, 8, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb %cl,(%rbx)", { 0xd2, 0x3b }, 2, FX_SHIFT_CL, 8, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb %dl", { 0xd0, 0xfa }, 2, FX_NONE, 8, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb 2(%rbx)", { 0xd0, 0x7b, 0x02 }, 3, FX_NONE, 8, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $0,%sil", { 0x40, 0xc0, 0xfe, 0x00 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $1,%sil", { 0x40, 0xd0, 0xfe }, 3, FX_NONE, 8, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $2,%sil", { 0x40, 0xc0, 0xfe, 0x02 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $3,%sil", { 0x40, 0xc0, 0xfe, 0x03 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $7,%sil", { 0x40, 0xc0, 0xfe, 0x07 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $8,%sil", { 0x40, 0xc0, 0xfe, 0x08 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $9,%sil", { 0x40, 0xc0, 0xfe, 0x09 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $15,%sil", { 0x40, 0xc0, 0xfe, 0x0f }, 4, FX_NONE, 8, LN_I, DYN_SAR, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $16,%sil", { 0x40, 0xc0, 0xfe, 0x10 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $17,%sil", { 0x40, 0xc0, 0xfe, 0x11 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $31,%sil", { 0x40, 0xc0, 0xfe, 0x1f }, 4, FX_NONE, 8, LN_I, DYN_SAR, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $32,%sil", { 0x40, 0xc0, 0xfe, 0x20 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $33,%sil", { 0x40, 0xc0, 0xfe, 0x21 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $63,%sil", { 0x40, 0xc0, 0xfe, 0x3f }, 4, FX_NONE, 8, LN_I, DYN_SAR, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $64,%sil", { 0x40, 0xc0, 0xfe, 0x40 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $65,%sil", { 0x40, 0xc0, 0xfe, 0x41 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarb $5,-8(%rbx)", { 0xc0, 0x7b, 0xf8, 0x05 }, 4, FX_NONE, 8, LN_I, DYN_SAR, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw %cl,%ax", { 0x66, 0xd3, 0xf8 }, 3, FX_SHIFT_CL, 16, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw %cl,%r11w", { 0x66, 0x41, 0xd3, 0xfb }, 4, FX_SHIFT_CL, 16, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw %cl,(%rbx)", { 0x66, 0xd3, 0x3b }, 3, FX_SHIFT_CL, 16, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw %dx", { 0x66, 0xd1, 0xfa }, 3, FX_NONE, 16, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw 2(%rbx)", { 0x66, 0xd1, 0x7b, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $0,%si", { 0x66, 0xc1, 0xfe, 0x00 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $1,%si", { 0x66, 0xd1, 0xfe }, 3, FX_NONE, 16, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $2,%si", { 0x66, 0xc1, 0xfe, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $3,%si", { 0x66, 0xc1, 0xfe, 0x03 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $7,%si", { 0x66, 0xc1, 0xfe, 0x07 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $8,%si", { 0x66, 0xc1, 0xfe, 0x08 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $9,%si", { 0x66, 0xc1, 0xfe, 0x09 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $15,%si", { 0x66, 0xc1, 0xfe, 0x0f }, 4, FX_NONE, 16, LN_I, DYN_SAR, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $16,%si", { 0x66, 0xc1, 0xfe, 0x10 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $17,%si", { 0x66, 0xc1, 0xfe, 0x11 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $31,%si", { 0x66, 0xc1, 0xfe, 0x1f }, 4, FX_NONE, 16, LN_I, DYN_SAR, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $32,%si", { 0x66, 0xc1, 0xfe, 0x20 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $33,%si", { 0x66, 0xc1, 0xfe, 0x21 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $63,%si", { 0x66, 0xc1, 0xfe, 0x3f }, 4, FX_NONE, 16, LN_I, DYN_SAR, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $64,%si", { 0x66, 0xc1, 0xfe, 0x40 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $65,%si", { 0x66, 0xc1, 0xfe, 0x41 }, 4, FX_NONE, 16, LN_I, DYN_SAR, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarw $5,-8(%rbx)", { 0x66, 0xc1, 0x7b, 0xf8, 0x05 }, 5, FX_NONE, 16, LN_I, DYN_SAR, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl %cl,%eax", { 0xd3, 0xf8 }, 2, FX_SHIFT_CL, 32, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl %cl,%r11d", { 0x41, 0xd3, 0xfb }, 3, FX_SHIFT_CL, 32, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl %cl,(%rbx)", { 0xd3, 0x3b }, 2, FX_SHIFT_CL, 32, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl %edx", { 0xd1, 0xfa }, 2, FX_NONE, 32, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl 2(%rbx)", { 0xd1, 0x7b, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $0,%esi", { 0xc1, 0xfe, 0x00 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $1,%esi", { 0xd1, 0xfe }, 2, FX_NONE, 32, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $2,%esi", { 0xc1, 0xfe, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $3,%esi", { 0xc1, 0xfe, 0x03 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $7,%esi", { 0xc1, 0xfe, 0x07 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $8,%esi", { 0xc1, 0xfe, 0x08 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $9,%esi", { 0xc1, 0xfe, 0x09 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $15,%esi", { 0xc1, 0xfe, 0x0f }, 3, FX_NONE, 32, LN_I, DYN_SAR, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $16,%esi", { 0xc1, 0xfe, 0x10 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $17,%esi", { 0xc1, 0xfe, 0x11 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $31,%esi", { 0xc1, 0xfe, 0x1f }, 3, FX_NONE, 32, LN_I, DYN_SAR, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $32,%esi", { 0xc1, 0xfe, 0x20 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $33,%esi", { 0xc1, 0xfe, 0x21 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $63,%esi", { 0xc1, 0xfe, 0x3f }, 3, FX_NONE, 32, LN_I, DYN_SAR, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $64,%esi", { 0xc1, 0xfe, 0x40 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $65,%esi", { 0xc1, 0xfe, 0x41 }, 3, FX_NONE, 32, LN_I, DYN_SAR, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarl $5,-8(%rbx)", { 0xc1, 0x7b, 0xf8, 0x05 }, 4, FX_NONE, 32, LN_I, DYN_SAR, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq %cl,%rax", { 0x48, 0xd3, 0xf8 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq %cl,%r11", { 0x49, 0xd3, 0xfb }, 3, FX_SHIFT_CL, 64, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq %cl,(%rbx)", { 0x48, 0xd3, 0x3b }, 3, FX_SHIFT_CL, 64, LN_I, DYN_SAR, -1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq %rdx", { 0x48, 0xd1, 0xfa }, 3, FX_NONE, 64, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq 2(%rbx)", { 0x48, 0xd1, 0x7b, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $0,%rsi", { 0x48, 0xc1, 0xfe, 0x00 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 0, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $1,%rsi", { 0x48, 0xd1, 0xfe }, 3, FX_NONE, 64, LN_I, DYN_SAR, 1, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $2,%rsi", { 0x48, 0xc1, 0xfe, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 2, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $3,%rsi", { 0x48, 0xc1, 0xfe, 0x03 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 3, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $7,%rsi", { 0x48, 0xc1, 0xfe, 0x07 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 7, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $8,%rsi", { 0x48, 0xc1, 0xfe, 0x08 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 8, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $9,%rsi", { 0x48, 0xc1, 0xfe, 0x09 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 9, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $15,%rsi", { 0x48, 0xc1, 0xfe, 0x0f }, 4, FX_NONE, 64, LN_I, DYN_SAR, 15, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $16,%rsi", { 0x48, 0xc1, 0xfe, 0x10 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 16, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $17,%rsi", { 0x48, 0xc1, 0xfe, 0x11 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 17, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $31,%rsi", { 0x48, 0xc1, 0xfe, 0x1f }, 4, FX_NONE, 64, LN_I, DYN_SAR, 31, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $32,%rsi", { 0x48, 0xc1, 0xfe, 0x20 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 32, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $33,%rsi", { 0x48, 0xc1, 0xfe, 0x21 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 33, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $63,%rsi", { 0x48, 0xc1, 0xfe, 0x3f }, 4, FX_NONE, 64, LN_I, DYN_SAR, 63, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $64,%rsi", { 0x48, 0xc1, 0xfe, 0x40 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 64, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $65,%rsi", { 0x48, 0xc1, 0xfe, 0x41 }, 4, FX_NONE, 64, LN_I, DYN_SAR, 65, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "sarq $5,-8(%rbx)", { 0x48, 0xc1, 0x7b, 0xf8, 0x05 }, 5, FX_NONE, 64, LN_I, DYN_SAR, 5, -1, 0 }, /* OF undefined if count>1, AF if count!=0 */
	{ "rolb %cl,%al", { 0xd2, 0xc0 }, 2, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb %cl,%r11b", { 0x41, 0xd2, 0xc3 }, 3, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb %cl,(%rbx)", { 0xd2, 0x03 }, 2, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb %dl", { 0xd0, 0xc2 }, 2, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb 2(%rbx)", { 0xd0, 0x43, 0x02 }, 3, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $0,%sil", { 0x40, 0xc0, 0xc6, 0x00 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $1,%sil", { 0x40, 0xd0, 0xc6 }, 3, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $2,%sil", { 0x40, 0xc0, 0xc6, 0x02 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $3,%sil", { 0x40, 0xc0, 0xc6, 0x03 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $7,%sil", { 0x40, 0xc0, 0xc6, 0x07 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $8,%sil", { 0x40, 0xc0, 0xc6, 0x08 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $9,%sil", { 0x40, 0xc0, 0xc6, 0x09 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $15,%sil", { 0x40, 0xc0, 0xc6, 0x0f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $16,%sil", { 0x40, 0xc0, 0xc6, 0x10 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $17,%sil", { 0x40, 0xc0, 0xc6, 0x11 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $31,%sil", { 0x40, 0xc0, 0xc6, 0x1f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $32,%sil", { 0x40, 0xc0, 0xc6, 0x20 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $33,%sil", { 0x40, 0xc0, 0xc6, 0x21 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $63,%sil", { 0x40, 0xc0, 0xc6, 0x3f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $64,%sil", { 0x40, 0xc0, 0xc6, 0x40 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $65,%sil", { 0x40, 0xc0, 0xc6, 0x41 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolb $5,-8(%rbx)", { 0xc0, 0x43, 0xf8, 0x05 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw %cl,%ax", { 0x66, 0xd3, 0xc0 }, 3, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw %cl,%r11w", { 0x66, 0x41, 0xd3, 0xc3 }, 4, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw %cl,(%rbx)", { 0x66, 0xd3, 0x03 }, 3, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw %dx", { 0x66, 0xd1, 0xc2 }, 3, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw 2(%rbx)", { 0x66, 0xd1, 0x43, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $0,%si", { 0x66, 0xc1, 0xc6, 0x00 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $1,%si", { 0x66, 0xd1, 0xc6 }, 3, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $2,%si", { 0x66, 0xc1, 0xc6, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $3,%si", { 0x66, 0xc1, 0xc6, 0x03 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $7,%si", { 0x66, 0xc1, 0xc6, 0x07 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $8,%si", { 0x66, 0xc1, 0xc6, 0x08 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $9,%si", { 0x66, 0xc1, 0xc6, 0x09 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $15,%si", { 0x66, 0xc1, 0xc6, 0x0f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $16,%si", { 0x66, 0xc1, 0xc6, 0x10 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $17,%si", { 0x66, 0xc1, 0xc6, 0x11 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $31,%si", { 0x66, 0xc1, 0xc6, 0x1f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $32,%si", { 0x66, 0xc1, 0xc6, 0x20 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $33,%si", { 0x66, 0xc1, 0xc6, 0x21 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $63,%si", { 0x66, 0xc1, 0xc6, 0x3f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $64,%si", { 0x66, 0xc1, 0xc6, 0x40 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $65,%si", { 0x66, 0xc1, 0xc6, 0x41 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolw $5,-8(%rbx)", { 0x66, 0xc1, 0x43, 0xf8, 0x05 }, 5, FX_NONE, 16, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll %cl,%eax", { 0xd3, 0xc0 }, 2, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll %cl,%r11d", { 0x41, 0xd3, 0xc3 }, 3, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll %cl,(%rbx)", { 0xd3, 0x03 }, 2, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll %edx", { 0xd1, 0xc2 }, 2, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll 2(%rbx)", { 0xd1, 0x43, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $0,%esi", { 0xc1, 0xc6, 0x00 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $1,%esi", { 0xd1, 0xc6 }, 2, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $2,%esi", { 0xc1, 0xc6, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $3,%esi", { 0xc1, 0xc6, 0x03 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $7,%esi", { 0xc1, 0xc6, 0x07 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $8,%esi", { 0xc1, 0xc6, 0x08 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $9,%esi", { 0xc1, 0xc6, 0x09 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $15,%esi", { 0xc1, 0xc6, 0x0f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $16,%esi", { 0xc1, 0xc6, 0x10 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $17,%esi", { 0xc1, 0xc6, 0x11 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $31,%esi", { 0xc1, 0xc6, 0x1f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $32,%esi", { 0xc1, 0xc6, 0x20 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $33,%esi", { 0xc1, 0xc6, 0x21 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $63,%esi", { 0xc1, 0xc6, 0x3f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $64,%esi", { 0xc1, 0xc6, 0x40 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $65,%esi", { 0xc1, 0xc6, 0x41 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "roll $5,-8(%rbx)", { 0xc1, 0x43, 0xf8, 0x05 }, 4, FX_NONE, 32, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq %cl,%rax", { 0x48, 0xd3, 0xc0 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq %cl,%r11", { 0x49, 0xd3, 0xc3 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq %cl,(%rbx)", { 0x48, 0xd3, 0x03 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq %rdx", { 0x48, 0xd1, 0xc2 }, 3, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq 2(%rbx)", { 0x48, 0xd1, 0x43, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $0,%rsi", { 0x48, 0xc1, 0xc6, 0x00 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $1,%rsi", { 0x48, 0xd1, 0xc6 }, 3, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $2,%rsi", { 0x48, 0xc1, 0xc6, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $3,%rsi", { 0x48, 0xc1, 0xc6, 0x03 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $7,%rsi", { 0x48, 0xc1, 0xc6, 0x07 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $8,%rsi", { 0x48, 0xc1, 0xc6, 0x08 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $9,%rsi", { 0x48, 0xc1, 0xc6, 0x09 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $15,%rsi", { 0x48, 0xc1, 0xc6, 0x0f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $16,%rsi", { 0x48, 0xc1, 0xc6, 0x10 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $17,%rsi", { 0x48, 0xc1, 0xc6, 0x11 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $31,%rsi", { 0x48, 0xc1, 0xc6, 0x1f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $32,%rsi", { 0x48, 0xc1, 0xc6, 0x20 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $33,%rsi", { 0x48, 0xc1, 0xc6, 0x21 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $63,%rsi", { 0x48, 0xc1, 0xc6, 0x3f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $64,%rsi", { 0x48, 0xc1, 0xc6, 0x40 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $65,%rsi", { 0x48, 0xc1, 0xc6, 0x41 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rolq $5,-8(%rbx)", { 0x48, 0xc1, 0x43, 0xf8, 0x05 }, 5, FX_NONE, 64, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb %cl,%al", { 0xd2, 0xc8 }, 2, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb %cl,%r11b", { 0x41, 0xd2, 0xcb }, 3, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb %cl,(%rbx)", { 0xd2, 0x0b }, 2, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb %dl", { 0xd0, 0xca }, 2, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb 2(%rbx)", { 0xd0, 0x4b, 0x02 }, 3, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $0,%sil", { 0x40, 0xc0, 0xce, 0x00 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $1,%sil", { 0x40, 0xd0, 0xce }, 3, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $2,%sil", { 0x40, 0xc0, 0xce, 0x02 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $3,%sil", { 0x40, 0xc0, 0xce, 0x03 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $7,%sil", { 0x40, 0xc0, 0xce, 0x07 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $8,%sil", { 0x40, 0xc0, 0xce, 0x08 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $9,%sil", { 0x40, 0xc0, 0xce, 0x09 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $15,%sil", { 0x40, 0xc0, 0xce, 0x0f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $16,%sil", { 0x40, 0xc0, 0xce, 0x10 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $17,%sil", { 0x40, 0xc0, 0xce, 0x11 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $31,%sil", { 0x40, 0xc0, 0xce, 0x1f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $32,%sil", { 0x40, 0xc0, 0xce, 0x20 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $33,%sil", { 0x40, 0xc0, 0xce, 0x21 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $63,%sil", { 0x40, 0xc0, 0xce, 0x3f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $64,%sil", { 0x40, 0xc0, 0xce, 0x40 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $65,%sil", { 0x40, 0xc0, 0xce, 0x41 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorb $5,-8(%rbx)", { 0xc0, 0x4b, 0xf8, 0x05 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw %cl,%ax", { 0x66, 0xd3, 0xc8 }, 3, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw %cl,%r11w", { 0x66, 0x41, 0xd3, 0xcb }, 4, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw %cl,(%rbx)", { 0x66, 0xd3, 0x0b }, 3, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw %dx", { 0x66, 0xd1, 0xca }, 3, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw 2(%rbx)", { 0x66, 0xd1, 0x4b, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $0,%si", { 0x66, 0xc1, 0xce, 0x00 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $1,%si", { 0x66, 0xd1, 0xce }, 3, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $2,%si", { 0x66, 0xc1, 0xce, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $3,%si", { 0x66, 0xc1, 0xce, 0x03 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $7,%si", { 0x66, 0xc1, 0xce, 0x07 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $8,%si", { 0x66, 0xc1, 0xce, 0x08 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $9,%si", { 0x66, 0xc1, 0xce, 0x09 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $15,%si", { 0x66, 0xc1, 0xce, 0x0f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $16,%si", { 0x66, 0xc1, 0xce, 0x10 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $17,%si", { 0x66, 0xc1, 0xce, 0x11 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $31,%si", { 0x66, 0xc1, 0xce, 0x1f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $32,%si", { 0x66, 0xc1, 0xce, 0x20 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $33,%si", { 0x66, 0xc1, 0xce, 0x21 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $63,%si", { 0x66, 0xc1, 0xce, 0x3f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $64,%si", { 0x66, 0xc1, 0xce, 0x40 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $65,%si", { 0x66, 0xc1, 0xce, 0x41 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorw $5,-8(%rbx)", { 0x66, 0xc1, 0x4b, 0xf8, 0x05 }, 5, FX_NONE, 16, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl %cl,%eax", { 0xd3, 0xc8 }, 2, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl %cl,%r11d", { 0x41, 0xd3, 0xcb }, 3, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl %cl,(%rbx)", { 0xd3, 0x0b }, 2, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl %edx", { 0xd1, 0xca }, 2, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl 2(%rbx)", { 0xd1, 0x4b, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $0,%esi", { 0xc1, 0xce, 0x00 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $1,%esi", { 0xd1, 0xce }, 2, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $2,%esi", { 0xc1, 0xce, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $3,%esi", { 0xc1, 0xce, 0x03 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $7,%esi", { 0xc1, 0xce, 0x07 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $8,%esi", { 0xc1, 0xce, 0x08 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $9,%esi", { 0xc1, 0xce, 0x09 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $15,%esi", { 0xc1, 0xce, 0x0f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $16,%esi", { 0xc1, 0xce, 0x10 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $17,%esi", { 0xc1, 0xce, 0x11 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $31,%esi", { 0xc1, 0xce, 0x1f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $32,%esi", { 0xc1, 0xce, 0x20 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $33,%esi", { 0xc1, 0xce, 0x21 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $63,%esi", { 0xc1, 0xce, 0x3f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $64,%esi", { 0xc1, 0xce, 0x40 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $65,%esi", { 0xc1, 0xce, 0x41 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorl $5,-8(%rbx)", { 0xc1, 0x4b, 0xf8, 0x05 }, 4, FX_NONE, 32, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq %cl,%rax", { 0x48, 0xd3, 0xc8 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq %cl,%r11", { 0x49, 0xd3, 0xcb }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq %cl,(%rbx)", { 0x48, 0xd3, 0x0b }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq %rdx", { 0x48, 0xd1, 0xca }, 3, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq 2(%rbx)", { 0x48, 0xd1, 0x4b, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $0,%rsi", { 0x48, 0xc1, 0xce, 0x00 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $1,%rsi", { 0x48, 0xd1, 0xce }, 3, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $2,%rsi", { 0x48, 0xc1, 0xce, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $3,%rsi", { 0x48, 0xc1, 0xce, 0x03 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $7,%rsi", { 0x48, 0xc1, 0xce, 0x07 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $8,%rsi", { 0x48, 0xc1, 0xce, 0x08 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $9,%rsi", { 0x48, 0xc1, 0xce, 0x09 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $15,%rsi", { 0x48, 0xc1, 0xce, 0x0f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $16,%rsi", { 0x48, 0xc1, 0xce, 0x10 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $17,%rsi", { 0x48, 0xc1, 0xce, 0x11 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $31,%rsi", { 0x48, 0xc1, 0xce, 0x1f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $32,%rsi", { 0x48, 0xc1, 0xce, 0x20 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $33,%rsi", { 0x48, 0xc1, 0xce, 0x21 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $63,%rsi", { 0x48, 0xc1, 0xce, 0x3f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $64,%rsi", { 0x48, 0xc1, 0xce, 0x40 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $65,%rsi", { 0x48, 0xc1, 0xce, 0x41 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rorq $5,-8(%rbx)", { 0x48, 0xc1, 0x4b, 0xf8, 0x05 }, 5, FX_NONE, 64, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb %cl,%al", { 0xd2, 0xd0 }, 2, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb %cl,%r11b", { 0x41, 0xd2, 0xd3 }, 3, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb %cl,(%rbx)", { 0xd2, 0x13 }, 2, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb %dl", { 0xd0, 0xd2 }, 2, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb 2(%rbx)", { 0xd0, 0x53, 0x02 }, 3, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $0,%sil", { 0x40, 0xc0, 0xd6, 0x00 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $1,%sil", { 0x40, 0xd0, 0xd6 }, 3, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $2,%sil", { 0x40, 0xc0, 0xd6, 0x02 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $3,%sil", { 0x40, 0xc0, 0xd6, 0x03 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $7,%sil", { 0x40, 0xc0, 0xd6, 0x07 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $8,%sil", { 0x40, 0xc0, 0xd6, 0x08 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $9,%sil", { 0x40, 0xc0, 0xd6, 0x09 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $15,%sil", { 0x40, 0xc0, 0xd6, 0x0f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $16,%sil", { 0x40, 0xc0, 0xd6, 0x10 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $17,%sil", { 0x40, 0xc0, 0xd6, 0x11 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $31,%sil", { 0x40, 0xc0, 0xd6, 0x1f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $32,%sil", { 0x40, 0xc0, 0xd6, 0x20 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $33,%sil", { 0x40, 0xc0, 0xd6, 0x21 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $63,%sil", { 0x40, 0xc0, 0xd6, 0x3f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $64,%sil", { 0x40, 0xc0, 0xd6, 0x40 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $65,%sil", { 0x40, 0xc0, 0xd6, 0x41 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclb $5,-8(%rbx)", { 0xc0, 0x53, 0xf8, 0x05 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw %cl,%ax", { 0x66, 0xd3, 0xd0 }, 3, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw %cl,%r11w", { 0x66, 0x41, 0xd3, 0xd3 }, 4, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw %cl,(%rbx)", { 0x66, 0xd3, 0x13 }, 3, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw %dx", { 0x66, 0xd1, 0xd2 }, 3, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw 2(%rbx)", { 0x66, 0xd1, 0x53, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $0,%si", { 0x66, 0xc1, 0xd6, 0x00 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $1,%si", { 0x66, 0xd1, 0xd6 }, 3, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $2,%si", { 0x66, 0xc1, 0xd6, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $3,%si", { 0x66, 0xc1, 0xd6, 0x03 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $7,%si", { 0x66, 0xc1, 0xd6, 0x07 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $8,%si", { 0x66, 0xc1, 0xd6, 0x08 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $9,%si", { 0x66, 0xc1, 0xd6, 0x09 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $15,%si", { 0x66, 0xc1, 0xd6, 0x0f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $16,%si", { 0x66, 0xc1, 0xd6, 0x10 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $17,%si", { 0x66, 0xc1, 0xd6, 0x11 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $31,%si", { 0x66, 0xc1, 0xd6, 0x1f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $32,%si", { 0x66, 0xc1, 0xd6, 0x20 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $33,%si", { 0x66, 0xc1, 0xd6, 0x21 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $63,%si", { 0x66, 0xc1, 0xd6, 0x3f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $64,%si", { 0x66, 0xc1, 0xd6, 0x40 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $65,%si", { 0x66, 0xc1, 0xd6, 0x41 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclw $5,-8(%rbx)", { 0x66, 0xc1, 0x53, 0xf8, 0x05 }, 5, FX_NONE, 16, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll %cl,%eax", { 0xd3, 0xd0 }, 2, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll %cl,%r11d", { 0x41, 0xd3, 0xd3 }, 3, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll %cl,(%rbx)", { 0xd3, 0x13 }, 2, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll %edx", { 0xd1, 0xd2 }, 2, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll 2(%rbx)", { 0xd1, 0x53, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $0,%esi", { 0xc1, 0xd6, 0x00 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $1,%esi", { 0xd1, 0xd6 }, 2, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $2,%esi", { 0xc1, 0xd6, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $3,%esi", { 0xc1, 0xd6, 0x03 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $7,%esi", { 0xc1, 0xd6, 0x07 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $8,%esi", { 0xc1, 0xd6, 0x08 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $9,%esi", { 0xc1, 0xd6, 0x09 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $15,%esi", { 0xc1, 0xd6, 0x0f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $16,%esi", { 0xc1, 0xd6, 0x10 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $17,%esi", { 0xc1, 0xd6, 0x11 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $31,%esi", { 0xc1, 0xd6, 0x1f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $32,%esi", { 0xc1, 0xd6, 0x20 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $33,%esi", { 0xc1, 0xd6, 0x21 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $63,%esi", { 0xc1, 0xd6, 0x3f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $64,%esi", { 0xc1, 0xd6, 0x40 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $65,%esi", { 0xc1, 0xd6, 0x41 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcll $5,-8(%rbx)", { 0xc1, 0x53, 0xf8, 0x05 }, 4, FX_NONE, 32, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq %cl,%rax", { 0x48, 0xd3, 0xd0 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq %cl,%r11", { 0x49, 0xd3, 0xd3 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq %cl,(%rbx)", { 0x48, 0xd3, 0x13 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq %rdx", { 0x48, 0xd1, 0xd2 }, 3, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq 2(%rbx)", { 0x48, 0xd1, 0x53, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $0,%rsi", { 0x48, 0xc1, 0xd6, 0x00 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $1,%rsi", { 0x48, 0xd1, 0xd6 }, 3, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $2,%rsi", { 0x48, 0xc1, 0xd6, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $3,%rsi", { 0x48, 0xc1, 0xd6, 0x03 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $7,%rsi", { 0x48, 0xc1, 0xd6, 0x07 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $8,%rsi", { 0x48, 0xc1, 0xd6, 0x08 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $9,%rsi", { 0x48, 0xc1, 0xd6, 0x09 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $15,%rsi", { 0x48, 0xc1, 0xd6, 0x0f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $16,%rsi", { 0x48, 0xc1, 0xd6, 0x10 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $17,%rsi", { 0x48, 0xc1, 0xd6, 0x11 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $31,%rsi", { 0x48, 0xc1, 0xd6, 0x1f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $32,%rsi", { 0x48, 0xc1, 0xd6, 0x20 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $33,%rsi", { 0x48, 0xc1, 0xd6, 0x21 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $63,%rsi", { 0x48, 0xc1, 0xd6, 0x3f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $64,%rsi", { 0x48, 0xc1, 0xd6, 0x40 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $65,%rsi", { 0x48, 0xc1, 0xd6, 0x41 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rclq $5,-8(%rbx)", { 0x48, 0xc1, 0x53, 0xf8, 0x05 }, 5, FX_NONE, 64, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb %cl,%al", { 0xd2, 0xd8 }, 2, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb %cl,%r11b", { 0x41, 0xd2, 0xdb }, 3, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb %cl,(%rbx)", { 0xd2, 0x1b }, 2, FX_SHIFT_CL, 8, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb %dl", { 0xd0, 0xda }, 2, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb 2(%rbx)", { 0xd0, 0x5b, 0x02 }, 3, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $0,%sil", { 0x40, 0xc0, 0xde, 0x00 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $1,%sil", { 0x40, 0xd0, 0xde }, 3, FX_NONE, 8, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $2,%sil", { 0x40, 0xc0, 0xde, 0x02 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $3,%sil", { 0x40, 0xc0, 0xde, 0x03 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $7,%sil", { 0x40, 0xc0, 0xde, 0x07 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $8,%sil", { 0x40, 0xc0, 0xde, 0x08 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $9,%sil", { 0x40, 0xc0, 0xde, 0x09 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $15,%sil", { 0x40, 0xc0, 0xde, 0x0f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $16,%sil", { 0x40, 0xc0, 0xde, 0x10 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $17,%sil", { 0x40, 0xc0, 0xde, 0x11 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $31,%sil", { 0x40, 0xc0, 0xde, 0x1f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $32,%sil", { 0x40, 0xc0, 0xde, 0x20 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $33,%sil", { 0x40, 0xc0, 0xde, 0x21 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $63,%sil", { 0x40, 0xc0, 0xde, 0x3f }, 4, FX_NONE, 8, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $64,%sil", { 0x40, 0xc0, 0xde, 0x40 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $65,%sil", { 0x40, 0xc0, 0xde, 0x41 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrb $5,-8(%rbx)", { 0xc0, 0x5b, 0xf8, 0x05 }, 4, FX_NONE, 8, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw %cl,%ax", { 0x66, 0xd3, 0xd8 }, 3, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw %cl,%r11w", { 0x66, 0x41, 0xd3, 0xdb }, 4, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw %cl,(%rbx)", { 0x66, 0xd3, 0x1b }, 3, FX_SHIFT_CL, 16, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw %dx", { 0x66, 0xd1, 0xda }, 3, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw 2(%rbx)", { 0x66, 0xd1, 0x5b, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $0,%si", { 0x66, 0xc1, 0xde, 0x00 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $1,%si", { 0x66, 0xd1, 0xde }, 3, FX_NONE, 16, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $2,%si", { 0x66, 0xc1, 0xde, 0x02 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $3,%si", { 0x66, 0xc1, 0xde, 0x03 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $7,%si", { 0x66, 0xc1, 0xde, 0x07 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $8,%si", { 0x66, 0xc1, 0xde, 0x08 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $9,%si", { 0x66, 0xc1, 0xde, 0x09 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $15,%si", { 0x66, 0xc1, 0xde, 0x0f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $16,%si", { 0x66, 0xc1, 0xde, 0x10 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $17,%si", { 0x66, 0xc1, 0xde, 0x11 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $31,%si", { 0x66, 0xc1, 0xde, 0x1f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $32,%si", { 0x66, 0xc1, 0xde, 0x20 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $33,%si", { 0x66, 0xc1, 0xde, 0x21 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $63,%si", { 0x66, 0xc1, 0xde, 0x3f }, 4, FX_NONE, 16, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $64,%si", { 0x66, 0xc1, 0xde, 0x40 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $65,%si", { 0x66, 0xc1, 0xde, 0x41 }, 4, FX_NONE, 16, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrw $5,-8(%rbx)", { 0x66, 0xc1, 0x5b, 0xf8, 0x05 }, 5, FX_NONE, 16, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl %cl,%eax", { 0xd3, 0xd8 }, 2, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl %cl,%r11d", { 0x41, 0xd3, 0xdb }, 3, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl %cl,(%rbx)", { 0xd3, 0x1b }, 2, FX_SHIFT_CL, 32, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl %edx", { 0xd1, 0xda }, 2, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl 2(%rbx)", { 0xd1, 0x5b, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $0,%esi", { 0xc1, 0xde, 0x00 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $1,%esi", { 0xd1, 0xde }, 2, FX_NONE, 32, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $2,%esi", { 0xc1, 0xde, 0x02 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $3,%esi", { 0xc1, 0xde, 0x03 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $7,%esi", { 0xc1, 0xde, 0x07 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $8,%esi", { 0xc1, 0xde, 0x08 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $9,%esi", { 0xc1, 0xde, 0x09 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $15,%esi", { 0xc1, 0xde, 0x0f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $16,%esi", { 0xc1, 0xde, 0x10 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $17,%esi", { 0xc1, 0xde, 0x11 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $31,%esi", { 0xc1, 0xde, 0x1f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $32,%esi", { 0xc1, 0xde, 0x20 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $33,%esi", { 0xc1, 0xde, 0x21 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $63,%esi", { 0xc1, 0xde, 0x3f }, 3, FX_NONE, 32, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $64,%esi", { 0xc1, 0xde, 0x40 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $65,%esi", { 0xc1, 0xde, 0x41 }, 3, FX_NONE, 32, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrl $5,-8(%rbx)", { 0xc1, 0x5b, 0xf8, 0x05 }, 4, FX_NONE, 32, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq %cl,%rax", { 0x48, 0xd3, 0xd8 }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq %cl,%r11", { 0x49, 0xd3, 0xdb }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq %cl,(%rbx)", { 0x48, 0xd3, 0x1b }, 3, FX_SHIFT_CL, 64, LN_I, DYN_ROT, -1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq %rdx", { 0x48, 0xd1, 0xda }, 3, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq 2(%rbx)", { 0x48, 0xd1, 0x5b, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $0,%rsi", { 0x48, 0xc1, 0xde, 0x00 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 0, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $1,%rsi", { 0x48, 0xd1, 0xde }, 3, FX_NONE, 64, LN_I, DYN_ROT, 1, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $2,%rsi", { 0x48, 0xc1, 0xde, 0x02 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 2, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $3,%rsi", { 0x48, 0xc1, 0xde, 0x03 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 3, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $7,%rsi", { 0x48, 0xc1, 0xde, 0x07 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 7, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $8,%rsi", { 0x48, 0xc1, 0xde, 0x08 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 8, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $9,%rsi", { 0x48, 0xc1, 0xde, 0x09 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 9, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $15,%rsi", { 0x48, 0xc1, 0xde, 0x0f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 15, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $16,%rsi", { 0x48, 0xc1, 0xde, 0x10 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 16, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $17,%rsi", { 0x48, 0xc1, 0xde, 0x11 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 17, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $31,%rsi", { 0x48, 0xc1, 0xde, 0x1f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 31, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $32,%rsi", { 0x48, 0xc1, 0xde, 0x20 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 32, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $33,%rsi", { 0x48, 0xc1, 0xde, 0x21 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 33, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $63,%rsi", { 0x48, 0xc1, 0xde, 0x3f }, 4, FX_NONE, 64, LN_I, DYN_ROT, 63, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $64,%rsi", { 0x48, 0xc1, 0xde, 0x40 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 64, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $65,%rsi", { 0x48, 0xc1, 0xde, 0x41 }, 4, FX_NONE, 64, LN_I, DYN_ROT, 65, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "rcrq $5,-8(%rbx)", { 0x48, 0xc1, 0x5b, 0xf8, 0x05 }, 5, FX_NONE, 64, LN_I, DYN_ROT, 5, -1, 0 }, /* OF undefined if masked count != 1 */
	{ "shldw %cl,%dx,%ax", { 0x66, 0x0f, 0xa5, 0xd0 }, 4, FX_SHIFT_CL, 16, LN_I, DYN_SHXD, -1, 0, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw %cl,%r8w,%r15w", { 0x66, 0x45, 0x0f, 0xa5, 0xc7 }, 5, FX_SHIFT_CL, 16, LN_I, DYN_SHXD, -1, 15, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw %cl,%si,(%rbx)", { 0x66, 0x0f, 0xa5, 0x33 }, 4, FX_SHIFT_CL, 16, LN_I, DYN_SHXD, -1, 16, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $0,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x00 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 0, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $1,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x01 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 1, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $2,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x02 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 2, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $7,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x07 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 7, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $8,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x08 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 8, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $15,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x0f }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 15, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $16,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x10 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 16, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $17,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x11 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 17, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $31,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x1f }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 31, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $32,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x20 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 32, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $33,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x21 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 33, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $63,%dx,%di", { 0x66, 0x0f, 0xa4, 0xd7, 0x3f }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 63, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldw $3,%dx,16(%rbx)", { 0x66, 0x0f, 0xa4, 0x53, 0x10, 0x03 }, 6, FX_NONE, 16, LN_I, DYN_SHXD, 3, 32, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl %cl,%edx,%eax", { 0x0f, 0xa5, 0xd0 }, 3, FX_SHIFT_CL, 32, LN_I, DYN_SHXD, -1, 0, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl %cl,%r8d,%r15d", { 0x45, 0x0f, 0xa5, 0xc7 }, 4, FX_SHIFT_CL, 32, LN_I, DYN_SHXD, -1, 15, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl %cl,%esi,(%rbx)", { 0x0f, 0xa5, 0x33 }, 3, FX_SHIFT_CL, 32, LN_I, DYN_SHXD, -1, 16, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $0,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x00 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 0, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $1,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x01 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 1, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $2,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x02 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 2, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $7,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x07 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 7, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $8,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x08 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 8, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $15,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x0f }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 15, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $16,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x10 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 16, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $17,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x11 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 17, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $31,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x1f }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 31, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $32,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x20 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 32, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $33,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x21 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 33, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $63,%edx,%edi", { 0x0f, 0xa4, 0xd7, 0x3f }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 63, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldl $3,%edx,16(%rbx)", { 0x0f, 0xa4, 0x53, 0x10, 0x03 }, 5, FX_NONE, 32, LN_I, DYN_SHXD, 3, 32, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq %cl,%rdx,%rax", { 0x48, 0x0f, 0xa5, 0xd0 }, 4, FX_SHIFT_CL, 64, LN_I, DYN_SHXD, -1, 0, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq %cl,%r8,%r15", { 0x4d, 0x0f, 0xa5, 0xc7 }, 4, FX_SHIFT_CL, 64, LN_I, DYN_SHXD, -1, 15, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq %cl,%rsi,(%rbx)", { 0x48, 0x0f, 0xa5, 0x33 }, 4, FX_SHIFT_CL, 64, LN_I, DYN_SHXD, -1, 16, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $0,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x00 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 0, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $1,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x01 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 1, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $2,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x02 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 2, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $7,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x07 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 7, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $8,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x08 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 8, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $15,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x0f }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 15, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $16,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x10 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 16, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $17,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x11 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 17, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $31,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x1f }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 31, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $32,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x20 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 32, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $33,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x21 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 33, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $63,%rdx,%rdi", { 0x48, 0x0f, 0xa4, 0xd7, 0x3f }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 63, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shldq $3,%rdx,16(%rbx)", { 0x48, 0x0f, 0xa4, 0x53, 0x10, 0x03 }, 6, FX_NONE, 64, LN_I, DYN_SHXD, 3, 32, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw %cl,%dx,%ax", { 0x66, 0x0f, 0xad, 0xd0 }, 4, FX_SHIFT_CL, 16, LN_I, DYN_SHXD, -1, 0, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw %cl,%r8w,%r15w", { 0x66, 0x45, 0x0f, 0xad, 0xc7 }, 5, FX_SHIFT_CL, 16, LN_I, DYN_SHXD, -1, 15, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw %cl,%si,(%rbx)", { 0x66, 0x0f, 0xad, 0x33 }, 4, FX_SHIFT_CL, 16, LN_I, DYN_SHXD, -1, 16, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $0,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x00 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 0, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $1,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x01 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 1, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $2,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x02 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 2, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $7,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x07 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 7, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $8,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x08 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 8, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $15,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x0f }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 15, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $16,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x10 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 16, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $17,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x11 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 17, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $31,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x1f }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 31, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $32,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x20 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 32, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $33,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x21 }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 33, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $63,%dx,%di", { 0x66, 0x0f, 0xac, 0xd7, 0x3f }, 5, FX_NONE, 16, LN_I, DYN_SHXD, 63, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdw $3,%dx,16(%rbx)", { 0x66, 0x0f, 0xac, 0x53, 0x10, 0x03 }, 6, FX_NONE, 16, LN_I, DYN_SHXD, 3, 32, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl %cl,%edx,%eax", { 0x0f, 0xad, 0xd0 }, 3, FX_SHIFT_CL, 32, LN_I, DYN_SHXD, -1, 0, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl %cl,%r8d,%r15d", { 0x45, 0x0f, 0xad, 0xc7 }, 4, FX_SHIFT_CL, 32, LN_I, DYN_SHXD, -1, 15, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl %cl,%esi,(%rbx)", { 0x0f, 0xad, 0x33 }, 3, FX_SHIFT_CL, 32, LN_I, DYN_SHXD, -1, 16, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $0,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x00 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 0, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $1,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x01 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 1, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $2,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x02 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 2, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $7,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x07 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 7, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $8,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x08 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 8, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $15,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x0f }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 15, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $16,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x10 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 16, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $17,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x11 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 17, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $31,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x1f }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 31, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $32,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x20 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 32, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $33,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x21 }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 33, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $63,%edx,%edi", { 0x0f, 0xac, 0xd7, 0x3f }, 4, FX_NONE, 32, LN_I, DYN_SHXD, 63, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdl $3,%edx,16(%rbx)", { 0x0f, 0xac, 0x53, 0x10, 0x03 }, 5, FX_NONE, 32, LN_I, DYN_SHXD, 3, 32, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq %cl,%rdx,%rax", { 0x48, 0x0f, 0xad, 0xd0 }, 4, FX_SHIFT_CL, 64, LN_I, DYN_SHXD, -1, 0, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq %cl,%r8,%r15", { 0x4d, 0x0f, 0xad, 0xc7 }, 4, FX_SHIFT_CL, 64, LN_I, DYN_SHXD, -1, 15, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq %cl,%rsi,(%rbx)", { 0x48, 0x0f, 0xad, 0x33 }, 4, FX_SHIFT_CL, 64, LN_I, DYN_SHXD, -1, 16, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $0,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x00 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 0, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $1,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x01 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 1, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $2,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x02 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 2, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $7,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x07 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 7, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $8,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x08 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 8, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $15,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x0f }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 15, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $16,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x10 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 16, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $17,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x11 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 17, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $31,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x1f }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 31, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $32,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x20 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 32, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $33,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x21 }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 33, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $63,%rdx,%rdi", { 0x48, 0x0f, 0xac, 0xd7, 0x3f }, 5, FX_NONE, 64, LN_I, DYN_SHXD, 63, 7, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
	{ "shrdq $3,%rdx,16(%rbx)", { 0x48, 0x0f, 0xac, 0x53, 0x10, 0x03 }, 6, FX_NONE, 64, LN_I, DYN_SHXD, 3, 32, 0 }, /* OF undefined if count>1, AF if count!=0; 16-bit count>16: result and flags undefined */
};

static const struct insn_form fam_muldiv[] = {
	{ "mulb %cl", { 0xf6, 0xe1 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "mulb %r9b", { 0x41, 0xf6, 0xe1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "mulb (%rbx)", { 0xf6, 0x23 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "mulw %cx", { 0x66, 0xf7, 0xe1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "mulw %r9w", { 0x66, 0x41, 0xf7, 0xe1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "mulw (%rbx)", { 0x66, 0xf7, 0x23 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "mull %ecx", { 0xf7, 0xe1 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "mull %r9d", { 0x41, 0xf7, 0xe1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "mull (%rbx)", { 0xf7, 0x23 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "mulq %rcx", { 0x48, 0xf7, 0xe1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "mulq %r9", { 0x49, 0xf7, 0xe1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "mulq (%rbx)", { 0x48, 0xf7, 0x23 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulb %cl", { 0xf6, 0xe9 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulb %r9b", { 0x41, 0xf6, 0xe9 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulb (%rbx)", { 0xf6, 0x2b }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw %cx", { 0x66, 0xf7, 0xe9 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw %r9w", { 0x66, 0x41, 0xf7, 0xe9 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw (%rbx)", { 0x66, 0xf7, 0x2b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull %ecx", { 0xf7, 0xe9 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull %r9d", { 0x41, 0xf7, 0xe9 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull (%rbx)", { 0xf7, 0x2b }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq %rcx", { 0x48, 0xf7, 0xe9 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq %r9", { 0x49, 0xf7, 0xe9 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq (%rbx)", { 0x48, 0xf7, 0x2b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw %cx,%ax", { 0x66, 0x0f, 0xaf, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw %r10w,%r13w", { 0x66, 0x45, 0x0f, 0xaf, 0xea }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw (%rbx),%dx", { 0x66, 0x0f, 0xaf, 0x13 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw $7,%cx,%si", { 0x66, 0x6b, 0xf1, 0x07 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw $-3,%cx,%si", { 0x66, 0x6b, 0xf1, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw $127,%cx,%si", { 0x66, 0x6b, 0xf1, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw $-128,%cx,%si", { 0x66, 0x6b, 0xf1, 0x80 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw $0x1234,%cx,%si", { 0x66, 0x69, 0xf1, 0x34, 0x12 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw $-0x7fff,%cx,%si", { 0x66, 0x69, 0xf1, 0x01, 0x80 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulw $-5,(%rbx),%r8w", { 0x66, 0x44, 0x6b, 0x03, 0xfb }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull %ecx,%eax", { 0x0f, 0xaf, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull %r10d,%r13d", { 0x45, 0x0f, 0xaf, 0xea }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull (%rbx),%edx", { 0x0f, 0xaf, 0x13 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull $7,%ecx,%esi", { 0x6b, 0xf1, 0x07 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull $-3,%ecx,%esi", { 0x6b, 0xf1, 0xfd }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull $127,%ecx,%esi", { 0x6b, 0xf1, 0x7f }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull $-128,%ecx,%esi", { 0x6b, 0xf1, 0x80 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull $0x12345678,%ecx,%esi", { 0x69, 0xf1, 0x78, 0x56, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull $0x7fffffff,%ecx,%esi", { 0x69, 0xf1, 0xff, 0xff, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imull $-5,(%rbx),%r8d", { 0x44, 0x6b, 0x03, 0xfb }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq %rcx,%rax", { 0x48, 0x0f, 0xaf, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq %r10,%r13", { 0x4d, 0x0f, 0xaf, 0xea }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq (%rbx),%rdx", { 0x48, 0x0f, 0xaf, 0x13 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq $7,%rcx,%rsi", { 0x48, 0x6b, 0xf1, 0x07 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq $-3,%rcx,%rsi", { 0x48, 0x6b, 0xf1, 0xfd }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq $127,%rcx,%rsi", { 0x48, 0x6b, 0xf1, 0x7f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq $-128,%rcx,%rsi", { 0x48, 0x6b, 0xf1, 0x80 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq $-0x12345678,%rcx,%rsi", { 0x48, 0x69, 0xf1, 0x88, 0xa9, 0xcb, 0xed }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq $0x7fffffff,%rcx,%rsi", { 0x48, 0x69, 0xf1, 0xff, 0xff, 0xff, 0x7f }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "imulq $-5,(%rbx),%r8", { 0x4c, 0x6b, 0x03, 0xfb }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_SF|HSIM_FLAG_ZF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* SF ZF AF PF undefined */
	{ "divb %cl", { 0xf6, 0xf1 }, 2, FX_DIV, 8, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "divb (%rbx)", { 0xf6, 0x33 }, 2, FX_DIV, 8, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "divw %cx", { 0x66, 0xf7, 0xf1 }, 3, FX_DIV, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "divw (%rbx)", { 0x66, 0xf7, 0x33 }, 3, FX_DIV, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "divl %ecx", { 0xf7, 0xf1 }, 2, FX_DIV, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "divl (%rbx)", { 0xf7, 0x33 }, 2, FX_DIV, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "divq %rcx", { 0x48, 0xf7, 0xf1 }, 3, FX_DIV, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "divq (%rbx)", { 0x48, 0xf7, 0x33 }, 3, FX_DIV, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "idivb %cl", { 0xf6, 0xf9 }, 2, FX_IDIV, 8, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "idivb (%rbx)", { 0xf6, 0x3b }, 2, FX_IDIV, 8, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "idivw %cx", { 0x66, 0xf7, 0xf9 }, 3, FX_IDIV, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "idivw (%rbx)", { 0x66, 0xf7, 0x3b }, 3, FX_IDIV, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "idivl %ecx", { 0xf7, 0xf9 }, 2, FX_IDIV, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "idivl (%rbx)", { 0xf7, 0x3b }, 2, FX_IDIV, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "idivq %rcx", { 0x48, 0xf7, 0xf9 }, 3, FX_IDIV, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
	{ "idivq (%rbx)", { 0x48, 0xf7, 0x3b }, 3, FX_IDIV, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAGS_STATUS }, /* all six flags undefined */
};

static const struct insn_form fam_bit[] = {
	{ "btw %cx,%ax", { 0x66, 0x0f, 0xa3, 0xc8 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btw %dx,%r12w", { 0x66, 0x41, 0x0f, 0xa3, 0xd4 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btw %ax,(%rbx)", { 0x66, 0x0f, 0xa3, 0x03 }, 4, FX_BTMEM, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btw $0,%si", { 0x66, 0x0f, 0xba, 0xe6, 0x00 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btw $5,%si", { 0x66, 0x0f, 0xba, 0xe6, 0x05 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btw $15,%si", { 0x66, 0x0f, 0xba, 0xe6, 0x0f }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btw $16,%si", { 0x66, 0x0f, 0xba, 0xe6, 0x10 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btw $19,%si", { 0x66, 0x0f, 0xba, 0xe6, 0x13 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btw $255,%si", { 0x66, 0x0f, 0xba, 0xe6, 0xff }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btw $13,(%rbx)", { 0x66, 0x0f, 0xba, 0x23, 0x0d }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btl %ecx,%eax", { 0x0f, 0xa3, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btl %edx,%r12d", { 0x41, 0x0f, 0xa3, 0xd4 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btl %eax,(%rbx)", { 0x0f, 0xa3, 0x03 }, 3, FX_BTMEM, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btl $0,%esi", { 0x0f, 0xba, 0xe6, 0x00 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btl $5,%esi", { 0x0f, 0xba, 0xe6, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btl $31,%esi", { 0x0f, 0xba, 0xe6, 0x1f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btl $32,%esi", { 0x0f, 0xba, 0xe6, 0x20 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btl $35,%esi", { 0x0f, 0xba, 0xe6, 0x23 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btl $255,%esi", { 0x0f, 0xba, 0xe6, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btl $13,(%rbx)", { 0x0f, 0xba, 0x23, 0x0d }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btq %rcx,%rax", { 0x48, 0x0f, 0xa3, 0xc8 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btq %rdx,%r12", { 0x49, 0x0f, 0xa3, 0xd4 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btq %rax,(%rbx)", { 0x48, 0x0f, 0xa3, 0x03 }, 4, FX_BTMEM, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btq $0,%rsi", { 0x48, 0x0f, 0xba, 0xe6, 0x00 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btq $5,%rsi", { 0x48, 0x0f, 0xba, 0xe6, 0x05 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btq $63,%rsi", { 0x48, 0x0f, 0xba, 0xe6, 0x3f }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btq $64,%rsi", { 0x48, 0x0f, 0xba, 0xe6, 0x40 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btq $67,%rsi", { 0x48, 0x0f, 0xba, 0xe6, 0x43 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btq $255,%rsi", { 0x48, 0x0f, 0xba, 0xe6, 0xff }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btq $13,(%rbx)", { 0x48, 0x0f, 0xba, 0x23, 0x0d }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsw %cx,%ax", { 0x66, 0x0f, 0xab, 0xc8 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsw %dx,%r12w", { 0x66, 0x41, 0x0f, 0xab, 0xd4 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsw %ax,(%rbx)", { 0x66, 0x0f, 0xab, 0x03 }, 4, FX_BTMEM, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsw $0,%si", { 0x66, 0x0f, 0xba, 0xee, 0x00 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsw $5,%si", { 0x66, 0x0f, 0xba, 0xee, 0x05 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsw $15,%si", { 0x66, 0x0f, 0xba, 0xee, 0x0f }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsw $16,%si", { 0x66, 0x0f, 0xba, 0xee, 0x10 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsw $19,%si", { 0x66, 0x0f, 0xba, 0xee, 0x13 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsw $255,%si", { 0x66, 0x0f, 0xba, 0xee, 0xff }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsw $13,(%rbx)", { 0x66, 0x0f, 0xba, 0x2b, 0x0d }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsl %ecx,%eax", { 0x0f, 0xab, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsl %edx,%r12d", { 0x41, 0x0f, 0xab, 0xd4 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsl %eax,(%rbx)", { 0x0f, 0xab, 0x03 }, 3, FX_BTMEM, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsl $0,%esi", { 0x0f, 0xba, 0xee, 0x00 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsl $5,%esi", { 0x0f, 0xba, 0xee, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsl $31,%esi", { 0x0f, 0xba, 0xee, 0x1f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsl $32,%esi", { 0x0f, 0xba, 0xee, 0x20 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsl $35,%esi", { 0x0f, 0xba, 0xee, 0x23 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsl $255,%esi", { 0x0f, 0xba, 0xee, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsl $13,(%rbx)", { 0x0f, 0xba, 0x2b, 0x0d }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsq %rcx,%rax", { 0x48, 0x0f, 0xab, 0xc8 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsq %rdx,%r12", { 0x49, 0x0f, 0xab, 0xd4 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsq %rax,(%rbx)", { 0x48, 0x0f, 0xab, 0x03 }, 4, FX_BTMEM, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsq $0,%rsi", { 0x48, 0x0f, 0xba, 0xee, 0x00 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsq $5,%rsi", { 0x48, 0x0f, 0xba, 0xee, 0x05 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsq $63,%rsi", { 0x48, 0x0f, 0xba, 0xee, 0x3f }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsq $64,%rsi", { 0x48, 0x0f, 0xba, 0xee, 0x40 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsq $67,%rsi", { 0x48, 0x0f, 0xba, 0xee, 0x43 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsq $255,%rsi", { 0x48, 0x0f, 0xba, 0xee, 0xff }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btsq $13,(%rbx)", { 0x48, 0x0f, 0xba, 0x2b, 0x0d }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrw %cx,%ax", { 0x66, 0x0f, 0xb3, 0xc8 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrw %dx,%r12w", { 0x66, 0x41, 0x0f, 0xb3, 0xd4 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrw %ax,(%rbx)", { 0x66, 0x0f, 0xb3, 0x03 }, 4, FX_BTMEM, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrw $0,%si", { 0x66, 0x0f, 0xba, 0xf6, 0x00 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrw $5,%si", { 0x66, 0x0f, 0xba, 0xf6, 0x05 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrw $15,%si", { 0x66, 0x0f, 0xba, 0xf6, 0x0f }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrw $16,%si", { 0x66, 0x0f, 0xba, 0xf6, 0x10 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrw $19,%si", { 0x66, 0x0f, 0xba, 0xf6, 0x13 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrw $255,%si", { 0x66, 0x0f, 0xba, 0xf6, 0xff }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrw $13,(%rbx)", { 0x66, 0x0f, 0xba, 0x33, 0x0d }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrl %ecx,%eax", { 0x0f, 0xb3, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrl %edx,%r12d", { 0x41, 0x0f, 0xb3, 0xd4 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrl %eax,(%rbx)", { 0x0f, 0xb3, 0x03 }, 3, FX_BTMEM, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrl $0,%esi", { 0x0f, 0xba, 0xf6, 0x00 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrl $5,%esi", { 0x0f, 0xba, 0xf6, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrl $31,%esi", { 0x0f, 0xba, 0xf6, 0x1f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrl $32,%esi", { 0x0f, 0xba, 0xf6, 0x20 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrl $35,%esi", { 0x0f, 0xba, 0xf6, 0x23 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrl $255,%esi", { 0x0f, 0xba, 0xf6, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrl $13,(%rbx)", { 0x0f, 0xba, 0x33, 0x0d }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrq %rcx,%rax", { 0x48, 0x0f, 0xb3, 0xc8 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrq %rdx,%r12", { 0x49, 0x0f, 0xb3, 0xd4 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrq %rax,(%rbx)", { 0x48, 0x0f, 0xb3, 0x03 }, 4, FX_BTMEM, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrq $0,%rsi", { 0x48, 0x0f, 0xba, 0xf6, 0x00 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrq $5,%rsi", { 0x48, 0x0f, 0xba, 0xf6, 0x05 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrq $63,%rsi", { 0x48, 0x0f, 0xba, 0xf6, 0x3f }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrq $64,%rsi", { 0x48, 0x0f, 0xba, 0xf6, 0x40 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrq $67,%rsi", { 0x48, 0x0f, 0xba, 0xf6, 0x43 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrq $255,%rsi", { 0x48, 0x0f, 0xba, 0xf6, 0xff }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btrq $13,(%rbx)", { 0x48, 0x0f, 0xba, 0x33, 0x0d }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcw %cx,%ax", { 0x66, 0x0f, 0xbb, 0xc8 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcw %dx,%r12w", { 0x66, 0x41, 0x0f, 0xbb, 0xd4 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcw %ax,(%rbx)", { 0x66, 0x0f, 0xbb, 0x03 }, 4, FX_BTMEM, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcw $0,%si", { 0x66, 0x0f, 0xba, 0xfe, 0x00 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcw $5,%si", { 0x66, 0x0f, 0xba, 0xfe, 0x05 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcw $15,%si", { 0x66, 0x0f, 0xba, 0xfe, 0x0f }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcw $16,%si", { 0x66, 0x0f, 0xba, 0xfe, 0x10 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcw $19,%si", { 0x66, 0x0f, 0xba, 0xfe, 0x13 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcw $255,%si", { 0x66, 0x0f, 0xba, 0xfe, 0xff }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcw $13,(%rbx)", { 0x66, 0x0f, 0xba, 0x3b, 0x0d }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcl %ecx,%eax", { 0x0f, 0xbb, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcl %edx,%r12d", { 0x41, 0x0f, 0xbb, 0xd4 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcl %eax,(%rbx)", { 0x0f, 0xbb, 0x03 }, 3, FX_BTMEM, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcl $0,%esi", { 0x0f, 0xba, 0xfe, 0x00 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcl $5,%esi", { 0x0f, 0xba, 0xfe, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcl $31,%esi", { 0x0f, 0xba, 0xfe, 0x1f }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcl $32,%esi", { 0x0f, 0xba, 0xfe, 0x20 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcl $35,%esi", { 0x0f, 0xba, 0xfe, 0x23 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcl $255,%esi", { 0x0f, 0xba, 0xfe, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcl $13,(%rbx)", { 0x0f, 0xba, 0x3b, 0x0d }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcq %rcx,%rax", { 0x48, 0x0f, 0xbb, 0xc8 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcq %rdx,%r12", { 0x49, 0x0f, 0xbb, 0xd4 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcq %rax,(%rbx)", { 0x48, 0x0f, 0xbb, 0x03 }, 4, FX_BTMEM, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcq $0,%rsi", { 0x48, 0x0f, 0xba, 0xfe, 0x00 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcq $5,%rsi", { 0x48, 0x0f, 0xba, 0xfe, 0x05 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcq $63,%rsi", { 0x48, 0x0f, 0xba, 0xfe, 0x3f }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcq $64,%rsi", { 0x48, 0x0f, 0xba, 0xfe, 0x40 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcq $67,%rsi", { 0x48, 0x0f, 0xba, 0xfe, 0x43 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcq $255,%rsi", { 0x48, 0x0f, 0xba, 0xfe, 0xff }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "btcq $13,(%rbx)", { 0x48, 0x0f, 0xba, 0x3b, 0x0d }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* OF SF AF PF undefined */
	{ "bsfw %cx,%ax", { 0x66, 0x0f, 0xbc, 0xc1 }, 4, FX_NZ_SRC, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "bsfw (%rbx),%r9w", { 0x66, 0x44, 0x0f, 0xbc, 0x0b }, 5, FX_NZ_SRC, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "bsfl %ecx,%eax", { 0x0f, 0xbc, 0xc1 }, 3, FX_NZ_SRC, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "bsfl (%rbx),%r9d", { 0x44, 0x0f, 0xbc, 0x0b }, 4, FX_NZ_SRC, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "bsfq %rcx,%rax", { 0x48, 0x0f, 0xbc, 0xc1 }, 4, FX_NZ_SRC, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "bsfq (%rbx),%r9", { 0x4c, 0x0f, 0xbc, 0x0b }, 4, FX_NZ_SRC, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "bsrw %cx,%ax", { 0x66, 0x0f, 0xbd, 0xc1 }, 4, FX_NZ_SRC, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "bsrw (%rbx),%r9w", { 0x66, 0x44, 0x0f, 0xbd, 0x0b }, 5, FX_NZ_SRC, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "bsrl %ecx,%eax", { 0x0f, 0xbd, 0xc1 }, 3, FX_NZ_SRC, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "bsrl (%rbx),%r9d", { 0x44, 0x0f, 0xbd, 0x0b }, 4, FX_NZ_SRC, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "bsrq %rcx,%rax", { 0x48, 0x0f, 0xbd, 0xc1 }, 4, FX_NZ_SRC, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "bsrq (%rbx),%r9", { 0x4c, 0x0f, 0xbd, 0x0b }, 4, FX_NZ_SRC, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_CF|HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* all but ZF undefined */
	{ "rep bsfw %cx,%ax (gcc ctz; tzcnt on BMI1 hosts)", { 0x66, 0xf3, 0x0f, 0xbc, 0xc1 }, 5, FX_NZ_SRC, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* tzcnt: OF SF AF PF undefined */
	{ "rep bsfw (%rbx),%r9w (tzcnt, zero sources too)", { 0x66, 0xf3, 0x44, 0x0f, 0xbc, 0x0b }, 6, FX_NONE, 16, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* tzcnt: OF SF AF PF undefined */
	{ "rep bsfl %ecx,%eax (gcc ctz; tzcnt on BMI1 hosts)", { 0xf3, 0x0f, 0xbc, 0xc1 }, 4, FX_NZ_SRC, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* tzcnt: OF SF AF PF undefined */
	{ "rep bsfl (%rbx),%r9d (tzcnt, zero sources too)", { 0xf3, 0x44, 0x0f, 0xbc, 0x0b }, 5, FX_NONE, 32, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* tzcnt: OF SF AF PF undefined */
	{ "rep bsfq %rcx,%rax (gcc ctz; tzcnt on BMI1 hosts)", { 0xf3, 0x48, 0x0f, 0xbc, 0xc1 }, 5, FX_NZ_SRC, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* tzcnt: OF SF AF PF undefined */
	{ "rep bsfq (%rbx),%r9 (tzcnt, zero sources too)", { 0xf3, 0x4c, 0x0f, 0xbc, 0x0b }, 5, FX_NONE, 64, LN_I, DYN_NONE, -1, -1, HSIM_FLAG_OF|HSIM_FLAG_SF|HSIM_FLAG_AF|HSIM_FLAG_PF }, /* tzcnt: OF SF AF PF undefined */
};

static const struct insn_form fam_cond[] = {
	{ "cmovow %cx,%ax", { 0x66, 0x0f, 0x40, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovol %ecx,%eax", { 0x0f, 0x40, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovoq %r10,%rdx", { 0x49, 0x0f, 0x40, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovol (%rbx),%r11d", { 0x44, 0x0f, 0x40, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovoq 8(%rbx),%rsi", { 0x48, 0x0f, 0x40, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "seto %al", { 0x0f, 0x90, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "seto %r9b", { 0x41, 0x0f, 0x90, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "seto 5(%rbx)", { 0x0f, 0x90, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnow %cx,%ax", { 0x66, 0x0f, 0x41, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnol %ecx,%eax", { 0x0f, 0x41, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnoq %r10,%rdx", { 0x49, 0x0f, 0x41, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnol (%rbx),%r11d", { 0x44, 0x0f, 0x41, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnoq 8(%rbx),%rsi", { 0x48, 0x0f, 0x41, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setno %al", { 0x0f, 0x91, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setno %r9b", { 0x41, 0x0f, 0x91, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setno 5(%rbx)", { 0x0f, 0x91, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovbw %cx,%ax", { 0x66, 0x0f, 0x42, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovbl %ecx,%eax", { 0x0f, 0x42, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovbq %r10,%rdx", { 0x49, 0x0f, 0x42, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovbl (%rbx),%r11d", { 0x44, 0x0f, 0x42, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovbq 8(%rbx),%rsi", { 0x48, 0x0f, 0x42, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setb %al", { 0x0f, 0x92, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setb %r9b", { 0x41, 0x0f, 0x92, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setb 5(%rbx)", { 0x0f, 0x92, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovaew %cx,%ax", { 0x66, 0x0f, 0x43, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovael %ecx,%eax", { 0x0f, 0x43, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovaeq %r10,%rdx", { 0x49, 0x0f, 0x43, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovael (%rbx),%r11d", { 0x44, 0x0f, 0x43, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovaeq 8(%rbx),%rsi", { 0x48, 0x0f, 0x43, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setae %al", { 0x0f, 0x93, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setae %r9b", { 0x41, 0x0f, 0x93, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setae 5(%rbx)", { 0x0f, 0x93, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovew %cx,%ax", { 0x66, 0x0f, 0x44, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovel %ecx,%eax", { 0x0f, 0x44, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmoveq %r10,%rdx", { 0x49, 0x0f, 0x44, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovel (%rbx),%r11d", { 0x44, 0x0f, 0x44, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmoveq 8(%rbx),%rsi", { 0x48, 0x0f, 0x44, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sete %al", { 0x0f, 0x94, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sete %r9b", { 0x41, 0x0f, 0x94, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sete 5(%rbx)", { 0x0f, 0x94, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnew %cx,%ax", { 0x66, 0x0f, 0x45, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnel %ecx,%eax", { 0x0f, 0x45, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovneq %r10,%rdx", { 0x49, 0x0f, 0x45, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnel (%rbx),%r11d", { 0x44, 0x0f, 0x45, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovneq 8(%rbx),%rsi", { 0x48, 0x0f, 0x45, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setne %al", { 0x0f, 0x95, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setne %r9b", { 0x41, 0x0f, 0x95, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setne 5(%rbx)", { 0x0f, 0x95, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovbew %cx,%ax", { 0x66, 0x0f, 0x46, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovbel %ecx,%eax", { 0x0f, 0x46, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovbeq %r10,%rdx", { 0x49, 0x0f, 0x46, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovbel (%rbx),%r11d", { 0x44, 0x0f, 0x46, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovbeq 8(%rbx),%rsi", { 0x48, 0x0f, 0x46, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setbe %al", { 0x0f, 0x96, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setbe %r9b", { 0x41, 0x0f, 0x96, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setbe 5(%rbx)", { 0x0f, 0x96, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovaw %cx,%ax", { 0x66, 0x0f, 0x47, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmoval %ecx,%eax", { 0x0f, 0x47, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovaq %r10,%rdx", { 0x49, 0x0f, 0x47, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmoval (%rbx),%r11d", { 0x44, 0x0f, 0x47, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovaq 8(%rbx),%rsi", { 0x48, 0x0f, 0x47, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "seta %al", { 0x0f, 0x97, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "seta %r9b", { 0x41, 0x0f, 0x97, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "seta 5(%rbx)", { 0x0f, 0x97, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovsw %cx,%ax", { 0x66, 0x0f, 0x48, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovsl %ecx,%eax", { 0x0f, 0x48, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovsq %r10,%rdx", { 0x49, 0x0f, 0x48, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovsl (%rbx),%r11d", { 0x44, 0x0f, 0x48, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovsq 8(%rbx),%rsi", { 0x48, 0x0f, 0x48, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sets %al", { 0x0f, 0x98, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sets %r9b", { 0x41, 0x0f, 0x98, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "sets 5(%rbx)", { 0x0f, 0x98, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnsw %cx,%ax", { 0x66, 0x0f, 0x49, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnsl %ecx,%eax", { 0x0f, 0x49, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnsq %r10,%rdx", { 0x49, 0x0f, 0x49, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnsl (%rbx),%r11d", { 0x44, 0x0f, 0x49, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnsq 8(%rbx),%rsi", { 0x48, 0x0f, 0x49, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setns %al", { 0x0f, 0x99, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setns %r9b", { 0x41, 0x0f, 0x99, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setns 5(%rbx)", { 0x0f, 0x99, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovpw %cx,%ax", { 0x66, 0x0f, 0x4a, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovpl %ecx,%eax", { 0x0f, 0x4a, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovpq %r10,%rdx", { 0x49, 0x0f, 0x4a, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovpl (%rbx),%r11d", { 0x44, 0x0f, 0x4a, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovpq 8(%rbx),%rsi", { 0x48, 0x0f, 0x4a, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setp %al", { 0x0f, 0x9a, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setp %r9b", { 0x41, 0x0f, 0x9a, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setp 5(%rbx)", { 0x0f, 0x9a, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnpw %cx,%ax", { 0x66, 0x0f, 0x4b, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnpl %ecx,%eax", { 0x0f, 0x4b, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnpq %r10,%rdx", { 0x49, 0x0f, 0x4b, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnpl (%rbx),%r11d", { 0x44, 0x0f, 0x4b, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovnpq 8(%rbx),%rsi", { 0x48, 0x0f, 0x4b, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setnp %al", { 0x0f, 0x9b, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setnp %r9b", { 0x41, 0x0f, 0x9b, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setnp 5(%rbx)", { 0x0f, 0x9b, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovlw %cx,%ax", { 0x66, 0x0f, 0x4c, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovll %ecx,%eax", { 0x0f, 0x4c, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovlq %r10,%rdx", { 0x49, 0x0f, 0x4c, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovll (%rbx),%r11d", { 0x44, 0x0f, 0x4c, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovlq 8(%rbx),%rsi", { 0x48, 0x0f, 0x4c, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setl %al", { 0x0f, 0x9c, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setl %r9b", { 0x41, 0x0f, 0x9c, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setl 5(%rbx)", { 0x0f, 0x9c, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovgew %cx,%ax", { 0x66, 0x0f, 0x4d, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovgel %ecx,%eax", { 0x0f, 0x4d, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovgeq %r10,%rdx", { 0x49, 0x0f, 0x4d, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovgel (%rbx),%r11d", { 0x44, 0x0f, 0x4d, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovgeq 8(%rbx),%rsi", { 0x48, 0x0f, 0x4d, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setge %al", { 0x0f, 0x9d, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setge %r9b", { 0x41, 0x0f, 0x9d, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setge 5(%rbx)", { 0x0f, 0x9d, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovlew %cx,%ax", { 0x66, 0x0f, 0x4e, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovlel %ecx,%eax", { 0x0f, 0x4e, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovleq %r10,%rdx", { 0x49, 0x0f, 0x4e, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovlel (%rbx),%r11d", { 0x44, 0x0f, 0x4e, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovleq 8(%rbx),%rsi", { 0x48, 0x0f, 0x4e, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setle %al", { 0x0f, 0x9e, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setle %r9b", { 0x41, 0x0f, 0x9e, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setle 5(%rbx)", { 0x0f, 0x9e, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovgw %cx,%ax", { 0x66, 0x0f, 0x4f, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovgl %ecx,%eax", { 0x0f, 0x4f, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovgq %r10,%rdx", { 0x49, 0x0f, 0x4f, 0xd2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovgl (%rbx),%r11d", { 0x44, 0x0f, 0x4f, 0x1b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmovgq 8(%rbx),%rsi", { 0x48, 0x0f, 0x4f, 0x73, 0x08 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setg %al", { 0x0f, 0x9f, 0xc0 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setg %r9b", { 0x41, 0x0f, 0x9f, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "setg 5(%rbx)", { 0x0f, 0x9f, 0x43, 0x05 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
};

static const struct insn_form fam_move[] = {
	{ "xchgb %cl,%al", { 0x86, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchgb %r8b,%dl", { 0x44, 0x86, 0xc2 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchgb %sil,(%rbx)", { 0x40, 0x86, 0x33 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpxchgb %cl,%dl", { 0x0f, 0xb0, 0xca }, 3, FX_CMPXCHG, 8, LN_I, DYN_NONE, -1, 2, 0 },
	{ "cmpxchgb %r9b,(%rbx)", { 0x44, 0x0f, 0xb0, 0x0b }, 4, FX_CMPXCHG, 8, LN_I, DYN_NONE, -1, 16, 0 },
	{ "lock cmpxchgb %sil,8(%rbx)", { 0xf0, 0x40, 0x0f, 0xb0, 0x73, 0x08 }, 6, FX_CMPXCHG, 8, LN_I, DYN_NONE, -1, 24, 0 },
	{ "xaddb %cl,%dl", { 0x0f, 0xc0, 0xca }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xaddb %r12b,(%rbx)", { 0x44, 0x0f, 0xc0, 0x23 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "lock xaddb %dil,(%rbx)", { 0xf0, 0x40, 0x0f, 0xc0, 0x3b }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchgw %cx,%ax", { 0x66, 0x91 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchgw %r8w,%dx", { 0x66, 0x44, 0x87, 0xc2 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchgw %si,(%rbx)", { 0x66, 0x87, 0x33 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpxchgw %cx,%dx", { 0x66, 0x0f, 0xb1, 0xca }, 4, FX_CMPXCHG, 16, LN_I, DYN_NONE, -1, 2, 0 },
	{ "cmpxchgw %r9w,(%rbx)", { 0x66, 0x44, 0x0f, 0xb1, 0x0b }, 5, FX_CMPXCHG, 16, LN_I, DYN_NONE, -1, 16, 0 },
	{ "lock cmpxchgw %si,8(%rbx)", { 0x66, 0xf0, 0x0f, 0xb1, 0x73, 0x08 }, 6, FX_CMPXCHG, 16, LN_I, DYN_NONE, -1, 24, 0 },
	{ "xaddw %cx,%dx", { 0x66, 0x0f, 0xc1, 0xca }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xaddw %r12w,(%rbx)", { 0x66, 0x44, 0x0f, 0xc1, 0x23 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "lock xaddw %di,(%rbx)", { 0x66, 0xf0, 0x0f, 0xc1, 0x3b }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchgl %ecx,%eax", { 0x91 }, 1, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchgl %r8d,%edx", { 0x44, 0x87, 0xc2 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchgl %esi,(%rbx)", { 0x87, 0x33 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpxchgl %ecx,%edx", { 0x0f, 0xb1, 0xca }, 3, FX_CMPXCHG, 32, LN_I, DYN_NONE, -1, 2, 0 },
	{ "cmpxchgl %r9d,(%rbx)", { 0x44, 0x0f, 0xb1, 0x0b }, 4, FX_CMPXCHG, 32, LN_I, DYN_NONE, -1, 16, 0 },
	{ "lock cmpxchgl %esi,8(%rbx)", { 0xf0, 0x0f, 0xb1, 0x73, 0x08 }, 5, FX_CMPXCHG, 32, LN_I, DYN_NONE, -1, 24, 0 },
	{ "xaddl %ecx,%edx", { 0x0f, 0xc1, 0xca }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xaddl %r12d,(%rbx)", { 0x44, 0x0f, 0xc1, 0x23 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "lock xaddl %edi,(%rbx)", { 0xf0, 0x0f, 0xc1, 0x3b }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchgq %rcx,%rax", { 0x48, 0x91 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchgq %r8,%rdx", { 0x4c, 0x87, 0xc2 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchgq %rsi,(%rbx)", { 0x48, 0x87, 0x33 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpxchgq %rcx,%rdx", { 0x48, 0x0f, 0xb1, 0xca }, 4, FX_CMPXCHG, 64, LN_I, DYN_NONE, -1, 2, 0 },
	{ "cmpxchgq %r9,(%rbx)", { 0x4c, 0x0f, 0xb1, 0x0b }, 4, FX_CMPXCHG, 64, LN_I, DYN_NONE, -1, 16, 0 },
	{ "lock cmpxchgq %rsi,8(%rbx)", { 0xf0, 0x48, 0x0f, 0xb1, 0x73, 0x08 }, 6, FX_CMPXCHG, 64, LN_I, DYN_NONE, -1, 24, 0 },
	{ "xaddq %rcx,%rdx", { 0x48, 0x0f, 0xc1, 0xca }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xaddq %r12,(%rbx)", { 0x4c, 0x0f, 0xc1, 0x23 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "lock xaddq %rdi,(%rbx)", { 0xf0, 0x48, 0x0f, 0xc1, 0x3b }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchg %eax,%eax", { 0x87, 0xc0 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchg %rax,%r10", { 0x49, 0x92 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchg %ax,%si", { 0x66, 0x96 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchg %ah,%cl", { 0x86, 0xe1 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpxchg8b (%rbx)", { 0x0f, 0xc7, 0x0b }, 3, FX_CMPXCHGB, 8, LN_I, DYN_NONE, -1, -1, 0 },
	{ "lock cmpxchg16b (%rbx)", { 0xf0, 0x48, 0x0f, 0xc7, 0x0b }, 5, FX_CMPXCHGB, 16, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movsbw %cl,%ax", { 0x66, 0x0f, 0xbe, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movsbl %cl,%eax", { 0x0f, 0xbe, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movsbq %r9b,%rdx", { 0x49, 0x0f, 0xbe, 0xd1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movswl %cx,%esi", { 0x0f, 0xbf, 0xf1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movswq %cx,%r14", { 0x4c, 0x0f, 0xbf, 0xf1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movslq %ecx,%rax", { 0x48, 0x63, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movslq (%rbx),%r8", { 0x4c, 0x63, 0x03 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movzbw %cl,%ax", { 0x66, 0x0f, 0xb6, 0xc1 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movzbl %cl,%eax", { 0x0f, 0xb6, 0xc1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movzbq %dil,%rdx", { 0x48, 0x0f, 0xb6, 0xd7 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movzwl %cx,%esi", { 0x0f, 0xb7, 0xf1 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movzwq (%rbx),%r14", { 0x4c, 0x0f, 0xb7, 0x33 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movsbl (%rbx),%edx", { 0x0f, 0xbe, 0x13 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movzbl %ah,%ecx", { 0x0f, 0xb6, 0xcc }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movsbl %ch,%edi", { 0x0f, 0xbe, 0xfd }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movb %ah,%cl", { 0x88, 0xe1 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movb $0x99,%dh", { 0xb6, 0x99 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movw $0x1234,%si", { 0x66, 0xbe, 0x34, 0x12 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movl $-1,%r9d", { 0x41, 0xb9, 0xff, 0xff, 0xff, 0xff }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movq $-2,%rax", { 0x48, 0xc7, 0xc0, 0xfe, 0xff, 0xff, 0xff }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movabsq $0x123456789abcdef0,%r11", { 0x49, 0xbb, 0xf0, 0xde, 0xbc, 0x9a, 0x78, 0x56, 0x34, 0x12 }, 10, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movl %ecx,%eax", { 0x89, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movw %cx,%ax", { 0x66, 0x89, 0xc8 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movb %cl,%al", { 0x88, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movq (%rbx),%rcx", { 0x48, 0x8b, 0x0b }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movl 4(%rbx),%r10d", { 0x44, 0x8b, 0x53, 0x04 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movw %dx,6(%rbx)", { 0x66, 0x89, 0x53, 0x06 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movb %sil,7(%rbx)", { 0x40, 0x88, 0x73, 0x07 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movq %r15,-8(%rbx)", { 0x4c, 0x89, 0x7b, 0xf8 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movl $0x12345678,(%rbx)", { 0xc7, 0x03, 0x78, 0x56, 0x34, 0x12 }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movq $-5,8(%rbx)", { 0x48, 0xc7, 0x43, 0x08, 0xfb, 0xff, 0xff, 0xff }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "leaq (%rax,%rcx,2),%rdx", { 0x48, 0x8d, 0x14, 0x48 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "leaq 0x12345(%rsi,%rdi,8),%r9", { 0x4c, 0x8d, 0x8c, 0xfe, 0x45, 0x23, 0x01, 0x00 }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "leal -1(%rax,%rcx,4),%edx", { 0x8d, 0x54, 0x88, 0xff }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "leaw 3(%rcx),%ax", { 0x66, 0x8d, 0x41, 0x03 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "leal (%eax,%ecx,1),%edx", { 0x67, 0x8d, 0x14, 0x08 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "leaq 1(%rip),%rax", { 0x48, 0x8d, 0x05, 0x01, 0x00, 0x00, 0x00 }, 7, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "leaq -0x80(%r13,%r12,1),%rsi", { 0x4b, 0x8d, 0x74, 0x25, 0x80 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "leaq (,%rcx,8),%rax", { 0x48, 0x8d, 0x04, 0xcd, 0x00, 0x00, 0x00, 0x00 }, 8, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "leal 0x7fffffff(%rax),%ecx", { 0x8d, 0x88, 0xff, 0xff, 0xff, 0x7f }, 6, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "bswapl %eax", { 0x0f, 0xc8 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "bswapl %r10d", { 0x41, 0x0f, 0xca }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "bswapq %rcx", { 0x48, 0x0f, 0xc9 }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "bswapq %r15", { 0x49, 0x0f, 0xcf }, 3, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cbtw", { 0x66, 0x98 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cwtl", { 0x98 }, 1, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cltq", { 0x48, 0x98 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cwtd", { 0x66, 0x99 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cltd", { 0x99 }, 1, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cqto", { 0x48, 0x99 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "xchg %ax,%ax", { 0x66, 0x90 }, 2, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "nopl 0(%rax,%rax,1)", { 0x0f, 0x1f, 0x04, 0x00 }, 4, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "nopw 0(%rax,%rax,1)", { 0x66, 0x0f, 0x1f, 0x04, 0x00 }, 5, FX_NONE, 0, LN_I, DYN_NONE, -1, -1, 0 },
};

static const struct insn_form fam_string[] = {
	{ "movsb", { 0xa4 }, 1, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movsw", { 0x66, 0xa5 }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movsl", { 0xa5 }, 1, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movsq", { 0x48, 0xa5 }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "stosb", { 0xaa }, 1, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "stosw", { 0x66, 0xab }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "stosl", { 0xab }, 1, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "stosq", { 0x48, 0xab }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "lodsb", { 0xac }, 1, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "lodsw", { 0x66, 0xad }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "lodsl", { 0xad }, 1, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "lodsq", { 0x48, 0xad }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "rep movsb", { 0xf3, 0xa4 }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "rep movsw", { 0x66, 0xf3, 0xa5 }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "rep movsl", { 0xf3, 0xa5 }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "rep movsq", { 0xf3, 0x48, 0xa5 }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "rep stosb", { 0xf3, 0xaa }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "rep stosw", { 0x66, 0xf3, 0xab }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "rep stosl", { 0xf3, 0xab }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "rep stosq", { 0xf3, 0x48, 0xab }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "rep lodsb", { 0xf3, 0xac }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpsb", { 0xa6 }, 1, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpsw", { 0x66, 0xa7 }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpsl", { 0xa7 }, 1, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "cmpsq", { 0x48, 0xa7 }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "scasb", { 0xae }, 1, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "scasw", { 0x66, 0xaf }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "scasl", { 0xaf }, 1, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "scasq", { 0x48, 0xaf }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repe cmpsb", { 0xf3, 0xa6 }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repe cmpsw", { 0x66, 0xf3, 0xa7 }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repe cmpsl", { 0xf3, 0xa7 }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repe cmpsq", { 0xf3, 0x48, 0xa7 }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repe scasb", { 0xf3, 0xae }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repe scasw", { 0x66, 0xf3, 0xaf }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repe scasl", { 0xf3, 0xaf }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repe scasq", { 0xf3, 0x48, 0xaf }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repne cmpsb", { 0xf2, 0xa6 }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repne cmpsw", { 0x66, 0xf2, 0xa7 }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repne cmpsl", { 0xf2, 0xa7 }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repne cmpsq", { 0xf2, 0x48, 0xa7 }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repne scasb", { 0xf2, 0xae }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repne scasw", { 0x66, 0xf2, 0xaf }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repne scasl", { 0xf2, 0xaf }, 2, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "repne scasq", { 0xf2, 0x48, 0xaf }, 3, FX_STRING, 0, LN_I, DYN_NONE, -1, -1, 0 },
};

static const struct insn_form fam_sse_arith[] = {
	{ "addss %xmm2,%xmm1", { 0xf3, 0x0f, 0x58, 0xca }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "addss %xmm12,%xmm9", { 0xf3, 0x45, 0x0f, 0x58, 0xcc }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "addss (%rbx),%xmm3", { 0xf3, 0x0f, 0x58, 0x1b }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "addsd %xmm2,%xmm1", { 0xf2, 0x0f, 0x58, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "addsd %xmm12,%xmm9", { 0xf2, 0x45, 0x0f, 0x58, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "addsd (%rbx),%xmm3", { 0xf2, 0x0f, 0x58, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "addps %xmm2,%xmm1", { 0x0f, 0x58, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "addps %xmm12,%xmm9", { 0x45, 0x0f, 0x58, 0xcc }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "addps (%rbx),%xmm3", { 0x0f, 0x58, 0x1b }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "addpd %xmm2,%xmm1", { 0x66, 0x0f, 0x58, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "addpd %xmm12,%xmm9", { 0x66, 0x45, 0x0f, 0x58, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "addpd (%rbx),%xmm3", { 0x66, 0x0f, 0x58, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "subss %xmm2,%xmm1", { 0xf3, 0x0f, 0x5c, 0xca }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "subss %xmm12,%xmm9", { 0xf3, 0x45, 0x0f, 0x5c, 0xcc }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "subss (%rbx),%xmm3", { 0xf3, 0x0f, 0x5c, 0x1b }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "subsd %xmm2,%xmm1", { 0xf2, 0x0f, 0x5c, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "subsd %xmm12,%xmm9", { 0xf2, 0x45, 0x0f, 0x5c, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "subsd (%rbx),%xmm3", { 0xf2, 0x0f, 0x5c, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "subps %xmm2,%xmm1", { 0x0f, 0x5c, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "subps %xmm12,%xmm9", { 0x45, 0x0f, 0x5c, 0xcc }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "subps (%rbx),%xmm3", { 0x0f, 0x5c, 0x1b }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "subpd %xmm2,%xmm1", { 0x66, 0x0f, 0x5c, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "subpd %xmm12,%xmm9", { 0x66, 0x45, 0x0f, 0x5c, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "subpd (%rbx),%xmm3", { 0x66, 0x0f, 0x5c, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "mulss %xmm2,%xmm1", { 0xf3, 0x0f, 0x59, 0xca }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "mulss %xmm12,%xmm9", { 0xf3, 0x45, 0x0f, 0x59, 0xcc }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "mulss (%rbx),%xmm3", { 0xf3, 0x0f, 0x59, 0x1b }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "mulsd %xmm2,%xmm1", { 0xf2, 0x0f, 0x59, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "mulsd %xmm12,%xmm9", { 0xf2, 0x45, 0x0f, 0x59, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "mulsd (%rbx),%xmm3", { 0xf2, 0x0f, 0x59, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "mulps %xmm2,%xmm1", { 0x0f, 0x59, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "mulps %xmm12,%xmm9", { 0x45, 0x0f, 0x59, 0xcc }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "mulps (%rbx),%xmm3", { 0x0f, 0x59, 0x1b }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "mulpd %xmm2,%xmm1", { 0x66, 0x0f, 0x59, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "mulpd %xmm12,%xmm9", { 0x66, 0x45, 0x0f, 0x59, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "mulpd (%rbx),%xmm3", { 0x66, 0x0f, 0x59, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "divss %xmm2,%xmm1", { 0xf3, 0x0f, 0x5e, 0xca }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "divss %xmm12,%xmm9", { 0xf3, 0x45, 0x0f, 0x5e, 0xcc }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "divss (%rbx),%xmm3", { 0xf3, 0x0f, 0x5e, 0x1b }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "divsd %xmm2,%xmm1", { 0xf2, 0x0f, 0x5e, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "divsd %xmm12,%xmm9", { 0xf2, 0x45, 0x0f, 0x5e, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "divsd (%rbx),%xmm3", { 0xf2, 0x0f, 0x5e, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "divps %xmm2,%xmm1", { 0x0f, 0x5e, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "divps %xmm12,%xmm9", { 0x45, 0x0f, 0x5e, 0xcc }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "divps (%rbx),%xmm3", { 0x0f, 0x5e, 0x1b }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "divpd %xmm2,%xmm1", { 0x66, 0x0f, 0x5e, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "divpd %xmm12,%xmm9", { 0x66, 0x45, 0x0f, 0x5e, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "divpd (%rbx),%xmm3", { 0x66, 0x0f, 0x5e, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "minss %xmm2,%xmm1", { 0xf3, 0x0f, 0x5d, 0xca }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "minss %xmm12,%xmm9", { 0xf3, 0x45, 0x0f, 0x5d, 0xcc }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "minss (%rbx),%xmm3", { 0xf3, 0x0f, 0x5d, 0x1b }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "minsd %xmm2,%xmm1", { 0xf2, 0x0f, 0x5d, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "minsd %xmm12,%xmm9", { 0xf2, 0x45, 0x0f, 0x5d, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "minsd (%rbx),%xmm3", { 0xf2, 0x0f, 0x5d, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "minps %xmm2,%xmm1", { 0x0f, 0x5d, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "minps %xmm12,%xmm9", { 0x45, 0x0f, 0x5d, 0xcc }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "minps (%rbx),%xmm3", { 0x0f, 0x5d, 0x1b }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "minpd %xmm2,%xmm1", { 0x66, 0x0f, 0x5d, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "minpd %xmm12,%xmm9", { 0x66, 0x45, 0x0f, 0x5d, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "minpd (%rbx),%xmm3", { 0x66, 0x0f, 0x5d, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "maxss %xmm2,%xmm1", { 0xf3, 0x0f, 0x5f, 0xca }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "maxss %xmm12,%xmm9", { 0xf3, 0x45, 0x0f, 0x5f, 0xcc }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "maxss (%rbx),%xmm3", { 0xf3, 0x0f, 0x5f, 0x1b }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "maxsd %xmm2,%xmm1", { 0xf2, 0x0f, 0x5f, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "maxsd %xmm12,%xmm9", { 0xf2, 0x45, 0x0f, 0x5f, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "maxsd (%rbx),%xmm3", { 0xf2, 0x0f, 0x5f, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "maxps %xmm2,%xmm1", { 0x0f, 0x5f, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "maxps %xmm12,%xmm9", { 0x45, 0x0f, 0x5f, 0xcc }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "maxps (%rbx),%xmm3", { 0x0f, 0x5f, 0x1b }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "maxpd %xmm2,%xmm1", { 0x66, 0x0f, 0x5f, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "maxpd %xmm12,%xmm9", { 0x66, 0x45, 0x0f, 0x5f, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "maxpd (%rbx),%xmm3", { 0x66, 0x0f, 0x5f, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "sqrtss %xmm2,%xmm1", { 0xf3, 0x0f, 0x51, 0xca }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "sqrtss %xmm12,%xmm9", { 0xf3, 0x45, 0x0f, 0x51, 0xcc }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "sqrtss (%rbx),%xmm3", { 0xf3, 0x0f, 0x51, 0x1b }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "sqrtsd %xmm2,%xmm1", { 0xf2, 0x0f, 0x51, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "sqrtsd %xmm12,%xmm9", { 0xf2, 0x45, 0x0f, 0x51, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "sqrtsd (%rbx),%xmm3", { 0xf2, 0x0f, 0x51, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "sqrtps %xmm2,%xmm1", { 0x0f, 0x51, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "sqrtps %xmm12,%xmm9", { 0x45, 0x0f, 0x51, 0xcc }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "sqrtps (%rbx),%xmm3", { 0x0f, 0x51, 0x1b }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "sqrtpd %xmm2,%xmm1", { 0x66, 0x0f, 0x51, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "sqrtpd %xmm12,%xmm9", { 0x66, 0x45, 0x0f, 0x51, 0xcc }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "sqrtpd (%rbx),%xmm3", { 0x66, 0x0f, 0x51, 0x1b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
};

static const struct insn_form fam_sse_cmp[] = {
	{ "comiss %xmm2,%xmm1", { 0x0f, 0x2f, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "comiss %xmm8,%xmm15", { 0x45, 0x0f, 0x2f, 0xf8 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "comiss (%rbx),%xmm0", { 0x0f, 0x2f, 0x03 }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "ucomiss %xmm2,%xmm1", { 0x0f, 0x2e, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "ucomiss %xmm8,%xmm15", { 0x45, 0x0f, 0x2e, 0xf8 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "ucomiss (%rbx),%xmm0", { 0x0f, 0x2e, 0x03 }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "comisd %xmm2,%xmm1", { 0x66, 0x0f, 0x2f, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "comisd %xmm8,%xmm15", { 0x66, 0x45, 0x0f, 0x2f, 0xf8 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "comisd (%rbx),%xmm0", { 0x66, 0x0f, 0x2f, 0x03 }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "ucomisd %xmm2,%xmm1", { 0x66, 0x0f, 0x2e, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "ucomisd %xmm8,%xmm15", { 0x66, 0x45, 0x0f, 0x2e, 0xf8 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "ucomisd (%rbx),%xmm0", { 0x66, 0x0f, 0x2e, 0x03 }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmpss $0,%xmm2,%xmm1", { 0xf3, 0x0f, 0xc2, 0xca, 0x00 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpss $1,%xmm2,%xmm1", { 0xf3, 0x0f, 0xc2, 0xca, 0x01 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpss $2,%xmm2,%xmm1", { 0xf3, 0x0f, 0xc2, 0xca, 0x02 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpss $3,%xmm2,%xmm1", { 0xf3, 0x0f, 0xc2, 0xca, 0x03 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpss $4,%xmm2,%xmm1", { 0xf3, 0x0f, 0xc2, 0xca, 0x04 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpss $5,%xmm2,%xmm1", { 0xf3, 0x0f, 0xc2, 0xca, 0x05 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpss $6,%xmm2,%xmm1", { 0xf3, 0x0f, 0xc2, 0xca, 0x06 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpss $7,%xmm2,%xmm1", { 0xf3, 0x0f, 0xc2, 0xca, 0x07 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpss $1,(%rbx),%xmm10", { 0xf3, 0x44, 0x0f, 0xc2, 0x13, 0x01 }, 6, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpsd $0,%xmm2,%xmm1", { 0xf2, 0x0f, 0xc2, 0xca, 0x00 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmpsd $1,%xmm2,%xmm1", { 0xf2, 0x0f, 0xc2, 0xca, 0x01 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmpsd $2,%xmm2,%xmm1", { 0xf2, 0x0f, 0xc2, 0xca, 0x02 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmpsd $3,%xmm2,%xmm1", { 0xf2, 0x0f, 0xc2, 0xca, 0x03 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmpsd $4,%xmm2,%xmm1", { 0xf2, 0x0f, 0xc2, 0xca, 0x04 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmpsd $5,%xmm2,%xmm1", { 0xf2, 0x0f, 0xc2, 0xca, 0x05 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmpsd $6,%xmm2,%xmm1", { 0xf2, 0x0f, 0xc2, 0xca, 0x06 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmpsd $7,%xmm2,%xmm1", { 0xf2, 0x0f, 0xc2, 0xca, 0x07 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmpsd $1,(%rbx),%xmm10", { 0xf2, 0x44, 0x0f, 0xc2, 0x13, 0x01 }, 6, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmpps $0,%xmm2,%xmm1", { 0x0f, 0xc2, 0xca, 0x00 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpps $1,%xmm2,%xmm1", { 0x0f, 0xc2, 0xca, 0x01 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpps $2,%xmm2,%xmm1", { 0x0f, 0xc2, 0xca, 0x02 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpps $3,%xmm2,%xmm1", { 0x0f, 0xc2, 0xca, 0x03 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpps $4,%xmm2,%xmm1", { 0x0f, 0xc2, 0xca, 0x04 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpps $5,%xmm2,%xmm1", { 0x0f, 0xc2, 0xca, 0x05 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpps $6,%xmm2,%xmm1", { 0x0f, 0xc2, 0xca, 0x06 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpps $7,%xmm2,%xmm1", { 0x0f, 0xc2, 0xca, 0x07 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmpps $1,(%rbx),%xmm10", { 0x44, 0x0f, 0xc2, 0x13, 0x01 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cmppd $0,%xmm2,%xmm1", { 0x66, 0x0f, 0xc2, 0xca, 0x00 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmppd $1,%xmm2,%xmm1", { 0x66, 0x0f, 0xc2, 0xca, 0x01 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmppd $2,%xmm2,%xmm1", { 0x66, 0x0f, 0xc2, 0xca, 0x02 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmppd $3,%xmm2,%xmm1", { 0x66, 0x0f, 0xc2, 0xca, 0x03 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmppd $4,%xmm2,%xmm1", { 0x66, 0x0f, 0xc2, 0xca, 0x04 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmppd $5,%xmm2,%xmm1", { 0x66, 0x0f, 0xc2, 0xca, 0x05 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmppd $6,%xmm2,%xmm1", { 0x66, 0x0f, 0xc2, 0xca, 0x06 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmppd $7,%xmm2,%xmm1", { 0x66, 0x0f, 0xc2, 0xca, 0x07 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cmppd $1,(%rbx),%xmm10", { 0x66, 0x44, 0x0f, 0xc2, 0x13, 0x01 }, 6, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
};

static const struct insn_form fam_sse_cvt[] = {
	{ "cvtsi2sdl %ecx,%xmm1", { 0xf2, 0x0f, 0x2a, 0xc9 }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvtsi2sdq %rcx,%xmm1", { 0xf2, 0x48, 0x0f, 0x2a, 0xc9 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvtsi2sdl (%rbx),%xmm9", { 0xf2, 0x44, 0x0f, 0x2a, 0x0b }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvtsi2sdq (%rbx),%xmm2", { 0xf2, 0x48, 0x0f, 0x2a, 0x13 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvtsi2ssl %ecx,%xmm1", { 0xf3, 0x0f, 0x2a, 0xc9 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvtsi2ssq %rcx,%xmm1", { 0xf3, 0x48, 0x0f, 0x2a, 0xc9 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvtsi2ssq %r11,%xmm13", { 0xf3, 0x4d, 0x0f, 0x2a, 0xeb }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvttsd2si %xmm1,%eax", { 0xf2, 0x0f, 0x2c, 0xc1 }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvttsd2si %xmm1,%rax", { 0xf2, 0x48, 0x0f, 0x2c, 0xc1 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvtsd2si %xmm1,%eax", { 0xf2, 0x0f, 0x2d, 0xc1 }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvtsd2si %xmm9,%r10", { 0xf2, 0x4d, 0x0f, 0x2d, 0xd1 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvttsd2si (%rbx),%rdx", { 0xf2, 0x48, 0x0f, 0x2c, 0x13 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvttss2si %xmm1,%eax", { 0xf3, 0x0f, 0x2c, 0xc1 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvttss2si %xmm1,%rax", { 0xf3, 0x48, 0x0f, 0x2c, 0xc1 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvtss2si %xmm1,%ecx", { 0xf3, 0x0f, 0x2d, 0xc9 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvtss2si %xmm14,%r8", { 0xf3, 0x4d, 0x0f, 0x2d, 0xc6 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvtsd2ss %xmm2,%xmm1", { 0xf2, 0x0f, 0x5a, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvtsd2ss (%rbx),%xmm1", { 0xf2, 0x0f, 0x5a, 0x0b }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvtss2sd %xmm2,%xmm1", { 0xf3, 0x0f, 0x5a, 0xca }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvtss2sd (%rbx),%xmm11", { 0xf3, 0x44, 0x0f, 0x5a, 0x1b }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvtdq2pd %xmm2,%xmm1", { 0xf3, 0x0f, 0xe6, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "cvtdq2ps %xmm2,%xmm1", { 0x0f, 0x5b, 0xca }, 3, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "cvttpd2dq %xmm2,%xmm1", { 0x66, 0x0f, 0xe6, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvtpd2dq %xmm2,%xmm1", { 0xf2, 0x0f, 0xe6, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvttps2dq %xmm2,%xmm1", { 0xf3, 0x0f, 0x5b, 0xca }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvtps2dq %xmm2,%xmm1", { 0x66, 0x0f, 0x5b, 0xca }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvtps2pd %xmm2,%xmm1", { 0x0f, 0x5a, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "cvtpd2ps %xmm2,%xmm1", { 0x66, 0x0f, 0x5a, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "cvtdq2pd (%rbx),%xmm4", { 0xf3, 0x0f, 0xe6, 0x23 }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "cvtps2pd (%rbx),%xmm4", { 0x0f, 0x5a, 0x23 }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
};

static const struct insn_form fam_sse_move[] = {
	{ "andps %xmm2,%xmm1", { 0x0f, 0x54, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "andps (%rbx),%xmm10", { 0x44, 0x0f, 0x54, 0x13 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "andnps %xmm2,%xmm1", { 0x0f, 0x55, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "andnps (%rbx),%xmm10", { 0x44, 0x0f, 0x55, 0x13 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "orps %xmm2,%xmm1", { 0x0f, 0x56, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "orps (%rbx),%xmm10", { 0x44, 0x0f, 0x56, 0x13 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "xorps %xmm2,%xmm1", { 0x0f, 0x57, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "xorps (%rbx),%xmm10", { 0x44, 0x0f, 0x57, 0x13 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "andpd %xmm2,%xmm1", { 0x66, 0x0f, 0x54, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "andpd (%rbx),%xmm10", { 0x66, 0x44, 0x0f, 0x54, 0x13 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "andnpd %xmm2,%xmm1", { 0x66, 0x0f, 0x55, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "andnpd (%rbx),%xmm10", { 0x66, 0x44, 0x0f, 0x55, 0x13 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "orpd %xmm2,%xmm1", { 0x66, 0x0f, 0x56, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "orpd (%rbx),%xmm10", { 0x66, 0x44, 0x0f, 0x56, 0x13 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "xorpd %xmm2,%xmm1", { 0x66, 0x0f, 0x57, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "xorpd (%rbx),%xmm10", { 0x66, 0x44, 0x0f, 0x57, 0x13 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "unpcklps %xmm2,%xmm1", { 0x0f, 0x14, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "unpcklps (%rbx),%xmm10", { 0x44, 0x0f, 0x14, 0x13 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "unpckhps %xmm2,%xmm1", { 0x0f, 0x15, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "unpckhps (%rbx),%xmm10", { 0x44, 0x0f, 0x15, 0x13 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "unpcklpd %xmm2,%xmm1", { 0x66, 0x0f, 0x14, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "unpcklpd (%rbx),%xmm10", { 0x66, 0x44, 0x0f, 0x14, 0x13 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "unpckhpd %xmm2,%xmm1", { 0x66, 0x0f, 0x15, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "unpckhpd (%rbx),%xmm10", { 0x66, 0x44, 0x0f, 0x15, 0x13 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "movss %xmm2,%xmm1", { 0xf3, 0x0f, 0x10, 0xca }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "movss (%rbx),%xmm10", { 0xf3, 0x44, 0x0f, 0x10, 0x13 }, 5, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "movsd %xmm2,%xmm1", { 0xf2, 0x0f, 0x10, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "movsd (%rbx),%xmm10", { 0xf2, 0x44, 0x0f, 0x10, 0x13 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "movaps %xmm2,%xmm1", { 0x0f, 0x28, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "movaps (%rbx),%xmm10", { 0x44, 0x0f, 0x28, 0x13 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "movups %xmm2,%xmm1", { 0x0f, 0x10, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "movups (%rbx),%xmm10", { 0x44, 0x0f, 0x10, 0x13 }, 4, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "movapd %xmm2,%xmm1", { 0x66, 0x0f, 0x28, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "movapd (%rbx),%xmm10", { 0x66, 0x44, 0x0f, 0x28, 0x13 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "movupd %xmm2,%xmm1", { 0x66, 0x0f, 0x10, 0xca }, 4, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "movupd (%rbx),%xmm10", { 0x66, 0x44, 0x0f, 0x10, 0x13 }, 5, FX_SSE, 0, LN_F64, DYN_NONE, -1, -1, 0 },
	{ "movhlps %xmm2,%xmm1", { 0x0f, 0x12, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "movlhps %xmm2,%xmm1", { 0x0f, 0x16, 0xca }, 3, FX_SSE, 0, LN_F32, DYN_NONE, -1, -1, 0 },
	{ "movss %xmm3,4(%rbx)", { 0xf3, 0x0f, 0x11, 0x5b, 0x04 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movsd %xmm3,8(%rbx)", { 0xf2, 0x0f, 0x11, 0x5b, 0x08 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movaps %xmm9,(%rbx)", { 0x44, 0x0f, 0x29, 0x0b }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movups %xmm9,(%rbx)", { 0x44, 0x0f, 0x11, 0x0b }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movlps (%rbx),%xmm1", { 0x0f, 0x12, 0x0b }, 3, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movhps (%rbx),%xmm1", { 0x0f, 0x16, 0x0b }, 3, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movlpd (%rbx),%xmm1", { 0x66, 0x0f, 0x12, 0x0b }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movhpd (%rbx),%xmm1", { 0x66, 0x0f, 0x16, 0x0b }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movlps %xmm1,8(%rbx)", { 0x0f, 0x13, 0x4b, 0x08 }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movhps %xmm1,8(%rbx)", { 0x0f, 0x17, 0x4b, 0x08 }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movhpd %xmm1,8(%rbx)", { 0x66, 0x0f, 0x17, 0x4b, 0x08 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movd %ecx,%xmm1", { 0x66, 0x0f, 0x6e, 0xc9 }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movd %xmm1,%ecx", { 0x66, 0x0f, 0x7e, 0xc9 }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movd (%rbx),%xmm12", { 0x66, 0x44, 0x0f, 0x6e, 0x23 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movd %xmm12,4(%rbx)", { 0x66, 0x44, 0x0f, 0x7e, 0x63, 0x04 }, 6, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movq %rcx,%xmm1", { 0x66, 0x48, 0x0f, 0x6e, 0xc9 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movq %xmm1,%rcx", { 0x66, 0x48, 0x0f, 0x7e, 0xc9 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movq %xmm2,%xmm1", { 0xf3, 0x0f, 0x7e, 0xca }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movq (%rbx),%xmm1", { 0xf3, 0x0f, 0x7e, 0x0b }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movq %xmm1,(%rbx)", { 0x66, 0x0f, 0xd6, 0x0b }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movdqa %xmm2,%xmm1", { 0x66, 0x0f, 0x6f, 0xca }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movdqu (%rbx),%xmm1", { 0xf3, 0x0f, 0x6f, 0x0b }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movdqa %xmm1,(%rbx)", { 0x66, 0x0f, 0x7f, 0x0b }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movdqu %xmm14,8(%rbx)", { 0xf3, 0x44, 0x0f, 0x7f, 0x73, 0x08 }, 6, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pmovmskb %xmm1,%eax", { 0x66, 0x0f, 0xd7, 0xc1 }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pmovmskb %xmm10,%r9d", { 0x66, 0x45, 0x0f, 0xd7, 0xca }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movmskps %xmm1,%eax", { 0x0f, 0x50, 0xc1 }, 3, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movmskpd %xmm1,%ecx", { 0x66, 0x0f, 0x50, 0xc9 }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movmskpd %xmm11,%r8d", { 0x66, 0x45, 0x0f, 0x50, 0xc3 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pextrw $3,%xmm1,%eax", { 0x66, 0x0f, 0xc5, 0xc1, 0x03 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pinsrw $5,%ecx,%xmm1", { 0x66, 0x0f, 0xc4, 0xc9, 0x05 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pinsrw $2,(%rbx),%xmm1", { 0x66, 0x0f, 0xc4, 0x0b, 0x02 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "shufps $0x1b,%xmm2,%xmm1", { 0x0f, 0xc6, 0xca, 0x1b }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "shufps $0xe4,(%rbx),%xmm1", { 0x0f, 0xc6, 0x0b, 0xe4 }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "shufpd $1,%xmm2,%xmm1", { 0x66, 0x0f, 0xc6, 0xca, 0x01 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "shufpd $2,%xmm2,%xmm1", { 0x66, 0x0f, 0xc6, 0xca, 0x02 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pshufd $0x1b,%xmm2,%xmm1", { 0x66, 0x0f, 0x70, 0xca, 0x1b }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pshufd $0x93,(%rbx),%xmm9", { 0x66, 0x44, 0x0f, 0x70, 0x0b, 0x93 }, 6, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pshuflw $0x1b,%xmm2,%xmm1", { 0xf2, 0x0f, 0x70, 0xca, 0x1b }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pshufhw $0xb1,%xmm2,%xmm1", { 0xf3, 0x0f, 0x70, 0xca, 0xb1 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "stmxcsr (%rbx)", { 0x0f, 0xae, 0x1b }, 3, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movd (%rbx),%xmm1", { 0x66, 0x0f, 0x6e, 0x0b }, 4, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movq (%rbx),%xmm1 (66 REX.W 0F 6E)", { 0x66, 0x48, 0x0f, 0x6e, 0x0b }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movq %xmm9,8(%rbx) (66 REX.W 0F 7E)", { 0x66, 0x4c, 0x0f, 0x7e, 0x4b, 0x08 }, 6, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movd 4(%rbx),%xmm9", { 0x66, 0x44, 0x0f, 0x6e, 0x4b, 0x04 }, 6, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movd %r10d,%xmm14", { 0x66, 0x45, 0x0f, 0x6e, 0xf2 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "movd %xmm3,%r9d", { 0x66, 0x41, 0x0f, 0x7e, 0xd9 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
};

static const struct insn_form fam_sse_int[] = {
	{ "punpcklbw %xmm2,%xmm1", { 0x66, 0x0f, 0x60, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "punpcklbw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x60, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "punpcklbw (%rbx),%xmm5", { 0x66, 0x0f, 0x60, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "punpcklwd %xmm2,%xmm1", { 0x66, 0x0f, 0x61, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpcklwd %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x61, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpcklwd (%rbx),%xmm5", { 0x66, 0x0f, 0x61, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckldq %xmm2,%xmm1", { 0x66, 0x0f, 0x62, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckldq %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x62, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckldq (%rbx),%xmm5", { 0x66, 0x0f, 0x62, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpcklqdq %xmm2,%xmm1", { 0x66, 0x0f, 0x6c, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpcklqdq %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x6c, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpcklqdq (%rbx),%xmm5", { 0x66, 0x0f, 0x6c, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckhbw %xmm2,%xmm1", { 0x66, 0x0f, 0x68, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "punpckhbw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x68, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "punpckhbw (%rbx),%xmm5", { 0x66, 0x0f, 0x68, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "punpckhwd %xmm2,%xmm1", { 0x66, 0x0f, 0x69, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckhwd %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x69, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckhwd (%rbx),%xmm5", { 0x66, 0x0f, 0x69, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckhdq %xmm2,%xmm1", { 0x66, 0x0f, 0x6a, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckhdq %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x6a, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckhdq (%rbx),%xmm5", { 0x66, 0x0f, 0x6a, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckhqdq %xmm2,%xmm1", { 0x66, 0x0f, 0x6d, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckhqdq %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x6d, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "punpckhqdq (%rbx),%xmm5", { 0x66, 0x0f, 0x6d, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "packsswb %xmm2,%xmm1", { 0x66, 0x0f, 0x63, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "packsswb %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x63, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "packsswb (%rbx),%xmm5", { 0x66, 0x0f, 0x63, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "packssdw %xmm2,%xmm1", { 0x66, 0x0f, 0x6b, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "packssdw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x6b, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "packssdw (%rbx),%xmm5", { 0x66, 0x0f, 0x6b, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "packuswb %xmm2,%xmm1", { 0x66, 0x0f, 0x67, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "packuswb %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x67, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "packuswb (%rbx),%xmm5", { 0x66, 0x0f, 0x67, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "paddb %xmm2,%xmm1", { 0x66, 0x0f, 0xfc, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "paddb %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xfc, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "paddb (%rbx),%xmm5", { 0x66, 0x0f, 0xfc, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "paddw %xmm2,%xmm1", { 0x66, 0x0f, 0xfd, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "paddw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xfd, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "paddw (%rbx),%xmm5", { 0x66, 0x0f, 0xfd, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "paddd %xmm2,%xmm1", { 0x66, 0x0f, 0xfe, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "paddd %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xfe, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "paddd (%rbx),%xmm5", { 0x66, 0x0f, 0xfe, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "paddq %xmm2,%xmm1", { 0x66, 0x0f, 0xd4, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "paddq %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xd4, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "paddq (%rbx),%xmm5", { 0x66, 0x0f, 0xd4, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "paddsb %xmm2,%xmm1", { 0x66, 0x0f, 0xec, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "paddsb %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xec, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "paddsb (%rbx),%xmm5", { 0x66, 0x0f, 0xec, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "paddsw %xmm2,%xmm1", { 0x66, 0x0f, 0xed, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "paddsw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xed, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "paddsw (%rbx),%xmm5", { 0x66, 0x0f, 0xed, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "paddusb %xmm2,%xmm1", { 0x66, 0x0f, 0xdc, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "paddusb %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xdc, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "paddusb (%rbx),%xmm5", { 0x66, 0x0f, 0xdc, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "paddusw %xmm2,%xmm1", { 0x66, 0x0f, 0xdd, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "paddusw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xdd, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "paddusw (%rbx),%xmm5", { 0x66, 0x0f, 0xdd, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "psubb %xmm2,%xmm1", { 0x66, 0x0f, 0xf8, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "psubb %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xf8, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "psubb (%rbx),%xmm5", { 0x66, 0x0f, 0xf8, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "psubw %xmm2,%xmm1", { 0x66, 0x0f, 0xf9, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "psubw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xf9, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "psubw (%rbx),%xmm5", { 0x66, 0x0f, 0xf9, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "psubd %xmm2,%xmm1", { 0x66, 0x0f, 0xfa, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "psubd %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xfa, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "psubd (%rbx),%xmm5", { 0x66, 0x0f, 0xfa, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "psubq %xmm2,%xmm1", { 0x66, 0x0f, 0xfb, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "psubq %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xfb, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "psubq (%rbx),%xmm5", { 0x66, 0x0f, 0xfb, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "psubsb %xmm2,%xmm1", { 0x66, 0x0f, 0xe8, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "psubsb %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xe8, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "psubsb (%rbx),%xmm5", { 0x66, 0x0f, 0xe8, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "psubsw %xmm2,%xmm1", { 0x66, 0x0f, 0xe9, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "psubsw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xe9, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "psubsw (%rbx),%xmm5", { 0x66, 0x0f, 0xe9, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "psubusb %xmm2,%xmm1", { 0x66, 0x0f, 0xd8, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "psubusb %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xd8, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "psubusb (%rbx),%xmm5", { 0x66, 0x0f, 0xd8, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "psubusw %xmm2,%xmm1", { 0x66, 0x0f, 0xd9, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "psubusw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xd9, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "psubusw (%rbx),%xmm5", { 0x66, 0x0f, 0xd9, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmullw %xmm2,%xmm1", { 0x66, 0x0f, 0xd5, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmullw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xd5, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmullw (%rbx),%xmm5", { 0x66, 0x0f, 0xd5, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmulhw %xmm2,%xmm1", { 0x66, 0x0f, 0xe5, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmulhw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xe5, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmulhw (%rbx),%xmm5", { 0x66, 0x0f, 0xe5, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmulhuw %xmm2,%xmm1", { 0x66, 0x0f, 0xe4, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmulhuw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xe4, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmulhuw (%rbx),%xmm5", { 0x66, 0x0f, 0xe4, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmuludq %xmm2,%xmm1", { 0x66, 0x0f, 0xf4, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pmuludq %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xf4, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pmuludq (%rbx),%xmm5", { 0x66, 0x0f, 0xf4, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pmaddwd %xmm2,%xmm1", { 0x66, 0x0f, 0xf5, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pmaddwd %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xf5, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pmaddwd (%rbx),%xmm5", { 0x66, 0x0f, 0xf5, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "psadbw %xmm2,%xmm1", { 0x66, 0x0f, 0xf6, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "psadbw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xf6, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "psadbw (%rbx),%xmm5", { 0x66, 0x0f, 0xf6, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pavgb %xmm2,%xmm1", { 0x66, 0x0f, 0xe0, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pavgb %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xe0, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pavgb (%rbx),%xmm5", { 0x66, 0x0f, 0xe0, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pavgw %xmm2,%xmm1", { 0x66, 0x0f, 0xe3, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pavgw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xe3, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pavgw (%rbx),%xmm5", { 0x66, 0x0f, 0xe3, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pminub %xmm2,%xmm1", { 0x66, 0x0f, 0xda, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pminub %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xda, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pminub (%rbx),%xmm5", { 0x66, 0x0f, 0xda, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pmaxub %xmm2,%xmm1", { 0x66, 0x0f, 0xde, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pmaxub %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xde, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pmaxub (%rbx),%xmm5", { 0x66, 0x0f, 0xde, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pminsw %xmm2,%xmm1", { 0x66, 0x0f, 0xea, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pminsw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xea, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pminsw (%rbx),%xmm5", { 0x66, 0x0f, 0xea, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmaxsw %xmm2,%xmm1", { 0x66, 0x0f, 0xee, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmaxsw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xee, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pmaxsw (%rbx),%xmm5", { 0x66, 0x0f, 0xee, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pand %xmm2,%xmm1", { 0x66, 0x0f, 0xdb, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pand %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xdb, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pand (%rbx),%xmm5", { 0x66, 0x0f, 0xdb, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "por %xmm2,%xmm1", { 0x66, 0x0f, 0xeb, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "por %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xeb, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "por (%rbx),%xmm5", { 0x66, 0x0f, 0xeb, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pxor %xmm2,%xmm1", { 0x66, 0x0f, 0xef, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pxor %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xef, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pxor (%rbx),%xmm5", { 0x66, 0x0f, 0xef, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pandn %xmm2,%xmm1", { 0x66, 0x0f, 0xdf, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pandn %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0xdf, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pandn (%rbx),%xmm5", { 0x66, 0x0f, 0xdf, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pcmpeqb %xmm2,%xmm1", { 0x66, 0x0f, 0x74, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pcmpeqb %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x74, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pcmpeqb (%rbx),%xmm5", { 0x66, 0x0f, 0x74, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pcmpeqw %xmm2,%xmm1", { 0x66, 0x0f, 0x75, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pcmpeqw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x75, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pcmpeqw (%rbx),%xmm5", { 0x66, 0x0f, 0x75, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pcmpeqd %xmm2,%xmm1", { 0x66, 0x0f, 0x76, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pcmpeqd %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x76, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pcmpeqd (%rbx),%xmm5", { 0x66, 0x0f, 0x76, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pcmpgtb %xmm2,%xmm1", { 0x66, 0x0f, 0x64, 0xca }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pcmpgtb %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x64, 0xc5 }, 5, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pcmpgtb (%rbx),%xmm5", { 0x66, 0x0f, 0x64, 0x2b }, 4, FX_SSE, 0, LN_I8, DYN_NONE, -1, -1, 0 },
	{ "pcmpgtw %xmm2,%xmm1", { 0x66, 0x0f, 0x65, 0xca }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pcmpgtw %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x65, 0xc5 }, 5, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pcmpgtw (%rbx),%xmm5", { 0x66, 0x0f, 0x65, 0x2b }, 4, FX_SSE, 0, LN_I16, DYN_NONE, -1, -1, 0 },
	{ "pcmpgtd %xmm2,%xmm1", { 0x66, 0x0f, 0x66, 0xca }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pcmpgtd %xmm13,%xmm8", { 0x66, 0x45, 0x0f, 0x66, 0xc5 }, 5, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "pcmpgtd (%rbx),%xmm5", { 0x66, 0x0f, 0x66, 0x2b }, 4, FX_SSE, 0, LN_I32, DYN_NONE, -1, -1, 0 },
	{ "psllw $0,%xmm1", { 0x66, 0x0f, 0x71, 0xf1, 0x00 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw $1,%xmm1", { 0x66, 0x0f, 0x71, 0xf1, 0x01 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw $7,%xmm1", { 0x66, 0x0f, 0x71, 0xf1, 0x07 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw $15,%xmm1", { 0x66, 0x0f, 0x71, 0xf1, 0x0f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw $16,%xmm1", { 0x66, 0x0f, 0x71, 0xf1, 0x10 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw $31,%xmm1", { 0x66, 0x0f, 0x71, 0xf1, 0x1f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw $32,%xmm1", { 0x66, 0x0f, 0x71, 0xf1, 0x20 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw $63,%xmm1", { 0x66, 0x0f, 0x71, 0xf1, 0x3f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw $64,%xmm1", { 0x66, 0x0f, 0x71, 0xf1, 0x40 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw $200,%xmm1", { 0x66, 0x0f, 0x71, 0xf1, 0xc8 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw %xmm2,%xmm1", { 0x66, 0x0f, 0xf1, 0xca }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw %xmm10,%xmm11", { 0x66, 0x45, 0x0f, 0xf1, 0xda }, 5, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllw (%rbx),%xmm4", { 0x66, 0x0f, 0xf1, 0x23 }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld $0,%xmm1", { 0x66, 0x0f, 0x72, 0xf1, 0x00 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld $1,%xmm1", { 0x66, 0x0f, 0x72, 0xf1, 0x01 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld $7,%xmm1", { 0x66, 0x0f, 0x72, 0xf1, 0x07 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld $15,%xmm1", { 0x66, 0x0f, 0x72, 0xf1, 0x0f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld $16,%xmm1", { 0x66, 0x0f, 0x72, 0xf1, 0x10 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld $31,%xmm1", { 0x66, 0x0f, 0x72, 0xf1, 0x1f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld $32,%xmm1", { 0x66, 0x0f, 0x72, 0xf1, 0x20 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld $63,%xmm1", { 0x66, 0x0f, 0x72, 0xf1, 0x3f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld $64,%xmm1", { 0x66, 0x0f, 0x72, 0xf1, 0x40 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld $200,%xmm1", { 0x66, 0x0f, 0x72, 0xf1, 0xc8 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld %xmm2,%xmm1", { 0x66, 0x0f, 0xf2, 0xca }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld %xmm10,%xmm11", { 0x66, 0x45, 0x0f, 0xf2, 0xda }, 5, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslld (%rbx),%xmm4", { 0x66, 0x0f, 0xf2, 0x23 }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq $0,%xmm1", { 0x66, 0x0f, 0x73, 0xf1, 0x00 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq $1,%xmm1", { 0x66, 0x0f, 0x73, 0xf1, 0x01 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq $7,%xmm1", { 0x66, 0x0f, 0x73, 0xf1, 0x07 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq $15,%xmm1", { 0x66, 0x0f, 0x73, 0xf1, 0x0f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq $16,%xmm1", { 0x66, 0x0f, 0x73, 0xf1, 0x10 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq $31,%xmm1", { 0x66, 0x0f, 0x73, 0xf1, 0x1f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq $32,%xmm1", { 0x66, 0x0f, 0x73, 0xf1, 0x20 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq $63,%xmm1", { 0x66, 0x0f, 0x73, 0xf1, 0x3f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq $64,%xmm1", { 0x66, 0x0f, 0x73, 0xf1, 0x40 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq $200,%xmm1", { 0x66, 0x0f, 0x73, 0xf1, 0xc8 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq %xmm2,%xmm1", { 0x66, 0x0f, 0xf3, 0xca }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq %xmm10,%xmm11", { 0x66, 0x45, 0x0f, 0xf3, 0xda }, 5, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psllq (%rbx),%xmm4", { 0x66, 0x0f, 0xf3, 0x23 }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw $0,%xmm1", { 0x66, 0x0f, 0x71, 0xd1, 0x00 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw $1,%xmm1", { 0x66, 0x0f, 0x71, 0xd1, 0x01 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw $7,%xmm1", { 0x66, 0x0f, 0x71, 0xd1, 0x07 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw $15,%xmm1", { 0x66, 0x0f, 0x71, 0xd1, 0x0f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw $16,%xmm1", { 0x66, 0x0f, 0x71, 0xd1, 0x10 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw $31,%xmm1", { 0x66, 0x0f, 0x71, 0xd1, 0x1f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw $32,%xmm1", { 0x66, 0x0f, 0x71, 0xd1, 0x20 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw $63,%xmm1", { 0x66, 0x0f, 0x71, 0xd1, 0x3f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw $64,%xmm1", { 0x66, 0x0f, 0x71, 0xd1, 0x40 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw $200,%xmm1", { 0x66, 0x0f, 0x71, 0xd1, 0xc8 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw %xmm2,%xmm1", { 0x66, 0x0f, 0xd1, 0xca }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw %xmm10,%xmm11", { 0x66, 0x45, 0x0f, 0xd1, 0xda }, 5, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlw (%rbx),%xmm4", { 0x66, 0x0f, 0xd1, 0x23 }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld $0,%xmm1", { 0x66, 0x0f, 0x72, 0xd1, 0x00 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld $1,%xmm1", { 0x66, 0x0f, 0x72, 0xd1, 0x01 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld $7,%xmm1", { 0x66, 0x0f, 0x72, 0xd1, 0x07 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld $15,%xmm1", { 0x66, 0x0f, 0x72, 0xd1, 0x0f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld $16,%xmm1", { 0x66, 0x0f, 0x72, 0xd1, 0x10 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld $31,%xmm1", { 0x66, 0x0f, 0x72, 0xd1, 0x1f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld $32,%xmm1", { 0x66, 0x0f, 0x72, 0xd1, 0x20 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld $63,%xmm1", { 0x66, 0x0f, 0x72, 0xd1, 0x3f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld $64,%xmm1", { 0x66, 0x0f, 0x72, 0xd1, 0x40 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld $200,%xmm1", { 0x66, 0x0f, 0x72, 0xd1, 0xc8 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld %xmm2,%xmm1", { 0x66, 0x0f, 0xd2, 0xca }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld %xmm10,%xmm11", { 0x66, 0x45, 0x0f, 0xd2, 0xda }, 5, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrld (%rbx),%xmm4", { 0x66, 0x0f, 0xd2, 0x23 }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq $0,%xmm1", { 0x66, 0x0f, 0x73, 0xd1, 0x00 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq $1,%xmm1", { 0x66, 0x0f, 0x73, 0xd1, 0x01 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq $7,%xmm1", { 0x66, 0x0f, 0x73, 0xd1, 0x07 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq $15,%xmm1", { 0x66, 0x0f, 0x73, 0xd1, 0x0f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq $16,%xmm1", { 0x66, 0x0f, 0x73, 0xd1, 0x10 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq $31,%xmm1", { 0x66, 0x0f, 0x73, 0xd1, 0x1f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq $32,%xmm1", { 0x66, 0x0f, 0x73, 0xd1, 0x20 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq $63,%xmm1", { 0x66, 0x0f, 0x73, 0xd1, 0x3f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq $64,%xmm1", { 0x66, 0x0f, 0x73, 0xd1, 0x40 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq $200,%xmm1", { 0x66, 0x0f, 0x73, 0xd1, 0xc8 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq %xmm2,%xmm1", { 0x66, 0x0f, 0xd3, 0xca }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq %xmm10,%xmm11", { 0x66, 0x45, 0x0f, 0xd3, 0xda }, 5, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrlq (%rbx),%xmm4", { 0x66, 0x0f, 0xd3, 0x23 }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw $0,%xmm1", { 0x66, 0x0f, 0x71, 0xe1, 0x00 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw $1,%xmm1", { 0x66, 0x0f, 0x71, 0xe1, 0x01 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw $7,%xmm1", { 0x66, 0x0f, 0x71, 0xe1, 0x07 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw $15,%xmm1", { 0x66, 0x0f, 0x71, 0xe1, 0x0f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw $16,%xmm1", { 0x66, 0x0f, 0x71, 0xe1, 0x10 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw $31,%xmm1", { 0x66, 0x0f, 0x71, 0xe1, 0x1f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw $32,%xmm1", { 0x66, 0x0f, 0x71, 0xe1, 0x20 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw $63,%xmm1", { 0x66, 0x0f, 0x71, 0xe1, 0x3f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw $64,%xmm1", { 0x66, 0x0f, 0x71, 0xe1, 0x40 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw $200,%xmm1", { 0x66, 0x0f, 0x71, 0xe1, 0xc8 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw %xmm2,%xmm1", { 0x66, 0x0f, 0xe1, 0xca }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw %xmm10,%xmm11", { 0x66, 0x45, 0x0f, 0xe1, 0xda }, 5, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psraw (%rbx),%xmm4", { 0x66, 0x0f, 0xe1, 0x23 }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad $0,%xmm1", { 0x66, 0x0f, 0x72, 0xe1, 0x00 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad $1,%xmm1", { 0x66, 0x0f, 0x72, 0xe1, 0x01 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad $7,%xmm1", { 0x66, 0x0f, 0x72, 0xe1, 0x07 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad $15,%xmm1", { 0x66, 0x0f, 0x72, 0xe1, 0x0f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad $16,%xmm1", { 0x66, 0x0f, 0x72, 0xe1, 0x10 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad $31,%xmm1", { 0x66, 0x0f, 0x72, 0xe1, 0x1f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad $32,%xmm1", { 0x66, 0x0f, 0x72, 0xe1, 0x20 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad $63,%xmm1", { 0x66, 0x0f, 0x72, 0xe1, 0x3f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad $64,%xmm1", { 0x66, 0x0f, 0x72, 0xe1, 0x40 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad $200,%xmm1", { 0x66, 0x0f, 0x72, 0xe1, 0xc8 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad %xmm2,%xmm1", { 0x66, 0x0f, 0xe2, 0xca }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad %xmm10,%xmm11", { 0x66, 0x45, 0x0f, 0xe2, 0xda }, 5, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrad (%rbx),%xmm4", { 0x66, 0x0f, 0xe2, 0x23 }, 4, FX_PSHIFT, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslldq $0,%xmm1", { 0x66, 0x0f, 0x73, 0xf9, 0x00 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslldq $1,%xmm1", { 0x66, 0x0f, 0x73, 0xf9, 0x01 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslldq $3,%xmm1", { 0x66, 0x0f, 0x73, 0xf9, 0x03 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslldq $8,%xmm1", { 0x66, 0x0f, 0x73, 0xf9, 0x08 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslldq $15,%xmm1", { 0x66, 0x0f, 0x73, 0xf9, 0x0f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslldq $16,%xmm1", { 0x66, 0x0f, 0x73, 0xf9, 0x10 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "pslldq $200,%xmm1", { 0x66, 0x0f, 0x73, 0xf9, 0xc8 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrldq $0,%xmm1", { 0x66, 0x0f, 0x73, 0xd9, 0x00 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrldq $1,%xmm1", { 0x66, 0x0f, 0x73, 0xd9, 0x01 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrldq $3,%xmm1", { 0x66, 0x0f, 0x73, 0xd9, 0x03 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrldq $8,%xmm1", { 0x66, 0x0f, 0x73, 0xd9, 0x08 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrldq $15,%xmm1", { 0x66, 0x0f, 0x73, 0xd9, 0x0f }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrldq $16,%xmm1", { 0x66, 0x0f, 0x73, 0xd9, 0x10 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
	{ "psrldq $200,%xmm1", { 0x66, 0x0f, 0x73, 0xd9, 0xc8 }, 5, FX_SSE, 0, LN_I, DYN_NONE, -1, -1, 0 },
};

/* END GENERATED TABLE */

/* Every table, by family name. */
static const struct insn_family {
	const char *name;
	const struct insn_form *forms;
	size_t n;
} insn_families[] = {
#define INSN_FAM(x) { #x, fam_##x, sizeof fam_##x / sizeof fam_##x[0] }
	INSN_FAM(alu), INSN_FAM(shift), INSN_FAM(muldiv), INSN_FAM(bit), INSN_FAM(cond), INSN_FAM(move),
	INSN_FAM(string), INSN_FAM(sse_arith), INSN_FAM(sse_cmp), INSN_FAM(sse_cvt), INSN_FAM(sse_move),
	INSN_FAM(sse_int),
#undef INSN_FAM
};

#endif
