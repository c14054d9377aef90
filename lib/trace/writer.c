/* The trace writer: VM threads encode records into per-VM buffers, one
 * writer thread compresses full buffers into frames and writes them. */
#include <cpuid.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#include <zstd.h>
#include <hsim.h>
#include "trace/trace_int.h"

/* One frame in the making: the records of one VM, uncompressed. */
struct wbuf {
	struct wbuf *next;
	uint8_t *p;
	size_t len, cap;
	unsigned vm;
	uint32_t nrec, ncp;
	uint64_t first_event, last_event;
	uint64_t born_ms;       /* when its first record came */
};

struct vstream {
	pthread_mutex_t lock;   /* the VM side: cur and base */
	struct wbuf *cur;
	struct tr_base base;
	/* under the writer's lock: */
	unsigned pending;       /* buffers queued or being written */
	struct wbuf *free;      /* buffers of frame_size to reuse */
};

struct hsim_trace_writer {
	int fd;
	uint32_t frame_size, flush_ms, max_pending;
	int level;
	unsigned nvms;
	struct vstream *vs;

	pthread_mutex_t lock;   /* queue, err, index, stats, pending, free */
	pthread_cond_t work;    /* to the writer thread: a buffer or stop */
	pthread_cond_t done;    /* from it: a buffer was written */
	struct wbuf *qhead, *qtail;
	int busy, stop;
	int err;                /* the first error; read without the lock too */
	pthread_t thread;
	int thread_started;

	/* the writer thread's own (and close's, after the join) */
	ZSTD_CCtx *cctx;
	uint8_t *cbuf;
	size_t ccap;
	uint64_t off;
	struct tr_buf index;
	uint64_t nframes;

	struct hsim_trace_writer_stats st;
};

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

void hsim_trace_host_detect(struct hsim_trace_host *h)
{
	unsigned a, b, c, d;
	struct utsname u;

	memset(h, 0, sizeof(*h));
	if (__get_cpuid(0, &a, &b, &c, &d)) {
		memcpy(h->vendor, &b, 4);
		memcpy(h->vendor + 4, &d, 4);
		memcpy(h->vendor + 8, &c, 4);
	}
	if (__get_cpuid(1, &a, &b, &c, &d)) {
		h->stepping = a & 0xf;
		h->model = (a >> 4) & 0xf;
		h->family = (a >> 8) & 0xf;
		if (h->family == 6 || h->family == 0xf)
			h->model += ((a >> 16) & 0xf) << 4;
		if (h->family == 0xf)
			h->family += (a >> 20) & 0xff;
	}
	/* what the CPU makes of F3 0F BC / F3 0F BD (docs/trace-format.md) */
	if (__get_cpuid_max(0, NULL) >= 7 && __get_cpuid_count(7, 0, &a, &b, &c, &d) &&
	    (b & (1u << 3)))
		h->features |= HSIM_TRACE_HOSTF_TZCNT;
	if (__get_cpuid_max(0x80000000u, NULL) >= 0x80000001u &&
	    __get_cpuid(0x80000001u, &a, &b, &c, &d) && (c & (1u << 5)))
		h->features |= HSIM_TRACE_HOSTF_LZCNT;
	h->features |= HSIM_TRACE_HOSTF_KNOWN;
	if (uname(&u) == 0)
		snprintf(h->kernel, sizeof(h->kernel), "%s", u.release);
	snprintf(h->hsim_version, sizeof(h->hsim_version), "%s", hsim_version_string());
}

static int write_all(int fd, const void *p, size_t n)
{
	const uint8_t *b = p;

	while (n) {
		ssize_t k = write(fd, b, n);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		if (k == 0)
			return -ENOSPC;
		b += k;
		n -= (size_t)k;
	}
	return 0;
}

/* Compresses src into w->cbuf after room for a frame header; returns the
 * compressed size or a negative error. zstd's streaming API with the size
 * pledged, so the frame carries its content size and checksum. */
static long compress_frame(struct hsim_trace_writer *w, const void *src, size_t len, size_t room)
{
	size_t need = room + ZSTD_compressBound(len);

	if (need > w->ccap) {
		uint8_t *p = realloc(w->cbuf, need);
		if (!p)
			return -ENOMEM;
		w->cbuf = p;
		w->ccap = need;
	}
	ZSTD_CCtx_reset(w->cctx, ZSTD_reset_session_only);
	if (ZSTD_isError(ZSTD_CCtx_setPledgedSrcSize(w->cctx, len)))
		return HSIM_E_INVAL;
	ZSTD_inBuffer in = { src, len, 0 };
	ZSTD_outBuffer out = { w->cbuf + room, w->ccap - room, 0 };
	for (;;) {
		size_t r = ZSTD_compressStream2(w->cctx, &out, &in, ZSTD_e_end);
		if (ZSTD_isError(r))
			return -ENOMEM;
		if (r == 0)
			break;
		if (out.pos == out.size)
			return -ENOBUFS; /* cannot happen with compressBound room */
	}
	return (long)out.pos;
}

static int write_frame(struct hsim_trace_writer *w, struct wbuf *b)
{
	long cs = compress_frame(w, b->p, b->len, TR_FRAME_HDR);
	if (cs < 0)
		return (int)cs;

	uint8_t *h = w->cbuf;
	tr_put32(h, TR_FRAME_MAGIC);
	tr_put32(h + 4, b->vm);
	tr_put32(h + 8, (uint32_t)cs);
	tr_put32(h + 12, (uint32_t)b->len);
	tr_put32(h + 16, b->nrec);
	tr_put32(h + 20, b->ncp);
	tr_put64(h + 24, b->first_event);
	tr_put64(h + 32, b->last_event);
	tr_put32(h + 40, tr_crc32c(h + TR_FRAME_HDR, (size_t)cs));
	tr_put32(h + 44, tr_crc32c(h, 44));
	/* one write per frame: a crash leaves whole frames and at most one part */
	int rc = write_all(w->fd, h, TR_FRAME_HDR + (size_t)cs);
	if (rc)
		return rc;

	uint8_t *e = tr_buf_reserve(&w->index, TR_INDEX_ENTRY);
	if (!e)
		return -ENOMEM;
	tr_put64(e, w->off);
	memcpy(e + 8, h + 4, 20);   /* vm csize usize nrecords ncheckpoints */
	tr_put32(e + 28, 0);
	memcpy(e + 32, h + 24, 16); /* first and last event */
	w->index.len += TR_INDEX_ENTRY;
	w->off += TR_FRAME_HDR + (size_t)cs;
	w->nframes++;
	return 0;
}

static void set_err(struct hsim_trace_writer *w, int err)
{
	if (!w->err)
		__atomic_store_n(&w->err, err, __ATOMIC_RELEASE);
}

static int get_err(struct hsim_trace_writer *w)
{
	return __atomic_load_n(&w->err, __ATOMIC_ACQUIRE);
}

/* Under w->lock: a written (or dropped) buffer goes back to its VM. */
static void release_buf(struct hsim_trace_writer *w, struct wbuf *b)
{
	struct vstream *vs = &w->vs[b->vm];

	vs->pending--;
	if (b->cap == w->frame_size) {
		b->next = vs->free;
		vs->free = b;
	} else {
		free(b->p);
		free(b);
	}
}

/* Under vs->lock: the VM's current buffer goes to the writer thread. */
static void ship(struct hsim_trace_writer *w, struct vstream *vs)
{
	struct wbuf *b = vs->cur;

	vs->cur = NULL;
	if (!b)
		return;
	pthread_mutex_lock(&w->lock);
	b->next = NULL;
	if (w->qtail)
		w->qtail->next = b;
	else
		w->qhead = b;
	w->qtail = b;
	pthread_cond_signal(&w->work);
	pthread_mutex_unlock(&w->lock);
}

/* Partial buffers older than flush_ms go out, so a crash loses little. The
 * writer thread must not wait for a VM (that VM may be waiting for it). */
static void flush_old(struct hsim_trace_writer *w)
{
	uint64_t now = now_ms();

	for (unsigned i = 0; i < w->nvms; i++) {
		struct vstream *vs = &w->vs[i];
		if (pthread_mutex_trylock(&vs->lock))
			continue;
		if (vs->cur && vs->cur->nrec && now - vs->cur->born_ms >= w->flush_ms)
			ship(w, vs);
		pthread_mutex_unlock(&vs->lock);
	}
}

static void *writer_main(void *arg)
{
	struct hsim_trace_writer *w = arg;
	uint64_t last_check = now_ms();

	pthread_mutex_lock(&w->lock);
	for (;;) {
		while (!w->qhead && !w->stop) {
			struct timespec ts;
			clock_gettime(CLOCK_REALTIME, &ts);
			uint64_t ns = (uint64_t)ts.tv_nsec + (uint64_t)(w->flush_ms / 4 + 1) * 1000000;
			ts.tv_sec += (time_t)(ns / 1000000000);
			ts.tv_nsec = (long)(ns % 1000000000);
			if (pthread_cond_timedwait(&w->work, &w->lock, &ts) == ETIMEDOUT)
				break;
		}
		if (now_ms() - last_check >= w->flush_ms / 4 + 1) {
			pthread_mutex_unlock(&w->lock);
			flush_old(w);
			last_check = now_ms();
			pthread_mutex_lock(&w->lock);
		}
		struct wbuf *b = w->qhead;
		if (!b) {
			if (w->stop)
				break;
			continue;
		}
		w->qhead = b->next;
		if (!w->qhead)
			w->qtail = NULL;
		w->busy = 1;
		int failed = w->err;
		pthread_mutex_unlock(&w->lock);

		/* after an error buffers are dropped, so VM threads never wait */
		int rc = failed ? 0 : write_frame(w, b);

		pthread_mutex_lock(&w->lock);
		if (rc)
			set_err(w, rc);
		else if (!failed) {
			w->st.frames++;
			w->st.bytes_in += b->len;
			w->st.bytes_written = w->off;
		}
		release_buf(w, b);
		w->busy = 0;
		pthread_cond_broadcast(&w->done);
	}
	pthread_mutex_unlock(&w->lock);
	return NULL;
}

static void free_writer(struct hsim_trace_writer *w)
{
	if (w->vs) {
		for (unsigned i = 0; i < w->nvms; i++) {
			struct vstream *vs = &w->vs[i];
			struct wbuf *b = vs->free;
			while (b) {
				struct wbuf *n = b->next;
				free(b->p);
				free(b);
				b = n;
			}
			if (vs->cur) {
				free(vs->cur->p);
				free(vs->cur);
			}
			pthread_mutex_destroy(&vs->lock);
		}
		free(w->vs);
	}
	pthread_mutex_destroy(&w->lock);
	pthread_cond_destroy(&w->work);
	pthread_cond_destroy(&w->done);
	ZSTD_freeCCtx(w->cctx);
	free(w->cbuf);
	free(w->index.p);
	free(w);
}

int hsim_trace_writer_create(struct hsim_trace_writer **out, const char *path,
			     const struct hsim_trace_header *hdr,
			     const struct hsim_trace_writer_opts *opts)
{
	struct hsim_trace_writer_opts o = { 0 };
	int rc;

	if (!out)
		return HSIM_E_INVAL;
	*out = NULL;
	if (!path || !hdr || hdr->nvms < 1 || hdr->nvms > TR_MAX_VMS ||
	    (hdr->nimages && !hdr->images) || (hdr->ncpuid && !hdr->cpuid) ||
	    (hdr->nsimulate && !hdr->simulate) || (hdr->argc && !hdr->argv) ||
	    !tr_features_ok(hdr->host.features) ||
	    hdr->disk_flags & ~(HSIM_TRACE_DISK_PRESENT | HSIM_TRACE_DISK_WRITABLE) ||
	    (!(hdr->disk_flags & HSIM_TRACE_DISK_PRESENT) && (hdr->disk_flags || hdr->disk_sectors)))
		return HSIM_E_INVAL;
	for (unsigned i = 0; hdr->vm_image && i < hdr->nvms; i++)
		if (hdr->nimages && hdr->vm_image[i] >= hdr->nimages)
			return HSIM_E_INVAL;
	for (unsigned i = 0; hdr->vm_start && i < hdr->nvms; i++) {
		const struct hsim_trace_vm_start *v = &hdr->vm_start[i];
		if ((v->argc && !v->argv) || (v->envc && !v->envp))
			return HSIM_E_INVAL;
		for (unsigned k = 0; k < v->argc + v->envc; k++)
			if (!(k < v->argc ? v->argv[k] : v->envp[k - v->argc]))
				return HSIM_E_INVAL;
	}
	if (opts)
		o = *opts;
	if (o.frame_size > TR_MAX_USIZE / 2)
		return HSIM_E_INVAL;

	struct hsim_trace_writer *w = calloc(1, sizeof(*w));
	if (!w)
		return -ENOMEM;
	w->fd = -1;
	w->frame_size = o.frame_size ? o.frame_size : 1u << 20;
	if (w->frame_size < 4096)
		w->frame_size = 4096;
	w->flush_ms = o.flush_ms ? o.flush_ms : 1000;
	w->max_pending = o.max_pending ? o.max_pending : 3;
	w->level = o.level ? o.level : 3;
	w->nvms = hdr->nvms;
	pthread_mutex_init(&w->lock, NULL);
	pthread_cond_init(&w->work, NULL);
	pthread_cond_init(&w->done, NULL);
	w->vs = calloc(w->nvms, sizeof(*w->vs));
	w->cctx = ZSTD_createCCtx();
	if (!w->vs || !w->cctx) {
		free_writer(w);
		return -ENOMEM;
	}
	for (unsigned i = 0; i < w->nvms; i++)
		pthread_mutex_init(&w->vs[i].lock, NULL);
	ZSTD_CCtx_setParameter(w->cctx, ZSTD_c_compressionLevel, w->level);
	ZSTD_CCtx_setParameter(w->cctx, ZSTD_c_checksumFlag, 1);
	ZSTD_CCtx_setParameter(w->cctx, ZSTD_c_contentSizeFlag, 1);

	/* the header block, written before returning */
	struct tr_buf hb = { 0 };
	rc = tr_enc_header(&hb, hdr, w->frame_size);
	long cs = rc ? rc : hb.len > TR_MAX_USIZE ? HSIM_E_INVAL
						   : compress_frame(w, hb.p, hb.len, TR_FILE_HDR);
	if (cs < 0) {
		free(hb.p);
		free_writer(w);
		return (int)cs;
	}
	uint8_t *fh = w->cbuf;
	memcpy(fh, TR_MAGIC, 8);
	tr_put32(fh + 8, HSIM_TRACE_VERSION);
	tr_put32(fh + 12, 0);
	tr_put32(fh + 16, (uint32_t)cs);
	tr_put32(fh + 20, (uint32_t)hb.len);
	tr_put32(fh + 24, tr_crc32c(fh + TR_FILE_HDR, (size_t)cs));
	tr_put32(fh + 28, tr_crc32c(fh, 28));
	free(hb.p);

	w->fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (w->fd < 0) {
		rc = -errno;
		free_writer(w);
		return rc;
	}
	rc = write_all(w->fd, fh, TR_FILE_HDR + (size_t)cs);
	if (!rc && !tr_buf_reserve(&w->index, 8))
		rc = -ENOMEM;
	if (!rc) {
		tr_put32(w->index.p, TR_INDEX_MAGIC);
		w->index.len = 8; /* the frame count is filled in at close */
		w->off = TR_FILE_HDR + (size_t)cs;
		w->st.bytes_written = w->off;
		rc = -pthread_create(&w->thread, NULL, writer_main, w);
	}
	if (rc) {
		close(w->fd);
		free_writer(w);
		return rc;
	}
	w->thread_started = 1;
	*out = w;
	return 0;
}

/* Locks the VM's stream and makes room for need bytes; on success the
 * stream stays locked and *p is where to encode. */
static int begin(struct hsim_trace_writer *w, unsigned vm, size_t need, struct vstream **vsp,
		 uint8_t **p)
{
	if (!w || vm >= w->nvms)
		return HSIM_E_INVAL;
	int err = get_err(w);
	if (err)
		return err;
	struct vstream *vs = &w->vs[vm];
	pthread_mutex_lock(&vs->lock);
	if (vs->cur && vs->cur->cap - vs->cur->len < need)
		ship(w, vs);
	if (!vs->cur) {
		struct wbuf *b = NULL;
		pthread_mutex_lock(&w->lock);
		/* back-pressure: the only place a VM thread waits */
		while (vs->pending >= w->max_pending && !w->err)
			pthread_cond_wait(&w->done, &w->lock);
		err = w->err;
		if (!err && need <= w->frame_size && vs->free) {
			b = vs->free;
			vs->free = b->next;
		}
		if (!err)
			vs->pending++;
		pthread_mutex_unlock(&w->lock);
		if (!err && !b) {
			size_t cap = need > w->frame_size ? need : w->frame_size;
			b = calloc(1, sizeof(*b));
			if (b)
				b->p = malloc(cap);
			if (!b || !b->p) {
				free(b);
				b = NULL;
				err = -ENOMEM;
				pthread_mutex_lock(&w->lock);
				vs->pending--;
				pthread_mutex_unlock(&w->lock);
			} else
				b->cap = cap;
		}
		if (err) {
			pthread_mutex_unlock(&vs->lock);
			return err;
		}
		b->len = 0;
		b->vm = vm;
		b->nrec = b->ncp = 0;
		b->born_ms = now_ms();
		vs->cur = b;
		/* a frame decodes alone: its delta base starts from zero */
		memset(&vs->base, 0, sizeof(vs->base));
	}
	*vsp = vs;
	*p = vs->cur->p + vs->cur->len;
	return 0;
}

static int commit(struct hsim_trace_writer *w, struct vstream *vs, uint8_t *end,
		  uint64_t event_no, int checkpoint, int ship_now)
{
	struct wbuf *b = vs->cur;

	b->len = (size_t)(end - b->p);
	if (!b->nrec)
		b->first_event = event_no;
	b->last_event = event_no;
	b->nrec++;
	b->ncp += checkpoint != 0;
	if (ship_now || b->len >= w->frame_size)
		ship(w, vs);
	pthread_mutex_unlock(&vs->lock);
	__atomic_fetch_add(&w->st.records, 1, __ATOMIC_RELAXED);
	if (checkpoint)
		__atomic_fetch_add(&w->st.checkpoints, 1, __ATOMIC_RELAXED);
	return 0;
}

int hsim_trace_write_exit(struct hsim_trace_writer *w, unsigned vm, uint64_t event_no,
			  const struct hsim_exit *ex, int entry, enum hsim_event_class cls,
			  const struct hsim_cpu_state *st)
{
	struct vstream *vs;
	uint8_t *p;

	if (!ex || !st || (unsigned)ex->kind >= HSIM_EXIT_COUNT || (unsigned)cls >= HSIM_CLASS_COUNT ||
	    entry < -1)
		return HSIM_E_INVAL;
	int rc = begin(w, vm, TR_EXIT_MAX, &vs, &p);
	if (rc)
		return rc;
	p = tr_enc_exit(p, &vs->base, event_no, ex, entry, cls, st);
	return commit(w, vs, p, event_no, 0, 0);
}

int hsim_trace_write_input(struct hsim_trace_writer *w, unsigned vm, uint64_t event_no,
			   enum hsim_trace_input_kind kind, const void *data, size_t len,
			   uint64_t seq)
{
	struct vstream *vs;
	uint8_t *p;

	if ((unsigned)kind >= HSIM_TIN_COUNT || (len && !data) || len > TR_MAX_USIZE / 2)
		return HSIM_E_INVAL;
	int rc = begin(w, vm, TR_REC_HEAD_MAX + 21 + len, &vs, &p);
	if (rc)
		return rc;
	p = tr_enc_input(p, &vs->base, event_no, kind, data, len, seq);
	return commit(w, vs, p, event_no, 0, 0);
}

int hsim_trace_write_state(struct hsim_trace_writer *w, unsigned vm, uint64_t event_no,
			   enum hsim_trace_rec_type type, const struct hsim_cpu_state *st,
			   uint64_t insns)
{
	struct vstream *vs;
	uint8_t *p;

	if (!st || (type != HSIM_TREC_STATE_STORE && type != HSIM_TREC_STATE_RESTORE &&
		    type != HSIM_TREC_SIM_RESULT))
		return HSIM_E_INVAL;
	int rc = begin(w, vm, TR_REC_HEAD_MAX + TR_STATE_MAX + 10, &vs, &p);
	if (rc)
		return rc;
	p = tr_enc_state(p, &vs->base, event_no, type, st, insns);
	return commit(w, vs, p, event_no, 0, 0);
}

int hsim_trace_write_checkpoint(struct hsim_trace_writer *w, unsigned vm, uint64_t event_no,
				const struct hsim_cpu_state *st,
				const struct hsim_trace_page *pages, size_t npages)
{
	struct vstream *vs;
	uint8_t *p;
	const size_t per = 10 + HSIM_TRACE_PAGE_SIZE;

	if (!st || (npages && !pages) || npages > (TR_MAX_USIZE - 4096) / per)
		return HSIM_E_INVAL;
	for (size_t i = 0; i < npages; i++)
		if (!pages[i].data || pages[i].gpa % HSIM_TRACE_PAGE_SIZE)
			return HSIM_E_INVAL;
	int rc = begin(w, vm, TR_REC_HEAD_MAX + TR_STATE_MAX + 10 + npages * per, &vs, &p);
	if (rc)
		return rc;
	p = tr_enc_checkpoint(p, &vs->base, event_no, st, pages, npages);
	return commit(w, vs, p, event_no, 1, 0);
}

int hsim_trace_write_end(struct hsim_trace_writer *w, unsigned vm, uint64_t event_no,
			 int status, int64_t exit_code, int error, const char *detail)
{
	struct vstream *vs;
	uint8_t *p;
	size_t dlen = detail ? strlen(detail) : 0;

	if (dlen > 65536)
		dlen = 65536;
	int rc = begin(w, vm, TR_REC_HEAD_MAX + 40 + dlen, &vs, &p);
	if (rc)
		return rc;
	p = tr_enc_end(p, &vs->base, event_no, status, exit_code, error, detail, dlen);
	return commit(w, vs, p, event_no, 0, 1);
}

int hsim_trace_writer_flush(struct hsim_trace_writer *w)
{
	if (!w)
		return HSIM_E_INVAL;
	for (unsigned i = 0; i < w->nvms; i++) {
		pthread_mutex_lock(&w->vs[i].lock);
		ship(w, &w->vs[i]);
		pthread_mutex_unlock(&w->vs[i].lock);
	}
	pthread_mutex_lock(&w->lock);
	while (w->qhead || w->busy)
		pthread_cond_wait(&w->done, &w->lock);
	int err = w->err;
	pthread_mutex_unlock(&w->lock);
	return err;
}

void hsim_trace_writer_stats(struct hsim_trace_writer *w, struct hsim_trace_writer_stats *s)
{
	memset(s, 0, sizeof(*s));
	if (!w)
		return;
	pthread_mutex_lock(&w->lock);
	*s = w->st;
	pthread_mutex_unlock(&w->lock);
	s->records = __atomic_load_n(&w->st.records, __ATOMIC_RELAXED);
	s->checkpoints = __atomic_load_n(&w->st.checkpoints, __ATOMIC_RELAXED);
}

static int write_index(struct hsim_trace_writer *w)
{
	struct tr_buf *ix = &w->index;
	uint64_t ix_off = w->off;

	tr_put32(ix->p + 4, (uint32_t)w->nframes);
	uint8_t *p = tr_buf_reserve(ix, 4 + TR_FOOTER);
	if (!p)
		return -ENOMEM;
	tr_put32(p, tr_crc32c(ix->p, ix->len));
	ix->len += 4;
	uint8_t *f = ix->p + ix->len;
	tr_put64(f, ix_off);
	tr_put64(f + 8, ix->len);
	tr_put32(f + 16, HSIM_TRACE_VERSION);
	tr_put32(f + 20, tr_crc32c(f, 20));
	memcpy(f + 24, TR_END_MAGIC, 8);
	ix->len += TR_FOOTER;
	int rc = write_all(w->fd, ix->p, ix->len);
	if (!rc)
		w->st.bytes_written = w->off + ix->len;
	return rc;
}

int hsim_trace_writer_close(struct hsim_trace_writer *w)
{
	if (!w)
		return 0;
	hsim_trace_writer_flush(w);
	pthread_mutex_lock(&w->lock);
	w->stop = 1;
	pthread_cond_signal(&w->work);
	pthread_mutex_unlock(&w->lock);
	if (w->thread_started)
		pthread_join(w->thread, NULL);
	int err = w->err;
	if (!err && w->nframes > UINT32_MAX)
		err = HSIM_E_INVAL;
	if (!err)
		err = write_index(w);
	if (close(w->fd) && !err)
		err = -errno;
	free_writer(w);
	return err;
}
