/* hsim dump, stat and export: reading traces (.hst) for people and scripts. */
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hsim.h>
#include <hsim/trace.h>
#include "cmds.h"
#include "trace_view.h"

int view_open(struct trace_view *v, const char *path)
{
	char err[256] = "";
	memset(v, 0, sizeof(*v));
	int r = hsim_trace_open(&v->r, path, err, sizeof(err));
	if (r < 0) {
		if (err[0] && !strncmp(err, path, strlen(path))) /* it names the file */
			fprintf(stderr, "hsim: %s\n", err);
		else
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

void view_close(struct trace_view *v)
{
	for (unsigned i = 0; v->images && i < v->h->nimages; i++)
		hsim_image_destroy(v->images[i]);
	free(v->images);
	hsim_trace_close(v->r);
}

const struct hsim_image *vm_image(const struct trace_view *v, unsigned vm)
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

void json_str(FILE *f, const char *s)
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

void describe_exit(const struct hsim_exit *ex, char *buf, size_t n)
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

void trace_print_record(FILE *f, const struct trace_view *v, const struct hsim_trace_record *rec,
			const struct hsim_cpu_state *prev, int json)
{
	const char *type = hsim_trace_rec_name(rec->type);
	const struct hsim_image *img = vm_image(v, rec->vm);
	char what[128] = "", sym[96] = "", insn[96] = "";
	int has_state = trace_rec_has_state(rec);
	uint64_t rip = rec->type == HSIM_TREC_EXIT ? rec->exit.rip : rec->state.rip;

	if (has_state) {
		hsim_image_symbolize(img, rip, sym, sizeof(sym));
		hsim_image_disasm(img, rip, insn, sizeof(insn));
	}
	if (rec->type == HSIM_TREC_EXIT)
		describe_exit(&rec->exit, what, sizeof(what));
	if (json) {
		fprintf(f, "{\"vm\":%u,\"event\":%" PRIu64 ",\"type\":", rec->vm, rec->event_no);
		json_str(f, type ? type : "?");
		fprintf(f, ",\"frame\":%" PRIu64 ",\"frame_offset\":%" PRIu64, rec->frame,
			rec->frame_offset);
		if (rec->type == HSIM_TREC_EXIT) {
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
			changed_regs(f, prev, &rec->state, 1);
			fputc('}', f);
		}
		if (rec->type == HSIM_TREC_INPUT) {
			fprintf(f, ",\"input\":");
			json_str(f, hsim_trace_input_name(rec->input_kind) ? hsim_trace_input_name(rec->input_kind) : "?");
			fprintf(f, ",\"bytes\":\"");
			for (size_t i = 0; i < rec->len && i < 64; i++)
				fprintf(f, "%02x", rec->data[i]);
			fprintf(f, "\",\"len\":%zu", rec->len);
			if (rec->seq != HSIM_TRACE_NO_SEQ)
				fprintf(f, ",\"seq\":%" PRIu64, rec->seq);
			if (rec->input_kind == HSIM_TIN_MESSAGE && rec->len >= 4) {
				uint32_t from;
				memcpy(&from, rec->data, 4);
				fprintf(f, ",\"from\":%u", from);
			}
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
		fputc('}', f);
		return;
	}
	fprintf(f, "vm %u #%-6" PRIu64 " %-13s", rec->vm, rec->event_no, type ? type : "?");
	if (rec->type == HSIM_TREC_EXIT)
		fprintf(f, " %-9s %-28s [%s%s]", hsim_exit_kind_name(rec->exit.kind), what,
			rec->entry >= 0 ? "" : "no entry",
			rec->entry >= 0 ? hsim_event_class_name(rec->cls) : "");
	if (has_state) {
		fprintf(f, " 0x%" PRIx64 "%s%s%s", rip, sym[0] ? " <" : "", sym, sym[0] ? ">" : "");
		if (insn[0])
			fprintf(f, " %s", insn);
		fputs(" |", f);
		changed_regs(f, prev, &rec->state, 0);
	}
	if (rec->type == HSIM_TREC_INPUT) {
		fprintf(f, " %s", hsim_trace_input_name(rec->input_kind) ?
			hsim_trace_input_name(rec->input_kind) : "?");
		if (rec->input_kind == HSIM_TIN_MESSAGE && rec->len >= 4) {
			uint32_t from;
			memcpy(&from, rec->data, 4);
			fprintf(f, " #%" PRIu64 " from vm %u, %zu bytes", rec->seq, from, rec->len - 4);
		} else if (rec->input_kind == HSIM_TIN_RESULT && rec->len == 8) {
			int64_t x;
			memcpy(&x, rec->data, 8);
			fprintf(f, " %" PRId64, x);
		} else if (rec->len == 8) {
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
}

static void dump_record(const struct trace_view *v, const struct hsim_trace_record *rec,
			struct hsim_cpu_state *prev, int *have_prev, const struct dump_opts *o)
{
	trace_print_record(stdout, v, rec, *have_prev ? prev : NULL, o->json);
	fputc('\n', stdout);
	if (trace_rec_has_state(rec)) {
		*prev = rec->state;
		*have_prev = 1;
	}
}

static const char dump_help[] =
	"usage: hsim dump [--vm K] [--from N] [--to M] [--json] run.hst\n"
	"Prints a trace one line per record: exits, inputs, CPU states (the registers\n"
	"that changed), checkpoints, the end of each VM.\n"
	"\n"
	"  --vm K       only VM K\n"
	"  --from N     from event N on (decimal or 0x hex)\n"
	"  --to M       up to event M\n"
	"  --json       one JSON object per line and record\n"
	"  -h, --help   this help\n"
	"\n"
	"exit status: 0 a whole trace, 2 usage error or not a trace, 3 a truncated\n"
	"trace (printed up to where it ends), 4 a corrupt one (up to the damage).\n";

static const char stat_help[] =
	"usage: hsim stat [--json] run.hst\n"
	"Summarizes a trace: its header (guests, event list, host), and per VM the\n"
	"records, exits by kind and class, inputs, instructions simulated, the end.\n"
	"\n"
	"  --json       the summary as one JSON object\n"
	"  -h, --help   this help\n"
	"\n"
	"exit status: 0 a whole trace, 2 usage error or not a trace, 3 a truncated\n"
	"trace, 4 a corrupt one.\n";

static const char export_help[] =
	"usage: hsim export --chrome-trace [--vm K] run.hst > run.json\n"
	"Writes a trace as a timeline in the Trace Event Format (JSON) that Perfetto\n"
	"and chrome://tracing read: a track per VM, slices for the monitor and the\n"
	"simulator, instants for inputs, messages, checkpoints and the end.\n"
	"\n"
	"  --chrome-trace  the format (the only one; required)\n"
	"  --vm K          only VM K\n"
	"  -h, --help      this help\n"
	"\n"
	"exit status: 0 a whole trace, 2 usage error or not a trace, 3 a truncated\n"
	"trace, 4 a corrupt one, 126 the output could not be written.\n";

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
	struct cli cl = { .name = "dump", .help = dump_help, .opts = opts };
	struct dump_opts o = { -1, 0, UINT64_MAX, 0 };
	uint64_t x;
	int c;

	while ((c = cli_next(&cl, argc, argv)) > 0) {
		switch (c) {
		case 'v':
			if (parse_number(optarg, 1, 1023, &x) < 0)
				return cli_fail(&cl, "--vm wants a VM number (0-1023), not '%s'", optarg);
			o.vm = (int)x;
			break;
		case 'f':
		case 't':
			if (parse_number(optarg, 1, UINT64_MAX, &x) < 0)
				return cli_fail(&cl, "--%s wants an event number, not '%s'",
						c == 'f' ? "from" : "to", optarg);
			*(c == 'f' ? &o.from : &o.to) = x;
			break;
		case 'j': o.json = 1; break;
		}
	}
	if (c < 0)
		return cli_status(c);
	if (cl.nargs != 1)
		return cli_usage(&cl, cl.nargs ? "one trace at a time" : "which trace? (hsim dump run.hst)");
	const char *path = cl.args[0];
	struct trace_view v;
	int r = view_open(&v, path);
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
	r = report_end(&v, path, last);
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
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct cli cl = { .name = "stat", .help = stat_help, .opts = opts };
	int json = 0, c;

	while ((c = cli_next(&cl, argc, argv)) > 0)
		if (c == 'j')
			json = 1;
	if (c < 0)
		return cli_status(c);
	if (cl.nargs != 1)
		return cli_usage(&cl, cl.nargs ? "one trace at a time" : "which trace? (hsim stat run.hst)");
	const char *path = cl.args[0];
	struct trace_view v;
	int r = view_open(&v, path);
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
		       ",\"record_bytes_per_exit\":%.2f,\"uncompressed\":%" PRIu64 ",\"compressed\":%"
		       PRIu64 ",\"compression_ratio\":%.2f,\"truncated\":%s,\"host\":",
		       s.file_size, h->version, nvms, total, exits, s.frames,
		       hsim_trace_checkpoint_count(v.r), exits ? (double)s.file_size / (double)exits : 0.0,
		       data, per_exit, s.uncompressed, s.compressed,
		       s.compressed ? (double)s.uncompressed / (double)s.compressed : 0.0,
		       s.truncated ? "true" : "false");
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
		       " checkpoints%s\n", path, h->version, nvms, nvms == 1 ? "" : "s",
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
		printf("records %" PRIu64 " bytes encoded, %" PRIu64 " compressed: ratio %.2f\n",
		       s.uncompressed, s.compressed,
		       s.compressed ? (double)s.uncompressed / (double)s.compressed : 0.0);
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
	r = report_end(&v, path, last);
	free(n);
	view_close(&v);
	return r;
}

/* ---- export --------------------------------------------------------------
 * The run as a Trace Event Format timeline (Perfetto, chrome://tracing).
 * Version 1 traces hold no wall-clock time, so "ts" is a synthetic clock
 * per VM, in the viewer's microseconds (docs/trace-format.md, "Timelines"):
 * every stretch the guest ran between two exits counts EXPORT_RUN, every
 * exit's handling in the monitor EXPORT_MON, a simulation one per simulated
 * instruction. The clocks of different VMs are not aligned. */

#define EXPORT_RUN 10
#define EXPORT_MON 1

struct export_vm {
	uint64_t t;           /* where the VM's clock is */
	uint64_t run_from;    /* the guest runs (in the VM or the simulator) since */
	int in_complex;       /* between STATE_STORE and STATE_RESTORE */
	int cx_pending;       /* a complex exit waits for its STATE_STORE */
	uint64_t cx_start;    /* the complex event: its exit's ts */
	uint64_t sim_start;   /* the simulation in it */
	uint64_t sim_exits;   /* exits met inside the simulation */
	uint64_t cx_event;
	char cx_name[160];    /* what the complex event was: a function, "cpuid" */
	char last_name[160];  /* the last exit's name, for a complex event after it */
};

struct export_out {
	FILE *f;
	int first;
	uint64_t events;
};

/* An event's common fields; the caller adds the rest and the closing brace. */
static void ev_begin(struct export_out *o, const char *name, const char *cat, char ph,
		     uint64_t ts, unsigned vm)
{
	fputs(o->first ? "\n" : ",\n", o->f);
	o->first = 0;
	o->events++;
	fprintf(o->f, "{\"name\":");
	json_str(o->f, name);
	fprintf(o->f, ",\"cat\":\"%s\",\"ph\":\"%c\",\"ts\":%" PRIu64 ",\"pid\":1,\"tid\":%u",
		cat, ph, ts, vm + 1);
}

static void ev_span(struct export_out *o, const char *name, const char *cat, uint64_t ts,
		    uint64_t dur, unsigned vm)
{
	ev_begin(o, name, cat, 'X', ts, vm);
	fprintf(o->f, ",\"dur\":%" PRIu64 "}", dur);
}

/* The guest ran from run_from until now: a span in the VM (or the
 * simulator under --sim), then the clock moves on by EXPORT_RUN. */
static void export_run(struct export_out *o, struct export_vm *s, unsigned vm, int pure_sim)
{
	s->t = s->run_from + EXPORT_RUN;
	ev_span(o, pure_sim ? "simulator" : "vm", pure_sim ? "sim" : "vm", s->run_from,
		EXPORT_RUN, vm);
}

/* Closes a complex event: the span around store, simulation and restore. */
static void export_complex_end(struct export_out *o, struct export_vm *s, unsigned vm,
			       int restored)
{
	ev_begin(o, s->cx_name, "complex", 'X', s->cx_start, vm);
	fprintf(o->f, ",\"dur\":%" PRIu64 ",\"args\":{\"event\":%" PRIu64 ",\"restored\":%s}}",
		s->t > s->cx_start ? s->t - s->cx_start : 1, s->cx_event,
		restored ? "true" : "false");
	s->in_complex = 0;
	s->run_from = s->t;
}

/* A message received: the end of a flow arrow from its sender. Version 1
 * traces record no sends, so there is no arrow yet, only the receipt; when
 * sends are recorded, a "s" event with id seq at the sender and a "f"
 * event with the same id here draw it. */
static void export_message(struct export_out *o, const struct hsim_trace_record *rec,
			   uint64_t ts)
{
	ev_begin(o, "message received", "message", 'i', ts, rec->vm);
	fprintf(o->f, ",\"s\":\"t\",\"args\":{\"seq\":%" PRIu64 ",\"bytes\":%zu}}",
		rec->seq, rec->len);
}

static void export_record(struct export_out *o, const struct trace_view *v,
			  struct export_vm *s, const struct hsim_trace_record *rec, int pure_sim)
{
	const struct hsim_image *img = vm_image(v, rec->vm);
	unsigned vm = rec->vm;
	char what[128], sym[96] = "";

	switch (rec->type) {
	case HSIM_TREC_EXIT: {
		const char *kind = hsim_exit_kind_name(rec->exit.kind);
		describe_exit(&rec->exit, what, sizeof(what));
		hsim_image_symbolize(img, rec->exit.rip, sym, sizeof(sym));
		if (s->in_complex) {
			/* an exit inside a simulation (a hypercall from a
			 * simulated function): an instant on the simulator span */
			s->sim_exits++;
			ev_begin(o, kind ? kind : "?", "exit", 'i', s->sim_start + s->sim_exits, vm);
		} else {
			export_run(o, s, vm, pure_sim);
			ev_begin(o, kind ? kind : "?", "exit", 'i', s->t, vm);
		}
		fprintf(o->f, ",\"s\":\"t\",\"args\":{\"event\":%" PRIu64 ",\"detail\":", rec->event_no);
		json_str(o->f, what);
		fprintf(o->f, ",\"class\":");
		json_str(o->f, rec->entry >= 0 && hsim_event_class_name(rec->cls) ?
			 hsim_event_class_name(rec->cls) : "no entry");
		fprintf(o->f, ",\"rip\":\"0x%" PRIx64 "\",\"symbol\":", rec->exit.rip);
		json_str(o->f, sym);
		fprintf(o->f, "}}");
		/* a complex event is named by what it was: the function a
		 * --simulate breakpoint enters, else the exit ("cpuid") */
		if (rec->exit.kind == HSIM_EXIT_BREAKPOINT && sym[0])
			snprintf(s->last_name, sizeof(s->last_name), "%.*s",
				 (int)strcspn(sym, "+"), sym);
		else if (rec->exit.kind == HSIM_EXIT_INSN || !what[0])
			snprintf(s->last_name, sizeof(s->last_name), "%s",
				 what[0] ? what : kind ? kind : "?");
		else
			snprintf(s->last_name, sizeof(s->last_name), "%s %s", kind ? kind : "?", what);
		if (!s->in_complex) {
			if (rec->cls == HSIM_CLASS_COMPLEX && rec->entry >= 0) {
				/* the store that follows opens it */
				s->cx_start = s->t;
				s->cx_pending = 1;
				s->run_from = s->t;
			} else {
				ev_span(o, "monitor", "monitor", s->t, EXPORT_MON, vm);
				s->t += EXPORT_MON;
				s->run_from = s->t;
			}
		}
		break;
	}
	case HSIM_TREC_INPUT: {
		if (rec->input_kind == HSIM_TIN_MESSAGE) {
			export_message(o, rec, s->t);
			break;
		}
		const char *in = hsim_trace_input_name(rec->input_kind);
		snprintf(what, sizeof(what), "input %s", in ? in : "?");
		/* inside the monitor span of the exit that asked for it */
		ev_begin(o, what, "input", 'i', s->t > 0 ? s->t - 1 : 0, vm);
		fprintf(o->f, ",\"s\":\"t\",\"args\":{\"event\":%" PRIu64 ",\"bytes\":%zu", rec->event_no,
			rec->len);
		if (rec->len == 8) {
			uint64_t x;
			memcpy(&x, rec->data, 8);
			fprintf(o->f, ",\"value\":\"0x%" PRIx64 "\"", x);
		}
		fprintf(o->f, "}}");
		break;
	}
	case HSIM_TREC_STATE_STORE:
		if (s->in_complex)
			export_complex_end(o, s, vm, 0);
		if (!s->cx_pending)
			s->cx_start = s->t; /* no complex exit before it */
		s->cx_pending = 0;
		s->in_complex = 1;
		s->cx_event = rec->event_no;
		snprintf(s->cx_name, sizeof(s->cx_name), "%s", s->last_name[0] ? s->last_name : "complex");
		ev_span(o, "state to the simulator", "monitor", s->t, EXPORT_MON, vm);
		s->t += EXPORT_MON;
		s->sim_start = s->t;
		s->sim_exits = 0;
		break;
	case HSIM_TREC_SIM_RESULT: {
		uint64_t dur = rec->insns > s->sim_exits ? rec->insns : s->sim_exits + 1;
		ev_begin(o, s->in_complex ? s->cx_name : "simulation", "sim", 'X', s->sim_start, vm);
		fprintf(o->f, ",\"dur\":%" PRIu64 ",\"args\":{\"instructions\":%" PRIu64 "}}", dur,
			rec->insns);
		s->t = s->sim_start + dur;
		break;
	}
	case HSIM_TREC_STATE_RESTORE:
		ev_span(o, "state back to the VM", "monitor", s->t, EXPORT_MON, vm);
		s->t += EXPORT_MON;
		if (s->in_complex)
			export_complex_end(o, s, vm, 1);
		s->run_from = s->t;
		break;
	case HSIM_TREC_CHECKPOINT:
		ev_begin(o, "checkpoint", "checkpoint", 'i', s->t, vm);
		fprintf(o->f, ",\"s\":\"t\",\"args\":{\"event\":%" PRIu64 ",\"pages\":%zu}}",
			rec->event_no, rec->npages);
		break;
	case HSIM_TREC_END:
		if (s->in_complex)
			export_complex_end(o, s, vm, 0);
		ev_begin(o, "end", "end", 'i', s->t, vm);
		fprintf(o->f, ",\"s\":\"t\",\"args\":{\"event\":%" PRIu64 ",\"status\":%d,"
			"\"exit_code\":%" PRId64 ",\"detail\":", rec->event_no, rec->status,
			rec->exit_code);
		json_str(o->f, rec->detail);
		fprintf(o->f, "}}");
		break;
	}
}

/* Track names: the run, and one thread per VM named by VM and image. */
static void export_tracks(struct export_out *o, const struct trace_view *v, const char *path)
{
	char name[512];
	size_t used = (size_t)snprintf(name, sizeof(name), "hsim");
	for (unsigned i = 1; i < v->h->argc && used < sizeof(name); i++)
		used += (size_t)snprintf(name + used, sizeof(name) - used, " %s", v->h->argv[i]);
	if (v->h->argc < 2)
		snprintf(name, sizeof(name), "hsim: %s", path);
	ev_begin(o, "process_name", "__metadata", 'M', 0, 0);
	fprintf(o->f, ",\"tid\":0,\"args\":{\"name\":");
	json_str(o->f, name);
	fprintf(o->f, "}}");
	for (unsigned vm = 0; vm < v->h->nvms; vm++) {
		const char *img = v->h->vm_image[vm] < v->h->nimages ?
				  v->h->images[v->h->vm_image[vm]].name : "?";
		const char *base = strrchr(img, '/');
		snprintf(name, sizeof(name), "vm %u: %s", vm, base ? base + 1 : img);
		ev_begin(o, "thread_name", "__metadata", 'M', 0, vm);
		fprintf(o->f, ",\"args\":{\"name\":");
		json_str(o->f, name);
		fprintf(o->f, "}}");
		ev_begin(o, "thread_sort_index", "__metadata", 'M', 0, vm);
		fprintf(o->f, ",\"args\":{\"sort_index\":%u}}", vm);
	}
}

int cmd_export(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "chrome-trace", no_argument, NULL, 'c' },
		{ "vm", required_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct cli cl = { .name = "export", .help = export_help, .opts = opts };
	int chrome = 0, only = -1, c;
	uint64_t x;

	while ((c = cli_next(&cl, argc, argv)) > 0) {
		switch (c) {
		case 'c': chrome = 1; break;
		case 'v':
			if (parse_number(optarg, 1, 1023, &x) < 0)
				return cli_fail(&cl, "--vm wants a VM number (0-1023), not '%s'", optarg);
			only = (int)x;
			break;
		}
	}
	if (c < 0)
		return cli_status(c);
	if (!chrome)
		return cli_usage(&cl, "say which format (--chrome-trace is the only one)");
	if (cl.nargs != 1)
		return cli_usage(&cl, cl.nargs ? "one trace at a time" :
				 "which trace? (hsim export --chrome-trace run.hst)");
	const char *path = cl.args[0];
	struct trace_view v;
	int r = view_open(&v, path);
	if (r)
		return r;
	unsigned nvms = hsim_trace_vm_count(v.r);
	if (only >= (int)nvms) {
		fprintf(stderr, "hsim: export: the trace has %u VM%s\n", nvms, nvms == 1 ? "" : "s");
		view_close(&v);
		return EXIT_USAGE;
	}
	struct export_vm *s = calloc(nvms, sizeof(*s));
	if (!s) {
		view_close(&v);
		return EXIT_ERROR;
	}
	/* under --sim the guest runs in the simulator between exits */
	int pure_sim = 0;
	for (unsigned i = 1; i < v.h->argc; i++)
		pure_sim |= !strcmp(v.h->argv[i], "--sim");
	if (only >= 0)
		hsim_trace_filter_vm(v.r, only);

	struct export_out o = { stdout, 1, 0 };
	printf("{\"displayTimeUnit\":\"ns\",\"otherData\":{\"clock\":\"synthetic: %d per stretch "
	       "in the guest, %d per exit in the monitor, 1 per simulated instruction; VMs not "
	       "aligned\",\"format_version\":%u},\"traceEvents\":[", EXPORT_RUN, EXPORT_MON,
	       v.h->version);
	export_tracks(&o, &v, path);
	struct hsim_trace_record rec;
	int last;
	while ((last = hsim_trace_next(v.r, &rec)) != 0) {
		if (last == HSIM_E_TRACE_CORRUPT)
			continue; /* said at the end; the next frame goes on */
		if (last < 0)
			break;
		if (rec.vm < nvms)
			export_record(&o, &v, &s[rec.vm], &rec, pure_sim);
	}
	/* a trace cut short: close what is open, so the JSON stays whole */
	for (unsigned vm = 0; vm < nvms; vm++)
		if (s[vm].in_complex)
			export_complex_end(&o, &s[vm], vm, 0);
	printf("\n]}\n");
	fflush(stdout);
	r = ferror(stdout) ? EXIT_ERROR : report_end(&v, path, last);
	free(s);
	view_close(&v);
	return r;
}
