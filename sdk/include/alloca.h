/* Guest libc: alloca, the compiler's. */
#ifndef HSIM_LIBC_ALLOCA_H
#define HSIM_LIBC_ALLOCA_H

#include <stddef.h>

#undef alloca
#define alloca(size) __builtin_alloca(size)

#endif
