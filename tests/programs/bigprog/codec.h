/*
 * codec.h - a small deflate-like compressor: LZ77 over a 32 KiB window with
 * hash chains and lazy matching, then canonical Huffman codes per block
 * (length-limited to 15 bits), or a stored block where that is smaller.
 *
 * The stream: "BPZ1", the original length (32 bits, little endian), then
 * blocks, each a final bit, a type bit (0 stored, 1 Huffman) and its data.
 * It is not deflate's format (the code lengths are sent plainly, 4 bits
 * each), only its ideas.
 */
#ifndef BIGPROG_CODEC_H
#define BIGPROG_CODEC_H

#include <stddef.h>
#include <stdint.h>

/* ---- bit streams (huff.c) ---- */
typedef struct {
	unsigned char *buf;
	size_t len, cap;
	uint64_t acc;	/* bits not yet stored, LSB first */
	int nacc;
} bitwriter;

typedef struct {
	const unsigned char *buf;
	size_t len, pos;
	uint64_t acc;
	int nacc;
} bitreader;

void bw_init(bitwriter *w);
void bw_bits(bitwriter *w, uint32_t value, int n);	/* n <= 32 */
void bw_align(bitwriter *w);
void bw_byte(bitwriter *w, unsigned b);
unsigned char *bw_finish(bitwriter *w, size_t *len);

void br_init(bitreader *r, const unsigned char *buf, size_t len);
uint32_t br_bits(bitreader *r, int n);	/* fails on a truncated stream */
void br_align(bitreader *r);

/* ---- Huffman codes (huff.c) ---- */
#define HUFF_MAXBITS 15

/* Code lengths for n symbols of the given frequencies, none over maxbits;
 * unused symbols get 0 (a lone symbol 1). Returns the tree's depth. */
int huff_lengths(const uint32_t *freq, int n, int maxbits, unsigned char *len);
/* Canonical codes (MSB first) for the lengths. */
void huff_codes(const unsigned char *len, int n, uint16_t *code);
/* Writes the code of a symbol. */
void huff_put(bitwriter *w, uint16_t code, int len);

typedef struct {
	uint16_t count[HUFF_MAXBITS + 1];
	uint16_t *symbol;
	int n;
} huff_decoder;

/* Fails if the lengths are over-subscribed. */
void huff_decoder_init(huff_decoder *d, const unsigned char *len, int n);
void huff_decoder_free(huff_decoder *d);
int huff_decode(huff_decoder *d, bitreader *r);

/* ---- the compressor (lz.c) ---- */
typedef struct {
	int max_chain;	/* hash chain links followed per position */
	int lazy;	/* try the next position before taking a match */
} lz_options;

typedef struct {
	unsigned long literals, matches, match_bytes, stored_blocks, huff_blocks;
} lz_stats;

unsigned char *lz_compress(const unsigned char *in, size_t n, const lz_options *o,
			   size_t *outlen, lz_stats *st);
/* Fails (fail()) on a corrupt stream. */
unsigned char *lz_decompress(const unsigned char *in, size_t n, size_t *outlen);

#endif
