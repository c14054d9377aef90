/* Table-driven x86-64 (64-bit mode) instruction decoder.
 *
 * x86_decode() turns up to 15 bytes into a compact struct x86_insn: an
 * operation id (enum x86_op), operand size, register numbers, the memory
 * operand, the immediate and the length. It decodes far more than the
 * simulator claims (x87, VEX/EVEX, system instructions, MMX, SSE3+) so that a
 * loader scan can find, measure and name what must be patched or refused. */
#ifndef HSIM_LIB_CPU_DECODE_H
#define HSIM_LIB_CPU_DECODE_H

#include <stddef.h>
#include <stdint.h>

#define X86_MAX_LEN 15

/* Negative results of x86_decode(). */
#define X86_E_INVALID   (-1) /* not an instruction (#UD) */
#define X86_E_TRUNCATED (-2) /* needs more bytes than avail */
#define X86_E_TOOLONG   (-3) /* longer than 15 bytes (#GP(0)) */

/* Register numbers: 0..15 are the GPRs / XMM registers in encoding order. */
#define X86R_RIP  16   /* memory base: RIP-relative */
#define X86R_NONE 0xff /* no base / no index */

/* Segment override that matters in 64-bit mode. */
#define X86_SEG_NONE 0
#define X86_SEG_FS   1
#define X86_SEG_GS   2

/* insn.pfx bits */
#define X86_P_66   0x01
#define X86_P_67   0x02
#define X86_P_LOCK 0x04
#define X86_P_REP  0x08 /* F3 (rep / repe), the last of F2/F3 */
#define X86_P_REPNE 0x10 /* F2 (repne), the last of F2/F3 */
#define X86_P_REX  0x20 /* any REX prefix (byte registers 4..7 are spl..dil) */
#define X86_P_REXW 0x40
#define X86_P_SS   0x80 /* the memory operand is stack-relative (#SS, not #GP) */

/* Operation ids and their mnemonics (Capstone 4 spelling). Ops whose
 * mnemonic depends on operand size or an immediate are renamed by
 * x86_mnemonic(). */
#define X86_OPS(X) \
	X(INVALID, "(bad)") \
	/* ALU, in /reg order of group 1 */ \
	X(ADD, "add") X(OR, "or") X(ADC, "adc") X(SBB, "sbb") \
	X(AND, "and") X(SUB, "sub") X(XOR, "xor") X(CMP, "cmp") \
	X(TEST, "test") X(INC, "inc") X(DEC, "dec") X(NEG, "neg") X(NOT, "not") \
	X(MUL, "mul") X(IMUL1, "imul") X(DIV, "div") X(IDIV, "idiv") \
	X(IMUL2, "imul") X(IMUL3, "imul") \
	/* shifts, in /reg order of group 2 */ \
	X(ROL, "rol") X(ROR, "ror") X(RCL, "rcl") X(RCR, "rcr") \
	X(SHL, "shl") X(SHR, "shr") X(SAL, "sal") X(SAR, "sar") \
	X(SHLD, "shld") X(SHRD, "shrd") \
	X(MOV, "mov") X(MOVZX, "movzx") X(MOVSX, "movsx") X(MOVSXD, "movsxd") \
	X(LEA, "lea") X(XCHG, "xchg") X(CMPXCHG, "cmpxchg") X(CMPXCHG16B, "cmpxchg16b") \
	X(XADD, "xadd") X(CBW, "cwde") X(CWD, "cdq") \
	X(PUSH, "push") X(POP, "pop") X(PUSHF, "pushfq") X(POPF, "popfq") \
	X(LAHF, "lahf") X(SAHF, "sahf") \
	X(CLC, "clc") X(STC, "stc") X(CMC, "cmc") X(CLD, "cld") X(STD, "std") \
	X(JCC, "j") X(JMP, "jmp") X(CALL, "call") X(RET, "ret") \
	X(JMPI, "jmp") X(CALLI, "call") \
	X(LOOP, "loop") X(LOOPE, "loope") X(LOOPNE, "loopne") X(JRCXZ, "jrcxz") \
	X(ENTER, "enter") X(LEAVE, "leave") X(SETCC, "set") X(CMOVCC, "cmov") \
	X(BT, "bt") X(BTS, "bts") X(BTR, "btr") X(BTC, "btc") \
	X(BSF, "bsf") X(BSR, "bsr") X(BSWAP, "bswap") \
	X(MOVS, "movs") X(CMPS, "cmps") X(STOS, "stos") X(LODS, "lods") X(SCAS, "scas") \
	X(XLAT, "xlatb") \
	X(NOP, "nop") X(PAUSE, "pause") X(ENDBR64, "endbr64") X(ENDBR32, "endbr32") \
	X(LFENCE, "lfence") X(MFENCE, "mfence") X(SFENCE, "sfence") \
	X(PREFETCHNTA, "prefetchnta") X(PREFETCHT0, "prefetcht0") \
	X(PREFETCHT1, "prefetcht1") X(PREFETCHT2, "prefetcht2") \
	X(PREFETCH, "prefetch") X(PREFETCHW, "prefetchw") X(CLFLUSH, "clflush") \
	X(CPUID, "cpuid") X(RDTSC, "rdtsc") X(RDTSCP, "rdtscp") \
	X(UD2, "ud2") X(INT3, "int3") X(INT1, "int1") X(INT, "int") \
	X(HLT, "hlt") X(CLI, "cli") X(STI, "sti") X(SYSCALL, "syscall") \
	X(IN, "in") X(OUT, "out") X(WAIT, "wait") \
	/* decoded, never claimed */ \
	X(X87, "(x87)") X(VEX, "(vex)") X(EVEX, "(evex)") \
	X(RDRAND, "rdrand") X(RDSEED, "rdseed") X(POPCNT, "popcnt") \
	X(MMX, "(mmx)") X(SSE3P, "(sse3+)") X(SYS, "(system)") X(OTHER, "(other)") \
	/* SSE / SSE2 */ \
	X(MOVUPS, "movups") X(MOVUPD, "movupd") X(MOVSS, "movss") X(MOVSD, "movsd") \
	X(MOVUPS_ST, "movups") X(MOVUPD_ST, "movupd") X(MOVSS_ST, "movss") X(MOVSD_ST, "movsd") \
	X(MOVLPS, "movlps") X(MOVHLPS, "movhlps") X(MOVLPD, "movlpd") \
	X(MOVLPS_ST, "movlps") X(MOVLPD_ST, "movlpd") \
	X(MOVHPS, "movhps") X(MOVLHPS, "movlhps") X(MOVHPD, "movhpd") \
	X(MOVHPS_ST, "movhps") X(MOVHPD_ST, "movhpd") \
	X(UNPCKLPS, "unpcklps") X(UNPCKLPD, "unpcklpd") \
	X(UNPCKHPS, "unpckhps") X(UNPCKHPD, "unpckhpd") \
	X(MOVAPS, "movaps") X(MOVAPD, "movapd") X(MOVAPS_ST, "movaps") X(MOVAPD_ST, "movapd") \
	X(CVTSI2SS, "cvtsi2ss") X(CVTSI2SD, "cvtsi2sd") \
	X(MOVNTPS, "movntps") X(MOVNTPD, "movntpd") \
	X(CVTTSS2SI, "cvttss2si") X(CVTTSD2SI, "cvttsd2si") \
	X(CVTSS2SI, "cvtss2si") X(CVTSD2SI, "cvtsd2si") \
	X(UCOMISS, "ucomiss") X(UCOMISD, "ucomisd") X(COMISS, "comiss") X(COMISD, "comisd") \
	X(MOVMSKPS, "movmskps") X(MOVMSKPD, "movmskpd") \
	X(SQRTPS, "sqrtps") X(SQRTPD, "sqrtpd") X(SQRTSS, "sqrtss") X(SQRTSD, "sqrtsd") \
	X(RSQRTPS, "rsqrtps") X(RSQRTSS, "rsqrtss") X(RCPPS, "rcpps") X(RCPSS, "rcpss") \
	X(ANDPS, "andps") X(ANDPD, "andpd") X(ANDNPS, "andnps") X(ANDNPD, "andnpd") \
	X(ORPS, "orps") X(ORPD, "orpd") X(XORPS, "xorps") X(XORPD, "xorpd") \
	X(ADDPS, "addps") X(ADDPD, "addpd") X(ADDSS, "addss") X(ADDSD, "addsd") \
	X(MULPS, "mulps") X(MULPD, "mulpd") X(MULSS, "mulss") X(MULSD, "mulsd") \
	X(SUBPS, "subps") X(SUBPD, "subpd") X(SUBSS, "subss") X(SUBSD, "subsd") \
	X(MINPS, "minps") X(MINPD, "minpd") X(MINSS, "minss") X(MINSD, "minsd") \
	X(DIVPS, "divps") X(DIVPD, "divpd") X(DIVSS, "divss") X(DIVSD, "divsd") \
	X(MAXPS, "maxps") X(MAXPD, "maxpd") X(MAXSS, "maxss") X(MAXSD, "maxsd") \
	X(CVTPS2PD, "cvtps2pd") X(CVTPD2PS, "cvtpd2ps") X(CVTSS2SD, "cvtss2sd") X(CVTSD2SS, "cvtsd2ss") \
	X(CVTDQ2PS, "cvtdq2ps") X(CVTPS2DQ, "cvtps2dq") X(CVTTPS2DQ, "cvttps2dq") \
	X(CVTTPD2DQ, "cvttpd2dq") X(CVTDQ2PD, "cvtdq2pd") X(CVTPD2DQ, "cvtpd2dq") \
	X(PUNPCKLBW, "punpcklbw") X(PUNPCKLWD, "punpcklwd") X(PUNPCKLDQ, "punpckldq") \
	X(PACKSSWB, "packsswb") X(PCMPGTB, "pcmpgtb") X(PCMPGTW, "pcmpgtw") X(PCMPGTD, "pcmpgtd") \
	X(PACKUSWB, "packuswb") X(PUNPCKHBW, "punpckhbw") X(PUNPCKHWD, "punpckhwd") \
	X(PUNPCKHDQ, "punpckhdq") X(PACKSSDW, "packssdw") \
	X(PUNPCKLQDQ, "punpcklqdq") X(PUNPCKHQDQ, "punpckhqdq") \
	X(MOVD_TOX, "movd") X(MOVD_FROMX, "movd") X(MOVQ_X, "movq") X(MOVQ_ST, "movq") \
	X(MOVDQA, "movdqa") X(MOVDQU, "movdqu") X(MOVDQA_ST, "movdqa") X(MOVDQU_ST, "movdqu") \
	X(PSHUFD, "pshufd") X(PSHUFHW, "pshufhw") X(PSHUFLW, "pshuflw") \
	X(PSRLW_I, "psrlw") X(PSRAW_I, "psraw") X(PSLLW_I, "psllw") \
	X(PSRLD_I, "psrld") X(PSRAD_I, "psrad") X(PSLLD_I, "pslld") \
	X(PSRLQ_I, "psrlq") X(PSRLDQ, "psrldq") X(PSLLQ_I, "psllq") X(PSLLDQ, "pslldq") \
	X(PCMPEQB, "pcmpeqb") X(PCMPEQW, "pcmpeqw") X(PCMPEQD, "pcmpeqd") \
	X(CMPPS, "cmpps") X(CMPPD, "cmppd") X(CMPSS, "cmpss") X(CMPSD, "cmpsd") \
	X(MOVNTI, "movnti") X(PINSRW, "pinsrw") X(PEXTRW, "pextrw") \
	X(SHUFPS, "shufps") X(SHUFPD, "shufpd") \
	X(PSRLW, "psrlw") X(PSRLD, "psrld") X(PSRLQ, "psrlq") X(PADDQ, "paddq") \
	X(PMULLW, "pmullw") X(PMOVMSKB, "pmovmskb") \
	X(PSUBUSB, "psubusb") X(PSUBUSW, "psubusw") X(PMINUB, "pminub") X(PAND, "pand") \
	X(PADDUSB, "paddusb") X(PADDUSW, "paddusw") X(PMAXUB, "pmaxub") X(PANDN, "pandn") \
	X(PAVGB, "pavgb") X(PSRAW, "psraw") X(PSRAD, "psrad") X(PAVGW, "pavgw") \
	X(PMULHUW, "pmulhuw") X(PMULHW, "pmulhw") X(MOVNTDQ, "movntdq") \
	X(PSUBSB, "psubsb") X(PSUBSW, "psubsw") X(PMINSW, "pminsw") X(POR, "por") \
	X(PADDSB, "paddsb") X(PADDSW, "paddsw") X(PMAXSW, "pmaxsw") X(PXOR, "pxor") \
	X(PSLLW, "psllw") X(PSLLD, "pslld") X(PSLLQ, "psllq") X(PMULUDQ, "pmuludq") \
	X(PMADDWD, "pmaddwd") X(PSADBW, "psadbw") X(MASKMOVDQU, "maskmovdqu") \
	X(PSUBB, "psubb") X(PSUBW, "psubw") X(PSUBD, "psubd") X(PSUBQ, "psubq") \
	X(PADDB, "paddb") X(PADDW, "paddw") X(PADDD, "paddd") \
	X(LDMXCSR, "ldmxcsr") X(STMXCSR, "stmxcsr") X(FXSAVE, "fxsave") X(FXRSTOR, "fxrstor")

enum x86_op {
#define X86OP_ENUM(id, name) X86OP_##id,
	X86_OPS(X86OP_ENUM)
#undef X86OP_ENUM
	X86OP_COUNT
};

/* A decoded instruction. */
struct x86_insn {
	uint16_t op;     /* enum x86_op */
	uint8_t len;     /* bytes */
	uint8_t osize;   /* operand size in bytes: 1, 2, 4, 8 (16 for SSE) */
	uint8_t pfx;     /* X86_P_* */
	uint8_t seg;     /* X86_SEG_* */
	uint8_t map;     /* 0 one-byte, 1 0F, 2 0F38, 3 0F3A, 4+ VEX/EVEX */
	uint8_t opc;     /* the opcode byte */
	uint8_t modrm;
	uint8_t has_modrm;
	uint8_t is_mem;  /* operand r/m is memory */
	uint8_t reg;     /* ModRM.reg + REX.R, or the +r register of the opcode */
	uint8_t rm;      /* ModRM.rm + REX.B when it names a register */
	uint8_t base;    /* memory base: 0..15, X86R_RIP, X86R_NONE */
	uint8_t index;   /* memory index: 0..15, X86R_NONE */
	uint8_t scale;   /* index shift count 0..3 */
	uint8_t cc;      /* condition code for jcc/setcc/cmovcc, predicate for cmpXX */
	uint8_t cls;     /* enum x86_class */
	uint8_t imm_size;/* immediate bytes (0 if none) */
	uint8_t pad[3];
	int64_t disp;    /* displacement (RIP-relative: from the next insn) */
	uint64_t imm;    /* immediate, sign- or zero-extended per the opcode;
	                  * relative branches: the sign-extended displacement;
	                  * enter: imm = iw, imm2 = ib */
	uint8_t imm2;
	const char *why; /* for unclaimed / untrappable ones: a short reason */
};

enum x86_class {
	X86_CLASS_SIM = 0,       /* claimed, simulated */
	X86_CLASS_UNCLAIMED = 1, /* not simulated; the simulator raises #UD */
	X86_CLASS_UNTRAP = 2,    /* runs natively on KVM at ring 3 without a trap
	                          * and is not (exactly) simulated: rdtsc, rdtscp,
	                          * rdrand, rdseed, VEX/EVEX, x87, MMX, SSE3+ ...;
	                          * must be patched or the guest refused */
	X86_CLASS_PATCH = 3,     /* runs untrapped on KVM at ring 3 (or shows the
	                          * host's values there), simulated exactly: the
	                          * monitor patches it into a trap at load time and
	                          * handles it as an event (cpuid, rdtsc, rdtscp,
	                          * rdrand, rdseed) */
};

/* Decode one instruction. Returns its length (1..15), or X86_E_*. */
int x86_decode(const uint8_t *bytes, size_t avail, struct x86_insn *out);

/* Lowercase mnemonic, Capstone spelling, without rep/lock prefixes. */
const char *x86_mnemonic(const struct x86_insn *in);

/* enum x86_class of a decoded instruction. */
int x86_insn_class(const struct x86_insn *in);

/* The RFLAGS bits the SDM leaves undefined after this instruction (and
 * that the simulator may therefore set differently from some host). */
uint64_t x86_undefined_flags_mask(const struct x86_insn *in);

/* Linear sweep over code at vaddr: reports every instruction that is not
 * X86_CLASS_SIM (and undecodable bytes, skipping one byte), the patched
 * ones (X86_CLASS_PATCH) included. Returns the number of reports. */
int x86_scan(const uint8_t *code, size_t len, uint64_t vaddr,
	     void (*report)(void *ctx, uint64_t addr, const uint8_t *bytes,
			    unsigned len, const char *why),
	     void *ctx);

#endif
