/* Guest libc: the process start's environment (crt0 sets environ from the
 * stack the host laid out) and getenv. */
#include <stdlib.h>
#include <string.h>
#include <hsim/guest.h>

static char *no_env[1];
char **environ = no_env;

char *getenv(const char *name)
{
	size_t n = strlen(name);
	if (!environ || !n || strchr(name, '='))
		return NULL;
	for (char **e = environ; *e; e++)
		if (!strncmp(*e, name, n) && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}
