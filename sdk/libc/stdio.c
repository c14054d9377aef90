/* Guest libc: buffered streams. stdout and stderr write to the console
 * hypercall, stdin and fopen's files read through the input hypercalls.
 *
 * A hypercall is a VM exit (~50 us), so every stream writes into a buffer
 * and a stream call ends with at most one write. As glibc's: stdout is
 * line buffered when it is a terminal (it writes its complete lines when
 * the call wrote a newline) and fully buffered when not (HSIM_AT_TTY of
 * the process start, read at its first output), stderr unbuffered (everything after every
 * call); any stream also writes when its buffer fills. stdout is written
 * out at exit, before stderr output, before a read of stdin and before the
 * guest waits in hsim_recv. */
#include <errno.h>
#include <hsim/guest.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void hsim_format_sink(void *ctx, const char *s, size_t n);
int hsim_vformat(hsim_format_sink *sink, void *ctx, const char *fmt, va_list ap);
int hsim_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);
void __hsim_stdio_exit(void);
void __hsim_stdio_flush(void);

#define UNGET_MAX 8

/* The process start's HSIM_AT_TTY bits (crt0 found the vector). */
extern unsigned long *__hsim_auxv;
static unsigned long start_tty(void)
{
	for (unsigned long *a = __hsim_auxv; a && a[0]; a += 2)
		if (a[0] == HSIM_AT_TTY)
			return a[1];
	return 0;
}

struct hsim_file {
	int fd;
	int mode;    /* _IOFBF, _IOLBF or _IONBF; -1: not decided yet (stdout) */
	int err;     /* a read or write failed */
	int eof;     /* a read found the end */
	int newline; /* the current call wrote a '\n' */
	int input;   /* a stream to read (stdin, fopen) */
	int owned;   /* fopen's: fclose frees it */
	size_t len;  /* output: the buffer */
	size_t cap;
	char *buf;
	unsigned char *rbuf; /* input: rbuf[rpos, rlen) not read yet */
	size_t rpos, rlen, rcap;
	unsigned char back[UNGET_MAX]; /* ungetc's, the last one on top */
	int nback;
};

/* stdout's buffer is larger than BUFSIZ (glibc's 4 KiB): each write is a VM
 * exit, some 50-100 us against a microsecond or two for a write system
 * call, so output-heavy guests would otherwise spend most of their time in
 * exits. 256 KiB makes the exits' share of writing a few percent (pages of
 * it that are never written cost nothing). */
#define STDOUT_BUF (256 * 1024)
static char stdout_buf[STDOUT_BUF];

/* A fully buffered stdout that has filled its buffer twice is writing a
 * lot: it moves to a heap buffer of STDOUT_BIG, which quarters the exits
 * left (if malloc fails it just keeps the static one). Guests that print
 * little never pay for it. */
#define STDOUT_BIG (1024 * 1024)
static int stdout_fills;

static void stdout_grow(FILE *f)
{
	char *big;

	if (f->buf != stdout_buf || f->mode != _IOFBF || ++stdout_fills < 2)
		return;
	big = malloc(STDOUT_BIG);
	if (big) {
		f->buf = big;
		f->cap = STDOUT_BIG;
	}
}
static char stderr_buf[512];
static unsigned char stdin_buf[BUFSIZ];
static struct hsim_file stdout_file = { .fd = 1, .mode = -1, .cap = sizeof stdout_buf,
					.buf = stdout_buf };
static struct hsim_file stderr_file = { .fd = 2, .mode = _IONBF, .cap = sizeof stderr_buf,
					.buf = stderr_buf };
static struct hsim_file stdin_file = { .fd = 0, .mode = _IOFBF, .input = 1,
				       .rbuf = stdin_buf, .rcap = sizeof stdin_buf };

#undef stdin
#undef stdout
#undef stderr
FILE *stdin = &stdin_file;
FILE *stdout = &stdout_file;
FILE *stderr = &stderr_file;

static void write_all(FILE *f, const char *p, size_t n)
{
	if (f == &stderr_file)
		fflush(&stdout_file); /* keep the console in order */
	while (n && !f->err) {
		long r = hsim_write(f->fd, p, n);
		if (r <= 0) {
			f->err = 1;
			errno = r < 0 ? (int)-r : EIO;
			break;
		}
		p += r;
		n -= (size_t)r;
	}
}

int fflush(FILE *f)
{
	if (f && f->input) {
		/* glibc: an input stream drops what it read ahead (the file
		 * position is then the stream's) */
		if (f->rpos < f->rlen || f->nback)
			hsim_seek(f->fd, -(long)(f->rlen - f->rpos) - f->nback, SEEK_CUR);
		f->rpos = f->rlen = 0;
		f->nback = 0;
		return 0;
	}
	if (!f) {
		fflush(&stdout_file);
		fflush(&stderr_file);
		return stdout_file.err || stderr_file.err ? EOF : 0;
	}
	if (f->len) {
		size_t n = f->len;
		f->len = 0;
		write_all(f, f->buf, n);
	}
	return f->err ? EOF : 0;
}

static void put(FILE *f, const char *s, size_t n)
{
	if (f->mode < 0) /* glibc decides at the first output too */
		f->mode = start_tty() & 2 ? _IOLBF : _IOFBF;
	if (f->input) {
		f->err = 1;
		errno = EBADF;
		return;
	}
	if (f->mode == _IOLBF && !f->newline && memchr(s, '\n', n))
		f->newline = 1;
	while (n) {
		size_t room = f->cap - f->len;
		if (!room) {
			fflush(f);
			if (f == &stdout_file)
				stdout_grow(f);
			room = f->cap;
			if (n >= room) {
				/* a long piece goes out directly */
				write_all(f, s, n);
				return;
			}
		}
		if (room > n)
			room = n;
		memcpy(f->buf + f->len, s, room);
		f->len += room;
		s += room;
		n -= room;
	}
}

/* The end of one stdio call: flush as the buffering mode asks. A line
 * buffered stream writes up to its last newline and keeps the rest. */
static int done(FILE *f)
{
	if (f->mode == _IONBF) {
		fflush(f);
	} else if (f->mode == _IOLBF && f->newline) {
		char *nl = memrchr(f->buf, '\n', f->len);
		if (nl) {
			size_t n = (size_t)(nl + 1 - f->buf), rest = f->len - n;
			write_all(f, f->buf, n);
			memmove(f->buf, nl + 1, rest);
			f->len = rest;
		}
		f->newline = 0;
	}
	return f->err ? EOF : 0;
}

static void file_sink(void *ctx, const char *s, size_t n)
{
	put(ctx, s, n);
}

int vfprintf(FILE *__restrict f, const char *__restrict fmt, va_list ap)
{
	int r = hsim_vformat(file_sink, f, fmt, ap);

	return done(f) ? EOF : r;
}

int fprintf(FILE *__restrict f, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int vprintf(const char *__restrict fmt, va_list ap)
{
	return vfprintf(&stdout_file, fmt, ap);
}

int printf(const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(&stdout_file, fmt, ap);
	va_end(ap);
	return r;
}

int vsnprintf(char *__restrict buf, size_t n, const char *__restrict fmt, va_list ap)
{
	return hsim_vsnprintf(buf, n, fmt, ap);
}

int vsprintf(char *__restrict buf, const char *__restrict fmt, va_list ap)
{
	return hsim_vsnprintf(buf, (size_t)-1 / 2, fmt, ap);
}

int snprintf(char *__restrict buf, size_t n, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = hsim_vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}

int sprintf(char *__restrict buf, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = hsim_vsnprintf(buf, (size_t)-1 / 2, fmt, ap);
	va_end(ap);
	return r;
}

int fputc(int c, FILE *f)
{
	char ch = (char)c;

	put(f, &ch, 1);
	return done(f) ? EOF : (unsigned char)c;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, &stdout_file);
}

int fputs(const char *__restrict s, FILE *__restrict f)
{
	put(f, s, strlen(s));
	return done(f);
}

int puts(const char *s)
{
	put(&stdout_file, s, strlen(s));
	put(&stdout_file, "\n", 1);
	return done(&stdout_file);
}

size_t fwrite(const void *__restrict p, size_t size, size_t n, FILE *__restrict f)
{
	if (!size || !n)
		return 0;
	put(f, p, size * n);
	return done(f) ? 0 : n;
}

int setvbuf(FILE *__restrict f, char *__restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
		return -1;
	if (f->input)
		return 0; /* input streams keep their buffer */
	fflush(f);
	f->mode = mode;
	if (buf && size) {
		f->buf = buf;
		f->cap = size;
	}
	return 0;
}

void setbuf(FILE *__restrict f, char *__restrict buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}

int ferror(FILE *f)
{
	return f->err;
}

int feof(FILE *f)
{
	return f->eof;
}

void clearerr(FILE *f)
{
	f->err = 0;
	f->eof = 0;
}

int fileno(FILE *f)
{
	return f->fd;
}

void perror(const char *s)
{
	if (s && *s)
		fprintf(&stderr_file, "%s: %s\n", s, strerror(errno));
	else
		fprintf(&stderr_file, "%s\n", strerror(errno));
}

/* Called by hsim_exit. */
void __hsim_stdio_exit(void)
{
	fflush(NULL);
}

/* Called by hsim_recv before it may wait. */
void __hsim_stdio_flush(void)
{
	fflush(&stdout_file);
}

/* ---- input --------------------------------------------------------------- */

/* Refill f's buffer: 1 if it holds bytes now, 0 at the end or an error
 * (the flags say which). */
static int fill(FILE *f)
{
	long r;

	if (!f->input) {
		f->err = 1;
		errno = EBADF;
		return 0;
	}
	if (f->eof)
		return 0; /* the end stays the end until clearerr (C11 7.21.7.1) */
	if (f == &stdin_file)
		fflush(&stdout_file); /* a prompt comes out before the program waits */
	do
		r = hsim_read(f->fd, f->rbuf, f->rcap);
	while (r == HSIM_GUEST_EINTR);
	if (r < 0) {
		f->err = 1;
		errno = (int)-r;
		return 0;
	}
	if (r == 0) {
		f->eof = 1;
		return 0;
	}
	f->rpos = 0;
	f->rlen = (size_t)r;
	return 1;
}

int fgetc(FILE *f)
{
	if (f->nback)
		return f->back[--f->nback];
	if (f->rpos == f->rlen && !fill(f))
		return EOF;
	return f->rbuf[f->rpos++];
}

int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(&stdin_file);
}

int ungetc(int c, FILE *f)
{
	if (c == EOF || !f->input || f->nback == UNGET_MAX)
		return EOF;
	f->back[f->nback++] = (unsigned char)c;
	f->eof = 0;
	return (unsigned char)c;
}

char *fgets(char *__restrict s, int n, FILE *__restrict f)
{
	int i = 0;

	if (n <= 0)
		return NULL;
	while (i < n - 1) {
		int c = fgetc(f);
		if (c == EOF)
			break;
		s[i++] = (char)c;
		if (c == '\n')
			break;
	}
	if (i == 0 || f->err)
		return NULL;
	s[i] = 0;
	return s;
}

size_t fread(void *__restrict p, size_t size, size_t n, FILE *__restrict f)
{
	unsigned char *d = p;
	size_t want, got = 0;

	if (!size || !n)
		return 0;
	if (n > (size_t)-1 / size) {
		errno = EOVERFLOW;
		f->err = 1;
		return 0;
	}
	want = size * n;
	while (got < want && f->nback)
		d[got++] = f->back[--f->nback];
	while (got < want) {
		if (f->rpos == f->rlen && !fill(f))
			break;
		size_t k = f->rlen - f->rpos;
		if (k > want - got)
			k = want - got;
		memcpy(d + got, f->rbuf + f->rpos, k);
		f->rpos += k;
		got += k;
	}
	return got / size;
}

FILE *fopen(const char *__restrict name, const char *__restrict mode)
{
	if (mode[0] != 'r' || strchr(mode, '+')) {
		errno = EROFS; /* the guest's files are the host's, read-only */
		return NULL;
	}
	FILE *f = calloc(1, sizeof(*f) + BUFSIZ);
	if (!f)
		return NULL;
	int fd = hsim_open(name);
	if (fd < 0) {
		free(f);
		errno = -fd;
		return NULL;
	}
	f->fd = fd;
	f->mode = _IOFBF;
	f->input = 1;
	f->owned = 1;
	f->rbuf = (unsigned char *)(f + 1);
	f->rcap = BUFSIZ;
	return f;
}

int fclose(FILE *f)
{
	int r = fflush(f);
	if (f->input && hsim_close(f->fd) < 0)
		r = EOF;
	if (f->owned)
		free(f);
	return r;
}

int fseek(FILE *f, long off, int whence)
{
	long r;

	if (!f->input) {
		fflush(f);
		errno = ESPIPE; /* the console */
		return -1;
	}
	if (whence == SEEK_CUR) /* from the stream's position, not the host's */
		off -= (long)(f->rlen - f->rpos) + f->nback;
	r = hsim_seek(f->fd, off, whence);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	f->rpos = f->rlen = 0;
	f->nback = 0;
	f->eof = 0;
	return 0;
}

long ftell(FILE *f)
{
	if (!f->input) {
		errno = ESPIPE;
		return -1;
	}
	long r = hsim_seek(f->fd, 0, SEEK_CUR);
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r - (long)(f->rlen - f->rpos) - f->nback;
}

void rewind(FILE *f)
{
	fseek(f, 0, SEEK_SET);
	f->err = 0;
}

int fgetpos(FILE *__restrict f, fpos_t *__restrict pos)
{
	long r = ftell(f);
	if (r < 0)
		return -1;
	*pos = r;
	return 0;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
	return fseek(f, *pos, SEEK_SET);
}
