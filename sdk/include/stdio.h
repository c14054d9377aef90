/* Guest libc: console output through buffered streams (no input, no files). */
#ifndef HSIM_LIBC_STDIO_H
#define HSIM_LIBC_STDIO_H

#include <stdarg.h>
#include <stddef.h>

typedef struct hsim_file FILE;

extern FILE *stdout;
extern FILE *stderr;
#define stdout stdout
#define stderr stderr

#define EOF (-1)
#define BUFSIZ 4096
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

#define HSIM_PRINTF(f, a) __attribute__((format(printf, f, a)))

int printf(const char *restrict fmt, ...) HSIM_PRINTF(1, 2);
int fprintf(FILE *restrict f, const char *restrict fmt, ...) HSIM_PRINTF(2, 3);
int sprintf(char *restrict buf, const char *restrict fmt, ...) HSIM_PRINTF(2, 3);
int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...) HSIM_PRINTF(3, 4);
int vprintf(const char *restrict fmt, va_list ap) HSIM_PRINTF(1, 0);
int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap) HSIM_PRINTF(2, 0);
int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap) HSIM_PRINTF(2, 0);
int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt, va_list ap)
	HSIM_PRINTF(3, 0);

int putchar(int c);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int puts(const char *s);
int fputs(const char *restrict s, FILE *restrict f);
size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f);
int fflush(FILE *f); /* NULL: every stream */
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size);
int ferror(FILE *f);
void clearerr(FILE *f);
void perror(const char *s);

#endif
