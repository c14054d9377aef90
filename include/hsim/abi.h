/* The guest/host ABI: hypercall port and numbers, guest error codes and the
 * guest's memory layout. Shared by the guest SDK and the monitor. */
#ifndef HSIM_ABI_H
#define HSIM_ABI_H

/* Hypercalls: `outl %eax, %dx` with DX = HSIM_PORT_HYPERCALL, EAX = call
 * number, arguments in RDI, RSI, RCX, R8; the result comes back in RAX
 * (negative HSIM_GUEST_E* on failure). Every other register is preserved. */
#define HSIM_PORT_HYPERCALL 0x0510
/* Used only by the ring-0 exception stubs (see docs/kvm-notes.md). */
#define HSIM_PORT_EXCEPTION 0x0511

#define HSIM_HC_EXIT      0  /* (int code) -> does not return */
#define HSIM_HC_WRITE     1  /* (int fd, const void *buf, size_t len) -> bytes */
#define HSIM_HC_VM_ID     2  /* () -> this VM's id, 0..count-1 */
#define HSIM_HC_VM_COUNT  3  /* () -> number of VMs in the machine */
#define HSIM_HC_TIME_NS   4  /* () -> virtual time in ns since the VM started */
#define HSIM_HC_RANDOM    5  /* () -> 64 random bits */
#define HSIM_HC_SEND      6  /* (int vm, const void *buf, size_t len) -> bytes */
#define HSIM_HC_RECV      7  /* (void *buf, size_t len, int *from) -> bytes (blocks) */
#define HSIM_HC_TRY_RECV  8  /* (void *buf, size_t len, int *from) -> bytes, or EAGAIN */
/* Input: fd 0 is stdin (`hsim run --stdin`), files handed to the guest by
 * name (`hsim run --file NAME=PATH`) open read-only as fds 3 and up. Every
 * result and every byte read is an input (recorded, fed back by replay). */
#define HSIM_HC_READ      9  /* (int fd, void *buf, size_t len) -> bytes, 0 at the end */
#define HSIM_HC_OPEN     10  /* (const char *name, size_t len) -> fd, or ENOENT, EMFILE */
#define HSIM_HC_CLOSE    11  /* (int fd) -> 0, or EBADF */
#define HSIM_HC_SEEK     12  /* (int fd, long off, int whence) -> the new offset, or
                              * EINVAL, ESPIPE (a pipe or terminal) */
#define HSIM_HC_ISATTY   13  /* (int fd) -> 1 if fd (0, 1, 2) is a terminal, else 0 */
#define HSIM_HC_COUNT    14

/* The auxiliary vector at the process start (after envp's NULL) has this
 * entry: bit 0 stdin, bit 1 stdout, bit 2 stderr is a terminal (stdio
 * buffers by it without a hypercall). */
#define HSIM_AT_TTY 0x48534d01

/* At most this many bytes per HSIM_HC_READ (more are read in several), and
 * files open at once per VM. */
#define HSIM_READ_MAX  65536
#define HSIM_OPEN_MAX  16

/* Channels between VMs: a message is at most HSIM_MSG_MAX bytes (0 is a
 * message too); each VM's queue holds at most HSIM_MSG_QUEUE messages. */
#define HSIM_MSG_MAX   65536
#define HSIM_MSG_QUEUE 64

/* Errors returned by hypercalls (negated errno values, Linux numbering). */
#define HSIM_GUEST_ENOENT   (-2)
#define HSIM_GUEST_EINTR    (-4)
#define HSIM_GUEST_EIO      (-5)
#define HSIM_GUEST_EBADF    (-9)
#define HSIM_GUEST_EAGAIN   (-11)
#define HSIM_GUEST_EFAULT   (-14)
#define HSIM_GUEST_EINVAL   (-22)
#define HSIM_GUEST_EMFILE   (-24)
#define HSIM_GUEST_ESPIPE   (-29)
#define HSIM_GUEST_EPIPE    (-32)
#define HSIM_GUEST_ENAMETOOLONG (-36)
#define HSIM_GUEST_ENOSYS   (-38)
#define HSIM_GUEST_EMSGSIZE (-90)

/* Guest memory, guest-physical = guest-virtual (identity mapping):
 *   [0, 2 MiB)      the ring-0 system area (page tables, GDT, IDT, TSS,
 *                   exception stubs), not accessible at CPL 3; page 0 is not
 *                   mapped at all, so NULL dereferences fault;
 *   [2 MiB, 4 MiB)  the stack: RSP starts at HSIM_GUEST_STACK_TOP, and a
 *                   stack that overflows runs into the system area and
 *                   faults (#PF) instead of corrupting data;
 *   [4 MiB, end)    the program (linked at HSIM_GUEST_LINK), then the heap up
 *                   to the end of guest memory, which _start gets in RDI. */
#define HSIM_GUEST_USER_BASE 0x200000ULL
#define HSIM_GUEST_STACK_TOP 0x400000ULL
#define HSIM_GUEST_LINK      0x400000ULL
#define HSIM_GUEST_STACK_SIZE (HSIM_GUEST_STACK_TOP - HSIM_GUEST_USER_BASE)
#define HSIM_GUEST_DEFAULT_MEM (128ULL << 20)
#define HSIM_GUEST_MAX_MEM (64ULL << 30)

/* Device models (hsim/devices.h) sit in guest-physical space above the
 * largest guest memory, where no page is mapped: every access to them is an
 * event the monitor hands to the platform's device models. */
#define HSIM_DEV_BASE   0x1000000000ULL  /* 64 GiB */
#define HSIM_DEV_SIZE   0x10000ULL       /* the whole device window */
#define HSIM_DEV_UART   (HSIM_DEV_BASE + 0x0000)
#define HSIM_DEV_TIMER  (HSIM_DEV_BASE + 0x1000)
#define HSIM_DEV_BLOCK  (HSIM_DEV_BASE + 0x2000)

#endif
