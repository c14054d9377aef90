// Guest C++: libstdc++'s configuration (the host compiler's c++config.h,
// found next on the path), corrected for hsim guests. It was made for
// glibc on Linux; a guest has the SDK's libc and one thread, so the
// promises below are withdrawn after it is read (the ones c++config.h
// lets be set beforehand are in bits/os_defines.h here):
//  - threads (gthreads, futexes, sched_yield, nanosleep): std::thread,
//    std::mutex, std::condition_variable... are not declared, and C++20's
//    atomic wait does not call futex(2);
//  - the POSIX and glibc extras libstdc++ calls when it finds them
//    (uselocale, the _l ctype functions, getentropy, arc4random, ...).
#include_next <bits/c++config.h>

#ifndef HSIM_CXX_CONFIG
#define HSIM_CXX_CONFIG 1

#undef _GLIBCXX_HAS_GTHREADS
#undef _GLIBCXX_HAVE_LINUX_FUTEX
#undef _GLIBCXX_USE_SCHED_YIELD
#undef _GLIBCXX_USE_NANOSLEEP
#undef _GLIBCXX_USE_PTHREAD_RWLOCK_T
#undef _GLIBCXX_USE_PTHREAD_COND_CLOCKWAIT
#undef _GLIBCXX_USE_PTHREAD_MUTEX_CLOCKLOCK
#undef _GLIBCXX_USE_PTHREAD_RWLOCK_CLOCKLOCK
#undef _GLIBCXX_HAVE_USELOCALE
#undef _GLIBCXX_HAVE_GETENTROPY
#undef _GLIBCXX_HAVE_ARC4RANDOM
#undef _GLIBCXX_USE_RANDOM_TR1
#undef _GLIBCXX_HAVE_TLS
#undef _GLIBCXX_HAVE_UNISTD_H
#undef _GLIBCXX_HAVE_SYS_TYPES_H
#undef _GLIBCXX_HAVE_SYS_STAT_H
#undef _GLIBCXX_HAVE_SYS_TIME_H
#undef _GLIBCXX_HAVE_POLL
#undef _GLIBCXX_USE_CLOCK_MONOTONIC
#undef _GLIBCXX_USE_CLOCK_REALTIME
#undef _GLIBCXX_USE_GETTIMEOFDAY

#endif

// libstdc++ declares its std::string, std::allocator<char>, ... as extern
// templates, instantiated in the compiled library; guests instantiate
// them themselves, as any other template
#ifndef HSIM_CXX_EXTERN_TEMPLATE
#define HSIM_CXX_EXTERN_TEMPLATE 1
#undef _GLIBCXX_EXTERN_TEMPLATE
#define _GLIBCXX_EXTERN_TEMPLATE 0
#endif
