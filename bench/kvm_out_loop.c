/* Reference for the hypercall benchmark: the cheapest possible exit loop, a
 * ring-3 guest doing `out` N times and a host that only re-enters KVM_RUN.
 * Same VM setup as hsim (lib/kvm), none of the monitor. Prints ns/exit.
 * `kvm_out_loop N int3` instead loops on int3: each one goes through the
 * ring-0 stub, which reports with `out` and irets back (exception cost). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>

#include <hsim/abi.h>
#include <hsim/error.h>
#include "kvm/kvm.h"

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 20000;
	/* mov $0x510,%edx; 1: out %eax,(%dx); jmp 1b */
	static const uint8_t code[] = { 0xba, 0x10, 0x05, 0x00, 0x00, 0xef, 0xeb, 0xfd };
	/* 1: int3; jmp 1b */
	static const uint8_t code_int3[] = { 0xcc, 0xeb, 0xfd };
	int trap = argc > 2 && !strcmp(argv[2], "int3");
	struct kvm_vcpu_ctx k;
	struct cpuid_table cpuid;
	struct timespec t0, t1;
	int r;

	uint64_t size = 16u << 20;
	uint8_t *mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (mem == MAP_FAILED)
		return 1;
	if ((r = kvmw_create(&k, mem, size)) < 0) {
		fprintf(stderr, "kvm_out_loop: %s\n", hsim_strerror(r));
		return r == HSIM_E_NO_KVM ? 77 : 1;
	}
	if (trap)
		memcpy(k.mem + HSIM_GUEST_LINK, code_int3, sizeof(code_int3));
	else
		memcpy(k.mem + HSIM_GUEST_LINK, code, sizeof(code));
	cpuid_table_build(&cpuid);
	struct hsim_cpu_state init = { .rip = HSIM_GUEST_LINK, .rflags = 0x202, .mxcsr = 0x1f80,
				       .fcw = 0x37f };
	init.gpr[HSIM_RSP] = HSIM_GUEST_STACK_TOP;
	if ((r = kvmw_boot(&k, &init, &cpuid)) < 0) {
		fprintf(stderr, "kvm_out_loop: boot: %s\n", hsim_strerror(r));
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (long i = 0; i < n; i++) {
		/* the bare ioctl: none of hsim's exit handling */
		if ((r = ioctl(k.vcpu_fd, KVM_RUN, NULL)) < 0 || k.run->exit_reason != KVM_EXIT_IO) {
			fprintf(stderr, "kvm_out_loop: unexpected exit %d/%u\n", r, k.run->exit_reason);
			return 1;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double ns = ((double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec)) / (double)n;
	printf("bare KVM_RUN %s loop: %ld exits, %.0f ns/exit\n", trap ? "int3" : "out", n, ns);
	kvmw_destroy(&k);
	munmap(mem, size);
	return 0;
}
