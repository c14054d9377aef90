/* The KVM engine: the guest runs directly in a VM; lib/kvm knows KVM and its
 * quirks, this adapter only fits it to the engine interface. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "kvm/kvm.h"
#include "monitor.h"

struct kvm_engine {
	struct engine e;
	struct kvm_vcpu_ctx k;
};

static int kvm_engine_run(struct engine *e, struct hsim_exit *ex)
{
	struct kvm_engine *ke = (struct kvm_engine *)e;
	return kvmw_next_exit(&ke->k, &e->vm->st, ex);
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
	/* logging only for checkpoints: it costs the guest a fault per page
	 * written after each checkpoint */
	if ((vm->dirty && (r = kvmw_log_dirty(&ke->k)) < 0) ||
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
