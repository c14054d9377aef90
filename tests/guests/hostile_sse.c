/* Legacy-SSE instructions that must fault with #GP(0) (SDM: a misaligned
 * m128 of an op that needs 16-byte alignment, an ldmxcsr with reserved bits,
 * a non-canonical address), and real #UDs next to them: VM K runs case K
 * (run it with --vms 9). On this KVM the #GP cases came back as #UD (KVM's
 * instruction emulator, docs/kvm-notes.md); the KVM engine must report the
 * same #GP(0) as the simulator and hardware. Each case first runs rdtsc
 * and cpuid, which hsim patches into ud2 traps: those stay events. */
#include <stdint.h>
#include <hsim/guest.h>

static uint8_t buf[64] __attribute__((aligned(16)));

#define CASE(name, ...) \
	__attribute__((noinline, noreturn)) static void name(void) \
	{ \
		__asm__ volatile(__VA_ARGS__); \
		__builtin_unreachable(); \
	}

CASE(sse_addps, "addps 1(%0), %%xmm0" ::"r"(buf) : "memory")
CASE(sse_pxor, "pxor 8(%0), %%xmm1" ::"r"(buf) : "memory")
CASE(sse_movdqa, "movdqa 4(%0), %%xmm2" ::"r"(buf) : "memory")
CASE(sse_movaps_store, "movaps %%xmm3, 12(%0)" ::"r"(buf) : "memory")
CASE(sse_ldmxcsr, "movl $0x11f80, (%0); ldmxcsr (%0)" ::"r"(buf) : "memory")
CASE(sse_noncanonical, "movabs $0x800000000000, %%rax; mulpd (%%rax), %%xmm4" ::: "rax", "memory")
CASE(sse_ud2, "ud2")
/* lock on an SSE op: #UD on hardware, and a form the decoder knows */
CASE(sse_lock, "mov %0, %%rax; .byte 0xf0, 0x0f, 0x58, 0x00" ::"r"(buf) : "rax", "memory")
CASE(sse_invalid, ".byte 0x06") /* push %es: no instruction in 64-bit mode */

static void (*const cases[])(void) = {
	sse_addps, sse_pxor, sse_movdqa, sse_movaps_store, sse_ldmxcsr, sse_noncanonical,
	sse_ud2, sse_lock, sse_invalid,
};

int main(void)
{
	unsigned id = (unsigned)hsim_vm_id();
	uint32_t a, b, c, d;
	if (id >= sizeof(cases) / sizeof(cases[0]))
		return 1;
	/* patched instructions (ud2 in memory) still run as events */
	uint64_t t = __builtin_ia32_rdtsc();
	__asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0), "c"(0));
	if (!t || !b)
		return 2;
	cases[id]();
}
