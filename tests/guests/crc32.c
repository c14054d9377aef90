/* CRC-32 (IEEE 802.3, reflected, poly 0xEDB88320) computed two ways -- a
 * 256-entry table and bit by bit -- over xorshift pseudo-random buffers of
 * several sizes and alignments. Exit 0 only if both methods agree everywhere
 * and the standard check value CRC("123456789") = 0xCBF43926 matches. */
#include <hsim/guest.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#ifdef QUICK
#define MAX_SIZE 16384
#else
#define MAX_SIZE 65536
#endif

static uint32_t table[256];
static uint8_t buf[MAX_SIZE + 16];

static void make_table(void)
{
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t c = i;
		for (int k = 0; k < 8; k++)
			c = (c & 1) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
		table[i] = c;
	}
}

static uint32_t crc_table(const uint8_t *p, size_t n)
{
	uint32_t c = 0xFFFFFFFFu;
	while (n--)
		c = table[(c ^ *p++) & 0xff] ^ (c >> 8);
	return c ^ 0xFFFFFFFFu;
}

static uint32_t crc_bitwise(const uint8_t *p, size_t n)
{
	uint32_t c = 0xFFFFFFFFu;
	for (size_t i = 0; i < n; i++) {
		c ^= p[i];
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
	}
	return ~c;
}

static uint64_t xs_state = 0x9E3779B97F4A7C15ull;

static uint64_t xorshift64(void)
{
	uint64_t x = xs_state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return xs_state = x;
}

int main(void)
{
	static const size_t sizes[] = { 0, 1, 2, 3, 7, 8, 15, 16, 63, 64, 255, 256,
					1000, 4095, 4096, 12345, MAX_SIZE };
	int bad = 0;

	make_table();
	for (size_t i = 0; i < sizeof buf; i++)
		buf[i] = (uint8_t)(xorshift64() >> 56);

	const char *check = "123456789";
	uint32_t ct = crc_table((const uint8_t *)check, strlen(check));
	uint32_t cb = crc_bitwise((const uint8_t *)check, strlen(check));
	printf("crc32(\"123456789\") table 0x%08" PRIx32 " bitwise 0x%08" PRIx32 "\n", ct, cb);
	if (ct != 0xCBF43926u || cb != 0xCBF43926u) {
		printf("FAIL: expected 0xcbf43926\n");
		bad = 1;
	}

	uint32_t all = 0;
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		for (size_t off = 0; off < 4; off++) {
			size_t n = sizes[i];
			uint32_t a = crc_table(buf + off, n);
			uint32_t b = crc_bitwise(buf + off, n);
			if (off == 0)
				printf("size %6zu: crc32 0x%08" PRIx32 "\n", n, a);
			if (a != b) {
				printf("FAIL: size %zu offset %zu: table 0x%08" PRIx32
				       " bitwise 0x%08" PRIx32 "\n", n, off, a, b);
				bad = 1;
			}
			all = all * 31u + a;
		}
	}
	printf("combined 0x%08" PRIx32 "\n", all);
	printf(bad ? "crc32: FAILED\n" : "crc32: OK\n");
	return bad;
}
