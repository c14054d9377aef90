#define RTCODE_TARGET 0x1000ull /* the system area */
#include "rtcode_wild.h"
