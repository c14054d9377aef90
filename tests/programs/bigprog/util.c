/*
 * util.c - allocation, string buffers, the PRNG, hashing, error recovery
 * and checksummed output.
 */
#include "util.h"
#include "crc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long util_live_blocks;
err_frame *err_top;
char err_message[256];

static void out_of_memory(size_t n)
{
	fprintf(stderr, "bigprog: out of memory (%lu bytes)\n", (unsigned long)n);
	exit(3);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		out_of_memory(n);
	util_live_blocks++;
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		out_of_memory(n * size);
	util_live_blocks++;
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q)
		out_of_memory(n);
	if (!p)
		util_live_blocks++;
	return q;
}

void xfree(void *p)
{
	if (p)
		util_live_blocks--;
	free(p);
}

char *xstrndup(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

/* ---- string buffers ---------------------------------------------------- */

void sb_init(strbuf *sb)
{
	sb->data = NULL;
	sb->len = sb->cap = 0;
}

void sb_free(strbuf *sb)
{
	xfree(sb->data);
	sb_init(sb);
}

void sb_reserve(strbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;

	if (need <= sb->cap)
		return;
	if (sb->cap == 0)
		sb->cap = 16;
	while (sb->cap < need)
		sb->cap *= 2;
	sb->data = xrealloc(sb->data, sb->cap);
}

void sb_append(strbuf *sb, const char *s, size_t n)
{
	sb_reserve(sb, n);
	memcpy(sb->data + sb->len, s, n);
	sb->len += n;
	sb->data[sb->len] = '\0';
}

void sb_putc(strbuf *sb, int c)
{
	char ch = (char)c;

	sb_append(sb, &ch, 1);
}

void sb_puts(strbuf *sb, const char *s)
{
	sb_append(sb, s, strlen(s));
}

void sb_vprintf(strbuf *sb, const char *fmt, va_list ap)
{
	va_list ap2;
	char probe[1];
	int n;

	/* Measure first (vsnprintf with no room), then print for real. */
	va_copy(ap2, ap);
	n = vsnprintf(probe, sizeof(probe), fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	sb_reserve(sb, (size_t)n);
	vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void sb_printf(strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(sb, fmt, ap);
	va_end(ap);
}

char *sb_take(strbuf *sb)
{
	char *s = sb->data;

	if (!s)
		s = xstrdup("");
	sb_init(sb);
	return s;
}

/* ---- PRNG and hashing -------------------------------------------------- */

void rng_seed(rng *r, uint64_t seed)
{
	r->s = seed ? seed : 0x9e3779b97f4a7c15ull;
}

uint64_t rng_next(rng *r)
{
	uint64_t x = r->s;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	r->s = x;
	return x * 0x2545f4914f6cdd1dull;
}

uint32_t rng_below(rng *r, uint32_t n)
{
	return (uint32_t)((rng_next(r) >> 32) % n);
}

double rng_unit(rng *r)
{
	return (double)(rng_next(r) >> 11) / 9007199254740992.0;
}

uint32_t hash_bytes(const void *p, size_t n)
{
	const unsigned char *b = p;
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= b[i];
		h *= 16777619u;
	}
	return h;
}

/* ---- error recovery ---------------------------------------------------- */

void err_push(err_frame *f)
{
	f->prev = err_top;
	err_top = f;
}

void err_pop(err_frame *f)
{
	err_top = f->prev;
}

void fail(const char *fmt, ...)
{
	va_list ap;
	err_frame *f = err_top;
	char msg[sizeof(err_message)];

	/* Into a copy first: a handler passing a failure on gives
	 * err_message itself as an argument. */
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	memcpy(err_message, msg, sizeof(msg));
	if (!f) {
		fprintf(stderr, "bigprog: uncaught error: %s\n", err_message);
		exit(4);
	}
	err_top = f->prev;
	longjmp(f->env, 1);
}

/* ---- checksummed output ------------------------------------------------ */

static uint32_t out_crc;
static unsigned long out_count;

void out(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof(buf))
		n = sizeof(buf) - 1;
	out_crc = crc32_update(out_crc, buf, (size_t)n);
	out_count += (unsigned long)n;
	fwrite(buf, 1, (size_t)n, stdout);
}

uint32_t out_checksum(void)
{
	return out_crc;
}

unsigned long out_bytes(void)
{
	return out_count;
}
