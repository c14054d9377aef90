/* The CPU-bound integer kernel shared by the checksum guest
 * (tests/guests/checksum.c) and its native twin (bench/native_checksum.c),
 * so that the benchmark compares identical code. Multiplies, xors, rotates,
 * adds and data-dependent loads/stores over a 64 KiB table. */
#ifndef HSIM_CHECKSUM_KERNEL_H
#define HSIM_CHECKSUM_KERNEL_H

#include <stdint.h>

#define CHECKSUM_TABLE_WORDS 8192 /* 8192 * 8 bytes = 64 KiB */

static inline uint64_t checksum_rotl(uint64_t x, unsigned r)
{
	return (x << (r & 63)) | (x >> ((64 - r) & 63));
}

/* Runs `iters` rounds; `table` must have CHECKSUM_TABLE_WORDS entries and is
 * initialised here. Returns the checksum. */
static uint64_t checksum_kernel(uint64_t *table, uint64_t iters)
{
	uint64_t a = 0x243F6A8885A308D3ull, b = 0x13198A2E03707344ull;
	uint64_t c = 0xA4093822299F31D0ull, d = 0x082EFA98EC4E6C89ull;

	for (uint64_t i = 0; i < CHECKSUM_TABLE_WORDS; i++) {
		a = a * 6364136223846793005ull + 1442695040888963407ull;
		table[i] = a ^ (a >> 29);
	}
	for (uint64_t i = 0; i < iters; i++) {
		uint64_t idx = (a ^ (b >> 17)) & (CHECKSUM_TABLE_WORDS - 1);
		uint64_t t = table[idx];
		a = (a + t) * 0x9E3779B97F4A7C15ull;
		b ^= checksum_rotl(a, (unsigned)(t & 63));
		c += b ^ (c >> 23);
		d = checksum_rotl(d ^ c, 27) * 5 + 0x52dce729;
		table[idx] = t ^ d ^ i;
		b += (uint32_t)d * (uint64_t)(uint32_t)(c >> 32);
	}
	return a ^ checksum_rotl(b, 13) ^ checksum_rotl(c, 29) ^ checksum_rotl(d, 47);
}

#endif
