/*
 * huff.c - bit streams and canonical Huffman codes.
 */
#include "codec.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* ---- bit writer -------------------------------------------------------- */

void bw_init(bitwriter *w)
{
	memset(w, 0, sizeof(*w));
}

static void bw_store(bitwriter *w, unsigned char b)
{
	if (w->len == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 256;
		w->buf = xrealloc(w->buf, w->cap);
	}
	w->buf[w->len++] = b;
}

void bw_bits(bitwriter *w, uint32_t value, int n)
{
	w->acc |= (uint64_t)(value & (n == 32 ? 0xffffffffu : (1u << n) - 1)) << w->nacc;
	w->nacc += n;
	while (w->nacc >= 8) {
		bw_store(w, (unsigned char)(w->acc & 0xff));
		w->acc >>= 8;
		w->nacc -= 8;
	}
}

void bw_align(bitwriter *w)
{
	if (w->nacc > 0)
		bw_bits(w, 0, 8 - w->nacc);
}

void bw_byte(bitwriter *w, unsigned b)
{
	bw_bits(w, b, 8);
}

unsigned char *bw_finish(bitwriter *w, size_t *len)
{
	bw_align(w);
	*len = w->len;
	return w->buf;
}

/* ---- bit reader -------------------------------------------------------- */

void br_init(bitreader *r, const unsigned char *buf, size_t len)
{
	memset(r, 0, sizeof(*r));
	r->buf = buf;
	r->len = len;
}

uint32_t br_bits(bitreader *r, int n)
{
	uint32_t v;

	while (r->nacc < n) {
		if (r->pos >= r->len)
			fail("compressed stream truncated at byte %lu", (unsigned long)r->pos);
		r->acc |= (uint64_t)r->buf[r->pos++] << r->nacc;
		r->nacc += 8;
	}
	v = (uint32_t)(r->acc & (n == 32 ? 0xffffffffull : (1ull << n) - 1));
	r->acc >>= n;
	r->nacc -= n;
	return v;
}

void br_align(bitreader *r)
{
	int drop = r->nacc % 8;

	r->acc >>= drop;
	r->nacc -= drop;
}

/* ---- building code lengths --------------------------------------------- */

/* A tree node; leaves are symbols, the rest joins of two. */
typedef struct {
	uint32_t weight;
	int left, right;	/* -1 for a leaf */
	int symbol;
} hnode;

/* A binary min-heap of node indices ordered by weight, then index (so the
 * result is the same whatever the heap's tie-breaking). */
typedef struct {
	int *item;
	int n;
	const hnode *nodes;
} heap;

static int heap_less(const heap *h, int a, int b)
{
	const hnode *x = &h->nodes[a], *y = &h->nodes[b];

	if (x->weight != y->weight)
		return x->weight < y->weight;
	return a < b;
}

static void heap_push(heap *h, int v)
{
	int i = h->n++, parent;

	h->item[i] = v;
	while (i > 0) {
		parent = (i - 1) / 2;
		if (!heap_less(h, h->item[i], h->item[parent]))
			break;
		h->item[i] = h->item[parent];
		h->item[parent] = v;
		i = parent;
	}
}

static int heap_pop(heap *h)
{
	int top = h->item[0], i = 0, c, t;

	h->item[0] = h->item[--h->n];
	for (;;) {
		c = 2 * i + 1;
		if (c >= h->n)
			break;
		if (c + 1 < h->n && heap_less(h, h->item[c + 1], h->item[c]))
			c++;
		if (!heap_less(h, h->item[c], h->item[i]))
			break;
		t = h->item[c];
		h->item[c] = h->item[i];
		h->item[i] = t;
		i = c;
	}
	return top;
}

/* Depth of every leaf below node (recursively). */
static void assign_depth(const hnode *nodes, int node, int depth, unsigned char *len, int *maxd)
{
	if (nodes[node].left < 0) {
		len[nodes[node].symbol] = (unsigned char)(depth ? depth : 1);
		if (depth > *maxd)
			*maxd = depth;
		return;
	}
	assign_depth(nodes, nodes[node].left, depth + 1, len, maxd);
	assign_depth(nodes, nodes[node].right, depth + 1, len, maxd);
}

/* One Huffman tree over the weights; returns its depth. */
static int build_once(const uint32_t *w, int n, unsigned char *len)
{
	hnode *nodes = xmalloc(sizeof(*nodes) * (size_t)(2 * n + 1));
	heap h;
	int i, used = 0, maxd = 0, a, b;

	h.item = xmalloc(sizeof(int) * (size_t)(2 * n + 1));
	h.n = 0;
	h.nodes = nodes;
	memset(len, 0, (size_t)n);
	for (i = 0; i < n; i++) {
		if (!w[i])
			continue;
		nodes[used].weight = w[i];
		nodes[used].left = nodes[used].right = -1;
		nodes[used].symbol = i;
		heap_push(&h, used++);
	}
	if (used > 0) {
		while (h.n > 1) {
			a = heap_pop(&h);
			b = heap_pop(&h);
			nodes[used].weight = nodes[a].weight + nodes[b].weight;
			nodes[used].left = a;
			nodes[used].right = b;
			nodes[used].symbol = -1;
			heap_push(&h, used++);
		}
		assign_depth(nodes, heap_pop(&h), 0, len, &maxd);
	}
	xfree(h.item);
	xfree(nodes);
	return maxd;
}

int huff_lengths(const uint32_t *freq, int n, int maxbits, unsigned char *len)
{
	uint32_t *w = xmalloc(sizeof(*w) * (size_t)n);
	int i, depth;

	memcpy(w, freq, sizeof(*w) * (size_t)n);
	/* Too deep: flatten the weights (halve them, keeping every used symbol
	 * above zero) and build again, until the tree fits. */
	while ((depth = build_once(w, n, len)) > maxbits)
		for (i = 0; i < n; i++)
			if (w[i])
				w[i] = (w[i] + 1) / 2;
	xfree(w);
	return depth;
}

void huff_codes(const unsigned char *len, int n, uint16_t *code)
{
	uint16_t count[HUFF_MAXBITS + 1] = { 0 }, next[HUFF_MAXBITS + 2];
	int i, bits;
	unsigned c = 0;

	for (i = 0; i < n; i++)
		count[len[i]]++;
	count[0] = 0;
	for (bits = 1; bits <= HUFF_MAXBITS; bits++) {
		c = (c + count[bits - 1]) << 1;
		next[bits] = (uint16_t)c;
	}
	for (i = 0; i < n; i++)
		code[i] = len[i] ? next[len[i]]++ : 0;
}

void huff_put(bitwriter *w, uint16_t code, int len)
{
	uint32_t rev = 0;
	int i;

	/* Huffman codes go out most significant bit first. */
	for (i = 0; i < len; i++)
		rev |= (uint32_t)((code >> i) & 1) << (len - 1 - i);
	bw_bits(w, rev, len);
}

/* ---- decoding ---------------------------------------------------------- */

void huff_decoder_init(huff_decoder *d, const unsigned char *len, int n)
{
	uint16_t offs[HUFF_MAXBITS + 2];
	int i, left = 1;

	memset(d->count, 0, sizeof(d->count));
	for (i = 0; i < n; i++)
		d->count[len[i]]++;
	for (i = 1; i <= HUFF_MAXBITS; i++) {
		left = left * 2 - d->count[i];
		if (left < 0)
			fail("over-subscribed Huffman code (%d bits)", i);
	}
	offs[1] = 0;
	for (i = 1; i < HUFF_MAXBITS; i++)
		offs[i + 1] = (uint16_t)(offs[i] + d->count[i]);
	d->symbol = xmalloc(sizeof(uint16_t) * (size_t)(n ? n : 1));
	d->n = n;
	for (i = 0; i < n; i++)
		if (len[i])
			d->symbol[offs[len[i]]++] = (uint16_t)i;
}

void huff_decoder_free(huff_decoder *d)
{
	xfree(d->symbol);
	d->symbol = NULL;
}

int huff_decode(huff_decoder *d, bitreader *r)
{
	int code = 0, first = 0, index = 0, len, count;

	/* Canonical codes of one length are consecutive: walk the lengths,
	 * one bit at a time, until the code falls inside a length's range. */
	for (len = 1; len <= HUFF_MAXBITS; len++) {
		code |= (int)br_bits(r, 1);
		count = d->count[len];
		if (code - first < count)
			return d->symbol[index + code - first];
		index += count;
		first = (first + count) << 1;
		code <<= 1;
	}
	fail("invalid Huffman code");
}
