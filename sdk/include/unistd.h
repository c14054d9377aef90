/* Guest libc: the POSIX pieces that make sense in a guest (posix.c,
 * getopt.c). File descriptors are hsim's: 0 is stdin, 1 and 2 the
 * console, and fopen's/hsim_open's files are read-only. sleep and usleep
 * wait on the VM's clock (time.h). */
#ifndef HSIM_LIBC_UNISTD_H
#define HSIM_LIBC_UNISTD_H

#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

/* sysconf's names, glibc's numbers */
#define _SC_ARG_MAX 0
#define _SC_CHILD_MAX 1
#define _SC_CLK_TCK 2
#define _SC_NGROUPS_MAX 3
#define _SC_OPEN_MAX 4
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_LINE_MAX 43
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
#define _SC_PHYS_PAGES 85

extern char **environ;

ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
int close(int fd);
off_t lseek(int fd, off_t off, int whence);
int isatty(int fd);
int unlink(const char *name);  /* as remove(): EROFS or ENOENT */
int access(const char *name, int mode);
pid_t getpid(void);            /* the VM's id + 1 */
pid_t getppid(void);
unsigned sleep(unsigned seconds);
int usleep(useconds_t usec);
__attribute__((noreturn)) void _exit(int code); /* no atexit, no stdio flush */
long sysconf(int name);
int getpagesize(void);

int getopt(int argc, char *const argv[], const char *optstring);
extern char *optarg;
extern int optind, opterr, optopt;

#ifdef __cplusplus
}
#endif
#endif
