/* Guest libc: C11's UTF-16 and UTF-32 characters (wchar.c); the multibyte
 * encoding is UTF-8, as wchar.h's. */
#ifndef HSIM_LIBC_UCHAR_H
#define HSIM_LIBC_UCHAR_H

#include <stdint.h>
#include <wchar.h>

#ifdef __cplusplus
extern "C" {
#else
typedef uint_least16_t char16_t;
typedef uint_least32_t char32_t;
#endif

size_t mbrtoc16(char16_t *__restrict pc16, const char *__restrict s, size_t n,
		mbstate_t *__restrict ps);
size_t c16rtomb(char *__restrict s, char16_t c16, mbstate_t *__restrict ps);
size_t mbrtoc32(char32_t *__restrict pc32, const char *__restrict s, size_t n,
		mbstate_t *__restrict ps);
size_t c32rtomb(char *__restrict s, char32_t c32, mbstate_t *__restrict ps);

#ifdef __cplusplus
}
#endif
#endif
