/* The guest's inputs that are not hypercalls: rdtsc, rdtscp (with TSC_AUX in
 * ecx), rdrand and rdseed in their 16-, 32- and 64-bit forms (with CF), next
 * to the hypercalls hsim_time_ns and hsim_random. Run with a fixed clock step
 * and seed (--clock-step, --seed) the output is the same in every engine and
 * in every run. */
#include <stdint.h>
#include <stdio.h>
#include <hsim/guest.h>

#define ROUNDS 4

static uint64_t rdtsc(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

static uint64_t rdtscp(uint32_t *aux)
{
	uint32_t lo, hi, c;
	__asm__ volatile("rdtscp" : "=a"(lo), "=d"(hi), "=c"(c));
	*aux = c;
	return ((uint64_t)hi << 32) | lo;
}

/* Each form leaves CF in *cf; the value is what the instruction wrote. */
#define RAND_FORM(name, insn, type)                                                   \
	static type name(int *cf)                                                     \
	{                                                                             \
		type v;                                                               \
		unsigned char c;                                                      \
		__asm__ volatile(insn " %0; setc %1" : "=r"(v), "=qm"(c) : : "cc");   \
		*cf = c;                                                              \
		return v;                                                             \
	}
RAND_FORM(rdrand16, "rdrand", uint16_t)
RAND_FORM(rdrand32, "rdrand", uint32_t)
RAND_FORM(rdrand64, "rdrand", uint64_t)
RAND_FORM(rdseed16, "rdseed", uint16_t)
RAND_FORM(rdseed32, "rdseed", uint32_t)
RAND_FORM(rdseed64, "rdseed", uint64_t)

int main(void)
{
	uint64_t t, last_tsc = 0, last_ns = 0;
	uint32_t aux;
	int cf, i, backwards = 0;

	for (i = 0; i < ROUNDS; i++) {
		t = rdtsc();
		printf("round %d: rdtsc %llu\n", i, (unsigned long long)t);
		backwards += t < last_tsc;
		last_tsc = t;
		t = rdtscp(&aux);
		printf("round %d: rdtscp %llu ecx 0x%x\n", i, (unsigned long long)t, aux);
		backwards += t < last_tsc;
		last_tsc = t;

		uint16_t r16 = rdrand16(&cf);
		printf("round %d: rdrand16 0x%04x cf %d\n", i, r16, cf);
		uint32_t r32 = rdrand32(&cf);
		printf("round %d: rdrand32 0x%08x cf %d\n", i, r32, cf);
		uint64_t r64 = rdrand64(&cf);
		printf("round %d: rdrand64 0x%016llx cf %d\n", i, (unsigned long long)r64, cf);
		r16 = rdseed16(&cf);
		printf("round %d: rdseed16 0x%04x cf %d\n", i, r16, cf);
		r32 = rdseed32(&cf);
		printf("round %d: rdseed32 0x%08x cf %d\n", i, r32, cf);
		r64 = rdseed64(&cf);
		printf("round %d: rdseed64 0x%016llx cf %d\n", i, (unsigned long long)r64, cf);

		t = hsim_time_ns();
		printf("round %d: hsim_time_ns %llu\n", i, (unsigned long long)t);
		backwards += t < last_ns;
		last_ns = t;
		printf("round %d: hsim_random 0x%016llx\n", i, (unsigned long long)hsim_random());
	}
	printf("tsc_rand: clocks went backwards %d times\n", backwards);
	return backwards != 0;
}
