#define RTCODE_TARGET 0x7f0000000000ull /* past the end of memory */
#include "rtcode_wild.h"
