// Guest C++: <stdint.h> is the compiler's own definitions (gcc's
// stdint-gcc.h, what its <stdint.h> uses when freestanding). hsim-c++
// compiles hosted (docs/cxx.md), where gcc's <stdint.h> would look for a
// C library's behind it, and the SDK has none: the compiler's are complete.
#include <stdint-gcc.h>
