/* Guest libc: the old name of <string.h>. */
#ifndef HSIM_LIBC_MEMORY_H
#define HSIM_LIBC_MEMORY_H
#include <string.h>
#endif
