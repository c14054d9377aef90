/* hsim replay: run a trace again in the simulator (or in KVM with
 * --direct) and verify it event by event (include/hsim/replay.h). */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <hsim.h>
#include "cmds.h"
#include "regdiff.h"
#include "trace_view.h"
#include "sigwatch.h"

#define EXIT_DIVERGED 1

static const char replay_help[] =
		"usage: hsim replay [options] TRACE.hst\n"
		"Runs every VM of the trace again in the simulator (no KVM needed), feeds it\n"
		"the recorded inputs, and verifies at every event that it does what the\n"
		"recording did: the same exit with the same RIP, GPRs and RFLAGS, the whole\n"
		"state at complex events and checkpoints, the memory at checkpoints, the same end.\n"
		"  --direct         replay in KVM instead (checks the recording itself)\n"
		"  -j, --jobs N     replay N VMs at once (default 1)\n"
		"  --from K         start each VM at its checkpoint K (from 0)\n"
		"  --segment K/N    verify only the K-th of N stretches between checkpoints\n"
		"                   (N processes or machines verify one trace together)\n"
		"  --timeout S      stop after S seconds of wall time\n"
		"  --console        show the guests' console output (on stderr)\n"
		"  --json           the result as one JSON object on stdout\n"
		"  -q, --quiet      only the verdict line (and a divergence's report)\n"
	"  -h, --help       this help\n"
		"A progress bar is shown on a terminal. Exit status: 0 equivalent (each VM up\n"
		"to its recorded end, to where its recording was stopped, or to the end of\n"
		"its segment); 1 diverged; 2 usage, or not a trace; 3 the trace is cut short\n"
		"(verified up to there); 4 the trace is damaged; 124 --timeout; 126 the\n"
		"replay failed; 128+N stopped by signal N.\n";

struct replay_opts {
	struct hsim_replay_config cfg;
	int json, quiet, console;
};

static void console_out(void *ctx, unsigned vm, int fd, const char *buf, size_t len)
{
	(void)ctx;
	(void)fd;
	print_vm_lines(stderr, vm, buf, len);
}

/* ---- progress ---------------------------------------------------------------- */

struct progress {
	struct hsim_replay *r;
	atomic_int done;
	pthread_t thread;
};

static void *progress_thread(void *arg)
{
	struct progress *p = arg;
	int shown = 0;
	while (!atomic_load(&p->done)) {
		struct timespec ts = { 0, 200000000 };
		nanosleep(&ts, NULL);
		uint64_t done, total;
		hsim_replay_progress(p->r, &done, &total);
		if (!total || atomic_load(&p->done))
			continue;
		unsigned pct = done >= total ? 100 : (unsigned)(done * 100 / total);
		char bar[41];
		memset(bar, '#', pct * 40 / 100);
		memset(bar + pct * 40 / 100, ' ', 40 - pct * 40 / 100);
		bar[40] = 0;
		fprintf(stderr, "\r[%s] %3u%% %" PRIu64 "/%" PRIu64 " events", bar, pct, done, total);
		shown = 1;
	}
	if (shown)
		fprintf(stderr, "\r%*s\r", 80, "");
	return NULL;
}

/* ---- the report ---------------------------------------------------------------- */

static const char *image_name(struct hsim_replay *r, unsigned vm)
{
	const struct hsim_image *img = hsim_replay_image(r, vm);
	return img ? hsim_image_name(img) : "?";
}

/* "io out port 0x510 size 4 value 0x1", "exception #GP error 0x0 ...": the
 * kind, then the fields hsim dump shows */
static void exit_text(const struct hsim_exit *ex, char *buf, size_t n)
{
	char f[128];
	describe_exit(ex, f, sizeof(f));
	snprintf(buf, n, "%s%s%s", hsim_exit_kind_name(ex->kind), f[0] ? " " : "", f);
}

static int ends_block(const char *text)
{
	return text[0] == 'j' || !strncmp(text, "call", 4) || !strncmp(text, "ret", 3) ||
	       !strncmp(text, "loop", 4) || !strncmp(text, "ud2", 3) || !strncmp(text, "int", 3);
}

/* The instructions of the last blocks the simulator ran, up to `stop`
 * (the replayed rip), to f, or as a JSON array. */
static void recent_insns(FILE *f, const struct hsim_image *img, const struct hsim_replay_divergence *d,
			 int json)
{
	unsigned first = d->nrecent > 4 ? d->nrecent - 4 : 0, n = 0;
	uint64_t stop = d->rep_type == HSIM_TREC_EXIT && d->has_exits ? d->rep_exit.rip : d->replayed.rip;
	if (json)
		fprintf(f, "[");
	for (unsigned b = first; b < d->nrecent; b++) {
		uint64_t a = d->recent[b];
		for (unsigned i = 0; i < 16; i++) {
			char text[96], sym[96] = "";
			int len = hsim_image_disasm(img, a, text, sizeof(text));
			if (len <= 0)
				break;
			hsim_image_symbolize(img, a, sym, sizeof(sym));
			int at = a == stop && b == d->nrecent - 1;
			if (json)
				fprintf(f, "%s{\"addr\":\"0x%" PRIx64 "\",\"symbol\":\"%s\",\"text\":\"%s\"}",
					n++ ? "," : "", a, sym, text);
			else
				fprintf(f, "  %s 0x%" PRIx64 " %-22s %s\n", at ? "=>" : "  ", a,
					sym[0] ? sym : "", text);
			if ((b == d->nrecent - 1 && a >= stop) || (b != d->nrecent - 1 && ends_block(text)))
				break;
			a += (uint64_t)len;
		}
		if (!json && b + 1 < d->nrecent)
			fprintf(f, "     ...\n");
	}
	if (json)
		fprintf(f, "]");
}

static void print_divergence(struct hsim_replay *r, unsigned vm, const struct hsim_replay_vm *v)
{
	const struct hsim_replay_divergence *d = &v->div;
	const struct hsim_image *img = hsim_replay_image(r, vm);
	char sym[96] = "";
	printf("vm %u (%s): diverged at event %" PRIu64 ": %s\n", vm, image_name(r, vm), d->event, d->what);
	if (d->has_exits) {
		char a[160], b[160];
		exit_text(&d->rec_exit, a, sizeof(a));
		exit_text(&d->rep_exit, b, sizeof(b));
		hsim_image_symbolize(img, d->rec_exit.rip, sym, sizeof(sym));
		printf("  recorded exit: %s at 0x%" PRIx64 " %s\n", a, d->rec_exit.rip, sym);
		hsim_image_symbolize(img, d->rep_exit.rip, sym, sizeof(sym));
		printf("  replayed exit: %s at 0x%" PRIx64 " %s\n", b, d->rep_exit.rip, sym);
	}
	if (d->rec_type) {
		printf("  registers (%s):\n", d->full ? "the whole state" : "GPRs, rip, rflags");
		regdiff_print(stdout, &d->recorded, &d->replayed, d->full, 0, "recorded", "replayed");
	}
	if (d->nrecent) {
		printf("  the last instructions the simulator ran:\n");
		recent_insns(stdout, img, d, 0);
	} else if (img) {
		char text[96];
		if (hsim_image_disasm(img, d->replayed.rip, text, sizeof(text)) > 0) {
			hsim_image_symbolize(img, d->replayed.rip, sym, sizeof(sym));
			printf("  at 0x%" PRIx64 " %s: %s\n", d->replayed.rip, sym, text);
		}
	}
}

static void json_exit(FILE *f, const struct hsim_exit *ex)
{
	char d[160];
	exit_text(ex, d, sizeof(d));
	fprintf(f, "{\"kind\":\"%s\",\"rip\":\"0x%" PRIx64 "\",\"text\":", hsim_exit_kind_name(ex->kind),
		ex->rip);
	json_str(f, d);
	fprintf(f, "}");
}

static void print_json(struct hsim_replay *r, const char *path, const char *verdict, int status,
		       double secs)
{
	uint64_t events = 0, insns = 0;
	int exact;
	const char *rules = hsim_replay_flag_rules(r, &exact);
	printf("{\"trace\":");
	json_str(stdout, path);
	printf(",\"verdict\":\"%s\",\"exit_status\":%d,\"vms\":[", verdict, status);
	for (unsigned i = 0; i < hsim_replay_vm_count(r); i++) {
		const struct hsim_replay_vm *v = hsim_replay_result(r, i);
		events += v->events;
		insns += v->instructions;
		printf("%s{\"vm\":%u,\"image\":", i ? "," : "", i);
		json_str(stdout, image_name(r, i));
		printf(",\"verdict\":\"%s\",\"detail\":", hsim_replay_verdict_name(v->verdict));
		json_str(stdout, v->detail);
		printf(",\"first_event\":%" PRIu64 ",\"last_event\":%" PRIu64 ",\"events\":%" PRIu64
		       ",\"records\":%" PRIu64 ",\"checkpoints\":%" PRIu64 ",\"pages\":%" PRIu64
		       ",\"digest\":\"%016" PRIx64 "\",\"instructions\":%" PRIu64 ",\"seconds\":%.6f"
		       ",\"masked\":%" PRIu64, v->events ? v->first_event : 0, v->events ? v->last_event : 0,
		       v->events, v->records, v->checkpoints, v->pages, v->digest, v->instructions,
		       v->seconds, v->masked);
		if (v->masked)
			printf(",\"masked_event\":%" PRIu64 ",\"masked_flags\":\"0x%" PRIx64 "\"",
			       v->masked_event, v->masked_flags);
		if (v->verdict == HSIM_REPLAY_EQUIVALENT || v->verdict == HSIM_REPLAY_STOPPED)
			printf(",\"status\":%d,\"exit_code\":%" PRId64, (int)v->status, v->exit_code);
		if (v->verdict == HSIM_REPLAY_DIVERGED) {
			const struct hsim_replay_divergence *d = &v->div;
			printf(",\"divergence\":{\"event\":%" PRIu64 ",\"what\":", d->event);
			json_str(stdout, d->what);
			printf(",\"recorded_record\":\"%s\",\"replayed_record\":\"%s\",\"registers\":",
			       d->rec_type ? hsim_trace_rec_name(d->rec_type) : "none",
			       d->rep_type ? hsim_trace_rec_name(d->rep_type) : "none");
			regdiff_json(stdout, &d->recorded, &d->replayed, d->full, 0);
			if (d->has_exits) {
				printf(",\"recorded_exit\":");
				json_exit(stdout, &d->rec_exit);
				printf(",\"replayed_exit\":");
				json_exit(stdout, &d->rep_exit);
			}
			printf(",\"recent\":");
			recent_insns(stdout, hsim_replay_image(r, i), d, 1);
			printf("}");
		}
		printf("}");
	}
	printf("],\"events\":%" PRIu64 ",\"instructions\":%" PRIu64 ",\"seconds\":%.6f,\"mips\":%.1f,"
	       "\"flag_rules\":", events, insns, secs, secs > 0 ? (double)insns / secs / 1e6 : 0.0);
	json_str(stdout, rules);
	printf(",\"flags_exact\":%s}\n", exact ? "true" : "false");
}

static int status_of(struct hsim_replay *r, const char **verdict)
{
	int diverged = 0, corrupt = 0, truncated = 0, error = 0, interrupted = 0;
	for (unsigned i = 0; i < hsim_replay_vm_count(r); i++) {
		switch (hsim_replay_result(r, i)->verdict) {
		case HSIM_REPLAY_DIVERGED: diverged = 1; break;
		case HSIM_REPLAY_CORRUPT: corrupt = 1; break;
		case HSIM_REPLAY_TRUNCATED: truncated = 1; break;
		case HSIM_REPLAY_INTERRUPTED: interrupted = 1; break;
		case HSIM_REPLAY_ERROR: case HSIM_REPLAY_NOT_RUN: error = 1; break;
		default: break;
		}
	}
	if (diverged) {
		*verdict = "diverged";
		return EXIT_DIVERGED;
	}
	if (corrupt) {
		*verdict = "corrupt";
		return EXIT_TRACE_CORRUPT;
	}
	if (error) {
		*verdict = "error";
		return EXIT_ERROR;
	}
	if (interrupted) {
		*verdict = "interrupted";
		return EXIT_TIMEOUT;
	}
	if (truncated) {
		*verdict = "truncated";
		return EXIT_TRACE_TRUNCATED;
	}
	*verdict = "equivalent";
	return 0;
}

/* ---- options ------------------------------------------------------------------ */

/* 0, CLI_HELP or CLI_ERROR (cli_next), or EXIT_USAGE after a message */
static int parse_opts(struct cli *cl, int argc, char **argv, struct replay_opts *o)
{
	static const struct option opts[] = {
		{ "direct", no_argument, NULL, 'D' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "from", required_argument, NULL, 'f' },
		{ "segment", required_argument, NULL, 'g' },
		{ "timeout", required_argument, NULL, 't' },
		{ "console", no_argument, NULL, 'c' },
		{ "json", no_argument, NULL, 'J' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	uint64_t v, w;
	int c;

	memset(o, 0, sizeof(*o));
	o->cfg.engine = HSIM_ENGINE_SIM;
	o->cfg.from = -1;
	o->cfg.jobs = 1;
	cl->opts = opts;
	cl->shortopts = "j:q";
	while ((c = cli_next(cl, argc, argv)) > 0) {
		switch (c) {
		case 'D': o->cfg.engine = HSIM_ENGINE_KVM; break;
		case 'j':
			if (parse_number(optarg, 0, 1024, &v) < 0 || !v) {
				return cli_fail(cl, "-j takes 1 to 1024 VMs at once, not '%s'", optarg);
			}
			o->cfg.jobs = (unsigned)v;
			break;
		case 'f':
			if (parse_number(optarg, 0, INT64_MAX, &v) < 0) {
				return cli_fail(cl, "--from takes a checkpoint number (0, 1, ...), not '%s'",
						optarg);
			}
			o->cfg.from = (int64_t)v;
			break;
		case 'g': {
			char buf[64];
			snprintf(buf, sizeof(buf), "%s", optarg);
			char *slash = strchr(buf, '/');
			if (slash)
				*slash = 0;
			if (!slash || parse_number(buf, 0, 1u << 20, &v) < 0 ||
			    parse_number(slash + 1, 0, 1u << 20, &w) < 0 || !v || v > w) {
				return cli_fail(cl, "--segment takes K/N with 1 <= K <= N, not '%s'", optarg);
			}
			o->cfg.segment = (unsigned)v;
			o->cfg.nsegments = (unsigned)w;
			break;
		}
		case 't': {
			double t;
			if (parse_seconds(optarg, HSIM_MAX_TIMEOUT, &t) < 0)
				return cli_fail(cl, "--timeout takes seconds, more than 0 and at most %.0f, "
						"not '%s'", HSIM_MAX_TIMEOUT, optarg);
			o->cfg.timeout = t;
			break;
		}
		case 'c': o->console = 1; break;
		case 'J': o->json = 1; break;
		case 'q': o->quiet = 1; break;
		}
	}
	if (c < 0)
		return c;
	if (o->cfg.from >= 0 && o->cfg.nsegments)
		return cli_fail(cl, "--from and --segment do not go together (a segment starts at "
				"its own checkpoint)");
	if (cl->nargs != 1)
		return cli_fail(cl, cl->nargs ? "one trace at a time" :
				"which trace? (hsim replay [options] TRACE.hst)");
	return 0;
}

static void stop_replay(void *r)
{
	hsim_replay_stop(r);
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int cmd_replay(int argc, char **argv)
{
	struct replay_opts o;
	struct hsim_replay *r = NULL;
	char err[256];
	int e;

	struct cli cl = { .name = "replay", .help = replay_help };
	if ((e = parse_opts(&cl, argc, argv, &o)) != 0)
		return e < 0 ? cli_status(e) : e;
	const char *path = cl.args[0];
	if (o.console)
		o.cfg.console = console_out;
	if ((e = hsim_replay_open(&r, path, &o.cfg, err, sizeof(err))) < 0) {
		/* the reader's sentences name the file already */
		if (err[0] && !strncmp(err, path, strlen(path)))
			fprintf(stderr, "hsim: %s\n", err);
		else
			fprintf(stderr, "hsim: %s: %s\n", path, err[0] ? err : hsim_strerror(e));
		return e == HSIM_E_TRACE_CORRUPT ? EXIT_TRACE_CORRUPT :
		       e == HSIM_E_TRACE_TRUNCATED ? EXIT_TRACE_TRUNCATED :
		       e == -ENOMEM ? EXIT_ERROR : EXIT_USAGE;
	}
	if (sigwatch_start() < 0) {
		fprintf(stderr, "hsim: cannot start a thread\n");
		hsim_replay_destroy(r);
		return EXIT_ERROR;
	}
	sigwatch_arm(stop_replay, r);
	struct progress p = { .r = r };
	int bar = !o.json && !o.quiet && isatty(2) &&
		  pthread_create(&p.thread, NULL, progress_thread, &p) == 0;
	double t0 = now_s();
	e = hsim_replay_run(r);
	double secs = now_s() - t0;
	if (bar) {
		atomic_store(&p.done, 1);
		pthread_join(p.thread, NULL);
	}
	int sig = sigwatch_end();
	if (e < 0) {
		fprintf(stderr, "hsim: replay %s: %s%s\n", path, hsim_strerror(e),
			e == HSIM_E_NO_KVM ? " (--direct needs KVM)" : "");
		hsim_replay_destroy(r);
		return EXIT_ERROR;
	}

	const char *verdict;
	int status = status_of(r, &verdict);
	if (sig && status != EXIT_DIVERGED) {
		status = 128 + sig;
		verdict = "interrupted";
	}
	if (o.json) {
		print_json(r, path, verdict, status, secs);
		hsim_replay_destroy(r);
		return status;
	}
	uint64_t events = 0, insns = 0, ckpts = 0;
	unsigned n = hsim_replay_vm_count(r), shown = 0;
	printf("replay %s: %s\n", path, verdict);
	for (unsigned i = 0; i < n; i++) {
		const struct hsim_replay_vm *v = hsim_replay_result(r, i);
		events += v->events;
		insns += v->instructions;
		ckpts += v->checkpoints;
		if (v->verdict == HSIM_REPLAY_DIVERGED) {
			print_divergence(r, i, v);
			continue;
		}
		if (o.quiet && v->verdict == HSIM_REPLAY_EQUIVALENT)
			continue;
		/* many VMs: the first few that are as recorded, all others */
		if (v->verdict == HSIM_REPLAY_EQUIVALENT && n > 8 && shown >= 4)
			continue;
		shown++;
		printf("  vm %u (%s): %s: ", i, image_name(r, i), hsim_replay_verdict_name(v->verdict));
		if (v->events)
			printf("events %" PRIu64 "..%" PRIu64 ", ", v->first_event, v->last_event);
		else
			printf("no events, ");
		if (v->checkpoints)
			printf("%" PRIu64 " checkpoints (%" PRIu64 " pages, digest %016" PRIx64 "), ",
			       v->checkpoints, v->pages, v->digest);
		printf("%s\n", v->detail);
		if (v->masked)
			printf("    %" PRIu64 " times status flags the recorded CPU leaves undefined "
			       "differed and were masked (first at event %" PRIu64 ", flags 0x%" PRIx64 ")\n",
			       v->masked, v->masked_event, v->masked_flags);
	}
	if (n > 8 && shown >= 4 && !o.quiet)
		printf("  ... every other VM equivalent\n");
	if (!o.quiet) {
		int exact;
		const char *rules = hsim_replay_flag_rules(r, &exact);
		printf("%u VM%s, %" PRIu64 " events, %" PRIu64 " checkpoints, %" PRIu64 " instructions "
		       "in %.3f s (%.1f MIPS)%s; undefined flags: %s\n", n, n == 1 ? "" : "s", events,
		       ckpts, insns, secs, secs > 0 ? (double)insns / secs / 1e6 : 0.0,
		       o.cfg.engine == HSIM_ENGINE_KVM ? ", in KVM" : "", rules);
	}
	hsim_replay_destroy(r);
	return status;
}
