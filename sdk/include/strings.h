/* Guest libc: BSD string functions. */
#ifndef HSIM_LIBC_STRINGS_H
#define HSIM_LIBC_STRINGS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
int ffs(int x);
void bzero(void *d, size_t n);

char *index(const char *s, int c);
char *rindex(const char *s, int c);
void bcopy(const void *s, void *d, size_t n);
int bcmp(const void *a, const void *b, size_t n);

#ifdef __cplusplus
}
#endif
#endif
