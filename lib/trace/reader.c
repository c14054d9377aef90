/* The trace reader: finds frames through the index (or by walking frame
 * headers when there is none), decodes one frame at a time, seeks. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>
#include <hsim/error.h>
#include "trace/trace_int.h"

struct frame_ent {
	uint64_t off;
	uint32_t vm, csize, usize, nrec, ncp;
	uint64_t first, last;
};

struct hsim_trace_reader {
	int fd;
	uint64_t fsize;
	struct tr_header hdr;
	uint64_t data_start;
	struct frame_ent *fr;
	size_t nfr, capfr;
	uint64_t ncp;
	int has_index;
	/* how the frames end: 0, or TRUNCATED / CORRUPT at tail_off */
	int tail_err;
	uint64_t tail_off;
	char tail_msg[256];
	/* the first damage seen (open or reading) */
	int dmg;
	uint64_t dmg_frame, dmg_off;

	ZSTD_DCtx *dctx;
	uint8_t *cbuf, *ubuf;
	size_t ccap, ucap;

	/* iteration */
	size_t cur_frame;
	int loaded;
	struct tr_cur cur;
	struct tr_base base;
	uint32_t rec_in_frame, cp_in_frame;
	int filter;
	struct hsim_trace_page *pages;
	size_t pages_cap;
	char *detail;
	size_t detail_cap;
	char msg[320];
};

static void say(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	if (!buf || !n)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, n, fmt, ap);
	va_end(ap);
}

/* Reads exactly n bytes at off; a short read means the file ends there. */
static int read_at(int fd, void *buf, size_t n, uint64_t off)
{
	uint8_t *p = buf;
	while (n) {
		ssize_t k = pread(fd, p, n, (off_t)off);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		if (k == 0)
			return HSIM_E_TRACE_TRUNCATED;
		p += k;
		n -= (size_t)k;
		off += (uint64_t)k;
	}
	return 0;
}

static int grow(uint8_t **p, size_t *cap, size_t n)
{
	if (n <= *cap)
		return 0;
	uint8_t *q = realloc(*p, n);
	if (!q)
		return -ENOMEM;
	*p = q;
	*cap = n;
	return 0;
}

/* Decompresses one zstd frame of exactly usize bytes into r->ubuf. */
static int unzstd(struct hsim_trace_reader *r, const void *src, size_t n, size_t usize,
		  const char **why)
{
	unsigned long long cs = ZSTD_getFrameContentSize(src, n);
	if (cs != usize) {
		*why = "zstd frame header does not match the frame's size";
		return HSIM_E_TRACE_CORRUPT;
	}
	if (grow(&r->ubuf, &r->ucap, usize ? usize : 1))
		return -ENOMEM;
	ZSTD_DCtx_reset(r->dctx, ZSTD_reset_session_only);
	ZSTD_inBuffer in = { src, n, 0 };
	ZSTD_outBuffer out = { r->ubuf, usize, 0 };
	size_t rc;
	/* every round makes progress or ends: bounded by input plus output */
	for (;;) {
		size_t in0 = in.pos, out0 = out.pos;
		rc = ZSTD_decompressStream(r->dctx, &out, &in);
		if (ZSTD_isError(rc)) {
			*why = ZSTD_getErrorName(rc);
			return HSIM_E_TRACE_CORRUPT;
		}
		if (rc == 0 || (in.pos == in0 && out.pos == out0))
			break;
	}
	if (rc || in.pos != in.size || out.pos != usize) {
		*why = "zstd frame does not end where it should";
		return HSIM_E_TRACE_CORRUPT;
	}
	return 0;
}

static void damage(struct hsim_trace_reader *r, int err, uint64_t frame, uint64_t off)
{
	if (!r->dmg) {
		r->dmg = err;
		r->dmg_frame = frame;
		r->dmg_off = off;
	}
}

/* Checks a frame header; fills fe (except off). */
static int parse_frame_header(struct hsim_trace_reader *r, const uint8_t *h,
			      struct frame_ent *fe, const char **why)
{
	if (tr_get32(h) != TR_FRAME_MAGIC) {
		*why = "no frame header here";
		return HSIM_E_TRACE_CORRUPT;
	}
	if (tr_crc32c(h, 44) != tr_get32(h + 44)) {
		*why = "frame header checksum mismatch";
		return HSIM_E_TRACE_CORRUPT;
	}
	fe->vm = tr_get32(h + 4);
	fe->csize = tr_get32(h + 8);
	fe->usize = tr_get32(h + 12);
	fe->nrec = tr_get32(h + 16);
	fe->ncp = tr_get32(h + 20);
	fe->first = tr_get64(h + 24);
	fe->last = tr_get64(h + 32);
	if (fe->vm >= r->hdr.h.nvms || !fe->usize || fe->usize > TR_MAX_USIZE || !fe->nrec ||
	    fe->nrec > fe->usize / 2 || fe->ncp > fe->nrec || !fe->csize) {
		*why = "frame header fields out of range";
		return HSIM_E_TRACE_CORRUPT;
	}
	return 0;
}

static int add_frame(struct hsim_trace_reader *r, const struct frame_ent *fe)
{
	if (r->nfr == r->capfr) {
		size_t cap = r->capfr ? r->capfr * 2 : 64;
		struct frame_ent *p = realloc(r->fr, cap * sizeof(*p));
		if (!p)
			return -ENOMEM;
		r->fr = p;
		r->capfr = cap;
	}
	r->fr[r->nfr++] = *fe;
	r->ncp += fe->ncp;
	return 0;
}

/* The index, if the footer is whole and everything agrees; *why says what
 * is wrong with a damaged one (NULL: there is simply no footer). */
static int load_index(struct hsim_trace_reader *r, const char **why, uint64_t *where)
{
	uint8_t f[TR_FOOTER];

	*why = NULL;
	if (r->fsize < r->data_start + TR_FOOTER + 12)
		return 1;
	if (read_at(r->fd, f, TR_FOOTER, r->fsize - TR_FOOTER))
		return 1;
	if (memcmp(f + 24, TR_END_MAGIC, 8))
		return 1;
	*where = r->fsize - TR_FOOTER;
	*why = "footer checksum mismatch";
	if (tr_crc32c(f, 20) != tr_get32(f + 20))
		return 1;
	uint64_t ix = tr_get64(f), ixn = tr_get64(f + 8);
	*why = "footer does not point at an index";
	if (tr_get32(f + 16) != r->hdr.h.version || ix < r->data_start || ixn < 12 ||
	    ixn > r->fsize || ix != r->fsize - TR_FOOTER - ixn || (ixn - 12) % TR_INDEX_ENTRY)
		return 1;
	uint8_t *p = malloc((size_t)ixn);
	if (!p)
		return -ENOMEM;
	*where = ix;
	*why = "index checksum mismatch";
	if (read_at(r->fd, p, (size_t)ixn, ix) || tr_crc32c(p, ixn - 4) != tr_get32(p + ixn - 4))
		goto bad;
	uint32_t n = tr_get32(p + 4);
	*why = "index header is wrong";
	if (tr_get32(p) != TR_INDEX_MAGIC || 12 + (uint64_t)n * TR_INDEX_ENTRY != ixn)
		goto bad;
	uint64_t off = r->data_start;
	for (uint32_t i = 0; i < n; i++) {
		const uint8_t *e = p + 8 + (size_t)i * TR_INDEX_ENTRY;
		struct frame_ent fe = {
			.off = tr_get64(e), .vm = tr_get32(e + 8), .csize = tr_get32(e + 12),
			.usize = tr_get32(e + 16), .nrec = tr_get32(e + 20), .ncp = tr_get32(e + 24),
			.first = tr_get64(e + 32), .last = tr_get64(e + 40),
		};
		*why = "index entry is inconsistent";
		if (fe.off != off || fe.vm >= r->hdr.h.nvms || !fe.nrec || !fe.usize ||
		    fe.usize > TR_MAX_USIZE || fe.ncp > fe.nrec || tr_get32(e + 28) ||
		    fe.off + TR_FRAME_HDR + fe.csize > ix)
			goto bad;
		off += TR_FRAME_HDR + fe.csize;
		int rc = add_frame(r, &fe);
		if (rc) {
			free(p);
			return rc;
		}
	}
	*why = "index does not cover the frames";
	if (off != ix)
		goto bad;
	free(p);
	*why = NULL;
	return 0;
bad:
	free(p);
	r->nfr = 0;
	r->ncp = 0;
	return 1;
}

static void tail(struct hsim_trace_reader *r, int err, uint64_t off, const char *fmt, ...)
{
	va_list ap;
	r->tail_err = err;
	r->tail_off = off;
	va_start(ap, fmt);
	vsnprintf(r->tail_msg, sizeof(r->tail_msg), fmt, ap);
	va_end(ap);
	if (err == HSIM_E_TRACE_CORRUPT)
		damage(r, err, r->nfr, off);
}

/* Walks frame headers from the first frame: a trace without an index. */
static int scan(struct hsim_trace_reader *r, const char *ix_why, uint64_t ix_where)
{
	uint64_t off = r->data_start;
	uint8_t h[TR_FRAME_HDR];
	const char *why;

	for (;;) {
		uint64_t rem = r->fsize - off;
		if (rem == 0) {
			tail(r, HSIM_E_TRACE_TRUNCATED, off, "ends after frame %zu at byte %" PRIu64
			     " without an index (its writer did not finish)", r->nfr, off);
			return 0;
		}
		size_t n = rem < TR_FRAME_HDR ? (size_t)rem : TR_FRAME_HDR;
		int rc = read_at(r->fd, h, n, off);
		if (rc < 0 && rc != HSIM_E_TRACE_TRUNCATED)
			return rc;
		uint32_t magic = n >= 4 ? tr_get32(h) : 0;
		if (n < 4 || (magic == TR_FRAME_MAGIC && n < TR_FRAME_HDR)) {
			tail(r, HSIM_E_TRACE_TRUNCATED, off,
			     "ends inside the header of frame %zu at byte %" PRIu64, r->nfr, off);
			return 0;
		}
		if (magic == TR_INDEX_MAGIC) {
			if (ix_why) {
				tail(r, HSIM_E_TRACE_CORRUPT, ix_where, "%s at byte %" PRIu64, ix_why,
				     ix_where);
			} else if (n >= 8 && off + 12 + (uint64_t)tr_get32(h + 4) * TR_INDEX_ENTRY +
						     TR_FOOTER == r->fsize) {
				tail(r, HSIM_E_TRACE_CORRUPT, r->fsize - TR_FOOTER,
				     "footer damaged at byte %" PRIu64, r->fsize - TR_FOOTER);
			} else {
				tail(r, HSIM_E_TRACE_TRUNCATED, off,
				     "ends inside its index at byte %" PRIu64 " (no footer)", off);
			}
			return 0;
		}
		struct frame_ent fe = { .off = off };
		rc = parse_frame_header(r, h, &fe, &why);
		if (rc) {
			tail(r, rc, off, "frame %zu at byte %" PRIu64 ": %s", r->nfr, off, why);
			return 0;
		}
		if (TR_FRAME_HDR + (uint64_t)fe.csize > rem) {
			tail(r, HSIM_E_TRACE_TRUNCATED, off,
			     "ends inside frame %zu (byte %" PRIu64 ", %" PRIu64 " of its %u bytes)",
			     r->nfr, off, rem, TR_FRAME_HDR + fe.csize);
			return 0;
		}
		rc = add_frame(r, &fe);
		if (rc)
			return rc;
		off += TR_FRAME_HDR + fe.csize;
	}
}

void hsim_trace_close(struct hsim_trace_reader *r)
{
	if (!r)
		return;
	if (r->fd >= 0)
		close(r->fd);
	tr_header_free(&r->hdr);
	ZSTD_freeDCtx(r->dctx);
	free(r->fr);
	free(r->cbuf);
	free(r->ubuf);
	free(r->pages);
	free(r->detail);
	free(r);
}

static int open_header(struct hsim_trace_reader *r, char *err, size_t errlen)
{
	uint8_t h[TR_FILE_HDR];
	size_t n = r->fsize < TR_FILE_HDR ? (size_t)r->fsize : TR_FILE_HDR;
	int rc = read_at(r->fd, h, n, 0);
	const char *why;

	if (rc < 0 && rc != HSIM_E_TRACE_TRUNCATED)
		return rc;
	/* the writer creates the file, then writes the header: a recorder
	 * killed in between leaves an empty file */
	if (n == 0) {
		say(err, errlen, "trace truncated: the file is empty (its writer stopped before "
		    "writing the file header)");
		return HSIM_E_TRACE_TRUNCATED;
	}
	if (memcmp(h, TR_MAGIC, n < 8 ? n : 8)) {
		say(err, errlen, "not an hsim trace (bad magic at byte 0)");
		return HSIM_E_TRACE_FORMAT;
	}
	if (n < 12) {
		say(err, errlen, "trace truncated inside its file header (%zu bytes)", n);
		return HSIM_E_TRACE_TRUNCATED;
	}
	uint32_t v = tr_get32(h + 8);
	if (v < TR_VERSION_OLDEST || v > HSIM_TRACE_VERSION) {
		say(err, errlen, "trace format version %u, this reader knows versions %u %s %u%s",
		    v, TR_VERSION_OLDEST, HSIM_TRACE_VERSION - TR_VERSION_OLDEST > 1 ? "to" : "and",
		    HSIM_TRACE_VERSION,
		    v > HSIM_TRACE_VERSION ? " (written by a newer hsim)" : "");
		return HSIM_E_TRACE_VERSION;
	}
	if (n < TR_FILE_HDR) {
		say(err, errlen, "trace truncated inside its file header (%zu bytes)", n);
		return HSIM_E_TRACE_TRUNCATED;
	}
	if (tr_crc32c(h, 28) != tr_get32(h + 28) || tr_get32(h + 12)) {
		say(err, errlen, "trace file header corrupt (bytes 0-31: checksum or flags)");
		return HSIM_E_TRACE_CORRUPT;
	}
	uint32_t cs = tr_get32(h + 16), us = tr_get32(h + 20);
	if (us > TR_MAX_USIZE || !cs) {
		say(err, errlen, "trace file header corrupt: header block size %u", us);
		return HSIM_E_TRACE_CORRUPT;
	}
	if (TR_FILE_HDR + (uint64_t)cs > r->fsize) {
		say(err, errlen, "trace truncated inside its header block (byte %" PRIu64 " of %u)",
		    r->fsize, TR_FILE_HDR + cs);
		return HSIM_E_TRACE_TRUNCATED;
	}
	if ((rc = grow(&r->cbuf, &r->ccap, cs)) || (rc = read_at(r->fd, r->cbuf, cs, TR_FILE_HDR)))
		return rc;
	if (tr_crc32c(r->cbuf, cs) != tr_get32(h + 24)) {
		say(err, errlen, "trace header block corrupt (checksum, bytes 32-%u)", TR_FILE_HDR + cs - 1);
		return HSIM_E_TRACE_CORRUPT;
	}
	rc = unzstd(r, r->cbuf, cs, us, &why);
	if (rc) {
		say(err, errlen, "trace header block corrupt (byte 32): %s", why);
		return rc;
	}
	/* the header keeps the block (images point into it) */
	void *blob = r->ubuf;
	r->ubuf = NULL;
	r->ucap = 0;
	rc = tr_dec_header(&r->hdr, blob, us, v, &why);
	if (rc) {
		say(err, errlen, "trace header block corrupt (byte 32): %s", why);
		return rc;
	}
	r->data_start = TR_FILE_HDR + cs;
	return 0;
}

int hsim_trace_open(struct hsim_trace_reader **out, const char *path, char *err, size_t errlen)
{
	struct stat sb;
	int rc;

	say(err, errlen, "%s", "");
	if (!out || !path)
		return HSIM_E_INVAL;
	*out = NULL;
	struct hsim_trace_reader *r = calloc(1, sizeof(*r));
	if (!r)
		return -ENOMEM;
	r->filter = -1;
	r->dmg_frame = UINT64_MAX;
	r->fd = open(path, O_RDONLY | O_CLOEXEC);
	if (r->fd < 0 || fstat(r->fd, &sb)) {
		rc = -errno;
		say(err, errlen, "%s: %s", path, strerror(-rc));
		hsim_trace_close(r);
		return rc;
	}
	r->fsize = (uint64_t)sb.st_size;
	r->dctx = ZSTD_createDCtx();
	if (!r->dctx) {
		hsim_trace_close(r);
		return -ENOMEM;
	}
	rc = open_header(r, err, errlen);
	if (rc) {
		hsim_trace_close(r);
		return rc;
	}
	const char *ix_why;
	uint64_t ix_where = 0;
	rc = load_index(r, &ix_why, &ix_where);
	if (rc == 0)
		r->has_index = 1;
	else if (rc == 1)
		rc = scan(r, ix_why, ix_where);
	if (rc < 0) {
		hsim_trace_close(r);
		return rc;
	}
	*out = r;
	return 0;
}

const struct hsim_trace_header *hsim_trace_get_header(const struct hsim_trace_reader *r)
{
	return r ? &r->hdr.h : NULL;
}

unsigned hsim_trace_vm_count(const struct hsim_trace_reader *r)
{
	return r ? r->hdr.h.nvms : 0;
}

uint64_t hsim_trace_frame_count(const struct hsim_trace_reader *r)
{
	return r ? r->nfr : 0;
}

uint64_t hsim_trace_checkpoint_count(const struct hsim_trace_reader *r)
{
	return r ? r->ncp : 0;
}

uint64_t hsim_trace_last_event(const struct hsim_trace_reader *r, unsigned vm)
{
	for (size_t i = r ? r->nfr : 0; i-- > 0;)
		if (r->fr[i].vm == vm)
			return r->fr[i].last;
	return HSIM_TRACE_NO_EVENT;
}

void hsim_trace_status(const struct hsim_trace_reader *r, struct hsim_trace_status *s)
{
	memset(s, 0, sizeof(*s));
	s->error_frame = UINT64_MAX;
	s->last_event = HSIM_TRACE_NO_EVENT;
	if (!r)
		return;
	s->has_index = r->has_index;
	s->truncated = r->tail_err == HSIM_E_TRACE_TRUNCATED;
	s->file_size = r->fsize;
	s->frames = r->nfr;
	s->data_end = r->nfr ? r->fr[r->nfr - 1].off + TR_FRAME_HDR + r->fr[r->nfr - 1].csize
			     : r->data_start;
	s->error = r->dmg ? r->dmg : r->tail_err;
	if (r->dmg) {
		s->error_frame = r->dmg_frame;
		s->error_offset = r->dmg_off;
	} else if (r->tail_err) {
		s->error_offset = r->tail_off;
	}
	if (r->nfr) {
		s->last_vm = r->fr[r->nfr - 1].vm;
		s->last_event = r->fr[r->nfr - 1].last;
	}
	for (uint64_t i = 0; i < r->nfr; i++) {
		s->uncompressed += r->fr[i].usize;
		s->compressed += r->fr[i].csize;
	}
}

const char *hsim_trace_error(const struct hsim_trace_reader *r)
{
	return r ? r->msg : "";
}

/* The frame's records become the iteration's: read, check, decompress. */
static int load_frame(struct hsim_trace_reader *r, size_t k)
{
	const struct frame_ent *fe = &r->fr[k];
	uint8_t h[TR_FRAME_HDR];
	struct frame_ent got;
	const char *why = "frame ends early";
	int rc;

	r->loaded = 0;
	rc = read_at(r->fd, h, TR_FRAME_HDR, fe->off);
	if (rc == 0)
		rc = parse_frame_header(r, h, &got, &why);
	if (rc == 0 && (got.vm != fe->vm || got.csize != fe->csize || got.usize != fe->usize ||
			got.nrec != fe->nrec || got.ncp != fe->ncp || got.first != fe->first ||
			got.last != fe->last)) {
		why = "frame header disagrees with the index";
		rc = HSIM_E_TRACE_CORRUPT;
	}
	if (rc == 0 && !(rc = grow(&r->cbuf, &r->ccap, fe->csize)))
		rc = read_at(r->fd, r->cbuf, fe->csize, fe->off + TR_FRAME_HDR);
	if (rc == 0 && tr_crc32c(r->cbuf, fe->csize) != tr_get32(h + 40)) {
		why = "frame checksum mismatch";
		rc = HSIM_E_TRACE_CORRUPT;
	}
	if (rc == 0)
		rc = unzstd(r, r->cbuf, fe->csize, fe->usize, &why);
	if (rc) {
		if (rc == HSIM_E_TRACE_TRUNCATED)
			rc = HSIM_E_TRACE_CORRUPT; /* the file shrank under us */
		if (rc == HSIM_E_TRACE_CORRUPT)
			damage(r, rc, k, fe->off);
		say(r->msg, sizeof(r->msg), "frame %zu at byte %" PRIu64 ": %s", k, fe->off,
		    rc == HSIM_E_TRACE_CORRUPT ? why : strerror(-rc));
		return rc;
	}
	r->cur.p = r->ubuf;
	r->cur.end = r->ubuf + fe->usize;
	r->cur.bad = 0;
	memset(&r->base, 0, sizeof(r->base));
	r->rec_in_frame = r->cp_in_frame = 0;
	r->loaded = 1;
	r->cur_frame = k;
	return 0;
}

static int frame_bad(struct hsim_trace_reader *r, const char *why)
{
	const struct frame_ent *fe = &r->fr[r->cur_frame];
	uint64_t at = (uint64_t)(r->cur.p - r->ubuf);

	damage(r, HSIM_E_TRACE_CORRUPT, r->cur_frame, fe->off);
	say(r->msg, sizeof(r->msg), "frame %zu at byte %" PRIu64 ": record %u (byte %" PRIu64
	    " of its content): %s", r->cur_frame, fe->off, r->rec_in_frame, at, why);
	r->loaded = 0;
	r->cur_frame++;
	return HSIM_E_TRACE_CORRUPT;
}

/* Decodes the next record of the loaded frame: 1, 0 at its end, or an error. */
static int decode_one(struct hsim_trace_reader *r, struct hsim_trace_record *rec)
{
	const struct frame_ent *fe = &r->fr[r->cur_frame];
	const char *why;

	if (r->rec_in_frame == fe->nrec) {
		if (r->cur.p != r->cur.end)
			return frame_bad(r, "bytes after the last record");
		if (r->cp_in_frame != fe->ncp)
			return frame_bad(r, "checkpoint count differs from the frame header");
		if (r->base.event != fe->last)
			return frame_bad(r, "last event differs from the frame header");
		r->loaded = 0;
		r->cur_frame++;
		return 0;
	}
	int rc = tr_dec_record(&r->cur, &r->base, rec, &r->pages, &r->pages_cap, &why);
	if (rc == -ENOMEM)
		return rc;
	if (rc)
		return frame_bad(r, why);
	if (r->rec_in_frame == 0 && rec->event_no != fe->first)
		return frame_bad(r, "first event differs from the frame header");
	if (rec->type == HSIM_TREC_END) {
		if (grow((uint8_t **)&r->detail, &r->detail_cap, rec->len + 1))
			return -ENOMEM;
		memcpy(r->detail, rec->data, rec->len);
		r->detail[rec->len] = 0;
		rec->detail = r->detail;
	}
	r->cp_in_frame += rec->type == HSIM_TREC_CHECKPOINT;
	r->rec_in_frame++;
	rec->vm = fe->vm;
	rec->frame = r->cur_frame;
	rec->frame_offset = fe->off;
	return 1;
}

int hsim_trace_next(struct hsim_trace_reader *r, struct hsim_trace_record *rec)
{
	if (!r || !rec)
		return HSIM_E_INVAL;
	for (;;) {
		if (!r->loaded) {
			while (r->cur_frame < r->nfr && r->filter >= 0 &&
			       r->fr[r->cur_frame].vm != (unsigned)r->filter)
				r->cur_frame++;
			if (r->cur_frame >= r->nfr) {
				if (!r->tail_err)
					return 0;
				say(r->msg, sizeof(r->msg), "trace %s", r->tail_msg);
				/* a corrupt tail ends the frames that can be found:
				 * said once, then the end */
				if (r->tail_err == HSIM_E_TRACE_CORRUPT && r->cur_frame > r->nfr)
					return 0;
				if (r->tail_err == HSIM_E_TRACE_CORRUPT)
					r->cur_frame = r->nfr + 1;
				return r->tail_err;
			}
			int rc = load_frame(r, r->cur_frame);
			if (rc) {
				r->cur_frame++;
				return rc;
			}
		}
		int rc = decode_one(r, rec);
		if (rc)
			return rc;
	}
}

int hsim_trace_filter_vm(struct hsim_trace_reader *r, int vm)
{
	if (!r || vm >= (int)r->hdr.h.nvms)
		return HSIM_E_INVAL;
	r->filter = vm < 0 ? -1 : vm;
	return 0;
}

int hsim_trace_rewind(struct hsim_trace_reader *r)
{
	if (!r)
		return HSIM_E_INVAL;
	r->cur_frame = 0;
	r->loaded = 0;
	return 0;
}

/* In frame k, stops before the first record that match() accepts. */
static int seek_in_frame(struct hsim_trace_reader *r, size_t k,
			 int (*match)(const struct hsim_trace_record *, uint64_t, uint64_t *),
			 uint64_t arg, uint64_t *count)
{
	struct hsim_trace_record rec;
	int rc = load_frame(r, k);
	if (rc)
		return rc;
	for (;;) {
		struct tr_cur c = r->cur;
		struct tr_base b = r->base;
		uint32_t ri = r->rec_in_frame, ci = r->cp_in_frame;
		rc = decode_one(r, &rec);
		if (rc <= 0)
			return rc ? rc : 1;
		if (match(&rec, arg, count)) {
			r->cur = c;
			r->base = b;
			r->rec_in_frame = ri;
			r->cp_in_frame = ci;
			return 0;
		}
	}
}

static int match_event(const struct hsim_trace_record *rec, uint64_t ev, uint64_t *unused)
{
	(void)unused;
	return rec->event_no >= ev;
}

int hsim_trace_seek_event(struct hsim_trace_reader *r, unsigned vm, uint64_t event_no)
{
	if (!r || vm >= r->hdr.h.nvms)
		return HSIM_E_INVAL;
	/* vm's frames are in its order: the first one reaching event_no has it */
	for (size_t k = 0; k < r->nfr; k++) {
		if (r->fr[k].vm != vm || r->fr[k].last < event_no)
			continue;
		int rc = seek_in_frame(r, k, match_event, event_no, NULL);
		if (rc <= 0)
			return rc;
	}
	r->loaded = 0;
	r->cur_frame = r->nfr;
	return HSIM_E_INVAL;
}

static int match_cp(const struct hsim_trace_record *rec, uint64_t unused, uint64_t *left)
{
	(void)unused;
	if (rec->type != HSIM_TREC_CHECKPOINT)
		return 0;
	return (*left)-- == 0;
}

int hsim_trace_seek_checkpoint(struct hsim_trace_reader *r, uint64_t k)
{
	if (!r || k >= r->ncp)
		return HSIM_E_INVAL;
	for (size_t i = 0; i < r->nfr; i++) {
		if (k < r->fr[i].ncp) {
			uint64_t left = k;
			int rc = seek_in_frame(r, i, match_cp, 0, &left);
			return rc > 0 ? HSIM_E_TRACE_CORRUPT : rc;
		}
		k -= r->fr[i].ncp;
	}
	return HSIM_E_INVAL;
}
