/* RFLAGS.TF over instructions that do more than one thing: VM K runs case K
 * (run it with --vms 7 --mem 16M). Hardware takes the single-step trap
 * after each iteration of a rep string instruction (RIP still at it, RCX
 * one less), after the whole instruction otherwise, and after an
 * instruction the KVM engine hands to the simulator (an unaligned access
 * with AC set). A rep cmps/scas stopped before its end, by that trap or by
 * a fault, leaves the status flags as they were before it. */
#include <stdint.h>
#include <hsim/guest.h>

static uint8_t src[64], dst[64];

#define TF_ON "pushfq; orq $0x100, (%%rsp); popfq\n\t"
#define CASE(name, ...) \
	__attribute__((noinline, noreturn)) static void name(void) \
	{ \
		__asm__ volatile(__VA_ARGS__); \
		__builtin_unreachable(); \
	}

CASE(tf_rep_movsb, "mov $5, %%ecx\n\t" TF_ON "rep movsb" ::"S"(src), "D"(dst) : "rcx", "memory")
CASE(tf_rep_stosq, "mov $3, %%ecx\n\t" TF_ON "rep stosq" ::"D"(dst), "a"(0x55) : "rcx", "memory")
CASE(tf_repe_cmpsb, "mov $9, %%ecx\n\t" TF_ON "repe cmpsb" ::"S"(src), "D"(src + 1) : "rcx", "memory")
CASE(tf_rep_zero, "xor %%ecx, %%ecx\n\t" TF_ON "rep movsb\n\tnop" ::"S"(src), "D"(dst) : "rcx", "memory")
CASE(tf_repne_scasb, "mov $7, %%ecx\n\t" TF_ON "repne scasb" ::"D"(src + 4), "a"(0x55) : "rcx", "memory")
/* not TF: a rep cmps that faults in its third iteration (16 MiB of
 * memory: 0xfffffe and 0xffffff are its last bytes) */
CASE(tf_cmps_fault, "mov $8, %%ecx; cmp $9, %%ecx\n\trepe cmpsb" ::"S"(0xfffffe), "D"(dst) : "rcx", "memory")
CASE(tf_ac, "pushfq; orq $0x40100, (%%rsp); popfq\n\tmovq 3(%0), %%rax\n\tnop" ::"r"(src) : "rax", "memory")

static void (*const cases[])(void) = {
	tf_rep_movsb, tf_rep_stosq, tf_repe_cmpsb, tf_rep_zero, tf_repne_scasb, tf_cmps_fault, tf_ac,
};

int main(void)
{
	unsigned id = (unsigned)hsim_vm_id();
	if (id >= sizeof(cases) / sizeof(cases[0]))
		return 1;
	for (unsigned i = 0; i < sizeof(src); i++)
		src[i] = (uint8_t)(i / 4);
	cases[id]();
}
