/* Not the guest's limits.h: gcc's own <limits.h> (found first) defines every
 * limit, but it also does `#include_next <limits.h>` expecting a C library's
 * file behind it. This empty file is that file, so <limits.h> works with
 * -nostdinc. */

/* gcc's <limits.h> defines the long long limits for C99 and later only; a
 * C library's adds them for C++11 (which has them, from C99) */
#if defined(__cplusplus) && __cplusplus >= 201103L && !defined(LLONG_MAX)
#define LLONG_MAX __LONG_LONG_MAX__
#define LLONG_MIN (-LLONG_MAX - 1LL)
#define ULLONG_MAX (LLONG_MAX * 2ULL + 1ULL)
#endif
