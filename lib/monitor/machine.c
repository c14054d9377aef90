/* The monitor's public face: machines of several VMs, one host thread each,
 * the time limit, and the results. Each VM's life is in vm.c. */
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <hsim/abi.h>
#include <hsim/error.h>
#include <hsim/machine.h>
#include "monitor.h"

/* A VM the machine stopped (time limit or hsim_machine_stop) before it ran
 * a single instruction: it is reported where it would have started. */
static void stopped_before_start(struct hsim_vm *vm)
{
	memset(&vm->res, 0, sizeof(vm->res));
	vm->res.status = HSIM_VM_TIMEOUT;
	vm->st.rip = hsim_image_entry(vm->img);
}

#define NS 1000000000LL
#define POLL_NS 10000000LL

/* ---- the kick signal ----------------------------------------------------
 * A VM thread in KVM_RUN is stopped with a signal (the kick signal, SIGUSR1
 * unless hsim_set_kick_signal chose another): KVM_RUN returns -EINTR when a
 * signal with a handler arrives. The library's handler, installed when the
 * signal is at its default disposition, does nothing for the machine's own
 * kicks (pthread_kill); for a VM thread's deadline timer (SI_TIMER, see
 * arm_deadline) it stops the VM itself. SA_RESTART: a kick that comes while
 * a VM thread is in some other system call (a console callback writing to a
 * pipe, say) does not make that call fail with EINTR; KVM_RUN is never
 * restarted (KVM returns -EINTR itself). */
#ifndef sigev_notify_thread_id /* glibc before 2.37 */
#define sigev_notify_thread_id _sigev_un._tid
#endif

static atomic_int kick_sig = SIGUSR1;
static atomic_uint machines_running;   /* between the start and the end of a run */
static _Thread_local struct hsim_vm *thread_vm; /* the VM of a VM thread */

static bool kick_signal_ok(int sig)
{
	return sig == SIGUSR1 || sig == SIGUSR2 || (sig >= SIGRTMIN && sig <= SIGRTMAX);
}

int hsim_set_kick_signal(int sig)
{
	if (!kick_signal_ok(sig))
		return HSIM_E_INVAL;
	if (atomic_load(&machines_running))
		return -EBUSY;
	atomic_store(&kick_sig, sig);
	return 0;
}

int hsim_kick_signal(void)
{
	return atomic_load(&kick_sig);
}

static void kick_handler(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	/* The deadline timer of this very thread's VM: stop it now, whether
	 * or not the machine's thread gets the CPU (with 1024 busy VM
	 * threads on 2 cores it may not for many seconds). Only atomics and
	 * the engine's kick (KVM: immediate_exit, so a KVM_RUN entered right
	 * after this handler returns comes back at once). */
	struct hsim_vm *vm = thread_vm;
	if (si && si->si_code == SI_TIMER && vm && si->si_value.sival_ptr == vm) {
		int none = 0;
		atomic_compare_exchange_strong(&vm->m->stop_why, &none, HSIM_VM_TIMEOUT);
		atomic_store(&vm->stop, true);
		struct engine *e = vm->cur;
		if (e)
			e->ops->kick(e);
	}
}

/* Installs the handler if the application left the signal at its default,
 * so an application's own handler is never replaced. True if the library's
 * handler is the one in place. */
static bool install_kick_handler(int sig)
{
	struct sigaction old, sa;
	if (sigaction(sig, NULL, &old) != 0)
		return false;
	if ((old.sa_flags & SA_SIGINFO) && old.sa_sigaction == kick_handler)
		return true;
	if (old.sa_handler != SIG_DFL || (old.sa_flags & SA_SIGINFO))
		return false;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = kick_handler;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigemptyset(&sa.sa_mask);
	return sigaction(sig, &sa, NULL) == 0;
}

/* A VM thread's own time limit: a timer that sends the kick signal to this
 * thread at the machine's deadline, so that each VM stops on time by itself
 * (the handler above). Without the library's handler, or when the timer
 * cannot be made, the machine's thread stops the VM as before. True if the
 * timer was armed (the caller deletes it). */
static bool arm_deadline(struct hsim_vm *vm, timer_t *t)
{
	struct hsim_machine *m = vm->m;
	sigset_t kick;

	thread_vm = vm;
	/* the thread inherited the caller's mask: the kick must get through */
	sigemptyset(&kick);
	sigaddset(&kick, m->kick_sig);
	pthread_sigmask(SIG_UNBLOCK, &kick, NULL);
	if (!m->own_handler || m->deadline == INT64_MAX)
		return false;
	struct sigevent sev;
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev.sigev_signo = m->kick_sig;
	sev.sigev_value.sival_ptr = vm;
	sev.sigev_notify_thread_id = (pid_t)syscall(SYS_gettid);
	if (timer_create(CLOCK_MONOTONIC, &sev, t) != 0)
		return false;
	struct itimerspec its = {
		.it_value = { (time_t)(m->deadline / NS), (long)(m->deadline % NS) },
	};
	if (timer_settime(*t, TIMER_ABSTIME, &its, NULL) != 0) {
		timer_delete(*t);
		return false;
	}
	return true;
}

static void *vm_thread(void *arg)
{
	struct hsim_vm *vm = arg;
	struct hsim_machine *m = vm->m;

	/* Wait for the start: hsim_machine_run holds the start lock for
	 * writing until it has created every VM thread, so the threads that
	 * run already do not slow the creation of the next ones (with 1024
	 * VMs on 2 cores that took seconds); its release wakes all readers at
	 * once (a mutex would wake them one after the other). */
	pthread_rwlock_rdlock(&m->start);
	pthread_rwlock_unlock(&m->start);
	timer_t timer;
	bool timed = arm_deadline(vm, &timer);

	/* a slot among the VMs that may run at once */
	if (m->max_running) {
		pthread_mutex_lock(&m->lock);
		while (m->nrunning >= m->max_running && !atomic_load(&vm->stop))
			pthread_cond_wait(&m->slot, &m->lock);
		m->nrunning++;
		pthread_mutex_unlock(&m->lock);
	}
	uint64_t t0 = platform_now_ns();

	/* With many VMs on few cores, a VM may not even be set up when the
	 * time runs out: skip the work. */
	if (atomic_load(&vm->stop))
		stopped_before_start(vm);
	else if (vm_setup(vm) == 0)
		vm_loop(vm);
	else if (atomic_load(&vm->stop) && vm->res.error == -EINTR)
		/* the kick (SIGUSR1) broke a KVM call of the set-up: that is the
		 * stop, not a monitor error; any other failure is reported */
		stopped_before_start(vm);
	/* vm_loop says "time limit" for every stop; the machine knows why */
	if (vm->res.status == HSIM_VM_TIMEOUT) {
		if (atomic_load(&vm->m->stop_why) == HSIM_VM_INTERRUPTED) {
			vm->res.status = HSIM_VM_INTERRUPTED;
			vm->res.error = -EINTR;
		} else if (atomic_load(&vm->m->stop_why) == HSIM_VM_ERROR) {
			vm->res.status = HSIM_VM_ERROR;
			vm->res.error = -ENOMEM;
			snprintf(vm->res.detail, sizeof(vm->res.detail), "%s", vm->m->mem_detail);
		} else {
			vm->res.error = HSIM_E_TIMEOUT;
		}
	}
	if (timed)
		timer_delete(timer);
	channel_vm_ended(vm);
	platform_console_flush(&vm->plat);
	if (vm->m->tap && vm->m->tap->end)
		vm->m->tap->end(vm);
	vm->res.hypercalls = vm->plat.hypercalls;
	vm->res.seconds = (double)(platform_now_ns() - t0) / 1e9;
	vm->res.seconds_vm = (double)vm->stats.ns_engine[0] / 1e9;
	vm->res.seconds_sim = (double)vm->stats.ns_engine[1] / 1e9;
	vm->res.instructions = vm->stats.sim_insns;
	memcpy(vm->res.events, vm->stats.by_class, sizeof(vm->res.events));
	vm->res.regs = vm->st;

	pthread_mutex_lock(&vm->m->lock);
	atomic_store(&vm->done, true);
	vm->m->ndone++;
	if (m->max_running) {
		m->nrunning--;
		pthread_cond_signal(&m->slot);
	}
	pthread_cond_signal(&vm->m->cond);
	pthread_mutex_unlock(&vm->m->lock);
	return NULL;
}


/* ---- host memory ------------------------------------------------------------
 * Guest memory is mapped with MAP_NORESERVE: pages cost host memory when a
 * guest touches them. Before the host swaps or its OOM killer acts, the
 * machine stops every VM with an error: while it runs, hsim's resident
 * memory may grow by what the host had available at the start, less a
 * reserve of 1/8 of it (at most 1 GiB). HSIM_MEM_LIMIT (MiB) sets the
 * limit on the resident memory itself instead (tests). */
static uint64_t meminfo_kib(const char *key)
{
	FILE *f = fopen("/proc/meminfo", "r");
	char line[128];
	unsigned long long v = 0;
	size_t n = strlen(key);
	while (f && fgets(line, sizeof(line), f))
		if (!strncmp(line, key, n) && line[n] == ':') {
			sscanf(line + n + 1, "%llu", &v);
			break;
		}
	if (f)
		fclose(f);
	return v;
}

static uint64_t resident_bytes(void)
{
	FILE *f = fopen("/proc/self/statm", "r");
	unsigned long long size = 0, res = 0;
	if (f) {
		if (fscanf(f, "%llu %llu", &size, &res) != 2)
			res = 0;
		fclose(f);
	}
	return res * (uint64_t)sysconf(_SC_PAGESIZE);
}

static uint64_t memory_budget(void)
{
	const char *s = getenv("HSIM_MEM_LIMIT");
	char *end;
	if (s && *s) {
		unsigned long long mib = strtoull(s, &end, 10);
		if (!*end && mib)
			return mib << 20;
	}
	uint64_t avail = meminfo_kib("MemAvailable") << 10;
	if (!avail)
		return 0; /* no /proc: no guard */
	uint64_t reserve = avail / 8 < (1ull << 30) ? avail / 8 : 1ull << 30;
	return resident_bytes() + avail - reserve;
}

void hsim_machine_stop(struct hsim_machine *m)
{
	int none = 0;
	if (m)
		atomic_compare_exchange_strong(&m->stop_why, &none, HSIM_VM_INTERRUPTED);
}

static void stop_vm(struct hsim_vm *vm)
{
	atomic_store(&vm->stop, true);
	struct engine *e = vm->cur;
	if (e)
		e->ops->kick(e);
	/* only KVM calls need the signal: the simulator and a channel wait
	 * look at the flag by themselves */
	if (vm->m->cfg.engine == HSIM_ENGINE_KVM && !atomic_load(&vm->done))
		pthread_kill(vm->thread, vm->m->kick_sig);
	/* one waiting for a slot (repeated until it is done: no lost wake) */
	if (vm->m->max_running)
		pthread_cond_broadcast(&vm->m->slot);
}

int hsim_machine_run(struct hsim_machine *m)
{
	int r;

	if (!m || m->nvms == 0 || m->ran)
		return HSIM_E_INVAL;
	/* hsim's own stdin is read as it comes: by one VM */
	if (m->inputs.stdin_src >= 0 && m->inputs.src[m->inputs.stdin_src].stream && m->nvms > 1)
		return HSIM_E_INVAL;
	if (m->cfg.engine == HSIM_ENGINE_KVM && (r = hsim_kvm_available()) < 0)
		return r;
	if (m->record_path && (r = record_start(m)) < 0)
		return r;
	m->ran = true;
	m->chan_live = m->nvms;
	atomic_fetch_add(&machines_running, 1);
	m->kick_sig = atomic_load(&kick_sig);
	m->own_handler = install_kick_handler(m->kick_sig);

	/* The deadline in ns of CLOCK_MONOTONIC, from now: the time limit
	 * takes in the start of the threads and the VMs' set-up.
	 * timeout <= HSIM_MAX_TIMEOUT (checked at create), so this cannot
	 * overflow. */
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	int64_t now_ns = (int64_t)now.tv_sec * NS + now.tv_nsec;
	int64_t deadline = m->cfg.timeout > 0 ? now_ns + (int64_t)(m->cfg.timeout * 1e9) : INT64_MAX;
	m->deadline = deadline;
	uint64_t budget = memory_budget();

	/* the threads wait (vm_thread) until all are created */
	pthread_rwlock_wrlock(&m->start);
	for (unsigned i = 0; i < m->nvms; i++) {
		if ((r = pthread_create(&m->vms[i]->thread, NULL, vm_thread, m->vms[i])) != 0) {
			for (unsigned j = 0; j < i; j++)
				atomic_store(&m->vms[j]->stop, true);
			pthread_rwlock_unlock(&m->start);
			for (unsigned j = 0; j < i; j++) {
				stop_vm(m->vms[j]);
				pthread_join(m->vms[j]->thread, NULL);
			}
			atomic_fetch_sub(&machines_running, 1);
			return -r;
		}
	}
	pthread_rwlock_unlock(&m->start);

	unsigned polls = 0;
	pthread_mutex_lock(&m->lock);
	while (m->ndone < m->nvms) {
		clock_gettime(CLOCK_MONOTONIC, &now);
		now_ns = (int64_t)now.tv_sec * NS + now.tv_nsec;
		if (now_ns >= deadline) {
			int none = 0;
			atomic_compare_exchange_strong(&m->stop_why, &none, HSIM_VM_TIMEOUT);
		}
		uint64_t rss;
		if (budget && ++polls % 10 == 0 && !atomic_load(&m->stop_why) &&
		    (rss = resident_bytes()) > budget) {
			int none = 0;
			snprintf(m->mem_detail, sizeof(m->mem_detail), "out of host memory: hsim's "
				 "resident memory reached %llu MiB, more than the %llu MiB it may use",
				 (unsigned long long)(rss >> 20),
				 (unsigned long long)(budget >> 20));
			atomic_compare_exchange_strong(&m->stop_why, &none, HSIM_VM_ERROR);
		}
		if (atomic_load(&m->stop_why)) {
			/* Keep kicking until every VM thread has noticed. */
			pthread_mutex_unlock(&m->lock);
			for (unsigned i = 0; i < m->nvms; i++)
				if (!atomic_load(&m->vms[i]->done))
					stop_vm(m->vms[i]);
			struct timespec ms = { 0, 1000000 };
			nanosleep(&ms, NULL);
			pthread_mutex_lock(&m->lock);
			continue;
		}
		/* wake at the deadline, and every POLL_NS to see a
		 * hsim_machine_stop (which cannot signal from a signal handler) */
		int64_t wake = now_ns + POLL_NS < deadline ? now_ns + POLL_NS : deadline;
		struct timespec ts = { (time_t)(wake / NS), (long)(wake % NS) };
		pthread_cond_timedwait(&m->cond, &m->lock, &ts);
	}
	pthread_mutex_unlock(&m->lock);
	for (unsigned i = 0; i < m->nvms; i++)
		pthread_join(m->vms[i]->thread, NULL);
	record_finish(m);
	atomic_fetch_sub(&machines_running, 1);
	return 0;
}

/* ---- creation --------------------------------------------------------- */


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
	 * for at most HSIM_GUEST_MAX_MEM. */
	if (mem % (2u << 20) || mem < (8u << 20) || mem > HSIM_GUEST_MAX_MEM ||
	    !(cfg->timeout >= 0 && cfg->timeout <= HSIM_MAX_TIMEOUT)) /* also NaN */
		return HSIM_E_INVAL;
	if (!(m = calloc(1, sizeof(*m))))
		return -ENOMEM;
	m->cfg = *cfg;
	m->cfg.mem_size = mem;
	pthread_mutex_init(&m->lock, NULL);
	pthread_rwlock_init(&m->start, NULL);
	/* the time limit must not move when the wall clock is set */
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&m->cond, &ca);
	pthread_cond_init(&m->slot, NULL);
	pthread_mutex_init(&m->chan_lock, NULL);
	pthread_condattr_destroy(&ca);
	pthread_mutex_init(&m->console.lock, NULL);
	m->console.fn = cfg->console;
	m->console.ctx = cfg->console_ctx;
	cpuid_table_build(&m->cpuid);
	machine_inputs_init(m);
	m->host_features = cpuid_host_features();
	int r = hsim_events_create(&m->events);
	if (r < 0) {
		hsim_machine_destroy(m);
		return r;
	}
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
	if (vm_start_init(vm) < 0) {
		free(vm);
		return -ENOMEM;
	}
	pthread_cond_init(&vm->chan_cond, NULL);
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
		vm_teardown(m->vms[i]);
		channel_vm_ended(m->vms[i]); /* messages left for a VM that never ran */
		pthread_cond_destroy(&m->vms[i]->chan_cond);
		vm_start_free(m->vms[i]);
		free(m->vms[i]);
	}
	for (size_t i = 0; i < m->nsimulate; i++)
		free(m->simulate[i]);
	free(m->simulate);
	hsim_events_destroy(m->events);
	machine_inputs_free(m);
	record_finish(m);
	free(m->record_path);
	pthread_mutex_destroy(&m->lock);
	pthread_rwlock_destroy(&m->start);
	pthread_cond_destroy(&m->cond);
	pthread_cond_destroy(&m->slot);
	pthread_mutex_destroy(&m->chan_lock);
	pthread_mutex_destroy(&m->console.lock);
	free(m);
}

int hsim_machine_set_events(struct hsim_machine *m, const struct hsim_events *ev)
{
	struct hsim_events *copy;
	int r;

	if (!m || !ev || m->ran)
		return HSIM_E_INVAL;
	if ((r = hsim_events_create_empty(&copy)) < 0)
		return r;
	for (size_t i = 0; i < hsim_events_count(ev); i++)
		if ((r = hsim_events_add(copy, hsim_events_get(ev, i))) < 0) {
			hsim_events_destroy(copy);
			return r;
		}
	hsim_events_destroy(m->events);
	m->events = copy;
	return 0;
}

/* Edit distance, for naming close matches of a mistyped symbol. */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), row[64];
	if (la >= 63 || lb >= 63)
		return 64;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

static void close_matches(const struct hsim_machine *m, const char *name, char *err, size_t n)
{
	size_t len = strlen(err), found = 0;
	size_t limit = strlen(name) / 4 + 1;
	for (unsigned v = 0; v < m->nvms && found < 3; v++) {
		if (v && m->vms[v]->img == m->vms[v - 1]->img)
			continue;
		const struct hsim_image *img = m->vms[v]->img;
		for (size_t i = 0; i < hsim_image_symbol_count(img) && found < 3; i++) {
			struct hsim_symbol s;
			if (hsim_image_symbol(img, i, &s) < 0 || !s.is_func ||
			    (distance(name, s.name) > limit && !strstr(s.name, name)))
				continue;
			len += (size_t)snprintf(err + len, len < n ? n - len : 0, "%s'%s'",
						found ? ", " : "; did you mean ", s.name);
			found++;
		}
	}
	if (found && len + 2 < n)
		strcat(err, "?");
}

int hsim_machine_simulate(struct hsim_machine *m, const char *symbol, char *err, size_t errlen)
{
	int is_object = 0, found = 0;

	if (err && errlen)
		err[0] = 0;
	if (!m || !symbol || m->ran || !m->nvms)
		return HSIM_E_INVAL;
	for (unsigned v = 0; v < m->nvms; v++) {
		const struct hsim_image *img = m->vms[v]->img;
		for (size_t i = 0; i < hsim_image_symbol_count(img); i++) {
			struct hsim_symbol s;
			if (hsim_image_symbol(img, i, &s) == 0 && !strcmp(s.name, symbol)) {
				if (s.is_func)
					found = 1;
				else
					is_object = 1;
			}
		}
	}
	if (!found) {
		if (err && errlen) {
			/* name the guest when there is one kind of it */
			const char *where = hsim_image_name(m->vms[0]->img);
			for (unsigned v = 1; v < m->nvms; v++)
				if (m->vms[v]->img != m->vms[0]->img)
					where = "any guest";
			snprintf(err, errlen, is_object ? "'%s' is not a function in %s" :
				 "no function '%s' in %s", symbol, where);
			close_matches(m, symbol, err, errlen);
		}
		return HSIM_E_SYMBOL;
	}
	char **p = realloc(m->simulate, (m->nsimulate + 1) * sizeof(*p));
	if (!p)
		return -ENOMEM;
	m->simulate = p;
	if (!(p[m->nsimulate] = strdup(symbol)))
		return -ENOMEM;
	m->nsimulate++;
	return 0;
}

const struct hsim_events *hsim_vm_events(const struct hsim_vm *vm)
{
	return vm ? vm->events : NULL;
}

uint64_t hsim_vm_event_count(const struct hsim_vm *vm, size_t entry)
{
	if (!vm || !vm->events || entry >= hsim_events_count(vm->events))
		return 0;
	return vm->stats.by_entry[entry];
}

int hsim_machine_event_list(const struct hsim_machine *m, int vm, struct hsim_events **out)
{
	if (!m || !out || vm >= (int)m->nvms)
		return HSIM_E_INVAL;
	if (vm < 0) {
		struct hsim_machine tmp = *m;
		tmp.nsimulate = 0;
		return machine_vm_events(&tmp, NULL, out);
	}
	return machine_vm_events(m, m->vms[vm]->img, out);
}
