/* Guest libc: glibc's <malloc.h>: the allocator is stdlib.h's (malloc.c). */
#ifndef HSIM_LIBC_MALLOC_H
#define HSIM_LIBC_MALLOC_H
#include <stdlib.h>
#endif
