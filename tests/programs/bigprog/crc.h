/* crc.h - CRC-32 (the IEEE 802.3 polynomial, reflected) and Adler-32. */
#ifndef BIGPROG_CRC_H
#define BIGPROG_CRC_H

#include <stddef.h>
#include <stdint.h>

/* crc32_update(0, p, n) is the CRC-32 of p; feed pieces to continue one. */
uint32_t crc32_update(uint32_t crc, const void *p, size_t n);
uint32_t crc32_bitwise(const void *p, size_t n);	/* the slow reference */
uint32_t adler32_update(uint32_t adler, const void *p, size_t n);	/* start at 1 */

#endif
