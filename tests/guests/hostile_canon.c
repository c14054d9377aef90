/* Accesses at the ends of the canonical lower and upper halves: VM K runs
 * case K (run it with --vms 15). Hardware checks every byte of an access: one
 * that straddles 0x7fffffffffff is #GP(0), or #SS(0) for a stack reference
 * (RSP/RBP base, push, pop, call) without an FS/GS override; one that fits
 * below it, or starts at 0xffff800000000000, is a #PF (not mapped). On this
 * KVM the straddling non-stack ones came back as #PF (docs/kvm-notes.md). */
#include <hsim/guest.h>

#define CASE(name, ...) \
	__attribute__((noinline, noreturn)) static void name(void) \
	{ \
		__asm__ volatile(__VA_ARGS__); \
		__builtin_unreachable(); \
	}
#define TOP "$0x7ffffffffff9" /* 8 bytes from here reach 0x800000000000 */

CASE(canon_read, "movabs " TOP ", %%rax; mov (%%rax), %%rax" ::: "rax")
CASE(canon_write, "movabs " TOP ", %%rax; mov %%rax, (%%rax)" ::: "rax", "memory")
CASE(canon_rmw, "movabs $0x7ffffffffffe, %%rax; addl $1, (%%rax)" ::: "rax", "memory")
CASE(canon_sse, "movabs " TOP ", %%rax; movdqu (%%rax), %%xmm0" ::: "rax")
CASE(canon_movs, "movabs " TOP ", %%rsi; movsq" ::: "rsi", "rdi", "memory")
CASE(canon_stos, "movabs " TOP ", %%rdi; mov $3, %%ecx; rep stosq" ::: "rcx", "rdi", "memory")
CASE(canon_push, "movabs $0x800000000004, %%rsp; push %%rax" ::: "memory")
CASE(canon_pop, "movabs " TOP ", %%rsp; pop %%rax" ::: "rax")
CASE(canon_call, "movabs $0x800000000006, %%rsp; call ." ::: "memory")
CASE(canon_rbp, "movabs $0x7ffffffffffd, %%rbp; mov 0(%%rbp), %%rax" ::: "rax")
CASE(canon_rbp_fs, "movabs $0x7ffffffffffd, %%rbp; mov %%fs:0(%%rbp), %%rax" ::: "rax")
CASE(canon_fits, "movabs $0x7ffffffffff8, %%rax; mov (%%rax), %%rax" ::: "rax")
CASE(canon_upper, "movabs $0xffff800000000000, %%rax; mov (%%rax), %%rax" ::: "rax")
CASE(canon_below_upper, "movabs $0xffff7ffffffffffc, %%rax; mov (%%rax), %%rax" ::: "rax")
CASE(canon_fetch, "movabs $0x7ffffffffffd, %%rax; jmp *%%rax" ::: "rax")

static void (*const cases[])(void) = {
	canon_read, canon_write, canon_rmw, canon_sse, canon_movs, canon_stos, canon_push,
	canon_pop, canon_call, canon_rbp, canon_rbp_fs, canon_fits, canon_upper,
	canon_below_upper, canon_fetch,
};

int main(void)
{
	unsigned id = (unsigned)hsim_vm_id();
	if (id >= sizeof(cases) / sizeof(cases[0]))
		return 1;
	cases[id]();
}
