/* trace_edit: copy a trace record by record through the reader and the
 * writer, changing one thing on the way, so that tests can make traces that
 * are well formed but say something else than the run did:
 *   trace_edit IN OUT flip VM EVENT REG BIT   flip a bit of a register (rax..r15,
 *                                             rip, rflags) in VM's exit EVENT
 *   trace_edit IN OUT drop-input VM EVENT     leave out VM's first input at EVENT
 *   trace_edit IN OUT vendor NAME [FAM MODEL] say the recording CPU was NAME
 *                                             ("AuthenticAMD"): host and CPUID leaf 0
 *   trace_edit IN OUT host-vendor NAME [FAM MODEL]  the host only (not the CPUID the
 *                                             guests saw)
 *   trace_edit IN OUT copy                    change nothing
 * Exit status 0 when the edit was made, 1 when its record was not found,
 * 2 on usage or I/O errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hsim.h>

static int reg_index(const char *name)
{
	for (unsigned i = 0; i < HSIM_NGPR; i++)
		if (!strcmp(hsim_gpr_name(i), name))
			return (int)i;
	if (!strcmp(name, "rip"))
		return HSIM_NGPR;
	if (!strcmp(name, "rflags"))
		return HSIM_NGPR + 1;
	return -1;
}

static int copy_record(struct hsim_trace_writer *w, const struct hsim_trace_record *rec)
{
	switch (rec->type) {
	case HSIM_TREC_EXIT:
		return hsim_trace_write_exit(w, rec->vm, rec->event_no, &rec->exit, rec->entry,
					     rec->cls, &rec->state);
	case HSIM_TREC_INPUT:
		return hsim_trace_write_input(w, rec->vm, rec->event_no, rec->input_kind, rec->data,
					      rec->len, rec->seq);
	case HSIM_TREC_STATE_STORE:
	case HSIM_TREC_STATE_RESTORE:
	case HSIM_TREC_SIM_RESULT:
		return hsim_trace_write_state(w, rec->vm, rec->event_no, rec->type, &rec->state,
					      rec->insns);
	case HSIM_TREC_CHECKPOINT:
		return hsim_trace_write_checkpoint(w, rec->vm, rec->event_no, &rec->state, rec->pages,
						   rec->npages);
	case HSIM_TREC_END:
		return hsim_trace_write_end(w, rec->vm, rec->event_no, rec->status, rec->exit_code,
					    rec->error, rec->detail);
	}
	return HSIM_E_INVAL;
}

int main(int argc, char **argv)
{
	struct hsim_trace_reader *r;
	struct hsim_trace_writer *w;
	struct hsim_trace_record rec;
	char err[256] = "";
	int done = 0, e;

	if (argc < 4) {
		fprintf(stderr, "usage: trace_edit IN OUT flip VM EVENT REG BIT | drop-input VM EVENT | "
			"vendor NAME | copy\n");
		return 2;
	}
	const char *op = argv[3];
	int by_event = !strcmp(op, "flip") || !strcmp(op, "drop-input");
	unsigned vm = by_event ? (unsigned)strtoul(argv[4], NULL, 0) : 0;
	uint64_t event = by_event ? strtoull(argv[5], NULL, 0) : 0;
	int reg = -1;
	unsigned bit = 0;
	if (!strcmp(op, "flip")) {
		if (argc != 8 || (reg = reg_index(argv[6])) < 0) {
			fprintf(stderr, "trace_edit: flip VM EVENT REG BIT\n");
			return 2;
		}
		bit = (unsigned)strtoul(argv[7], NULL, 0) & 63;
	} else if (!strcmp(op, "drop-input") ? argc != 6 :
		   !strcmp(op, "vendor") || !strcmp(op, "host-vendor") ?
		   (argc != 5 && argc != 7) || strlen(argv[4]) != 12 :
		   strcmp(op, "copy") || argc != 4) {
		fprintf(stderr, "trace_edit: bad operation\n");
		return 2;
	}
	if ((e = hsim_trace_open(&r, argv[1], err, sizeof(err))) < 0) {
		fprintf(stderr, "trace_edit: %s: %s\n", argv[1], err);
		return 2;
	}
	struct hsim_trace_header h = *hsim_trace_get_header(r);
	struct hsim_trace_cpuid *cpuid = NULL;
	if (!strcmp(op, "host-vendor")) {
		snprintf(h.host.vendor, sizeof(h.host.vendor), "%s", argv[4]);
		done = 1;
	}
	if ((!strcmp(op, "vendor") || !strcmp(op, "host-vendor")) && argc == 7) {
		h.host.family = (uint32_t)strtoul(argv[5], NULL, 0);
		h.host.model = (uint32_t)strtoul(argv[6], NULL, 0);
	}
	if (!strcmp(op, "vendor")) {
		snprintf(h.host.vendor, sizeof(h.host.vendor), "%s", argv[4]);
		cpuid = malloc((h.ncpuid ? h.ncpuid : 1) * sizeof(*cpuid));
		if (!cpuid)
			return 2;
		memcpy(cpuid, h.cpuid, h.ncpuid * sizeof(*cpuid));
		for (unsigned i = 0; i < h.ncpuid; i++)
			if (cpuid[i].leaf == 0) {
				memcpy(&cpuid[i].ebx, argv[4], 4);
				memcpy(&cpuid[i].edx, argv[4] + 4, 4);
				memcpy(&cpuid[i].ecx, argv[4] + 8, 4);
				done = 1;
			}
		h.cpuid = cpuid;
	}
	if ((e = hsim_trace_writer_create(&w, argv[2], &h, NULL)) < 0) {
		fprintf(stderr, "trace_edit: %s: %s\n", argv[2], hsim_strerror(e));
		return 2;
	}
	while ((e = hsim_trace_next(r, &rec)) == 1) {
		if (!done && rec.vm == vm && rec.event_no == event) {
			if (reg >= 0 && rec.type == HSIM_TREC_EXIT) {
				uint64_t *p = reg < HSIM_NGPR ? &rec.state.gpr[reg] :
					      reg == HSIM_NGPR ? &rec.state.rip : &rec.state.rflags;
				*p ^= 1ull << bit;
				done = 1;
			} else if (!strcmp(op, "drop-input") && rec.type == HSIM_TREC_INPUT) {
				done = 1;
				continue;
			}
		}
		if ((e = copy_record(w, &rec)) < 0) {
			fprintf(stderr, "trace_edit: writing: %s\n", hsim_strerror(e));
			return 2;
		}
	}
	if (e < 0)
		fprintf(stderr, "trace_edit: %s: %s (copied up to there)\n", argv[1], hsim_trace_error(r));
	if ((e = hsim_trace_writer_close(w)) < 0) {
		fprintf(stderr, "trace_edit: %s: %s\n", argv[2], hsim_strerror(e));
		return 2;
	}
	hsim_trace_close(r);
	free(cpuid);
	if (!done && strcmp(op, "copy")) {
		fprintf(stderr, "trace_edit: no such record in %s\n", argv[1]);
		return 1;
	}
	return 0;
}
