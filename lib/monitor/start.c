/* The guest's start: what a VM holds at its first instruction besides the
 * loaded image. At the top of the stack area, from HSIM_GUEST_STACK_TOP
 * down (the SysV process start, so crt0 reads it as a hosted program's does):
 *
 *   the TCB      256 bytes at the thread pointer TP (= FS base): the
 *                self-pointer at %fs:0 (and %fs:0x10, glibc's `self`), the
 *                stack-protector canary at %fs:0x28;
 *   the TLS      the ELF's PT_TLS, variant II: the block ends at TP,
 *                .tdata copied, .tbss zeroed;
 *   strings      argv's, then envp's, NUL-terminated;
 *   at RSP       argc, argv[0..argc-1], NULL, envp[...], NULL, the
 *                auxiliary vector { HSIM_AT_TTY, bits } { AT_NULL, 0 }
 *                (RSP 16-byte aligned).
 *
 * Both engines start from it (the state and memory are engine-neutral), the
 * recorder keeps the arguments and the canary in the trace header (version
 * 3) and replay sets up the same start from them. */
#include <elf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include <hsim/abi.h>
#include <hsim/error.h>
#include <hsim/machine.h>
#include "monitor.h"

#define TCB_SIZE 0x100u
#define TLS_MAX (256u << 10)   /* a larger PT_TLS is refused */
#define ARGS_MAX (256u << 10)  /* strings and pointer arrays of argv + envp */

static void free_strv(char **v)
{
	if (v)
		for (char **p = v; *p; p++)
			free(*p);
	free(v);
}

/* A NULL-terminated copy of n strings (n < 0: up to v's NULL, v may be
 * NULL). */
static int copy_strv(char ***out, const char *const *v, int n, unsigned *count, size_t *bytes)
{
	size_t k = 0;
	if (n < 0)
		while (v && v[k])
			k++;
	else
		k = (size_t)n;
	char **c = calloc(k + 1, sizeof(*c));
	if (!c)
		return -ENOMEM;
	for (size_t i = 0; i < k; i++) {
		if (!v[i] || !(c[i] = strdup(v[i]))) {
			free_strv(c);
			return v[i] ? -ENOMEM : HSIM_E_INVAL;
		}
		*bytes += strlen(v[i]) + 1 + 8;
	}
	*out = c;
	*count = (unsigned)k;
	return 0;
}

int vm_start_set_args(struct hsim_vm *vm, int argc, const char *const *argv,
		      int envc, const char *const *envp)
{
	char **a = NULL, **e = NULL;
	unsigned na = 0, ne = 0;
	size_t bytes = 4 * 8;
	int r;

	if (argc < 0 || (argc && !argv) || (envc > 0 && !envp))
		return HSIM_E_INVAL;
	if ((r = copy_strv(&a, argv, argc, &na, &bytes)) < 0)
		return r;
	if ((r = copy_strv(&e, envp, envc, &ne, &bytes)) < 0) {
		free_strv(a);
		return r;
	}
	if (bytes > ARGS_MAX) {
		free_strv(a);
		free_strv(e);
		return -E2BIG;
	}
	vm_start_free(vm);
	vm->argv = a;
	vm->argc = na;
	vm->envp = e;
	vm->envc = ne;
	return 0;
}

int hsim_machine_set_args(struct hsim_machine *m, unsigned vm, int argc,
			  const char *const argv[], const char *const envp[])
{
	if (!m || vm >= m->nvms || m->ran)
		return HSIM_E_INVAL;
	return vm_start_set_args(m->vms[vm], argc, argv, -1, envp);
}

/* A new VM's defaults: argv { the image's name }, no environment, and a
 * canary from the host's random numbers (the seed's, when there is one). */
int vm_start_init(struct hsim_vm *vm)
{
	const char *name = hsim_image_name(vm->img);
	const char *argv[] = { name ? name : "guest", NULL };
	uint64_t g;

	if (vm->m->cfg.seed) {
		g = vm->m->cfg.seed * 0x9e3779b97f4a7c15ull + vm->id + 1;
		g = (g ^ (g >> 31)) * 0xbf58476d1ce4e5b9ull;
		g ^= g >> 29;
	} else {
		while (getrandom(&g, sizeof(g), 0) != sizeof(g))
			;
	}
	vm->tty = -1;
	vm->stack_guard = g & ~0xffull; /* a zero low byte, as glibc's: string
	                                 * functions cannot read it out */
	return vm_start_set_args(vm, 1, argv, 0, NULL);
}

void vm_start_free(struct hsim_vm *vm)
{
	free_strv(vm->argv);
	free_strv(vm->envp);
	vm->argv = vm->envp = NULL;
	vm->argc = vm->envc = 0;
}

/* Which of the guest's fds 0, 1, 2 are terminals (HSIM_AT_TTY). */
unsigned vm_start_tty(const struct hsim_vm *vm)
{
	const struct platform_inputs *in = &vm->m->inputs;
	if (vm->tty >= 0)
		return (unsigned)vm->tty;
	return (in->tty[0] ? 1u : 0) | (in->tty[1] ? 2u : 0) | (in->tty[2] ? 4u : 0);
}

/* The image's PT_TLS, if it has one (the loader checked the headers). */
static int find_tls(const struct hsim_image *img, Elf64_Phdr *out)
{
	size_t len;
	const uint8_t *f = hsim_image_bytes(img, &len);
	Elf64_Ehdr eh;

	memset(out, 0, sizeof(*out));
	if (!f || len < sizeof(eh))
		return 0;
	memcpy(&eh, f, sizeof(eh));
	for (unsigned i = 0; i < eh.e_phnum; i++) {
		uint64_t off = eh.e_phoff + (uint64_t)i * sizeof(Elf64_Phdr);
		if (eh.e_phentsize != sizeof(Elf64_Phdr) || off > len || len - off < sizeof(Elf64_Phdr))
			return 0;
		memcpy(out, f + off, sizeof(*out));
		if (out->p_type == PT_TLS && out->p_memsz)
			return 1;
	}
	memset(out, 0, sizeof(*out));
	return 0;
}

/* Place the start in guest memory and the start registers in vm->st. */
int vm_start_layout(struct hsim_vm *vm)
{
	uint8_t *mem = vm->memory;
	uint64_t top = HSIM_GUEST_STACK_TOP, align = 1;
	Elf64_Phdr t;

	if (find_tls(vm->img, &t)) {
		if (t.p_align > align)
			align = t.p_align;
		if ((align & (align - 1)) || t.p_memsz > TLS_MAX || t.p_filesz > t.p_memsz ||
		    t.p_vaddr < HSIM_GUEST_LINK || t.p_vaddr > vm->mem.size ||
		    t.p_filesz > vm->mem.size - t.p_vaddr || align > TLS_MAX) {
			vm_set_error(vm, HSIM_E_ELF_OUTSIDE, "the guest's thread-local storage (PT_TLS "
				     "of %llu bytes, alignment %llu) is not a block hsim can set up "
				     "(at most %u KiB)", (unsigned long long)t.p_memsz,
				     (unsigned long long)t.p_align, TLS_MAX >> 10);
			return -1;
		}
	}
	/* TP aligned to the block's alignment (and a cache line); the linker
	 * put each variable at its offset from the block's end, which is at
	 * -(p_memsz rounded up to p_align) */
	uint64_t tp = (top - TCB_SIZE) & ~((align > 64 ? align : 64) - 1);
	uint64_t tls = tp - ((t.p_memsz + align - 1) & ~(align - 1));
	memset(mem + tls, 0, top - tls);
	if (t.p_filesz)
		memcpy(mem + tls, mem + t.p_vaddr, t.p_filesz);
	memcpy(mem + tp, &tp, 8);
	memcpy(mem + tp + 0x10, &tp, 8);
	memcpy(mem + tp + 0x28, &vm->stack_guard, 8);

	/* the strings, from the TLS down */
	uint64_t p = tls, nptr = 1 + vm->argc + 1 + vm->envc + 1 + 4;
	uint64_t *ptrs = calloc(nptr, 8);
	if (!ptrs) {
		vm_set_error(vm, -ENOMEM, "setting up the guest's arguments");
		return -1;
	}
	ptrs[0] = vm->argc;
	for (unsigned i = 0; i < vm->argc + vm->envc; i++) {
		const char *s = i < vm->argc ? vm->argv[i] : vm->envp[i - vm->argc];
		size_t n = strlen(s) + 1;
		p -= n;
		memcpy(mem + p, s, n);
		ptrs[i < vm->argc ? 1 + i : 2 + i] = p;
	}
	ptrs[nptr - 4] = HSIM_AT_TTY;
	ptrs[nptr - 3] = vm_start_tty(vm);
	uint64_t rsp = (p - nptr * 8) & ~15ull;
	memset(mem + rsp, 0, p - rsp);
	memcpy(mem + rsp, ptrs, nptr * 8);
	free(ptrs);
	vm->st.gpr[HSIM_RSP] = rsp;
	vm->st.fs_base = tp;
	vm->start_lo = rsp;
	return 0;
}
