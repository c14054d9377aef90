/* The guest SDK: what a guest program includes to talk to hsim.
 * A guest is an ordinary C program with `int main(void)`, built with hsim-cc;
 * main's return value is the VM's exit code. */
#ifndef HSIM_GUEST_H
#define HSIM_GUEST_H

#include <stddef.h>
#include <stdint.h>
#include <hsim/abi.h>

#ifdef __cplusplus
extern "C" {
#endif

static inline long hsim_hypercall(long nr, long a0, long a1, long a2, long a3)
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
/* Send `len` bytes to VM `vm`; returns len or a negative HSIM_GUEST_E*. */
long hsim_send(int vm, const void *buf, size_t len);
/* Receive one message (blocking); returns its length and sets *from. */
long hsim_recv(void *buf, size_t len, int *from);

#ifdef __cplusplus
}
#endif
#endif
