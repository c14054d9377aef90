/* The hsim tool's subcommands and the exit statuses they share. */
#ifndef HSIM_TOOLS_CMDS_H
#define HSIM_TOOLS_CMDS_H

#include <stdint.h>

#define EXIT_USAGE 2
#define EXIT_DEADLOCK 123
#define EXIT_TIMEOUT 124
#define EXIT_FAULT 125
#define EXIT_ERROR 126

/* A whole number as an option's value: decimal digits (or 0x and hex
 * digits when hex), no sign, no spaces, nothing after it, at most max.
 * 0, or -1 for anything else (tools/hsim.c). */
int parse_number(const char *s, int hex, uint64_t max, uint64_t *out);

int cmd_dump(int argc, char **argv);
int cmd_stat(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_replay(int argc, char **argv);
int cmd_diff(int argc, char **argv);

#endif
