/* A guest posing as the ring-0 exception stub (see badport.c). */
#define FAKE_EXCEPTION 1
#include "badport.c"
