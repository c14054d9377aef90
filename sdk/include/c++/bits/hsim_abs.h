// Guest C++: std::abs for every arithmetic type, shared by <cstdlib> and
// <cmath> (both must declare all of them, and the same ones).
#ifndef HSIM_CXX_BITS_ABS_H
#define HSIM_CXX_BITS_ABS_H

#include "../../stdlib.h"

namespace std {
using ::abs;
inline long abs(long x) { return ::labs(x); }
inline long long abs(long long x) { return ::llabs(x); }
inline float abs(float x) { return __builtin_fabsf(x); }
inline double abs(double x) { return __builtin_fabs(x); }
inline long double abs(long double x) { return __builtin_fabsl(x); }
#if defined(__SIZEOF_INT128__) && !defined(__STRICT_ANSI__)
inline __int128 abs(__int128 x) { return x < 0 ? -x : x; }
#endif
} // namespace std

#endif
