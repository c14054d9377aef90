/* Guest libc: GNU getopt_long and getopt_long_only (getopt.c), glibc's
 * behaviour: permutation, "--", optional arguments, abbreviations. */
#ifndef HSIM_LIBC_GETOPT_H
#define HSIM_LIBC_GETOPT_H

#ifdef __cplusplus
extern "C" {
#endif

struct option {
	const char *name;
	int has_arg;
	int *flag;
	int val;
};

#define no_argument 0
#define required_argument 1
#define optional_argument 2

extern char *optarg;
extern int optind, opterr, optopt;

int getopt(int argc, char *const argv[], const char *optstring);
int getopt_long(int argc, char *const argv[], const char *optstring,
		const struct option *longopts, int *longind);
int getopt_long_only(int argc, char *const argv[], const char *optstring,
		     const struct option *longopts, int *longind);

#ifdef __cplusplus
}
#endif
#endif
