/* The CPUID table the guest sees, identical for KVM and the simulator. */
#include <cpuid.h>
#include <string.h>
#include "cpuid_table.h"
#include "sim.h"

#define LEAF_BASIC_MAX 0xdu
#define LEAF_EXT_MAX 0x80000008u

/* An entry, from the host's CPUID when `query` (the leaves the guest sees
 * something of), else zero: a CPUID in a VM is an exit, some 50 us in this
 * nested KVM, and every hsim run builds the table. */
static void add(struct cpuid_table *t, uint32_t leaf, uint32_t sub, int has_sub, int query)
{
	struct cpuid_entry *e = &t->e[t->n++];
	e->leaf = leaf;
	e->subleaf = sub;
	e->has_subleaf = (uint32_t)has_sub;
	if (query)
		__cpuid_count(leaf, sub, e->reg[0], e->reg[1], e->reg[2], e->reg[3]);
}

void cpuid_table_build(struct cpuid_table *t)
{
	uint32_t a, b, c, d;

	memset(t, 0, sizeof(*t));
	__cpuid(0, a, b, c, d);
	uint32_t basic = a < LEAF_BASIC_MAX ? a : LEAF_BASIC_MAX;
	for (uint32_t leaf = 0; leaf <= LEAF_BASIC_MAX; leaf++) {
		int sub = leaf == 4 || leaf == 7 || leaf == 0xb || leaf == 0xd;
		add(t, leaf, 0, sub, leaf == 1 && leaf <= basic);
		struct cpuid_entry *e = &t->e[t->n - 1];
		switch (leaf) {
		case 0: /* the vendor, from the first query */
			e->reg[1] = b;
			e->reg[2] = c;
			e->reg[3] = d;
			e->reg[0] = LEAF_BASIC_MAX;
			break;
		case 1:
			/* family/model/stepping kept; one logical CPU, APIC id 0 */
			e->reg[1] &= 0xffffu;
			e->reg[1] |= 1u << 16;
			/* ecx: only "running under a hypervisor"; edx: FPU TSC CX8
			 * CMOV FXSR SSE SSE2 — the ISA the simulator implements. */
			e->reg[2] &= 1u << 31;
			e->reg[3] &= (1u << 0) | (1u << 4) | (1u << 8) | (1u << 15) |
				     (1u << 24) | (1u << 25) | (1u << 26);
			break;
		default:
			/* Topology, cache, power and extended-feature leaves vary
			 * between hosts and describe things the guest cannot use. */
			memset(e->reg, 0, sizeof(e->reg));
			break;
		}
		if (leaf > basic)
			memset(e->reg, 0, sizeof(e->reg));
	}
	__cpuid(0x80000000u, a, b, c, d);
	uint32_t ext = a < LEAF_EXT_MAX ? a : LEAF_EXT_MAX;
	for (uint32_t leaf = 0x80000000u; leaf <= LEAF_EXT_MAX; leaf++) {
		add(t, leaf, 0, 0, leaf <= ext && leaf != 0x80000000u &&
		    (leaf <= 0x80000004u || leaf == 0x80000008u));
		struct cpuid_entry *e = &t->e[t->n - 1];
		if (leaf > ext) {
			memset(e->reg, 0, sizeof(e->reg));
			continue;
		}
		switch (leaf) {
		case 0x80000000u:
			e->reg[1] = b;
			e->reg[2] = c;
			e->reg[3] = d;
			e->reg[0] = LEAF_EXT_MAX;
			break;
		case 0x80000001u:
			e->reg[1] = 0;
			e->reg[2] &= 1u;                          /* LAHF/SAHF */
			e->reg[3] &= (1u << 20) | (1u << 29);     /* NX, LM */
			break;
		case 0x80000002u: case 0x80000003u: case 0x80000004u:
			break; /* brand string */
		case 0x80000008u:
			e->reg[0] &= 0xffffu; /* address sizes */
			e->reg[1] = e->reg[2] = e->reg[3] = 0;
			break;
		default:
			memset(e->reg, 0, sizeof(e->reg));
			break;
		}
	}
}

void cpuid_table_lookup(const struct cpuid_table *t, uint32_t leaf,
			uint32_t subleaf, uint32_t out[4])
{
	for (unsigned i = 0; i < t->n; i++) {
		const struct cpuid_entry *e = &t->e[i];
		if (e->leaf == leaf && (!e->has_subleaf || e->subleaf == subleaf)) {
			memcpy(out, e->reg, sizeof(e->reg));
			return;
		}
	}
	memset(out, 0, 16);
}

unsigned cpuid_host_features(void)
{
	uint32_t a, b, c, d;
	unsigned f = 0;

	__cpuid(0, a, b, c, d);
	if (a >= 7) {
		__cpuid_count(7, 0, a, b, c, d);
		if (b & (1u << 3))
			f |= SIM_HOST_TZCNT;
	}
	__cpuid(0x80000000u, a, b, c, d);
	if (a >= 0x80000001u) {
		__cpuid(0x80000001u, a, b, c, d);
		if (c & (1u << 5))
			f |= SIM_HOST_LZCNT;
	}
	return f;
}
