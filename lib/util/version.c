/* Run-time version query. */
#include <hsim.h>

unsigned hsim_version_number(void) { return HSIM_VERSION_NUMBER; }
const char *hsim_version_string(void) { return HSIM_VERSION_STRING; }
