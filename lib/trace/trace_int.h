/* Internals of the trace library shared by writer and reader: the constants
 * of docs/trace-format.md, byte and varint helpers, the record codec. */
#ifndef HSIM_LIB_TRACE_INT_H
#define HSIM_LIB_TRACE_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <hsim/trace.h>

#define TR_VERSION_OLDEST 1u        /* the reader reads TR_VERSION_OLDEST..HSIM_TRACE_VERSION */
#define TR_MAGIC "HSIMTRC\x1a"
#define TR_END_MAGIC "HSIMEND\x1a"
#define TR_FILE_HDR 32u
#define TR_FRAME_HDR 48u
#define TR_FOOTER 32u
#define TR_INDEX_ENTRY 48u
#define TR_FRAME_MAGIC 0x52465348u  /* "HSFR" */
#define TR_INDEX_MAGIC 0x58495348u  /* "HSIX" */
#define TR_MAX_USIZE (1u << 30)
#define TR_MAX_VMS 65536u
#define TR_NREGS 18                 /* gpr[16], rip, rflags */
#define TR_NEXT 62                  /* the other fields of a full state (41..61: x87) */

/* Upper bounds of encoded record sizes, without variable payloads. */
#define TR_REGS_MAX (3 + TR_NREGS * 10)
#define TR_STATE_MAX (TR_REGS_MAX + 6 + TR_NEXT * 10)
#define TR_EXIT_MAX (1 + 10 + TR_REGS_MAX + 1 + 3 + 10 + 1 + 16 * 10)
#define TR_REC_HEAD_MAX 11

uint32_t tr_crc32c(const void *p, size_t n);

static inline void tr_put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}
static inline void tr_put64(uint8_t *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}
static inline uint32_t tr_get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint64_t tr_get64(const uint8_t *p)
{
	return (uint64_t)tr_get32(p) | (uint64_t)tr_get32(p + 4) << 32;
}
static inline uint8_t *tr_put_varint(uint8_t *p, uint64_t v)
{
	while (v >= 0x80) {
		*p++ = (uint8_t)(v | 0x80);
		v >>= 7;
	}
	*p++ = (uint8_t)v;
	return p;
}
static inline uint64_t tr_zz(uint64_t v)
{
	return (v << 1) ^ (uint64_t)-(int64_t)(v >> 63);
}
static inline uint64_t tr_unzz(uint64_t v)
{
	return (v >> 1) ^ (uint64_t)-(int64_t)(v & 1);
}

/* host features a version 2 header may hold: known bits only, and none
 * without HSIM_TRACE_HOSTF_KNOWN */
static inline int tr_features_ok(uint32_t f)
{
	return !(f & ~HSIM_TRACE_HOSTF_ALL) && (f == 0 || (f & HSIM_TRACE_HOSTF_KNOWN));
}

/* A growable byte buffer (header block, index). */
struct tr_buf {
	uint8_t *p;
	size_t len, cap;
	int oom;
};
uint8_t *tr_buf_reserve(struct tr_buf *b, size_t n);
void tr_buf_varint(struct tr_buf *b, uint64_t v);
void tr_buf_bytes(struct tr_buf *b, const void *p, size_t n);  /* varint length + bytes */

/* A decoding cursor: reading past the end sets bad and yields zeros, so a
 * decoder checks once at the end instead of at every field. */
struct tr_cur {
	const uint8_t *p, *end;
	int bad;
};
uint64_t tr_get_varint(struct tr_cur *c);
uint8_t tr_get_u8(struct tr_cur *c);
const uint8_t *tr_get_raw(struct tr_cur *c, size_t n);

/* The per-VM delta base of a frame (docs/trace-format.md, Records). */
struct tr_base {
	struct hsim_cpu_state st;
	uint64_t event;
};

/* Encoders write at p (enough room: the TR_*_MAX bounds plus payloads) and
 * return the end. */
uint8_t *tr_enc_exit(uint8_t *p, struct tr_base *b, uint64_t event_no,
		     const struct hsim_exit *ex, int entry, unsigned cls,
		     const struct hsim_cpu_state *st);
uint8_t *tr_enc_input(uint8_t *p, struct tr_base *b, uint64_t event_no, unsigned kind,
		      const void *data, size_t len, uint64_t seq);
uint8_t *tr_enc_state(uint8_t *p, struct tr_base *b, uint64_t event_no, unsigned type,
		      const struct hsim_cpu_state *st, uint64_t insns);
uint8_t *tr_enc_checkpoint(uint8_t *p, struct tr_base *b, uint64_t event_no,
			   const struct hsim_cpu_state *st,
			   const struct hsim_trace_page *pages, size_t npages);
uint8_t *tr_enc_end(uint8_t *p, struct tr_base *b, uint64_t event_no, int status,
		    int64_t exit_code, int error, const char *detail, size_t dlen);

/* Decodes one record; page entries go to *pages (grown as needed). Returns 0,
 * -ENOMEM, or HSIM_E_TRACE_CORRUPT with *why set. */
int tr_dec_record(struct tr_cur *c, struct tr_base *b, struct hsim_trace_record *rec,
		  struct hsim_trace_page **pages, size_t *pages_cap, const char **why);

/* The header block's content (docs/trace-format.md, Header block), in
 * version HSIM_TRACE_VERSION. */
int tr_enc_header(struct tr_buf *b, const struct hsim_trace_header *h, uint32_t frame_size);

/* A decoded header owns its strings and arrays. */
struct tr_header {
	struct hsim_trace_header h;
	struct hsim_trace_image *images;
	unsigned *vm_image;
	struct hsim_trace_cpuid *cpuid;
	char **strs;        /* simulate then argv */
	struct hsim_trace_vm_start *vm_start;  /* version 3 */
	char **start_strs;  /* every VM's argv then envp, NULL-terminated */
	char *events;
	void *blob;         /* the decompressed block the image data point into */
};
/* version: the file header's (TR_VERSION_OLDEST..HSIM_TRACE_VERSION); it
 * ends up in th->h.version. */
int tr_dec_header(struct tr_header *th, void *blob, size_t len, uint32_t version,
		  const char **why);
void tr_header_free(struct tr_header *th);

#endif
