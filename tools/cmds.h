/* The hsim tool's subcommands and the exit statuses they share. */
#ifndef HSIM_TOOLS_CMDS_H
#define HSIM_TOOLS_CMDS_H

#define EXIT_USAGE 2
#define EXIT_DEADLOCK 123
#define EXIT_TIMEOUT 124
#define EXIT_FAULT 125
#define EXIT_ERROR 126

int cmd_dump(int argc, char **argv);
int cmd_stat(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_replay(int argc, char **argv);
int cmd_diff(int argc, char **argv);

#endif
