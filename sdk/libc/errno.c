/* Guest libc: the errno variable. */
#include <errno.h>

#undef errno
int errno;
