/* Guest side of the hsim hypercall API (include/hsim/guest.h). */
#include <hsim/guest.h>

/* Defined by stdio.c when the program uses stdio: flushes the streams.
 * Weak, so that a program without printf does not pull stdio in. */
extern void __hsim_stdio_exit(void) __attribute__((weak));
/* ... and writes what stdout holds (before the guest waits in hsim_recv). */
extern void __hsim_stdio_flush(void) __attribute__((weak));

void hsim_exit(int code)
{
	if (__hsim_stdio_exit)
		__hsim_stdio_exit();
	hsim_hypercall(HSIM_HC_EXIT, code, 0, 0, 0);
	for (;;) {
	}
}

long hsim_write(int fd, const void *buf, size_t len)
{
	return hsim_hypercall(HSIM_HC_WRITE, fd, (long)buf, (long)len, 0);
}

int hsim_vm_id(void)
{
	return (int)hsim_hypercall(HSIM_HC_VM_ID, 0, 0, 0, 0);
}

int hsim_vm_count(void)
{
	return (int)hsim_hypercall(HSIM_HC_VM_COUNT, 0, 0, 0, 0);
}

uint64_t hsim_time_ns(void)
{
	return (uint64_t)hsim_hypercall(HSIM_HC_TIME_NS, 0, 0, 0, 0);
}

uint64_t hsim_random(void)
{
	return (uint64_t)hsim_hypercall(HSIM_HC_RANDOM, 0, 0, 0, 0);
}

long hsim_send(int vm, const void *buf, size_t len)
{
	return hsim_hypercall(HSIM_HC_SEND, vm, (long)buf, (long)len, 0);
}

long hsim_recv(void *buf, size_t len, int *from)
{
	if (__hsim_stdio_flush)
		__hsim_stdio_flush(); /* what it printed comes out before it waits */
	return hsim_hypercall(HSIM_HC_RECV, (long)buf, (long)len, (long)from, 0);
}

long hsim_try_recv(void *buf, size_t len, int *from)
{
	return hsim_hypercall(HSIM_HC_TRY_RECV, (long)buf, (long)len, (long)from, 0);
}

long hsim_read(int fd, void *buf, size_t len)
{
	return hsim_hypercall(HSIM_HC_READ, fd, (long)buf, (long)len, 0);
}

int hsim_open(const char *name)
{
	size_t n = 0;
	while (name[n])
		n++;
	return (int)hsim_hypercall(HSIM_HC_OPEN, (long)name, (long)n, 0, 0);
}

int hsim_close(int fd)
{
	return (int)hsim_hypercall(HSIM_HC_CLOSE, fd, 0, 0, 0);
}

long hsim_seek(int fd, long off, int whence)
{
	return hsim_hypercall(HSIM_HC_SEEK, fd, off, whence, 0);
}

int hsim_isatty(int fd)
{
	return (int)hsim_hypercall(HSIM_HC_ISATTY, fd, 0, 0, 0);
}
