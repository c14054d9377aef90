/* Guest libc: stdout/stderr streams over the console hypercall.
 *
 * A hypercall is a VM exit (~50 us), so every stream writes into a buffer
 * and a stream call ends with at most one write: stdout (line buffered)
 * writes its complete lines when the call wrote a newline, stderr
 * (unbuffered) everything after every call; any stream also writes when its
 * buffer fills. */
#include <errno.h>
#include <hsim/guest.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef void hsim_format_sink(void *ctx, const char *s, size_t n);
int hsim_vformat(hsim_format_sink *sink, void *ctx, const char *fmt, va_list ap);
int hsim_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);
void __hsim_stdio_exit(void);

struct hsim_file {
	int fd;
	int mode;    /* _IOFBF, _IOLBF or _IONBF */
	int err;     /* a write failed */
	int newline; /* the current call wrote a '\n' */
	size_t len;
	size_t cap;
	char *buf;
};

static char stdout_buf[BUFSIZ];
static char stderr_buf[512];
static struct hsim_file stdout_file = { 1, _IOLBF, 0, 0, 0, sizeof stdout_buf, stdout_buf };
static struct hsim_file stderr_file = { 2, _IONBF, 0, 0, 0, sizeof stderr_buf, stderr_buf };

#undef stdout
#undef stderr
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
	if (f->mode == _IOLBF && !f->newline && memchr(s, '\n', n))
		f->newline = 1;
	while (n) {
		size_t room = f->cap - f->len;
		if (!room) {
			fflush(f);
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

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	int r = hsim_vformat(file_sink, f, fmt, ap);

	return done(f) ? EOF : r;
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int vprintf(const char *restrict fmt, va_list ap)
{
	return vfprintf(&stdout_file, fmt, ap);
}

int printf(const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(&stdout_file, fmt, ap);
	va_end(ap);
	return r;
}

int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt, va_list ap)
{
	return hsim_vsnprintf(buf, n, fmt, ap);
}

int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
{
	return hsim_vsnprintf(buf, (size_t)-1 / 2, fmt, ap);
}

int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = hsim_vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}

int sprintf(char *restrict buf, const char *restrict fmt, ...)
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

int fputs(const char *restrict s, FILE *restrict f)
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

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	if (!size || !n)
		return 0;
	put(f, p, size * n);
	return done(f) ? 0 : n;
}

int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
		return -1;
	fflush(f);
	f->mode = mode;
	if (buf && size) {
		f->buf = buf;
		f->cap = size;
	}
	return 0;
}

int ferror(FILE *f)
{
	return f->err;
}

void clearerr(FILE *f)
{
	f->err = 0;
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
