/* Patch sites: instructions that must not run on their own in a VM (they
 * run untrapped at ring 3 on this KVM, or show the host's values) become a
 * trapping instruction of the same length; the original is kept here, for
 * the monitor's handlers and for the simulator. Breakpoints are patches too. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <hsim/error.h>
#include <hsim/image.h>
#include "cpu/decode.h"
#include "monitor.h"

static int insn_kind(const struct x86_insn *in)
{
	switch (in->op) {
	case X86OP_CPUID: return HSIM_INSN_CPUID;
	case X86OP_RDTSC: return HSIM_INSN_RDTSC;
	case X86OP_RDTSCP: return HSIM_INSN_RDTSCP;
	case X86OP_RDRAND: return HSIM_INSN_RDRAND;
	case X86OP_RDSEED: return HSIM_INSN_RDSEED;
	default: return -1;
	}
}

static struct sim_patch *grow(struct patch_table *t)
{
	if (t->n == t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 16;
		struct sim_patch *p = realloc(t->p, cap * sizeof(*p));
		if (!p)
			return NULL;
		t->p = p;
		t->cap = cap;
	}
	return &t->p[t->n++];
}

static int by_addr(const void *a, const void *b)
{
	const struct sim_patch *x = a, *y = b;
	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static int add_insn(struct patch_table *t, uint64_t addr, const uint8_t *bytes,
		    const struct x86_insn *in, int kind)
{
	struct sim_patch *p = grow(t);
	if (!p)
		return -ENOMEM;
	memset(p, 0, sizeof(*p));
	p->addr = addr;
	p->len = in->len;
	p->kind = PATCH_INSN;
	p->insn = (uint8_t)kind;
	p->reg = in->rm;
	p->osize = in->osize;
	memcpy(p->orig, bytes, in->len);
	/* ud2 faults with RIP at the site in both engines; the bytes after it
	 * are never reached (int3 if something jumps into them) */
	memset(p->trap, 0xcc, sizeof(p->trap));
	p->trap[0] = 0x0f;
	p->trap[1] = 0x0b;
	return 0;
}

/* A linear sweep of one executable segment that starts again at every
 * function symbol, so that data or padding in the code cannot throw the
 * decoding off for long and an instruction is only patched where the
 * compiler put one. */
static int scan_segment(struct patch_table *t, const struct hsim_image *img,
			const struct hsim_segment *seg)
{
	size_t nsym = hsim_image_symbol_count(img), si = 0;
	struct hsim_symbol sym;
	uint64_t a = seg->vaddr, end = seg->vaddr + seg->filesz;
	int r;

	while (a < end) {
		/* the next function start after a */
		uint64_t next = end;
		for (; si < nsym; si++) {
			if (hsim_image_symbol(img, si, &sym) == 0 && sym.is_func && sym.addr > a) {
				if (sym.addr < end)
					next = sym.addr;
				break;
			}
		}
		while (a < next) {
			struct x86_insn in;
			const uint8_t *b = seg->data + (a - seg->vaddr);
			int l = x86_decode(b, end - a, &in);
			if (l <= 0) {
				a++;
				continue;
			}
			if (a + (uint64_t)l > next && next < end)
				break; /* runs into the next function: resync there */
			int k = in.cls == X86_CLASS_PATCH ? insn_kind(&in) : -1;
			if (k >= 0 && (r = add_insn(t, a, b, &in, k)) < 0)
				return r;
			a += (uint64_t)l;
		}
		a = next;
	}
	return 0;
}

int patch_table_build(struct patch_table *t, const struct hsim_image *img)
{
	int r;
	memset(t, 0, sizeof(*t));
	for (size_t i = 0; i < hsim_image_segment_count(img); i++) {
		const struct hsim_segment *seg = hsim_image_segment(img, i);
		if ((seg->flags & HSIM_SEG_X) && (r = scan_segment(t, img, seg)) < 0) {
			patch_table_free(t);
			return r;
		}
	}
	if (t->n)
		qsort(t->p, t->n, sizeof(*t->p), by_addr);
	return 0;
}

static void page_bits(uint64_t *map, uint64_t size, uint64_t lo, uint64_t hi, int set)
{
	for (uint64_t p = lo >> 12; p <= (hi - 1) >> 12 && p < (size + 4095) >> 12; p++) {
		if (set)
			map[p / 64] |= 1ull << (p % 64);
		else
			map[p / 64] &= ~(1ull << (p % 64));
	}
}

uint64_t *patch_exec_pages(const struct hsim_image *img, uint64_t size)
{
	uint64_t *map = calloc((size_t)(((size + 4095) >> 12) + 63) / 64, sizeof(uint64_t));
	if (!map)
		return NULL;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < hsim_image_segment_count(img); i++) {
			const struct hsim_segment *seg = hsim_image_segment(img, i);
			uint64_t len = pass ? seg->memsz : seg->filesz;
			int x = (seg->flags & HSIM_SEG_X) != 0;
			/* first the scanned bytes, then every page another
			 * segment has a byte in is taken out again */
			if (len && x == !pass)
				page_bits(map, size, seg->vaddr, seg->vaddr + len, !pass);
		}
	}
	return map;
}

const struct sim_patch *patch_table_find(const struct patch_table *t, uint64_t addr)
{
	return sim_patch_find(t->p, t->n, addr);
}

int patch_table_add_breakpoint(struct patch_table *t, const struct hsim_image *img, uint64_t addr)
{
	struct sim_patch *p = (struct sim_patch *)patch_table_find(t, addr);
	if (p) {
		/* a patched instruction: int3 over its trap, same original */
		p->kind = PATCH_BREAKPOINT;
		p->trap[0] = 0xcc;
		return 0;
	}
	/* an int3 in the middle of an instruction would corrupt it: the
	 * address must be where decoding from its function's start lands */
	struct hsim_symbol sym, fn = { 0 };
	for (size_t i = 0; i < hsim_image_symbol_count(img); i++)
		if (hsim_image_symbol(img, i, &sym) == 0 && sym.is_func && sym.addr <= addr &&
		    (addr - sym.addr < sym.size))
			fn = sym;
	/* the instruction at addr, from the image */
	for (size_t i = 0; i < hsim_image_segment_count(img); i++) {
		const struct hsim_segment *seg = hsim_image_segment(img, i);
		if (!(seg->flags & HSIM_SEG_X) || addr < seg->vaddr || addr >= seg->vaddr + seg->filesz)
			continue;
		const uint8_t *b = seg->data + (addr - seg->vaddr);
		struct x86_insn in;
		if (fn.name && fn.addr >= seg->vaddr) {
			uint64_t a = fn.addr;
			while (a < addr) {
				int n = x86_decode(seg->data + (a - seg->vaddr),
						   seg->vaddr + seg->filesz - a, &in);
				if (n <= 0)
					return HSIM_E_INVAL;
				a += (uint64_t)n;
			}
			if (a != addr)
				return HSIM_E_INVAL;
		}
		int l = x86_decode(b, seg->vaddr + seg->filesz - addr, &in);
		if (l <= 0)
			return HSIM_E_INVAL;
		if (!(p = grow(t)))
			return -ENOMEM;
		memset(p, 0, sizeof(*p));
		p->addr = addr;
		p->len = (uint8_t)l;
		p->kind = PATCH_BREAKPOINT;
		memcpy(p->orig, b, (size_t)l);
		memcpy(p->trap, b, (size_t)l);
		p->trap[0] = 0xcc; /* one byte: nothing else can be jumped into */
		qsort(t->p, t->n, sizeof(*t->p), by_addr);
		return 0;
	}
	return HSIM_E_INVAL;
}

void patch_table_apply(const struct patch_table *t, uint8_t *mem, uint64_t size)
{
	for (size_t i = 0; i < t->n; i++)
		if (t->p[i].addr < size && t->p[i].len <= size - t->p[i].addr)
			memcpy(mem + t->p[i].addr, t->p[i].trap, t->p[i].len);
}

void patch_table_free(struct patch_table *t)
{
	free(t->p);
	memset(t, 0, sizeof(*t));
}
