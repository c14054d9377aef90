/* The guest SDK: what a guest program includes to talk to hsim.
 * A guest is an ordinary C program (main with or without argc, argv, envp),
 * built with hsim-cc; main's return value is the VM's exit code. */
#ifndef HSIM_GUEST_H
#define HSIM_GUEST_H

#include <stddef.h>
#include <stdint.h>
#include <hsim/abi.h>

#ifdef __cplusplus
extern "C" {
#endif

static __inline__ long hsim_hypercall(long nr, long a0, long a1, long a2, long a3)
{
	register long r8 __asm__("r8") = a3;
	long ret;
	__asm__ volatile("outl %%eax, %%dx"
			 : "=a"(ret)
			 : "a"(nr), "d"(HSIM_PORT_HYPERCALL), "D"(a0), "S"(a1),
			   "c"(a2), "r"(r8)
			 : "memory");
	return ret;
}

/* End the VM with an exit code (flushes stdout first). */
__attribute__((noreturn)) void hsim_exit(int code);
/* Write raw bytes to the console (fd 1 = stdout, 2 = stderr). */
long hsim_write(int fd, const void *buf, size_t len);
/* This VM's id (0-based) and the number of VMs in the machine. */
int hsim_vm_id(void);
int hsim_vm_count(void);
/* Virtual time in nanoseconds since the VM started. */
uint64_t hsim_time_ns(void);
/* 64 random bits from the host (recorded as an input). */
uint64_t hsim_random(void);
/* Send a message of `len` bytes (at most HSIM_MSG_MAX) to VM `vm` (this
 * one too); the monitor copies it into vm's queue. Returns len, or
 * HSIM_GUEST_EINVAL (no such VM), HSIM_GUEST_EMSGSIZE (too long),
 * HSIM_GUEST_EFAULT (buf is not the guest's memory), HSIM_GUEST_EAGAIN
 * (vm's queue holds HSIM_MSG_QUEUE messages: try again), HSIM_GUEST_EPIPE
 * (vm has ended). Never blocks. */
long hsim_send(int vm, const void *buf, size_t len);
/* Receive the oldest message of this VM's queue into buf, waiting for one
 * if there is none; returns its length and sets *from (may be NULL) to the
 * sender. HSIM_GUEST_EMSGSIZE: the message is longer than len (it stays
 * queued); HSIM_GUEST_EFAULT: buf or from is not the guest's memory. When
 * every VM still running waits in hsim_recv, none can ever send: the run
 * ends with a deadlock report (`hsim run` exit status 123). */
long hsim_recv(void *buf, size_t len, int *from);
/* The same without waiting: HSIM_GUEST_EAGAIN when the queue is empty. */
long hsim_try_recv(void *buf, size_t len, int *from);

/* Input (stdio's stdin, fopen, fread, ... use these). fd 0 is stdin
 * (`hsim run --stdin FILE`; empty without), hsim_open opens a file the host
 * handed over by name (`hsim run --file NAME=PATH`), read-only. Results are
 * bytes / an fd / an offset, or a negative HSIM_GUEST_E*. */
long hsim_read(int fd, void *buf, size_t len);   /* at most HSIM_READ_MAX; 0: the end */
int hsim_open(const char *name);                 /* ENOENT: no such name */
int hsim_close(int fd);
long hsim_seek(int fd, long off, int whence);    /* whence 0, 1, 2 as SEEK_SET, ... */
int hsim_isatty(int fd);                         /* 1: a terminal */

#ifdef __cplusplus
}
#endif
#endif
