/* A thin wrapper of the KVM API: one VM with one vCPU in 64-bit long mode,
 * guest at CPL 3, state moved through KVM_CAP_SYNC_REGS. */
#ifndef HSIM_LIB_KVM_H
#define HSIM_LIB_KVM_H

#include <stdint.h>
#include <linux/kvm.h>
#include <hsim/abi.h>
#include <hsim/cpu.h>
#include <hsim/events.h>
#include "cpu/cpuid_table.h"

/* Ring-0 system area, below HSIM_GUEST_USER_BASE, supervisor-only. */
#define SYS_PML4   0x1000ull
#define SYS_PDPT   0x2000ull
#define SYS_PT0    0x3000ull  /* 4 KiB pages for the first 2 MiB */
#define SYS_GDT    0x4000ull
#define SYS_IDT    0x5000ull
#define SYS_TSS    0x6000ull  /* 0x68 header + 8 KiB I/O bitmap + 0xff */
#define SYS_STUBS  0x9000ull
#define SYS_STACK0 0x10000ull /* ring-0 stack top (RSP0) */
#define SYS_PD     0x10000ull /* one page directory per GiB from here */
#define SYS_MAX_GIB 64
#define SYS_PTU    0x50000ull /* 4 KiB page tables of the 2 MiB regions that
                               * hold code (kvmw_set_exec), to the end */
#define SYS_PTU_MAX ((HSIM_GUEST_USER_BASE - SYS_PTU) >> 12)

#define SEL_KCODE 0x08
#define SEL_KDATA 0x10
#define SEL_UDATA 0x1b
#define SEL_UCODE 0x23
#define SEL_TSS   0x28

/* What the vCPU holds after an exit, and so how the state goes back in. */
enum kvmw_pending {
	KVMW_NONE = 0, /* the vCPU is at a guest instruction: write as it is */
	KVMW_IO,       /* KVM completes the in/out at the next KVM_RUN */
	KVMW_STUB,     /* parked in the ring-0 stub after its report: the guest's
	                * RIP, RFLAGS, RSP, RAX, RDX are in the frame */
	KVMW_STUB_RUNNING, /* kicked while in the stub: it goes on by itself */
};

struct kvm_vcpu_ctx {
	int kvm_fd, vm_fd, vcpu_fd;
	struct kvm_run *run;
	size_t run_size;
	uint8_t *mem;         /* guest memory, owned by the caller */
	uint64_t mem_size;
	/* Where RIP points at an I/O exit: past the in/out (1) or at it (0).
	 * KVMs differ (upstream: at it; this PVM: past an `out`, at an `in`),
	 * so kvmw_boot measures it. */
	int out_rip_past, in_rip_past;
	/* The device window: a #PF there is an MMIO exit. */
	uint64_t mmio_base, mmio_size;
	/* State bookkeeping between exits (kvmw_next_exit). */
	enum kvmw_pending pending;
	uint64_t io_next_rip;  /* KVMW_IO: where the guest goes on */
	uint64_t frame;        /* KVMW_STUB: guest-physical address of the frame */
	struct hsim_cpu_state seen; /* GPRs/RIP/RFLAGS as last read or written */
	int push_full;         /* kvmw_set_state: the rest goes in too */
	struct kvm_xsave *xsave; /* the last XSAVE image read or written */
	int xsave_valid;
	uint64_t *dirty_buf;   /* kvmw_log_dirty: KVM_GET_DIRTY_LOG's bitmap */
	/* kvmw_set_exec: the 4 KiB pages the guest may execute (bit p % 64 of
	 * exec_map[p / 64]); NULL: every user page, and EFER.NXE clear. */
	const uint64_t *exec_map;
	/* Set by the caller before kvmw_boot when guest memory below
	 * HSIM_GUEST_USER_BASE is known to be zero (a fresh anonymous mapping):
	 * kvmw_boot then does not clear those 2 MiB, which would touch (and
	 * fault in) all 512 pages of it. */
	int sys_zeroed;
};

/* 0 if /dev/kvm opens and has what hsim needs. */
int kvmw_probe(void);
/* Create a VM whose guest memory is mem[0, mem_size) and one vCPU. */
int kvmw_create(struct kvm_vcpu_ctx *k, uint8_t *mem, uint64_t mem_size);
void kvmw_destroy(struct kvm_vcpu_ctx *k);
/* Before kvmw_boot: only the pages set in map (a bit per 4 KiB page,
 * covering the memory; kept by the caller) are executable, and they are
 * read-only; every other user page is writable and not executable
 * (EFER.NXE on). A fetch from one is a #PF with P, U and I set, a write to
 * an executable page a #PF with P, U and W: the monitor's to handle.
 * HSIM_E_INVAL if the code is spread over too many 2 MiB regions. */
int kvmw_set_exec(struct kvm_vcpu_ctx *k, const uint64_t *map);
/* After a #PF of a write to the executable page at addr (and before the
 * vCPU runs again): that page becomes writable and not executable. Only
 * for the page that faulted: its stale translation is gone (the CPU drops
 * it at a #PF; this KVM's shadow MMU walks the guest's tables again at the
 * retried write), where a change to another page would not be seen. */
void kvmw_code_written(struct kvm_vcpu_ctx *k, uint64_t addr);
/* Build the system area (page tables, GDT, IDT, TSS, stubs) and put the
 * vCPU in long mode at CPL 3 with the whole state of `init`. */
int kvmw_boot(struct kvm_vcpu_ctx *k, const struct hsim_cpu_state *init,
	      const struct cpuid_table *cpuid);

/* Put st's GPRs, RIP and RFLAGS (and, after kvmw_set_state, the rest) into
 * the vCPU, run it to its next exit and describe that exit: st then holds
 * the guest's GPRs, RIP and RFLAGS with every KVM quirk undone (RIP past an
 * in/out, the guest's registers at an exception, not the stub's). Returns
 * 0, -EINTR when kicked (st is then current too), or a negative error. */
int kvmw_next_exit(struct kvm_vcpu_ctx *k, struct hsim_cpu_state *st, struct hsim_exit *ex);
/* Complete st (its GPRs, RIP and RFLAGS are current) with everything else:
 * segment bases, control registers, XMM, MXCSR, the x87 control word. */
int kvmw_get_state(struct kvm_vcpu_ctx *k, struct hsim_cpu_state *st);
/* The whole of st goes into the vCPU (XSAVE now, the rest at the next run). */
int kvmw_set_state(struct kvm_vcpu_ctx *k, const struct hsim_cpu_state *st);
/* Log the pages the guest writes (KVM_MEM_LOG_DIRTY_PAGES on the slot):
 * not by default, it makes the guest's first write to each page after every
 * read of the log fault into KVM. */
int kvmw_log_dirty(struct kvm_vcpu_ctx *k);
/* OR the pages the guest wrote since the last call (or kvmw_log_dirty) into
 * bits (bit p % 64 of bits[p / 64] for 4 KiB page p, covering mem_size) and
 * clear KVM's log. Only the vCPU's writes are there: the caller's own writes
 * into the memory are not. */
int kvmw_get_dirty(struct kvm_vcpu_ctx *k, uint64_t *bits);

/* Make a running or next KVM_RUN return -EINTR soon (any thread). */
void kvmw_kick(struct kvm_vcpu_ctx *k);
/* "IO", "SHUTDOWN", ... for a KVM exit reason (HSIM_EXIT_UNKNOWN's reason). */
const char *kvmw_exit_name(unsigned reason);

#endif
