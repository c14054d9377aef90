/* Machines: a set of VMs, each running one guest image on its own host
 * thread, with KVM or with the pure simulator. */
#ifndef HSIM_MACHINE_H
#define HSIM_MACHINE_H

#include <stddef.h>
#include <stdint.h>
#include <hsim/cpu.h>
#include <hsim/image.h>

#ifdef __cplusplus
extern "C" {
#endif

struct hsim_machine;
struct hsim_vm; /* one VM of a machine, owned by it */

enum hsim_engine {
	HSIM_ENGINE_KVM = 0, /* direct execution in KVM (ring 3, native speed) */
	HSIM_ENGINE_SIM = 1, /* the pure simulator (no KVM needed) */
};

/* Called with whole console lines of one VM (one or more in a call, each
 * ending in '\n'), or with a part of a line (a last partial line, or a
 * piece of a line longer than 4 KiB); calls are serialized by the machine,
 * so the callback needs no lock. */
typedef void (*hsim_console_fn)(void *ctx, unsigned vm, int fd,
				const char *buf, size_t len);

/* The longest time limit a machine takes (one year, in seconds): a longer
 * one cannot be told from none, and this keeps the deadline exact. */
#define HSIM_MAX_TIMEOUT 31536000.0

struct hsim_machine_config {
	enum hsim_engine engine;
	uint64_t mem_size;       /* guest memory per VM in bytes; 0 = 128 MiB */
	double timeout;          /* wall-clock seconds per run; 0 = none, at
	                          * most HSIM_MAX_TIMEOUT */
	uint64_t seed;           /* non-zero: deterministic hsim_random() */
	hsim_console_fn console; /* NULL: console output is dropped */
	void *console_ctx;
	uint64_t clock_step_ns;  /* non-zero: the guest's clock advances this
	                          * much per read (repeatable runs); 0: host time */
	const char *disk;        /* host file behind the block device, or NULL */
	int disk_writable;       /* the guest may write the disk */
	uint64_t checkpoint_every; /* recording: a CHECKPOINT record (CPU state
	                          * and the guest pages written since the last)
	                          * every this many exits of a VM; 0 = none */
	int console_tty;         /* the console is a terminal: the guests'
	                          * isatty(1) and isatty(2) say so (their stdout
	                          * is then line buffered, else fully) */
	int checkpoint_verify;   /* debugging: at each checkpoint, check that
	                          * the loaded image plus every checkpoint's
	                          * pages is the guest memory (costs a copy of
	                          * it and a compare per checkpoint); a
	                          * difference stops the VM with an error */
};

enum hsim_vm_status {
	HSIM_VM_NOT_RUN = 0,
	HSIM_VM_EXITED,   /* the guest called hsim_exit or returned from main */
	HSIM_VM_FAULT,    /* unhandled guest exception */
	HSIM_VM_TIMEOUT,  /* stopped by the time limit */
	HSIM_VM_ERROR,    /* the monitor could not go on (see error) */
	HSIM_VM_INTERRUPTED, /* stopped by hsim_machine_stop */
	HSIM_VM_DEADLOCK, /* waited in hsim_recv when no VM could send */
};

struct hsim_vm_result {
	enum hsim_vm_status status;
	int exit_code;        /* HSIM_VM_EXITED */
	int error;            /* HSIM_E_* / -errno for HSIM_VM_ERROR and others */
	uint8_t vector;       /* HSIM_VM_FAULT: exception vector */
	uint32_t error_code;  /* HSIM_VM_FAULT: exception error code */
	uint64_t fault_addr;  /* HSIM_VM_FAULT with #PF: CR2 */
	uint64_t exits;       /* VM exits (KVM) or simulator stops */
	uint64_t hypercalls;
	uint64_t instructions;/* instructions retired in the simulator */
	double seconds;       /* wall time of the run */
	double seconds_vm;    /* of which running in KVM */
	double seconds_sim;   /* ... in the simulator */
	uint64_t events[3];   /* exits by class: simple, complex, stop */
	char detail[128];     /* HSIM_VM_ERROR: what the monitor saw */
	struct hsim_cpu_state regs; /* registers when the VM stopped */
};

int hsim_machine_create(struct hsim_machine **out, const struct hsim_machine_config *cfg);
void hsim_machine_destroy(struct hsim_machine *m);

/* Add a VM running img (the image must outlive the machine). Returns the
 * VM's id (0, 1, ...) or a negative error (e.g. HSIM_E_ELF_OUTSIDE when the
 * image does not fit the guest memory). */
int hsim_machine_add_vm(struct hsim_machine *m, const struct hsim_image *img);
unsigned hsim_machine_vm_count(const struct hsim_machine *m);

/* What VM `vm` gets as main(argc, argv, envp): argc strings of argv (copied;
 * argv[0] is by convention the program's name) and the NULL-terminated
 * envp (NULL: an empty environment), placed at the top of the guest's
 * stack as a SysV process start has them (docs/design.md). Without this
 * call a VM gets argv { the image's name } and no environment. Before the
 * run; HSIM_E_INVAL for a bad VM or a NULL string, -E2BIG when the strings
 * and their pointers exceed 256 KiB. Recorded in the trace header. */
int hsim_machine_set_args(struct hsim_machine *m, unsigned vm, int argc,
			  const char *const argv[], const char *const envp[]);

/* Input for the guests (read-only; each VM reads with its own offsets).
 * Every byte a guest reads, and every result of its calls, is an input: a
 * recording replays without the files.
 *
 * The guests' stdin (fd 0): the host file at path, which every VM reads
 * from its start; "-": hsim's own stdin, read as it comes (a pipe or a
 * terminal too), for a machine of one VM only (HSIM_E_INVAL at run
 * otherwise); never called: stdin is empty. A path that is not a regular
 * file gets -EINVAL; one that does not open, -errno. */
int hsim_machine_set_stdin(struct hsim_machine *m, const char *path);
/* A host file (regular, opened now) the guests open by name:
 * fopen(name, "r"). Names are 1 to 255 bytes without NUL; a name given
 * twice: -EEXIST. */
int hsim_machine_add_file(struct hsim_machine *m, const char *name, const char *path);

/* Run every VM to its end, one host thread each. Returns 0 when all VMs ran
 * (whatever their outcome: see hsim_machine_result), negative on a setup
 * failure (e.g. HSIM_E_NO_KVM). The time limit counts from the call.
 *
 * Signals: what a program linking libhsim must know.
 * - The library stops its VM threads (time limit, hsim_machine_stop, the
 *   host memory guard) with the kick signal, SIGUSR1 unless
 *   hsim_set_kick_signal chose another: a signal with a handler makes a
 *   blocking KVM_RUN return. It is sent only to the library's own VM
 *   threads (pthread_kill, and a per-thread POSIX timer at the deadline),
 *   never to the process as a whole; one sent from outside (kill -USR1)
 *   does nothing.
 * - If the signal is at its default disposition when a run starts, the
 *   library installs its handler (sigaction with SA_SIGINFO | SA_RESTART)
 *   and leaves it installed for the life of the process; SA_RESTART keeps
 *   the signal from failing other system calls of the VM threads (a
 *   console callback's write, say) with EINTR. Handled by the
 *   application, the signal is left alone (its handler must return
 *   normally, not longjmp): VMs then still stop, but only when the
 *   machine's thread gets the CPU to kick them, which can be seconds late
 *   with many busy VMs on few cores. Do not set it to SIG_IGN: an ignored
 *   signal does not interrupt KVM_RUN, and a KVM guest that makes no exits
 *   would never stop.
 * - The VM threads inherit the signal mask of the thread calling
 *   hsim_machine_run and unblock the kick signal themselves. Block other
 *   signals (SIGINT, ...) before the run and take them in a thread of your
 *   own (sigwait), or their handlers may run on VM threads.
 * - A program that uses SIGUSR1 itself picks another kick signal with
 *   hsim_set_kick_signal before its first run. */
int hsim_machine_run(struct hsim_machine *m);

/* The kick signal of the runs that start from now on (above): SIGUSR1
 * (the default), SIGUSR2 or one of SIGRTMIN..SIGRTMAX; process-wide.
 * HSIM_E_INVAL for any other signal, -EBUSY while a machine runs. */
int hsim_set_kick_signal(int sig);
int hsim_kick_signal(void);

/* Stop every VM still running, as soon as each can be stopped: their
 * status becomes HSIM_VM_INTERRUPTED (a VM that already ended keeps its
 * outcome) and hsim_machine_run returns. Async-signal-safe (an atomic
 * store; the run notices within ~10 ms), callable from any thread, and
 * before the run (which then stops every VM at once). Does nothing once a
 * stop or the time limit is under way. */
void hsim_machine_stop(struct hsim_machine *m);

int hsim_machine_result(const struct hsim_machine *m, unsigned vm,
			struct hsim_vm_result *out);

/* The VM with that id (NULL if there is none); valid until the machine is
 * destroyed. */
struct hsim_vm *hsim_machine_vm(const struct hsim_machine *m, unsigned id);
unsigned hsim_vm_index(const struct hsim_vm *vm);
const struct hsim_image *hsim_vm_image(const struct hsim_vm *vm);
/* The VM's outcome; HSIM_E_NOT_RUN (with *out zeroed but for the status)
 * before hsim_machine_run. */
int hsim_vm_result(const struct hsim_vm *vm, struct hsim_vm_result *out);

/* Use this event list (copied) instead of the built-in one; before running. */
struct hsim_events;
int hsim_machine_set_events(struct hsim_machine *m, const struct hsim_events *ev);
/* Run every call of the guest function `symbol` in the simulator, from its
 * entry until it returns to its caller; the rest runs in the engine of the
 * machine. Call after adding the VMs: HSIM_E_SYMBOL when no VM's guest has
 * a function of that name (err then says so and names close matches). */
int hsim_machine_simulate(struct hsim_machine *m, const char *symbol, char *err, size_t errlen);
/* The event list VM `vm` would run with (vm < 0: the machine's own), as a
 * new list the caller destroys. */
int hsim_machine_event_list(const struct hsim_machine *m, int vm, struct hsim_events **out);
/* The event list a VM runs with (the machine's and its own entries) and how
 * often each entry decided an exit; valid after hsim_machine_run. */
const struct hsim_events *hsim_vm_events(const struct hsim_vm *vm);
uint64_t hsim_vm_event_count(const struct hsim_vm *vm, size_t entry);

/* Record the run to a trace at path (docs/trace-format.md); argv is the
 * command line stored in its header (it must outlive the run). The file is
 * created when hsim_machine_run starts (an error then is its result). */
int hsim_machine_record(struct hsim_machine *m, const char *path, int argc,
			const char *const *argv);
/* After the run: the first recording error (0 if none), the bytes and
 * records written. A VM whose record could not be written is stopped with
 * an error. */
int hsim_machine_record_status(const struct hsim_machine *m, uint64_t *bytes, uint64_t *records);

/* One line describing a result, e.g. "exited with code 0" or
 * "guest fault #UD at 0x401234 (main+0x14)". Returns the length. */
int hsim_vm_result_describe(const struct hsim_vm_result *r,
			    const struct hsim_image *img, char *buf, size_t n);

/* "#DE", "#UD", ... for an exception vector. */
const char *hsim_exception_name(unsigned vector);

/* Is KVM usable on this host? 0 if so, else HSIM_E_NO_KVM or -errno. */
int hsim_kvm_available(void);

#ifdef __cplusplus
}
#endif
#endif
