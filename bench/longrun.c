/* A long CPU-bound run with an exit every round (a clock read): the
 * single-VM trace that `make bench` splits into --segment stretches. */
#include <stdint.h>
#include <stdio.h>
#include <hsim/guest.h>

#ifndef ROUNDS
#define ROUNDS 200
#endif
#ifndef WORK
#define WORK 1000000u
#endif

int main(void)
{
	uint64_t h = 0xcbf29ce484222325ull, t = 0;
	static uint8_t buf[1 << 16];
	for (unsigned r = 0; r < ROUNDS; r++) {
		for (unsigned i = 0; i < WORK; i++) {
			h = (h ^ (i + r)) * 0x100000001b3ull;
			buf[(h >> 7) & (sizeof(buf) - 1)] ^= (uint8_t)h;
		}
		t += hsim_time_ns() & 1;
	}
	printf("longrun: %llx %llu\n", (unsigned long long)h, (unsigned long long)t);
	return 0;
}
