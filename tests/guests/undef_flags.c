/* Instructions whose flags the SDM/APM leave undefined (mul, imul, bsf,
 * shifts by a masked count, ...), each followed at once by a hypercall, so
 * that the exit's RFLAGS show what this CPU made of them: AMD and Intel
 * differ. Replay must follow the recorded vendor's rules. */
#include <stdint.h>
#include <stdio.h>
#include <hsim/abi.h>
#include <hsim/guest.h>

#define EXIT_AFTER(insn, a, b)                                                       \
	__asm__ volatile(insn "\n\tmov %[hc], %%eax\n\tmov %[port], %%edx\n\tout %%eax, %%dx" \
			 : "+b"(a), "+c"(b)                                         \
			 : [hc] "i"(HSIM_HC_VM_ID), [port] "i"(HSIM_PORT_HYPERCALL)  \
			 : "rax", "rdx", "cc", "memory")

int main(void)
{
	uint64_t x = 0x9e3779b97f4a7c15ull, sum = 0;
	for (int i = 0; i < 64; i++) {
		uint64_t a = x, b = (uint64_t)i;
		EXIT_AFTER("mov %%rbx, %%rax\n\tmul %%rcx", a, b);      /* SF ZF AF PF */
		EXIT_AFTER("imul %%rcx, %%rbx", a, b);                  /* SF ZF AF PF */
		EXIT_AFTER("bsf %%rbx, %%rcx", a, b);                   /* CF OF SF AF PF */
		EXIT_AFTER("shl %%cl, %%rbx", a, b);                    /* AF (OF for counts > 1) */
		EXIT_AFTER("shrd %%cl, %%rbx, %%rbx", a, b);
		sum += a ^ b;
		x = x * 6364136223846793005ull + 1442695040888963407ull;
	}
	printf("undef_flags %llx\n", (unsigned long long)sum);
	return 0;
}
