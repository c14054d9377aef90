/* Guest libc: getopt, getopt_long, getopt_long_only, glibc's behaviour:
 * options and non-options may mix (the non-options are moved after the
 * options, so that optind points at the first one at the end) unless the
 * option string starts with '+' or POSIXLY_CORRECT is set; '-' returns
 * non-options as the argument of option 1; "--" ends the options; a
 * leading ':' returns ':' for a missing argument and prints nothing, as
 * opterr = 0 does. The messages are glibc's. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1, opterr = 1, optopt = '?';

enum order { PERMUTE, REQUIRE_ORDER, RETURN_IN_ORDER };

static struct {
	int initialized;
	char *next;              /* the rest of a group of short options */
	enum order order;
	int first_nonopt, last_nonopt; /* the non-options skipped so far */
} st;

/* Move the non-options [first_nonopt, last_nonopt) after the options
 * [last_nonopt, optind) (argv's strings keep their order in each part). */
static void exchange(char **argv)
{
	int bottom = st.first_nonopt, middle = st.last_nonopt, top = optind;

	while (top > middle && middle > bottom) {
		if (top - middle > middle - bottom) {
			int len = middle - bottom;
			for (int i = 0; i < len; i++) {
				char *t = argv[bottom + i];
				argv[bottom + i] = argv[top - len + i];
				argv[top - len + i] = t;
			}
			top -= len;
		} else {
			int len = top - middle;
			for (int i = 0; i < len; i++) {
				char *t = argv[bottom + i];
				argv[bottom + i] = argv[middle + i];
				argv[middle + i] = t;
			}
			bottom += len;
		}
	}
	st.first_nonopt += optind - st.last_nonopt;
	st.last_nonopt = optind;
}

static int nonoption(char *const *argv)
{
	return argv[optind][0] != '-' || argv[optind][1] == 0;
}

/* st.next is a long option's name (after prefix "--" or "-") */
static int long_option(int argc, char **argv, const char *optstring, const struct option *lo,
		       int *longind, int long_only, int print, const char *prefix)
{
	const struct option *p, *found = NULL;
	char *end = st.next;
	size_t len;
	int n = 0, index = -1, ambiguous = 0;

	while (*end && *end != '=')
		end++;
	len = (size_t)(end - st.next);
	for (p = lo; p->name; p++, n++)
		if (!strncmp(p->name, st.next, len) && strlen(p->name) == len) {
			found = p;
			index = n;
			break;
		}
	if (!found) { /* an abbreviation: unambiguous, or the same option twice */
		int i = 0;
		for (p = lo; p->name; p++, i++) {
			if (strncmp(p->name, st.next, len))
				continue;
			if (!found) {
				found = p;
				index = i;
			} else if (long_only || found->has_arg != p->has_arg || found->flag != p->flag ||
				   found->val != p->val) {
				ambiguous = 1;
			}
		}
		if (ambiguous) {
			if (print) {
				int first = 1;
				fprintf(stderr, "%s: option '%s%s' is ambiguous; possibilities:", argv[0],
					prefix, st.next);
				/* every candidate that differs from the first, and the first */
				i = 0;
				for (p = lo; p->name; p++, i++) {
					if (strncmp(p->name, st.next, len))
						continue;
					if (first || long_only || found->has_arg != p->has_arg ||
					    found->flag != p->flag || found->val != p->val)
						fprintf(stderr, " '%s%s'", prefix, p->name);
					first = 0;
				}
				fprintf(stderr, "\n");
			}
			st.next += strlen(st.next);
			optind++;
			optopt = 0;
			return '?';
		}
	}
	if (!found) {
		if (!long_only || argv[optind][1] == '-' || !strchr(optstring, *st.next)) {
			if (print)
				fprintf(stderr, "%s: unrecognized option '%s%s'\n", argv[0], prefix, st.next);
			st.next = NULL;
			optind++;
			optopt = 0;
			return '?';
		}
		return -1; /* getopt_long_only: a short option after all */
	}
	optind++;
	st.next = NULL;
	if (*end) {
		if (!found->has_arg) {
			if (print)
				fprintf(stderr, "%s: option '%s%s' doesn't allow an argument\n", argv[0],
					prefix, found->name);
			optopt = found->val;
			return '?';
		}
		optarg = end + 1;
	} else if (found->has_arg == required_argument) {
		if (optind >= argc) {
			if (print)
				fprintf(stderr, "%s: option '%s%s' requires an argument\n", argv[0],
					prefix, found->name);
			optopt = found->val;
			return optstring[0] == ':' ? ':' : '?';
		}
		optarg = argv[optind++];
	}
	if (longind)
		*longind = index;
	if (found->flag) {
		*found->flag = found->val;
		return 0;
	}
	return found->val;
}

/* argv[optind] is done: find the next option, moving non-options past */
static int next_element(int argc, char **argv)
{
	if (st.last_nonopt > optind)
		st.last_nonopt = optind;
	if (st.first_nonopt > optind)
		st.first_nonopt = optind;
	if (st.order == PERMUTE) {
		if (st.first_nonopt != st.last_nonopt && st.last_nonopt != optind)
			exchange(argv);
		else if (st.last_nonopt != optind)
			st.first_nonopt = optind;
		while (optind < argc && nonoption(argv))
			optind++;
		st.last_nonopt = optind;
	}
	if (optind != argc && !strcmp(argv[optind], "--")) {
		optind++;
		if (st.first_nonopt != st.last_nonopt && st.last_nonopt != optind)
			exchange(argv);
		else if (st.first_nonopt == st.last_nonopt)
			st.first_nonopt = optind;
		st.last_nonopt = argc;
		optind = argc;
	}
	if (optind == argc) {
		if (st.first_nonopt != st.last_nonopt)
			optind = st.first_nonopt; /* the non-options, at the end */
		return -1;
	}
	return 0;
}

static int getopt_internal(int argc, char *const argv_c[], const char *optstring,
			   const struct option *lo, int *longind, int long_only)
{
	char **argv = (char **)argv_c; /* permuted, as glibc does */
	int print = opterr;
	const char *opt;
	char c;

	if (argc < 1)
		return -1;
	optarg = NULL;
	if (optind == 0 || !st.initialized) {
		if (optind == 0)
			optind = 1;
		st.first_nonopt = st.last_nonopt = optind;
		st.next = NULL;
		st.order = getenv("POSIXLY_CORRECT") ? REQUIRE_ORDER : PERMUTE;
		st.initialized = 1;
	}
	if (optstring[0] == '-') {
		st.order = RETURN_IN_ORDER;
		optstring++;
	} else if (optstring[0] == '+') {
		st.order = REQUIRE_ORDER;
		optstring++;
	}
	if (optstring[0] == ':')
		print = 0;

	if (!st.next || !*st.next) {
		if (next_element(argc, argv))
			return -1;
		if (nonoption(argv)) {
			if (st.order == REQUIRE_ORDER)
				return -1;
			optarg = argv[optind++];
			return 1;
		}
		if (lo) {
			if (argv[optind][1] == '-') {
				st.next = argv[optind] + 2;
				return long_option(argc, argv, optstring, lo, longind, long_only, print, "--");
			}
			if (long_only && (argv[optind][2] || !strchr(optstring, argv[optind][1]))) {
				int r;
				st.next = argv[optind] + 1;
				r = long_option(argc, argv, optstring, lo, longind, long_only, print, "-");
				if (r != -1)
					return r;
			}
		}
		st.next = argv[optind] + 1;
	}

	c = *st.next++;
	opt = strchr(optstring, c);
	if (!*st.next)
		optind++; /* its last character */
	if (!opt || c == ':' || c == ';') {
		if (print)
			fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
		optopt = c;
		return '?';
	}
	if (opt[1] == ':') {
		if (opt[2] == ':') { /* an optional argument: only in the same word */
			if (*st.next) {
				optarg = st.next;
				optind++;
			}
		} else if (*st.next) {
			optarg = st.next;
			optind++;
		} else if (optind == argc) {
			if (print)
				fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
			optopt = c;
			c = optstring[0] == ':' ? ':' : '?';
		} else {
			optarg = argv[optind++];
		}
		st.next = NULL;
	}
	return c;
}

int getopt(int argc, char *const argv[], const char *optstring)
{
	return getopt_internal(argc, argv, optstring, NULL, NULL, 0);
}

int getopt_long(int argc, char *const argv[], const char *optstring,
		const struct option *longopts, int *longind)
{
	return getopt_internal(argc, argv, optstring, longopts, longind, 0);
}

int getopt_long_only(int argc, char *const argv[], const char *optstring,
		     const struct option *longopts, int *longind)
{
	return getopt_internal(argc, argv, optstring, longopts, longind, 1);
}
