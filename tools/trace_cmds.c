/* hsim dump and hsim stat: reading traces (.hst) for people and scripts. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hsim.h>
#include <hsim/trace.h>
#include "cmds.h"

/* Exit statuses of the trace tools (documented in `hsim help`). */
#define EXIT_TRACE_TRUNCATED 3
#define EXIT_TRACE_CORRUPT 4

struct trace_view {
	struct hsim_trace_reader *r;
	const struct hsim_trace_header *h;
	struct hsim_image **images; /* per header image, NULL where it does not load */
};

static int view_open(struct trace_view *v, const char *path)
{
	char err[256] = "";
	memset(v, 0, sizeof(*v));
	int r = hsim_trace_open(&v->r, path, err, sizeof(err));
	if (r < 0) {
		fprintf(stderr, "hsim: %s: %s\n", path, err[0] ? err : hsim_strerror(r));
		return r == HSIM_E_TRACE_TRUNCATED ? EXIT_TRACE_TRUNCATED :
		       r == HSIM_E_TRACE_CORRUPT ? EXIT_TRACE_CORRUPT : EXIT_USAGE;
	}
	v->h = hsim_trace_get_header(v->r);
	v->images = calloc(v->h->nimages ? v->h->nimages : 1, sizeof(*v->images));
	for (unsigned i = 0; v->images && i < v->h->nimages; i++)
		if (hsim_image_load_mem(&v->images[i], v->h->images[i].data, v->h->images[i].size,
					v->h->images[i].name) < 0)
			v->images[i] = NULL;
	return 0;
}

static void view_close(struct trace_view *v)
{
	for (unsigned i = 0; v->images && i < v->h->nimages; i++)
		hsim_image_destroy(v->images[i]);
	free(v->images);
	hsim_trace_close(v->r);
}

static const struct hsim_image *vm_image(const struct trace_view *v, unsigned vm)
{
	if (!v->images || vm >= v->h->nvms || v->h->vm_image[vm] >= v->h->nimages)
		return NULL;
	return v->images[v->h->vm_image[vm]];
}

/* How the trace ended, on stderr; the exit status for it. */
static int report_end(struct trace_view *v, const char *path, int last)
{
	struct hsim_trace_status s;
	hsim_trace_status(v->r, &s);
	if (last == HSIM_E_TRACE_TRUNCATED || s.truncated) {
		if (s.last_event == HSIM_TRACE_NO_EVENT)
			fprintf(stderr, "hsim: %s: truncated: no whole frame (%s)\n", path,
				hsim_trace_error(v->r));
		else
			fprintf(stderr, "hsim: %s: truncated after event %" PRIu64 " of vm %u "
				"(%" PRIu64 " whole frames, data ends at byte %" PRIu64 ")\n", path,
				s.last_event, s.last_vm, s.frames, s.data_end);
		return EXIT_TRACE_TRUNCATED;
	}
	if (last == HSIM_E_TRACE_CORRUPT || s.error) {
		fprintf(stderr, "hsim: %s: %s\n", path, hsim_trace_error(v->r));
		return EXIT_TRACE_CORRUPT;
	}
	return 0;
}

/* ---- dump --------------------------------------------------------------- */

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

static void describe_exit(const struct hsim_exit *ex, char *buf, size_t n)
{
	switch (ex->kind) {
	case HSIM_EXIT_IO:
		snprintf(buf, n, "%s port 0x%x size %u%s0x%x", ex->is_in ? "in" : "out", ex->port,
			 ex->size, ex->is_in ? "" : " value ", ex->is_in ? 0 : ex->value);
		if (ex->is_in)
			snprintf(buf, n, "in port 0x%x size %u", ex->port, ex->size);
		break;
	case HSIM_EXIT_MMIO:
		snprintf(buf, n, "%s 0x%" PRIx64, ex->is_write ? "write" : "read", ex->addr);
		break;
	case HSIM_EXIT_EXCEPTION:
		snprintf(buf, n, "%s error 0x%x cr2 0x%" PRIx64, hsim_exception_name(ex->vector),
			 ex->error_code, ex->cr2);
		break;
	case HSIM_EXIT_INSN:
		snprintf(buf, n, "%s", hsim_insn_name(ex->insn) ? hsim_insn_name(ex->insn) : "?");
		break;
	case HSIM_EXIT_UNKNOWN:
		snprintf(buf, n, "reason %u info 0x%" PRIx64, ex->reason, ex->info);
		break;
	default:
		buf[0] = 0;
		break;
	}
}

/* FNV-1a (64 bits): a digest of checkpoint pages for scripts to compare. */
static uint64_t fnv1a(uint64_t h, const void *data, size_t len)
{
	const uint8_t *b = data;
	for (size_t i = 0; i < len; i++)
		h = (h ^ b[i]) * 0x100000001b3ull;
	return h;
}
#define FNV_INIT 0xcbf29ce484222325ull

/* CHECKPOINT in --json: the page count, a digest of the whole record's
 * pages (addresses and contents, in order) and each page's own. */
static void json_pages(FILE *f, const struct hsim_trace_record *rec)
{
	uint64_t all = FNV_INIT;
	for (size_t i = 0; i < rec->npages; i++) {
		all = fnv1a(all, &rec->pages[i].gpa, sizeof(rec->pages[i].gpa));
		all = fnv1a(all, rec->pages[i].data, HSIM_TRACE_PAGE_SIZE);
	}
	fprintf(f, ",\"npages\":%zu,\"digest\":\"%016" PRIx64 "\",\"pages\":[", rec->npages, all);
	for (size_t i = 0; i < rec->npages; i++)
		fprintf(f, "%s[\"0x%" PRIx64 "\",\"%016" PRIx64 "\"]", i ? "," : "", rec->pages[i].gpa,
			fnv1a(FNV_INIT, rec->pages[i].data, HSIM_TRACE_PAGE_SIZE));
	fputc(']', f);
}

struct dump_opts {
	int vm;           /* -1: all */
	uint64_t from, to;
	int json;
};

/* The registers that differ from the VM's previous record. */
static void changed_regs(FILE *f, const struct hsim_cpu_state *prev, const struct hsim_cpu_state *st,
			 int json)
{
	int first = 1;
	for (unsigned i = 0; i < HSIM_NGPR; i++) {
		if (prev && prev->gpr[i] == st->gpr[i])
			continue;
		if (json)
			fprintf(f, "%s\"%s\":\"0x%" PRIx64 "\"", first ? "" : ",", hsim_gpr_name(i),
				st->gpr[i]);
		else
			fprintf(f, " %s=0x%" PRIx64, hsim_gpr_name(i), st->gpr[i]);
		first = 0;
	}
	if (!prev || prev->rflags != st->rflags) {
		if (json)
			fprintf(f, "%s\"rflags\":\"0x%" PRIx64 "\"", first ? "" : ",", st->rflags);
		else
			fprintf(f, " rflags=0x%" PRIx64, st->rflags);
	}
}

static void dump_record(const struct trace_view *v, const struct hsim_trace_record *rec,
			struct hsim_cpu_state *prev, int *have_prev, const struct dump_opts *o)
{
	const char *type = hsim_trace_rec_name(rec->type);
	const struct hsim_image *img = vm_image(v, rec->vm);
	char what[128] = "", sym[96] = "", insn[96] = "";
	int has_state = rec->type != HSIM_TREC_INPUT && rec->type != HSIM_TREC_END;
	uint64_t rip = rec->type == HSIM_TREC_EXIT ? rec->exit.rip : rec->state.rip;

	if (has_state) {
		hsim_image_symbolize(img, rip, sym, sizeof(sym));
		hsim_image_disasm(img, rip, insn, sizeof(insn));
	}
	if (rec->type == HSIM_TREC_EXIT)
		describe_exit(&rec->exit, what, sizeof(what));
	FILE *f = stdout;
	if (o->json) {
		fprintf(f, "{\"vm\":%u,\"event\":%" PRIu64 ",\"type\":", rec->vm, rec->event_no);
		json_str(f, type ? type : "?");
		if (rec->type == HSIM_TREC_EXIT) {
			const struct hsim_event e = { 0 };
			(void)e;
			fprintf(f, ",\"kind\":");
			json_str(f, hsim_exit_kind_name(rec->exit.kind) ? hsim_exit_kind_name(rec->exit.kind) : "?");
			fprintf(f, ",\"detail\":");
			json_str(f, what);
			fprintf(f, ",\"entry\":%d,\"class\":", rec->entry);
			json_str(f, hsim_event_class_name(rec->cls) ? hsim_event_class_name(rec->cls) : "?");
		}
		if (has_state) {
			fprintf(f, ",\"rip\":\"0x%" PRIx64 "\",\"symbol\":", rip);
			json_str(f, sym);
			fprintf(f, ",\"insn\":");
			json_str(f, insn);
			fprintf(f, ",\"changed\":{");
			changed_regs(f, *have_prev ? prev : NULL, &rec->state, 1);
			fputc('}', f);
		}
		if (rec->type == HSIM_TREC_INPUT) {
			fprintf(f, ",\"input\":");
			json_str(f, hsim_trace_input_name(rec->input_kind) ? hsim_trace_input_name(rec->input_kind) : "?");
			fprintf(f, ",\"bytes\":\"");
			for (size_t i = 0; i < rec->len && i < 64; i++)
				fprintf(f, "%02x", rec->data[i]);
			fprintf(f, "\",\"len\":%zu", rec->len);
		}
		if (rec->type == HSIM_TREC_SIM_RESULT)
			fprintf(f, ",\"instructions\":%" PRIu64, rec->insns);
		if (rec->type == HSIM_TREC_CHECKPOINT)
			json_pages(f, rec);
		if (rec->type == HSIM_TREC_END) {
			fprintf(f, ",\"status\":%d,\"exit_code\":%" PRId64 ",\"error\":%d,\"detail\":",
				rec->status, rec->exit_code, rec->error);
			json_str(f, rec->detail);
		}
		fprintf(f, "}\n");
	} else {
		fprintf(f, "vm %u #%-6" PRIu64 " %-13s", rec->vm, rec->event_no, type ? type : "?");
		if (rec->type == HSIM_TREC_EXIT)
			fprintf(f, " %-9s %-28s [%s%s%s]", hsim_exit_kind_name(rec->exit.kind), what,
				rec->entry >= 0 ? "" : "no entry",
				rec->entry >= 0 ? hsim_event_class_name(rec->cls) : "", "");
		if (has_state) {
			fprintf(f, " 0x%" PRIx64 "%s%s%s", rip, sym[0] ? " <" : "", sym, sym[0] ? ">" : "");
			if (insn[0])
				fprintf(f, " %s", insn);
			fputs(" |", f);
			changed_regs(f, *have_prev ? prev : NULL, &rec->state, 0);
		}
		if (rec->type == HSIM_TREC_INPUT) {
			fprintf(f, " %s", hsim_trace_input_name(rec->input_kind) ?
				hsim_trace_input_name(rec->input_kind) : "?");
			if (rec->len == 8) {
				uint64_t x;
				memcpy(&x, rec->data, 8);
				fprintf(f, " 0x%" PRIx64, x);
			} else {
				fprintf(f, " %zu bytes", rec->len);
			}
		}
		if (rec->type == HSIM_TREC_SIM_RESULT)
			fprintf(f, " %" PRIu64 " instructions", rec->insns);
		if (rec->type == HSIM_TREC_CHECKPOINT)
			fprintf(f, " %zu page%s", rec->npages, rec->npages == 1 ? "" : "s");
		if (rec->type == HSIM_TREC_END)
			fprintf(f, " status %d exit code %" PRId64 "%s%s", rec->status, rec->exit_code,
				rec->detail[0] ? ": " : "", rec->detail);
		fputc('\n', f);
	}
	if (has_state) {
		*prev = rec->state;
		*have_prev = 1;
	}
}

static int parse_u64(const char *s, uint64_t *out)
{
	char *end;
	if (!*s || *s == '-')
		return -1;
	*out = strtoull(s, &end, 0);
	return *end ? -1 : 0;
}

int cmd_dump(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "vm", required_argument, NULL, 'v' },
		{ "from", required_argument, NULL, 'f' },
		{ "to", required_argument, NULL, 't' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct dump_opts o = { -1, 0, UINT64_MAX, 0 };
	uint64_t x;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (c) {
		case 'v':
			if (parse_u64(optarg, &x) < 0 || x > 1023) {
				fprintf(stderr, "hsim: dump: --vm wants a VM number (0-1023)\n");
				return EXIT_USAGE;
			}
			o.vm = (int)x;
			break;
		case 'f':
		case 't':
			if (parse_u64(optarg, &x) < 0) {
				fprintf(stderr, "hsim: dump: --%s wants an event number\n", c == 'f' ? "from" : "to");
				return EXIT_USAGE;
			}
			*(c == 'f' ? &o.from : &o.to) = x;
			break;
		case 'j': o.json = 1; break;
		case 'h':
			printf("usage: hsim dump [--vm K] [--from N] [--to M] [--json] run.hst\n");
			return 0;
		default:
			fprintf(stderr, "hsim: dump: see `hsim dump --help`\n");
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 1) {
		fprintf(stderr, "usage: hsim dump [--vm K] [--from N] [--to M] [--json] run.hst\n");
		return EXIT_USAGE;
	}
	struct trace_view v;
	int r = view_open(&v, argv[optind]);
	if (r)
		return r;
	unsigned nvms = hsim_trace_vm_count(v.r);
	if (o.vm >= (int)nvms) {
		fprintf(stderr, "hsim: dump: the trace has %u VM%s\n", nvms, nvms == 1 ? "" : "s");
		view_close(&v);
		return EXIT_USAGE;
	}
	struct hsim_cpu_state *prev = calloc(nvms, sizeof(*prev));
	int *have = calloc(nvms, sizeof(*have));
	if (!prev || !have) {
		free(prev);
		free(have);
		view_close(&v);
		return EXIT_ERROR;
	}
	if (o.vm >= 0)
		hsim_trace_filter_vm(v.r, o.vm);
	if (o.vm >= 0 && o.from > 0)
		hsim_trace_seek_event(v.r, (unsigned)o.vm, o.from);
	struct hsim_trace_record rec;
	int last = 0;
	while ((last = hsim_trace_next(v.r, &rec)) != 0) {
		if (last == HSIM_E_TRACE_CORRUPT)
			continue; /* said at the end; the next frame goes on */
		if (last < 0)
			break;
		if (rec.vm >= nvms || rec.event_no < o.from || rec.event_no > o.to) {
			if (rec.vm < nvms && (rec.type != HSIM_TREC_INPUT && rec.type != HSIM_TREC_END)) {
				prev[rec.vm] = rec.state;
				have[rec.vm] = 1;
			}
			continue;
		}
		dump_record(&v, &rec, &prev[rec.vm], &have[rec.vm], &o);
	}
	fflush(stdout);
	r = report_end(&v, argv[optind], last);
	free(prev);
	free(have);
	view_close(&v);
	return r;
}

/* ---- stat --------------------------------------------------------------- */

struct vm_count {
	uint64_t records, exits, by_kind[HSIM_EXIT_COUNT], by_class[HSIM_CLASS_COUNT];
	uint64_t inputs[HSIM_TIN_COUNT], input_bytes, last_event, sim_insns;
	int ended, status;
	int64_t exit_code;
};

int cmd_stat(int argc, char **argv)
{
	int json = 0, c;
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (c == 'j')
			json = 1;
		else if (c == 'h') {
			printf("usage: hsim stat [--json] run.hst\n");
			return 0;
		} else {
			fprintf(stderr, "hsim: stat: see `hsim stat --help`\n");
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 1) {
		fprintf(stderr, "usage: hsim stat [--json] run.hst\n");
		return EXIT_USAGE;
	}
	struct trace_view v;
	int r = view_open(&v, argv[optind]);
	if (r)
		return r;
	unsigned nvms = hsim_trace_vm_count(v.r);
	struct vm_count *n = calloc(nvms ? nvms : 1, sizeof(*n));
	uint64_t types[8] = { 0 }, total = 0, first_frame = UINT64_MAX;
	struct hsim_trace_record rec;
	int last = 0;
	while (n && (last = hsim_trace_next(v.r, &rec)) != 0) {
		if (last == HSIM_E_TRACE_CORRUPT)
			continue;
		if (last < 0)
			break;
		if (rec.vm >= nvms)
			continue;
		struct vm_count *k = &n[rec.vm];
		if (rec.frame_offset < first_frame)
			first_frame = rec.frame_offset;
		total++;
		k->records++;
		k->last_event = rec.event_no;
		if ((unsigned)rec.type < 8)
			types[rec.type]++;
		switch (rec.type) {
		case HSIM_TREC_EXIT:
			k->exits++;
			if (rec.exit.kind < HSIM_EXIT_COUNT)
				k->by_kind[rec.exit.kind]++;
			if ((unsigned)rec.cls < HSIM_CLASS_COUNT)
				k->by_class[rec.cls]++;
			break;
		case HSIM_TREC_INPUT:
			if ((unsigned)rec.input_kind < HSIM_TIN_COUNT)
				k->inputs[rec.input_kind]++;
			k->input_bytes += rec.len;
			break;
		case HSIM_TREC_SIM_RESULT:
			k->sim_insns += rec.insns;
			break;
		case HSIM_TREC_END:
			k->ended = 1;
			k->status = rec.status;
			k->exit_code = rec.exit_code;
			break;
		default:
			break;
		}
	}
	struct hsim_trace_status s;
	hsim_trace_status(v.r, &s);
	uint64_t exits = 0;
	for (unsigned i = 0; i < nvms; i++)
		exits += n[i].exits;
	const struct hsim_trace_header *h = v.h;
	/* the records alone, without the header (which holds the images) */
	uint64_t data = first_frame < s.data_end ? s.data_end - first_frame : 0;
	double per_exit = exits ? (double)data / (double)exits : 0.0;
	if (json) {
		printf("{\"file_size\":%" PRIu64 ",\"format_version\":%u,\"vms\":%u,\"records\":%" PRIu64
		       ",\"exits\":%" PRIu64 ",\"frames\":%" PRIu64 ",\"checkpoints\":%" PRIu64
		       ",\"bytes_per_exit\":%.2f,\"record_bytes\":%" PRIu64
		       ",\"record_bytes_per_exit\":%.2f,\"truncated\":%s,\"host\":",
		       s.file_size, HSIM_TRACE_VERSION, nvms, total, exits, s.frames,
		       hsim_trace_checkpoint_count(v.r), exits ? (double)s.file_size / (double)exits : 0.0,
		       data, per_exit, s.truncated ? "true" : "false");
		json_str(stdout, h->host.vendor);
		printf(",\"family\":%u,\"model\":%u,\"stepping\":%u,\"per_vm\":[", h->host.family,
		       h->host.model, h->host.stepping);
		for (unsigned i = 0; i < nvms; i++) {
			const struct vm_count *k = &n[i];
			printf("%s{\"vm\":%u,\"records\":%" PRIu64 ",\"exits\":%" PRIu64
			       ",\"simple\":%" PRIu64 ",\"complex\":%" PRIu64 ",\"stop\":%" PRIu64
			       ",\"inputs\":{", i ? "," : "", i, k->records, k->exits,
			       k->by_class[0], k->by_class[1], k->by_class[2]);
			for (unsigned t = 0; t < HSIM_TIN_COUNT; t++)
				printf("%s\"%s\":%" PRIu64, t ? "," : "", hsim_trace_input_name(t), k->inputs[t]);
			printf("},\"instructions_simulated\":%" PRIu64 ",\"ended\":%s,\"status\":%d,"
			       "\"exit_code\":%" PRId64 "}", k->sim_insns, k->ended ? "true" : "false",
			       k->status, k->exit_code);
		}
		printf("]}\n");
	} else {
		printf("trace %s: format %u, %u VM%s, %" PRIu64 " bytes, %" PRIu64 " frames, %" PRIu64
		       " checkpoints%s\n", argv[optind], HSIM_TRACE_VERSION, nvms, nvms == 1 ? "" : "s",
		       s.file_size, s.frames, hsim_trace_checkpoint_count(v.r),
		       s.truncated ? ", TRUNCATED" : "");
		printf("recorded on %s family %u model %u stepping %u, kernel %s, hsim %s\n",
		       h->host.vendor, h->host.family, h->host.model, h->host.stepping, h->host.kernel,
		       h->host.hsim_version);
		printf("records %" PRIu64 ":", total);
		for (unsigned t = 1; t < 8; t++)
			if (types[t])
				printf(" %s %" PRIu64, hsim_trace_rec_name(t), types[t]);
		printf("\n%" PRIu64 " exits, %.2f bytes per exit (whole file), %.2f for the records "
		       "alone (%" PRIu64 " bytes)\n", exits,
		       exits ? (double)s.file_size / (double)exits : 0.0, per_exit, data);
		for (unsigned i = 0; i < nvms; i++) {
			const struct vm_count *k = &n[i];
			printf("vm %u: %" PRIu64 " records, %" PRIu64 " exits (simple %" PRIu64 ", complex %"
			       PRIu64 ", stop %" PRIu64 "), inputs:", i, k->records, k->exits,
			       k->by_class[0], k->by_class[1], k->by_class[2]);
			for (unsigned t = 0; t < HSIM_TIN_COUNT; t++)
				if (k->inputs[t])
					printf(" %s %" PRIu64, hsim_trace_input_name(t), k->inputs[t]);
			printf(", %" PRIu64 " instructions simulated, %s", k->sim_insns,
			       k->ended ? "ended" : "no end record");
			if (k->ended)
				printf(" (status %d, exit code %" PRId64 ")", k->status, k->exit_code);
			printf("\n");
			for (unsigned e = 0; e < HSIM_EXIT_COUNT; e++)
				if (k->by_kind[e])
					printf("vm %u:   %-10s %" PRIu64 "\n", i, hsim_exit_kind_name(e), k->by_kind[e]);
		}
	}
	fflush(stdout);
	r = report_end(&v, argv[optind], last);
	free(n);
	view_close(&v);
	return r;
}
