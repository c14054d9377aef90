/* x87 for the interpreter. Like sse.c, exact by construction: each x87
 * instruction runs on the host's own FPU with the guest's x87 state loaded
 * (FXRSTOR64 of an image built from struct hsim_cpu_state), its memory
 * operand redirected to a host buffer holding the guest's bytes, and the
 * state is saved back (FXSAVE64). Results, TOP, C0-C3, the tag word,
 * exception flags, NaN propagation, transcendentals and what the CPU records
 * in FIP/FDP/FOP are then what this CPU does (and what KVM, which runs on
 * it, shows).
 *
 * The instruction runs from a table of stubs, one per opcode byte D8..DF and
 * ModRM byte: `endbr64; <opcode> <modrm>; ret`. Register forms use the guest's
 * ModRM; memory forms the one with the same /reg and the operand at (%rdi),
 * which points to the buffer. The host addresses the CPU may record are
 * turned back into the guest's: FIP (the stub's instruction) into the guest
 * instruction's RIP, FDP (the buffer) into the operand's offset, FOP's ModRM
 * into the guest's.
 *
 * Unmasked exceptions: the host runs with the guest's FCW, so an unmasked
 * exception leaves the state as hardware does (FSW.ES set, destination not
 * written) and becomes pending; the next waiting x87 instruction or fwait
 * raises #MF (vector 16) here before it runs, as the CPU does (CR0.NE is
 * set). The host never takes #MF: a pending exception is checked first and
 * the host FPU is reinitialised after each instruction.
 *
 * fnstenv and fnsave write the 32-bit environment format (64-bit mode has no
 * other without a 66 prefix): FIP, FDP and FOP there are the guest's, loaded
 * by FXRSTOR64; the CS and DS selectors are zero on CPUs that deprecate them
 * (CPUID.7.0:EBX[13], Intel since Haswell), else the host's CS, which
 * becomes the guest's. fldenv and frstor load whatever the guest wrote, as
 * the CPU does. */
#include <stdint.h>
#include <string.h>

#include "simint.h"
#include "x87.h"

#define FSW_ES 0x80u
#define STUB_SIZE 8
#define OPERAND_MAX 108 /* fnsave/frstor */
#define GUEST_CS 0x23   /* the guest's code selector (SEL_UCODE, lib/kvm/kvm.h) */
/* the 32-bit environment: FIP, FCS, FOP and FDP's offsets */
#define ENV_FIP 12
#define ENV_FCS 16
#define ENV_FOP 18
#define ENV_FDP 20

/* 8 x 256 stubs of 8 bytes; only register forms (ModRM >= 0xc0) and the
 * (%rdi) memory forms (mod 0, rm 7) are ever called. */
__asm__(".pushsection .text\n"
	".balign 16\n"
	".globl hsim_x87_stubs\n"
	".hidden hsim_x87_stubs\n"
	"hsim_x87_stubs:\n"
	".irp op, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf\n"
	".set m, 0\n"
	".rept 256\n"
	".byte 0xf3, 0x0f, 0x1e, 0xfa, \\op, m, 0xc3, 0xcc\n"
	".set m, m + 1\n"
	".endr\n"
	".endr\n"
	".popsection\n");
extern const uint8_t hsim_x87_stubs[];

struct fximg {
	uint8_t b[512];
} __attribute__((aligned(64)));

/* Memory operand of D8..DF /reg: bytes, and whether it is written. */
static unsigned mem_size(unsigned opc, unsigned reg, int *wr)
{
	static const uint8_t size[8][8] = {
		{ 4, 4, 4, 4, 4, 4, 4, 4 },     /* d8: m32fp arithmetic */
		{ 4, 0, 4, 4, 28, 2, 28, 2 },   /* d9: fld fst fstp m32, fldenv fldcw fnstenv fnstcw */
		{ 4, 4, 4, 4, 4, 4, 4, 4 },     /* da: m32int arithmetic */
		{ 4, 4, 4, 4, 0, 10, 0, 10 },   /* db: fild fisttp fist fistp m32, fld fstp m80 */
		{ 8, 8, 8, 8, 8, 8, 8, 8 },     /* dc: m64fp arithmetic */
		{ 8, 8, 8, 8, 108, 0, 108, 2 }, /* dd: fld fisttp fst fstp m64, frstor fnsave fnstsw */
		{ 2, 2, 2, 2, 2, 2, 2, 2 },     /* de: m16int arithmetic */
		{ 2, 2, 2, 2, 10, 8, 10, 8 },   /* df: fild fisttp fist fistp m16, fbld fild m64 fbstp fistp m64 */
	};
	static const uint8_t store[8] = { 0x00, 0xcc, 0x00, 0xae, 0x00, 0xce, 0x00, 0xce };
	opc &= 7;
	*wr = (store[opc] >> reg) & 1;
	return size[opc][reg];
}

/* The instructions that do not check for a pending exception first. */
static int no_wait(unsigned opc, unsigned modrm)
{
	unsigned reg = (modrm >> 3) & 7;
	if (modrm >= 0xc0)
		return (opc == 0xdb && (modrm == 0xe2 || modrm == 0xe3)) || /* fnclex fninit */
		       (opc == 0xdf && modrm == 0xe0);                      /* fnstsw %ax */
	return ((opc == 0xd9 || opc == 0xdd) && (reg == 6 || reg == 7)); /* fnstenv fnstcw fnsave fnstsw */
}

/* fnstenv and fnsave store FIP, FOP and FDP as the CPU holds them: where a
 * sentinel went in for the guest's value (one bit flipped, see sentinel())
 * the same bit is flipped back in the image. The host's code selector in FCS
 * becomes the guest's (CPUs that deprecate FCS and FDS store zero: left
 * alone). FDS is the host's data selector, 0 on Linux x86-64; a guest on such
 * a CPU would see its own (docs/kvm-notes.md). */
static void env_fixup(unsigned opc, unsigned modrm, uint8_t *env, const struct hsim_cpu_state *guest,
		      const struct hsim_cpu_state *sent)
{
	unsigned reg = (modrm >> 3) & 7;
	uint16_t fcs;

	if (modrm >= 0xc0 || reg != 6 || (opc != 0xd9 && opc != 0xdd))
		return;
	env[ENV_FIP] ^= (uint8_t)((guest->fip ^ sent->fip) & 1);
	env[ENV_FOP] ^= (uint8_t)((guest->fop ^ sent->fop) & 1);
	env[ENV_FDP] ^= (uint8_t)((guest->fdp ^ sent->fdp) & 1);
	memcpy(&fcs, env + ENV_FCS, 2);
	if (fcs) {
		fcs = GUEST_CS;
		memcpy(env + ENV_FCS, &fcs, 2);
	}
}

/* fldenv and frstor: FIP, FDP and FOP are what the guest's image held,
 * whatever they are (not host values to map back) */
static int loads_env(unsigned opc, unsigned modrm)
{
	return modrm < 0xc0 && ((modrm >> 3) & 7) == 4 && (opc == 0xd9 || opc == 0xdd);
}

static void img_load(struct fximg *x, const struct hsim_cpu_state *st)
{
	uint32_t mxcsr;
	memset(x, 0, sizeof(*x));
	memcpy(x->b, &st->fcw, 2);
	memcpy(x->b + 2, &st->fsw, 2);
	x->b[4] = st->ftw;
	memcpy(x->b + 6, &st->fop, 2);
	memcpy(x->b + 8, &st->fip, 8);
	memcpy(x->b + 16, &st->fdp, 8);
	/* the host keeps its MXCSR (it may hold the guest's, see sse.c) */
	__asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
	memcpy(x->b + 24, &mxcsr, 4);
	for (int i = 0; i < 8; i++)
		memcpy(x->b + 32 + 16 * i, st->fpr[i], 10);
}

static void img_store(struct hsim_cpu_state *st, const struct fximg *x)
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

/* Run one stub with the image's x87 state, RAX (fnstsw %ax) and the status
 * flags (fcmov reads them, fcomi writes them); then give the host a clean
 * FPU with its own control word. The red zone is stepped over for the
 * pushes. XMM registers come from the image (zero): clobbered. */
static void host_run(const uint8_t *stub, struct fximg *x, uint64_t *rax, uint64_t *flags, uint8_t *buf)
{
	uint16_t cw;
	uint64_t fl = *flags & HSIM_FLAGS_STATUS, ax = *rax;
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
			 : [img] "r"(x->b), [fn] "r"(stub), "D"(buf)
			 : "memory", "cc", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6",
			   "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
	*flags = (*flags & ~(uint64_t)HSIM_FLAGS_STATUS) | (fl & HSIM_FLAGS_STATUS);
	*rax = ax;
}

/* A value the CPU may overwrite with a host address: go in as the guest's
 * (or, if that happens to be the host value, as something else), come out
 * as the guest's if the CPU did not touch it, as mapped if it recorded the
 * host value, as written otherwise (fninit: 0). */
static uint64_t sentinel(uint64_t v, uint64_t host)
{
	return v != host ? v : host ^ 1;
}

static uint64_t unmap(uint64_t out, uint64_t sent, uint64_t old, uint64_t host, uint64_t guest)
{
	if (out == sent)
		return old;
	return out == host ? guest : out;
}

int sim_x87(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned opc = in->opc, modrm = in->modrm;
	uint8_t buf[OPERAND_MAX], *p = NULL;
	unsigned n = 0;
	int wr = 0;

	if (in->op == X86OP_WAIT)
		return (st->fsw & FSW_ES) ? sim_exc(s, 16, 0, 0, 0) : 0;
	if (in->cls != X86_CLASS_SIM)
		return sim_exc(s, 6, 0, 0, 0); /* the forms left out (decode.c) */
	if ((st->fsw & FSW_ES) && !no_wait(opc, modrm))
		return sim_exc(s, 16, 0, 0, 0);

	if (in->is_mem) {
		n = mem_size(opc, (modrm >> 3) & 7, &wr);
		/* the fault checks come first: a #PF leaves no trace */
		p = sim_mem_op(s, in, n, wr ? SIM_W : SIM_R);
		if (!p)
			return SIM_R_STOP;
		memcpy(buf, p, n);
		modrm = (modrm & 0x38) | 7; /* (%rdi) */
	}
	const uint8_t *stub = hsim_x87_stubs + ((opc - 0xd8) * 256 + modrm) * STUB_SIZE;
	uint64_t rip = ((const struct sim_centry *)(const void *)
			((const char *)in - offsetof(struct sim_centry, in)))->rip;
	uint64_t g_dp = in->is_mem ? sim_offset(st, in) : 0;
	uint64_t h_ip = (uint64_t)(uintptr_t)stub + 4, h_dp = (uint64_t)(uintptr_t)buf;
	uint64_t h_op = ((opc & 7u) << 8) | modrm, g_op = ((opc & 7u) << 8) | in->modrm;
	struct hsim_cpu_state in_st = *st;
	in_st.fip = sentinel(st->fip, h_ip);
	in_st.fdp = sentinel(st->fdp, h_dp);
	in_st.fop = (uint16_t)sentinel(st->fop, h_op);

	struct fximg x;
	img_load(&x, &in_st);
	uint64_t rax = st->gpr[HSIM_RAX], fl = st->rflags;
	host_run(stub, &x, &rax, &fl, buf);
	if (wr)
		env_fixup(opc, modrm, buf, st, &in_st);

	if (wr) {
		/* With an unmasked exception a store may not happen; whether it
		 * did shows when the same run starts from other buffer bytes. */
		int stored = 1;
		uint16_t fsw;
		memcpy(&fsw, x.b + 2, 2);
		if (fsw & FSW_ES) {
			uint8_t buf2[OPERAND_MAX];
			struct fximg x2;
			uint64_t rax2 = st->gpr[HSIM_RAX], fl2 = st->rflags;
			for (unsigned i = 0; i < n; i++)
				buf2[i] = (uint8_t)~p[i];
			img_load(&x2, &in_st);
			host_run(stub, &x2, &rax2, &fl2, buf2);
			env_fixup(opc, modrm, buf2, st, &in_st);
			stored = memcmp(buf, buf2, n) == 0;
		}
		if (stored)
			memcpy(p, buf, n);
	}
	uint64_t old_ip = st->fip, old_dp = st->fdp, old_op = st->fop;
	img_store(st, &x);
	if (!loads_env(opc, in->modrm)) {
		st->fip = unmap(st->fip, in_st.fip, old_ip, h_ip, rip);
		st->fdp = unmap(st->fdp, in_st.fdp, old_dp, h_dp, g_dp);
		st->fop = (uint16_t)unmap(st->fop, in_st.fop, old_op, h_op, g_op);
	}
	st->gpr[HSIM_RAX] = rax;
	st->rflags = fl;
	return 0;
}
