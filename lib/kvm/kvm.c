/* KVM wrapper: VM, memory slot, vCPU, long-mode boot at CPL 3, run, state. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <hsim/abi.h>
#include <hsim/error.h>
#include "kvm.h"

static int xioctl(int fd, unsigned long req, void *arg)
{
	int r;
	do
		r = ioctl(fd, req, arg);
	while (r < 0 && errno == EINTR && req != KVM_RUN);
	return r < 0 ? -errno : r;
}

/* HSIM_KVM_DEVICE names another device node (a KVM elsewhere, or a path
 * that does not exist: tests that must run without KVM). */
static int open_kvm(void)
{
	const char *dev = getenv("HSIM_KVM_DEVICE");
	int fd = open(dev && *dev ? dev : "/dev/kvm", O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT || errno == ENXIO || errno == ENODEV ||
		       errno == EACCES || errno == EPERM ? HSIM_E_NO_KVM : -errno;
	if (ioctl(fd, KVM_GET_API_VERSION, 0) != KVM_API_VERSION ||
	    ioctl(fd, KVM_CHECK_EXTENSION, KVM_CAP_SYNC_REGS) <= 0 ||
	    ioctl(fd, KVM_CHECK_EXTENSION, KVM_CAP_IMMEDIATE_EXIT) <= 0) {
		close(fd);
		return HSIM_E_KVM_API;
	}
	return fd;
}

int kvmw_probe(void)
{
	int fd = open_kvm();
	if (fd < 0)
		return fd;
	close(fd);
	return 0;
}

int kvmw_create(struct kvm_vcpu_ctx *k, uint8_t *mem, uint64_t mem_size)
{
	int r;

	memset(k, 0, sizeof(*k));
	k->kvm_fd = k->vm_fd = k->vcpu_fd = -1;
	if ((k->kvm_fd = open_kvm()) < 0) {
		r = k->kvm_fd;
		k->kvm_fd = -1;
		return r;
	}
	if ((r = xioctl(k->kvm_fd, KVM_CREATE_VM, 0)) < 0)
		goto fail;
	k->vm_fd = r;
	k->mem = mem;
	k->mem_size = mem_size;
	k->mmio_base = HSIM_DEV_BASE;
	k->mmio_size = HSIM_DEV_SIZE;
	struct kvm_userspace_memory_region region = {
		.slot = 0,
		.guest_phys_addr = 0,
		.memory_size = mem_size,
		.userspace_addr = (uintptr_t)mem,
	};
	if ((r = xioctl(k->vm_fd, KVM_SET_USER_MEMORY_REGION, &region)) < 0)
		goto fail;
	if ((r = xioctl(k->vm_fd, KVM_CREATE_VCPU, 0)) < 0)
		goto fail;
	k->vcpu_fd = r;
	if ((r = xioctl(k->kvm_fd, KVM_GET_VCPU_MMAP_SIZE, 0)) < 0)
		goto fail;
	k->run_size = (size_t)r;
	k->run = mmap(NULL, k->run_size, PROT_READ | PROT_WRITE, MAP_SHARED, k->vcpu_fd, 0);
	if (k->run == MAP_FAILED) {
		k->run = NULL;
		r = -errno;
		goto fail;
	}
	if (!(k->xsave = calloc(1, sizeof(*k->xsave)))) {
		r = -ENOMEM;
		goto fail;
	}
	/* Registers and segment state arrive with every exit: no extra ioctl. */
	k->run->kvm_valid_regs = KVM_SYNC_X86_REGS | KVM_SYNC_X86_SREGS;
	return 0;
fail:
	kvmw_destroy(k);
	return r;
}

void kvmw_destroy(struct kvm_vcpu_ctx *k)
{
	if (k->run)
		munmap(k->run, k->run_size);
	if (k->vcpu_fd >= 0)
		close(k->vcpu_fd);
	if (k->vm_fd >= 0)
		close(k->vm_fd);
	if (k->kvm_fd >= 0)
		close(k->kvm_fd);
	free(k->xsave);
	free(k->dirty_buf);
	memset(k, 0, sizeof(*k));
	k->kvm_fd = k->vm_fd = k->vcpu_fd = -1;
}

static void put64(uint8_t *mem, uint64_t addr, uint64_t v)
{
	memcpy(mem + addr, &v, 8);
}

/* The ring-0 exception stubs: one 16-byte slot per vector pushes a dummy
 * error code where the CPU pushes none, then the vector, and jumps to a
 * common tail that saves RAX/RDX, reports with `out` to the exception port
 * (the host reads the frame at RSP: rdx rax vector error rip cs rflags rsp
 * ss), restores and irets (so the host may also resume the guest). */
#define STUB_SLOT 16
#define STUB_COMMON (32 * STUB_SLOT)
static const uint32_t error_code_vectors = (1u << 8) | (1u << 10) | (1u << 11) |
	(1u << 12) | (1u << 13) | (1u << 14) | (1u << 17) | (1u << 21) |
	(1u << 29) | (1u << 30);

static void build_stubs(uint8_t *p)
{
	static const uint8_t common[] = {
		0x50,                   /* push %rax */
		0x52,                   /* push %rdx */
		0x66, 0xba, HSIM_PORT_EXCEPTION & 0xff, HSIM_PORT_EXCEPTION >> 8,
		0xef,                   /* out %eax, (%dx) */
		0x5a,                   /* pop %rdx */
		0x58,                   /* pop %rax */
		0x48, 0x83, 0xc4, 0x10, /* add $16, %rsp */
		0x48, 0xcf,             /* iretq */
	};
	for (unsigned v = 0; v < 32; v++) {
		uint8_t *s = p + v * STUB_SLOT;
		unsigned n = 0;
		memset(s, 0xcc, STUB_SLOT);
		if (!(error_code_vectors & (1u << v))) {
			s[n++] = 0x6a; /* push $0 */
			s[n++] = 0;
		}
		s[n++] = 0x6a; /* push $vector */
		s[n++] = (uint8_t)v;
		s[n++] = 0xe9; /* jmp common */
		int32_t rel = (int32_t)(STUB_COMMON - (v * STUB_SLOT + n + 4));
		memcpy(s + n, &rel, 4);
	}
	memcpy(p + STUB_COMMON, common, sizeof(common));
}

#define PTE_NX (1ull << 63)

static int exec_page(const uint64_t *map, uint64_t a)
{
	return (map[(a >> 12) / 64] >> ((a >> 12) % 64)) & 1;
}

/* A 2 MiB region with code in it: in 4 KiB pages, the code read-only and
 * executable, the rest (rodata, data, bss, heap in the same region)
 * writable and not executable. Any other region: one 2 MiB page, NX when
 * the map is in force. */
static uint64_t region_pde(struct kvm_vcpu_ctx *k, uint64_t a, unsigned *npt)
{
	const uint64_t *map = k->exec_map;
	int code = 0;
	if (!map)
		return a | 0x87;
	for (uint64_t p = a; p < a + (2ull << 20) && p < k->mem_size && !code; p += 4096)
		code = exec_page(map, p);
	if (!code)
		return a | 0x87 | PTE_NX;
	uint64_t pt = SYS_PTU + (uint64_t)(*npt)++ * 0x1000;
	for (uint64_t i = 0; i < 512; i++) {
		uint64_t p = a + (i << 12);
		if (p < k->mem_size)
			put64(k->mem, pt + i * 8, exec_page(map, p) ? (p | 5) : (p | 7 | PTE_NX));
	}
	return pt | 7;
}

int kvmw_set_exec(struct kvm_vcpu_ctx *k, const uint64_t *map)
{
	unsigned n = 0;
	for (uint64_t a = HSIM_GUEST_USER_BASE; map && a < k->mem_size; a += 2ull << 20) {
		int code = 0;
		for (uint64_t p = a; p < a + (2ull << 20) && p < k->mem_size && !code; p += 4096)
			code = exec_page(map, p);
		n += code;
	}
	if (n > SYS_PTU_MAX)
		return HSIM_E_INVAL;
	k->exec_map = map;
	return 0;
}

void kvmw_code_written(struct kvm_vcpu_ctx *k, uint64_t addr)
{
	uint64_t a = addr & ~0xfffull, pde;
	if (!k->exec_map || a < HSIM_GUEST_USER_BASE || a >= k->mem_size)
		return;
	memcpy(&pde, k->mem + SYS_PD + (a >> 30) * 0x1000 + ((a >> 21) & 511) * 8, 8);
	if (pde & 0x80)
		return; /* a 2 MiB page: never executable */
	put64(k->mem, (pde & 0x000ffffffffff000ull) + ((a >> 12) & 511) * 8, a | 7 | PTE_NX);
}

static void build_system_area(struct kvm_vcpu_ctx *k)
{
	uint8_t *mem = k->mem;
	uint64_t mem_size = k->mem_size;
	uint64_t gib = (mem_size + (1ull << 30) - 1) >> 30;
	unsigned npt = 0;

	if (!k->sys_zeroed)
		memset(mem, 0, HSIM_GUEST_USER_BASE);
	/* Page tables: identity map, user pages 2 MiB (4 KiB where code is),
	 * first 2 MiB in 4 KiB supervisor pages with page 0 absent so NULL
	 * faults. */
	put64(mem, SYS_PML4, SYS_PDPT | 7);
	for (uint64_t g = 0; g < gib; g++) {
		uint64_t pd = SYS_PD + g * 0x1000;
		put64(mem, SYS_PDPT + g * 8, pd | 7);
		for (uint64_t j = 0; j < 512; j++) {
			uint64_t a = (g << 30) | (j << 21);
			if (a >= mem_size)
				break;
			put64(mem, pd + j * 8, a == 0 ? (SYS_PT0 | 7) : region_pde(k, a, &npt));
		}
	}
	for (uint64_t i = 1; i < 512; i++)
		put64(mem, SYS_PT0 + i * 8, (i << 12) | 3);

	/* GDT: null, kernel code/data, user data/code, 16-byte TSS descriptor. */
	put64(mem, SYS_GDT + 0x08, 0x00af9a000000ffffull);
	put64(mem, SYS_GDT + 0x10, 0x00cf92000000ffffull);
	put64(mem, SYS_GDT + 0x18, 0x00cff2000000ffffull);
	put64(mem, SYS_GDT + 0x20, 0x00affa000000ffffull);
	uint64_t tss_limit = 0x2068, base = SYS_TSS;
	put64(mem, SYS_GDT + SEL_TSS,
	      (tss_limit & 0xffff) | ((base & 0xffffff) << 16) | (0x89ull << 40) |
	      (((tss_limit >> 16) & 0xf) << 48) | (((base >> 24) & 0xff) << 56));
	put64(mem, SYS_GDT + SEL_TSS + 8, base >> 32);

	/* TSS: RSP0, I/O map right after the header, every port allowed (this
	 * KVM ignores IOPL at CPL 3; without the map `out` would #GP). */
	put64(mem, SYS_TSS + 4, SYS_STACK0);
	mem[SYS_TSS + 0x66] = 0x68;
	mem[SYS_TSS + 0x68 + 8192] = 0xff;

	/* IDT: interrupt gates for vectors 0-31, DPL 3 so int3 reaches #BP. */
	build_stubs(mem + SYS_STUBS);
	for (uint64_t v = 0; v < 32; v++) {
		uint64_t off = SYS_STUBS + v * STUB_SLOT;
		uint64_t lo = (off & 0xffff) | ((uint64_t)SEL_KCODE << 16) |
			      (0xeeull << 40) | (((off >> 16) & 0xffff) << 48);
		put64(mem, SYS_IDT + v * 16, lo);
		put64(mem, SYS_IDT + v * 16 + 8, off >> 32);
	}
}

static void set_seg(struct kvm_segment *s, uint16_t sel, uint8_t type, int code)
{
	memset(s, 0, sizeof(*s));
	s->selector = sel;
	s->base = 0;
	s->limit = 0xffffffff;
	s->type = type;
	s->present = 1;
	s->dpl = sel & 3;
	s->s = 1;
	s->g = 1;
	s->l = code;
	s->db = !code;
}

static int kvm_run_once(struct kvm_vcpu_ctx *k);
static void write_gprs(struct kvm_regs *r, const struct hsim_cpu_state *st);
static int complete_pending(struct kvm_vcpu_ctx *k);

/* Run `in $0x80,%al; out %al,$0x80` once at ring 3 to learn where this KVM
 * leaves RIP at I/O exits, then put back what was there. It runs in the
 * stack area (unused before the guest starts), or, when only the code may
 * be executed, at the start of the first code page. The `in` is completed
 * by KVM (re-entering unchanged); the registers change only after the
 * `out`, which needs no completion that could move RIP again. */
static int probe_io_rip(struct kvm_vcpu_ctx *k)
{
	static const uint8_t probe[] = { 0xe4, 0x80, 0xe6, 0x80, 0xeb, 0xfe };
	uint64_t at = HSIM_GUEST_STACK_TOP - 64;
	uint8_t saved[sizeof(probe)];
	struct hsim_cpu_state st;
	int r;

	if (k->exec_map) {
		for (at = HSIM_GUEST_USER_BASE; at < k->mem_size && !exec_page(k->exec_map, at);)
			at += 4096;
		if (at >= k->mem_size)
			return HSIM_E_INVAL; /* no code at all */
	}
	memcpy(saved, k->mem + at, sizeof(probe));
	memset(&st, 0, sizeof(st));
	st.rip = at;
	st.rflags = 0x202;
	st.gpr[HSIM_RSP] = HSIM_GUEST_STACK_TOP;
	memcpy(k->mem + at, probe, sizeof(probe));
	write_gprs(&k->run->s.regs.regs, &st);
	k->run->kvm_dirty_regs |= KVM_SYNC_X86_REGS;
	for (int i = 0; i < 2; i++) {
		if ((r = kvm_run_once(k)) < 0)
			return r;
		if (k->run->exit_reason != KVM_EXIT_IO || k->run->io.port != 0x80)
			return HSIM_E_KVM_API;
		uint64_t rip = k->run->s.regs.regs.rip, insn = at + 2 * (uint64_t)i;
		if (rip != insn && rip != insn + 2)
			return HSIM_E_KVM_API;
		if (k->run->io.direction == KVM_EXIT_IO_OUT)
			k->out_rip_past = rip != insn;
		else
			k->in_rip_past = rip != insn;
	}
	memcpy(k->mem + at, saved, sizeof(probe));
	return 0;
}

static uint64_t kvmw_io_next_rip(const struct kvm_vcpu_ctx *k)
{
	const struct kvm_run *run = k->run;
	uint64_t rip = run->s.regs.regs.rip;
	if (run->io.direction == KVM_EXIT_IO_OUT ? k->out_rip_past : k->in_rip_past)
		return rip;
	/* at the instruction: skip its prefixes and opcode (+ imm8 port) */
	unsigned n = 0;
	while (n < 15 && rip + n < k->mem_size) {
		uint8_t b = k->mem[rip + n];
		if (b == 0x66 || b == 0x67 || (b & 0xf0) == 0x40 || b == 0xf2 || b == 0xf3 ||
		    b == 0x2e || b == 0x3e || b == 0x26 || b == 0x36 || b == 0x64 || b == 0x65) {
			n++;
			continue;
		}
		return rip + n + ((b == 0xe4 || b == 0xe5 || b == 0xe6 || b == 0xe7) ? 2 : 1);
	}
	return rip;
}

int kvmw_boot(struct kvm_vcpu_ctx *k, const struct hsim_cpu_state *init,
	      const struct cpuid_table *cpuid)
{
	struct kvm_sregs sregs;
	int r;

	if (k->mem_size > (uint64_t)SYS_MAX_GIB << 30)
		return HSIM_E_INVAL;
	build_system_area(k);

	if ((r = xioctl(k->vcpu_fd, KVM_GET_SREGS, &sregs)) < 0)
		return r;
	sregs.cr0 = 0x80010033; /* PG WP NE ET MP PE; AM clear: no #AC */
	sregs.cr3 = SYS_PML4;
	sregs.cr4 = 0x620;      /* PAE OSFXSR OSXMMEXCPT */
	/* LME LMA, and NXE when only the scanned code may run */
	sregs.efer = k->exec_map ? 0xd00 : 0x500;
	set_seg(&sregs.cs, SEL_UCODE, 11, 1);
	set_seg(&sregs.ss, SEL_UDATA, 3, 0);
	sregs.ds = sregs.es = sregs.fs = sregs.gs = sregs.ss;
	memset(&sregs.tr, 0, sizeof(sregs.tr));
	sregs.tr.selector = SEL_TSS;
	sregs.tr.base = SYS_TSS;
	sregs.tr.limit = 0x2068;
	sregs.tr.type = 11;
	sregs.tr.present = 1;
	sregs.gdt.base = SYS_GDT;
	sregs.gdt.limit = SEL_TSS + 15;
	sregs.idt.base = SYS_IDT;
	sregs.idt.limit = 256 * 16 - 1;
	if ((r = xioctl(k->vcpu_fd, KVM_SET_SREGS, &sregs)) < 0)
		return r;

	struct {
		struct kvm_cpuid2 h;
		struct kvm_cpuid_entry2 e[CPUID_MAX_ENTRIES];
	} c;
	memset(&c, 0, sizeof(c));
	c.h.nent = cpuid->n;
	for (unsigned i = 0; i < cpuid->n; i++) {
		c.e[i].function = cpuid->e[i].leaf;
		c.e[i].index = cpuid->e[i].subleaf;
		c.e[i].flags = cpuid->e[i].has_subleaf ? KVM_CPUID_FLAG_SIGNIFCANT_INDEX : 0;
		c.e[i].eax = cpuid->e[i].reg[0];
		c.e[i].ebx = cpuid->e[i].reg[1];
		c.e[i].ecx = cpuid->e[i].reg[2];
		c.e[i].edx = cpuid->e[i].reg[3];
	}
	if ((r = xioctl(k->vcpu_fd, KVM_SET_CPUID2, &c)) < 0)
		return r;

	/* FPU/SSE state as after FNINIT with the default MXCSR. */
	struct kvm_xsave xs;
	if ((r = xioctl(k->vcpu_fd, KVM_GET_XSAVE, &xs)) < 0)
		return r;
	memset(xs.region, 0, 512);
	xs.region[0] = 0x037f;        /* FCW */
	xs.region[6] = 0x1f80;        /* MXCSR */
	xs.region[7] = 0xffff;        /* MXCSR_MASK */
	if ((r = xioctl(k->vcpu_fd, KVM_SET_XSAVE, &xs)) < 0)
		return r;

	if ((r = probe_io_rip(k)) < 0)
		return r;
	/* The probe's `in` is complete: the vCPU is at a guest instruction.
	 * The next KVM_RUN takes the registers from the sync area. */
	if ((r = complete_pending(k)) < 0)
		return r;
	k->pending = KVMW_NONE;
	k->xsave_valid = 0;
	if ((r = kvmw_set_state(k, init)) < 0)
		return r;
	write_gprs(&k->run->s.regs.regs, init);
	k->run->kvm_dirty_regs |= KVM_SYNC_X86_REGS;
	k->seen = *init;
	return 0;
}

static int kvm_run_once(struct kvm_vcpu_ctx *k)
{
	return xioctl(k->vcpu_fd, KVM_RUN, NULL);
}

static void read_gprs(const struct kvm_regs *r, struct hsim_cpu_state *st)
{
	st->gpr[HSIM_RAX] = r->rax;
	st->gpr[HSIM_RCX] = r->rcx;
	st->gpr[HSIM_RDX] = r->rdx;
	st->gpr[HSIM_RBX] = r->rbx;
	st->gpr[HSIM_RSP] = r->rsp;
	st->gpr[HSIM_RBP] = r->rbp;
	st->gpr[HSIM_RSI] = r->rsi;
	st->gpr[HSIM_RDI] = r->rdi;
	st->gpr[HSIM_R8] = r->r8;
	st->gpr[HSIM_R9] = r->r9;
	st->gpr[HSIM_R10] = r->r10;
	st->gpr[HSIM_R11] = r->r11;
	st->gpr[HSIM_R12] = r->r12;
	st->gpr[HSIM_R13] = r->r13;
	st->gpr[HSIM_R14] = r->r14;
	st->gpr[HSIM_R15] = r->r15;
	st->rip = r->rip;
	/* RF (resume flag) is set by the CPU around some exits; it only
	 * suppresses instruction breakpoints and is not guest state. */
	st->rflags = r->rflags & ~(uint64_t)0x10000;
}

static void write_gprs(struct kvm_regs *r, const struct hsim_cpu_state *st)
{
	r->rax = st->gpr[HSIM_RAX];
	r->rcx = st->gpr[HSIM_RCX];
	r->rdx = st->gpr[HSIM_RDX];
	r->rbx = st->gpr[HSIM_RBX];
	r->rsp = st->gpr[HSIM_RSP];
	r->rbp = st->gpr[HSIM_RBP];
	r->rsi = st->gpr[HSIM_RSI];
	r->rdi = st->gpr[HSIM_RDI];
	r->r8 = st->gpr[HSIM_R8];
	r->r9 = st->gpr[HSIM_R9];
	r->r10 = st->gpr[HSIM_R10];
	r->r11 = st->gpr[HSIM_R11];
	r->r12 = st->gpr[HSIM_R12];
	r->r13 = st->gpr[HSIM_R13];
	r->r14 = st->gpr[HSIM_R14];
	r->r15 = st->gpr[HSIM_R15];
	r->rip = st->rip;
	r->rflags = st->rflags;
}

static int same_gprs(const struct hsim_cpu_state *a, const struct hsim_cpu_state *b)
{
	return !memcmp(a->gpr, b->gpr, sizeof(a->gpr)) && a->rip == b->rip &&
	       a->rflags == b->rflags;
}

/* The exception frame the stub reports: rdx rax vector error rip cs rflags
 * rsp ss, at the ring-0 RSP. */
enum { F_RDX, F_RAX, F_VEC, F_ERR, F_RIP, F_CS, F_RFLAGS, F_RSP, F_SS, F_N };

/* Let KVM finish a pending in/out (the API's way: a KVM_RUN that returns at
 * once), so that the registers can be set freely. */
static int complete_pending(struct kvm_vcpu_ctx *k)
{
	k->run->immediate_exit = 1;
	int r = kvm_run_once(k);
	k->run->immediate_exit = 0;
	if (r < 0 && r != -EINTR)
		return r;
	k->pending = KVMW_NONE;
	return 0;
}

/* st into the vCPU, by what the last exit left there. */
static int push_state(struct kvm_vcpu_ctx *k, const struct hsim_cpu_state *st)
{
	struct kvm_regs *r = &k->run->s.regs.regs;
	struct hsim_cpu_state tmp;
	int e;

	if (k->pending == KVMW_IO && st->rip != k->io_next_rip) {
		/* the guest goes elsewhere: finish the in/out first */
		if ((e = complete_pending(k)) < 0)
			return e;
	}
	switch (k->pending) {
	case KVMW_STUB_RUNNING:
		return 0; /* nothing has changed since it was pushed */
	case KVMW_IO:
		/* KVM still advances RIP (if it left it at the instruction) and,
		 * for an `in`, writes the data into RAX: hand it RIP as it was
		 * and the value the handler put in RAX */
		if (k->run->io.direction == KVM_EXIT_IO_IN) {
			uint64_t v = st->gpr[HSIM_RAX];
			memcpy((uint8_t *)k->run + k->run->io.data_offset, &v, k->run->io.size);
		}
		tmp = *st;
		tmp.rip = r->rip;
		if (!same_gprs(&tmp, &k->seen)) {
			write_gprs(r, &tmp);
			k->run->kvm_dirty_regs |= KVM_SYNC_X86_REGS;
		}
		break;
	case KVMW_STUB: {
		/* the stub pops RDX and RAX and irets with RIP, RFLAGS, RSP */
		uint64_t f[F_N];
		memcpy(f, k->mem + k->frame, sizeof(f));
		f[F_RDX] = st->gpr[HSIM_RDX];
		f[F_RAX] = st->gpr[HSIM_RAX];
		f[F_RIP] = st->rip;
		f[F_RFLAGS] = st->rflags | 0x2;
		f[F_RSP] = st->gpr[HSIM_RSP];
		memcpy(k->mem + k->frame, f, sizeof(f));
		tmp = *st;
		tmp.gpr[HSIM_RSP] = r->rsp;
		tmp.gpr[HSIM_RAX] = r->rax;
		tmp.gpr[HSIM_RDX] = r->rdx;
		tmp.rip = r->rip;
		tmp.rflags = r->rflags;
		write_gprs(r, &tmp);
		k->run->kvm_dirty_regs |= KVM_SYNC_X86_REGS;
		break;
	}
	case KVMW_NONE:
		if (!same_gprs(st, &k->seen) || k->push_full) {
			write_gprs(r, st);
			k->run->kvm_dirty_regs |= KVM_SYNC_X86_REGS;
		}
		break;
	}
	if (k->push_full) {
		struct kvm_sregs *sr = &k->run->s.regs.sregs;
		if (sr->fs.base != st->fs_base || sr->gs.base != st->gs_base) {
			sr->fs.base = st->fs_base;
			sr->gs.base = st->gs_base;
			k->run->kvm_dirty_regs |= KVM_SYNC_X86_SREGS;
		}
		k->push_full = 0;
	}
	return 0;
}

/* A #PF's error code as hardware gives it for hsim's page tables: P only
 * where they map something, [4096, mem_size), and never RSVD (they set no
 * reserved bit). In the first GiB of the upper half, which hsim's tables
 * leave unmapped, this KVM (PVM) mostly reports P and RSVD, sometimes
 * neither (docs/kvm-notes.md). */
static uint32_t pf_error_code(const struct kvm_vcpu_ctx *k, uint32_t err, uint64_t cr2)
{
	err &= ~8u;
	if (cr2 < 4096 || cr2 >= k->mem_size)
		err &= ~1u;
	return err;
}

/* The ring-0 stub reported a guest exception. */
static int stub_exit(struct kvm_vcpu_ctx *k, struct hsim_cpu_state *st, struct hsim_exit *ex)
{
	const struct kvm_run *run = k->run;
	uint64_t f[F_N];
	uint64_t rsp = run->s.regs.regs.rsp;

	if (rsp < SYS_STUBS || rsp + sizeof(f) > SYS_STACK0) {
		ex->kind = HSIM_EXIT_UNKNOWN;
		ex->reason = KVM_EXIT_IO;
		ex->info = rsp; /* an exception report with a bad stack */
		return 0;
	}
	memcpy(f, k->mem + rsp, sizeof(f));
	st->gpr[HSIM_RDX] = f[F_RDX];
	st->gpr[HSIM_RAX] = f[F_RAX];
	st->rip = f[F_RIP];
	/* The CPU sets RF in the frame of a fault so that iretq does not
	 * re-trigger an instruction breakpoint; it is not guest state. */
	st->rflags = f[F_RFLAGS] & ~(uint64_t)0x10000;
	st->gpr[HSIM_RSP] = f[F_RSP];
	k->pending = KVMW_STUB;
	k->frame = rsp;

	unsigned v = (unsigned)f[F_VEC] & 31;
	uint64_t cr2 = run->s.regs.sregs.cr2;
	ex->rip = ex->next_rip = st->rip;
	if (v == 14 && cr2 >= k->mmio_base && cr2 - k->mmio_base < k->mmio_size) {
		ex->kind = HSIM_EXIT_MMIO;
		ex->addr = cr2;
		ex->is_write = (f[F_ERR] & 2) != 0;
		return 0;
	}
	ex->kind = HSIM_EXIT_EXCEPTION;
	ex->vector = (uint8_t)v;
	ex->has_error_code = (error_code_vectors >> v) & 1;
	ex->error_code = ex->has_error_code ? (uint32_t)f[F_ERR] : 0;
	ex->cr2 = v == 14 ? cr2 : 0;
	if (v == 14)
		ex->error_code = pf_error_code(k, ex->error_code, cr2);
	if (v == 3) {
		/* a trap: name the int3 (CC) or int 3 (CD 03) itself */
		uint64_t a = st->rip;
		if (a >= 1 && a - 1 < k->mem_size && k->mem[a - 1] == 0xcc)
			ex->rip = a - 1;
		else if (a >= 2 && a - 2 < k->mem_size && k->mem[a - 2] == 0xcd)
			ex->rip = a - 2;
	}
	if (v == 1 && !(st->rflags & 0x100) && st->rip < k->mem_size && k->mem[st->rip] == 0xf1 &&
	    !(st->rip >= 1 && k->mem[st->rip - 1] == 0xf1)) {
		/* int1 (icebp) is a trap: hardware reports RIP after it; some
		 * hosts of this KVM report it at the instruction
		 * (docs/kvm-notes.md). Without TF, a #DB at an F1 byte that does
		 * not follow another is that one. */
		ex->rip = st->rip;
		st->rip++;
		ex->next_rip = st->rip;
	}
	if (v == 14)
		st->cr2 = cr2;
	return 0;
}

static int translate_exit(struct kvm_vcpu_ctx *k, struct hsim_cpu_state *st, struct hsim_exit *ex)
{
	const struct kvm_run *run = k->run;

	read_gprs(&run->s.regs.regs, st);
	k->pending = KVMW_NONE;
	switch (run->exit_reason) {
	case KVM_EXIT_IO:
		if (run->io.count != 1)
			break;
		/* only the ring-0 stubs may report exceptions: a guest's own
		 * `out` to that port is an unknown port like any other */
		if (run->io.direction == KVM_EXIT_IO_OUT && run->io.port == HSIM_PORT_EXCEPTION &&
		    (run->s.regs.sregs.cs.selector & 3) == 0)
			return stub_exit(k, st, ex);
		ex->kind = HSIM_EXIT_IO;
		ex->port = run->io.port;
		ex->size = run->io.size;
		ex->is_in = run->io.direction == KVM_EXIT_IO_IN;
		if (!ex->is_in) {
			uint32_t v = 0;
			memcpy(&v, (const uint8_t *)run + run->io.data_offset,
			       run->io.size <= 4 ? run->io.size : 4);
			ex->value = v;
		}
		/* hsim states hold RIP after the in/out, where the guest goes
		 * on and where the simulator is */
		st->rip = ex->rip = ex->next_rip = kvmw_io_next_rip(k);
		k->io_next_rip = st->rip;
		k->pending = KVMW_IO;
		return 0;
	case KVM_EXIT_SHUTDOWN:
		ex->kind = HSIM_EXIT_SHUTDOWN;
		ex->rip = ex->next_rip = st->rip;
		return 0;
	case KVM_EXIT_INTERNAL_ERROR:
		ex->info = run->internal.suberror;
		break;
	case KVM_EXIT_FAIL_ENTRY:
		ex->info = run->fail_entry.hardware_entry_failure_reason;
		break;
	case KVM_EXIT_MMIO:
		ex->info = run->mmio.phys_addr;
		break;
	}
	ex->kind = HSIM_EXIT_UNKNOWN;
	ex->reason = run->exit_reason;
	ex->rip = ex->next_rip = st->rip;
	return 0;
}

int kvmw_next_exit(struct kvm_vcpu_ctx *k, struct hsim_cpu_state *st, struct hsim_exit *ex)
{
	int r;

	if ((r = push_state(k, st)) < 0)
		return r;
	memset(ex, 0, sizeof(*ex));
	r = kvm_run_once(k);
	/* whatever was pending is complete now (KVM finishes it before it
	 * looks at immediate_exit or signals) */
	if (r == -EINTR || r == -EAGAIN) {
		k->run->immediate_exit = 0;
		k->xsave_valid = 0;
		if ((k->run->s.regs.sregs.cs.selector & 3) == 0) {
			/* still in the stub: the guest has not run, st stands */
			if (k->pending == KVMW_STUB)
				k->pending = KVMW_STUB_RUNNING;
		} else {
			read_gprs(&k->run->s.regs.regs, st);
			k->pending = KVMW_NONE;
		}
		k->seen = *st;
		return -EINTR;
	}
	if (r < 0)
		return r;
	k->xsave_valid = 0; /* the guest ran: its FPU/SSE state moved on */
	r = translate_exit(k, st, ex);
	k->seen = *st;
	if (k->pending == KVMW_STUB || k->pending == KVMW_IO)
		k->seen.rip = k->run->s.regs.regs.rip;
	return r;
}

/* The x87 part of the XSAVE legacy area (FXSAVE 64-bit format): FCW FSW
 * FTW(abridged) FOP FIP FDP at 0..23, ST(i) at 32 + 16 * i. */
static void x87_from_xsave(struct hsim_cpu_state *st, const uint8_t *x)
{
	memcpy(&st->fcw, x, 2);
	memcpy(&st->fsw, x + 2, 2);
	st->ftw = x[4];
	memcpy(&st->fop, x + 6, 2);
	memcpy(&st->fip, x + 8, 8);
	memcpy(&st->fdp, x + 16, 8);
	for (int i = 0; i < 8; i++)
		memcpy(st->fpr[i], x + 32 + 16 * i, 10);
}

static void x87_to_xsave(uint8_t *x, const struct hsim_cpu_state *st)
{
	memcpy(x, &st->fcw, 2);
	memcpy(x + 2, &st->fsw, 2);
	x[4] = st->ftw;
	memcpy(x + 6, &st->fop, 2);
	memcpy(x + 8, &st->fip, 8);
	memcpy(x + 16, &st->fdp, 8);
	for (int i = 0; i < 8; i++)
		memcpy(x + 32 + 16 * i, st->fpr[i], 10);
}

static int xsave_load(struct kvm_vcpu_ctx *k)
{
	int r;
	if (!k->xsave_valid) {
		if ((r = xioctl(k->vcpu_fd, KVM_GET_XSAVE, k->xsave)) < 0)
			return r;
		k->xsave_valid = 1;
	}
	return 0;
}

int kvmw_get_state(struct kvm_vcpu_ctx *k, struct hsim_cpu_state *st)
{
	const struct kvm_sregs *s = &k->run->s.regs.sregs;
	int r;

	st->fs_base = s->fs.base;
	st->gs_base = s->gs.base;
	st->cr0 = s->cr0;
	st->cr3 = s->cr3;
	st->cr4 = s->cr4;
	st->efer = s->efer;
	/* KVM_GET_FPU reports MXCSR as 0 on this KVM; XSAVE is right. */
	k->xsave_valid = 0;
	if ((r = xsave_load(k)) < 0)
		return r;
	x87_from_xsave(st, (const uint8_t *)k->xsave->region);
	st->mxcsr = k->xsave->region[6];
	memcpy(st->xmm, (const uint8_t *)k->xsave->region + 160, sizeof(st->xmm));
	return 0;
}

int kvmw_set_state(struct kvm_vcpu_ctx *k, const struct hsim_cpu_state *st)
{
	int r;

	if ((r = xsave_load(k)) < 0)
		return r;
	x87_to_xsave((uint8_t *)k->xsave->region, st);
	k->xsave->region[6] = st->mxcsr;
	memcpy((uint8_t *)k->xsave->region + 160, st->xmm, sizeof(st->xmm));
	/* XSTATE_BV: x87 and SSE state are present in the image */
	((uint8_t *)k->xsave->region)[512] |= 3;
	if ((r = xioctl(k->vcpu_fd, KVM_SET_XSAVE, k->xsave)) < 0)
		return r;
	k->push_full = 1;
	return 0;
}

static size_t dirty_words(const struct kvm_vcpu_ctx *k)
{
	return (size_t)((k->mem_size / 4096 + 63) / 64);
}

int kvmw_log_dirty(struct kvm_vcpu_ctx *k)
{
	if (!k->dirty_buf && !(k->dirty_buf = calloc(dirty_words(k), sizeof(uint64_t))))
		return -ENOMEM;
	struct kvm_userspace_memory_region region = {
		.slot = 0,
		.flags = KVM_MEM_LOG_DIRTY_PAGES,
		.guest_phys_addr = 0,
		.memory_size = k->mem_size,
		.userspace_addr = (uintptr_t)k->mem,
	};
	return xioctl(k->vm_fd, KVM_SET_USER_MEMORY_REGION, &region);
}

int kvmw_get_dirty(struct kvm_vcpu_ctx *k, uint64_t *bits)
{
	struct kvm_dirty_log log = { .slot = 0, .dirty_bitmap = k->dirty_buf };
	int r;
	if (!k->dirty_buf)
		return HSIM_E_INVAL;
	if ((r = xioctl(k->vm_fd, KVM_GET_DIRTY_LOG, &log)) < 0)
		return r;
	for (size_t i = 0, n = dirty_words(k); i < n; i++)
		bits[i] |= k->dirty_buf[i];
	return 0;
}

void kvmw_kick(struct kvm_vcpu_ctx *k)
{
	if (k->run)
		k->run->immediate_exit = 1;
}

static const char *const exit_names[] = {
	[KVM_EXIT_UNKNOWN] = "UNKNOWN", [KVM_EXIT_EXCEPTION] = "EXCEPTION",
	[KVM_EXIT_IO] = "IO", [KVM_EXIT_HYPERCALL] = "HYPERCALL",
	[KVM_EXIT_DEBUG] = "DEBUG", [KVM_EXIT_HLT] = "HLT", [KVM_EXIT_MMIO] = "MMIO",
	[KVM_EXIT_IRQ_WINDOW_OPEN] = "IRQ_WINDOW_OPEN", [KVM_EXIT_SHUTDOWN] = "SHUTDOWN",
	[KVM_EXIT_FAIL_ENTRY] = "FAIL_ENTRY", [KVM_EXIT_INTR] = "INTR",
	[KVM_EXIT_INTERNAL_ERROR] = "INTERNAL_ERROR",
};

const char *kvmw_exit_name(unsigned reason)
{
	if (reason < sizeof(exit_names) / sizeof(exit_names[0]) && exit_names[reason])
		return exit_names[reason];
	return "?";
}
