/*
 * lz.c - LZ77 matching and the block format on top of huff.c.
 */
#include "codec.h"
#include "util.h"

#include <string.h>

#define WINDOW 32768
#define MIN_MATCH 3
#define MAX_MATCH 258
#define HASH_BITS 15
#define HASH_SIZE (1 << HASH_BITS)
#define NLITLEN 286	/* 256 literals, end of block, 29 lengths */
#define NDIST 30
#define END_BLOCK 256
#define BLOCK_TOKENS 16384

static uint16_t len_base[29], dist_base[30];
static unsigned char len_extra[29], dist_extra[30];
static int tables_ready;

static void init_tables(void)
{
	int code, base = 3;

	for (code = 0; code < 28; code++) {
		len_extra[code] = (unsigned char)(code < 8 ? 0 : (code - 4) / 4);
		len_base[code] = (uint16_t)base;
		base += 1 << len_extra[code];
	}
	len_base[28] = MAX_MATCH;
	len_extra[28] = 0;
	base = 1;
	for (code = 0; code < NDIST; code++) {
		dist_extra[code] = (unsigned char)(code < 4 ? 0 : code / 2 - 1);
		dist_base[code] = (uint16_t)base;
		base += 1 << dist_extra[code];
	}
	tables_ready = 1;
}

/* The code for a length or distance: the last base not above it. */
static int find_code(const uint16_t *base, int n, int v)
{
	int lo = 0, hi = n - 1, mid;

	while (lo < hi) {
		mid = (lo + hi + 1) / 2;
		if (base[mid] <= v)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/* One block's worth of tokens: a literal (dist 0) or a match. */
typedef struct {
	uint16_t litlen[BLOCK_TOKENS];
	uint16_t dist[BLOCK_TOKENS];
	int n;
	size_t start, end;	/* the input bytes the block covers */
} tokens;

typedef struct {
	const unsigned char *in;
	size_t n;
	int *head, *prev;
	lz_options opt;
	lz_stats *st;
	bitwriter w;
	tokens *t;
} lz_state;

static unsigned hash3(const unsigned char *p)
{
	return ((unsigned)p[0] << 10 ^ (unsigned)p[1] << 5 ^ p[2]) & (HASH_SIZE - 1);
}

static void insert(lz_state *s, size_t pos)
{
	unsigned h;

	if (pos + MIN_MATCH > s->n)
		return;
	h = hash3(s->in + pos);
	s->prev[pos % WINDOW] = s->head[h];
	s->head[h] = (int)pos;
}

/* The longest match for pos among the chain of earlier positions. */
static int longest(lz_state *s, size_t pos, int *dist)
{
	int cand, chain = s->opt.max_chain, best = 0, len, maxlen;
	const unsigned char *p = s->in + pos;

	if (pos + MIN_MATCH > s->n)
		return 0;
	maxlen = (int)(s->n - pos < MAX_MATCH ? s->n - pos : MAX_MATCH);
	cand = s->head[hash3(p)];
	while (cand >= 0 && chain-- > 0 && pos - (size_t)cand <= WINDOW - 1) {
		const unsigned char *q = s->in + cand;

		if (q[best] == p[best] && q[0] == p[0]) {
			for (len = 0; len < maxlen && q[len] == p[len]; len++)
				;
			if (len > best) {
				best = len;
				*dist = (int)(pos - (size_t)cand);
				if (len == maxlen)
					break;
			}
		}
		cand = s->prev[cand % WINDOW];
		/* A stale link (its slot reused for a newer position) ends it. */
		if (cand >= (int)pos)
			break;
	}
	return best >= MIN_MATCH ? best : 0;
}

static void put_stored(lz_state *s, const tokens *t, int final)
{
	size_t i, n = t->end - t->start;

	bw_bits(&s->w, (uint32_t)final, 1);
	bw_bits(&s->w, 0, 1);
	bw_align(&s->w);
	bw_bits(&s->w, (uint32_t)(n & 0xffff), 16);
	bw_bits(&s->w, (uint32_t)(n >> 16), 16);
	for (i = t->start; i < t->end; i++)
		bw_byte(&s->w, s->in[i]);
	s->st->stored_blocks++;
}

/* Bits a Huffman block of these tokens takes, codes given. */
static unsigned long huff_cost(const tokens *t, const unsigned char *ll, const unsigned char *dl)
{
	unsigned long bits = 4 * (NLITLEN + NDIST) + ll[END_BLOCK];
	int i, c;

	for (i = 0; i < t->n; i++) {
		if (!t->dist[i]) {
			bits += ll[t->litlen[i]];
			continue;
		}
		c = find_code(len_base, 29, t->litlen[i]);
		bits += ll[257 + c] + len_extra[c];
		c = find_code(dist_base, NDIST, t->dist[i]);
		bits += dl[c] + dist_extra[c];
	}
	return bits;
}

static void flush_block(lz_state *s, int final)
{
	uint32_t lf[NLITLEN] = { 0 }, df[NDIST] = { 0 };
	unsigned char ll[NLITLEN], dl[NDIST];
	uint16_t lc[NLITLEN], dc[NDIST];
	tokens *t = s->t;
	int i, c;

	for (i = 0; i < t->n; i++) {
		if (!t->dist[i]) {
			lf[t->litlen[i]]++;
		} else {
			lf[257 + find_code(len_base, 29, t->litlen[i])]++;
			df[find_code(dist_base, NDIST, t->dist[i])]++;
		}
	}
	lf[END_BLOCK] = 1;
	huff_lengths(lf, NLITLEN, HUFF_MAXBITS, ll);
	huff_lengths(df, NDIST, HUFF_MAXBITS, dl);
	if (huff_cost(t, ll, dl) >= 8 * (t->end - t->start) + 40) {
		put_stored(s, t, final);
		goto done;
	}
	huff_codes(ll, NLITLEN, lc);
	huff_codes(dl, NDIST, dc);
	bw_bits(&s->w, (uint32_t)final, 1);
	bw_bits(&s->w, 1, 1);
	for (i = 0; i < NLITLEN; i++)
		bw_bits(&s->w, ll[i], 4);
	for (i = 0; i < NDIST; i++)
		bw_bits(&s->w, dl[i], 4);
	for (i = 0; i < t->n; i++) {
		if (!t->dist[i]) {
			huff_put(&s->w, lc[t->litlen[i]], ll[t->litlen[i]]);
			continue;
		}
		c = find_code(len_base, 29, t->litlen[i]);
		huff_put(&s->w, lc[257 + c], ll[257 + c]);
		bw_bits(&s->w, t->litlen[i] - len_base[c], len_extra[c]);
		c = find_code(dist_base, NDIST, t->dist[i]);
		huff_put(&s->w, dc[c], dl[c]);
		bw_bits(&s->w, t->dist[i] - dist_base[c], dist_extra[c]);
	}
	huff_put(&s->w, lc[END_BLOCK], ll[END_BLOCK]);
	s->st->huff_blocks++;
done:
	t->n = 0;
	t->start = t->end;
}

static void emit(lz_state *s, int litlen, int dist, size_t advance)
{
	tokens *t = s->t;

	t->litlen[t->n] = (uint16_t)litlen;
	t->dist[t->n] = (uint16_t)dist;
	t->n++;
	t->end += advance;
	if (dist) {
		s->st->matches++;
		s->st->match_bytes += (unsigned long)litlen;
	} else {
		s->st->literals++;
	}
	if (t->n == BLOCK_TOKENS)
		flush_block(s, 0);
}

unsigned char *lz_compress(const unsigned char *in, size_t n, const lz_options *o,
			   size_t *outlen, lz_stats *st)
{
	lz_state s;
	size_t pos = 0, k;
	int i, len, dist = 0, len2, dist2 = 0;

	if (!tables_ready)
		init_tables();
	memset(st, 0, sizeof(*st));
	s.in = in;
	s.n = n;
	s.opt = *o;
	s.st = st;
	s.head = xmalloc(sizeof(int) * HASH_SIZE);
	s.prev = xmalloc(sizeof(int) * WINDOW);
	s.t = xmalloc(sizeof(*s.t));
	s.t->n = 0;
	s.t->start = s.t->end = 0;
	for (i = 0; i < HASH_SIZE; i++)
		s.head[i] = -1;
	for (i = 0; i < WINDOW; i++)
		s.prev[i] = -1;
	bw_init(&s.w);
	bw_byte(&s.w, 'B');
	bw_byte(&s.w, 'P');
	bw_byte(&s.w, 'Z');
	bw_byte(&s.w, '1');
	bw_bits(&s.w, (uint32_t)n, 32);

	while (pos < n) {
		len = longest(&s, pos, &dist);
		insert(&s, pos);
		/* Lazy matching: a longer match one byte on is worth a literal. */
		if (len && s.opt.lazy && len < 32 && pos + 1 < n) {
			len2 = longest(&s, pos + 1, &dist2);
			if (len2 > len) {
				emit(&s, in[pos], 0, 1);
				pos++;
				insert(&s, pos);
				len = len2;
				dist = dist2;
			}
		}
		if (len) {
			for (k = 1; k < (size_t)len; k++)
				insert(&s, pos + k);
			emit(&s, len, dist, (size_t)len);
			pos += (size_t)len;
		} else {
			emit(&s, in[pos], 0, 1);
			pos++;
		}
	}
	flush_block(&s, 1);
	xfree(s.head);
	xfree(s.prev);
	xfree(s.t);
	return bw_finish(&s.w, outlen);
}

/* ---- decompression ----------------------------------------------------- */

/* Everything a decompression owns, on the heap so that it is still right
 * after a longjmp (locals changed after setjmp would not be). */
typedef struct {
	bitreader r;
	huff_decoder lit, dis;
	unsigned char *data;
	size_t cap, pos, total;
} inflater;

static void put_byte(inflater *z, unsigned char b)
{
	if (z->pos >= z->total)
		fail("more data than the header says");
	if (z->pos == z->cap) {
		z->cap = z->cap ? z->cap * 2 : 1024;
		z->data = xrealloc(z->data, z->cap);
	}
	z->data[z->pos++] = b;
}

static void free_decoders(inflater *z)
{
	huff_decoder_free(&z->lit);
	huff_decoder_free(&z->dis);
}

/* One Huffman block: its code lengths, then symbols to the end code. */
static void inflate_huff(inflater *z)
{
	unsigned char ll[NLITLEN], dl[NDIST];
	int i, sym, c, len, dist;

	for (i = 0; i < NLITLEN; i++)
		ll[i] = (unsigned char)br_bits(&z->r, 4);
	for (i = 0; i < NDIST; i++)
		dl[i] = (unsigned char)br_bits(&z->r, 4);
	huff_decoder_init(&z->lit, ll, NLITLEN);
	huff_decoder_init(&z->dis, dl, NDIST);
	for (;;) {
		sym = huff_decode(&z->lit, &z->r);
		if (sym < 256) {
			put_byte(z, (unsigned char)sym);
			continue;
		}
		if (sym == END_BLOCK)
			break;
		c = sym - 257;
		if (c >= 29)
			fail("bad length code %d", sym);
		len = len_base[c] + (int)br_bits(&z->r, len_extra[c]);
		c = huff_decode(&z->dis, &z->r);
		if (c >= NDIST)
			fail("bad distance code %d", c);
		dist = dist_base[c] + (int)br_bits(&z->r, dist_extra[c]);
		if ((size_t)dist > z->pos)
			fail("distance %d reaches before the start (at %lu)", dist,
			     (unsigned long)z->pos);
		/* Byte by byte: a match may overlap what it produces. */
		while (len--)
			put_byte(z, z->data[z->pos - (size_t)dist]);
	}
	free_decoders(z);
}

static void inflate_stored(inflater *z)
{
	size_t len, i;

	br_align(&z->r);
	len = br_bits(&z->r, 16);
	len |= (size_t)br_bits(&z->r, 16) << 16;
	for (i = 0; i < len; i++)
		put_byte(z, (unsigned char)br_bits(&z->r, 8));
}

unsigned char *lz_decompress(const unsigned char *in, size_t n, size_t *outlen)
{
	inflater *z;
	unsigned char *data;
	err_frame ef;
	int final = 0;

	if (!tables_ready)
		init_tables();
	if (n < 8 || memcmp(in, "BPZ1", 4) != 0)
		fail("not a BPZ1 stream");
	z = xcalloc(1, sizeof(*z));
	br_init(&z->r, in + 4, n - 4);
	err_push(&ef);
	if (setjmp(ef.env)) {
		free_decoders(z);
		xfree(z->data);
		xfree(z);
		fail("%s", err_message);
	}
	z->total = br_bits(&z->r, 32);
	while (!final) {
		final = (int)br_bits(&z->r, 1);
		if (br_bits(&z->r, 1))
			inflate_huff(z);
		else
			inflate_stored(z);
	}
	if (z->pos != z->total)
		fail("stream ends after %lu of %lu bytes", (unsigned long)z->pos,
		     (unsigned long)z->total);
	err_pop(&ef);
	*outlen = z->pos;
	data = z->data ? z->data : xmalloc(1);
	xfree(z);
	return data;
}
