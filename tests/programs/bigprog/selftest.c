/*
 * selftest.c - checks of the C side: checksums against known values, a
 * word-frequency table (hashing, qsort, bsearch), compression round trips
 * over generated data (and corrupt streams), and printf/strtod of doubles.
 */
#include "codec.h"
#include "crc.h"
#include "selftest.h"
#include "util.h"

#include <ctype.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void check(int ok, const char *what, ...)
{
	va_list ap;
	char msg[200];

	if (ok)
		return;
	va_start(ap, what);
	vsnprintf(msg, sizeof(msg), what, ap);
	va_end(ap);
	out("  CHECK FAILED: %s\n", msg);
	failures++;
}

/* ---- checksums --------------------------------------------------------- */

int test_checksums(void)
{
	static const struct {
		const char *text;
		uint32_t crc, adler;
	} known[] = {
		{ "", 0x00000000u, 0x00000001u },
		{ "a", 0xe8b7be43u, 0x00620062u },
		{ "abc", 0x352441c2u, 0x024d0127u },
		{ "123456789", 0xcbf43926u, 0x091e01deu },
		{ "Wikipedia", 0xadaac02eu, 0x11e60398u },
		{ "The quick brown fox jumps over the lazy dog", 0x414fa339u, 0x5bdc0fdau },
	};
	unsigned char *buf;
	uint32_t c1, c2, piece;
	size_t i, n = 30000;
	rng r;

	failures = 0;
	out("== checksums ==\n");
	for (i = 0; i < ARRAY_LEN(known); i++) {
		size_t len = strlen(known[i].text);

		c1 = crc32_update(0, known[i].text, len);
		c2 = adler32_update(1, known[i].text, len);
		out("  %-45s crc32 %08x adler32 %08x %s\n", known[i].text, (unsigned)c1, (unsigned)c2,
		    c1 == known[i].crc && c2 == known[i].adler ? "ok" : "WRONG");
		check(c1 == known[i].crc, "crc32(\"%s\")", known[i].text);
		check(c2 == known[i].adler, "adler32(\"%s\")", known[i].text);
	}
	buf = xmalloc(n);
	rng_seed(&r, 42);
	for (i = 0; i < n; i++)
		buf[i] = (unsigned char)rng_next(&r);
	c1 = crc32_update(0, buf, n);
	c2 = crc32_bitwise(buf, n);
	/* the same CRC fed in uneven pieces */
	piece = 0;
	for (i = 0; i < n; i += 997)
		piece = crc32_update(piece, buf + i, n - i < 997 ? n - i : 997);
	out("  30000 random bytes: table %08x bitwise %08x pieces %08x adler %08x\n", (unsigned)c1,
	    (unsigned)c2, (unsigned)piece, (unsigned)adler32_update(1, buf, n));
	check(c1 == c2 && c1 == piece, "crc32 table, bitwise and pieces agree");
	xfree(buf);
	return failures;
}

/* ---- a word-frequency table -------------------------------------------- */

typedef struct wentry {
	char *word;
	unsigned count;
	struct wentry *next;
} wentry;

typedef struct {
	wentry **bucket;
	size_t nbuckets, count;
} wtable;

static void wt_init(wtable *t, size_t n)
{
	t->bucket = xcalloc(n, sizeof(wentry *));
	t->nbuckets = n;
	t->count = 0;
}

static void wt_grow(wtable *t)
{
	wtable bigger;
	size_t i;
	wentry *e, *next;

	wt_init(&bigger, t->nbuckets * 2);
	for (i = 0; i < t->nbuckets; i++) {
		for (e = t->bucket[i]; e; e = next) {
			size_t h = hash_bytes(e->word, strlen(e->word)) % bigger.nbuckets;

			next = e->next;
			e->next = bigger.bucket[h];
			bigger.bucket[h] = e;
		}
	}
	bigger.count = t->count;
	xfree(t->bucket);
	*t = bigger;
}

static void wt_add(wtable *t, const char *w, size_t len)
{
	size_t h = hash_bytes(w, len) % t->nbuckets;
	wentry *e;

	for (e = t->bucket[h]; e; e = e->next)
		if (strlen(e->word) == len && memcmp(e->word, w, len) == 0) {
			e->count++;
			return;
		}
	e = xmalloc(sizeof(*e));
	e->word = xstrndup(w, len);
	e->count = 1;
	e->next = t->bucket[h];
	t->bucket[h] = e;
	if (++t->count > t->nbuckets * 2)
		wt_grow(t);
}

static int by_count(const void *a, const void *b)
{
	const wentry *x = *(const wentry *const *)a, *y = *(const wentry *const *)b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->word, y->word);
}

static int by_word(const void *a, const void *b)
{
	return strcmp((*(const wentry *const *)a)->word, (*(const wentry *const *)b)->word);
}

static int key_word(const void *key, const void *elem)
{
	return strcmp(key, (*(const wentry *const *)elem)->word);
}

/* Text from a small vocabulary, word frequencies skewed (Zipf-like). */
static char *make_text(rng *r, size_t nwords)
{
	static const char *const vocab[] = {
		"the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was",
		"with", "be", "by", "on", "not", "he", "this", "are", "or", "his", "from",
		"at", "which", "but", "have", "an", "had", "they", "you", "were", "their",
		"one", "all", "we", "can", "her", "has", "there", "been", "if", "more",
		"when", "will", "would", "who", "so", "no", "interpreter", "compression",
		"huffman", "closure", "garbage", "collector", "simulator", "hypervisor",
	};
	strbuf sb;
	size_t i, k, nv = ARRAY_LEN(vocab);

	sb_init(&sb);
	for (i = 0; i < nwords; i++) {
		/* the minimum of two draws favours the early (common) words */
		k = rng_below(r, (uint32_t)nv);
		if (rng_below(r, 3))
			k = k < rng_below(r, (uint32_t)nv) ? k : rng_below(r, (uint32_t)nv);
		if (i && i % 12 == 0)
			sb_puts(&sb, ".\n");
		else if (i)
			sb_putc(&sb, ' ');
		sb_puts(&sb, vocab[k]);
		if (i % 12 == 0) {
			/* capitalise the start of each sentence */
			sb.data[sb.len - strlen(vocab[k])] =
				(char)toupper((unsigned char)sb.data[sb.len - strlen(vocab[k])]);
		}
	}
	sb_puts(&sb, ".\n");
	return sb_take(&sb);
}

int test_words(void)
{
	wtable t;
	wentry **all, **hit;
	char *text, *p, *start;
	size_t i, k, nwords = 0;
	rng r;
	const char *probe[] = { "the", "huffman", "zebra", "And", "simulator", "" };

	failures = 0;
	out("== word frequencies ==\n");
	rng_seed(&r, 2024);
	text = make_text(&r, 8000);
	wt_init(&t, 16);
	for (p = text; *p;) {
		while (*p && !isalpha((unsigned char)*p))
			p++;
		start = p;
		while (isalpha((unsigned char)*p)) {
			*p = (char)tolower((unsigned char)*p);
			p++;
		}
		if (p > start) {
			wt_add(&t, start, (size_t)(p - start));
			nwords++;
		}
	}
	all = xmalloc(t.count * sizeof(*all));
	for (i = k = 0; i < t.nbuckets; i++) {
		wentry *e;

		for (e = t.bucket[i]; e; e = e->next)
			all[k++] = e;
	}
	qsort(all, k, sizeof(*all), by_count);
	out("  %lu words, %lu distinct, %lu buckets\n", (unsigned long)nwords, (unsigned long)k,
	    (unsigned long)t.nbuckets);
	for (i = 0; i < 8 && i < k; i++)
		out("  %2lu. %-12s %5u %6.2f%%\n", (unsigned long)i + 1, all[i]->word, all[i]->count,
		    100.0 * all[i]->count / (double)nwords);
	out("  rarest: %s (%u)\n", all[k - 1]->word, all[k - 1]->count);
	qsort(all, k, sizeof(*all), by_word);
	for (i = 0; i < ARRAY_LEN(probe); i++) {
		hit = bsearch(probe[i], all, k, sizeof(*all), key_word);
		out("  lookup %-10s %s", probe[i][0] ? probe[i] : "(empty)", hit ? "found" : "absent");
		if (hit)
			out(", %u times, position %ld", (*hit)->count, (long)(hit - all));
		out("\n");
	}
	{
		unsigned total = 0;

		for (i = 0; i < k; i++)
			total += all[i]->count;
		check(total == nwords, "the counts add up (%u of %lu)", total, (unsigned long)nwords);
	}
	for (i = 0; i < k; i++) {
		xfree(all[i]->word);
		xfree(all[i]);
	}
	xfree(all);
	xfree(t.bucket);
	xfree(text);
	return failures;
}

/* ---- compression ------------------------------------------------------- */

typedef struct {
	const char *name;
	unsigned char *data;
	size_t len;
} dataset;

static void gen_text(dataset *d, rng *r)
{
	char *t = make_text(r, 4000);

	d->data = (unsigned char *)t;
	d->len = strlen(t);
}

static void gen_random(dataset *d, rng *r)
{
	size_t i;

	d->len = 6000;
	d->data = xmalloc(d->len);
	for (i = 0; i < d->len; i++)
		d->data[i] = (unsigned char)(rng_next(r) >> 56);
}

static void gen_runs(dataset *d, rng *r)
{
	size_t i = 0, n;
	unsigned char b;

	d->len = 20000;
	d->data = xmalloc(d->len);
	while (i < d->len) {
		b = (unsigned char)rng_below(r, 4);
		for (n = 1 + rng_below(r, 300); n-- && i < d->len;)
			d->data[i++] = b;
	}
}

static void gen_wave(dataset *d, rng *r)
{
	size_t i;
	int v = 128, step = 3;

	(void)r;
	d->len = 12000;
	d->data = xmalloc(d->len);
	/* a triangle wave with a slow drift: small deltas, few exact repeats */
	for (i = 0; i < d->len; i++) {
		v += step;
		if (v > 250 || v < 5)
			step = -step;
		if (i % 1000 == 999)
			step += step > 0 ? 1 : -1;
		d->data[i] = (unsigned char)(v ^ (int)(i >> 9 & 1));
	}
}

static void gen_records(dataset *d, rng *r)
{
	strbuf sb;
	int i;

	sb_init(&sb);
	for (i = 0; i < 400; i++)
		sb_printf(&sb, "{\"id\":%d,\"name\":\"user%04u\",\"score\":%.2f,\"flags\":\"%c%c\"}\n", i,
			  (unsigned)rng_below(r, 10000), rng_unit(r) * 100.0, 'A' + (int)rng_below(r, 26),
			  'a' + (int)rng_below(r, 26));
	d->len = sb.len;
	d->data = (unsigned char *)sb_take(&sb);
}

static void gen_tiny(dataset *d, rng *r)
{
	(void)r;
	d->len = 1;
	d->data = xmalloc(1);
	d->data[0] = 'x';
}

static void gen_empty(dataset *d, rng *r)
{
	(void)r;
	d->len = 0;
	d->data = xmalloc(1);
}

static void gen_long_match(dataset *d, rng *r)
{
	size_t i;

	(void)r;
	/* one byte repeated far past the longest match, then a period-7 pattern */
	d->len = 20000;
	d->data = xmalloc(d->len);
	for (i = 0; i < d->len; i++)
		d->data[i] = i < 12000 ? 'z' : (unsigned char)("abcdefg"[i % 7]);
}

static const struct {
	const char *name;
	void (*gen)(dataset *, rng *);
} generators[] = {
	{ "empty", gen_empty }, { "one byte", gen_tiny }, { "text", gen_text },
	{ "random", gen_random }, { "runs", gen_runs }, { "wave", gen_wave },
	{ "records", gen_records }, { "long match", gen_long_match },
};

/* Decompresses z; returns 0 and sets *crc, or -1 with the error printed. */
static int try_decompress(const unsigned char *z, size_t zn, uint32_t *crc, size_t *len)
{
	err_frame ef;
	unsigned char *back;

	err_push(&ef);
	if (setjmp(ef.env))
		return -1;
	back = lz_decompress(z, zn, len);
	err_pop(&ef);
	*crc = crc32_update(0, back, *len);
	xfree(back);
	return 0;
}

int test_compression(void)
{
	static const lz_options opts[] = { { 4, 0 }, { 32, 1 }, { 128, 1 } };
	dataset d;
	lz_stats st;
	unsigned char *z;
	size_t zn, i, j, k, blen;
	uint32_t crc, bcrc;
	rng r;
	int caught = 0, wrong = 0, same = 0;

	failures = 0;
	out("== compression ==\n");
	out("  %-11s %7s  %-14s %7s %7s %8s %8s %6s %s\n", "data", "bytes", "options", "packed",
	    "ratio", "literals", "matches", "blocks", "crc32");
	rng_seed(&r, 7);
	for (i = 0; i < ARRAY_LEN(generators); i++) {
		d.name = generators[i].name;
		generators[i].gen(&d, &r);
		crc = crc32_update(0, d.data, d.len);
		for (j = 0; j < ARRAY_LEN(opts); j++) {
			char o[32];

			z = lz_compress(d.data, d.len, &opts[j], &zn, &st);
			snprintf(o, sizeof(o), "chain %d%s", opts[j].max_chain, opts[j].lazy ? " lazy" : "");
			out("  %-11s %7lu  %-14s %7lu %7.3f %8lu %8lu %3lu+%-2lu %08x", d.name,
			    (unsigned long)d.len, o, (unsigned long)zn,
			    d.len ? (double)zn / (double)d.len : 0.0, st.literals, st.matches,
			    st.huff_blocks, st.stored_blocks, (unsigned)crc32_update(0, z, zn));
			if (try_decompress(z, zn, &bcrc, &blen) < 0) {
				out("  FAILED: %s\n", err_message);
				failures++;
			} else {
				out(" %s\n", bcrc == crc && blen == d.len ? "ok" : "MISMATCH");
				check(bcrc == crc && blen == d.len, "%s round trip", d.name);
			}
			xfree(z);
			/* Corrupt copies of a stream of the records' first 3000
			 * bytes: each must fail cleanly or give other data. */
			if (j == 1 && strcmp(d.name, "records") == 0) {
				z = lz_compress(d.data, 3000, &opts[j], &zn, &st);
				crc = crc32_update(0, d.data, 3000);
				for (k = 0; k < 40; k++) {
					unsigned char *bad = xmalloc(zn);
					size_t at = 8 + rng_below(&r, (uint32_t)(zn - 8));

					memcpy(bad, z, zn);
					bad[at] ^= (unsigned char)(1u << rng_below(&r, 8));
					const char *what;

					if (try_decompress(bad, k % 5 == 4 ? at : zn, &bcrc, &blen) < 0) {
						caught++;
						what = err_message;
					} else if (bcrc != crc) {
						wrong++;
						what = "decoded, other data";
					} else {
						same++;
						what = "decoded, unharmed";
					}
					if (k < 6)
						out("    bit flipped in byte %5lu%s: %s\n", (unsigned long)at,
						    k % 5 == 4 ? " (and cut there)" : "", what);
					xfree(bad);
				}
				xfree(z);
				crc = crc32_update(0, d.data, d.len);
			}
		}
		xfree(d.data);
	}
	out("  corrupt streams: %d rejected, %d decoded to other data, %d unharmed\n", caught,
	    wrong, same);
	return failures;
}

/* ---- printing and parsing doubles -------------------------------------- */

/*
 * Left out on purpose, because a correct guest libc may print otherwise
 * than glibc there:
 *  - exp, log, sin, tan, asin... at full precision: the guest libm is
 *    within a few ulp, not correctly rounded (nor is glibc's, always);
 *    the scripts print those rounded to a few digits;
 *  - "%#g" of a value that rounds up to a power of ten (999999.5): glibc
 *    2.36 prints "1.e+06", C99 7.19.6.1 wants "1.00000e+06" (the guest);
 *  - errno after strtod of a subnormal-range value that rounds to DBL_MIN
 *    (ERANGE or not is implementation-defined);
 *  - rand(): each libc has its own generator (rng in util.c instead).
 */

int test_formatting(void)
{
	static const double values[] = {
		0.0, -0.0, 1.0, -1.5, 0.1, 0.5, 2.5, 1e-5, 123456.789, 1e15, 1e16, 1e22, 1e23,
		5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793,
		2.718281828459045, 0.3333333333333333, 9.995, 0.125, 1234567890123456789.0,
		4.35, 0.045, 1e-300, 6.02214076e23,
	};
	static const char *const parse[] = {
		"0", "1e10", "-2.5e-3", "0.1", "3.14159265358979323846", "1e308", "2.2250738585072011e-308",
		"4.9406564584124654e-324", "123456789012345678901234567890", "0.000001", "  42", "-0", "1.5x",
		"9007199254740993", "1e-400", "0x10", "inf", "nan", "", ".5", "5.",
	};
	char buf[64], *end;
	size_t i;
	double d, back;
	int exact = 0;

	failures = 0;
	out("== formatting doubles ==\n");
	for (i = 0; i < ARRAY_LEN(values); i++) {
		d = values[i];
		out("  %%g %-12g %%e %-14e %%.3f %-16.3f %%.17g %.17g\n", d, d, d, d);
		snprintf(buf, sizeof(buf), "%.17g", d);
		back = strtod(buf, NULL);
		if (back == d && signbit(back) == signbit(d))
			exact++;
	}
	out("  %d of %lu round-trip through %%.17g and strtod\n", exact, (unsigned long)ARRAY_LEN(values));
	check(exact == (int)ARRAY_LEN(values), "round trips");
	for (i = 0; i < ARRAY_LEN(parse); i++) {
		d = strtod(parse[i], &end);
		out("  strtod(\"%s\") = %.17g, %ld consumed\n", parse[i], d, (long)(end - parse[i]));
	}
	out("  widths: [%8.2f] [%-8.2f] [%+.1e] [%08.3f] [% g] [%#g] [%G]\n", 3.14159, 3.14159, 12345.0,
	    -2.5, 1.0, 2.0, 1e-20);
	out("  ints: [%d] [%i] [%u] [%x] [%X] [%o] [%5d] [%-5d|] [%05d] [%+d] [%ld] [%lu] [%lld] [%llx]\n", INT_MIN,
	    -1, UINT_MAX, 3735928559u, 48879u, 511u, -42, 42, -42, 0, LONG_MIN, ULONG_MAX, LLONG_MIN,
	    0x123456789abcdefull);
	out("  chars: [%c%c%c] [%5s] [%-5s] [%.3s] [%*d] [%-*d] [%.*f]\n", 'o', 'k', '!', "ab", "ab",
	    "abcdef", 6, 42, 6, 42, 2, 2.71828);
	out("  limits: DBL_EPSILON %g DBL_MIN %g DBL_MAX %g DBL_DIG %d\n", DBL_EPSILON, DBL_MIN, DBL_MAX,
	    DBL_DIG);
	return failures;
}
