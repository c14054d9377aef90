/* The simulator engine: hsim's interpreter runs the guest against the VM's
 * own memory and the platform's devices, and stops where the VM would exit. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hsim/abi.h>
#include "monitor.h"

#define SIM_SLICE (1u << 16) /* instructions between looks at the stop flag */

struct sim_engine {
	struct engine e;
	struct sim *s;
	struct sim_hooks hooks;
};

static void hook_cpuid(void *ctx, uint32_t leaf, uint32_t sub, uint32_t out[4])
{
	const struct hsim_vm *vm = ctx;
	cpuid_table_lookup(&vm->m->cpuid, leaf, sub, out);
}

static uint64_t hook_tsc(void *ctx)
{
	struct hsim_vm *vm = ctx;
	return platform_in_time(&vm->plat);
}

static uint64_t hook_random(void *ctx)
{
	struct hsim_vm *vm = ctx;
	return platform_in_random(&vm->plat);
}

static int hook_mmio(void *ctx, uint64_t addr, unsigned len, int is_write, uint64_t *val)
{
	struct hsim_vm *vm = ctx;
	return is_write ? bus_write(&vm->plat.bus, addr, len, *val) :
			  bus_read(&vm->plat.bus, addr, len, val);
}

static void translate(const struct sim_stop *t, const struct hsim_cpu_state *st,
		      struct hsim_exit *ex)
{
	memset(ex, 0, sizeof(*ex));
	ex->rip = ex->next_rip = st->rip;
	switch (t->reason) {
	case SIM_STOP_IO:
		ex->kind = HSIM_EXIT_IO;
		ex->port = t->port;
		ex->size = t->size;
		ex->is_in = t->is_in;
		ex->value = t->value;
		break;
	case SIM_STOP_EXCEPTION:
		ex->kind = HSIM_EXIT_EXCEPTION;
		ex->vector = t->vector;
		ex->has_error_code = t->has_error_code;
		ex->error_code = t->error_code;
		if (t->vector == 14)
			ex->cr2 = t->fault_addr;
		if (t->vector == 3)
			ex->rip = t->insn_rip; /* the int3 itself, as the KVM engine says */
		break;
	case SIM_STOP_MMIO:
		ex->kind = HSIM_EXIT_MMIO;
		ex->addr = t->fault_addr;
		ex->is_write = t->is_write;
		break;
	case SIM_STOP_UNTIL:
		ex->kind = HSIM_EXIT_SIM_DONE;
		break;
	default:
		ex->kind = HSIM_EXIT_UNKNOWN;
		ex->reason = t->reason;
		break;
	}
}

static int sim_engine_run(struct engine *e, struct hsim_exit *ex)
{
	struct sim_engine *se = (struct sim_engine *)e;
	struct hsim_vm *vm = e->vm;
	struct sim_stop t;
	int r;

	for (;;) {
		if (atomic_load(&vm->stop))
			return -EINTR;
		uint64_t before = sim_icount(se->s);
		r = sim_run(se->s, SIM_SLICE, &t);
		vm->stats.sim_insns += sim_icount(se->s) - before;
		if (r < 0)
			return r;
		if (t.reason != SIM_STOP_LIMIT && t.reason != SIM_STOP_YIELD)
			break;
	}
	translate(&t, &vm->st, ex);
	return 0;
}

/* The simulator works on vm->st itself: nothing to move. */
static int sim_engine_state(struct engine *e)
{
	(void)e;
	return 0;
}

static void sim_engine_kick(struct engine *e)
{
	(void)e; /* the run loop looks at vm->stop every slice */
}

static void sim_engine_describe(struct engine *e, const struct hsim_exit *ex, char *buf, size_t n)
{
	(void)e;
	snprintf(buf, n, "simulator stop %u at 0x%llx", ex->reason, (unsigned long long)ex->rip);
}

static void sim_engine_destroy(struct engine *e)
{
	struct sim_engine *se = (struct sim_engine *)e;
	sim_destroy(se->s);
	free(se);
}

static const struct engine_ops sim_ops = {
	.name = "sim",
	.run = sim_engine_run,
	.get_state = sim_engine_state,
	.set_state = sim_engine_state,
	.kick = sim_engine_kick,
	.describe = sim_engine_describe,
	.destroy = sim_engine_destroy,
};

int engine_sim_create(struct engine **out, struct hsim_vm *vm)
{
	struct sim_engine *se = calloc(1, sizeof(*se));
	int r;

	*out = NULL;
	if (!se)
		return -ENOMEM;
	se->e.ops = &sim_ops;
	se->e.vm = vm;
	se->hooks = (struct sim_hooks){
		.ctx = vm,
		.host_features = vm->m->host_features,
		.cpuid = hook_cpuid,
		.rdtsc = hook_tsc,
		.random = hook_random,
		.mmio_base = HSIM_DEV_BASE,
		.mmio_size = HSIM_DEV_SIZE,
		.mmio = hook_mmio,
	};
	if ((r = sim_create(&se->s, &vm->st, &vm->mem, &se->hooks)) < 0) {
		free(se);
		return r;
	}
	sim_set_patches(se->s, vm->patches.p, vm->patches.n);
	sim_set_yield(se->s, 1); /* the stop flag is looked at between runs */
	/* its writes go straight into the VM's bitmap, also when it runs a
	 * complex event of a KVM VM */
	if (vm->dirty && (r = sim_set_dirty(se->s, vm->dirty)) < 0) {
		sim_destroy(se->s);
		free(se);
		return r;
	}
	*out = &se->e;
	return 0;
}

struct sim *engine_sim_cpu(struct engine *e)
{
	return ((struct sim_engine *)e)->s;
}

int engine_sim_step(struct engine *e, struct hsim_exit *ex)
{
	struct sim_engine *se = (struct sim_engine *)e;
	struct hsim_vm *vm = e->vm;
	struct sim_stop t;
	int r;

	/* the original of a patched instruction runs, devices answer */
	sim_exec_patched(se->s, 1);
	sim_set_bus(se->s, 1);
	uint64_t before = sim_icount(se->s);
	r = sim_run(se->s, 1, &t);
	vm->stats.sim_insns += sim_icount(se->s) - before;
	sim_set_bus(se->s, 0);
	sim_exec_patched(se->s, vm->in_function);
	if (r < 0)
		return r;
	if (t.reason == SIM_STOP_LIMIT || t.reason == SIM_STOP_YIELD)
		return 0;
	translate(&t, &vm->st, ex);
	return 1;
}
