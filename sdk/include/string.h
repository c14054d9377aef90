/* Guest libc: memory and string functions. */
#ifndef HSIM_LIBC_STRING_H
#define HSIM_LIBC_STRING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memcpy(void *__restrict d, const void *__restrict s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
void *memrchr(const void *s, int c, size_t n);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcoll(const char *a, const char *b);
char *strcpy(char *__restrict d, const char *__restrict s);
char *strncpy(char *__restrict d, const char *__restrict s, size_t n);
char *stpcpy(char *__restrict d, const char *__restrict s);
char *strcat(char *__restrict d, const char *__restrict s);
char *strncat(char *__restrict d, const char *__restrict s, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *hay, const char *needle);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strdup(const char *s) __attribute__((malloc));
char *strndup(const char *s, size_t n) __attribute__((malloc));
char *strtok(char *__restrict s, const char *__restrict delim);
char *strtok_r(char *__restrict s, const char *__restrict delim, char **__restrict save);
char *strerror(int err);
char *stpncpy(char *__restrict d, const char *__restrict s, size_t n);
char *strchrnul(const char *s, int c);

/* POSIX, BSD and GNU additions (string.c). strerror_r is POSIX's (int)
 * unless _GNU_SOURCE asks for GNU's (char *), as with glibc. */
char *strsep(char **__restrict s, const char *__restrict delim);
void *memmem(const void *hay, size_t hn, const void *needle, size_t nn);
void *memccpy(void *__restrict d, const void *__restrict s, int c, size_t n);
void *rawmemchr(const void *s, int c);
#ifdef _GNU_SOURCE
char *strerror_r(int err, char *buf, size_t n);
#else
int strerror_r(int err, char *buf, size_t n) __asm__("__xpg_strerror_r");
#endif
char *strsignal(int sig);
size_t strlcpy(char *__restrict d, const char *__restrict s, size_t n);
size_t strlcat(char *__restrict d, const char *__restrict s, size_t n);
void explicit_bzero(void *d, size_t n);

#ifdef __cplusplus
}
#endif
#endif
