#define RTCODE_TARGET 0x0ull
#include "rtcode_wild.h"
