/* Guest libc: wide characters. wchar_t holds a Unicode code point; the
 * multibyte encoding is UTF-8. */
#ifndef HSIM_LIBC_WCHAR_H
#define HSIM_LIBC_WCHAR_H

#define __need_wchar_t
#define __need_size_t
#define __need_wint_t
#define __need_NULL
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef WEOF
#define WEOF ((wint_t)0xffffffffu)
#endif
#define WCHAR_MIN (-__WCHAR_MAX__ - 1)
#define WCHAR_MAX __WCHAR_MAX__

/* the bytes of an incomplete UTF-8 sequence seen so far */
typedef struct {
	unsigned int wc;     /* the bits so far */
	unsigned int left;   /* continuation bytes still to come */
	unsigned int min;    /* the smallest code point of this length */
} mbstate_t;

size_t wcslen(const wchar_t *s);
size_t wcsnlen(const wchar_t *s, size_t max);
int wcscmp(const wchar_t *a, const wchar_t *b);
int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *wcscpy(wchar_t *__restrict d, const wchar_t *__restrict s);
wchar_t *wcsncpy(wchar_t *__restrict d, const wchar_t *__restrict s, size_t n);
wchar_t *wcscat(wchar_t *__restrict d, const wchar_t *__restrict s);
wchar_t *wcsncat(wchar_t *__restrict d, const wchar_t *__restrict s, size_t n);
wchar_t *wcschr(const wchar_t *s, wchar_t c);
wchar_t *wcsrchr(const wchar_t *s, wchar_t c);
wchar_t *wcsstr(const wchar_t *__restrict hay, const wchar_t *__restrict needle);
size_t wcsspn(const wchar_t *s, const wchar_t *accept);
size_t wcscspn(const wchar_t *s, const wchar_t *reject);
wchar_t *wcsdup(const wchar_t *s);
wchar_t *wmemcpy(wchar_t *__restrict d, const wchar_t *__restrict s, size_t n);
wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n);
wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n);
int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n);
wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n);
long wcstol(const wchar_t *__restrict s, wchar_t **__restrict end, int base);

wint_t btowc(int c);
int wctob(wint_t c);
int mbsinit(const mbstate_t *ps);
size_t mbrtowc(wchar_t *__restrict pwc, const char *__restrict s, size_t n,
	       mbstate_t *__restrict ps);
size_t mbrlen(const char *__restrict s, size_t n, mbstate_t *__restrict ps);
size_t wcrtomb(char *__restrict s, wchar_t wc, mbstate_t *__restrict ps);
size_t mbsrtowcs(wchar_t *__restrict d, const char **__restrict src, size_t n,
		 mbstate_t *__restrict ps);
size_t wcsrtombs(char *__restrict d, const wchar_t **__restrict src, size_t n,
		 mbstate_t *__restrict ps);

/* stdlib.h's multibyte functions, declared here too */
int mblen(const char *s, size_t n);
int mbtowc(wchar_t *__restrict pwc, const char *__restrict s, size_t n);
int wctomb(char *s, wchar_t wc);
size_t mbstowcs(wchar_t *__restrict d, const char *__restrict s, size_t n);
size_t wcstombs(char *__restrict d, const wchar_t *__restrict s, size_t n);

/* Wide formatting (wchar.c): the format goes through printf's formatter
 * as UTF-8, so widths and precisions of %s count bytes, not characters. */
int swprintf(wchar_t *__restrict s, size_t n, const wchar_t *__restrict fmt, ...);
int vswprintf(wchar_t *__restrict s, size_t n, const wchar_t *__restrict fmt,
	      __builtin_va_list ap);

#ifdef __cplusplus
}
#endif

#endif
