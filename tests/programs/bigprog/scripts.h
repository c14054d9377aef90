/* scripts.h - the scripts built into bigprog. */
#ifndef BIGPROG_SCRIPTS_H
#define BIGPROG_SCRIPTS_H

struct script {
	const char *name;
	const char *source;
};

extern const struct script scripts[];
extern const int nscripts;

#endif
