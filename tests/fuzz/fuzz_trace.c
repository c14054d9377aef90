/* libFuzzer harness for the trace reader: opens, iterates, filters and
 * seeks whatever bytes it is given (tests/fuzz/run.sh builds and runs it). */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zstd.h>
#include <hsim/error.h>
#include <hsim/trace.h>
#include "trace/trace_int.h"

/* Every record of a frame is at least 2 bytes: a bound on how many one
 * input can yield, so a loop that never ends is a finding. */
#define MAX_STEPS 2000000

static int fd = -1;
static char path[64];
/* A valid file header and header block (one VM), for inputs that are
 * taken as the content of a frame. */
static uint8_t *head;
static size_t head_len;

static void put_file(const uint8_t *p, size_t n)
{
	if (ftruncate(fd, 0) || pwrite(fd, p, n, 0) != (ssize_t)n)
		abort();
}

static void make_head(void)
{
	static const unsigned vm_image[1] = { 0 };
	static const struct hsim_trace_image img = { "fuzz.elf", "\x7f" "ELF", 4 };
	struct hsim_trace_header h = { 0 };
	struct hsim_trace_writer *w;

	h.images = &img;
	h.nimages = 1;
	h.mem_size = 1 << 20;
	h.nvms = 1;
	h.vm_image = vm_image;
	h.events = "";
	if (hsim_trace_writer_create(&w, path, &h, NULL) || hsim_trace_writer_close(w))
		abort();
	off_t n = lseek(fd, 0, SEEK_END);
	/* a trace without records: header, header block, empty index, footer */
	head_len = (size_t)n - 12 - TR_FOOTER;
	head = malloc(head_len);
	if (!head || pread(fd, head, head_len, 0) != (ssize_t)head_len)
		abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* in memory: no disk traffic per input */
	fd = memfd_create("fuzz_trace", 0);
	if (fd < 0)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	make_head();
	return 0;
}

/* Opens the file and does what the tools do with it. */
static void exercise(void)
{
	struct hsim_trace_reader *r;
	struct hsim_trace_record rec;
	struct hsim_trace_status st;
	char err[256];
	long steps = 0;
	int rc;

	if (hsim_trace_open(&r, path, err, sizeof(err)))
		return;
	const struct hsim_trace_header *h = hsim_trace_get_header(r);
	unsigned nvms = hsim_trace_vm_count(r);
	if (!h || nvms < 1)
		abort();
	/* everything, the way dump and stat read */
	while ((rc = hsim_trace_next(r, &rec)) != 0) {
		if (++steps > MAX_STEPS)
			abort();
		if (rc == 1) {
			if (rec.vm >= nvms || (rec.type == HSIM_TREC_END && !rec.detail))
				abort();
			/* touch what the pointers promise */
			volatile uint8_t sink = 0;
			for (size_t i = 0; rec.type == HSIM_TREC_INPUT && i < rec.len; i++)
				sink ^= rec.data[i];
			for (size_t i = 0; rec.type == HSIM_TREC_CHECKPOINT && i < rec.npages; i++)
				sink ^= ((const uint8_t *)rec.pages[i].data)[HSIM_TRACE_PAGE_SIZE - 1];
			if (rec.type == HSIM_TREC_END)
				sink ^= (uint8_t)strlen(rec.detail);
			(void)sink;
		} else if (rc != HSIM_E_TRACE_CORRUPT) {
			break; /* the end of a truncated trace (it stays there), or an error */
		}
	}
	hsim_trace_status(r, &st);
	(void)hsim_trace_error(r);
	/* one VM, seeks, checkpoints, back to the start */
	hsim_trace_filter_vm(r, (int)(nvms - 1));
	hsim_trace_seek_event(r, nvms - 1, st.last_event == HSIM_TRACE_NO_EVENT ? 1 : st.last_event / 2);
	for (steps = 0; (rc = hsim_trace_next(r, &rec)) != 0 && steps < MAX_STEPS; steps++)
		if (rc < 0 && rc != HSIM_E_TRACE_CORRUPT)
			break;
	hsim_trace_filter_vm(r, -1);
	if (hsim_trace_checkpoint_count(r))
		hsim_trace_seek_checkpoint(r, hsim_trace_checkpoint_count(r) - 1);
	hsim_trace_rewind(r);
	for (steps = 0; steps < 64 && hsim_trace_next(r, &rec) != 0; steps++)
		;
	(void)hsim_trace_last_event(r, 0);
	hsim_trace_close(r);
}

/* The input with every checksum made right, so that mutations get past
 * them to the fields they guard. Returns 0 if nothing changed. */
static int fix_crcs(uint8_t *b, size_t n)
{
	uint8_t *orig = malloc(n ? n : 1);
	if (!orig)
		abort();
	memcpy(orig, b, n);
	if (n < TR_FILE_HDR || memcmp(b, TR_MAGIC, 8)) {
		free(orig);
		return 0;
	}
	tr_put32(b + 28, tr_crc32c(b, 28));
	uint64_t cs = tr_get32(b + 16), off = TR_FILE_HDR + cs;
	if (off <= n) {
		tr_put32(b + 24, tr_crc32c(b + TR_FILE_HDR, cs));
		tr_put32(b + 28, tr_crc32c(b, 28));
	}
	while (off + TR_FRAME_HDR <= n && tr_get32(b + off) == TR_FRAME_MAGIC) {
		uint64_t c = tr_get32(b + off + 8);
		if (off + TR_FRAME_HDR + c > n)
			break;
		tr_put32(b + off + 40, tr_crc32c(b + off + TR_FRAME_HDR, c));
		tr_put32(b + off + 44, tr_crc32c(b + off, 44));
		off += TR_FRAME_HDR + c;
	}
	if (off + 8 <= n && tr_get32(b + off) == TR_INDEX_MAGIC) {
		uint64_t ixn = 12 + (uint64_t)tr_get32(b + off + 4) * TR_INDEX_ENTRY;
		if (off + ixn <= n)
			tr_put32(b + off + ixn - 4, tr_crc32c(b + off, ixn - 4));
	}
	if (n >= off + TR_FOOTER && !memcmp(b + n - 8, TR_END_MAGIC, 8))
		tr_put32(b + n - TR_FOOTER + 20, tr_crc32c(b + n - TR_FOOTER, 20));
	int changed = memcmp(orig, b, n) != 0;
	free(orig);
	return changed;
}

/* The input as the records of one frame of a valid trace: the record
 * decoder sees arbitrary bytes, not only what zstd lets through. The first
 * byte gives the record count, the next 8 the first event. */
static void as_frame(const uint8_t *p, size_t n)
{
	if (n < 10)
		return;
	uint32_t nrec = (uint32_t)p[0] + 1;
	uint64_t first = tr_get64(p + 1) & 0xffff, last = first + nrec;
	p += 9;
	n -= 9;
	size_t cap = ZSTD_compressBound(n);
	uint8_t *f = malloc(head_len + TR_FRAME_HDR + cap);
	if (!f)
		abort();
	memcpy(f, head, head_len);
	uint8_t *h = f + head_len;
	size_t c = ZSTD_compress(h + TR_FRAME_HDR, cap, p, n, 1);
	if (ZSTD_isError(c))
		abort();
	memset(h, 0, TR_FRAME_HDR);
	tr_put32(h, TR_FRAME_MAGIC);
	tr_put32(h + 8, (uint32_t)c);
	tr_put32(h + 12, (uint32_t)n);
	tr_put32(h + 16, nrec);
	tr_put64(h + 24, first);
	tr_put64(h + 32, last);
	tr_put32(h + 40, tr_crc32c(h + TR_FRAME_HDR, c));
	tr_put32(h + 44, tr_crc32c(h, 44));
	put_file(f, head_len + TR_FRAME_HDR + c);
	exercise();
	free(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	put_file(data, size);
	exercise();
	uint8_t *b = malloc(size ? size : 1);
	if (!b)
		abort();
	memcpy(b, data, size);
	if (fix_crcs(b, size)) {
		put_file(b, size);
		exercise();
	}
	free(b);
	if (size < 8 || memcmp(data, TR_MAGIC, 8))
		as_frame(data, size);
	return 0;
}
