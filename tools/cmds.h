/* The hsim tool's subcommands, the exit statuses they share, and the
 * option parsing they share (tools/hsim.c). */
#ifndef HSIM_TOOLS_CMDS_H
#define HSIM_TOOLS_CMDS_H

#include <getopt.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define EXIT_USAGE 2
#define EXIT_DEADLOCK 123
#define EXIT_TIMEOUT 124
#define EXIT_FAULT 125
#define EXIT_ERROR 126

/* A whole number as an option's value: decimal digits (or 0x and hex
 * digits when hex), no sign, no spaces, nothing after it, at most max.
 * 0, or -1 for anything else (tools/hsim.c). */
int parse_number(const char *s, int hex, uint64_t max, uint64_t *out);
/* Seconds as an option's value: decimal digits with an optional fraction
 * ("0.5", "2", "1e3"), more than 0, at most max. 0, or -1. */
int parse_seconds(const char *s, double max, double *out);

/* One subcommand's command line, parsed the GNU way: options and operands
 * in any order (options may follow the file names), `--` ends the options,
 * --help and -h print the command's help to stdout, an unknown option or
 * a missing value is one line naming it and a line pointing at --help.
 *
 *	struct cli cl = { .name = "dump", .help = dump_help, .opts = opts };
 *	while ((c = cli_next(&cl, argc, argv)) > 0)
 *		switch (c) { ... a bad value: return cli_fail(&cl, "..."); }
 *	if (c < 0)
 *		return cli_status(c);
 *
 * opts must have { "help", no_argument, NULL, 'h' }. The operands end up
 * in order in args[0..nargs) (argv reused: argv[1] on); the words after
 * `--`, for commands that give them a meaning (hsim run), in
 * rest[0..nrest), else they are operands too. */
struct cli {
	const char *name;           /* "run", in messages */
	const char *help;           /* what --help prints */
	const struct option *opts;
	const char *shortopts;      /* getopt's, e.g. "j:q" ("h" is added) */
	int keep_rest;              /* words after `--` go to rest, not args */
	int nargs, nrest;
	char **args, **rest;
};

#define CLI_HELP (-1)  /* --help printed: exit 0 */
#define CLI_ERROR (-2) /* a message printed: exit EXIT_USAGE */

/* The next option's val, 0 when the options are done, or CLI_HELP or
 * CLI_ERROR. */
int cli_next(struct cli *c, int argc, char **argv);
/* The exit status for cli_next's negative values. */
int cli_status(int c);
/* "hsim: NAME: " and the message on stderr, as one line; EXIT_USAGE. */
int cli_fail(const struct cli *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same, then "Try 'hsim NAME --help'." on a second line. */
int cli_usage(const struct cli *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A VM's console output on f, each line as "[vm N] line" (a partial last
 * line gets its newline): how several VMs' output says whose it is. */
void print_vm_lines(FILE *f, unsigned vm, const char *buf, size_t len);

int cmd_dump(int argc, char **argv);
int cmd_stat(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_replay(int argc, char **argv);
int cmd_diff(int argc, char **argv);

#endif
