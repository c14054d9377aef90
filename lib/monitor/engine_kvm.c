/* The KVM engine: the guest runs directly in a VM; lib/kvm knows KVM and its
 * quirks, this adapter fits it to the engine interface and corrects the
 * quirks that need the simulator to tell what hardware would have done. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/decode.h"
#include "kvm/kvm.h"
#include "monitor.h"

struct kvm_engine {
	struct engine e;
	struct kvm_vcpu_ctx k;
};

/* ---- exceptions this KVM raises where hardware would not ------------------
 *
 * docs/kvm-notes.md, "Exceptions the KVM engine re-examines": on this PVM
 * KVM, ring 3 runs with the host's CR0.AM (so EFLAGS.AC gives #AC although
 * hsim's CR0 has AM clear), and a #GP of the guest goes through KVM's
 * instruction emulator, which turns it into #UD for an instruction it does
 * not know (addps, pxor, ldmxcsr ...) and into #PF for an access that
 * straddles the top of the lower canonical half (its limit check stops at
 * 2^48, not 2^47); and a #PF in the upper half, where hsim maps nothing,
 * sometimes says "protection violation" (PVM keeps its own mappings there).
 * Such an exception is handed to the simulator, which runs
 * that one instruction from the same state as hardware would: its outcome
 * (the instruction done, or the fault hardware raises) is the engine's. */

#define LOWER_HALF_END (UINT64_C(1) << 47)

/* A #UD at an instruction the simulator claims, with a memory operand: the
 * emulator's #UD for a hardware #GP. ud2, a patched instruction's trap (ud2
 * in memory) and invalid encodings are not claimed and stay #UD. */
static int emulator_ud(const struct hsim_vm *vm, uint64_t rip)
{
	struct x86_insn in;
	if (rip >= vm->mem.size)
		return 0;
	size_t avail = vm->mem.size - rip < X86_MAX_LEN ? (size_t)(vm->mem.size - rip) : X86_MAX_LEN;
	return x86_decode(vm->memory + rip, avail, &in) > 0 && x86_insn_class(&in) == X86_CLASS_SIM &&
	       in.is_mem && in.op != X86OP_UD2;
}

static int suspect(const struct hsim_vm *vm, const struct hsim_exit *ex)
{
	if (ex->kind != HSIM_EXIT_EXCEPTION)
		return 0;
	switch (ex->vector) {
	case 17: /* #AC: never with CR0.AM clear */
		return 1;
	case 6:
		return emulator_ud(vm, ex->rip);
	case 14: /* the last page below the hole, or the upper half: hsim
		  * maps nothing there */
		return ex->cr2 >= LOWER_HALF_END - 4096;
	}
	return 0;
}

/* Run the instruction at vm->st.rip in the simulator. 1: it completed, the
 * guest goes on in KVM; 0: *ex is what it stopped with instead. */
static int reexamine(struct kvm_engine *ke, struct hsim_exit *ex)
{
	struct hsim_vm *vm = ke->e.vm;
	struct sim_stop t;
	struct sim *s;
	int r;

	if (!vm->sim && (r = engine_sim_create(&vm->sim, vm)) < 0)
		return r;
	if ((r = kvmw_get_state(&ke->k, &vm->st)) < 0)
		return r;
	s = engine_sim_cpu(vm->sim);
	sim_flush(s); /* the guest may have rewritten its code in KVM */
	uint64_t before = sim_icount(s);
	if ((r = sim_run(s, 1, &t)) < 0)
		return r;
	vm->stats.sim_insns += sim_icount(s) - before;
	/* it may have written XMM registers or MXCSR */
	if ((r = kvmw_set_state(&ke->k, &vm->st)) < 0)
		return r;
	memset(ex, 0, sizeof(*ex));
	ex->rip = ex->next_rip = vm->st.rip;
	switch (t.reason) {
	case SIM_STOP_LIMIT:
	case SIM_STOP_YIELD:
		return 1;
	case SIM_STOP_EXCEPTION:
		ex->kind = HSIM_EXIT_EXCEPTION;
		ex->vector = t.vector;
		ex->has_error_code = t.has_error_code;
		ex->error_code = t.error_code;
		if (t.vector == 14)
			ex->cr2 = vm->st.cr2 = t.fault_addr;
		return 0;
	case SIM_STOP_IO:
		ex->kind = HSIM_EXIT_IO;
		ex->port = t.port;
		ex->size = t.size;
		ex->is_in = t.is_in;
		ex->value = t.value;
		return 0;
	case SIM_STOP_MMIO: /* the vm loop simulates it with the devices */
		ex->kind = HSIM_EXIT_MMIO;
		ex->addr = t.fault_addr;
		ex->is_write = t.is_write;
		return 0;
	default:
		ex->kind = HSIM_EXIT_UNKNOWN;
		ex->reason = t.reason;
		return 0;
	}
}

static int kvm_engine_run(struct engine *e, struct hsim_exit *ex)
{
	struct kvm_engine *ke = (struct kvm_engine *)e;
	int r;

	for (;;) {
		r = kvmw_next_exit(&ke->k, &e->vm->st, ex);
		if (r < 0 || !suspect(e->vm, ex))
			return r;
		if ((r = reexamine(ke, ex)) <= 0)
			return r;
	}
}

static int kvm_engine_get_state(struct engine *e)
{
	return kvmw_get_state(&((struct kvm_engine *)e)->k, &e->vm->st);
}

static int kvm_engine_set_state(struct engine *e)
{
	return kvmw_set_state(&((struct kvm_engine *)e)->k, &e->vm->st);
}

static int kvm_engine_dirty(struct engine *e, uint64_t *bits)
{
	return kvmw_get_dirty(&((struct kvm_engine *)e)->k, bits);
}

void engine_kvm_code_written(struct engine *e, uint64_t addr)
{
	kvmw_code_written(&((struct kvm_engine *)e)->k, addr);
}

static void kvm_engine_kick(struct engine *e)
{
	kvmw_kick(&((struct kvm_engine *)e)->k);
}

static void kvm_engine_describe(struct engine *e, const struct hsim_exit *ex, char *buf, size_t n)
{
	(void)e;
	switch (ex->reason) {
	case KVM_EXIT_INTERNAL_ERROR:
		snprintf(buf, n, "KVM internal error %llu at 0x%llx", (unsigned long long)ex->info,
			 (unsigned long long)ex->rip);
		break;
	case KVM_EXIT_FAIL_ENTRY:
		snprintf(buf, n, "VM entry failed (0x%llx)", (unsigned long long)ex->info);
		break;
	case KVM_EXIT_IO:
		snprintf(buf, n, "exception report with a bad stack 0x%llx",
			 (unsigned long long)ex->info);
		break;
	default:
		snprintf(buf, n, "exit %s (%u) at 0x%llx", kvmw_exit_name(ex->reason), ex->reason,
			 (unsigned long long)ex->rip);
		break;
	}
}

static void kvm_engine_destroy(struct engine *e)
{
	struct kvm_engine *ke = (struct kvm_engine *)e;
	kvmw_destroy(&ke->k);
	free(ke);
}

static const struct engine_ops kvm_ops = {
	.name = "kvm",
	.run = kvm_engine_run,
	.get_state = kvm_engine_get_state,
	.set_state = kvm_engine_set_state,
	.kick = kvm_engine_kick,
	.dirty = kvm_engine_dirty,
	.describe = kvm_engine_describe,
	.destroy = kvm_engine_destroy,
};

int engine_kvm_create(struct engine **out, struct hsim_vm *vm)
{
	struct kvm_engine *ke = calloc(1, sizeof(*ke));
	int r;

	*out = NULL;
	if (!ke)
		return -ENOMEM;
	ke->e.ops = &kvm_ops;
	ke->e.vm = vm;
	if ((r = kvmw_create(&ke->k, vm->memory, vm->mem.size)) < 0) {
		free(ke);
		return r;
	}
	/* vm.c's fresh anonymous mapping, which nothing writes below the
	 * user base (the simulator and the devices refuse it) */
	ke->k.sys_zeroed = 1;
	/* logging only for checkpoints: it costs the guest a fault per page
	 * written after each checkpoint */
	if ((vm->exec_map && (r = kvmw_set_exec(&ke->k, vm->exec_map)) < 0) ||
	    (vm->dirty && (r = kvmw_log_dirty(&ke->k)) < 0) ||
	    (r = kvmw_boot(&ke->k, &vm->st, &vm->m->cpuid)) < 0) {
		kvmw_destroy(&ke->k);
		free(ke);
		return r;
	}
	*out = &ke->e;
	return 0;
}

int hsim_kvm_available(void)
{
	return kvmw_probe();
}
