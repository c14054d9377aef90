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
	struct memfile *mem; /* tmpfile's: the stream's bytes are in memory */
};

/* tmpfile's in-memory files (the end of the file) */
static void mem_write(FILE *f, const char *p, size_t n);
static long mem_read(FILE *f, void *buf, size_t n);
static int mem_flush(FILE *f);
static void flush_streams(void);
static void forget_stream(FILE *f);
static int mem_seek(FILE *f, long off, int whence);
static long mem_tell(FILE *f);

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
	if (f->mem) {
		mem_write(f, p, n);
		return;
	}
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
	if (f && f->mem)
		return mem_flush(f);
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
		flush_streams();
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
	if (f->input && f->mem)
		mem_flush(f); /* a read/write file turns to writing */
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

	if (!f->input && f->mem)
		mem_flush(f); /* a read/write file turns to reading */
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
		r = f->mem ? mem_read(f, f->rbuf, f->rcap) : hsim_read(f->fd, f->rbuf, f->rcap);
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
	if (f->owned && (f->mem || !f->input))
		forget_stream(f);
	else if (f->input && hsim_close(f->fd) < 0)
		r = EOF;
	if (f->owned)
		free(f);
	return r;
}

int fseek(FILE *f, long off, int whence)
{
	long r;

	if (f->mem)
		return mem_seek(f, off, whence);
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
	if (f->mem)
		return mem_tell(f);
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

/* ---- POSIX and GNU additions ----------------------------------------------- */

#include <wchar.h>

/* The output streams fdopen and tmpfile made: fflush(NULL) and the exit
 * write them out, as glibc's do (newest first). As many as memory holds. */
static FILE **streams;
static size_t nstreams, streams_cap;

static int remember_stream(FILE *f)
{
	if (nstreams == streams_cap) {
		size_t cap = streams_cap ? 2 * streams_cap : 16;
		FILE **s = realloc(streams, cap * sizeof *s);
		if (!s) {
			errno = ENOMEM;
			return -1;
		}
		streams = s;
		streams_cap = cap;
	}
	streams[nstreams++] = f;
	return 0;
}

static void forget_stream(FILE *f)
{
	for (size_t i = 0; i < nstreams; i++)
		if (streams[i] == f) {
			memmove(streams + i, streams + i + 1, (nstreams - i - 1) * sizeof *streams);
			nstreams--;
			break;
		}
	if (f->mem) {
		free(f->mem);
		f->mem = NULL;
	}
}

static void flush_streams(void)
{
	for (size_t i = nstreams; i > 0; i--)
		fflush(streams[i - 1]);
}

/* tmpfile's: the bytes, their length and the file position */
struct memfile {
	char *data;
	size_t len, cap, pos;
};

static void mem_write(FILE *f, const char *p, size_t n)
{
	struct memfile *m = f->mem;

	if (m->pos + n > m->cap) {
		size_t cap = m->cap ? m->cap : 4096;
		char *d;
		while (cap < m->pos + n)
			cap *= 2;
		d = realloc(m->data, cap);
		if (!d) {
			f->err = 1;
			errno = ENOSPC;
			return;
		}
		m->data = d;
		m->cap = cap;
	}
	if (m->pos > m->len) /* written past the end: a hole of zeros */
		memset(m->data + m->len, 0, m->pos - m->len);
	memcpy(m->data + m->pos, p, n);
	m->pos += n;
	if (m->pos > m->len)
		m->len = m->pos;
}

static long mem_read(FILE *f, void *buf, size_t n)
{
	struct memfile *m = f->mem;
	size_t k = m->pos < m->len ? m->len - m->pos : 0;

	if (k > n)
		k = n;
	memcpy(buf, m->data + m->pos, k);
	m->pos += k;
	return (long)k;
}

/* End the current direction: what was read ahead goes back, what was
 * buffered is written; the stream may then read or write. */
static int mem_flush(FILE *f)
{
	struct memfile *m = f->mem;

	if (f->input) {
		m->pos -= f->rlen - f->rpos + (size_t)f->nback;
		f->rpos = f->rlen = 0;
		f->nback = 0;
		f->input = 0;
	} else if (f->len) {
		size_t n = f->len;
		f->len = 0;
		mem_write(f, f->buf, n);
		f->input = 1;
	} else {
		f->input = 1;
	}
	return f->err ? EOF : 0;
}

static int mem_seek(FILE *f, long off, int whence)
{
	struct memfile *m = f->mem;
	long base;

	mem_flush(f);
	base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (long)m->pos : (long)m->len;
	if ((whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) || base + off < 0) {
		errno = EINVAL;
		return -1;
	}
	m->pos = (size_t)(base + off);
	f->eof = 0;
	return 0;
}

static long mem_tell(FILE *f)
{
	if (f->input)
		return (long)(f->mem->pos - (f->rlen - f->rpos) - (size_t)f->nback);
	return (long)(f->mem->pos + f->len);
}

/* An anonymous file in guest memory ("w+b"): guests cannot write host
 * files, and a tmpfile needs no name; it is gone at fclose or exit. */
FILE *tmpfile(void)
{
	FILE *f = calloc(1, sizeof(*f) + 2 * BUFSIZ);

	if (!f)
		return NULL;
	f->mem = calloc(1, sizeof(*f->mem));
	if (!f->mem || remember_stream(f)) {
		errno = ENOMEM;
		free(f->mem);
		free(f);
		return NULL;
	}
	f->fd = -1;
	f->mode = _IOFBF;
	f->owned = 1;
	f->rbuf = (unsigned char *)(f + 1);
	f->rcap = BUFSIZ;
	f->buf = (char *)(f + 1) + BUFSIZ;
	f->cap = BUFSIZ;
	return f;
}

/* Names no file has (there are no files to collide with). */
char *tmpnam(char *buf)
{
	static char own[L_tmpnam];
	static unsigned count;

	if (!buf)
		buf = own;
	snprintf(buf, L_tmpnam, "%s/hsim%06u", P_tmpdir, ++count % 1000000);
	return buf;
}

/* A name the host handed over (--file) exists, read-only; no other does. */
static int read_only(const char *name)
{
	int fd = hsim_open(name);

	if (fd < 0) {
		errno = ENOENT;
		return -1;
	}
	hsim_close(fd);
	errno = EROFS;
	return -1;
}

int remove(const char *name)
{
	return read_only(name);
}

int rename(const char *from, const char *to)
{
	(void)to;
	return read_only(from);
}

static int writes(const char *mode)
{
	return mode[0] != 'r' || strchr(mode, '+');
}

/* Reading: f (an input stream: stdin, fopen's) reads name from its start.
 * Writing needs a host file: EROFS. Either failure leaves f as it was
 * (C closes it; a guest's stdout had better stay). */
FILE *freopen(const char *restrict name, const char *restrict mode, FILE *restrict f)
{
	int fd;

	if (!name) { /* only a new mode: the same direction is all there is */
		if (!f->mem && !writes(mode) != !f->input) {
			errno = EBADF;
			return NULL;
		}
		return f;
	}
	if (writes(mode)) {
		errno = EROFS;
		return NULL;
	}
	if (!f->input || f->mem) {
		errno = EBADF;
		return NULL;
	}
	fd = hsim_open(name);
	if (fd < 0) {
		errno = -fd;
		return NULL;
	}
	if (f->fd > 2)
		hsim_close(f->fd);
	f->fd = fd;
	f->rpos = f->rlen = 0;
	f->nback = 0;
	f->eof = f->err = 0;
	return f;
}

/* A stream on a descriptor: 0 and the files read, 1 and 2 write. */
FILE *fdopen(int fd, const char *mode)
{
	int w = writes(mode), console = fd == 1 || fd == 2;
	FILE *f;

	if (fd < 0) {
		errno = EBADF;
		return NULL;
	}
	if (strchr(mode, '+') || w != console) {
		errno = EINVAL;
		return NULL;
	}
	if (fd > 2) {
		long r = hsim_seek(fd, 0, SEEK_CUR);
		if (r < 0) {
			errno = (int)-r;
			return NULL;
		}
	}
	f = calloc(1, sizeof(*f) + BUFSIZ);
	if (!f)
		return NULL;
	f->fd = fd;
	f->owned = 1;
	if (w) {
		if (remember_stream(f)) {
			free(f);
			return NULL;
		}
		f->mode = hsim_isatty(fd) == 1 ? _IOLBF : _IOFBF;
		f->buf = (char *)(f + 1);
		f->cap = BUFSIZ;
	} else {
		f->mode = _IOFBF;
		f->input = 1;
		f->rbuf = (unsigned char *)(f + 1);
		f->rcap = BUFSIZ;
	}
	return f;
}

int fseeko(FILE *f, off_t off, int whence)
{
	return fseek(f, off, whence);
}

off_t ftello(FILE *f)
{
	return ftell(f);
}

/* glibc's getdelim, over the stream's buffer: a new buffer is 120 bytes,
 * and it grows to what a piece needs, at least twice its size, so that
 * *n comes out as glibc's does. */
ssize_t getdelim(char **restrict line, size_t *restrict n, int delim, FILE *restrict f)
{
	size_t cur = 0;

	if (!line || !n) {
		errno = EINVAL;
		f->err = 1;
		return -1;
	}
	if (!*line || !*n) {
		char *p = realloc(*line, 120);
		if (!p) {
			errno = ENOMEM;
			return -1;
		}
		*line = p;
		*n = 120;
	}
	for (;;) {
		const unsigned char *src, *t;
		unsigned char one;
		size_t len, need;

		if (f->nback) { /* ungetc's bytes, one at a time */
			one = f->back[--f->nback];
			src = &one;
			len = 1;
		} else {
			if (f->rpos == f->rlen && !fill(f))
				break;
			src = f->rbuf + f->rpos;
			len = f->rlen - f->rpos;
		}
		t = memchr(src, delim, len);
		if (t)
			len = (size_t)(t - src) + 1;
		need = cur + len + 1;
		if (need > *n) {
			char *p;
			if (need < 2 * *n)
				need = 2 * *n;
			p = realloc(*line, need);
			if (!p) {
				errno = ENOMEM;
				f->err = 1;
				return -1;
			}
			*line = p;
			*n = need;
		}
		memcpy(*line + cur, src, len);
		if (src != &one)
			f->rpos += len;
		cur += len;
		if (t)
			break;
	}
	if (!cur)
		return -1;
	(*line)[cur] = 0;
	return (ssize_t)cur;
}

ssize_t getline(char **restrict line, size_t *restrict n, FILE *restrict f)
{
	return getdelim(line, n, '\n', f);
}

int vasprintf(char **restrict out, const char *restrict fmt, va_list ap)
{
	va_list ap2;
	int len;
	char *p;

	va_copy(ap2, ap);
	len = hsim_vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (len < 0)
		return -1;
	p = malloc((size_t)len + 1);
	if (!p) {
		errno = ENOMEM;
		return -1;
	}
	hsim_vsnprintf(p, (size_t)len + 1, fmt, ap);
	*out = p;
	return len;
}

int asprintf(char **restrict out, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vasprintf(out, fmt, ap);
	va_end(ap);
	return r;
}

/* dprintf's output, in pieces of a small buffer, written past stdio */
struct fd_sink {
	int fd, err;
	size_t len;
	char buf[512];
};

static void fd_flush(struct fd_sink *o)
{
	const char *p = o->buf;
	size_t n = o->len;

	o->len = 0;
	while (n && !o->err) {
		long r = hsim_write(o->fd, p, n);
		if (r <= 0) {
			o->err = r < 0 ? (int)-r : EIO;
			break;
		}
		p += r;
		n -= (size_t)r;
	}
}

static void fd_put(void *ctx, const char *s, size_t n)
{
	struct fd_sink *o = ctx;

	while (n) {
		size_t k = sizeof o->buf - o->len;
		if (k > n)
			k = n;
		memcpy(o->buf + o->len, s, k);
		o->len += k;
		s += k;
		n -= k;
		if (o->len == sizeof o->buf)
			fd_flush(o);
	}
}

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	struct fd_sink o = { .fd = fd };
	int r;

	if (fd != 1 && fd != 2) {
		errno = EBADF; /* the other descriptors are read-only files */
		return -1;
	}
	r = hsim_vformat(fd_put, &o, fmt, ap);
	fd_flush(&o);
	if (o.err) {
		errno = o.err;
		return -1;
	}
	return r;
}

int dprintf(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}

/* Wide formatting through the narrow formatter: the format as UTF-8, the
 * result back to wide characters. -1 when n wide characters (with the
 * terminating one) do not hold it, as glibc. */
int vswprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, va_list ap)
{
	const wchar_t *src = fmt;
	size_t flen = wcsrtombs(NULL, &src, 0, NULL), wlen;
	char *mfmt, *out;
	va_list ap2;
	int len;

	if (flen == (size_t)-1)
		return -1;
	mfmt = malloc(flen + 1);
	if (!mfmt)
		return -1;
	src = fmt;
	wcsrtombs(mfmt, &src, flen + 1, NULL);
	va_copy(ap2, ap);
	len = hsim_vsnprintf(NULL, 0, mfmt, ap2);
	va_end(ap2);
	out = len < 0 ? NULL : malloc((size_t)len + 1);
	if (!out) {
		free(mfmt);
		return -1;
	}
	hsim_vsnprintf(out, (size_t)len + 1, mfmt, ap);
	free(mfmt);
	wlen = mbstowcs(NULL, out, 0);
	if (wlen == (size_t)-1 || wlen >= n) {
		if (n && wlen != (size_t)-1) {
			mbstowcs(s, out, n - 1);
			s[n - 1] = 0;
		}
		free(out);
		return -1;
	}
	mbstowcs(s, out, n);
	free(out);
	return (int)wlen;
}

int swprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vswprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}
