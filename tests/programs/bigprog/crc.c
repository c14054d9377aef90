/*
 * crc.c - checksums.  The CRC-32 table is computed on first use; the
 * bitwise version checks it in the self-test.
 */
#include "crc.h"

#define CRC_POLY 0xedb88320u

static uint32_t crc_table[256];
static int crc_ready;

static void crc_init(void)
{
	uint32_t n, k, c;

	for (n = 0; n < 256; n++) {
		c = n;
		for (k = 0; k < 8; k++)
			c = (c & 1) ? CRC_POLY ^ (c >> 1) : c >> 1;
		crc_table[n] = c;
	}
	crc_ready = 1;
}

uint32_t crc32_update(uint32_t crc, const void *p, size_t n)
{
	const unsigned char *b = p;

	if (!crc_ready)
		crc_init();
	crc = ~crc;
	while (n--)
		crc = crc_table[(crc ^ *b++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

uint32_t crc32_bitwise(const void *p, size_t n)
{
	const unsigned char *b = p;
	uint32_t crc = 0xffffffffu;
	int k;

	while (n--) {
		crc ^= *b++;
		for (k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (CRC_POLY & (0u - (crc & 1)));
	}
	return ~crc;
}

uint32_t adler32_update(uint32_t adler, const void *p, size_t n)
{
	const unsigned char *b = p;
	uint32_t a = adler & 0xffff, s = adler >> 16;
	size_t chunk;

	/* 5552 bytes is the most that cannot overflow 32 bits before the mod. */
	while (n) {
		chunk = n < 5552 ? n : 5552;
		n -= chunk;
		while (chunk--) {
			a += *b++;
			s += a;
		}
		a %= 65521;
		s %= 65521;
	}
	return (s << 16) | a;
}
