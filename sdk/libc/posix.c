/* Guest libc: unistd.h over hsim's hypercalls. File descriptors are the
 * host's view of the guest: 0 is stdin, 1 and 2 the console, others the
 * read-only files hsim_open (fopen) opened. Nothing here writes host
 * files: unlink and access's W_OK say EROFS. */
#include <errno.h>
#include <hsim/guest.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

/* a hypercall's result: a negative HSIM_GUEST_E* becomes errno and -1 */
static long result(long r)
{
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

/* read and write go straight to hsim, past stdio's buffers, as on Linux */
ssize_t read(int fd, void *buf, size_t n)
{
	long r;

	if (fd == 0)
		fflush(stdout); /* a prompt comes out first, as stdio's reads */
	if (n > HSIM_READ_MAX)
		n = HSIM_READ_MAX;
	do
		r = hsim_read(fd, buf, n);
	while (r == HSIM_GUEST_EINTR);
	return result(r);
}

ssize_t write(int fd, const void *buf, size_t n)
{
	if (fd != 1 && fd != 2) {
		errno = EBADF; /* the files are read-only */
		return -1;
	}
	return result(hsim_write(fd, buf, n));
}

int close(int fd)
{
	if (fd >= 0 && fd <= 2)
		return 0; /* the console and stdin stay */
	return (int)result(hsim_close(fd));
}

off_t lseek(int fd, off_t off, int whence)
{
	if (fd == 1 || fd == 2) {
		errno = ESPIPE;
		return -1;
	}
	return result(hsim_seek(fd, off, whence));
}

int isatty(int fd)
{
	if (hsim_isatty(fd) == 1)
		return 1;
	errno = ENOTTY;
	return 0;
}

/* a handed-over file exists and is read-only; nothing else exists */
static int exists(const char *name)
{
	int fd = hsim_open(name);

	if (fd < 0)
		return 0;
	hsim_close(fd);
	return 1;
}

int unlink(const char *name)
{
	errno = exists(name) ? EROFS : ENOENT;
	return -1;
}

int access(const char *name, int mode)
{
	if (!exists(name)) {
		errno = ENOENT;
		return -1;
	}
	if (mode & (W_OK | X_OK)) {
		errno = mode & W_OK ? EROFS : EACCES;
		return -1;
	}
	return 0;
}

pid_t getpid(void)
{
	return hsim_vm_id() + 1; /* no pid 0 */
}

pid_t getppid(void)
{
	return 0;
}

/* on the VM's clock: see nanosleep (time.c) for what a wait costs */
unsigned sleep(unsigned seconds)
{
	struct timespec t = { .tv_sec = seconds };

	nanosleep(&t, NULL);
	return 0;
}

int usleep(useconds_t usec)
{
	struct timespec t = { .tv_sec = usec / 1000000, .tv_nsec = (long)(usec % 1000000) * 1000 };

	return nanosleep(&t, NULL);
}

void _exit(int code)
{
	hsim_hypercall(HSIM_HC_EXIT, code, 0, 0, 0);
	for (;;) {
	}
}

long sysconf(int name)
{
	switch (name) {
	case _SC_PAGESIZE:
		return 4096;
	case _SC_CLK_TCK:
		return 100;
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN:
		return 1; /* a guest is one CPU */
	case _SC_OPEN_MAX:
		return FOPEN_MAX;
	case _SC_ARG_MAX:
		return 256 * 1024; /* what hsim run hands over */
	case _SC_LINE_MAX:
		return 2048;
	case _SC_CHILD_MAX:
		return 0;
	default:
		errno = EINVAL;
		return -1;
	}
}

int getpagesize(void)
{
	return 4096;
}
