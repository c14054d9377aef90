/*
 * util.h - small helpers shared by every part of bigprog: checked
 * allocation, a growable string buffer, a seeded pseudo-random generator,
 * and error recovery with setjmp/longjmp.
 *
 * bigprog is a self-testing program (an interpreter for a small scripting
 * language plus a compressor) written in plain C99 so that the very same
 * sources build natively against glibc and as an hsim guest; its output
 * must be the same byte for byte in both.
 */
#ifndef BIGPROG_UTIL_H
#define BIGPROG_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Allocation that never returns NULL: running out of memory is fatal. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Bytes currently held through the x* functions (a leak check at exit). */
extern long util_live_blocks;
void xfree(void *p);

/* A growable, always NUL-terminated byte buffer. */
typedef struct {
	char *data;
	size_t len, cap;
} strbuf;

void sb_init(strbuf *sb);
void sb_free(strbuf *sb);
void sb_reserve(strbuf *sb, size_t extra);
void sb_putc(strbuf *sb, int c);
void sb_append(strbuf *sb, const char *s, size_t n);
void sb_puts(strbuf *sb, const char *s);
void sb_printf(strbuf *sb, const char *fmt, ...)
#ifdef __GNUC__
	__attribute__((format(printf, 2, 3)))
#endif
	;
void sb_vprintf(strbuf *sb, const char *fmt, va_list ap);
char *sb_take(strbuf *sb);	/* the contents, the buffer reset */

/* xorshift64*: the same sequence everywhere (rand() differs by libc). */
typedef struct {
	uint64_t s;
} rng;

void rng_seed(rng *r, uint64_t seed);
uint64_t rng_next(rng *r);
uint32_t rng_below(rng *r, uint32_t n);	/* uniform in [0, n) */
double rng_unit(rng *r);		/* uniform in [0, 1) */

/* FNV-1a, for the hash tables. */
uint32_t hash_bytes(const void *p, size_t n);

/*
 * Error recovery: code that can fail deep inside (the script compiler and
 * VM, the decompressor on corrupt input) calls fail(), which longjmps to the
 * innermost catch point pushed with TRY.  The message is kept in
 * err_message until the next failure.
 */
typedef struct err_frame {
	jmp_buf env;
	struct err_frame *prev;
} err_frame;

extern err_frame *err_top;
extern char err_message[256];

void err_push(err_frame *f);
void err_pop(err_frame *f);
#ifdef __GNUC__
__attribute__((noreturn, format(printf, 1, 2)))
#endif
void fail(const char *fmt, ...);

/* Output with a running checksum of everything printed. */
void out(const char *fmt, ...)
#ifdef __GNUC__
	__attribute__((format(printf, 1, 2)))
#endif
	;
uint32_t out_checksum(void);
unsigned long out_bytes(void);

#endif
