/* The fields of the CPU state (hsim/cpu.h): the one list the trace codec,
 * `hsim diff` and `hsim replay` walk. */
#include <stddef.h>
#include <string.h>

#include <hsim.h>

#define OFF(m) ((uint16_t)offsetof(struct hsim_cpu_state, m))
#define SIZE(m) ((uint8_t)sizeof(((struct hsim_cpu_state *)0)->m))
#define REG(n, t, m) { n, HSIM_CPUF_REGS, t, 8, OFF(m) }
#define EXT(n, t, m) { n, HSIM_CPUF_EXT, t, SIZE(m), OFF(m) }
/* sz bytes of a register wider than 64 bits, at byte off of member m */
#define PART(n, t, m, off, sz) { n, HSIM_CPUF_EXT, t, sz, (uint16_t)(OFF(m) + (off)) }
/* XMMi: its two halves, fields 2 + 2i and 3 + 2i */
#define XMM(i) PART("xmm" #i ".q0", 2 + 2 * i, xmm[i], 0, 8), \
	       PART("xmm" #i ".q1", 3 + 2 * i, xmm[i], 8, 8)
/* ST(i): its significand and its sign/exponent, fields 46 + 2i and 47 + 2i */
#define ST(i) PART("st" #i ".lo", 46 + 2 * i, fpr[i], 0, 8), \
	      PART("st" #i ".hi", 47 + 2 * i, fpr[i], 8, 2)

/* In trace order (tests/unit/test_cpustate.c checks that the numbers are
 * the positions and that every byte of the state but its padding is here). */
const struct hsim_cpu_field hsim_cpu_fields[HSIM_CPU_NFIELDS] = {
	REG("rax", 0, gpr[0]), REG("rcx", 1, gpr[1]), REG("rdx", 2, gpr[2]),
	REG("rbx", 3, gpr[3]), REG("rsp", 4, gpr[4]), REG("rbp", 5, gpr[5]),
	REG("rsi", 6, gpr[6]), REG("rdi", 7, gpr[7]), REG("r8", 8, gpr[8]),
	REG("r9", 9, gpr[9]), REG("r10", 10, gpr[10]), REG("r11", 11, gpr[11]),
	REG("r12", 12, gpr[12]), REG("r13", 13, gpr[13]), REG("r14", 14, gpr[14]),
	REG("r15", 15, gpr[15]), REG("rip", 16, rip), REG("rflags", 17, rflags),
	/* the rest of a full state */
	EXT("fs_base", 0, fs_base), EXT("gs_base", 1, gs_base),
	XMM(0), XMM(1), XMM(2), XMM(3), XMM(4), XMM(5), XMM(6), XMM(7),
	XMM(8), XMM(9), XMM(10), XMM(11), XMM(12), XMM(13), XMM(14), XMM(15),
	EXT("mxcsr", 34, mxcsr), EXT("fcw", 35, fcw), EXT("cr0", 36, cr0),
	EXT("cr2", 37, cr2), EXT("cr3", 38, cr3), EXT("cr4", 39, cr4), EXT("efer", 40, efer),
	/* the x87 state, added with trace format v2 */
	EXT("fsw", 41, fsw), EXT("ftw", 42, ftw), EXT("fop", 43, fop), EXT("fip", 44, fip),
	EXT("fdp", 45, fdp),
	ST(0), ST(1), ST(2), ST(3), ST(4), ST(5), ST(6), ST(7),
};

const char *hsim_gpr_name(unsigned reg)
{
	return reg < HSIM_NGPR ? hsim_cpu_fields[reg].name : "?";
}

uint64_t hsim_cpu_field_get(const struct hsim_cpu_state *s, const struct hsim_cpu_field *f)
{
	uint64_t v = 0;
	memcpy(&v, (const uint8_t *)s + f->offset, f->size); /* little-endian host */
	return v;
}

void hsim_cpu_field_set(struct hsim_cpu_state *s, const struct hsim_cpu_field *f, uint64_t v)
{
	memcpy((uint8_t *)s + f->offset, &v, f->size);
}
