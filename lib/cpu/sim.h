/* The CPU interpreter's interface: run guest code on a struct hsim_cpu_state
 * against flat guest memory until it leaves the CPU (I/O, exception, limit). */
#ifndef HSIM_LIB_CPU_SIM_H
#define HSIM_LIB_CPU_SIM_H

#include <stddef.h>
#include <stdint.h>
#include <hsim/cpu.h>

/* Guest memory as the CPL-3 guest sees it: identity-mapped, flat.
 * Addresses in [user_base, size) are readable, writable and executable
 * (which pages the KVM engine runs itself is the monitor's business: to the
 * guest every user page is executable in both engines).
 * Page 0 and addresses >= size are not present (#PF, error code without P);
 * [4096, user_base) is the supervisor-only system area (#PF, error code with
 * P). #PF error codes are those a CPL-3 access would get: bit 0 P, bit 1 W,
 * bit 2 U (always set), bit 4 I (instruction fetch: reported because hsim
 * runs guests with EFER.NXE set, as the KVM engine does; without NXE or
 * SMEP hardware would leave it clear). */
struct sim_mem {
	uint8_t *base;
	uint64_t size;
	uint64_t user_base;
};

enum sim_stop_reason {
	SIM_STOP_NONE = 0,
	SIM_STOP_IO,        /* in/out executed; RIP is already past it */
	SIM_STOP_EXCEPTION, /* guest exception; state is as the CPU leaves it */
	SIM_STOP_LIMIT,     /* max_insns instructions retired */
	SIM_STOP_MMIO,      /* an access to the device window while the bus is
	                     * off; state as before the instruction */
	SIM_STOP_UNTIL,     /* reached the stop point set by sim_set_until */
	SIM_STOP_YIELD,     /* sim_set_yield: long string instructions ran for
	                     * a while; nothing happened, go on */
};

struct sim_stop {
	enum sim_stop_reason reason;
	/* SIM_STOP_IO */
	uint16_t port;
	uint8_t size;      /* 1, 2 or 4 */
	uint8_t is_in;     /* for IN the caller writes the result into RAX */
	uint32_t value;    /* OUT: the value written (AL/AX/EAX) */
	/* SIM_STOP_EXCEPTION: faults (#DE #UD #GP #PF ...) leave RIP at the
	 * faulting instruction and the state as before it; traps (#BP from
	 * int3, #DB from TF, #OF from into) leave RIP after it. */
	uint8_t vector;
	uint8_t has_error_code;
	uint32_t error_code;
	uint64_t fault_addr; /* #PF: the faulting linear address (CR2);
	                      * SIM_STOP_MMIO: the device address */
	uint8_t is_write;    /* SIM_STOP_MMIO */
	uint64_t insn_rip;   /* address of the instruction that stopped */
};

/* How the host CPU runs encodings whose meaning depends on the CPU rather
 * than on the CPUID the guest sees: KVM executes them natively, so the
 * simulator must do what the host does to stay exact. */
#define SIM_HOST_TZCNT 1u /* F3 0F BC runs as tzcnt (BMI1), not bsf */
#define SIM_HOST_LZCNT 2u /* F3 0F BD runs as lzcnt (ABM), not bsr */

struct sim_hooks {
	void *ctx;
	unsigned host_features; /* SIM_HOST_* */
	/* CPUID leaf/subleaf -> eax, ebx, ecx, edx (the platform's table). */
	void (*cpuid)(void *ctx, uint32_t leaf, uint32_t subleaf, uint32_t out[4]);
	/* Value of the time-stamp counter for rdtsc/rdtscp. */
	uint64_t (*rdtsc)(void *ctx);
	/* 64 random bits for rdrand/rdseed. */
	uint64_t (*random)(void *ctx);
	/* The device window [mmio_base, mmio_base + mmio_size): accesses there
	 * stop with SIM_STOP_MMIO, or, while the bus is on (sim_set_bus), go to
	 * mmio(): read (is_write 0) fills *val, write takes it; non-zero return
	 * makes the access fault (#PF). */
	uint64_t mmio_base, mmio_size;
	int (*mmio)(void *ctx, uint64_t addr, unsigned len, int is_write, uint64_t *val);
};

/* A patched instruction: guest memory holds a trap (ud2, or int3 for a
 * breakpoint) at addr; orig is what was there. Sorted by addr. */
struct sim_patch {
	uint64_t addr;
	uint8_t len;       /* bytes of the original instruction */
	uint8_t kind;      /* the monitor's: what the patch is for */
	uint8_t insn;      /* the monitor's: enum hsim_insn */
	uint8_t reg;       /* rdrand/rdseed: destination register */
	uint8_t osize;     /* rdrand/rdseed: operand size */
	uint8_t orig[15];
	uint8_t trap[15];  /* the bytes written in its place */
};

struct sim;

/* What the instructions the monitor patches leave in the registers, given
 * their input: the one definition for the simulator and the monitor's
 * simple events. */
void sim_result_cpuid(struct hsim_cpu_state *st, const uint32_t out[4]);
/* rdtsc; rdtscp also sets ECX (TSC_AUX, 0 on hsim's guests) */
void sim_result_tsc(struct hsim_cpu_state *st, uint64_t tsc, int rdtscp);
/* rdrand/rdseed r16/r32/r64: always a success, CF = 1, OF SF ZF AF PF = 0 */
void sim_result_random(struct hsim_cpu_state *st, unsigned reg, unsigned size, uint64_t v);

/* The interpreter keeps pointers to state, mem and hooks; they must outlive
 * it. Returns 0 or -ENOMEM. */
int sim_create(struct sim **out, struct hsim_cpu_state *state,
	       const struct sim_mem *mem, const struct sim_hooks *hooks);
void sim_destroy(struct sim *s); /* NULL is a no-op */

/* Run until an I/O instruction, an exception, or max_insns retired
 * instructions (0 = no limit). Returns 0 and fills *stop. */
int sim_run(struct sim *s, uint64_t max_insns, struct sim_stop *stop);

/* Instructions retired since sim_create. */
uint64_t sim_icount(const struct sim *s);

/* The host wrote guest memory [addr, addr+len): drop cached decodes. */
void sim_invalidate(struct sim *s, uint64_t addr, uint64_t len);
/* Guest memory may have changed anywhere (it ran elsewhere): drop every
 * cached decode. */
void sim_flush(struct sim *s);

/* Track the pages the guest writes: every store sets bit p % 64 of
 * bits[p / 64] for each 4 KiB page p it touches (the layout of KVM's dirty
 * log), bits covering the whole memory. Only the first store to a page whose
 * bit is clear at this call does the marking (the store path stays as fast
 * as without tracking): after clearing bits, call again. NULL (the default)
 * turns tracking off. 0 or -ENOMEM. */
int sim_set_dirty(struct sim *s, uint64_t *bits);

/* The patch table (kept by the caller). With exec on, the simulator runs
 * the original instruction wherever memory still holds its trap; off, it
 * runs what memory holds (and so stops at the trap like the VM). */
void sim_set_patches(struct sim *s, const struct sim_patch *p, size_t n);
/* The patch at addr in a sorted table of n, or NULL. */
const struct sim_patch *sim_patch_find(const struct sim_patch *p, size_t n, uint64_t addr);
void sim_exec_patched(struct sim *s, int on);
/* Device accesses go to hooks->mmio (on) or stop the run (off). */
void sim_set_bus(struct sim *s, int on);
/* Stop with SIM_STOP_UNTIL before running the instruction at rip while RSP
 * equals rsp (a function returning to its caller); rip 0 turns it off. */
void sim_set_until(struct sim *s, uint64_t rip, uint64_t rsp);

/* Stop with SIM_STOP_UNTIL before a block that starts on a 4 KiB page p
 * with bit p % 64 of map[p / 64] set (code the VM may run itself), except
 * the first, at rip skip; NULL turns it off. The caller keeps the map. */
void sim_set_exec_stop(struct sim *s, const uint64_t *map, uint64_t skip);

/* A rep string instruction moves up to a page per counted instruction, so
 * a run of max_insns may take seconds: with yield on, sim_run returns
 * SIM_STOP_YIELD after SIM_STRING_YIELD such pieces (about 16 MiB), so that
 * its caller looks at its stop flag in time. Off by default. */
#define SIM_STRING_YIELD 4096
void sim_set_yield(struct sim *s, int on);

/* The start addresses of the last (at most max) blocks of instructions the
 * simulator entered, oldest first: what ran before a stop, for reports. */
unsigned sim_recent_blocks(const struct sim *s, uint64_t *out, unsigned max);

#endif
