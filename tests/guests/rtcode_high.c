#define RTCODE_TARGET 0xffff800000000000ull /* the upper half */
#include "rtcode_wild.h"
