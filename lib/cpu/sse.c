/* SSE/SSE2 for the interpreter. Floating-point work runs on the host's SSE
 * unit with the guest's MXCSR loaded (all exceptions masked, host MXCSR
 * saved and restored), which gives bit-exact results, exception flags and
 * NaN propagation; unmasked exceptions become #XM. */
#include <stdint.h>
#include <string.h>

#include "simint.h"

typedef long long v2di __attribute__((vector_size(16)));

#define MXCSR_FLAGS 0x3fu
#define MXCSR_VALID 0xffffu /* bits 16..31 reserved: ldmxcsr #GP */

struct fpctx {
	uint32_t host, guest;
	uint32_t m; /* what the host runs with */
};

/* Operand size in memory of the source (r/m) operand. */
static unsigned src_size(unsigned op, unsigned osize)
{
	switch (op) {
	case X86OP_MOVSS: case X86OP_SQRTSS: case X86OP_RSQRTSS: case X86OP_RCPSS:
	case X86OP_ADDSS: case X86OP_MULSS: case X86OP_SUBSS: case X86OP_MINSS:
	case X86OP_DIVSS: case X86OP_MAXSS: case X86OP_CVTSS2SD: case X86OP_UCOMISS:
	case X86OP_COMISS: case X86OP_CVTTSS2SI: case X86OP_CVTSS2SI: case X86OP_CMPSS:
		return 4;
	case X86OP_MOVSD: case X86OP_SQRTSD: case X86OP_ADDSD: case X86OP_MULSD:
	case X86OP_SUBSD: case X86OP_MINSD: case X86OP_DIVSD: case X86OP_MAXSD:
	case X86OP_CVTSD2SS: case X86OP_UCOMISD: case X86OP_COMISD: case X86OP_CVTTSD2SI:
	case X86OP_CVTSD2SI: case X86OP_CMPSD: case X86OP_MOVLPS: case X86OP_MOVLPD:
	case X86OP_MOVHPS: case X86OP_MOVHPD: case X86OP_MOVQ_X: case X86OP_CVTPS2PD:
	case X86OP_CVTDQ2PD:
		return 8;
	case X86OP_MOVD_TOX: case X86OP_CVTSI2SS: case X86OP_CVTSI2SD:
		return osize;
	case X86OP_PINSRW:
		return 2;
	default:
		return 16;
	}
}

/* m128 operands that need no 16-byte alignment */
static int unaligned_ok(unsigned op)
{
	return op == X86OP_MOVUPS || op == X86OP_MOVUPD || op == X86OP_MOVDQU ||
	       op == X86OP_MOVUPS_ST || op == X86OP_MOVUPD_ST || op == X86OP_MOVDQU_ST;
}

#define FP2(name) \
	__asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\t" name " %[b], %[a]\n\tstmxcsr %[m]\n\tldmxcsr %[h]" \
			 : [a] "+x"(a), [m] "+m"(fc.m), [h] "=m"(fc.host) : [b] "x"(b))
#define INT2(name) __asm__(name " %[b], %[a]" : [a] "+x"(a) : [b] "x"(b))

static int cmp_pred(v2di *pa, v2di b, unsigned op, unsigned pred, struct fpctx *fcp)
{
	v2di a = *pa;
	struct fpctx fc = *fcp;
#define CMPS(sfx) \
	switch (pred & 7) { \
	case 0: FP2("cmpeq" sfx); break; case 1: FP2("cmplt" sfx); break; \
	case 2: FP2("cmple" sfx); break; case 3: FP2("cmpunord" sfx); break; \
	case 4: FP2("cmpneq" sfx); break; case 5: FP2("cmpnlt" sfx); break; \
	case 6: FP2("cmpnle" sfx); break; default: FP2("cmpord" sfx); break; }
	switch (op) {
	case X86OP_CMPPS: CMPS("ps"); break;
	case X86OP_CMPPD: CMPS("pd"); break;
	case X86OP_CMPSS: CMPS("ss"); break;
	default: CMPS("sd"); break;
	}
#undef CMPS
	*pa = a;
	*fcp = fc;
	return 0;
}

/* Lanes of a floating-point result that can underflow: 4-byte or 8-byte
 * elements, how many. 0: none. */
static unsigned uf_lanes(unsigned op, unsigned *esz)
{
	switch (op) {
	case X86OP_ADDSS: case X86OP_SUBSS: case X86OP_MULSS: case X86OP_DIVSS: case X86OP_CVTSD2SS:
		*esz = 4; return 1;
	case X86OP_ADDPS: case X86OP_SUBPS: case X86OP_MULPS: case X86OP_DIVPS:
		*esz = 4; return 4;
	case X86OP_CVTPD2PS:
		*esz = 4; return 2;
	case X86OP_ADDSD: case X86OP_SUBSD: case X86OP_MULSD: case X86OP_DIVSD:
		*esz = 8; return 1;
	case X86OP_ADDPD: case X86OP_SUBPD: case X86OP_MULPD: case X86OP_DIVPD:
		*esz = 8; return 2;
	}
	return 0;
}

/* With underflow unmasked the CPU raises #XM for any tiny result, exact or
 * not (and does not flush to zero); the masked run we do shows that only as
 * a denormal result. */
static uint32_t tiny_result(const v2di *r, unsigned op)
{
	unsigned esz, n = uf_lanes(op, &esz);
	union hsim_xmm x;
	memcpy(&x, r, 16);
	for (unsigned i = 0; i < n; i++) {
		if (esz == 4 ? ((x.d[i] & 0x7f800000u) == 0 && (x.d[i] & 0x7fffffu))
			     : ((x.q[i] & 0x7ff0000000000000ull) == 0 && (x.q[i] & 0xfffffffffffffull)))
			return 0x10; /* UE */
	}
	return 0;
}

static int fp_finish(struct sim *s, struct fpctx *fc)
{
	uint32_t raised = fc->m & MXCSR_FLAGS;
	s->st->mxcsr |= raised;
	if (raised & ~(fc->guest >> 7) & MXCSR_FLAGS)
		return sim_exc(s, 19, 0, 0, 0);
	return 0;
}

int sim_sse(struct sim *s, const struct x86_insn *in)
{
	struct hsim_cpu_state *st = s->st;
	unsigned op = in->op;
	union hsim_xmm src, *d = &st->xmm[in->reg & 15];
	uint8_t *p = NULL;
	unsigned n = src_size(op, in->osize);

	/* ldmxcsr / stmxcsr */
	if (op == X86OP_LDMXCSR || op == X86OP_STMXCSR) {
		p = sim_mem_op(s, in, 4, op == X86OP_LDMXCSR ? SIM_R : SIM_W);
		if (!p)
			return SIM_R_STOP;
		if (op == X86OP_STMXCSR) {
			stv(p, 4, st->mxcsr);
			return 0;
		}
		uint32_t v = (uint32_t)ld(p, 4);
		if (v & ~MXCSR_VALID)
			return sim_exc(s, 13, 1, 0, 0);
		sim_fp_release(s); /* the host's flags may no longer be a subset */
		st->mxcsr = v;
		return 0;
	}

	/* stores and moves to r/m */
	switch (op) {
	case X86OP_MOVUPS_ST: case X86OP_MOVUPD_ST: case X86OP_MOVAPS_ST: case X86OP_MOVAPD_ST:
	case X86OP_MOVDQA_ST: case X86OP_MOVDQU_ST: case X86OP_MOVNTPS: case X86OP_MOVNTPD:
	case X86OP_MOVNTDQ:
		if (!in->is_mem) {
			st->xmm[in->rm] = *d;
			return 0;
		}
		{
			uint64_t a = sim_ea(s, in);
			if (!unaligned_ok(op) && (a & 15))
				return sim_exc(s, 13, 1, 0, 0);
			p = sim_xlate(s, a, 16, SIM_W, (in->pfx & X86_P_SS) != 0);
			if (!p)
				return SIM_R_STOP;
			memcpy(p, d, 16);
		}
		return 0;
	case X86OP_MOVSS_ST: case X86OP_MOVSD_ST: case X86OP_MOVLPS_ST: case X86OP_MOVLPD_ST:
	case X86OP_MOVHPS_ST: case X86OP_MOVHPD_ST: case X86OP_MOVQ_ST: {
		unsigned sz = op == X86OP_MOVSS_ST ? 4 : 8;
		const uint8_t *from = (op == X86OP_MOVHPS_ST || op == X86OP_MOVHPD_ST) ? &d->b[8] : &d->b[0];
		if (!in->is_mem) {
			union hsim_xmm *t = &st->xmm[in->rm];
			memcpy(t, from, sz);
			if (op == X86OP_MOVQ_ST)
				t->q[1] = 0;
			return 0;
		}
		p = sim_mem_op(s, in, sz, SIM_W);
		if (!p)
			return SIM_R_STOP;
		memcpy(p, from, sz);
		return 0;
	}
	case X86OP_MOVD_FROMX: {
		unsigned sz = in->osize == 8 ? 8 : 4;
		if (!in->is_mem) {
			st->gpr[in->rm] = sz == 8 ? d->q[0] : d->d[0];
			return 0;
		}
		p = sim_mem_op(s, in, sz, SIM_W);
		if (!p)
			return SIM_R_STOP;
		memcpy(p, d, sz);
		return 0;
	}
	case X86OP_MASKMOVDQU: {
		union hsim_xmm m = st->xmm[in->rm];
		uint64_t a = st->gpr[HSIM_RDI];
		if (in->pfx & X86_P_67)
			a = (uint32_t)a;
		if (in->seg)
			a += in->seg == X86_SEG_FS ? st->fs_base : st->gs_base;
		int any = 0;
		for (int i = 0; i < 16; i++)
			any |= m.b[i] & 0x80;
		if (!any)
			return 0;
		p = sim_xlate(s, a, 16, SIM_W, 0);
		if (!p)
			return SIM_R_STOP;
		for (int i = 0; i < 16; i++)
			if (m.b[i] & 0x80)
				p[i] = d->b[i];
		return 0;
	}
	case X86OP_MOVNTI:
		return 0; /* handled by the integer core */
	}

	/* load the source operand */
	if (op == X86OP_CVTSI2SS || op == X86OP_CVTSI2SD || op == X86OP_MOVD_TOX || op == X86OP_PINSRW) {
		memset(&src, 0, sizeof(src));
		if (in->is_mem) {
			p = sim_mem_op(s, in, n, SIM_R);
			if (!p)
				return SIM_R_STOP;
			memcpy(&src, p, n);
		} else {
			src.q[0] = st->gpr[in->rm];
		}
	} else if (in->is_mem) {
		uint64_t a = sim_ea(s, in);
		if (n == 16 && !unaligned_ok(op) && (a & 15))
			return sim_exc(s, 13, 1, 0, 0);
		p = sim_xlate(s, a, n, SIM_R, (in->pfx & X86_P_SS) != 0);
		if (!p)
			return SIM_R_STOP;
		memset(&src, 0, sizeof(src));
		memcpy(&src, p, n);
	} else {
		src = st->xmm[in->rm];
	}

	v2di a, b;
	memcpy(&a, d, 16);
	memcpy(&b, &src, 16);
	struct fpctx fc;
	fc.host = 0;
	fc.guest = st->mxcsr;
	fc.m = (fc.guest & ~MXCSR_FLAGS) | 0x1f80;
	int ue_unmasked = !(fc.guest & 0x800);
	if (ue_unmasked)
		fc.m &= ~0x8000u; /* FTZ applies only to masked underflow */
	int fp = 1;
	uint64_t gout = 0;
	int to_gpr = 0;

	switch (op) {
	/* plain moves */
	case X86OP_MOVUPS: case X86OP_MOVUPD: case X86OP_MOVAPS: case X86OP_MOVAPD:
	case X86OP_MOVDQA: case X86OP_MOVDQU:
		*d = src;
		return 0;
	case X86OP_MOVSS:
		if (in->is_mem)
			*d = src;
		else
			d->d[0] = src.d[0];
		return 0;
	case X86OP_MOVSD:
		if (in->is_mem)
			*d = src;
		else
			d->q[0] = src.q[0];
		return 0;
	case X86OP_MOVQ_X: d->q[0] = src.q[0]; d->q[1] = 0; return 0;
	case X86OP_MOVD_TOX:
		d->q[0] = in->osize == 8 ? src.q[0] : src.d[0];
		d->q[1] = 0;
		return 0;
	case X86OP_MOVLPS: case X86OP_MOVLPD: d->q[0] = src.q[0]; return 0;
	case X86OP_MOVHPS: case X86OP_MOVHPD: d->q[1] = src.q[0]; return 0;
	case X86OP_MOVHLPS: d->q[0] = src.q[1]; return 0;
	case X86OP_MOVLHPS: d->q[1] = src.q[0]; return 0;
	case X86OP_MOVMSKPS:
		st->gpr[in->reg] = (src.d[0] >> 31) | ((src.d[1] >> 31) << 1) |
				   ((src.d[2] >> 31) << 2) | ((uint64_t)(src.d[3] >> 31) << 3);
		return 0;
	case X86OP_MOVMSKPD:
		st->gpr[in->reg] = (src.q[0] >> 63) | ((src.q[1] >> 63) << 1);
		return 0;
	case X86OP_PMOVMSKB: {
		uint64_t r = 0;
		for (int i = 0; i < 16; i++)
			r |= (uint64_t)(src.b[i] >> 7) << i;
		st->gpr[in->reg] = r;
		return 0;
	}
	case X86OP_PEXTRW:
		st->gpr[in->reg] = src.w[in->imm & 7];
		return 0;
	case X86OP_PINSRW:
		d->w[in->imm & 7] = src.w[0];
		return 0;
	case X86OP_PSHUFD: {
		union hsim_xmm r;
		for (int i = 0; i < 4; i++)
			r.d[i] = src.d[(in->imm >> (2 * i)) & 3];
		*d = r;
		return 0;
	}
	case X86OP_PSHUFLW: case X86OP_PSHUFHW: {
		union hsim_xmm r = src;
		int base = op == X86OP_PSHUFHW ? 4 : 0;
		for (int i = 0; i < 4; i++)
			r.w[base + i] = src.w[base + ((in->imm >> (2 * i)) & 3)];
		*d = r;
		return 0;
	}
	case X86OP_SHUFPS: {
		union hsim_xmm r;
		r.d[0] = d->d[in->imm & 3];
		r.d[1] = d->d[(in->imm >> 2) & 3];
		r.d[2] = src.d[(in->imm >> 4) & 3];
		r.d[3] = src.d[(in->imm >> 6) & 3];
		*d = r;
		return 0;
	}
	case X86OP_SHUFPD: {
		union hsim_xmm r;
		r.q[0] = d->q[in->imm & 1];
		r.q[1] = src.q[(in->imm >> 1) & 1];
		*d = r;
		return 0;
	}
	case X86OP_PSRLDQ: case X86OP_PSLLDQ: {
		union hsim_xmm r;
		unsigned c = (unsigned)in->imm & 0xff;
		memset(&r, 0, sizeof(r));
		if (c < 16) {
			if (op == X86OP_PSRLDQ)
				memcpy(&r.b[0], &src.b[c], 16 - c);
			else
				memcpy(&r.b[c], &src.b[0], 16 - c);
		}
		st->xmm[in->rm] = r;
		return 0;
	}
	case X86OP_PSRLW_I: case X86OP_PSRAW_I: case X86OP_PSLLW_I:
	case X86OP_PSRLD_I: case X86OP_PSRAD_I: case X86OP_PSLLD_I:
	case X86OP_PSRLQ_I: case X86OP_PSLLQ_I: {
		v2di cnt = { (long long)(in->imm & 0xff), 0 };
		memcpy(&a, &src, 16); /* the register is in rm */
		b = cnt;
		switch (op) {
		case X86OP_PSRLW_I: INT2("psrlw"); break;
		case X86OP_PSRAW_I: INT2("psraw"); break;
		case X86OP_PSLLW_I: INT2("psllw"); break;
		case X86OP_PSRLD_I: INT2("psrld"); break;
		case X86OP_PSRAD_I: INT2("psrad"); break;
		case X86OP_PSLLD_I: INT2("pslld"); break;
		case X86OP_PSRLQ_I: INT2("psrlq"); break;
		default: INT2("psllq"); break;
		}
		memcpy(&st->xmm[in->rm], &a, 16);
		return 0;
	}
	case X86OP_PACKSSWB: case X86OP_PACKUSWB: case X86OP_PACKSSDW:
		fp = 0;
		switch (op) {
		case X86OP_PACKSSWB: INT2("packsswb"); break;
		case X86OP_PACKUSWB: INT2("packuswb"); break;
		default: INT2("packssdw"); break;
		}
		break;

	/* integer SIMD: the host instruction is exact */
#define I(OP, name) case X86OP_##OP: fp = 0; INT2(name); break;
	I(PUNPCKLBW, "punpcklbw") I(PUNPCKLWD, "punpcklwd") I(PUNPCKLDQ, "punpckldq")
	I(PUNPCKHBW, "punpckhbw") I(PUNPCKHWD, "punpckhwd") I(PUNPCKHDQ, "punpckhdq")
	I(PUNPCKLQDQ, "punpcklqdq") I(PUNPCKHQDQ, "punpckhqdq")
	I(PCMPGTB, "pcmpgtb") I(PCMPGTW, "pcmpgtw") I(PCMPGTD, "pcmpgtd")
	I(PCMPEQB, "pcmpeqb") I(PCMPEQW, "pcmpeqw") I(PCMPEQD, "pcmpeqd")
	I(PSRLW, "psrlw") I(PSRLD, "psrld") I(PSRLQ, "psrlq") I(PSRAW, "psraw") I(PSRAD, "psrad")
	I(PSLLW, "psllw") I(PSLLD, "pslld") I(PSLLQ, "psllq")
	I(PADDB, "paddb") I(PADDW, "paddw") I(PADDD, "paddd") I(PADDQ, "paddq")
	I(PSUBB, "psubb") I(PSUBW, "psubw") I(PSUBD, "psubd") I(PSUBQ, "psubq")
	I(PADDSB, "paddsb") I(PADDSW, "paddsw") I(PADDUSB, "paddusb") I(PADDUSW, "paddusw")
	I(PSUBSB, "psubsb") I(PSUBSW, "psubsw") I(PSUBUSB, "psubusb") I(PSUBUSW, "psubusw")
	I(PMULLW, "pmullw") I(PMULHW, "pmulhw") I(PMULHUW, "pmulhuw") I(PMULUDQ, "pmuludq")
	I(PMADDWD, "pmaddwd") I(PAND, "pand") I(PANDN, "pandn") I(POR, "por") I(PXOR, "pxor")
	I(PMAXUB, "pmaxub") I(PMINUB, "pminub") I(PMAXSW, "pmaxsw") I(PMINSW, "pminsw")
	I(PAVGB, "pavgb") I(PAVGW, "pavgw") I(PSADBW, "psadbw")
	I(ANDPS, "andps") I(ANDPD, "andpd") I(ANDNPS, "andnps") I(ANDNPD, "andnpd")
	I(ORPS, "orps") I(ORPD, "orpd") I(XORPS, "xorps") I(XORPD, "xorpd")
	I(UNPCKLPS, "unpcklps") I(UNPCKLPD, "unpcklpd") I(UNPCKHPS, "unpckhps") I(UNPCKHPD, "unpckhpd")
#undef I

	/* floating point */
#define F(OP, name) case X86OP_##OP: FP2(name); break;
	F(ADDPS, "addps") F(ADDPD, "addpd") F(ADDSS, "addss") F(ADDSD, "addsd")
	F(SUBPS, "subps") F(SUBPD, "subpd") F(SUBSS, "subss") F(SUBSD, "subsd")
	F(MULPS, "mulps") F(MULPD, "mulpd") F(MULSS, "mulss") F(MULSD, "mulsd")
	F(DIVPS, "divps") F(DIVPD, "divpd") F(DIVSS, "divss") F(DIVSD, "divsd")
	F(MINPS, "minps") F(MINPD, "minpd") F(MINSS, "minss") F(MINSD, "minsd")
	F(MAXPS, "maxps") F(MAXPD, "maxpd") F(MAXSS, "maxss") F(MAXSD, "maxsd")
	F(SQRTPS, "sqrtps") F(SQRTPD, "sqrtpd") F(SQRTSS, "sqrtss") F(SQRTSD, "sqrtsd")
	F(RSQRTPS, "rsqrtps") F(RSQRTSS, "rsqrtss") F(RCPPS, "rcpps") F(RCPSS, "rcpss")
	F(CVTPS2PD, "cvtps2pd") F(CVTPD2PS, "cvtpd2ps") F(CVTSS2SD, "cvtss2sd") F(CVTSD2SS, "cvtsd2ss")
	F(CVTDQ2PS, "cvtdq2ps") F(CVTPS2DQ, "cvtps2dq") F(CVTTPS2DQ, "cvttps2dq")
	F(CVTTPD2DQ, "cvttpd2dq") F(CVTDQ2PD, "cvtdq2pd") F(CVTPD2DQ, "cvtpd2dq")
#undef F
	case X86OP_CMPPS: case X86OP_CMPPD: case X86OP_CMPSS: case X86OP_CMPSD:
		cmp_pred(&a, b, op, in->cc, &fc);
		break;
	case X86OP_CVTSI2SS: case X86OP_CVTSI2SD: {
		uint64_t v = src.q[0];
		if (in->osize == 8) {
			if (op == X86OP_CVTSI2SS)
				__asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvtsi2ssq %[v], %[a]\n\tstmxcsr %[m]\n\tldmxcsr %[h]"
						 : [a] "+x"(a), [m] "+m"(fc.m), [h] "=m"(fc.host) : [v] "r"(v));
			else
				__asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvtsi2sdq %[v], %[a]\n\tstmxcsr %[m]\n\tldmxcsr %[h]"
						 : [a] "+x"(a), [m] "+m"(fc.m), [h] "=m"(fc.host) : [v] "r"(v));
		} else {
			uint32_t w = (uint32_t)v;
			if (op == X86OP_CVTSI2SS)
				__asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvtsi2ssl %[v], %[a]\n\tstmxcsr %[m]\n\tldmxcsr %[h]"
						 : [a] "+x"(a), [m] "+m"(fc.m), [h] "=m"(fc.host) : [v] "r"(w));
			else
				__asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvtsi2sdl %[v], %[a]\n\tstmxcsr %[m]\n\tldmxcsr %[h]"
						 : [a] "+x"(a), [m] "+m"(fc.m), [h] "=m"(fc.host) : [v] "r"(w));
		}
		break;
	}
	case X86OP_CVTTSS2SI: case X86OP_CVTSS2SI: case X86OP_CVTTSD2SI: case X86OP_CVTSD2SI: {
		to_gpr = 1;
		if (in->osize == 8) {
			uint64_t r;
			switch (op) {
			case X86OP_CVTTSS2SI: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvttss2si %[b], %q[r]\n\tstmxcsr %[m]\n\tldmxcsr %[h]" : [r] "=r"(r), [m] "+m"(fc.m), [h] "=m"(fc.host) : [b] "x"(b)); break;
			case X86OP_CVTSS2SI: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvtss2si %[b], %q[r]\n\tstmxcsr %[m]\n\tldmxcsr %[h]" : [r] "=r"(r), [m] "+m"(fc.m), [h] "=m"(fc.host) : [b] "x"(b)); break;
			case X86OP_CVTTSD2SI: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvttsd2si %[b], %q[r]\n\tstmxcsr %[m]\n\tldmxcsr %[h]" : [r] "=r"(r), [m] "+m"(fc.m), [h] "=m"(fc.host) : [b] "x"(b)); break;
			default: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvtsd2si %[b], %q[r]\n\tstmxcsr %[m]\n\tldmxcsr %[h]" : [r] "=r"(r), [m] "+m"(fc.m), [h] "=m"(fc.host) : [b] "x"(b)); break;
			}
			gout = r;
		} else {
			uint32_t r;
			switch (op) {
			case X86OP_CVTTSS2SI: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvttss2si %[b], %k[r]\n\tstmxcsr %[m]\n\tldmxcsr %[h]" : [r] "=r"(r), [m] "+m"(fc.m), [h] "=m"(fc.host) : [b] "x"(b)); break;
			case X86OP_CVTSS2SI: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvtss2si %[b], %k[r]\n\tstmxcsr %[m]\n\tldmxcsr %[h]" : [r] "=r"(r), [m] "+m"(fc.m), [h] "=m"(fc.host) : [b] "x"(b)); break;
			case X86OP_CVTTSD2SI: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvttsd2si %[b], %k[r]\n\tstmxcsr %[m]\n\tldmxcsr %[h]" : [r] "=r"(r), [m] "+m"(fc.m), [h] "=m"(fc.host) : [b] "x"(b)); break;
			default: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcvtsd2si %[b], %k[r]\n\tstmxcsr %[m]\n\tldmxcsr %[h]" : [r] "=r"(r), [m] "+m"(fc.m), [h] "=m"(fc.host) : [b] "x"(b)); break;
			}
			gout = r;
		}
		break;
	}
	case X86OP_UCOMISS: case X86OP_UCOMISD: case X86OP_COMISS: case X86OP_COMISD: {
		uint8_t z, pp, c;
		switch (op) {
		case X86OP_UCOMISS: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tucomiss %[b], %[a]\n\tstmxcsr %[m]\n\tldmxcsr %[h]\n\tsetz %[z]\n\tsetp %[p]\n\tsetc %[c]" : [z] "=r"(z), [p] "=r"(pp), [c] "=r"(c), [m] "+m"(fc.m), [h] "=m"(fc.host) : [a] "x"(a), [b] "x"(b) : "cc"); break;
		case X86OP_UCOMISD: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tucomisd %[b], %[a]\n\tstmxcsr %[m]\n\tldmxcsr %[h]\n\tsetz %[z]\n\tsetp %[p]\n\tsetc %[c]" : [z] "=r"(z), [p] "=r"(pp), [c] "=r"(c), [m] "+m"(fc.m), [h] "=m"(fc.host) : [a] "x"(a), [b] "x"(b) : "cc"); break;
		case X86OP_COMISS: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcomiss %[b], %[a]\n\tstmxcsr %[m]\n\tldmxcsr %[h]\n\tsetz %[z]\n\tsetp %[p]\n\tsetc %[c]" : [z] "=r"(z), [p] "=r"(pp), [c] "=r"(c), [m] "+m"(fc.m), [h] "=m"(fc.host) : [a] "x"(a), [b] "x"(b) : "cc"); break;
		default: __asm__ volatile("stmxcsr %[h]\n\tldmxcsr %[m]\n\tcomisd %[b], %[a]\n\tstmxcsr %[m]\n\tldmxcsr %[h]\n\tsetz %[z]\n\tsetp %[p]\n\tsetc %[c]" : [z] "=r"(z), [p] "=r"(pp), [c] "=r"(c), [m] "+m"(fc.m), [h] "=m"(fc.host) : [a] "x"(a), [b] "x"(b) : "cc"); break;
		}
		int e = fp_finish(s, &fc);
		if (e)
			return e;
		st->rflags = (st->rflags & ~(uint64_t)HSIM_FLAGS_STATUS) |
			     (z ? HSIM_FLAG_ZF : 0) | (pp ? HSIM_FLAG_PF : 0) | (c ? HSIM_FLAG_CF : 0);
		return 0;
	}
	default:
		return sim_exc(s, 6, 0, 0, 0);
	}

	if (fp) {
		if (ue_unmasked)
			fc.m |= tiny_result(&a, op);
		int e = fp_finish(s, &fc);
		if (e)
			return e;
	}
	if (to_gpr) {
		if (in->osize == 8)
			st->gpr[in->reg] = gout;
		else
			st->gpr[in->reg] = (uint32_t)gout;
		return 0;
	}
	memcpy(d, &a, 16);
	return 0;
}

/* ---- fast forms ----
 * While the guest's MXCSR control bits are the default 0x1f80 (all
 * exceptions masked, round to nearest, no FTZ/DAZ), floating-point ops run
 * directly under a host MXCSR of 0x1f80 loaded once (sim_fp_acquire) and
 * never cleared in between: its flags are then always a subset of the
 * guest's (sticky) flags, so OR-ing them in after each op is exact, and
 * with everything masked there is no #XM. Anything that could break the
 * subset (guest ldmxcsr, host code, leaving sim_run) calls sim_fp_release. */

void sim_fp_release(struct sim *s)
{
	if (s->fp_loaded) {
		__asm__ volatile("ldmxcsr %0" : : "m"(s->host_mxcsr));
		s->fp_loaded = 0;
	}
}

static inline int fp_fast(struct sim *s)
{
	if (__builtin_expect((s->st->mxcsr & ~MXCSR_FLAGS) != 0x1f80, 0))
		return 0;
	if (__builtin_expect(!s->fp_loaded, 0)) {
		uint32_t m = 0x1f80;
		__asm__ volatile("stmxcsr %0" : "=m"(s->host_mxcsr));
		__asm__ volatile("ldmxcsr %0" : : "m"(m));
		s->fp_loaded = 1;
	}
	return 1;
}

static inline void fp_flags(struct sim *s)
{
	uint32_t m;
	__asm__ volatile("stmxcsr %0" : "=m"(m));
	/* usually nothing new: no store, no dependency chain through mxcsr */
	if (__builtin_expect(m & ~s->st->mxcsr & MXCSR_FLAGS, 0))
		s->st->mxcsr |= m & MXCSR_FLAGS;
}

/* The r/m source operand of n bytes (zero-extended to 16); SIM_R_STOP on a
 * fault.
 * m128 operands must be aligned unless the op says otherwise. */
static inline __attribute__((always_inline)) int load_src(struct sim *s, const struct x86_insn *in,
							  unsigned n, int aligned, v2di *out)
{
	if (!in->is_mem) {
		memcpy(out, &s->st->xmm[in->rm], 16);
		return 0;
	}
	uint64_t a = sim_ea(s, in);
	if (n == 16 && aligned && (a & 15)) {
		sim_exc(s, 13, 1, 0, 0);
		return SIM_R_STOP;
	}
	uint8_t *p = sim_xlate(s, a, n, SIM_R, (in->pfx & X86_P_SS) != 0);
	if (!p)
		return SIM_R_STOP;
	if (n == 16) {
		memcpy(out, p, 16);
	} else {
		union hsim_xmm x;
		memset(&x, 0, sizeof(x));
		memcpy(&x, p, n);
		memcpy(out, &x, 16);
	}
	return 0;
}

#define FAST_INT(OP, name) \
static int hf_##OP(struct sim *s, const struct x86_insn *in) \
{ \
	v2di a, b; \
	if (load_src(s, in, 16, 1, &b)) \
		return SIM_R_STOP; \
	memcpy(&a, &s->st->xmm[in->reg], 16); \
	INT2(name); \
	memcpy(&s->st->xmm[in->reg], &a, 16); \
	return 0; \
}
#define FAST_INT_LIST(X) \
	X(PUNPCKLBW, "punpcklbw") X(PUNPCKLWD, "punpcklwd") X(PUNPCKLDQ, "punpckldq") \
	X(PUNPCKHBW, "punpckhbw") X(PUNPCKHWD, "punpckhwd") X(PUNPCKHDQ, "punpckhdq") \
	X(PUNPCKLQDQ, "punpcklqdq") X(PUNPCKHQDQ, "punpckhqdq") \
	X(PACKSSWB, "packsswb") X(PACKUSWB, "packuswb") X(PACKSSDW, "packssdw") \
	X(PCMPGTB, "pcmpgtb") X(PCMPGTW, "pcmpgtw") X(PCMPGTD, "pcmpgtd") \
	X(PCMPEQB, "pcmpeqb") X(PCMPEQW, "pcmpeqw") X(PCMPEQD, "pcmpeqd") \
	X(PSRLW, "psrlw") X(PSRLD, "psrld") X(PSRLQ, "psrlq") X(PSRAW, "psraw") X(PSRAD, "psrad") \
	X(PSLLW, "psllw") X(PSLLD, "pslld") X(PSLLQ, "psllq") \
	X(PADDB, "paddb") X(PADDW, "paddw") X(PADDD, "paddd") X(PADDQ, "paddq") \
	X(PSUBB, "psubb") X(PSUBW, "psubw") X(PSUBD, "psubd") X(PSUBQ, "psubq") \
	X(PADDSB, "paddsb") X(PADDSW, "paddsw") X(PADDUSB, "paddusb") X(PADDUSW, "paddusw") \
	X(PSUBSB, "psubsb") X(PSUBSW, "psubsw") X(PSUBUSB, "psubusb") X(PSUBUSW, "psubusw") \
	X(PMULLW, "pmullw") X(PMULHW, "pmulhw") X(PMULHUW, "pmulhuw") X(PMULUDQ, "pmuludq") \
	X(PMADDWD, "pmaddwd") X(PAND, "pand") X(PANDN, "pandn") X(POR, "por") X(PXOR, "pxor") \
	X(PMAXUB, "pmaxub") X(PMINUB, "pminub") X(PMAXSW, "pmaxsw") X(PMINSW, "pminsw") \
	X(PAVGB, "pavgb") X(PAVGW, "pavgw") X(PSADBW, "psadbw") \
	X(ANDPS, "andps") X(ANDPD, "andpd") X(ANDNPS, "andnps") X(ANDNPD, "andnpd") \
	X(ORPS, "orps") X(ORPD, "orpd") X(XORPS, "xorps") X(XORPD, "xorpd") \
	X(UNPCKLPS, "unpcklps") X(UNPCKLPD, "unpcklpd") X(UNPCKHPS, "unpckhps") X(UNPCKHPD, "unpckhpd")
FAST_INT_LIST(FAST_INT)

/* shifts by imm8: the register is in rm */
#define FAST_SHI(OP, name) \
static int hf_##OP(struct sim *s, const struct x86_insn *in) \
{ \
	v2di a, b = { (long long)(in->imm & 0xff), 0 }; \
	memcpy(&a, &s->st->xmm[in->rm], 16); \
	INT2(name); \
	memcpy(&s->st->xmm[in->rm], &a, 16); \
	return 0; \
}
#define FAST_SHI_LIST(X) \
	X(PSRLW_I, "psrlw") X(PSRAW_I, "psraw") X(PSLLW_I, "psllw") \
	X(PSRLD_I, "psrld") X(PSRAD_I, "psrad") X(PSLLD_I, "pslld") \
	X(PSRLQ_I, "psrlq") X(PSLLQ_I, "psllq")
FAST_SHI_LIST(FAST_SHI)

/* arithmetic with the exception flags of the host op (see above) */
#define FAST_FP(OP, name) \
static int hf_##OP(struct sim *s, const struct x86_insn *in) \
{ \
	v2di a, b; \
	if (!fp_fast(s)) \
		return sim_sse(s, in); \
	if (load_src(s, in, src_size(X86OP_##OP, 16), 1, &b)) \
		return SIM_R_STOP; \
	memcpy(&a, &s->st->xmm[in->reg], 16); \
	__asm__ volatile(name " %[b], %[a]" : [a] "+x"(a) : [b] "x"(b)); \
	fp_flags(s); \
	memcpy(&s->st->xmm[in->reg], &a, 16); \
	return 0; \
}
#define FAST_FP_LIST(X) \
	X(ADDPS, "addps") X(ADDPD, "addpd") X(ADDSS, "addss") X(ADDSD, "addsd") \
	X(SUBPS, "subps") X(SUBPD, "subpd") X(SUBSS, "subss") X(SUBSD, "subsd") \
	X(MULPS, "mulps") X(MULPD, "mulpd") X(MULSS, "mulss") X(MULSD, "mulsd") \
	X(DIVPS, "divps") X(DIVPD, "divpd") X(DIVSS, "divss") X(DIVSD, "divsd") \
	X(MINPS, "minps") X(MINPD, "minpd") X(MINSS, "minss") X(MINSD, "minsd") \
	X(MAXPS, "maxps") X(MAXPD, "maxpd") X(MAXSS, "maxss") X(MAXSD, "maxsd") \
	X(SQRTPS, "sqrtps") X(SQRTPD, "sqrtpd") X(SQRTSS, "sqrtss") X(SQRTSD, "sqrtsd") \
	X(CVTPS2PD, "cvtps2pd") X(CVTPD2PS, "cvtpd2ps") X(CVTSS2SD, "cvtss2sd") X(CVTSD2SS, "cvtsd2ss") \
	X(CVTDQ2PS, "cvtdq2ps") X(CVTPS2DQ, "cvtps2dq") X(CVTTPS2DQ, "cvttps2dq") \
	X(CVTTPD2DQ, "cvttpd2dq") X(CVTDQ2PD, "cvtdq2pd") X(CVTPD2DQ, "cvtpd2dq")
FAST_FP_LIST(FAST_FP)

/* 128-bit loads into a register (movaps movapd movdqa: aligned) */
static int hf_mov128_a(struct sim *s, const struct x86_insn *in)
{
	v2di b;
	if (load_src(s, in, 16, 1, &b))
		return SIM_R_STOP;
	memcpy(&s->st->xmm[in->reg], &b, 16);
	return 0;
}

static int hf_mov128_u(struct sim *s, const struct x86_insn *in)
{
	v2di b;
	if (load_src(s, in, 16, 0, &b))
		return SIM_R_STOP;
	memcpy(&s->st->xmm[in->reg], &b, 16);
	return 0;
}

/* movsd / movss / movq loads: from memory the rest is zeroed; register to
 * register movsd/movss keep the upper part, movq clears it */
static int hf_movsd(struct sim *s, const struct x86_insn *in)
{
	union hsim_xmm *d = &s->st->xmm[in->reg];
	if (!in->is_mem) {
		d->q[0] = s->st->xmm[in->rm].q[0];
		return 0;
	}
	uint8_t *p = sim_mem_op(s, in, 8, SIM_R);
	if (!p)
		return SIM_R_STOP;
	memcpy(&d->q[0], p, 8);
	d->q[1] = 0;
	return 0;
}

static int hf_movss(struct sim *s, const struct x86_insn *in)
{
	union hsim_xmm *d = &s->st->xmm[in->reg];
	if (!in->is_mem) {
		d->d[0] = s->st->xmm[in->rm].d[0];
		return 0;
	}
	uint8_t *p = sim_mem_op(s, in, 4, SIM_R);
	if (!p)
		return SIM_R_STOP;
	memcpy(&d->d[0], p, 4);
	d->d[1] = 0;
	d->q[1] = 0;
	return 0;
}

static int hf_movq(struct sim *s, const struct x86_insn *in)
{
	union hsim_xmm *d = &s->st->xmm[in->reg];
	uint64_t v;
	if (!in->is_mem) {
		v = s->st->xmm[in->rm].q[0];
	} else {
		uint8_t *p = sim_mem_op(s, in, 8, SIM_R);
		if (!p)
			return SIM_R_STOP;
		memcpy(&v, p, 8);
	}
	d->q[0] = v;
	d->q[1] = 0;
	return 0;
}

/* 128-bit stores (movaps movapd movdqa movntps movntpd movntdq: aligned) */
#define MOV128_ST(NAME, ALIGNED) \
static int NAME(struct sim *s, const struct x86_insn *in) \
{ \
	const union hsim_xmm *d = &s->st->xmm[in->reg]; \
	if (!in->is_mem) { \
		s->st->xmm[in->rm] = *d; \
		return 0; \
	} \
	uint64_t a = sim_ea(s, in); \
	if (ALIGNED && (a & 15)) \
		return sim_exc(s, 13, 1, 0, 0); \
	uint8_t *p = sim_xlate(s, a, 16, SIM_W, (in->pfx & X86_P_SS) != 0); \
	if (!p) \
		return SIM_R_STOP; \
	memcpy(p, d, 16); \
	return 0; \
}
MOV128_ST(hf_mov128_st_a, 1)
MOV128_ST(hf_mov128_st_u, 0)
#undef MOV128_ST

/* movsd / movq stores of the low quadword (movq to a register clears the
 * upper half, movsd keeps it) */
static int hf_movsd_st(struct sim *s, const struct x86_insn *in)
{
	const union hsim_xmm *d = &s->st->xmm[in->reg];
	if (!in->is_mem) {
		s->st->xmm[in->rm].q[0] = d->q[0];
		return 0;
	}
	uint8_t *p = sim_mem_op(s, in, 8, SIM_W);
	if (!p)
		return SIM_R_STOP;
	memcpy(p, &d->q[0], 8);
	return 0;
}

static int hf_movq_st(struct sim *s, const struct x86_insn *in)
{
	const union hsim_xmm *d = &s->st->xmm[in->reg];
	if (!in->is_mem) {
		union hsim_xmm *t = &s->st->xmm[in->rm];
		t->q[0] = d->q[0];
		t->q[1] = 0;
		return 0;
	}
	uint8_t *p = sim_mem_op(s, in, 8, SIM_W);
	if (!p)
		return SIM_R_STOP;
	memcpy(p, &d->q[0], 8);
	return 0;
}

/* movd/movq between an XMM register and a general register */
static int hf_movd_fromx_r(struct sim *s, const struct x86_insn *in)
{
	const union hsim_xmm *d = &s->st->xmm[in->reg];
	s->st->gpr[in->rm] = in->osize == 8 ? d->q[0] : d->d[0];
	return 0;
}

static int hf_movd_tox_r(struct sim *s, const struct x86_insn *in)
{
	union hsim_xmm *d = &s->st->xmm[in->reg];
	uint64_t v = s->st->gpr[in->rm];
	d->q[0] = in->osize == 8 ? v : (uint32_t)v;
	d->q[1] = 0;
	return 0;
}

/* ucomisd / comisd: ZF PF CF from the host compare, OF SF AF cleared */
#define FAST_COMI(OP, name, N) \
static int hf_##OP(struct sim *s, const struct x86_insn *in) \
{ \
	v2di a, b; \
	uint8_t z, pp, c; \
	if (!fp_fast(s)) \
		return sim_sse(s, in); \
	if (load_src(s, in, N, 1, &b)) \
		return SIM_R_STOP; \
	memcpy(&a, &s->st->xmm[in->reg], 16); \
	__asm__ volatile(name " %[b], %[a]\n\tsetz %[z]\n\tsetp %[p]\n\tsetc %[c]" \
			 : [z] "=r"(z), [p] "=r"(pp), [c] "=r"(c) : [a] "x"(a), [b] "x"(b) : "cc"); \
	fp_flags(s); \
	s->st->rflags = (s->st->rflags & ~(uint64_t)HSIM_FLAGS_STATUS) | \
			(z ? HSIM_FLAG_ZF : 0) | (pp ? HSIM_FLAG_PF : 0) | (c ? HSIM_FLAG_CF : 0); \
	return 0; \
}
FAST_COMI(UCOMISD, "ucomisd", 8) FAST_COMI(COMISD, "comisd", 8)
FAST_COMI(UCOMISS, "ucomiss", 4) FAST_COMI(COMISS, "comiss", 4)
#undef FAST_COMI

sim_handler sim_sse_handler(const struct x86_insn *in)
{
	switch (in->op) {
#define CASE(OP, name) case X86OP_##OP: return hf_##OP;
	FAST_INT_LIST(CASE)
	FAST_SHI_LIST(CASE)
	FAST_FP_LIST(CASE)
#undef CASE
	case X86OP_MOVAPS: case X86OP_MOVAPD: case X86OP_MOVDQA:
		return hf_mov128_a;
	case X86OP_MOVUPS: case X86OP_MOVUPD: case X86OP_MOVDQU:
		return hf_mov128_u;
	case X86OP_MOVSD:
		return hf_movsd;
	case X86OP_MOVSS:
		return hf_movss;
	case X86OP_MOVQ_X:
		return hf_movq;
	case X86OP_MOVAPS_ST: case X86OP_MOVAPD_ST: case X86OP_MOVDQA_ST:
	case X86OP_MOVNTPS: case X86OP_MOVNTPD: case X86OP_MOVNTDQ:
		return hf_mov128_st_a;
	case X86OP_MOVUPS_ST: case X86OP_MOVUPD_ST: case X86OP_MOVDQU_ST:
		return hf_mov128_st_u;
	case X86OP_MOVSD_ST:
		return hf_movsd_st;
	case X86OP_MOVQ_ST:
		return hf_movq_st;
	case X86OP_MOVD_FROMX:
		return in->is_mem ? sim_sse : hf_movd_fromx_r;
	case X86OP_MOVD_TOX:
		return in->is_mem ? sim_sse : hf_movd_tox_r;
	case X86OP_UCOMISD: return hf_UCOMISD;
	case X86OP_COMISD: return hf_COMISD;
	case X86OP_UCOMISS: return hf_UCOMISS;
	case X86OP_COMISS: return hf_COMISS;
	default:
		return sim_sse;
	}
}
