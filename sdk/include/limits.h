/* Not the guest's limits.h: gcc's own <limits.h> (found first) defines every
 * limit, but it also does `#include_next <limits.h>` expecting a C library's
 * file behind it. This empty file is that file, so <limits.h> works with
 * -nostdinc. */
