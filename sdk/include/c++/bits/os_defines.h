// Guest C++: libstdc++'s operating-system configuration for hsim guests.
// hsim-c++ puts this directory in front of libstdc++'s own, so that
// <bits/c++config.h> includes this file instead of the GNU/Linux one,
// which needs glibc's <features.h>. It is also the place to turn off what
// libstdc++'s configuration (made for glibc) promises and the SDK's libc
// does not have; c++config.h reads these before its defaults:
//  - the C99 wide-character conversions (wcstoul, wcstod, vswprintf...):
//    std::stoi(std::wstring) and std::to_wstring are left out;
//  - the C99 complex functions (cexp, csqrt...): std::complex computes
//    with its own generic code instead of calling them.
#ifndef _GLIBCXX_OS_DEFINES
#define _GLIBCXX_OS_DEFINES 1

// glibc's <ctype.h> macros that libstdc++ would otherwise undefine
#define __NO_CTYPE 1

#define _GLIBCXX_USE_C99_WCHAR 0
#define _GLIBCXX_USE_C99_COMPLEX 0

// one thread: the shared_ptr counts and the function-local statics need
// no atomics (bits/gthr-default.h in this directory)
#define _GLIBCXX_GTHREAD_USE_WEAK 0

#endif
