/* One VM's life: set-up, the one vm loop (run the engine to its next exit,
 * classify it through the event list, handle it), and the handlers. The
 * same loop serves KVM, the simulator, --simulate and complex events. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <hsim/abi.h>
#include <hsim/error.h>
#include "monitor.h"
#include "platform/devices.h"

enum act { ACT_CONTINUE, ACT_STOP, ACT_AGAIN /* *ex was replaced: classify it */ };

/* ---- moving the state between engines ------------------------------------ */

static int sim_engine(struct hsim_vm *vm, struct engine **out)
{
	int r;
	if (!vm->sim && (r = engine_sim_create(&vm->sim, vm)) < 0)
		return r;
	*out = vm->sim;
	return 0;
}

/* The whole CPU state out of the VM into vm->st, where the simulator works. */
static int devirtualize(struct hsim_vm *vm, struct engine **sim)
{
	int r;
	if ((r = sim_engine(vm, sim)) < 0)
		return r;
	if (vm->cur != vm->sim) {
		/* the guest ran elsewhere and may have rewritten its code */
		sim_flush(engine_sim_cpu(vm->sim));
		if ((r = vm->cur->ops->get_state(vm->cur)) < 0)
			return r;
	}
	/* the state at the complex event, in every engine (with the simulator
	 * as the engine it is already there): a trace of a KVM run and one of
	 * a --sim run have the same records */
	tap_state(vm, HSIM_TREC_STATE_STORE, 0);
	return 0;
}

/* ---- code written at run time (docs/design.md) ------------------------------ */

static bool exec_page(const struct hsim_vm *vm, uint64_t a)
{
	uint64_t p = a >> 12;
	return vm->exec_map && a < vm->mem.size && ((vm->exec_map[p / 64] >> (p % 64)) & 1);
}

/* Something other than KVM's guest (a device, a hypercall, the simulator)
 * wrote the code KVM runs: KVM may run none of it any more (its page tables
 * can change only for a page that just faulted, kvmw_code_written), the
 * simulator runs the guest from now on (an all-clear map never hands back). */
static void code_written(struct hsim_vm *vm)
{
	if (!vm->exec_map || vm->code_written)
		return;
	memset(vm->exec_map, 0, (size_t)(((vm->mem.size + 4095) >> 12) + 63) / 64 * 8);
	vm->code_written = true;
}

/* Did the simulator write the code KVM runs (against its bytes as loaded)? */
static bool code_changed(struct hsim_vm *vm)
{
	if (vm->exec_ref && !vm->code_written) {
		size_t off = 0;
		for (uint64_t p = 0; p < (vm->mem.size + 4095) >> 12 && off < vm->exec_ref_len; p++) {
			if (!((vm->exec_orig[p / 64] >> (p % 64)) & 1))
				continue;
			if (exec_page(vm, p << 12) &&
			    memcmp(vm->memory + (p << 12), vm->exec_ref + off, 4096))
				code_written(vm);
			off += 4096;
		}
	}
	return vm->code_written;
}

/* Code KVM may not run: the simulator runs it (its fetch rule is every
 * page's) until a block starts on a page KVM may run. Not an event of the
 * guest's: nothing is recorded, the simulator under --sim runs the same
 * code the same way. */
static int rtcode_enter(struct hsim_vm *vm, bool have_state)
{
	struct engine *sim;
	int r;
	if ((r = sim_engine(vm, &sim)) < 0)
		return r;
	if (vm->cur != sim && !have_state) {
		/* the guest ran in KVM and may have rewritten its code */
		sim_flush(engine_sim_cpu(sim));
		if ((r = vm->cur->ops->get_state(vm->cur)) < 0)
			return r;
	}
	sim_set_exec_stop(engine_sim_cpu(sim), vm->exec_map, vm->st.rip);
	vm->in_rtcode = true;
	vm->stats.rtcode++;
	vm->cur = sim;
	return 0;
}

/* A KVM exit that is not the guest's: a fetch from a page KVM may not run
 * (#PF with P and I: every user page is present), RTCODE_SIM, the simulator
 * takes over; or a write to a page it may (present, read-only for that
 * reason), RTCODE_RETRY: that page leaves the map, becomes writable and
 * not executable, and the write is made again. */
enum { RTCODE_NO, RTCODE_SIM, RTCODE_RETRY };
static int rtcode_exit(struct hsim_vm *vm, const struct hsim_exit *ex)
{
	if (!vm->exec_map || vm->cur != vm->kvm || ex->kind != HSIM_EXIT_EXCEPTION ||
	    ex->vector != 14 || ex->cr2 < HSIM_GUEST_USER_BASE || ex->cr2 >= vm->mem.size)
		return RTCODE_NO;
	if ((ex->error_code & 0x11) == 0x11 && !exec_page(vm, ex->cr2))
		return RTCODE_SIM;
	if ((ex->error_code & 0x13) == 0x03 && exec_page(vm, ex->cr2)) {
		uint64_t p = ex->cr2 >> 12;
		engine_kvm_code_written(vm->kvm, ex->cr2);
		vm->exec_map[p / 64] &= ~(1ull << (p % 64));
		vm->stats.code_pages_written++;
		return RTCODE_RETRY;
	}
	return RTCODE_NO;
}

/* ... and back into the VM, which then goes on from there (or, if the
 * simulator wrote code KVM runs, it stays in the simulator). */
static int revirtualize(struct hsim_vm *vm)
{
	tap_state(vm, HSIM_TREC_STATE_RESTORE, 0);
	if (vm->base == vm->sim)
		return 0;
	if (code_changed(vm))
		return rtcode_enter(vm, true); /* the state is in vm->st */
	return vm->base->ops->set_state(vm->base);
}

/* The simulator reached code KVM may run. */
static enum act rtcode_returned(struct hsim_vm *vm)
{
	int r;
	if (code_changed(vm))
		return ACT_CONTINUE; /* the map is clear now: it never stops again */
	sim_set_exec_stop(engine_sim_cpu(vm->sim), NULL, 0);
	vm->in_rtcode = false;
	if ((r = vm->base->ops->set_state(vm->base)) < 0) {
		vm_set_error(vm, r, "putting the state back into the VM");
		return ACT_STOP;
	}
	vm->cur = vm->base;
	return ACT_CONTINUE;
}

/* ---- handlers --------------------------------------------------------------- */

typedef enum act (*handler_fn)(struct hsim_vm *vm, struct hsim_exit *ex);

static enum act h_error(struct hsim_vm *vm, struct hsim_exit *ex)
{
	unsigned long long rip = ex->rip;
	char buf[96];

	switch (ex->kind) {
	case HSIM_EXIT_IO:
		vm_set_error(vm, HSIM_E_UNHANDLED_EXIT, "%s of port 0x%x, stopped after it at 0x%llx",
			     ex->is_in ? "in" : "out", ex->port, rip);
		break;
	case HSIM_EXIT_MMIO:
		vm_set_error(vm, HSIM_E_UNHANDLED_EXIT, "MMIO %s of 0x%llx at 0x%llx",
			     ex->is_write ? "write" : "read", (unsigned long long)ex->addr, rip);
		break;
	case HSIM_EXIT_SHUTDOWN:
		vm_set_error(vm, HSIM_E_SHUTDOWN, "triple fault at 0x%llx", rip);
		break;
	case HSIM_EXIT_EXCEPTION:
		vm_set_error(vm, HSIM_E_UNHANDLED_EXIT, "exception %s at 0x%llx",
			     hsim_exception_name(ex->vector), rip);
		break;
	case HSIM_EXIT_INSN:
		vm_set_error(vm, HSIM_E_UNHANDLED_EXIT, "%s at 0x%llx", hsim_insn_name(ex->insn), rip);
		break;
	case HSIM_EXIT_BREAKPOINT:
		vm_set_error(vm, HSIM_E_UNHANDLED_EXIT, "code entry 0x%llx reached (the event list stops here)",
			     rip);
		break;
	case HSIM_EXIT_UNKNOWN:
		vm->cur->ops->describe(vm->cur, ex, buf, sizeof(buf));
		vm_set_error(vm, HSIM_E_UNHANDLED_EXIT, "%s", buf);
		break;
	default:
		vm_set_error(vm, HSIM_E_UNHANDLED_EXIT, "%s exit at 0x%llx",
			     hsim_exit_kind_name(ex->kind), rip);
		break;
	}
	return ACT_STOP;
}

static enum act h_fault(struct hsim_vm *vm, struct hsim_exit *ex)
{
	if (ex->kind != HSIM_EXIT_EXCEPTION)
		return h_error(vm, ex);
	vm_set_fault(vm, ex->vector, ex->error_code, ex->cr2);
	return ACT_STOP;
}

static enum act h_hypercall(struct hsim_vm *vm, struct hsim_exit *ex)
{
	if (ex->kind != HSIM_EXIT_IO || ex->is_in)
		return h_error(vm, ex);
	if (platform_hypercall(&vm->plat, &vm->st, &vm->mem)) {
		vm->res.status = vm->plat.deadlocked ? HSIM_VM_DEADLOCK : HSIM_VM_EXITED;
		vm->res.exit_code = vm->plat.exit_code;
		return ACT_STOP;
	}
	return ACT_CONTINUE;
}

static enum act h_cpuid(struct hsim_vm *vm, struct hsim_exit *ex)
{
	struct hsim_cpu_state *st = &vm->st;
	uint32_t o[4];
	if (ex->kind != HSIM_EXIT_INSN)
		return h_error(vm, ex);
	cpuid_table_lookup(&vm->m->cpuid, (uint32_t)st->gpr[HSIM_RAX], (uint32_t)st->gpr[HSIM_RCX], o);
	sim_result_cpuid(st, o);
	st->rip = ex->next_rip;
	return ACT_CONTINUE;
}

static enum act h_tsc(struct hsim_vm *vm, struct hsim_exit *ex)
{
	struct hsim_cpu_state *st = &vm->st;
	if (ex->kind != HSIM_EXIT_INSN)
		return h_error(vm, ex);
	/* the guest's TSC runs at 1 GHz on the virtual clock */
	sim_result_tsc(st, platform_in_time(&vm->plat), ex->insn == HSIM_INSN_RDTSCP);
	st->rip = ex->next_rip;
	return ACT_CONTINUE;
}

static enum act h_random(struct hsim_vm *vm, struct hsim_exit *ex)
{
	const struct sim_patch *p = patch_table_find(&vm->patches, ex->rip);
	if (ex->kind != HSIM_EXIT_INSN || !p)
		return h_error(vm, ex);
	sim_result_random(&vm->st, p->reg, p->osize, platform_in_random(&vm->plat));
	vm->st.rip = ex->next_rip;
	return ACT_CONTINUE;
}

/* Run the instruction in the simulator: patched originals run, devices
 * answer; an exit it makes (a hypercall, a fault) is classified next. */
static enum act h_simulate(struct hsim_vm *vm, struct hsim_exit *ex)
{
	struct engine *sim;
	int r;
	if ((r = devirtualize(vm, &sim)) < 0 || (r = engine_sim_step(sim, ex)) < 0) {
		vm_set_error(vm, r, "simulating the instruction at 0x%llx", (unsigned long long)vm->st.rip);
		return ACT_STOP;
	}
	tap_state(vm, HSIM_TREC_SIM_RESULT, 1);
	/* inside a --simulate function the simulator stays the engine: the
	 * state goes back when the function returns */
	if (!vm->in_function && !vm->in_rtcode && revirtualize(vm) < 0) {
		vm_set_error(vm, HSIM_E_UNHANDLED_EXIT, "putting the state back into the VM");
		return ACT_STOP;
	}
	return r ? ACT_AGAIN : ACT_CONTINUE;
}

static enum act h_device(struct hsim_vm *vm, struct hsim_exit *ex)
{
	if (ex->kind != HSIM_EXIT_MMIO)
		return h_error(vm, ex);
	return h_simulate(vm, ex);
}

/* --simulate: from the function's entry until it returns to its caller the
 * simulator runs the guest; its exits come through this loop as any other. */
static enum act h_function(struct hsim_vm *vm, struct hsim_exit *ex)
{
	struct engine *sim;
	uint64_t rsp = vm->st.gpr[HSIM_RSP], ret;
	int r;

	if (ex->kind != HSIM_EXIT_BREAKPOINT || vm->in_function ||
	    !guest_range_ok(&vm->mem, rsp, 8))
		return h_simulate(vm, ex); /* no caller to return to: one step */
	if ((r = devirtualize(vm, &sim)) < 0) {
		vm_set_error(vm, r, "moving the state into the simulator");
		return ACT_STOP;
	}
	memcpy(&ret, vm->memory + rsp, 8);
	struct sim *s = engine_sim_cpu(sim);
	sim_set_until(s, ret, rsp + 8);
	vm->in_function = true;
	vm->function_insns0 = vm->stats.sim_insns;
	sim_exec_patched(s, 1);
	vm->cur = sim;
	return ACT_CONTINUE;
}

static enum act function_returned(struct hsim_vm *vm)
{
	struct sim *s = engine_sim_cpu(vm->sim);
	sim_set_until(s, 0, 0);
	vm->in_function = false;
	sim_exec_patched(s, 0);
	tap_state(vm, HSIM_TREC_SIM_RESULT, vm->stats.sim_insns - vm->function_insns0);
	if (vm->in_rtcode) {
		/* called from code KVM may not run: that goes on */
		tap_state(vm, HSIM_TREC_STATE_RESTORE, 0);
		sim_set_exec_stop(s, vm->exec_map, vm->st.rip);
		return ACT_CONTINUE;
	}
	if (revirtualize(vm) < 0) {
		vm_set_error(vm, HSIM_E_UNHANDLED_EXIT, "putting the state back into the VM");
		return ACT_STOP;
	}
	if (!vm->in_rtcode)
		vm->cur = vm->base;
	return ACT_CONTINUE;
}

/* What an `in` of size 1, 2 or 4 leaves in RAX: AL and AX are merged, EAX
 * is zero-extended (the KVM engine hands RAX to KVM's completion as is). */
static void in_result(struct hsim_cpu_state *st, unsigned size, uint32_t v)
{
	uint64_t *rax = &st->gpr[HSIM_RAX];
	if (size == 1)
		*rax = (*rax & ~0xffull) | (v & 0xff);
	else if (size == 2)
		*rax = (*rax & ~0xffffull) | (v & 0xffff);
	else
		*rax = v;
}

static enum act h_skip(struct hsim_vm *vm, struct hsim_exit *ex)
{
	if (ex->kind == HSIM_EXIT_IO) {
		if (ex->is_in)
			in_result(&vm->st, ex->size, 0xffffffffu);
		return ACT_CONTINUE;
	}
	if (ex->kind == HSIM_EXIT_INSN) {
		vm->st.rip = ex->next_rip;
		return ACT_CONTINUE;
	}
	/* a trap (#DB of TF, #BP, #OF) left the state past its instruction */
	if (ex->kind == HSIM_EXIT_EXCEPTION && (ex->vector == 1 || ex->vector == 3 || ex->vector == 4))
		return ACT_CONTINUE;
	return h_error(vm, ex);
}

static const handler_fn handlers[HSIM_H_COUNT] = {
	[HSIM_H_HYPERCALL] = h_hypercall,
	[HSIM_H_DEVICE] = h_device,
	[HSIM_H_CPUID] = h_cpuid,
	[HSIM_H_TSC] = h_tsc,
	[HSIM_H_RANDOM] = h_random,
	[HSIM_H_SIMULATE] = h_simulate,
	[HSIM_H_FUNCTION] = h_function,
	[HSIM_H_FAULT] = h_fault,
	[HSIM_H_ERROR] = h_error,
	[HSIM_H_SKIP] = h_skip,
};

/* ---- the vm loop -------------------------------------------------------- */

/* A trap the monitor put in the guest's code: name the event for what it
 * stands for (the memory still holds the trap, or the guest rewrote it). */
static void refine(struct hsim_vm *vm, struct hsim_exit *ex)
{
	if (ex->kind != HSIM_EXIT_EXCEPTION || (ex->vector != 6 && ex->vector != 3))
		return;
	const struct sim_patch *p = patch_table_find(&vm->patches, ex->rip);
	if (!p || ex->rip + p->len > vm->mem.size ||
	    memcmp(vm->memory + ex->rip, p->trap, ex->vector == 3 ? 1 : p->len))
		return;
	if (ex->vector == 3 && p->kind == PATCH_BREAKPOINT) {
		ex->kind = HSIM_EXIT_BREAKPOINT;
		vm->st.rip = ex->next_rip = ex->rip; /* before the instruction */
	} else if (ex->vector == 6 && p->kind == PATCH_INSN) {
		ex->kind = HSIM_EXIT_INSN;
		ex->insn = p->insn;
		ex->insn_len = p->len;
		ex->next_rip = ex->rip + p->len;
	}
}

static enum act dispatch(struct hsim_vm *vm, struct hsim_exit *ex)
{
	enum act a;
	do {
		/* the end of a --simulate function is the end of the complex
		 * event its entry began, not an event of its own */
		if (ex->kind == HSIM_EXIT_SIM_DONE && vm->in_function)
			return function_returned(vm);
		if (ex->kind == HSIM_EXIT_SIM_DONE && vm->in_rtcode)
			return rtcode_returned(vm);

		vm->res.exits++;
		refine(vm, ex);
		vm->stats.by_kind[ex->kind < HSIM_EXIT_COUNT ? ex->kind : HSIM_EXIT_UNKNOWN]++;
		int i = hsim_events_classify(vm->events, ex);
		if (i < 0) {
			if (tap_exit(vm, ex, -1, HSIM_CLASS_STOP))
				return ACT_STOP;
			return h_error(vm, ex);
		}
		const struct hsim_event *e = hsim_events_get(vm->events, (size_t)i);
		if (tap_exit(vm, ex, i, e->cls))
			return ACT_STOP;
		vm->stats.by_class[e->cls]++;
		vm->stats.by_entry[i]++;
		a = handlers[e->handler](vm, ex);
		if (e->cls == HSIM_CLASS_STOP && vm->res.status == HSIM_VM_NOT_RUN)
			a = h_error(vm, ex);
	} while (a == ACT_AGAIN);
	return a;
}

void vm_loop(struct hsim_vm *vm)
{
	const struct vm_tap *tap = vm->m->tap;
	struct hsim_exit ex;
	int r;
	for (;;) {
		/* an exit boundary: the tap's checkpoint, or its end of the run */
		if (tap && tap->before_run && tap->before_run(vm))
			break;
		if (atomic_load(&vm->stop)) {
			vm->res.status = HSIM_VM_TIMEOUT;
			vm->res.error = HSIM_E_TIMEOUT;
			break;
		}
		if (vm->code_written && vm->cur == vm->kvm) {
			/* a device or hypercall wrote the code KVM runs */
			if ((r = rtcode_enter(vm, false)) < 0) {
				vm_set_error(vm, r, "moving the state into the simulator");
				break;
			}
		}
		uint64_t t0 = platform_now_ns(), cr2 = vm->st.cr2;
		r = vm->cur->ops->run(vm->cur, &ex);
		vm->stats.ns_engine[vm->cur == vm->sim] += platform_now_ns() - t0;
		if (r == -EINTR)
			continue;
		if (r < 0) {
			vm_set_error(vm, r, "%s engine", vm->cur->ops->name);
			break;
		}
		int rt = rtcode_exit(vm, &ex);
		if (rt != RTCODE_NO) {
			/* not a fault of the guest's: CR2 is as it was */
			vm->st.cr2 = cr2;
			if (rt == RTCODE_SIM && (r = rtcode_enter(vm, false)) < 0) {
				vm_set_error(vm, r, "moving the state into the simulator");
				break;
			}
			continue;
		}
		if (dispatch(vm, &ex) == ACT_STOP)
			break;
	}
	/* Final registers: everything, whatever the outcome. */
	vm->cur->ops->get_state(vm->cur);
	if (vm->record_failed)
		vm_set_error(vm, vm->m->record_error, "recording the trace");
}

/* ---- set-up ------------------------------------------------------------- */

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
	st->cr3 = 0x1000;
	st->cr4 = 0x620;
	st->efer = 0xd00; /* LME LMA NXE: both engines report I on fetch faults */
}

static void load_segments(uint8_t *mem, const struct hsim_image *img)
{
	for (size_t i = 0; i < hsim_image_segment_count(img); i++) {
		const struct hsim_segment *s = hsim_image_segment(img, i);
		memcpy(mem + s->vaddr, s->data, s->filesz);
		memset(mem + s->vaddr + s->filesz, 0, s->memsz - s->filesz);
	}
}

static void mem_written(void *ctx, uint64_t addr, uint64_t len)
{
	struct hsim_vm *vm = ctx;
	for (uint64_t a = addr & ~0xfffull; vm->exec_map && !vm->code_written && len &&
	     a < addr + len && a >= (addr & ~0xfffull); a += 4096)
		if (exec_page(vm, a))
			code_written(vm);
	if (vm->sim)
		sim_invalidate(engine_sim_cpu(vm->sim), addr, len);
	checkpoint_written(vm, addr, len);
}

/* A VM's event list: the machine's, plus a breakpoint entry for each
 * --simulate function its image has. */
int machine_vm_events(const struct hsim_machine *m, const struct hsim_image *img,
		      struct hsim_events **out)
{
	struct hsim_events *ev;
	int r;

	*out = NULL;
	if ((r = hsim_events_create_empty(&ev)) < 0)
		return r;
	for (size_t i = 0; i < hsim_events_count(m->events) && r == 0; i++)
		r = hsim_events_add(ev, hsim_events_get(m->events, i));
	for (size_t i = 0; i < m->nsimulate && r == 0; i++) {
		uint64_t addr;
		if (hsim_image_lookup(img, m->simulate[i], &addr, NULL) < 0)
			continue; /* another VM's guest has it */
		struct hsim_event e = { HSIM_MATCH_CODE, addr, addr, HSIM_CLASS_COMPLEX, HSIM_H_FUNCTION };
		r = hsim_events_add(ev, &e);
	}
	if (r < 0) {
		hsim_events_destroy(ev);
		return r;
	}
	*out = ev;
	return 0;
}

/* Code entries get their traps. */
static int vm_events(struct hsim_vm *vm)
{
	int r;
	if ((r = machine_vm_events(vm->m, vm->img, &vm->events)) < 0)
		return r;
	for (size_t i = 0; i < hsim_events_count(vm->events); i++) {
		const struct hsim_event *e = hsim_events_get(vm->events, i);
		if (e->match == HSIM_MATCH_CODE &&
		    (r = patch_table_add_breakpoint(&vm->patches, vm->img, e->lo)) < 0) {
			char sym[96] = "";
			hsim_image_symbolize(vm->img, e->lo, sym, sizeof(sym));
			vm_set_error(vm, HSIM_E_EVENTS, "code entry 0x%llx%s%s%s is not the start of an "
				     "instruction in the guest's code", (unsigned long long)e->lo,
				     sym[0] ? " (" : "", sym, sym[0] ? ")" : "");
			return r;
		}
	}
	vm->stats.by_entry = calloc(hsim_events_count(vm->events) + 1, sizeof(uint64_t));
	return vm->stats.by_entry ? 0 : -ENOMEM;
}

/* The pages KVM may run, and their bytes as patched: a write to them the
 * monitor does not see (the simulator's) shows against this copy. */
static int exec_pages(struct hsim_vm *vm)
{
	size_t n = 0;
	size_t words = (size_t)(((vm->mem.size + 4095) >> 12) + 63) / 64;
	if (!(vm->exec_map = patch_exec_pages(vm->img, vm->mem.size)) ||
	    !(vm->exec_orig = malloc(words * 8)))
		return -ENOMEM;
	memcpy(vm->exec_orig, vm->exec_map, words * 8);
	for (uint64_t p = 0; p < (vm->mem.size + 4095) >> 12; p++)
		n += exec_page(vm, p << 12);
	if (n && !(vm->exec_ref = malloc(n * 4096)))
		return -ENOMEM;
	for (uint64_t p = 0; p < (vm->mem.size + 4095) >> 12; p++)
		if (exec_page(vm, p << 12)) {
			memcpy(vm->exec_ref + vm->exec_ref_len, vm->memory + (p << 12), 4096);
			vm->exec_ref_len += 4096;
		}
	return 0;
}

int vm_setup(struct hsim_vm *vm)
{
	const struct hsim_machine *m = vm->m;
	uint64_t size = m->cfg.mem_size;
	int r;

	platform_vm_init(&vm->plat, vm->id, m->nvms, (struct console *)&m->console, m->cfg.seed);
	vm->plat.clock.step_ns = m->cfg.clock_step_ns;
	platform_inputs_attach(&vm->plat, &m->inputs);
	if (!(vm->plat.msg = malloc(HSIM_MSG_MAX))) {
		vm_set_error(vm, -ENOMEM, "allocating the message buffer");
		return -1;
	}
	channel_attach(vm); /* the tap may replace it (replay) */
	vm->plat.mem_written = mem_written;
	vm->plat.mem_ctx = vm;
	initial_state(&vm->st, vm->img, size);
	vm->memory = mmap(NULL, size, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (vm->memory == MAP_FAILED) {
		vm->memory = NULL;
		vm_set_error(vm, -errno, "allocating guest memory");
		return -1;
	}
	vm->mem = (struct sim_mem){ vm->memory, size, HSIM_GUEST_USER_BASE };
	load_segments(vm->memory, vm->img);
	if (!m->legacy_start && vm_start_layout(vm) < 0)
		return -1;
	if ((r = patch_table_build(&vm->patches, vm->img)) < 0 || (r = vm_events(vm)) < 0) {
		if (vm->res.status != HSIM_VM_ERROR)
			vm_set_error(vm, r, "preparing the guest's code");
		return -1;
	}
	patch_table_apply(&vm->patches, vm->memory, size);
	if (m->cfg.engine != HSIM_ENGINE_SIM && (r = exec_pages(vm)) < 0) {
		vm_set_error(vm, r, "preparing the guest's code");
		return -1;
	}
	if (m->tap && m->tap->setup && (r = m->tap->setup(vm)) != 0)
		return r < 0 ? -1 : 1;

	struct devices_config dc = {
		.block_path = m->cfg.disk,
		.block_writable = m->cfg.disk_writable ||
				  (m->replay_disk_flags & HSIM_TRACE_DISK_WRITABLE),
		.block_replay = m->replay_disk_flags & HSIM_TRACE_DISK_PRESENT,
		.block_sectors = m->replay_disk_sectors,
		.mem_written = mem_written,
		.mem_ctx = vm,
	};
	if (!(vm->devices = calloc(1, sizeof(*vm->devices))) ||
	    (r = devices_attach(vm->devices, &vm->plat, &vm->mem, &dc)) < 0) {
		vm_set_error(vm, vm->devices ? r : -ENOMEM, "attaching the devices%s%s",
			     m->cfg.disk ? " (disk " : "", m->cfg.disk ? m->cfg.disk : "");
		if (m->cfg.disk && vm->res.detail[0])
			strncat(vm->res.detail, ")", sizeof(vm->res.detail) - strlen(vm->res.detail) - 1);
		return -1;
	}
	if (m->cfg.engine == HSIM_ENGINE_SIM)
		r = engine_sim_create(&vm->sim, vm);
	else
		r = engine_kvm_create(&vm->kvm, vm);
	if (r < 0) {
		vm_set_error(vm, r, m->cfg.engine == HSIM_ENGINE_SIM ? "creating the simulator" :
			     "creating the VM");
		return -1;
	}
	vm->base = vm->cur = m->cfg.engine == HSIM_ENGINE_SIM ? vm->sim : vm->kvm;
	return 0;
}

void vm_teardown(struct hsim_vm *vm)
{
	if (vm->kvm)
		vm->kvm->ops->destroy(vm->kvm);
	if (vm->sim)
		vm->sim->ops->destroy(vm->sim);
	vm->kvm = vm->sim = vm->base = vm->cur = NULL;
	if (vm->devices) {
		devices_detach(vm->devices);
		free(vm->devices);
		vm->devices = NULL;
	}
	if (vm->memory)
		munmap(vm->memory, vm->mem.size);
	vm->memory = NULL;
	patch_table_free(&vm->patches);
	free(vm->exec_map);
	free(vm->exec_orig);
	free(vm->exec_ref);
	vm->exec_map = vm->exec_orig = NULL;
	vm->exec_ref = NULL;
	hsim_events_destroy(vm->events);
	vm->events = NULL;
	free(vm->stats.by_entry);
	vm->stats.by_entry = NULL;
	free(vm->plat.msg);
	vm->plat.msg = NULL;
	if (vm->m->tap && vm->m->tap->teardown)
		vm->m->tap->teardown(vm);
}
