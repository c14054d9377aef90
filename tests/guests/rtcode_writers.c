/* Writes into the text that KVM's guest does not make itself: rdtsc bytes
 * copied over a function by code that runs in the simulator (written at
 * run time, so simulated), and (with --vms 2) received over a channel by a
 * hypercall. Either way the function must then read the virtual clock, as
 * the simulator's rdtsc does, not the host's TSC: KVM may not run it.
 * Exit code: errors. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <hsim/guest.h>

/* rdtsc; shl $32, %rdx; or %rdx, %rax; ret; padding */
static const uint8_t rdtsc_code[16] = { 0x0f, 0x31, 0x48, 0xc1, 0xe2, 0x20, 0x48, 0x09,
					0xd0, 0xc3, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90 };

/* 16 bytes to be overwritten: returns 0 until then */
__attribute__((noinline, aligned(16))) uint64_t victim(void)
{
	__asm__ volatile("xor %%eax, %%eax\n\tret\n\t.fill 16, 1, 0x90" ::: "rax");
	return 0;
}

static inline uint64_t tsc(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (uint64_t)hi << 32 | lo;
}

static int check(const char *how)
{
	uint64_t t0 = tsc(), t1 = victim(), t2 = tsc();
	int ok = t0 <= t1 && t1 <= t2;
	printf("%s: the function reads the virtual clock: %s\n", how, ok ? "yes" : "no");
	return !ok;
}

int main(void)
{
	static uint8_t copier[64];
	/* mov (%rsi),%rax; mov %rax,(%rdi); mov 8(%rsi),%rax; mov %rax,8(%rdi); ret */
	static const uint8_t copy16[] = { 0x48, 0x8b, 0x06, 0x48, 0x89, 0x07, 0x48, 0x8b, 0x46,
					  0x08, 0x48, 0x89, 0x47, 0x08, 0xc3 };
	int from;

	if (hsim_vm_count() == 2) {
		if (hsim_vm_id() == 1)
			return hsim_send(0, rdtsc_code, sizeof(rdtsc_code)) == sizeof(rdtsc_code) ? 0 : 1;
		if (hsim_recv((void *)victim, sizeof(rdtsc_code), &from) != sizeof(rdtsc_code))
			return 1;
		return check("received from VM 1");
	}
	memcpy(copier, copy16, sizeof(copy16));
	((void (*)(void *, const void *))(void *)copier)((void *)victim, rdtsc_code);
	return check("copied by simulated code");
}
