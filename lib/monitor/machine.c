/* The monitor: machines of several VMs, one host thread each, an exit
 * dispatch table for KVM, the same platform for the simulator. */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include <hsim/abi.h>
#include <hsim/error.h>
#include <hsim/machine.h>
#include "cpu/sim.h"
#include "kvm/kvm.h"
#include "cpu/cpuid.h"
#include "platform/platform.h"

#define MAX_VMS 1024
#define SIM_SLICE (1u << 20) /* instructions between time-limit checks */

struct hsim_vm {
	struct hsim_machine *m;
	unsigned id;
	const struct hsim_image *img;
	pthread_t thread;
	atomic_bool stop; /* the time limit ran out */
	atomic_bool done;
	struct platform_vm plat;
	struct kvm_vcpu_ctx kvm;
	struct sim_mem mem;
	uint8_t *sim_mem;     /* simulator engine's guest memory */
	struct hsim_cpu_state st;
	struct hsim_vm_result res;
};

struct hsim_machine {
	struct hsim_machine_config cfg;
	struct console console;
	struct cpuid_table cpuid;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	unsigned ndone;
	unsigned nvms;
	bool ran;
	struct hsim_vm *vms[MAX_VMS];
};

/* ---- results ---------------------------------------------------------- */

static const char *const exception_names[32] = {
	"#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM",
	"#DF", "#CSO", "#TS", "#NP", "#SS", "#GP", "#PF", "#15",
	"#MF", "#AC", "#MC", "#XM", "#VE", "#CP", "#22", "#23",
	"#24", "#25", "#26", "#27", "#HV", "#VC", "#SX", "#31",
};

const char *hsim_exception_name(unsigned vector)
{
	return vector < 32 ? exception_names[vector] : "#??";
}

static void set_error(struct hsim_vm *vm, int err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void set_error(struct hsim_vm *vm, int err, const char *fmt, ...)
{
	va_list ap;
	vm->res.status = HSIM_VM_ERROR;
	vm->res.error = err;
	va_start(ap, fmt);
	vsnprintf(vm->res.detail, sizeof(vm->res.detail), fmt, ap);
	va_end(ap);
}

/* An in/out the platform has no device for; the state is past it. */
static void set_io_error(struct hsim_vm *vm, int is_in, unsigned port)
{
	set_error(vm, HSIM_E_UNHANDLED_EXIT, "%s of port 0x%x, stopped after it at 0x%llx",
		  is_in ? "in" : "out", port, (unsigned long long)vm->st.rip);
}

static void set_fault(struct hsim_vm *vm, unsigned vector, uint32_t error_code, uint64_t cr2)
{
	vm->res.status = HSIM_VM_FAULT;
	vm->res.error = HSIM_E_GUEST_FAULT;
	vm->res.vector = (uint8_t)vector;
	vm->res.error_code = error_code;
	vm->res.fault_addr = cr2;
}

int hsim_vm_result_describe(const struct hsim_vm_result *r,
			    const struct hsim_image *img, char *buf, size_t n)
{
	char sym[96] = "";
	if (img && hsim_image_symbolize(img, r->regs.rip, sym + 2, sizeof(sym) - 3)) {
		sym[0] = ' ';
		sym[1] = '(';
		strcat(sym, ")");
	}
	switch (r->status) {
	case HSIM_VM_EXITED:
		return snprintf(buf, n, "exited with code %d", r->exit_code);
	case HSIM_VM_FAULT:
		if (r->vector == 14)
			return snprintf(buf, n, "guest fault #PF at 0x%llx%s: %s of 0x%llx (%s)",
					(unsigned long long)r->regs.rip, sym,
					(r->error_code & 16) ? "fetch" :
					(r->error_code & 2) ? "write" : "read",
					(unsigned long long)r->fault_addr,
					/* just below the stack: it overflowed */
					r->fault_addr < HSIM_GUEST_USER_BASE &&
					r->fault_addr >= HSIM_GUEST_USER_BASE - 0x10000 ?
					"stack overflow" :
					(r->error_code & 1) ? "protection violation" : "not present");
		if (r->vector == 13 || r->vector == 12 || r->vector == 10 || r->vector == 11)
			return snprintf(buf, n, "guest fault %s at 0x%llx%s, error code 0x%x",
					hsim_exception_name(r->vector),
					(unsigned long long)r->regs.rip, sym, r->error_code);
		return snprintf(buf, n, "guest fault %s at 0x%llx%s",
				hsim_exception_name(r->vector),
				(unsigned long long)r->regs.rip, sym);
	case HSIM_VM_TIMEOUT:
		return snprintf(buf, n, "time limit exceeded after %.2f s, guest at 0x%llx%s",
				r->seconds, (unsigned long long)r->regs.rip, sym);
	case HSIM_VM_ERROR:
		return snprintf(buf, n, "error: %s%s%s", hsim_strerror(r->error),
				r->detail[0] ? ": " : "", r->detail);
	default:
		return snprintf(buf, n, "did not run");
	}
}

/* ---- guest memory ----------------------------------------------------- */

static void initial_state(struct hsim_cpu_state *st, const struct hsim_image *img,
			  uint64_t mem_size)
{
	memset(st, 0, sizeof(*st));
	st->rip = hsim_image_entry(img);
	st->gpr[HSIM_RSP] = HSIM_GUEST_STACK_TOP;
	st->gpr[HSIM_RDI] = mem_size; /* the heap ends here */
	st->rflags = 0x202;
	st->mxcsr = 0x1f80;
	st->fcw = 0x37f;
	st->cr0 = 0x80010033;
	st->cr3 = SYS_PML4;
	st->cr4 = 0x620;
	st->efer = 0x500;
}

static void load_segments(uint8_t *mem, const struct hsim_image *img)
{
	for (size_t i = 0; i < hsim_image_segment_count(img); i++) {
		const struct hsim_segment *s = hsim_image_segment(img, i);
		memcpy(mem + s->vaddr, s->data, s->filesz);
		memset(mem + s->vaddr + s->filesz, 0, s->memsz - s->filesz);
	}
}

/* ---- KVM engine ------------------------------------------------------- */

enum action { CONTINUE, STOP };

static enum action kvm_hypercall(struct hsim_vm *vm)
{
	struct kvm_run *run = vm->kvm.run;
	/* hsim states hold the address after the `out`, where the guest goes
	 * on and where the simulator is; KVM's own RIP stays as it is, since
	 * KVM completes the `out` itself on re-entry */
	kvmw_read_gprs(&vm->kvm, &vm->st);
	uint64_t kvm_rip = vm->st.rip;
	vm->st.rip = kvmw_io_next_rip(&vm->kvm);
	if (platform_hypercall(&vm->plat, &vm->st, &vm->mem)) {
		vm->res.status = HSIM_VM_EXITED;
		vm->res.exit_code = vm->plat.exit_code;
		return STOP;
	}
	vm->st.rip = kvm_rip;
	run->s.regs.regs.rax = vm->st.gpr[HSIM_RAX];
	run->kvm_dirty_regs |= KVM_SYNC_X86_REGS;
	return CONTINUE;
}

/* The ring-0 stub reported an exception: the frame is on the ring-0 stack. */
static enum action kvm_exception(struct hsim_vm *vm)
{
	uint64_t f[9];
	uint64_t rsp = vm->kvm.run->s.regs.regs.rsp;
	if (rsp < SYS_STUBS || rsp + sizeof(f) > SYS_STACK0) {
		set_error(vm, HSIM_E_UNHANDLED_EXIT, "exception report with a bad stack 0x%llx",
			  (unsigned long long)rsp);
		return STOP;
	}
	memcpy(f, vm->kvm.mem + rsp, sizeof(f));
	kvmw_read_gprs(&vm->kvm, &vm->st);
	vm->st.gpr[HSIM_RDX] = f[0];
	vm->st.gpr[HSIM_RAX] = f[1];
	vm->st.rip = f[4];
	/* The CPU sets RF in the frame of a fault so that iretq does not
	 * re-trigger an instruction breakpoint; it is not guest state. */
	vm->st.rflags = f[6] & ~(uint64_t)0x10000;
	vm->st.gpr[HSIM_RSP] = f[7];
	set_fault(vm, (unsigned)f[2], (uint32_t)f[3],
		  f[2] == 14 ? vm->kvm.run->s.regs.sregs.cr2 : 0);
	return STOP;
}

static enum action handle_io(struct hsim_vm *vm)
{
	struct kvm_run *run = vm->kvm.run;
	if (run->io.direction == KVM_EXIT_IO_OUT && run->io.count == 1) {
		if (run->io.port == HSIM_PORT_HYPERCALL)
			return kvm_hypercall(vm);
		/* only the ring-0 stubs may report exceptions: a guest's own
		 * `out` to that port is an unknown port like any other */
		if (run->io.port == HSIM_PORT_EXCEPTION &&
		    (run->s.regs.sregs.cs.selector & 3) == 0)
			return kvm_exception(vm);
	}
	kvmw_read_gprs(&vm->kvm, &vm->st);
	vm->st.rip = kvmw_io_next_rip(&vm->kvm);
	set_io_error(vm, run->io.direction != KVM_EXIT_IO_OUT, run->io.port);
	return STOP;
}

static enum action handle_shutdown(struct hsim_vm *vm)
{
	kvmw_read_gprs(&vm->kvm, &vm->st);
	set_error(vm, HSIM_E_SHUTDOWN, "triple fault at 0x%llx",
		  (unsigned long long)vm->st.rip);
	return STOP;
}

static enum action handle_mmio(struct hsim_vm *vm)
{
	kvmw_read_gprs(&vm->kvm, &vm->st);
	set_error(vm, HSIM_E_UNHANDLED_EXIT, "MMIO %s of 0x%llx at 0x%llx",
		  vm->kvm.run->mmio.is_write ? "write" : "read",
		  (unsigned long long)vm->kvm.run->mmio.phys_addr,
		  (unsigned long long)vm->st.rip);
	return STOP;
}

static enum action handle_other(struct hsim_vm *vm);

typedef enum action (*exit_handler)(struct hsim_vm *vm);
static const exit_handler exit_handlers[] = {
	[KVM_EXIT_IO] = handle_io,
	[KVM_EXIT_MMIO] = handle_mmio,
	[KVM_EXIT_SHUTDOWN] = handle_shutdown,
	[KVM_EXIT_HLT] = handle_other,
	[KVM_EXIT_FAIL_ENTRY] = handle_other,
	[KVM_EXIT_INTERNAL_ERROR] = handle_other,
};
static const char *const exit_names[] = {
	[KVM_EXIT_UNKNOWN] = "UNKNOWN", [KVM_EXIT_EXCEPTION] = "EXCEPTION",
	[KVM_EXIT_IO] = "IO", [KVM_EXIT_HYPERCALL] = "HYPERCALL",
	[KVM_EXIT_DEBUG] = "DEBUG", [KVM_EXIT_HLT] = "HLT", [KVM_EXIT_MMIO] = "MMIO",
	[KVM_EXIT_IRQ_WINDOW_OPEN] = "IRQ_WINDOW_OPEN", [KVM_EXIT_SHUTDOWN] = "SHUTDOWN",
	[KVM_EXIT_FAIL_ENTRY] = "FAIL_ENTRY", [KVM_EXIT_INTR] = "INTR",
	[KVM_EXIT_INTERNAL_ERROR] = "INTERNAL_ERROR",
};

static const char *exit_name(unsigned reason)
{
	if (reason < sizeof(exit_names) / sizeof(exit_names[0]) && exit_names[reason])
		return exit_names[reason];
	return "?";
}

static enum action handle_other(struct hsim_vm *vm)
{
	struct kvm_run *run = vm->kvm.run;
	kvmw_read_gprs(&vm->kvm, &vm->st);
	if (run->exit_reason == KVM_EXIT_INTERNAL_ERROR)
		set_error(vm, HSIM_E_UNHANDLED_EXIT, "KVM internal error %u at 0x%llx",
			  run->internal.suberror, (unsigned long long)vm->st.rip);
	else if (run->exit_reason == KVM_EXIT_FAIL_ENTRY)
		set_error(vm, HSIM_E_UNHANDLED_EXIT, "VM entry failed (0x%llx)",
			  (unsigned long long)run->fail_entry.hardware_entry_failure_reason);
	else
		set_error(vm, HSIM_E_UNHANDLED_EXIT, "exit %s (%u) at 0x%llx",
			  exit_name(run->exit_reason), run->exit_reason,
			  (unsigned long long)vm->st.rip);
	return STOP;
}

static void run_kvm(struct hsim_vm *vm)
{
	struct kvm_vcpu_ctx *k = &vm->kvm;
	uint64_t mem_size = vm->m->cfg.mem_size;
	int r;

	if ((r = kvmw_create(k, mem_size)) < 0) {
		set_error(vm, r, "creating the VM");
		return;
	}
	vm->mem = (struct sim_mem){ k->mem, mem_size, HSIM_GUEST_USER_BASE };
	load_segments(k->mem, vm->img);
	if ((r = kvmw_boot(k, &vm->st, &vm->m->cpuid)) < 0) {
		set_error(vm, r, "setting up long mode");
		return;
	}
	for (;;) {
		if (atomic_load(&vm->stop)) {
			kvmw_read_gprs(k, &vm->st);
			vm->res.status = HSIM_VM_TIMEOUT;
			vm->res.error = HSIM_E_TIMEOUT;
			break;
		}
		r = kvmw_run(k);
		if (r == -EINTR || r == -EAGAIN) {
			k->run->immediate_exit = 0;
			continue;
		}
		if (r < 0) {
			set_error(vm, r, "KVM_RUN");
			break;
		}
		vm->res.exits++;
		unsigned reason = k->run->exit_reason;
		exit_handler h = reason < sizeof(exit_handlers) / sizeof(exit_handlers[0]) ?
			exit_handlers[reason] : NULL;
		if (!h)
			h = handle_other;
		if (h(vm) == STOP)
			break;
	}
	/* Final registers: everything, whatever the outcome. */
	struct hsim_cpu_state keep = vm->st;
	if (kvmw_read_state(k, &vm->st) == 0) {
		memcpy(vm->st.gpr, keep.gpr, sizeof(keep.gpr));
		vm->st.rip = keep.rip;
		vm->st.rflags = keep.rflags;
	}
}

/* ---- simulator engine ------------------------------------------------- */

static void sim_cpuid(void *ctx, uint32_t leaf, uint32_t sub, uint32_t out[4])
{
	const struct hsim_vm *vm = ctx;
	cpuid_table_lookup(&vm->m->cpuid, leaf, sub, out);
}

static uint64_t sim_rdtsc(void *ctx)
{
	(void)ctx;
	return platform_now_ns();
}

static void run_sim(struct hsim_vm *vm)
{
	uint64_t mem_size = vm->m->cfg.mem_size;
	struct sim *s = NULL;
	struct sim_hooks hooks = { vm, cpuid_host_features(), sim_cpuid, sim_rdtsc };
	struct sim_stop stop;
	int r;

	vm->sim_mem = mmap(NULL, mem_size, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (vm->sim_mem == MAP_FAILED) {
		vm->sim_mem = NULL;
		set_error(vm, -errno, "allocating guest memory");
		return;
	}
	vm->mem = (struct sim_mem){ vm->sim_mem, mem_size, HSIM_GUEST_USER_BASE };
	load_segments(vm->sim_mem, vm->img);
	if ((r = sim_create(&s, &vm->st, &vm->mem, &hooks)) < 0) {
		set_error(vm, r, "creating the simulator");
		return;
	}
	for (;;) {
		if (atomic_load(&vm->stop)) {
			vm->res.status = HSIM_VM_TIMEOUT;
			vm->res.error = HSIM_E_TIMEOUT;
			break;
		}
		if ((r = sim_run(s, SIM_SLICE, &stop)) < 0) {
			set_error(vm, r, "simulator");
			break;
		}
		if (stop.reason == SIM_STOP_LIMIT)
			continue;
		vm->res.exits++;
		if (stop.reason == SIM_STOP_EXCEPTION) {
			set_fault(vm, stop.vector, stop.error_code, stop.fault_addr);
			break;
		}
		if (stop.reason == SIM_STOP_IO && !stop.is_in && stop.port == HSIM_PORT_HYPERCALL) {
			if (platform_hypercall(&vm->plat, &vm->st, &vm->mem)) {
				vm->res.status = HSIM_VM_EXITED;
				vm->res.exit_code = vm->plat.exit_code;
				break;
			}
			continue;
		}
		set_io_error(vm, stop.is_in, stop.port);
		break;
	}
	vm->res.instructions = sim_icount(s);
	sim_destroy(s);
}

/* ---- threads and the time limit --------------------------------------- */

static void *vm_thread(void *arg)
{
	struct hsim_vm *vm = arg;
	uint64_t t0 = platform_now_ns();

	platform_vm_init(&vm->plat, vm->id, vm->m->nvms, &vm->m->console, vm->m->cfg.seed);
	initial_state(&vm->st, vm->img, vm->m->cfg.mem_size);
	if (vm->m->cfg.engine == HSIM_ENGINE_SIM)
		run_sim(vm);
	else
		run_kvm(vm);
	platform_console_flush(&vm->plat);
	vm->res.hypercalls = vm->plat.hypercalls;
	vm->res.seconds = (double)(platform_now_ns() - t0) / 1e9;
	vm->res.regs = vm->st;

	pthread_mutex_lock(&vm->m->lock);
	atomic_store(&vm->done, true);
	vm->m->ndone++;
	pthread_cond_signal(&vm->m->cond);
	pthread_mutex_unlock(&vm->m->lock);
	return NULL;
}

static void kick_handler(int sig)
{
	(void)sig;
}

/* KVM_RUN returns -EINTR when a signal with a handler arrives; the handler
 * itself does nothing. Only installed if the application left SIGUSR1 at
 * its default, so an application's own handler is never replaced. */
static void install_kick_handler(void)
{
	struct sigaction old, sa;
	if (sigaction(SIGUSR1, NULL, &old) == 0 && old.sa_handler == SIG_DFL &&
	    !(old.sa_flags & SA_SIGINFO)) {
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = kick_handler;
		sigemptyset(&sa.sa_mask);
		sigaction(SIGUSR1, &sa, NULL);
	}
}

static void stop_vm(struct hsim_vm *vm)
{
	atomic_store(&vm->stop, true);
	if (vm->kvm.run)
		vm->kvm.run->immediate_exit = 1;
	if (!atomic_load(&vm->done))
		pthread_kill(vm->thread, SIGUSR1);
}

int hsim_machine_run(struct hsim_machine *m)
{
	int r;

	if (!m || m->nvms == 0 || m->ran)
		return HSIM_E_INVAL;
	if (m->cfg.engine == HSIM_ENGINE_KVM && (r = kvmw_probe()) < 0)
		return r;
	m->ran = true;
	install_kick_handler();
	for (unsigned i = 0; i < m->nvms; i++) {
		if ((r = pthread_create(&m->vms[i]->thread, NULL, vm_thread, m->vms[i])) != 0) {
			for (unsigned j = 0; j < i; j++) {
				stop_vm(m->vms[j]);
				pthread_join(m->vms[j]->thread, NULL);
			}
			return -r;
		}
	}

	struct timespec deadline;
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	double t = m->cfg.timeout;
	deadline.tv_sec += (time_t)t;
	deadline.tv_nsec += (long)((t - (double)(time_t)t) * 1e9);
	if (deadline.tv_nsec >= 1000000000L) {
		deadline.tv_sec++;
		deadline.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&m->lock);
	bool expired = false;
	while (m->ndone < m->nvms) {
		if (m->cfg.timeout > 0 && !expired) {
			if (pthread_cond_timedwait(&m->cond, &m->lock, &deadline) == ETIMEDOUT)
				expired = true;
		} else if (expired) {
			/* Keep kicking until every VM thread has noticed. */
			pthread_mutex_unlock(&m->lock);
			for (unsigned i = 0; i < m->nvms; i++)
				if (!atomic_load(&m->vms[i]->done))
					stop_vm(m->vms[i]);
			struct timespec ms = { 0, 1000000 };
			nanosleep(&ms, NULL);
			pthread_mutex_lock(&m->lock);
		} else {
			pthread_cond_wait(&m->cond, &m->lock);
		}
	}
	pthread_mutex_unlock(&m->lock);
	for (unsigned i = 0; i < m->nvms; i++)
		pthread_join(m->vms[i]->thread, NULL);
	return 0;
}

/* ---- creation --------------------------------------------------------- */

int hsim_kvm_available(void)
{
	return kvmw_probe();
}

int hsim_machine_create(struct hsim_machine **out, const struct hsim_machine_config *cfg)
{
	struct hsim_machine *m;

	if (!out || !cfg)
		return HSIM_E_INVAL;
	*out = NULL;
	if (cfg->engine != HSIM_ENGINE_KVM && cfg->engine != HSIM_ENGINE_SIM)
		return HSIM_E_INVAL;
	uint64_t mem = cfg->mem_size ? cfg->mem_size : HSIM_GUEST_DEFAULT_MEM;
	/* Whole 2 MiB pages, room for a program and its stack, page tables
	 * for at most SYS_MAX_GIB. */
	if (mem % (2u << 20) || mem < (8u << 20) || mem > ((uint64_t)SYS_MAX_GIB << 30) ||
	    cfg->timeout < 0)
		return HSIM_E_INVAL;
	if (!(m = calloc(1, sizeof(*m))))
		return -ENOMEM;
	m->cfg = *cfg;
	m->cfg.mem_size = mem;
	pthread_mutex_init(&m->lock, NULL);
	/* the time limit must not move when the wall clock is set */
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&m->cond, &ca);
	pthread_condattr_destroy(&ca);
	pthread_mutex_init(&m->console.lock, NULL);
	m->console.fn = cfg->console;
	m->console.ctx = cfg->console_ctx;
	cpuid_table_build(&m->cpuid);
	*out = m;
	return 0;
}

int hsim_machine_add_vm(struct hsim_machine *m, const struct hsim_image *img)
{
	uint64_t lo, hi;

	if (!m || !img || m->ran)
		return HSIM_E_INVAL;
	if (m->nvms == MAX_VMS)
		return -EMFILE;
	hsim_image_extent(img, &lo, &hi);
	if (lo < HSIM_GUEST_STACK_TOP || hi > m->cfg.mem_size)
		return HSIM_E_ELF_OUTSIDE;
	struct hsim_vm *vm = calloc(1, sizeof(*vm));
	if (!vm)
		return -ENOMEM;
	vm->m = m;
	vm->id = m->nvms;
	vm->img = img;
	vm->kvm.kvm_fd = vm->kvm.vm_fd = vm->kvm.vcpu_fd = -1;
	m->vms[m->nvms++] = vm;
	return (int)vm->id;
}

unsigned hsim_machine_vm_count(const struct hsim_machine *m)
{
	return m ? m->nvms : 0;
}

int hsim_machine_result(const struct hsim_machine *m, unsigned vm,
			struct hsim_vm_result *out)
{
	if (!m || vm >= m->nvms)
		return HSIM_E_INVAL;
	return hsim_vm_result(m->vms[vm], out);
}

struct hsim_vm *hsim_machine_vm(const struct hsim_machine *m, unsigned id)
{
	return m && id < m->nvms ? m->vms[id] : NULL;
}

unsigned hsim_vm_index(const struct hsim_vm *vm)
{
	return vm->id;
}

const struct hsim_image *hsim_vm_image(const struct hsim_vm *vm)
{
	return vm->img;
}

int hsim_vm_result(const struct hsim_vm *vm, struct hsim_vm_result *out)
{
	if (!vm || !out)
		return HSIM_E_INVAL;
	*out = vm->res;
	return vm->m->ran ? 0 : HSIM_E_NOT_RUN;
}

void hsim_machine_destroy(struct hsim_machine *m)
{
	if (!m)
		return;
	for (unsigned i = 0; i < m->nvms; i++) {
		struct hsim_vm *vm = m->vms[i];
		if (vm->kvm.kvm_fd >= 0 || vm->kvm.mem)
			kvmw_destroy(&vm->kvm);
		if (vm->sim_mem)
			munmap(vm->sim_mem, m->cfg.mem_size);
		free(vm);
	}
	pthread_mutex_destroy(&m->lock);
	pthread_cond_destroy(&m->cond);
	pthread_mutex_destroy(&m->console.lock);
	free(m);
}
