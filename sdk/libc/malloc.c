/* Guest libc: the heap allocator, over [_end, the end of guest memory) (crt0
 * keeps that end, given in RDI, in __hsim_heap_end; the stack is below the
 * program).
 *
 * Boundary-tag chunks with segregated free lists (exact 16-byte classes up to
 * 1 KiB, then four classes per power of two), immediate coalescing, and a
 * bitmap of non-empty lists. Payloads are 16-byte aligned.
 *
 * A chunk starts with an 8-byte header: its size (a multiple of 16) and two
 * flag bits. A free chunk keeps its list links after the header and a copy
 * of its size in its last 8 bytes, so that the next chunk can find it. The
 * heap ends in a zero-sized, in-use sentinel header. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* End of .bss (linker script) and the heap's end (crt0). */
extern char _end[];
extern uintptr_t __hsim_heap_end;

#define INUSE ((size_t)1)
#define PREV_INUSE ((size_t)2)
#define FLAGS (INUSE | PREV_INUSE)
#define HDR 8
#define ALIGN 16
#define MIN_CHUNK 32
#define NSMALL 64 /* lists for sizes < 1024, one per 16 bytes */
#define NBINS (NSMALL + 4 * 54)

struct chunk {
	size_t head;
	struct chunk *next, *prev; /* free chunks only */
};

static struct chunk *bins[NBINS];
static uint64_t binmap[(NBINS + 63) / 64];
static int heap_ready;
static char *heap_lo, *heap_hi;

static size_t csize(const struct chunk *c)
{
	return c->head & ~FLAGS;
}

static struct chunk *next_chunk(struct chunk *c)
{
	return (struct chunk *)((char *)c + csize(c));
}

static void set_footer(struct chunk *c)
{
	*(size_t *)((char *)c + csize(c) - 8) = csize(c);
}

static int bin_of(size_t size)
{
	int lg, idx;

	if (size < 1024)
		return (int)(size >> 4);
	lg = 63 - __builtin_clzll(size);
	idx = NSMALL + (lg - 10) * 4 + (int)((size >> (lg - 2)) & 3);
	return idx < NBINS ? idx : NBINS - 1;
}

static void bin_insert(struct chunk *c)
{
	int b = bin_of(csize(c));

	c->prev = NULL;
	c->next = bins[b];
	if (c->next)
		c->next->prev = c;
	bins[b] = c;
	binmap[b / 64] |= (uint64_t)1 << (b % 64);
}

static void bin_remove(struct chunk *c)
{
	int b = bin_of(csize(c));

	if (c->prev)
		c->prev->next = c->next;
	else
		bins[b] = c->next;
	if (c->next)
		c->next->prev = c->prev;
	if (!bins[b])
		binmap[b / 64] &= ~((uint64_t)1 << (b % 64));
}

/* Make c (size `size`, flags kept) a free chunk and file it. */
static void make_free(struct chunk *c, size_t size)
{
	c->head = size | (c->head & PREV_INUSE);
	set_footer(c);
	next_chunk(c)->head &= ~PREV_INUSE;
	bin_insert(c);
}

static int heap_init(void)
{
	uintptr_t lo = ((uintptr_t)_end + 8 + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1);
	uintptr_t hi = __hsim_heap_end & ~(uintptr_t)(ALIGN - 1);
	struct chunk *c, *end;

	heap_ready = 1;
	lo -= HDR; /* chunk headers sit 8 bytes below a 16-byte boundary */
	if (!__hsim_heap_end || hi < lo + MIN_CHUNK + ALIGN)
		return -1;
	hi -= HDR;
	heap_lo = (char *)lo;
	heap_hi = (char *)hi;
	c = (struct chunk *)lo;
	end = (struct chunk *)hi;
	end->head = INUSE; /* the sentinel */
	c->head = PREV_INUSE;
	make_free(c, hi - lo);
	return 0;
}

static size_t request_size(size_t n)
{
	if (n > ((size_t)1 << 62))
		return 0;
	n = (n + HDR + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	return n < MIN_CHUNK ? MIN_CHUNK : n;
}

/* Mark c in use with exactly `need` bytes, returning the tail to a list. */
static void carve(struct chunk *c, size_t need)
{
	size_t size = csize(c);

	if (size - need >= MIN_CHUNK) {
		struct chunk *rest = (struct chunk *)((char *)c + need);
		c->head = need | INUSE | (c->head & PREV_INUSE);
		rest->head = PREV_INUSE;
		make_free(rest, size - need);
	} else {
		c->head |= INUSE;
		next_chunk(c)->head |= PREV_INUSE;
	}
}

static struct chunk *find_free(size_t need)
{
	int b = bin_of(need), w;
	struct chunk *c;

	/* Within the first list sizes may still be too small (large classes). */
	for (c = bins[b]; c; c = c->next)
		if (csize(c) >= need)
			return c;
	for (b++, w = b / 64; w < (int)(sizeof binmap / sizeof binmap[0]); w++) {
		uint64_t m = binmap[w];
		if (w == b / 64)
			m &= ~(uint64_t)0 << (b % 64);
		if (m) /* lowest set bit, via bsr (no tzcnt/bsf encoding ambiguity) */
			return bins[w * 64 + 63 - __builtin_clzll(m & -m)];
	}
	return NULL;
}

void *malloc(size_t n)
{
	size_t need = request_size(n);
	struct chunk *c;

	if (!heap_ready && heap_init() < 0)
		need = 0;
	if (!need || !(c = find_free(need))) {
		errno = ENOMEM;
		return NULL;
	}
	bin_remove(c);
	carve(c, need);
	return (char *)c + HDR;
}

void free(void *p)
{
	struct chunk *c, *n;
	size_t size;

	if (!p)
		return;
	c = (struct chunk *)((char *)p - HDR);
	size = csize(c);
	n = next_chunk(c);
	if (!(n->head & INUSE)) {
		bin_remove(n);
		size += csize(n);
	}
	if (!(c->head & PREV_INUSE)) {
		size_t psize = *(size_t *)((char *)c - 8);
		c = (struct chunk *)((char *)c - psize);
		bin_remove(c);
		size += psize;
	}
	c->head &= PREV_INUSE;
	make_free(c, size);
}

void *calloc(size_t n, size_t size)
{
	void *p;

	if (size && n > (size_t)-1 / size) {
		errno = ENOMEM;
		return NULL;
	}
	p = malloc(n * size);
	if (p)
		memset(p, 0, n * size);
	return p;
}

/* Give back the part of in-use chunk c beyond `need` bytes, if worth it. */
static void trim(struct chunk *c, size_t need)
{
	size_t size = csize(c);

	if (size - need >= MIN_CHUNK) {
		struct chunk *rest = (struct chunk *)((char *)c + need);
		c->head = need | (c->head & FLAGS);
		rest->head = PREV_INUSE | INUSE | (size - need);
		free((char *)rest + HDR); /* coalesces with what follows */
	}
}

void *realloc(void *p, size_t n)
{
	struct chunk *c, *next;
	size_t need = request_size(n), size;
	void *q;

	if (!p)
		return malloc(n);
	if (!n) {
		free(p);
		return NULL;
	}
	if (!need) {
		errno = ENOMEM;
		return NULL;
	}
	c = (struct chunk *)((char *)p - HDR);
	size = csize(c);
	next = next_chunk(c);
	if (size < need && !(next->head & INUSE) && size + csize(next) >= need) {
		/* grow in place into the free neighbour */
		bin_remove(next);
		size += csize(next);
		c->head = size | (c->head & FLAGS);
		next_chunk(c)->head |= PREV_INUSE;
	}
	if (size >= need) {
		trim(c, need);
		return p;
	}
	q = malloc(n);
	if (q) {
		memcpy(q, p, size - HDR);
		free(p);
	}
	return q;
}

void *aligned_alloc(size_t align, size_t n)
{
	char *p, *a;
	struct chunk *c, *ac;
	size_t need;

	if (!align || (align & (align - 1))) {
		errno = EINVAL;
		return NULL;
	}
	if (align <= ALIGN)
		return malloc(n);
	need = request_size(n);
	if (!need || need > (size_t)-1 / 2 - align) {
		errno = ENOMEM;
		return NULL;
	}
	p = malloc(need + align + MIN_CHUNK);
	if (!p)
		return NULL;
	a = (char *)(((uintptr_t)p + MIN_CHUNK + align - 1) & ~(uintptr_t)(align - 1));
	if ((uintptr_t)p % align == 0)
		a = p;
	if (a != p) {
		/* give the leading gap (>= MIN_CHUNK) back as its own chunk */
		size_t gap = (size_t)(a - p);
		c = (struct chunk *)(p - HDR);
		ac = (struct chunk *)(a - HDR);
		ac->head = (csize(c) - gap) | INUSE;
		c->head = gap | INUSE | (c->head & PREV_INUSE);
		free(p); /* also clears PREV_INUSE in ac */
	}
	trim((struct chunk *)(a - HDR), need);
	return a;
}

void *memalign(size_t align, size_t n)
{
	return aligned_alloc(align, n);
}

int posix_memalign(void **out, size_t align, size_t n)
{
	void *p;

	if (align < sizeof(void *) || (align & (align - 1)))
		return EINVAL;
	p = aligned_alloc(align, n);
	if (!p)
		return ENOMEM;
	*out = p;
	return 0;
}
