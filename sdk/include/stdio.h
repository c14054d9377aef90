/* Guest libc: buffered streams: stdout and stderr over the console, stdin
 * and read-only files over the input hypercalls (hsim/guest.h). */
#ifndef HSIM_LIBC_STDIO_H
#define HSIM_LIBC_STDIO_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct hsim_file FILE;
typedef long fpos_t;

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

#define EOF (-1)
#define BUFSIZ 4096
#define FOPEN_MAX 16
#define FILENAME_MAX 256
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

#define HSIM_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define HSIM_SCANF(f, a) __attribute__((format(scanf, f, a)))

int printf(const char *__restrict fmt, ...) HSIM_PRINTF(1, 2);
int fprintf(FILE *__restrict f, const char *__restrict fmt, ...) HSIM_PRINTF(2, 3);
int sprintf(char *__restrict buf, const char *__restrict fmt, ...) HSIM_PRINTF(2, 3);
int snprintf(char *__restrict buf, size_t n, const char *__restrict fmt, ...) HSIM_PRINTF(3, 4);
int vprintf(const char *__restrict fmt, va_list ap) HSIM_PRINTF(1, 0);
int vfprintf(FILE *__restrict f, const char *__restrict fmt, va_list ap) HSIM_PRINTF(2, 0);
int vsprintf(char *__restrict buf, const char *__restrict fmt, va_list ap) HSIM_PRINTF(2, 0);
int vsnprintf(char *__restrict buf, size_t n, const char *__restrict fmt, va_list ap)
	HSIM_PRINTF(3, 0);

int putchar(int c);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int puts(const char *s);
int fputs(const char *__restrict s, FILE *__restrict f);
size_t fwrite(const void *__restrict p, size_t size, size_t n, FILE *__restrict f);
int fflush(FILE *f); /* NULL: every stream */
int setvbuf(FILE *__restrict f, char *__restrict buf, int mode, size_t size);
void setbuf(FILE *__restrict f, char *__restrict buf);
int ferror(FILE *f);
int feof(FILE *f);
void clearerr(FILE *f);
void perror(const char *s);
int fileno(FILE *f);

/* Input. fopen opens a file `hsim run --file NAME=PATH` handed over, by
 * its NAME, for reading ("r", "rb"); other modes fail with EROFS. */
FILE *fopen(const char *__restrict name, const char *__restrict mode);
int fclose(FILE *f);
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *__restrict s, int n, FILE *__restrict f);
size_t fread(void *__restrict p, size_t size, size_t n, FILE *__restrict f);
int fseek(FILE *f, long off, int whence);
long ftell(FILE *f);
void rewind(FILE *f);
int fgetpos(FILE *__restrict f, fpos_t *__restrict pos);
int fsetpos(FILE *f, const fpos_t *pos);

int scanf(const char *__restrict fmt, ...) HSIM_SCANF(1, 2);
int fscanf(FILE *__restrict f, const char *__restrict fmt, ...) HSIM_SCANF(2, 3);
int sscanf(const char *__restrict s, const char *__restrict fmt, ...) HSIM_SCANF(2, 3);
int vscanf(const char *__restrict fmt, va_list ap) HSIM_SCANF(1, 0);
int vfscanf(FILE *__restrict f, const char *__restrict fmt, va_list ap) HSIM_SCANF(2, 0);
int vsscanf(const char *__restrict s, const char *__restrict fmt, va_list ap) HSIM_SCANF(2, 0);

/* POSIX and GNU additions (stdio.c). Guests cannot write host files:
 * remove and rename fail with EROFS for a file the host handed over,
 * ENOENT otherwise; tmpfile is an in-memory file (read and write, gone at
 * fclose); freopen reopens a stream on a handed-over file for reading and
 * fails with EROFS for writing (the stream then stays as it was). */
#ifndef HSIM_LIBC_SSIZE_T
#define HSIM_LIBC_SSIZE_T
typedef long ssize_t;
#endif
#ifndef HSIM_LIBC_OFF_T
#define HSIM_LIBC_OFF_T
typedef long off_t;
#endif
#define L_tmpnam 20
#define TMP_MAX 238328
#define P_tmpdir "/tmp"
ssize_t getdelim(char **__restrict line, size_t *__restrict n, int delim, FILE *__restrict f);
ssize_t getline(char **__restrict line, size_t *__restrict n, FILE *__restrict f);
int asprintf(char **__restrict out, const char *__restrict fmt, ...) HSIM_PRINTF(2, 3);
int vasprintf(char **__restrict out, const char *__restrict fmt, va_list ap) HSIM_PRINTF(2, 0);
int dprintf(int fd, const char *__restrict fmt, ...) HSIM_PRINTF(2, 3);
int vdprintf(int fd, const char *__restrict fmt, va_list ap) HSIM_PRINTF(2, 0);
FILE *fdopen(int fd, const char *mode);
int remove(const char *name);
int rename(const char *from, const char *to);
FILE *tmpfile(void);
char *tmpnam(char *buf);
FILE *freopen(const char *__restrict name, const char *__restrict mode, FILE *__restrict f);
int fseeko(FILE *f, off_t off, int whence);
off_t ftello(FILE *f);

#ifdef __cplusplus
}
#endif
#endif
