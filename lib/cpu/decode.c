/* Table-driven x86-64 decoder (64-bit mode only). See decode.h. */
#include "decode.h"

#include <string.h>

/* Row flags */
#define F_M    0x01 /* has ModRM */
#define F_G    0x02 /* group: op is a group number, ModRM.reg picks the row */
#define F_S    0x04 /* SSE: op is an index into sse_rows (mandatory prefix) */
#define F_MO   0x08 /* memory operand only (mod == 3 is invalid) */
#define F_RO   0x10 /* register operand only (mod != 3 is invalid) */
#define F_I64  0x20 /* invalid in 64-bit mode */
#define F_L    0x40 /* lock allowed (with a memory destination) */
#define F_SP   0x80 /* special decode in code */

/* Immediate kinds */
enum { I_NONE, I_B, I_UB, I_W, I_Z, I_V, I_ENT, I_RB, I_RZ, I_MOF, I_BZ };
/* Operand size kinds */
enum { S_NONE, S_B, S_V, S_D64, S_F64, S_X, S_W, S_Y };

struct row {
	uint16_t op;
	uint8_t f, imm, sz;
};

#define R(o, fl, im, s) { X86OP_##o, (fl), (im), (s) }
#define GRP(n, fl, im, s) { (n), F_G | F_M | (fl), (im), (s) }
#define ALU(o) \
	R(o, F_M | F_L, I_NONE, S_B), R(o, F_M | F_L, I_NONE, S_V), \
	R(o, F_M, I_NONE, S_B), R(o, F_M, I_NONE, S_V), \
	R(o, 0, I_B, S_B), R(o, 0, I_Z, S_V)
#define INV64 R(INVALID, F_I64, I_NONE, S_NONE)

enum { G1 = 1, G1A, G2, G3, G4, G5, G11, G8, G9, G15, G16, G6, G0D };

/* One-byte opcode map. */
static const struct row map0[256] = {
	/* 00-05 add, 08-0d or, 10-15 adc, 18-1d sbb, 20-25 and, 28-2d sub,
	 * 30-35 xor, 38-3d cmp */
	[0x00] = ALU(ADD), [0x06] = INV64, [0x07] = INV64,
	[0x08] = ALU(OR), [0x0e] = INV64,
	[0x10] = ALU(ADC), [0x16] = INV64, [0x17] = INV64,
	[0x18] = ALU(SBB), [0x1e] = INV64, [0x1f] = INV64,
	[0x20] = ALU(AND), [0x27] = INV64,
	[0x28] = ALU(SUB), [0x2f] = INV64,
	[0x30] = ALU(XOR), [0x37] = INV64,
	[0x38] = R(CMP, F_M, I_NONE, S_B), [0x39] = R(CMP, F_M, I_NONE, S_V),
	[0x3a] = R(CMP, F_M, I_NONE, S_B), [0x3b] = R(CMP, F_M, I_NONE, S_V),
	[0x3c] = R(CMP, 0, I_B, S_B), [0x3d] = R(CMP, 0, I_Z, S_V),
	[0x3f] = INV64,
	[0x50 ... 0x57] = R(PUSH, 0, I_NONE, S_D64),        /* push r64 */
	[0x58 ... 0x5f] = R(POP, 0, I_NONE, S_D64),         /* pop r64 */
	[0x60 ... 0x62] = INV64,                            /* pusha popa bound(evex) */
	[0x63] = R(MOVSXD, F_M, I_NONE, S_V),               /* movsxd Gv, Ed */
	[0x68] = R(PUSH, 0, I_Z, S_D64),                    /* push Iz */
	[0x69] = R(IMUL3, F_M, I_Z, S_V),                   /* imul Gv, Ev, Iz */
	[0x6a] = R(PUSH, 0, I_B, S_D64),                    /* push Ib */
	[0x6b] = R(IMUL3, F_M, I_B, S_V),                   /* imul Gv, Ev, Ib */
	[0x6c ... 0x6f] = R(OTHER, 0, I_NONE, S_NONE),      /* ins outs */
	[0x70 ... 0x7f] = R(JCC, 0, I_RB, S_F64),           /* jcc rel8 */
	[0x80] = GRP(G1, F_L, I_B, S_B),                    /* grp1 Eb, Ib */
	[0x81] = GRP(G1, F_L, I_Z, S_V),                    /* grp1 Ev, Iz */
	[0x82] = INV64,
	[0x83] = GRP(G1, F_L, I_B, S_V),                    /* grp1 Ev, Ib */
	[0x84] = R(TEST, F_M, I_NONE, S_B), [0x85] = R(TEST, F_M, I_NONE, S_V),
	[0x86] = R(XCHG, F_M | F_L, I_NONE, S_B), [0x87] = R(XCHG, F_M | F_L, I_NONE, S_V),
	[0x88] = R(MOV, F_M, I_NONE, S_B), [0x89] = R(MOV, F_M, I_NONE, S_V),
	[0x8a] = R(MOV, F_M, I_NONE, S_B), [0x8b] = R(MOV, F_M, I_NONE, S_V),
	[0x8c] = R(SYS, F_M, I_NONE, S_V),                  /* mov Ev, Sreg */
	[0x8d] = R(LEA, F_M | F_MO, I_NONE, S_V),           /* lea Gv, M */
	[0x8e] = R(SYS, F_M, I_NONE, S_W),                  /* mov Sreg, Ew */
	[0x8f] = GRP(G1A, 0, I_NONE, S_D64),                /* pop Ev */
	[0x90] = R(NOP, F_SP, I_NONE, S_V),                 /* nop / xchg r8, rax / pause */
	[0x91 ... 0x97] = R(XCHG, 0, I_NONE, S_V),          /* xchg rAX, r */
	[0x98] = R(CBW, 0, I_NONE, S_V),                    /* cbw cwde cdqe */
	[0x99] = R(CWD, 0, I_NONE, S_V),                    /* cwd cdq cqo */
	[0x9a] = INV64,                                     /* callf */
	[0x9b] = R(WAIT, 0, I_NONE, S_NONE),                /* fwait */
	[0x9c] = R(PUSHF, 0, I_NONE, S_D64),                /* pushfq */
	[0x9d] = R(POPF, 0, I_NONE, S_D64),                 /* popfq */
	[0x9e] = R(SAHF, 0, I_NONE, S_NONE), [0x9f] = R(LAHF, 0, I_NONE, S_NONE),
	[0xa0] = R(MOV, 0, I_MOF, S_B), [0xa1] = R(MOV, 0, I_MOF, S_V), /* movabs moffs */
	[0xa2] = R(MOV, 0, I_MOF, S_B), [0xa3] = R(MOV, 0, I_MOF, S_V),
	[0xa4] = R(MOVS, 0, I_NONE, S_B), [0xa5] = R(MOVS, 0, I_NONE, S_V),
	[0xa6] = R(CMPS, 0, I_NONE, S_B), [0xa7] = R(CMPS, 0, I_NONE, S_V),
	[0xa8] = R(TEST, 0, I_B, S_B), [0xa9] = R(TEST, 0, I_Z, S_V),
	[0xaa] = R(STOS, 0, I_NONE, S_B), [0xab] = R(STOS, 0, I_NONE, S_V),
	[0xac] = R(LODS, 0, I_NONE, S_B), [0xad] = R(LODS, 0, I_NONE, S_V),
	[0xae] = R(SCAS, 0, I_NONE, S_B), [0xaf] = R(SCAS, 0, I_NONE, S_V),
	[0xb0 ... 0xb7] = R(MOV, 0, I_B, S_B),              /* mov r8, Ib */
	[0xb8 ... 0xbf] = R(MOV, 0, I_V, S_V),              /* mov r, Iv (movabs) */
	[0xc0] = GRP(G2, 0, I_UB, S_B), [0xc1] = GRP(G2, 0, I_UB, S_V), /* shifts Ib */
	[0xc2] = R(RET, 0, I_W, S_F64),                     /* ret Iw */
	[0xc3] = R(RET, 0, I_NONE, S_F64),                  /* ret */
	[0xc4] = R(VEX, F_SP, I_NONE, S_NONE), [0xc5] = R(VEX, F_SP, I_NONE, S_NONE),
	[0xc6] = GRP(G11, 0, I_B, S_B), [0xc7] = GRP(G11, 0, I_Z, S_V), /* mov E, I */
	[0xc8] = R(ENTER, 0, I_ENT, S_D64),                 /* enter Iw, Ib */
	[0xc9] = R(LEAVE, 0, I_NONE, S_D64),                /* leave */
	[0xca] = R(SYS, 0, I_W, S_NONE), [0xcb] = R(SYS, 0, I_NONE, S_NONE), /* retf */
	[0xcc] = R(INT3, 0, I_NONE, S_NONE),                /* int3 */
	[0xcd] = R(INT, 0, I_UB, S_NONE),                   /* int Ib */
	[0xce] = INV64,                                     /* into */
	[0xcf] = R(SYS, 0, I_NONE, S_V),                    /* iret */
	[0xd0] = GRP(G2, 0, I_NONE, S_B), [0xd1] = GRP(G2, 0, I_NONE, S_V), /* shifts 1 */
	[0xd2] = GRP(G2, 0, I_NONE, S_B), [0xd3] = GRP(G2, 0, I_NONE, S_V), /* shifts cl */
	[0xd4 ... 0xd6] = INV64,                            /* aam aad salc */
	[0xd7] = R(XLAT, 0, I_NONE, S_B),                   /* xlatb */
	[0xd8 ... 0xdf] = R(X87, F_M, I_NONE, S_NONE),      /* x87 */
	[0xe0] = R(LOOPNE, 0, I_RB, S_F64), [0xe1] = R(LOOPE, 0, I_RB, S_F64),
	[0xe2] = R(LOOP, 0, I_RB, S_F64), [0xe3] = R(JRCXZ, 0, I_RB, S_F64),
	[0xe4] = R(IN, 0, I_UB, S_B), [0xe5] = R(IN, 0, I_UB, S_V),   /* in a, Ib */
	[0xe6] = R(OUT, 0, I_UB, S_B), [0xe7] = R(OUT, 0, I_UB, S_V), /* out Ib, a */
	[0xe8] = R(CALL, 0, I_RZ, S_F64),                   /* call rel32 */
	[0xe9] = R(JMP, 0, I_RZ, S_F64),                    /* jmp rel32 */
	[0xea] = INV64,
	[0xeb] = R(JMP, 0, I_RB, S_F64),                    /* jmp rel8 */
	[0xec] = R(IN, 0, I_NONE, S_B), [0xed] = R(IN, 0, I_NONE, S_V),   /* in a, dx */
	[0xee] = R(OUT, 0, I_NONE, S_B), [0xef] = R(OUT, 0, I_NONE, S_V), /* out dx, a */
	[0xf1] = R(INT1, 0, I_NONE, S_NONE),                /* int1 / icebp */
	[0xf4] = R(HLT, 0, I_NONE, S_NONE),                 /* hlt */
	[0xf5] = R(CMC, 0, I_NONE, S_NONE),                 /* cmc */
	[0xf6] = GRP(G3, F_L, I_NONE, S_B), [0xf7] = GRP(G3, F_L, I_NONE, S_V), /* grp3 */
	[0xf8] = R(CLC, 0, I_NONE, S_NONE), [0xf9] = R(STC, 0, I_NONE, S_NONE),
	[0xfa] = R(CLI, 0, I_NONE, S_NONE), [0xfb] = R(STI, 0, I_NONE, S_NONE),
	[0xfc] = R(CLD, 0, I_NONE, S_NONE), [0xfd] = R(STD, 0, I_NONE, S_NONE),
	[0xfe] = GRP(G4, F_L, I_NONE, S_B),                 /* inc/dec Eb */
	[0xff] = GRP(G5, F_L, I_NONE, S_V),                 /* grp5 */
};

/* Two-byte opcode map (0F xx). */
static const struct row map1[256] = {
	[0x00] = GRP(G6, 0, I_NONE, S_NONE),                /* sldt str lldt ltr verr verw */
	[0x01] = R(SYS, F_SP, I_NONE, S_NONE),              /* grp7 (sgdt ... rdtscp) */
	[0x02] = R(SYS, F_M, I_NONE, S_V), [0x03] = R(SYS, F_M, I_NONE, S_V), /* lar lsl */
	[0x05] = R(SYSCALL, 0, I_NONE, S_NONE),             /* syscall */
	[0x06] = R(SYS, 0, I_NONE, S_NONE),                 /* clts */
	[0x07] = R(SYS, 0, I_NONE, S_NONE),                 /* sysret */
	[0x08] = R(SYS, 0, I_NONE, S_NONE), [0x09] = R(SYS, 0, I_NONE, S_NONE), /* invd wbinvd */
	[0x0b] = R(UD2, 0, I_NONE, S_NONE),                 /* ud2 */
	[0x0d] = GRP(G0D, F_MO, I_NONE, S_NONE),            /* prefetch / prefetchw */
	[0x0e] = R(MMX, 0, I_NONE, S_NONE),                 /* femms */
	[0x10 ... 0x17] = { 0x10, F_S | F_M, 0, S_X },      /* SSE */
	[0x18] = GRP(G16, 0, I_NONE, S_NONE),               /* prefetchh */
	[0x19 ... 0x1f] = R(NOP, F_M | F_SP, I_NONE, S_V),  /* reserved nops, nop Ev, endbr */
	[0x20 ... 0x23] = R(SYS, F_M | F_SP, I_NONE, S_NONE), /* mov cr/dr */
	[0x28 ... 0x2f] = { 0x28, F_S | F_M, 0, S_X },      /* SSE */
	[0x30] = R(SYS, 0, I_NONE, S_NONE),                 /* wrmsr */
	[0x31] = R(RDTSC, 0, I_NONE, S_NONE),               /* rdtsc */
	[0x32] = R(SYS, 0, I_NONE, S_NONE), [0x33] = R(SYS, 0, I_NONE, S_NONE), /* rdmsr rdpmc */
	[0x34] = R(SYS, 0, I_NONE, S_NONE), [0x35] = R(SYS, 0, I_NONE, S_NONE), /* sysenter sysexit */
	[0x37] = R(SYS, 0, I_NONE, S_NONE),                 /* getsec */
	[0x40 ... 0x4f] = R(CMOVCC, F_M, I_NONE, S_V),      /* cmovcc */
	[0x50 ... 0x76] = { 0x50, F_S | F_M, 0, S_X },      /* SSE / MMX */
	[0x77] = { 0x50, F_S, 0, S_X },                     /* emms: no ModRM */
	[0x78 ... 0x7f] = { 0x50, F_S | F_M, 0, S_X },
	[0x80 ... 0x8f] = R(JCC, 0, I_RZ, S_F64),           /* jcc rel32 */
	[0x90 ... 0x9f] = R(SETCC, F_M, I_NONE, S_B),       /* setcc Eb */
	[0xa0] = R(SYS, 0, I_NONE, S_NONE), [0xa1] = R(SYS, 0, I_NONE, S_NONE), /* push/pop fs */
	[0xa2] = R(CPUID, 0, I_NONE, S_NONE),               /* cpuid */
	[0xa3] = R(BT, F_M, I_NONE, S_V),                   /* bt Ev, Gv */
	[0xa4] = R(SHLD, F_M, I_UB, S_V), [0xa5] = R(SHLD, F_M, I_NONE, S_V),
	[0xa8] = R(SYS, 0, I_NONE, S_NONE), [0xa9] = R(SYS, 0, I_NONE, S_NONE), /* push/pop gs */
	[0xaa] = R(SYS, 0, I_NONE, S_NONE),                 /* rsm */
	[0xab] = R(BTS, F_M | F_L, I_NONE, S_V),            /* bts */
	[0xac] = R(SHRD, F_M, I_UB, S_V), [0xad] = R(SHRD, F_M, I_NONE, S_V),
	[0xae] = GRP(G15, F_SP, I_NONE, S_NONE),            /* grp15 */
	[0xaf] = R(IMUL2, F_M, I_NONE, S_V),                /* imul Gv, Ev */
	[0xb0] = R(CMPXCHG, F_M | F_L, I_NONE, S_B), [0xb1] = R(CMPXCHG, F_M | F_L, I_NONE, S_V),
	[0xb2] = R(SYS, F_M | F_MO, I_NONE, S_V),           /* lss */
	[0xb3] = R(BTR, F_M | F_L, I_NONE, S_V),            /* btr */
	[0xb4] = R(SYS, F_M | F_MO, I_NONE, S_V), [0xb5] = R(SYS, F_M | F_MO, I_NONE, S_V),
	[0xb6] = R(MOVZX, F_M, I_NONE, S_V), [0xb7] = R(MOVZX, F_M, I_NONE, S_V),
	[0xb8] = R(POPCNT, F_M | F_SP, I_NONE, S_V),        /* popcnt (F3) */
	[0xb9] = R(OTHER, F_M, I_NONE, S_V),                /* ud1 */
	[0xba] = GRP(G8, F_L, I_UB, S_V),                   /* bt* Ev, Ib */
	[0xbb] = R(BTC, F_M | F_L, I_NONE, S_V),            /* btc */
	[0xbc] = R(BSF, F_M, I_NONE, S_V), [0xbd] = R(BSR, F_M, I_NONE, S_V), /* bsf bsr (F3: tzcnt lzcnt) */
	[0xbe] = R(MOVSX, F_M, I_NONE, S_V), [0xbf] = R(MOVSX, F_M, I_NONE, S_V),
	[0xc0] = R(XADD, F_M | F_L, I_NONE, S_B), [0xc1] = R(XADD, F_M | F_L, I_NONE, S_V),
	[0xc2] = { 0xc2, F_S | F_M, I_UB, S_X },            /* cmpps ... */
	[0xc3] = R(MOVNTI, F_M | F_MO | F_SP, I_NONE, S_Y), /* movnti My, Gy */
	[0xc4 ... 0xc6] = { 0xc4, F_S | F_M, I_UB, S_X },   /* pinsrw pextrw shufps */
	[0xc7] = GRP(G9, F_SP | F_L, I_NONE, S_V),          /* grp9 */
	[0xc8 ... 0xcf] = R(BSWAP, 0, I_NONE, S_V),         /* bswap */
	[0xd0 ... 0xff] = { 0xd0, F_S | F_M, 0, S_X },      /* SSE / MMX */
};

/* Group rows, [group][ModRM.reg]. imm/size 0: inherit from the opcode row. */
static const struct row groups[][8] = {
	[G1] = { R(ADD, 0, 0, 0), R(OR, 0, 0, 0), R(ADC, 0, 0, 0), R(SBB, 0, 0, 0),
		 R(AND, 0, 0, 0), R(SUB, 0, 0, 0), R(XOR, 0, 0, 0), R(CMP, 0, 0, 0) },
	[G1A] = { R(POP, 0, 0, 0) },
	[G2] = { R(ROL, 0, 0, 0), R(ROR, 0, 0, 0), R(RCL, 0, 0, 0), R(RCR, 0, 0, 0),
		 R(SHL, 0, 0, 0), R(SHR, 0, 0, 0), R(SAL, 0, 0, 0), R(SAR, 0, 0, 0) },
	[G3] = { R(TEST, 0, I_BZ, 0), R(TEST, 0, I_BZ, 0), R(NOT, 0, 0, 0), R(NEG, 0, 0, 0),
		 R(MUL, 0, 0, 0), R(IMUL1, 0, 0, 0), R(DIV, 0, 0, 0), R(IDIV, 0, 0, 0) },
	[G4] = { R(INC, 0, 0, 0), R(DEC, 0, 0, 0) },
	[G5] = { R(INC, 0, 0, 0), R(DEC, 0, 0, 0), R(CALLI, 0, 0, S_F64), R(SYS, F_MO, 0, 0),
		 R(JMPI, 0, 0, S_F64), R(SYS, F_MO, 0, 0), R(PUSH, 0, 0, S_D64) },
	[G11] = { R(MOV, 0, 0, 0) },
	[G8] = { [4] = R(BT, 0, 0, 0), R(BTS, 0, 0, 0), R(BTR, 0, 0, 0), R(BTC, 0, 0, 0) },
	[G16] = { R(PREFETCHNTA, F_MO, 0, 0), R(PREFETCHT0, F_MO, 0, 0),
		  R(PREFETCHT1, F_MO, 0, 0), R(PREFETCHT2, F_MO, 0, 0),
		  R(NOP, F_MO, 0, 0), R(NOP, F_MO, 0, 0), R(NOP, F_MO, 0, 0), R(NOP, F_MO, 0, 0) },
	[G6] = { R(SYS, 0, 0, 0), R(SYS, 0, 0, 0), R(SYS, 0, 0, 0), R(SYS, 0, 0, 0),
		 R(SYS, 0, 0, 0), R(SYS, 0, 0, 0) },
	/* only prefetchw is claimed (Capstone 4 knows no other 0F 0D form) */
	[G0D] = { R(OTHER, 0, 0, 0), R(PREFETCHW, 0, 0, 0), R(OTHER, 0, 0, 0),
		  R(OTHER, 0, 0, 0), R(OTHER, 0, 0, 0), R(OTHER, 0, 0, 0),
		  R(OTHER, 0, 0, 0), R(OTHER, 0, 0, 0) },
};

/* SSE rows: 0F xx -> op by mandatory prefix (none, 66, F3, F2).
 * X86OP_MMX: MMX form; X86OP_SSE3P: SSE3 and later; 0: invalid. */
#define Q(a, b, c, d) { X86OP_##a, X86OP_##b, X86OP_##c, X86OP_##d }
static const uint16_t sse_rows[256][4] = {
	[0x10] = Q(MOVUPS, MOVUPD, MOVSS, MOVSD),
	[0x11] = Q(MOVUPS_ST, MOVUPD_ST, MOVSS_ST, MOVSD_ST),
	[0x12] = Q(MOVLPS, MOVLPD, SSE3P, SSE3P),      /* movlps/movhlps movlpd movsldup movddup */
	[0x13] = Q(MOVLPS_ST, MOVLPD_ST, INVALID, INVALID),
	[0x14] = Q(UNPCKLPS, UNPCKLPD, INVALID, INVALID),
	[0x15] = Q(UNPCKHPS, UNPCKHPD, INVALID, INVALID),
	[0x16] = Q(MOVHPS, MOVHPD, SSE3P, INVALID),     /* movhps/movlhps movhpd movshdup */
	[0x17] = Q(MOVHPS_ST, MOVHPD_ST, INVALID, INVALID),
	[0x28] = Q(MOVAPS, MOVAPD, INVALID, INVALID),
	[0x29] = Q(MOVAPS_ST, MOVAPD_ST, INVALID, INVALID),
	[0x2a] = Q(MMX, MMX, CVTSI2SS, CVTSI2SD),       /* cvtpi2ps cvtpi2pd */
	[0x2b] = Q(MOVNTPS, MOVNTPD, SSE3P, SSE3P),     /* movntss/sd: SSE4a */
	[0x2c] = Q(MMX, MMX, CVTTSS2SI, CVTTSD2SI),
	[0x2d] = Q(MMX, MMX, CVTSS2SI, CVTSD2SI),
	[0x2e] = Q(UCOMISS, UCOMISD, INVALID, INVALID),
	[0x2f] = Q(COMISS, COMISD, INVALID, INVALID),
	[0x50] = Q(MOVMSKPS, MOVMSKPD, INVALID, INVALID),
	[0x51] = Q(SQRTPS, SQRTPD, SQRTSS, SQRTSD),
	[0x52] = Q(RSQRTPS, INVALID, RSQRTSS, INVALID),
	[0x53] = Q(RCPPS, INVALID, RCPSS, INVALID),
	[0x54] = Q(ANDPS, ANDPD, INVALID, INVALID),
	[0x55] = Q(ANDNPS, ANDNPD, INVALID, INVALID),
	[0x56] = Q(ORPS, ORPD, INVALID, INVALID),
	[0x57] = Q(XORPS, XORPD, INVALID, INVALID),
	[0x58] = Q(ADDPS, ADDPD, ADDSS, ADDSD),
	[0x59] = Q(MULPS, MULPD, MULSS, MULSD),
	[0x5a] = Q(CVTPS2PD, CVTPD2PS, CVTSS2SD, CVTSD2SS),
	[0x5b] = Q(CVTDQ2PS, CVTPS2DQ, CVTTPS2DQ, INVALID),
	[0x5c] = Q(SUBPS, SUBPD, SUBSS, SUBSD),
	[0x5d] = Q(MINPS, MINPD, MINSS, MINSD),
	[0x5e] = Q(DIVPS, DIVPD, DIVSS, DIVSD),
	[0x5f] = Q(MAXPS, MAXPD, MAXSS, MAXSD),
	[0x60] = Q(MMX, PUNPCKLBW, INVALID, INVALID),
	[0x61] = Q(MMX, PUNPCKLWD, INVALID, INVALID),
	[0x62] = Q(MMX, PUNPCKLDQ, INVALID, INVALID),
	[0x63] = Q(MMX, PACKSSWB, INVALID, INVALID),
	[0x64] = Q(MMX, PCMPGTB, INVALID, INVALID),
	[0x65] = Q(MMX, PCMPGTW, INVALID, INVALID),
	[0x66] = Q(MMX, PCMPGTD, INVALID, INVALID),
	[0x67] = Q(MMX, PACKUSWB, INVALID, INVALID),
	[0x68] = Q(MMX, PUNPCKHBW, INVALID, INVALID),
	[0x69] = Q(MMX, PUNPCKHWD, INVALID, INVALID),
	[0x6a] = Q(MMX, PUNPCKHDQ, INVALID, INVALID),
	[0x6b] = Q(MMX, PACKSSDW, INVALID, INVALID),
	[0x6c] = Q(INVALID, PUNPCKLQDQ, INVALID, INVALID),
	[0x6d] = Q(INVALID, PUNPCKHQDQ, INVALID, INVALID),
	[0x6e] = Q(MMX, MOVD_TOX, INVALID, INVALID),
	[0x6f] = Q(MMX, MOVDQA, MOVDQU, INVALID),
	[0x70] = Q(MMX, PSHUFD, PSHUFHW, PSHUFLW),
	[0x71] = Q(MMX, PSRLW_I, INVALID, INVALID),     /* group 12, decoded in code */
	[0x72] = Q(MMX, PSRLD_I, INVALID, INVALID),     /* group 13 */
	[0x73] = Q(MMX, PSRLQ_I, INVALID, INVALID),     /* group 14 */
	[0x74] = Q(MMX, PCMPEQB, INVALID, INVALID),
	[0x75] = Q(MMX, PCMPEQW, INVALID, INVALID),
	[0x76] = Q(MMX, PCMPEQD, INVALID, INVALID),
	[0x77] = Q(MMX, INVALID, INVALID, INVALID),     /* emms */
	[0x78] = Q(SYS, SSE3P, INVALID, SSE3P),         /* vmread, extrq, insertq (SSE4a) */
	[0x79] = Q(SYS, SSE3P, INVALID, SSE3P),
	[0x7c] = Q(INVALID, SSE3P, INVALID, SSE3P),     /* haddpd haddps */
	[0x7d] = Q(INVALID, SSE3P, INVALID, SSE3P),     /* hsubpd hsubps */
	[0x7e] = Q(MMX, MOVD_FROMX, MOVQ_X, INVALID),
	[0x7f] = Q(MMX, MOVDQA_ST, MOVDQU_ST, INVALID),
	[0xc2] = Q(CMPPS, CMPPD, CMPSS, CMPSD),
	[0xc4] = Q(MMX, PINSRW, INVALID, INVALID),
	[0xc5] = Q(MMX, PEXTRW, INVALID, INVALID),
	[0xc6] = Q(SHUFPS, SHUFPD, INVALID, INVALID),
	[0xd0] = Q(INVALID, SSE3P, INVALID, SSE3P),     /* addsubpd addsubps */
	[0xd1] = Q(MMX, PSRLW, INVALID, INVALID),
	[0xd2] = Q(MMX, PSRLD, INVALID, INVALID),
	[0xd3] = Q(MMX, PSRLQ, INVALID, INVALID),
	[0xd4] = Q(MMX, PADDQ, INVALID, INVALID),
	[0xd5] = Q(MMX, PMULLW, INVALID, INVALID),
	[0xd6] = Q(INVALID, MOVQ_ST, MMX, MMX),         /* movq2dq movdq2q */
	[0xd7] = Q(MMX, PMOVMSKB, INVALID, INVALID),
	[0xd8] = Q(MMX, PSUBUSB, INVALID, INVALID),
	[0xd9] = Q(MMX, PSUBUSW, INVALID, INVALID),
	[0xda] = Q(MMX, PMINUB, INVALID, INVALID),
	[0xdb] = Q(MMX, PAND, INVALID, INVALID),
	[0xdc] = Q(MMX, PADDUSB, INVALID, INVALID),
	[0xdd] = Q(MMX, PADDUSW, INVALID, INVALID),
	[0xde] = Q(MMX, PMAXUB, INVALID, INVALID),
	[0xdf] = Q(MMX, PANDN, INVALID, INVALID),
	[0xe0] = Q(MMX, PAVGB, INVALID, INVALID),
	[0xe1] = Q(MMX, PSRAW, INVALID, INVALID),
	[0xe2] = Q(MMX, PSRAD, INVALID, INVALID),
	[0xe3] = Q(MMX, PAVGW, INVALID, INVALID),
	[0xe4] = Q(MMX, PMULHUW, INVALID, INVALID),
	[0xe5] = Q(MMX, PMULHW, INVALID, INVALID),
	[0xe6] = Q(INVALID, CVTTPD2DQ, CVTDQ2PD, CVTPD2DQ),
	[0xe7] = Q(MMX, MOVNTDQ, INVALID, INVALID),
	[0xe8] = Q(MMX, PSUBSB, INVALID, INVALID),
	[0xe9] = Q(MMX, PSUBSW, INVALID, INVALID),
	[0xea] = Q(MMX, PMINSW, INVALID, INVALID),
	[0xeb] = Q(MMX, POR, INVALID, INVALID),
	[0xec] = Q(MMX, PADDSB, INVALID, INVALID),
	[0xed] = Q(MMX, PADDSW, INVALID, INVALID),
	[0xee] = Q(MMX, PMAXSW, INVALID, INVALID),
	[0xef] = Q(MMX, PXOR, INVALID, INVALID),
	[0xf0] = Q(INVALID, INVALID, INVALID, SSE3P),   /* lddqu */
	[0xf1] = Q(MMX, PSLLW, INVALID, INVALID),
	[0xf2] = Q(MMX, PSLLD, INVALID, INVALID),
	[0xf3] = Q(MMX, PSLLQ, INVALID, INVALID),
	[0xf4] = Q(MMX, PMULUDQ, INVALID, INVALID),
	[0xf5] = Q(MMX, PMADDWD, INVALID, INVALID),
	[0xf6] = Q(MMX, PSADBW, INVALID, INVALID),
	[0xf7] = Q(MMX, MASKMOVDQU, INVALID, INVALID),
	[0xf8] = Q(MMX, PSUBB, INVALID, INVALID),
	[0xf9] = Q(MMX, PSUBW, INVALID, INVALID),
	[0xfa] = Q(MMX, PSUBD, INVALID, INVALID),
	[0xfb] = Q(MMX, PSUBQ, INVALID, INVALID),
	[0xfc] = Q(MMX, PADDB, INVALID, INVALID),
	[0xfd] = Q(MMX, PADDW, INVALID, INVALID),
	[0xfe] = Q(MMX, PADDD, INVALID, INVALID),
	[0xff] = Q(INVALID, INVALID, INVALID, INVALID), /* ud0 */
};

struct cur {
	const uint8_t *b;
	size_t avail, pos;
	int err;
};

static inline int need(struct cur *c, size_t n)
{
	if (c->pos + n > X86_MAX_LEN) {
		if (!c->err)
			c->err = X86_E_TOOLONG;
		return 0;
	}
	if (c->pos + n > c->avail) {
		if (!c->err)
			c->err = X86_E_TRUNCATED;
		return 0;
	}
	return 1;
}

static uint64_t rd(struct cur *c, unsigned n)
{
	uint64_t v = 0;
	if (!need(c, n)) {
		c->pos += n;
		return 0;
	}
	for (unsigned i = 0; i < n; i++)
		v |= (uint64_t)c->b[c->pos + i] << (8 * i);
	c->pos += n;
	return v;
}

static uint64_t sext(uint64_t v, unsigned bytes)
{
	unsigned sh = 64 - 8 * bytes;
	return (uint64_t)((int64_t)(v << sh) >> sh);
}

/* ModRM (already read into in->modrm), SIB, displacement. */
static void modrm_operand(struct cur *c, struct x86_insn *in, unsigned rexx, unsigned rexb)
{
	unsigned mod = in->modrm >> 6, rm = in->modrm & 7;
	in->has_modrm = 1;
	if (mod == 3) {
		in->is_mem = 0;
		in->rm = rm | rexb;
		return;
	}
	in->is_mem = 1;
	in->index = X86R_NONE;
	in->scale = 0;
	unsigned dispsz = mod == 1 ? 1 : mod == 2 ? 4 : 0;
	if (rm == 4) {
		uint8_t sib = (uint8_t)rd(c, 1);
		unsigned base = sib & 7, idx = ((sib >> 3) & 7) | rexx;
		in->scale = sib >> 6;
		if (idx != 4)
			in->index = (uint8_t)idx;
		if (base == 5 && mod == 0) {
			in->base = X86R_NONE;
			dispsz = 4;
		} else {
			in->base = (uint8_t)(base | rexb);
		}
	} else if (rm == 5 && mod == 0) {
		in->base = X86R_RIP;
		dispsz = 4;
	} else {
		in->base = (uint8_t)(rm | rexb);
	}
	/* RSP/RBP-based references use SS, but for an FS/GS override: a
	 * non-canonical one is then #GP, not #SS (SDM vol. 1, 3.3.7.1) */
	if ((in->base == 4 || in->base == 5) && in->seg == X86_SEG_NONE)
		in->pfx |= X86_P_SS;
	in->disp = dispsz ? (int64_t)sext(rd(c, dispsz), dispsz) : 0;
}

static int opsize(unsigned sz, unsigned pfx)
{
	switch (sz) {
	case S_B: return 1;
	case S_W: return 2;
	case S_V: return (pfx & X86_P_REXW) ? 8 : (pfx & X86_P_66) ? 2 : 4;
	case S_D64: return (pfx & X86_P_REXW) ? 8 : (pfx & X86_P_66) ? 2 : 8;
	case S_F64: return 8;
	case S_X: return 16;
	case S_Y: return (pfx & X86_P_REXW) ? 8 : 4;
	default: return 0;
	}
}

static int is_legacy_prefix(uint8_t b)
{
	switch (b) {
	case 0x66: case 0x67: case 0xf0: case 0xf2: case 0xf3:
	case 0x2e: case 0x3e: case 0x26: case 0x36: case 0x64: case 0x65:
		return 1;
	}
	return 0;
}

/* ---- which extension: `hsim check` names it as CPUID does ------------------ */

#define HIDDEN " instruction (hidden by CPUID, runs natively)"
#define VEXED " instruction (VEX-encoded; hidden by CPUID, runs natively)"

/* A legacy-encoded 0F 38 / 0F 3A instruction (pfx: X86_P_*). */
static const char *ext_legacy(unsigned map, uint8_t o, unsigned pfx)
{
	int p66 = !!(pfx & X86_P_66), pf2 = !!(pfx & X86_P_REPNE), pf3 = !!(pfx & X86_P_REP);
	if (map == 2) {
		if (o == 0xf0 || o == 0xf1)
			return pf2 ? "SSE4.2" HIDDEN : "MOVBE" HIDDEN; /* crc32; movbe */
		if (o == 0xf6 && (p66 || pf3))
			return "ADX" HIDDEN;                           /* adcx, adox */
		if (o >= 0xc8 && o <= 0xcd)
			return "SHA" HIDDEN;
		if (o == 0xcf)
			return "GFNI" HIDDEN;
		if (o >= 0xdb && o <= 0xdf)
			return "AES" HIDDEN;
		if (o <= 0x0b || (o >= 0x1c && o <= 0x1e))
			return "SSSE3" HIDDEN;
		if (o == 0x37)
			return "SSE4.2" HIDDEN;                        /* pcmpgtq */
		if (o == 0x10 || o == 0x14 || o == 0x15 || o == 0x17 || (o >= 0x20 && o <= 0x25) ||
		    (o >= 0x28 && o <= 0x2b) || (o >= 0x30 && o <= 0x35) || (o >= 0x38 && o <= 0x41))
			return "SSE4.1" HIDDEN;
	} else {
		if (o == 0x0f)
			return "SSSE3" HIDDEN;                         /* palignr */
		if ((o >= 0x08 && o <= 0x0e) || (o >= 0x14 && o <= 0x17) || (o >= 0x20 && o <= 0x22) ||
		    (o >= 0x40 && o <= 0x42))
			return "SSE4.1" HIDDEN;
		if (o == 0x44)
			return "PCLMULQDQ" HIDDEN;
		if (o >= 0x60 && o <= 0x63)
			return "SSE4.2" HIDDEN;                        /* pcmpestr*, pcmpistr* */
		if (o == 0xcc)
			return "SHA" HIDDEN;
		if (o == 0xce || o == 0xcf)
			return "GFNI" HIDDEN;
		if (o == 0xdf)
			return "AES" HIDDEN;
	}
	return map == 2 ? "0F 38 map" HIDDEN : "0F 3A map" HIDDEN;
}

/* A VEX instruction: map 1..3, pp (0 none, 1 66, 2 F3, 3 F2), VEX.L. */
static const char *ext_vex(unsigned map, uint8_t o, unsigned pp, unsigned l)
{
	if (map == 2) {
		if ((o == 0xf2 || o == 0xf3) && pp == 0)
			return "BMI1" VEXED;                /* andn; blsr, blsmsk, blsi */
		if (o == 0xf7 && pp == 0)
			return "BMI1" VEXED;                /* bextr */
		if (o == 0xf5 || (o == 0xf6 && pp == 3) || (o == 0xf7 && pp != 0))
			return "BMI2" VEXED;                /* bzhi pdep pext; mulx; shlx sarx shrx */
		if ((o >= 0x96 && o <= 0x9f) || (o >= 0xa6 && o <= 0xaf) || (o >= 0xb6 && o <= 0xbf))
			return "FMA" VEXED;
		if (o == 0x13)
			return "F16C" VEXED;
		if (o == 0x16 || o == 0x36 || (o >= 0x45 && o <= 0x47) || (o >= 0x58 && o <= 0x5a) ||
		    o == 0x78 || o == 0x79 || o == 0x8c || o == 0x8e || (o >= 0x90 && o <= 0x93))
			return "AVX2" VEXED;
		if (l && pp == 1 && (o <= 0x0b || (o >= 0x1c && o <= 0x1e) || (o >= 0x20 && o <= 0x25) ||
				     (o >= 0x28 && o <= 0x2b) || (o >= 0x30 && o <= 0x40)))
			return "AVX2" VEXED;                /* 256-bit integer forms */
	} else if (map == 3) {
		if (o == 0xf0 && pp == 3)
			return "BMI2" VEXED;                /* rorx */
		if (o <= 0x02 || o == 0x38 || o == 0x39 || o == 0x46)
			return "AVX2" VEXED;
		if (o == 0x1d)
			return "F16C" VEXED;
		if (l && (o == 0x0e || o == 0x0f || o == 0x42 || o == 0x4c))
			return "AVX2" VEXED;
	} else if (l && pp == 1 && ((o >= 0x60 && o <= 0x6d) || (o >= 0x70 && o <= 0x76) ||
				    (o >= 0xd1 && o <= 0xd5) || (o >= 0xd7 && o <= 0xdf) ||
				    (o >= 0xe0 && o <= 0xe5) || (o >= 0xe8 && o <= 0xef) ||
				    (o >= 0xf1 && o <= 0xf6) || (o >= 0xf8 && o <= 0xfe))) {
		return "AVX2" VEXED;                        /* 256-bit integer forms */
	}
	return "AVX" VEXED;
}

/* VEX / EVEX: the length and the class matter, and the extension. */
static int decode_vex(struct cur *c, struct x86_insn *in, uint8_t first)
{
	unsigned map, rexx = 0, rexb = 0, pp = 0, l = 0;
	if (first == 0xc5) {
		uint8_t b1 = (uint8_t)rd(c, 1);
		map = 1;
		pp = b1 & 3;
		l = (b1 >> 2) & 1;
		in->op = X86OP_VEX;
	} else if (first == 0xc4) {
		uint8_t b1 = (uint8_t)rd(c, 1);
		uint8_t b2 = (uint8_t)rd(c, 1);
		pp = b2 & 3;
		l = (b2 >> 2) & 1;
		map = b1 & 0x1f;
		rexx = (b1 & 0x40) ? 0 : 8;
		rexb = (b1 & 0x20) ? 0 : 8;
		in->op = X86OP_VEX;
	} else { /* 62: EVEX */
		uint8_t p0 = (uint8_t)rd(c, 1);
		rd(c, 2);
		map = p0 & 7;
		rexx = (p0 & 0x40) ? 0 : 8;
		rexb = (p0 & 0x20) ? 0 : 8;
		in->op = X86OP_EVEX;
	}
	if (c->err)
		return c->err;
	if (map < 1 || map > 3)
		return X86_E_INVALID;
	uint8_t opc = (uint8_t)rd(c, 1);
	if (c->err)
		return c->err;
	in->opc = opc;
	in->map = (uint8_t)(3 + map);
	if (!(map == 1 && opc == 0x77)) {
		in->modrm = (uint8_t)rd(c, 1);
		if (c->err)
			return c->err;
		modrm_operand(c, in, rexx, rexb);
	}
	int ib = map == 3 || (map == 1 && ((opc >= 0x70 && opc <= 0x73) || opc == 0xc2 ||
					   (opc >= 0xc4 && opc <= 0xc6)));
	if (ib)
		in->imm = rd(c, 1);
	in->cls = X86_CLASS_UNTRAP;
	in->why = in->op == X86OP_VEX ? ext_vex(map, opc, pp, l) :
		  "AVX-512 instruction (EVEX-encoded; hidden by CPUID, runs natively)";
	return c->err ? c->err : 0;
}

static void set_class(struct x86_insn *in, int cls, const char *why)
{
	in->cls = (uint8_t)cls;
	in->why = why;
}

/* x87 (D8..DF): the forms x87.c runs are simulated; the undefined
 * encodings raise #UD on the CPU and in the simulator; the rest runs
 * natively on KVM and is not simulated (hsim check refuses it). */
static void x87_class(struct x86_insn *in)
{
	unsigned opc = in->opc, m = in->modrm, reg = (m >> 3) & 7;

	if (in->pfx & (X86_P_66 | X86_P_REP | X86_P_REPNE)) {
		set_class(in, X86_CLASS_UNTRAP, "prefixed x87 instruction (not simulated)");
		return;
	}
	if (in->is_mem) {
		if ((opc == 0xd9 && reg == 1) || (opc == 0xdb && (reg == 4 || reg == 6)) ||
		    (opc == 0xdd && reg == 5))
			set_class(in, X86_CLASS_UNCLAIMED, "undefined x87 encoding");
		/* fisttp (SSE3, which CPUID hides but every x86-64 CPU that KVM
		 * runs on executes) and fldenv/fnstenv/frstor/fnsave run like the
		 * rest, on the host's FPU (x87.c) */
		return;
	}
	int bad = 0, alias = 0;
	switch (opc) {
	case 0xd9:
		bad = (m >= 0xd1 && m <= 0xd7) || m == 0xe2 || m == 0xe3 || m == 0xe6 ||
		      m == 0xe7 || m == 0xef;
		alias = m >= 0xd8 && m <= 0xdf;                 /* fstp1 */
		break;
	case 0xda:
		bad = m >= 0xe0 && m != 0xe9;
		break;
	case 0xdb:
		bad = (m >= 0xe5 && m <= 0xe7) || m >= 0xf8;
		alias = m == 0xe0 || m == 0xe1 || m == 0xe4;    /* fneni fndisi fnsetpm */
		break;
	case 0xdc:
		alias = m >= 0xd0 && m <= 0xdf;                 /* fcom2 fcomp3 */
		break;
	case 0xdd:
		bad = m >= 0xf0;
		alias = m >= 0xc8 && m <= 0xcf;                 /* fxch4 */
		break;
	case 0xde:
		bad = m >= 0xd8 && m <= 0xdf && m != 0xd9;
		alias = m >= 0xd0 && m <= 0xd7;                 /* fcomp5 */
		break;
	case 0xdf:
		bad = (m >= 0xe1 && m <= 0xe7) || m >= 0xf8;
		alias = m < 0xe0;                               /* ffreep fxch7 fstp8 fstp9 */
		break;
	}
	if (bad)
		set_class(in, X86_CLASS_UNCLAIMED, "undefined x87 encoding");
	else if (alias)
		set_class(in, X86_CLASS_UNTRAP, "undocumented x87 alias (not simulated)");
}

int x86_decode(const uint8_t *bytes, size_t avail, struct x86_insn *in)
{
	struct cur c = { bytes, avail, 0, 0 };
	unsigned rex = 0, last_rep = 0;
	memset(in, 0, sizeof(*in));
	in->base = X86R_NONE;
	in->index = X86R_NONE;

	/* Prefixes. A REX prefix counts only right before the opcode. */
	for (;;) {
		if (!need(&c, 1))
			return c.err;
		uint8_t b = bytes[c.pos];
		if (is_legacy_prefix(b)) {
			rex = 0;
			switch (b) {
			case 0x66: in->pfx |= X86_P_66; break;
			case 0x67: in->pfx |= X86_P_67; break;
			case 0xf0: in->pfx |= X86_P_LOCK; break;
			case 0xf2: last_rep = 2; break;
			case 0xf3: last_rep = 1; break;
			case 0x64: in->seg = X86_SEG_FS; break;
			case 0x65: in->seg = X86_SEG_GS; break;
			default: break; /* CS DS ES SS: null prefixes in 64-bit mode */
			}
			c.pos++;
			continue;
		}
		if ((b & 0xf0) == 0x40) {
			rex = b;
			c.pos++;
			continue;
		}
		break;
	}
	if (last_rep == 1)
		in->pfx |= X86_P_REP;
	else if (last_rep == 2)
		in->pfx |= X86_P_REPNE;
	if (rex) {
		in->pfx |= X86_P_REX;
		if (rex & 8)
			in->pfx |= X86_P_REXW;
	}
	unsigned rexr = (rex & 4) << 1, rexx = (rex & 2) << 2, rexb = (rex & 1) << 3;

	uint8_t opc = bytes[c.pos++];
	const struct row *r;
	unsigned map = 0;
	if (opc == 0x0f) {
		if (!need(&c, 1))
			return c.err;
		opc = bytes[c.pos++];
		map = 1;
		if (opc == 0x38 || opc == 0x3a) {
			map = opc == 0x38 ? 2 : 3;
			if (!need(&c, 1))
				return c.err;
			opc = bytes[c.pos++];
			in->map = (uint8_t)map;
			in->opc = opc;
			in->modrm = (uint8_t)rd(&c, 1);
			if (c.err)
				return c.err;
			modrm_operand(&c, in, rexx, rexb);
			in->reg = (uint8_t)(((in->modrm >> 3) & 7) | rexr);
			if (map == 3)
				in->imm = rd(&c, 1);
			if (c.err)
				return c.err;
			in->op = X86OP_SSE3P;
			in->osize = 16;
			set_class(in, X86_CLASS_UNTRAP, ext_legacy(map, opc, in->pfx));
			in->len = (uint8_t)c.pos;
			return (int)c.pos;
		}
		r = &map1[opc];
	} else {
		r = &map0[opc];
		if (opc == 0xc4 || opc == 0xc5 || opc == 0x62) {
			in->opc = opc;
			int e = decode_vex(&c, in, opc);
			if (e < 0)
				return e;
			in->len = (uint8_t)c.pos;
			return (int)c.pos;
		}
	}
	in->map = (uint8_t)map;
	in->opc = opc;
	unsigned f = r->f, immk = r->imm, szk = r->sz;
	unsigned op = r->op;
	if ((f & F_I64) || (op == X86OP_INVALID && !(f & (F_G | F_S))))
		return X86_E_INVALID;
	in->cls = X86_CLASS_SIM;

	if (f & F_M) {
		in->modrm = (uint8_t)rd(&c, 1);
		if (c.err)
			return c.err;
		if (map == 1 && opc >= 0x20 && opc <= 0x23) {
			/* mov cr/dr: mod is ignored, the operand is a register */
			in->has_modrm = 1;
			in->rm = (uint8_t)((in->modrm & 7) | rexb);
		} else {
			modrm_operand(&c, in, rexx, rexb);
		}
		in->reg = (uint8_t)(((in->modrm >> 3) & 7) | rexr);
	} else {
		/* +r opcodes */
		in->reg = (uint8_t)((opc & 7) | rexb);
	}
	unsigned mod = in->modrm >> 6, mreg = (in->modrm >> 3) & 7, mrm = in->modrm & 7;

	if (f & F_G) {
		const struct row *g = &groups[op][mreg];
		switch (op) {
		case G9: /* 0F C7 */
			if (mreg == 1 && in->is_mem) {
				op = X86OP_CMPXCHG16B;
				szk = S_V;
			} else if (mreg == 6 && !in->is_mem) {
				op = X86OP_RDRAND;
				set_class(in, X86_CLASS_PATCH, "rdrand (patched: a monitor event)");
			} else if (mreg == 7 && !in->is_mem) {
				op = X86OP_RDSEED;
				set_class(in, X86_CLASS_PATCH, "rdseed (patched: a monitor event)");
			} else if (in->is_mem && mreg >= 3) {
				op = X86OP_SYS;
			} else {
				return X86_E_INVALID;
			}
			break;
		case G15: /* 0F AE */
			if (in->is_mem) {
				static const uint16_t mops[8] = {
					X86OP_FXSAVE, X86OP_FXRSTOR, X86OP_LDMXCSR, X86OP_STMXCSR,
					X86OP_SYS, X86OP_SYS, X86OP_SYS, X86OP_CLFLUSH };
				op = mops[mreg];
				if (in->pfx & (X86_P_REP | X86_P_REPNE))
					op = X86OP_SYS;
				else if ((in->pfx & X86_P_66) && mreg >= 6)
					op = X86OP_OTHER; /* clwb clflushopt */
			} else if (in->pfx & X86_P_REP) {
				if (mreg > 3)
					return X86_E_INVALID;
				op = X86OP_SYS; /* rd/wr fs/gs base: #UD with CR4.FSGSBASE = 0 */
			} else if ((in->pfx & (X86_P_66 | X86_P_REPNE)) || ((in->modrm & 7) != 0 && mreg >= 5)) {
				op = X86OP_OTHER; /* fences with rm != 0: valid, unusual */
			} else if (mreg == 5) {
				op = X86OP_LFENCE;
			} else if (mreg == 6) {
				op = X86OP_MFENCE;
			} else if (mreg == 7) {
				op = X86OP_SFENCE;
			} else {
				return X86_E_INVALID;
			}
			break;
		default:
			if (g->op == X86OP_INVALID)
				return X86_E_INVALID;
			op = g->op;
			if (g->sz)
				szk = g->sz;
			if (!immk)
				immk = g->imm;
			f |= g->f;
			break;
		}
	} else if (f & F_S) {
		unsigned pi = (in->pfx & X86_P_REP) ? 2 : (in->pfx & X86_P_REPNE) ? 3 :
			(in->pfx & X86_P_66) ? 1 : 0;
		op = sse_rows[opc][pi];
		szk = S_X;
		if (opc == 0xc2 || (opc >= 0xc4 && opc <= 0xc6) || (opc >= 0x70 && opc <= 0x73))
			immk = I_UB;
		switch (opc) {
		case 0x12: if (pi == 0 && !in->is_mem) op = X86OP_MOVHLPS;
			   if (pi == 1) f |= F_MO;
			   break;
		case 0x16: if (pi == 0 && !in->is_mem) op = X86OP_MOVLHPS;
			   if (pi == 1) f |= F_MO;
			   break;
		case 0x13: case 0x17: case 0x2b: case 0xe7: f |= F_MO; break;
		case 0x50: case 0xd7: case 0xf7: case 0xc5: f |= F_RO; break;
		case 0x71: case 0x72: case 0x73:
			f |= F_RO;
			if (op == X86OP_MMX || op == X86OP_INVALID)
				break;
			if (opc == 0x71)
				op = mreg == 2 ? X86OP_PSRLW_I : mreg == 4 ? X86OP_PSRAW_I :
				     mreg == 6 ? X86OP_PSLLW_I : X86OP_INVALID;
			else if (opc == 0x72)
				op = mreg == 2 ? X86OP_PSRLD_I : mreg == 4 ? X86OP_PSRAD_I :
				     mreg == 6 ? X86OP_PSLLD_I : X86OP_INVALID;
			else
				op = mreg == 2 ? X86OP_PSRLQ_I : mreg == 3 ? X86OP_PSRLDQ :
				     mreg == 6 ? X86OP_PSLLQ_I : mreg == 7 ? X86OP_PSLLDQ :
				     X86OP_INVALID;
			break;
		case 0xd6: if (pi >= 2) f |= F_RO; break;
		}
		if (op == X86OP_INVALID)
			return X86_E_INVALID;
		if (op == X86OP_MOVD_TOX || op == X86OP_MOVD_FROMX || op == X86OP_CVTSI2SS ||
		    op == X86OP_CVTSI2SD || op == X86OP_CVTTSS2SI || op == X86OP_CVTTSD2SI ||
		    op == X86OP_CVTSS2SI || op == X86OP_CVTSD2SI)
			szk = S_Y;
		if (op == X86OP_PEXTRW || op == X86OP_PMOVMSKB || op == X86OP_MOVMSKPS ||
		    op == X86OP_MOVMSKPD)
			szk = S_Y;
		if (op == X86OP_PINSRW)
			szk = S_W;
	} else if (f & F_SP) {
		switch (map * 256 + opc) {
		case 0x090: /* nop, pause, xchg r8, rax */
			if (rexb)
				op = X86OP_XCHG;
			else if ((in->pfx & X86_P_REP) && rex)
				set_class(in, X86_CLASS_UNCLAIMED, "rep rex nop (pause?)");
			else if (in->pfx & X86_P_REP)
				op = X86OP_PAUSE;
			break;
		case 0x101: /* grp7 */
			in->modrm = (uint8_t)rd(&c, 1);
			if (c.err)
				return c.err;
			modrm_operand(&c, in, rexx, rexb);
			mod = in->modrm >> 6;
			if (in->modrm == 0xf9) {
				op = X86OP_RDTSCP;
				set_class(in, X86_CLASS_PATCH, "rdtscp (patched: a monitor event)");
			} else if (mod == 3) {
				/* monitor mwait clac stac encls xgetbv xsetbv vm* swapgs rdpkru ... */
				op = X86OP_SYS;
			}
			break;
		case 0x11e: /* endbr / reserved nop */
			if ((in->pfx & X86_P_REP) && !rex && in->modrm == 0xfa)
				op = X86OP_ENDBR64;
			else if ((in->pfx & X86_P_REP) && !rex && in->modrm == 0xfb)
				op = X86OP_ENDBR32;
			break;
		case 0x1c3: /* movnti: no mandatory prefix */
			if (in->pfx & (X86_P_66 | X86_P_REP | X86_P_REPNE))
				return X86_E_INVALID;
			break;
		case 0x1b8: /* popcnt */
			if (!(in->pfx & X86_P_REP))
				op = X86OP_OTHER; /* jmpe */
			else
				set_class(in, X86_CLASS_UNTRAP, "POPCNT" HIDDEN);
			break;
		}
		if (map == 1 && opc >= 0x19 && opc <= 0x1f && op == X86OP_NOP &&
		    (opc != 0x1f || !in->is_mem))
			set_class(in, X86_CLASS_UNCLAIMED, "reserved-nop encoding");
	}

	if ((f & F_MO) && in->has_modrm && !in->is_mem && !(map == 1 && opc >= 0x20 && opc <= 0x23))
		return X86_E_INVALID;
	if ((f & F_RO) && in->is_mem)
		return X86_E_INVALID;

	in->op = (uint16_t)op;
	in->osize = (uint8_t)opsize(szk, in->pfx);

	/* Immediates */
	switch (immk) {
	case I_B: in->imm = sext(rd(&c, 1), 1); in->imm_size = 1; break;
	case I_UB: in->imm = rd(&c, 1); in->imm_size = 1; break;
	case I_W: in->imm = rd(&c, 2); in->imm_size = 2; break;
	case I_BZ:
		if (in->osize == 1) {
			in->imm = sext(rd(&c, 1), 1);
			in->imm_size = 1;
			break;
		}
		/* fallthrough */
	case I_Z:
		if (in->osize == 2) {
			in->imm = sext(rd(&c, 2), 2);
			in->imm_size = 2;
		} else {
			in->imm = sext(rd(&c, 4), 4);
			in->imm_size = 4;
		}
		break;
	case I_V:
		in->imm_size = in->osize;
		in->imm = in->osize == 1 ? rd(&c, 1) : rd(&c, in->osize);
		break;
	case I_ENT: in->imm = rd(&c, 2); in->imm2 = (uint8_t)rd(&c, 1); in->imm_size = 3; break;
	case I_RB: in->imm = sext(rd(&c, 1), 1); in->imm_size = 1; break;
	case I_RZ:
		if (in->pfx & X86_P_66) {
			in->imm = sext(rd(&c, 2), 2);
			in->imm_size = 2;
		} else {
			in->imm = sext(rd(&c, 4), 4);
			in->imm_size = 4;
		}
		break;
	case I_MOF:
		if (in->pfx & X86_P_67) {
			in->disp = (int64_t)rd(&c, 4);
			in->imm_size = 4;
		} else {
			in->disp = (int64_t)rd(&c, 8);
			in->imm_size = 8;
		}
		in->is_mem = 1;
		in->base = X86R_NONE;
		in->index = X86R_NONE;
		break;
	}
	if (c.err)
		return c.err;
	in->len = (uint8_t)c.pos;

	/* Condition codes */
	if (op == X86OP_JCC || op == X86OP_SETCC || op == X86OP_CMOVCC)
		in->cc = opc & 15;
	if (op >= X86OP_CMPPS && op <= X86OP_CMPSD)
		in->cc = (uint8_t)(in->imm & 0xff);

	/* Classification */
	switch (op) {
	case X86OP_X87: x87_class(in); break;
	case X86OP_MMX: set_class(in, X86_CLASS_UNTRAP, "MMX instruction (not simulated, runs natively)"); break;
	case X86OP_SSE3P:
		/* movntss/sd, extrq, insertq are AMD's SSE4a; the others SSE3 */
		set_class(in, X86_CLASS_UNTRAP, opc == 0x2b || opc == 0x78 || opc == 0x79 ?
			  "SSE4a" HIDDEN : "SSE3" HIDDEN);
		break;
	case X86OP_RDTSC: set_class(in, X86_CLASS_PATCH, "rdtsc (patched: a monitor event)"); break;
	/* at ring 3 this KVM runs cpuid natively and shows the host's raw
	 * values, not the table the guest is meant to see */
	case X86OP_CPUID: set_class(in, X86_CLASS_PATCH, "cpuid (patched: a monitor event)"); break;
	case X86OP_SYS: set_class(in, X86_CLASS_UNCLAIMED, "system instruction"); break;
	case X86OP_OTHER: set_class(in, X86_CLASS_UNCLAIMED, "unclaimed instruction"); break;
	case X86OP_FXSAVE: case X86OP_FXRSTOR:
		set_class(in, X86_CLASS_UNCLAIMED, "fxsave/fxrstor (not simulated)");
		break;
	case X86OP_JCC: case X86OP_JMP: case X86OP_CALL: case X86OP_RET:
	case X86OP_JMPI: case X86OP_CALLI: case X86OP_LOOP: case X86OP_LOOPE:
	case X86OP_LOOPNE: case X86OP_JRCXZ:
		if (in->pfx & X86_P_66)
			set_class(in, X86_CLASS_UNCLAIMED, "66-prefixed near branch (vendor-specific)");
		break;
	case X86OP_PUSH: case X86OP_POP: case X86OP_PUSHF: case X86OP_POPF:
	case X86OP_ENTER: case X86OP_LEAVE:
		if (in->pfx & X86_P_66)
			set_class(in, X86_CLASS_UNCLAIMED, "16-bit stack operation");
		break;
	}
	if (in->pfx & X86_P_67) {
		switch (op) {
		case X86OP_MOVS: case X86OP_CMPS: case X86OP_STOS: case X86OP_LODS:
		case X86OP_SCAS: case X86OP_XLAT: case X86OP_LOOP: case X86OP_LOOPE:
		case X86OP_LOOPNE: case X86OP_JRCXZ:
			set_class(in, X86_CLASS_UNCLAIMED, "32-bit address size string/loop");
			break;
		}
	}
	/* System calls do not agree between engines on this KVM: PVM sends a
	 * ring-3 syscall to the guest kernel's entry (hardware: #UD with
	 * EFER.SCE clear) and answers `int 0x80` with #UD (hardware: #GP). hsim
	 * guests talk to the monitor with hypercalls; these are refused. */
	if (op == X86OP_SYSCALL || op == X86OP_INT)
		set_class(in, X86_CLASS_UNTRAP, "system call: hsim guests use hypercalls (hsim/guest.h)");
	if ((in->pfx & X86_P_LOCK) && (in->cls == X86_CLASS_SIM || in->cls == X86_CLASS_PATCH)) {
		int ok = in->is_mem && (f & F_L) &&
			 op != X86OP_CMP && op != X86OP_TEST && op != X86OP_MOV &&
			 op != X86OP_BT && op != X86OP_MUL && op != X86OP_IMUL1 &&
			 op != X86OP_DIV && op != X86OP_IDIV && op != X86OP_CALLI &&
			 op != X86OP_JMPI && op != X86OP_PUSH;
		/* the register operand must be the source: 02/03 forms are not lockable */
		if (ok && map == 0 && opc < 0x40 && (opc & 2))
			ok = 0;
		if (!ok)
			set_class(in, X86_CLASS_UNCLAIMED, "lock prefix on a non-lockable instruction (#UD)");
	}
	(void)mrm;
	return (int)c.pos;
}

static const char *const op_names[X86OP_COUNT] = {
#define X86OP_NAME(id, name) [X86OP_##id] = name,
	X86_OPS(X86OP_NAME)
#undef X86OP_NAME
};

static const char *const cc_names[16][3] = {
	{ "jo", "seto", "cmovo" }, { "jno", "setno", "cmovno" },
	{ "jb", "setb", "cmovb" }, { "jae", "setae", "cmovae" },
	{ "je", "sete", "cmove" }, { "jne", "setne", "cmovne" },
	{ "jbe", "setbe", "cmovbe" }, { "ja", "seta", "cmova" },
	{ "js", "sets", "cmovs" }, { "jns", "setns", "cmovns" },
	{ "jp", "setp", "cmovp" }, { "jnp", "setnp", "cmovnp" },
	{ "jl", "setl", "cmovl" }, { "jge", "setge", "cmovge" },
	{ "jle", "setle", "cmovle" }, { "jg", "setg", "cmovg" },
};

static const char *const cmp_names[4][8] = {
	{ "cmpeqps", "cmpltps", "cmpleps", "cmpunordps", "cmpneqps", "cmpnltps", "cmpnleps", "cmpordps" },
	{ "cmpeqpd", "cmpltpd", "cmplepd", "cmpunordpd", "cmpneqpd", "cmpnltpd", "cmpnlepd", "cmpordpd" },
	{ "cmpeqss", "cmpltss", "cmpless", "cmpunordss", "cmpneqss", "cmpnltss", "cmpnless", "cmpordss" },
	{ "cmpeqsd", "cmpltsd", "cmplesd", "cmpunordsd", "cmpneqsd", "cmpnltsd", "cmpnlesd", "cmpordsd" },
};

/* x87 mnemonics, Capstone's spelling ("(x87)" for the undocumented). */
static const char *x87_mnemonic(const struct x86_insn *in)
{
	static const char *const arith[8] = {
		"fadd", "fmul", "fcom", "fcomp", "fsub", "fsubr", "fdiv", "fdivr" };
	static const char *const iarith[8] = {
		"fiadd", "fimul", "ficom", "ficomp", "fisub", "fisubr", "fidiv", "fidivr" };
	static const char *const mem[8][8] = {
		{ 0 }, /* d8: arith */
		{ "fld", 0, "fst", "fstp", "fldenv", "fldcw", "fnstenv", "fnstcw" },
		{ 0 }, /* da: iarith */
		{ "fild", "fisttp", "fist", "fistp", 0, "fld", 0, "fstp" },
		{ 0 }, /* dc: arith */
		{ "fld", "fisttp", "fst", "fstp", "frstor", 0, "fnsave", "fnstsw" },
		{ 0 }, /* de: iarith */
		{ "fild", "fisttp", "fist", "fistp", "fbld", "fild", "fbstp", "fistp" },
	};
	static const char *const d9[32] = {
		"fchs", "fabs", 0, 0, "ftst", "fxam", 0, 0,
		"fld1", "fldl2t", "fldl2e", "fldpi", "fldlg2", "fldln2", "fldz", 0,
		"f2xm1", "fyl2x", "fptan", "fpatan", "fxtract", "fprem1", "fdecstp", "fincstp",
		"fprem", "fyl2xp1", "fsqrt", "fsincos", "frndint", "fscale", "fsin", "fcos" };
	static const char *const reg8[8][8] = {
		{ 0 }, /* d8: arith */
		{ "fld", "fxch", 0, 0, 0, 0, 0, 0 },
		{ "fcmovb", "fcmove", "fcmovbe", "fcmovu", 0, 0, 0, 0 },
		{ "fcmovnb", "fcmovne", "fcmovnbe", "fcmovnu", 0, "fucomi", "fcomi", 0 },
		{ "fadd", "fmul", 0, 0, "fsubr", "fsub", "fdivr", "fdiv" },
		{ "ffree", 0, "fst", "fstp", "fucom", "fucomp", 0, 0 },
		{ "faddp", "fmulp", 0, 0, "fsubrp", "fsubp", "fdivrp", "fdivp" },
		{ 0, 0, 0, 0, 0, "fucomip", "fcomip", 0 },
	};
	unsigned o = in->opc & 7, m = in->modrm, reg = (m >> 3) & 7;
	const char *n;

	if (in->is_mem)
		n = (o == 0 || o == 4) ? arith[reg] : (o == 2 || o == 6) ? iarith[reg] : mem[o][reg];
	else if (o == 0)
		n = arith[reg];
	else if (o == 1 && m == 0xd0)
		n = "fnop";
	else if (o == 1 && m >= 0xe0)
		n = d9[m - 0xe0];
	else if (o == 2 && m == 0xe9)
		n = "fucompp";
	else if (o == 3 && m == 0xe2)
		n = "fnclex";
	else if (o == 3 && m == 0xe3)
		n = "fninit";
	else if (o == 6 && m == 0xd9)
		n = "fcompp";
	else if (o == 7 && m == 0xe0)
		n = "fnstsw";
	else
		n = reg8[o][reg];
	return n ? n : "(x87)";
}

const char *x86_mnemonic(const struct x86_insn *in)
{
	static const char *const str[5][4] = {
		{ "movsb", "movsw", "movsd", "movsq" }, { "cmpsb", "cmpsw", "cmpsd", "cmpsq" },
		{ "stosb", "stosw", "stosd", "stosq" }, { "lodsb", "lodsw", "lodsd", "lodsq" },
		{ "scasb", "scasw", "scasd", "scasq" } };
	unsigned szi = in->osize == 1 ? 0 : in->osize == 2 ? 1 : in->osize == 4 ? 2 : 3;
	switch (in->op) {
	case X86OP_JCC: return cc_names[in->cc][0];
	case X86OP_SETCC: return cc_names[in->cc][1];
	case X86OP_CMOVCC: return cc_names[in->cc][2];
	case X86OP_MOVS: return str[0][szi];
	case X86OP_CMPS: return str[1][szi];
	case X86OP_STOS: return str[2][szi];
	case X86OP_LODS: return str[3][szi];
	case X86OP_SCAS: return str[4][szi];
	case X86OP_CBW: return in->osize == 2 ? "cbw" : in->osize == 4 ? "cwde" : "cdqe";
	case X86OP_CWD: return in->osize == 2 ? "cwd" : in->osize == 4 ? "cdq" : "cqo";
	case X86OP_PUSHF: return in->osize == 2 ? "pushf" : "pushfq";
	case X86OP_POPF: return in->osize == 2 ? "popf" : "popfq";
	case X86OP_CMPXCHG16B: return in->osize == 8 ? "cmpxchg16b" : "cmpxchg8b";
	case X86OP_JRCXZ: return (in->pfx & X86_P_67) ? "jecxz" : "jrcxz";
	/* F3 0F BC/BD: Capstone names them tzcnt/lzcnt; we execute bsf/bsr
	 * (the guest's CPUID has no BMI1/ABM) */
	case X86OP_BSF: return (in->pfx & X86_P_REP) ? "tzcnt" : "bsf";
	case X86OP_BSR: return (in->pfx & X86_P_REP) ? "lzcnt" : "bsr";
	case X86OP_MOV:
		if (in->map == 0 && ((in->opc >= 0xa0 && in->opc <= 0xa3 && !(in->pfx & X86_P_67)) ||
				     (in->opc >= 0xb8 && in->opc <= 0xbf && in->osize == 8)))
			return "movabs";
		return "mov";
	case X86OP_MOVD_TOX: case X86OP_MOVD_FROMX:
		return in->osize == 8 ? "movq" : "movd";
	case X86OP_X87:
		return x87_mnemonic(in);
	case X86OP_CMPPS: case X86OP_CMPPD: case X86OP_CMPSS: case X86OP_CMPSD:
		if (in->cc < 8)
			return cmp_names[in->op - X86OP_CMPPS][in->cc];
		return op_names[in->op];
	}
	if (in->op < X86OP_COUNT)
		return op_names[in->op];
	return "(bad)";
}

int x86_insn_class(const struct x86_insn *in)
{
	return in->cls;
}

uint64_t x86_undefined_flags_mask(const struct x86_insn *in)
{
	const uint64_t CF = 1, PF = 4, AF = 0x10, ZF = 0x40, SF = 0x80, OF = 0x800;
	switch (in->op) {
	case X86OP_AND: case X86OP_OR: case X86OP_XOR: case X86OP_TEST:
		return AF;
	case X86OP_MUL: case X86OP_IMUL1: case X86OP_IMUL2: case X86OP_IMUL3:
		return SF | ZF | AF | PF;
	case X86OP_DIV: case X86OP_IDIV:
		return CF | PF | AF | ZF | SF | OF;
	case X86OP_SHL: case X86OP_SHR: case X86OP_SAL: case X86OP_SAR:
		/* OF for counts != 1, AF for counts != 0, CF for counts >= the
		 * operand size (8/16-bit only: counts are masked to 5/6 bits) */
		return OF | AF | (in->osize <= 2 ? CF : 0);
	case X86OP_SHLD: case X86OP_SHRD:
		return OF | AF | ((in->osize == 2) ? (CF | SF | ZF | PF) : 0);
	case X86OP_ROL: case X86OP_ROR: case X86OP_RCL: case X86OP_RCR:
		return OF;
	case X86OP_BSF: case X86OP_BSR:
		/* F3: tzcnt/lzcnt or bsf/bsr, by the guest's CPUID */
		if (in->pfx & X86_P_REP)
			return CF | ZF | OF | SF | AF | PF;
		return CF | OF | SF | AF | PF;
	case X86OP_POPCNT:
		return 0;
	case X86OP_BT: case X86OP_BTS: case X86OP_BTR: case X86OP_BTC:
		return OF | SF | AF | PF;
	}
	return 0;
}

int x86_scan(const uint8_t *code, size_t len, uint64_t vaddr,
	     void (*report)(void *ctx, uint64_t addr, const uint8_t *bytes,
			    unsigned len, const char *why),
	     void *ctx)
{
	size_t off = 0;
	int n = 0;
	struct x86_insn in;
	while (off < len) {
		int l = x86_decode(code + off, len - off, &in);
		if (l <= 0) {
			const char *why = l == X86_E_TRUNCATED ? "truncated instruction at end of code" :
					  l == X86_E_TOOLONG ? "instruction longer than 15 bytes" :
					  "undecodable bytes";
			if (report)
				report(ctx, vaddr + off, code + off, 1, why);
			n++;
			off++;
			continue;
		}
		if (in.cls != X86_CLASS_SIM) {
			if (report)
				report(ctx, vaddr + off, code + off, (unsigned)l,
				       in.why ? in.why : "unclaimed instruction");
			n++;
		}
		off += (unsigned)l;
	}
	return n;
}
