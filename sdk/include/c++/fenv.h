// Guest C++: <fenv.h> is the SDK's C header (in front of libstdc++'s,
// which expects glibc behind it).
#include "../fenv.h"
