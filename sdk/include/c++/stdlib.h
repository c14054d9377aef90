// Guest C++: <stdlib.h> in C++ is <cstdlib> with the C++ overloads of abs
// and div at global scope too, as for g++ with glibc. (It stands in front
// of libstdc++'s own stdlib.h, which expects glibc behind it.)
#ifndef HSIM_CXX_STDLIB_H
#define HSIM_CXX_STDLIB_H

#include <cstdlib>

using std::abs;
using std::div;

#endif
