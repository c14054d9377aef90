/* getopt, getopt_long and getopt_long_only against glibc (tests/kvm/posix.sh
 * compares this program's output built with hsim-cc and natively): each
 * case parses an argument vector and prints what every call returned,
 * optarg, optind, optopt and the vector's final order; the error messages
 * go to stderr, compared too. Built without _GNU_SOURCE: strerror_r is
 * POSIX's here. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int flag;

static const struct option longopts[] = {
	{ "verbose", no_argument, NULL, 'v' },
	{ "output", required_argument, NULL, 'o' },
	{ "color", optional_argument, NULL, 'c' },
	{ "colour", optional_argument, NULL, 'c' }, /* the same option: not ambiguous */
	{ "flag", no_argument, &flag, 7 },
	{ "file", required_argument, NULL, 'f' },
	{ "fast", no_argument, NULL, 'F' },
	{ "x", no_argument, NULL, 'X' },
	{ NULL, 0, NULL, 0 },
};

enum kind { SHORT, LONG, LONG_ONLY };

static void run(enum kind k, const char *optstring, const char *line)
{
	char buf[256], *argv[32];
	int argc = 0, c, index;

	snprintf(buf, sizeof buf, "%s", line);
	for (char *t = strtok(buf, " "); t && argc < 31; t = strtok(NULL, " "))
		argv[argc++] = strcmp(t, "''") ? t : (char *)"";
	argv[argc] = NULL;
	printf("[%s] \"%s\" %s:", k == SHORT ? "getopt" : k == LONG ? "long" : "long_only", optstring, line);
	fflush(stdout);
	optind = 0; /* start over */
	flag = 0;
	for (;;) {
		index = -1;
		if (k == SHORT)
			c = getopt(argc, argv, optstring);
		else if (k == LONG)
			c = getopt_long(argc, argv, optstring, longopts, &index);
		else
			c = getopt_long_only(argc, argv, optstring, longopts, &index);
		if (c == -1)
			break;
		printf(" %c", c > 32 && c < 127 ? c : '#');
		if (c <= 32 || c >= 127)
			printf("%d", c);
		if (optarg)
			printf("=%s", optarg);
		if (index >= 0)
			printf("(%s)", longopts[index].name);
		if (c == '?' || c == ':')
			printf("[optopt %d]", optopt);
		printf("@%d", optind);
		fflush(stdout);
	}
	printf(" | optind %d flag %d argv:", optind, flag);
	for (int i = 1; i < argc; i++)
		printf(" %s", argv[i]);
	printf("\n");
	fflush(stdout);
}

int main(void)
{
	char buf[32];

	run(SHORT, "ab:c::", "prog -a -b x -cy -c file");
	run(SHORT, "ab:c::", "prog -ab1 -c -a");
	run(SHORT, "ab:c::", "prog one -a two -b three four");
	run(SHORT, "ab:c::", "prog -a -- -b x");
	run(SHORT, "ab:c::", "prog -a x -- -b y z");
	run(SHORT, "ab:c::", "prog -z -a -b");
	run(SHORT, ":ab:", "prog -z -a -b");
	run(SHORT, "+ab:", "prog -a one -b two");
	run(SHORT, "-ab:", "prog -a one -b two three");
	run(SHORT, "ab", "prog - -a -");
	run(SHORT, "ab", "prog -- --");
	run(SHORT, "ab", "prog");
	run(SHORT, "ab", "prog x y z");
	run(SHORT, "a:", "prog -a ''");
	run(SHORT, "a:", "prog -a -- x");
	run(SHORT, "ab:", "prog -ab");
	run(SHORT, "a:b", "prog -:");
	opterr = 0;
	run(SHORT, "ab", "prog -q -a");
	opterr = 1;
	run(LONG, "vo:", "prog --verbose --output=out.txt --output out2 -v file");
	run(LONG, "vo:", "prog --verb --out x --col --colo=red --colou");
	run(LONG, "vo:", "prog --f x");
	run(LONG, "vo:", "prog --fa --fl --file=y --fil z");
	run(LONG, "vo:", "prog --nope --verbose=x --output");
	run(LONG, ":vo:", "prog --output");
	run(LONG, "vo:", "prog a --verbose b -- --output c");
	run(LONG, "vo:", "prog --x -x");
	run(LONG, "vo:", "prog --");
	run(LONG_ONLY, "vo:", "prog -verbose -output x -o y -v -col");
	run(LONG_ONLY, "vo:x", "prog -x -v -fa -f q");
	run(LONG_ONLY, "vo:", "prog -vo z -nope --nope -f");
	run(LONG_ONLY, "vo:", "prog -fi");

	/* POSIX's strerror_r (no _GNU_SOURCE) */
	printf("xpg strerror_r %d", strerror_r(EINVAL, buf, sizeof buf));
	printf(" '%s'", buf);
	printf(" %d", strerror_r(EINVAL, buf, 5));
	printf(" '%s'", buf);
	printf(" %d", strerror_r(12345, buf, sizeof buf));
	printf(" '%s'\n", buf);
	return 0;
}
