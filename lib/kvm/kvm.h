/* A thin wrapper of the KVM API: one VM with one vCPU in 64-bit long mode,
 * guest at CPL 3, state moved through KVM_CAP_SYNC_REGS. */
#ifndef HSIM_LIB_KVM_H
#define HSIM_LIB_KVM_H

#include <stdint.h>
#include <linux/kvm.h>
#include <hsim/cpu.h>
#include "cpu/cpuid.h"

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

#define SEL_KCODE 0x08
#define SEL_KDATA 0x10
#define SEL_UDATA 0x1b
#define SEL_UCODE 0x23
#define SEL_TSS   0x28

struct kvm_vcpu_ctx {
	int kvm_fd, vm_fd, vcpu_fd;
	struct kvm_run *run;
	size_t run_size;
	uint8_t *mem;
	uint64_t mem_size;
	/* Where RIP points at an I/O exit: past the in/out (1) or at it (0).
	 * KVMs differ (upstream: at it; this PVM: past an `out`, at an `in`),
	 * so kvmw_boot measures it. */
	int out_rip_past, in_rip_past;
};

/* 0 if /dev/kvm opens and has what hsim needs. */
int kvmw_probe(void);
/* Create a VM with mem_size bytes of guest memory and one vCPU. */
int kvmw_create(struct kvm_vcpu_ctx *k, uint64_t mem_size);
void kvmw_destroy(struct kvm_vcpu_ctx *k);
/* Build the system area (page tables, GDT, IDT, TSS, stubs) and put the
 * vCPU in long mode at CPL 3 with the GPRs, RIP and RFLAGS of `init`. */
int kvmw_boot(struct kvm_vcpu_ctx *k, const struct hsim_cpu_state *init,
	      const struct cpuid_table *cpuid);
/* The address after the in/out that caused the current I/O exit. */
uint64_t kvmw_io_next_rip(const struct kvm_vcpu_ctx *k);
/* KVM_RUN; returns 0 or -errno (-EINTR when kicked). */
int kvmw_run(struct kvm_vcpu_ctx *k);

/* GPRs, RIP, RFLAGS from the sync area (no ioctl). */
void kvmw_read_gprs(const struct kvm_vcpu_ctx *k, struct hsim_cpu_state *st);
/* Write them back; the vCPU picks them up at the next KVM_RUN. */
void kvmw_write_gprs(struct kvm_vcpu_ctx *k, const struct hsim_cpu_state *st);
/* The whole state: GPRs, segment bases, control registers, XMM, MXCSR. */
int kvmw_read_state(struct kvm_vcpu_ctx *k, struct hsim_cpu_state *st);

#endif
