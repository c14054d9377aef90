/* A guest whose main takes arguments, as hosted programs (CoreMark) do:
 * run without arguments it gets argc 1, argv { its file name, NULL } and an
 * empty environment. */
#include <stdio.h>

int main(int argc, char **argv, char **envp)
{
	printf("argc %d argv[0] %s argv[1] %s envp[0] %s\n", argc, argv[0],
	       argv[1] ? "set" : "NULL", envp[0] ? "set" : "NULL");
	return argc == 1 && argv[1] == NULL && envp[0] == NULL ? 0 : 1;
}
