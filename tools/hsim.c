/* hsim: command-line front end (run guests in KVM VMs or the simulator). */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include <hsim.h>
#include <hsim/abi.h>

#include "cmds.h"
#include "sigwatch.h"
/* Exit codes (cmds.h), and 128 + the signal when SIGINT, SIGTERM or
 * SIGHUP stopped the run. */

#define MAX_VMS 1024                  /* the library's limit */
#define MAX_CLOCK_STEP 1000000000ull  /* 1 s per read: the clock lasts 584 years of reads */
#define CHECK_LIST 20                 /* findings `hsim check` lists without --all */

static void usage(FILE *f)
{
	fprintf(f,
		"usage: hsim <command> [options]\n"
		"\n"
		"commands:\n"
		"  run [options] prog.elf [prog2.elf ...] [-- ARG ...]\n                                           run guests, one VM each\n"
		"  record -o run.hst [run options] prog.elf ...\n"
		"                                           run and record every exit to a trace\n"
		"                   --checkpoint-every N: also the CPU state and the pages\n"
		"                   written, every N exits of each VM\n"
		"  dump [--vm K] [--from N] [--to M] [--json] run.hst\n"
		"                                           print a trace, one line per record\n"
		"  stat [--json] run.hst                    summarize a trace\n"
		"  export --chrome-trace [--vm K] run.hst   a trace as a timeline (Trace Event\n"
		"                                           Format JSON: Perfetto, chrome://tracing)\n"
		"  replay [--direct] [-j N] [--from K] [--segment K/N] [--json] run.hst\n"
		"                                           run a trace again in the simulator and\n"
		"                                           verify every event (more: replay --help);\n"
		"                                           exit 0 equivalent, 1 diverged, 3 truncated,\n"
		"                                           4 corrupt\n"
		"  diff [--json] [--context N] [--vm V] a.hst b.hst\n                                           the first record two traces differ in (more:\n                                           diff --help); exit 0 equivalent, 1 different,\n                                           3 a trace is truncated, 4 a trace is corrupt\n"
		"  check [--all] prog.elf ...               list instructions hsim cannot run or trap\n"
		"                                           (the first %d of each kind; --all: every one)\n"
		"  events [--events FILE] [--simulate SYM] [prog.elf]\n"
		"                                           print the event list in force\n"
		"  version                                  print the version\n"
		"\n"
		"run options:\n"
		"  --vms N          run N VMs, 1 to %d (guests are assigned round-robin; default:\n"
		"                   one per file; at least one per file)\n"
		"  --sim            run in the pure simulator instead of KVM\n"
		"  --timeout SEC    stop guests still running after SEC seconds (wall clock),\n"
		"                   more than 0 and at most %.0f (a year)\n"
		"  --mem SIZE       guest memory per VM, 8M to 64G in steps of 2M, e.g. 64M, 1G\n"
		"                   (default 128M; all VMs together at most RAM + swap)\n"
		"  --seed N         make hsim_random(), rdrand, rdseed deterministic (N from 1\n"
		"                   to 2^64-1, decimal or 0x hex)\n"
		"  --clock-step NS  the guest's clock advances NS per read (repeatable runs),\n"
		"                   1 to %llu\n"
		"  --simulate SYM   run every call of function SYM in the simulator (repeatable)\n"
		"  --events FILE    classify exits with this event list (docs/events.md)\n"
		"  --disk FILE      back the block device with FILE (read-only)\n"
		"  --disk-rw        let the guest write the disk\n"
		"  --env NAME=VALUE put NAME in the guests' environment (repeatable; default:\n"
		"                   an empty environment)\n"
		"  --stdin FILE     the guests' stdin: FILE, each VM from its start; '-': hsim's\n"
		"                   own stdin, for one VM (default: empty)\n"
		"  --file NAME=PATH the guests may fopen(NAME, \"r\") the host file PATH\n"
		"                   (read-only; repeatable)\n"
		"  -- ARG ...       after the programs: every guest's argv[1...] (argv[0] is\n"
		"                   the program's file name as given)\n"
		"  --regs           print each VM's final registers\n"
		"  --stats          print exits by class, instructions simulated and time per VM\n"
		"  --quiet          no guest console output\n"
		"  --allow-unchecked  run a guest even if `hsim check` lists instructions in it\n"
		"\n"
		"exit status: the guest's exit code (the first non-zero one with several VMs);\n"
		"%d guest fault, %d time limit, %d monitor error, %d usage or load error,\n"
		"%d deadlock (every running VM waits in hsim_recv);\n"
		"129, 130, 143: stopped by SIGHUP, SIGINT, SIGTERM;\n"
		"dump, stat, export: 0 a whole trace, 3 a truncated one, 4 a corrupt one\n",
		CHECK_LIST, MAX_VMS, HSIM_MAX_TIMEOUT, MAX_CLOCK_STEP,
		EXIT_FAULT, EXIT_TIMEOUT, EXIT_ERROR, EXIT_USAGE, EXIT_DEADLOCK);
}

struct console_ctx {
	int prefix;
	int quiet;
};

static void console(void *ctx, unsigned vm, int fd, const char *buf, size_t len)
{
	const struct console_ctx *c = ctx;
	FILE *f = fd == 2 ? stderr : stdout;
	if (c->quiet)
		return;
	if (c->prefix)
		fprintf(f, "[vm %u] ", vm);
	fwrite(buf, 1, len, f);
	if (c->prefix && buf[len - 1] != '\n')
		fputc('\n', f);
	fflush(f);
}

/* A whole number: decimal digits only, or 0x and hex digits if hex is
 * allowed; no sign, no spaces, no overflow. Returns the end or NULL. */
static const char *parse_u64(const char *s, uint64_t *out, int hex)
{
	char *end;
	int base = 10;
	if (hex && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		base = 16;
	if (!isdigit((unsigned char)s[0]) || (base == 16 && !isxdigit((unsigned char)s[2])))
		return NULL;
	errno = 0;
	unsigned long long v = strtoull(s, &end, base);
	if (errno)
		return NULL;
	*out = v;
	return end;
}

int parse_number(const char *s, int hex, uint64_t max, uint64_t *out)
{
	uint64_t v;
	const char *end = parse_u64(s, &v, hex);
	if (!end || *end || v > max)
		return -1;
	*out = v;
	return 0;
}

/* A size with an optional K, M, G or T suffix; -1 if malformed or over
 * 2^64-1 bytes. */
static int parse_size(const char *s, uint64_t *out)
{
	uint64_t v;
	const char *end = parse_u64(s, &v, 0);
	unsigned shift = 0;
	if (!end)
		return -1;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	case 't': case 'T': shift = 40; end++; break;
	default: break;
	}
	if (*end)
		return -1;
	if (shift && v > (UINT64_MAX >> shift))
		return -2; /* well formed, but more than 2^64-1 bytes */
	*out = v << shift;
	return 0;
}

/* "64G", "130M", "1.5T": sizes in messages */
static const char *size_str(uint64_t v, char *buf, size_t n)
{
	static const char unit[] = "KMGTPE";
	int u = -1;
	double d = (double)v;
	while (d >= 1024 && u < 5) {
		d /= 1024;
		u++;
	}
	if (u < 0)
		snprintf(buf, n, "%" PRIu64 " bytes", v);
	else if (d == (double)(uint64_t)d)
		snprintf(buf, n, "%" PRIu64 "%c", (uint64_t)d, unit[u]);
	else
		snprintf(buf, n, "%.1f%c", d, unit[u]);
	return buf;
}

/* Guest memory is mapped with MAP_NORESERVE: only the pages a guest
 * touches cost host memory, so many VMs with a large --mem can share a
 * host. Two things are refused, as no run could go well: one VM with more
 * memory than the host's RAM + swap (a guest that uses its heap would end
 * in the OOM killer, not in hsim), and VMs whose fixed cost alone, paid
 * even by idle VMs, does not fit: KVM keeps about 1/400 of the guest
 * memory as bookkeeping (160 MiB for 64G, measured), counted as 1/256. */
static int check_host_memory(unsigned nvms, uint64_t mem)
{
	struct sysinfo si;
	char a[32], b[32], c[32], d[32];
	if (sysinfo(&si) < 0)
		return 0; /* cannot tell: let the run try */
	uint64_t ram = (uint64_t)si.totalram * si.mem_unit;
	uint64_t swap = (uint64_t)si.totalswap * si.mem_unit;
	uint64_t fixed = (mem / 256) * nvms; /* <= 1024 * 256M: no overflow */
	char host[96];
	if (swap)
		snprintf(host, sizeof(host), "%s RAM + %s swap", size_str(ram, a, sizeof(a)),
			 size_str(swap, b, sizeof(b)));
	else
		snprintf(host, sizeof(host), "%s RAM, no swap", size_str(ram, a, sizeof(a)));
	if (mem > ram + swap) {
		fprintf(stderr, "hsim: --mem %s is more than this host has (%s): a guest that "
			"used it would exhaust the host; lower --mem\n", size_str(mem, c, sizeof(c)), host);
		return -1;
	}
	if (fixed > ram + swap) {
		fprintf(stderr, "hsim: %u VMs x %s: their fixed cost alone (%s, about 1/256 of guest "
			"memory) exceeds this host (%s); lower --mem or --vms\n", nvms,
			size_str(mem, c, sizeof(c)), size_str(fixed, d, sizeof(d)), host);
		return -1;
	}
	return 0;
}

static void print_regs(unsigned vm, const struct hsim_cpu_state *st)
{
	printf("vm %u registers:\n", vm);
	for (unsigned i = 0; i < HSIM_NGPR; i++)
		printf("  %-4s %016" PRIx64 "%s", hsim_gpr_name(i), st->gpr[i], i % 4 == 3 ? "\n" : "");
	printf("  rip  %016" PRIx64 "  rflags %016" PRIx64 "  fs %016" PRIx64 "  gs %016" PRIx64 "\n",
	       st->rip, st->rflags, st->fs_base, st->gs_base);
	for (unsigned i = 0; i < 16; i++)
		printf("  xmm%-2u %016" PRIx64 "%016" PRIx64 "%s", i, st->xmm[i].q[1], st->xmm[i].q[0],
		       i % 2 ? "\n" : "");
	printf("  mxcsr %08x\n", st->mxcsr);
}

static void print_stats(unsigned v, const struct hsim_vm_result *res, const struct hsim_vm *vm)
{
	double mon = res->seconds - res->seconds_vm - res->seconds_sim;
	fprintf(stderr, "vm %u: %s, %.3f s (vm %.3f, simulator %.3f, monitor %.3f), %" PRIu64
		" exits: simple %" PRIu64 ", complex %" PRIu64 ", stop %" PRIu64 "; %" PRIu64
		" hypercalls; %" PRIu64 " instructions simulated",
		v, res->status == HSIM_VM_EXITED ? "exited" : "stopped", res->seconds,
		res->seconds_vm, res->seconds_sim, mon > 0 ? mon : 0.0, res->exits,
		res->events[0], res->events[1], res->events[2], res->hypercalls, res->instructions);
	if (res->seconds_sim > 0 && res->instructions)
		fprintf(stderr, " (%.1f MIPS)", (double)res->instructions / res->seconds_sim / 1e6);
	fputc('\n', stderr);
	/* the entries that decided exits, with their counts */
	const struct hsim_events *ev = hsim_vm_events(vm);
	for (size_t i = 0; ev && i < hsim_events_count(ev); i++) {
		uint64_t n = hsim_vm_event_count(vm, i);
		char line[160];
		if (!n)
			continue;
		hsim_event_format(hsim_events_get(ev, i), line, sizeof(line));
		fprintf(stderr, "vm %u:   %10" PRIu64 "  %s\n", v, n, line);
	}
}

static void print_item(void *ctx, const struct hsim_check_item *it)
{
	FILE *f = ctx;
	char hex[3 * 15 + 1] = "";
	for (unsigned i = 0; i < it->len; i++)
		sprintf(hex + 3 * i, "%02x ", it->bytes[i]);
	fprintf(f, "  0x%08" PRIx64 "  %-24s %-28s %s%s%s%s\n", it->addr, hex,
		it->text[0] ? it->text : it->mnemonic,
		it->why, it->symbol[0] ? " (" : "", it->symbol, it->symbol[0] ? ")" : "");
}

/* Listing findings, at most `limit` of them (0: all), counting the rest. */
struct listing {
	FILE *f;
	unsigned long limit, shown, more;
	int patched; /* list the patched ones instead of the refused ones */
};

static void list_item(void *ctx, const struct hsim_check_item *it)
{
	struct listing *l = ctx;
	if (!it->patched != !l->patched)
		return;
	if (l->limit && l->shown >= l->limit) {
		l->more++;
		return;
	}
	l->shown++;
	print_item(l->f, it);
}

static void list_end(const struct listing *l)
{
	if (l->more)
		fprintf(l->f, "  ... and %lu more%s (--all lists every one)\n", l->more,
			l->patched ? " patched" : "");
}

static int print_findings(const struct hsim_image *img, FILE *f, int all)
{
	struct listing l = { f, all ? 0 : CHECK_LIST, 0, 0, 0 };
	int n = hsim_image_check(img, list_item, &l);
	list_end(&l);
	return n;
}

/* `code` keys may name guest code by symbol (main, main+0x10, a range of
 * them): the event list takes addresses, so they are resolved here against
 * the guest. Writes the rewritten text into out (malloc'd). */
static int resolve_code_keys(const char *text, const struct hsim_image *img, char **out,
			     char *err, size_t errlen)
{
	size_t cap = strlen(text) * 2 + 64, len = 0;
	char *o = malloc(cap);
	unsigned line = 0;
	if (!o)
		return -ENOMEM;
	for (const char *p = text; *p;) {
		const char *eol = strchr(p, '\n');
		size_t n = eol ? (size_t)(eol - p) : strlen(p);
		char buf[512], key[256], rest[256];
		line++;
		if (n < sizeof(buf)) {
			memcpy(buf, p, n);
			buf[n] = 0;
		} else {
			buf[0] = 0;
		}
		/* code KEY CLASS HANDLER, KEY not a number */
		if (img && n < sizeof(buf) && sscanf(buf, " code %255s %255[^\n]", key, rest) == 2 &&
		    !(key[0] >= '0' && key[0] <= '9')) {
			char sym[256];
			unsigned long long off = 0;
			uint64_t addr;
			char *plus = strchr(key, '+');
			snprintf(sym, sizeof(sym), "%.*s", plus ? (int)(plus - key) : (int)strlen(key), key);
			if (plus)
				off = strtoull(plus + 1, NULL, 0);
			if (hsim_image_lookup(img, sym, &addr, NULL) < 0) {
				snprintf(err, errlen, "%u: no symbol '%.100s' in %.100s", line, sym, hsim_image_name(img));
				free(o);
				return HSIM_E_EVENTS;
			}
			len += (size_t)snprintf(o + len, cap - len, "code 0x%llx %s\n",
						(unsigned long long)(addr + off), rest);
		} else {
			memcpy(o + len, p, n);
			len += n;
			o[len++] = '\n';
		}
		o[len] = 0;
		p += n + (eol != NULL);
	}
	*out = o;
	return 0;
}

/* The events file of run and events. */
static int load_events(struct hsim_machine *m, const char *path, const struct hsim_image *img)
{
	struct hsim_events *ev = NULL;
	char err[256] = "", *text = NULL, *resolved = NULL;
	size_t n = 0;
	int r;
	FILE *f = fopen(path, "r");

	if (!f) {
		fprintf(stderr, "hsim: %s: %s\n", path, strerror(errno));
		return -errno;
	}
	text = malloc((1u << 20) + 1);
	if (text)
		n = fread(text, 1, 1u << 20, f);
	int big = text && n == (1u << 20) && fgetc(f) != EOF;
	fclose(f);
	if (!text || big) {
		fprintf(stderr, "hsim: %s: %s\n", path, text ? "larger than 1 MiB" : "out of memory");
		free(text);
		return HSIM_E_EVENTS;
	}
	text[n] = 0;
	if ((r = hsim_events_create(&ev)) < 0 ||
	    (r = resolve_code_keys(text, img, &resolved, err, sizeof(err))) < 0 ||
	    (r = hsim_events_parse(ev, resolved, err, sizeof(err))) < 0 ||
	    (r = hsim_machine_set_events(m, ev)) < 0)
		fprintf(stderr, "hsim: %s:%s\n", path, err[0] ? err : hsim_strerror(r));
	hsim_events_destroy(ev);
	free(text);
	free(resolved);
	return r;
}

static int add_simulated(struct hsim_machine *m, char **syms, int n, const char *file)
{
	for (int i = 0; i < n; i++) {
		char err[256];
		int r = hsim_machine_simulate(m, syms[i], err, sizeof(err));
		if (r < 0) {
			fprintf(stderr, "hsim: --simulate %s: %s%s%s\n", syms[i],
				err[0] ? err : hsim_strerror(r), file ? " " : "", file ? file : "");
			return r;
		}
	}
	return 0;
}

static int cmd_check(int argc, char **argv)
{
	int status = 0, all = 0, first = 1;
	if (argc > 1 && !strcmp(argv[1], "--all")) {
		all = 1;
		first = 2;
	}
	if (argc <= first) {
		fprintf(stderr, "usage: hsim check [--all] prog.elf ...\n");
		return EXIT_USAGE;
	}
	for (int i = first; i < argc; i++) {
		struct hsim_image *img;
		int r = hsim_image_load_file(&img, argv[i]);
		if (r < 0) {
			fprintf(stderr, "hsim: %s: %s\n", argv[i], hsim_strerror(r));
			status = EXIT_USAGE;
			continue;
		}
		printf("%s:\n", argv[i]);
		int n = print_findings(img, stdout, all);
		/* informational: these run exactly, as monitor events */
		struct listing l = { stdout, all ? 0 : CHECK_LIST, 0, 0, 1 };
		hsim_image_check(img, list_item, &l);
		list_end(&l);
		if (n == 0)
			printf("  clean: every instruction is simulated and traps where it must\n");
		else {
			printf("  %d instruction%s hsim cannot run exactly\n", n, n == 1 ? "" : "s");
			status = 1;
		}
		hsim_image_destroy(img);
	}
	return status;
}

static void stop_machine(void *m)
{
	hsim_machine_stop(m);
}

static int cmd_run(int argc, char **argv, const char *record, int all_argc, char **all_argv)
{
	static const struct option opts[] = {
		{ "vms", required_argument, NULL, 'n' },
		{ "sim", no_argument, NULL, 's' },
		{ "timeout", required_argument, NULL, 't' },
		{ "mem", required_argument, NULL, 'm' },
		{ "seed", required_argument, NULL, 'S' },
		{ "regs", no_argument, NULL, 'r' },
		{ "stats", no_argument, NULL, 'x' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "allow-unchecked", no_argument, NULL, 'A' },
		{ "clock-step", required_argument, NULL, 'C' },
		{ "simulate", required_argument, NULL, 'F' },
		{ "events", required_argument, NULL, 'E' },
		{ "disk", required_argument, NULL, 'D' },
		{ "disk-rw", no_argument, NULL, 'W' },
		{ "output", required_argument, NULL, 'o' },
		{ "checkpoint-every", required_argument, NULL, 'K' },
		/* debugging, not in the usage: see checkpoint_verify */
		{ "checkpoint-verify", no_argument, NULL, 'V' },
		{ "env", required_argument, NULL, 'N' },
		{ "stdin", required_argument, NULL, 'I' },
		{ "file", required_argument, NULL, 'L' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct hsim_machine_config cfg = { 0 };
	const char *events_file = NULL, *trace_path = NULL;
	char *simulate[argc > 0 ? argc : 1]; /* --simulate symbols: at most one per argument */
	int nsimulate = 0;
	const char *genv[argc + 1], **gargv = NULL; /* --env strings; the guests' argv */
	int nenv = 0, ngargs = 0;
	const char *stdin_path = NULL, *gfiles[argc + 1]; /* --stdin; --file NAME=PATH */
	int ngfiles = 0;
	struct console_ctx cctx = { 0 };
	unsigned nvms = 0;
	int regs = 0, stats = 0, allow = 0, c, r, status = 0;
	char *end;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+n:st:m:S:rxqho:", opts, NULL)) != -1) {
		switch (c) {
		case 'n': {
			uint64_t v;
			const char *e = parse_u64(optarg, &v, 0);
			if (!e || *e || v == 0 || v > MAX_VMS) {
				fprintf(stderr, "hsim: --vms wants a number from 1 to %d, not '%s'\n",
					MAX_VMS, optarg);
				return EXIT_USAGE;
			}
			nvms = (unsigned)v;
			break;
		}
		case 's': cfg.engine = HSIM_ENGINE_SIM; break;
		case 't':
			/* strtod takes "inf", "nan" and 1e30: none is a limit */
			errno = 0;
			cfg.timeout = strtod(optarg, &end);
			if (end == optarg || *end || isspace((unsigned char)optarg[0]) ||
			    !isfinite(cfg.timeout) || !(cfg.timeout > 0) ||
			    cfg.timeout > HSIM_MAX_TIMEOUT) {
				fprintf(stderr, "hsim: --timeout wants seconds, more than 0 and at most "
					"%.0f (a year), not '%s'\n", HSIM_MAX_TIMEOUT, optarg);
				return EXIT_USAGE;
			}
			break;
		case 'm': {
			char a[32], b[32];
			uint64_t v;
			int pr = parse_size(optarg, &v);
			if (pr == -1) {
				fprintf(stderr, "hsim: --mem wants a size such as 512M or 4G, not '%s'\n",
					optarg);
				return EXIT_USAGE;
			}
			if (pr < 0 || v < (8u << 20) || v > HSIM_GUEST_MAX_MEM || v % (2u << 20)) {
				fprintf(stderr, "hsim: --mem %s: guest memory is a multiple of 2M from 8M "
					"to %s\n", pr == 0 && v > HSIM_GUEST_MAX_MEM ?
					size_str(v, a, sizeof(a)) : optarg,
					size_str(HSIM_GUEST_MAX_MEM, b, sizeof(b)));
				return EXIT_USAGE;
			}
			cfg.mem_size = v;
			break;
		}
		case 'S': {
			const char *e = parse_u64(optarg, &cfg.seed, 1);
			if (!e || *e || cfg.seed == 0) {
				/* 0 is how the library says "unseeded" */
				fprintf(stderr, "hsim: --seed wants a number from 1 to 2^64-1 "
					"(decimal or 0x hex), not '%s'\n", optarg);
				return EXIT_USAGE;
			}
			break;
		}
		case 'r': regs = 1; break;
		case 'x': stats = 1; break;
		case 'q': cctx.quiet = 1; break;
		case 'A': allow = 1; break;
		case 'C': {
			const char *e = parse_u64(optarg, &cfg.clock_step_ns, 0);
			if (!e || *e || !cfg.clock_step_ns || cfg.clock_step_ns > MAX_CLOCK_STEP) {
				fprintf(stderr, "hsim: --clock-step wants nanoseconds from 1 to %llu, "
					"not '%s'\n", MAX_CLOCK_STEP, optarg);
				return EXIT_USAGE;
			}
			break;
		}
		case 'F': simulate[nsimulate++] = optarg; break;
		case 'E': events_file = optarg; break;
		case 'D': cfg.disk = optarg; break;
		case 'W': cfg.disk_writable = 1; break;
		case 'o':
			if (!record) {
				fprintf(stderr, "hsim: run: -o/--output is an option of `hsim record`\n");
				return EXIT_USAGE;
			}
			trace_path = optarg;
			break;
		case 'K': {
			const char *e = record ? parse_u64(optarg, &cfg.checkpoint_every, 0) : NULL;
			if (!record) {
				fprintf(stderr, "hsim: run: --checkpoint-every is an option of `hsim record`\n");
				return EXIT_USAGE;
			}
			if (!e || *e || !cfg.checkpoint_every) {
				fprintf(stderr, "hsim: --checkpoint-every wants a number of exits from 1 "
					"to 2^64-1, not '%s'\n", optarg);
				return EXIT_USAGE;
			}
			break;
		}
		case 'V': cfg.checkpoint_verify = 1; break;
		case 'N':
			if (optarg[0] == '=' || !strchr(optarg, '=')) {
				fprintf(stderr, "hsim: --env wants NAME=VALUE, not '%s'\n", optarg);
				return EXIT_USAGE;
			}
			genv[nenv++] = optarg;
			break;
		case 'I': stdin_path = optarg; break;
		case 'L':
			if (optarg[0] == '=' || !strchr(optarg, '=') || strchr(optarg, '=')[1] == 0) {
				fprintf(stderr, "hsim: --file wants NAME=PATH, not '%s'\n", optarg);
				return EXIT_USAGE;
			}
			gfiles[ngfiles++] = optarg;
			break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return EXIT_USAGE;
		}
	}
	genv[nenv] = NULL;
	/* the words after `--` are every guest's argv[1], argv[2], ... */
	for (int i = optind; i < argc; i++)
		if (!strcmp(argv[i], "--")) {
			ngargs = argc - i - 1;
			argc = i;
			break;
		}
	const char *gargs[ngargs + 2];
	gargv = gargs;
	for (int i = 0; i < ngargs; i++)
		gargs[i + 1] = argv[argc + 1 + i];
	gargs[ngargs + 1] = NULL;
	int nfiles = argc - optind;
	if (record && !trace_path) {
		fprintf(stderr, "hsim: record: no trace file given (-o FILE)\n");
		return EXIT_USAGE;
	}
	if (nfiles < 1) {
		fprintf(stderr, "hsim run: no guest program given\n");
		usage(stderr);
		return EXIT_USAGE;
	}
	for (int i = optind + 1; i < argc; i++)
		if (argv[i][0] == '-') {
			fprintf(stderr, "hsim run: options go before the guest programs ('%s')\n",
				argv[i]);
			return EXIT_USAGE;
		}
	if (nfiles > MAX_VMS) {
		fprintf(stderr, "hsim run: %d guest programs: at most %d VMs\n", nfiles, MAX_VMS);
		return EXIT_USAGE;
	}
	if (!nvms)
		nvms = (unsigned)nfiles;
	if (nvms < (unsigned)nfiles) {
		/* round-robin would leave the last ones out */
		fprintf(stderr, "hsim run: %d guest programs for %u VM%s: give --vms %d or more, "
			"or fewer programs\n", nfiles, nvms, nvms == 1 ? "" : "s", nfiles);
		return EXIT_USAGE;
	}
	if (check_host_memory(nvms, cfg.mem_size ? cfg.mem_size : HSIM_GUEST_DEFAULT_MEM) < 0)
		return EXIT_USAGE;

	/* Each KVM VM holds three descriptors; many VMs need more than the
	 * usual soft limit of 1024. */
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}

	struct hsim_image **imgs = calloc((size_t)nfiles, sizeof(*imgs));
	struct hsim_machine *m = NULL;
	if (!imgs)
		return EXIT_ERROR;

	/* From here on SIGINT, SIGTERM and SIGHUP stop the run (sigwatch.h);
	 * the VM threads inherit the blocked mask. */
	if (sigwatch_start() < 0) {
		fprintf(stderr, "hsim: cannot start a thread\n");
		free(imgs);
		return EXIT_ERROR;
	}
	for (int i = 0; i < nfiles; i++) {
		if ((r = hsim_image_load_file(&imgs[i], argv[optind + i])) < 0) {
			fprintf(stderr, "hsim: %s: %s\n", argv[optind + i], hsim_strerror(r));
			status = EXIT_USAGE;
			goto out;
		}
		/* Instructions that KVM would run untrapped here, or that the
		 * simulator would not run as the CPU does: refuse, and say which. */
		if (!allow && hsim_image_check(imgs[i], NULL, NULL) > 0) {
			fprintf(stderr, "hsim: %s uses instructions hsim cannot run exactly:\n",
				argv[optind + i]);
			print_findings(imgs[i], stderr, 0);
			fprintf(stderr, "hsim: refusing to run it (--allow-unchecked overrides)\n");
			status = EXIT_USAGE;
			goto out;
		}
	}
	cctx.prefix = nvms > 1;
	cfg.console_tty = isatty(STDOUT_FILENO) == 1;
	cfg.console = console;
	cfg.console_ctx = &cctx;
	if ((r = hsim_machine_create(&m, &cfg)) < 0) {
		fprintf(stderr, "hsim: %s\n", r == HSIM_E_INVAL ?
			"bad machine configuration" :
			hsim_strerror(r));
		status = EXIT_USAGE;
		goto out;
	}
	for (unsigned v = 0; v < nvms; v++) {
		const struct hsim_image *img = imgs[v % (unsigned)nfiles];
		if ((r = hsim_machine_add_vm(m, img)) < 0) {
			fprintf(stderr, "hsim: %s: %s\n", hsim_image_name(img), hsim_strerror(r));
			status = EXIT_USAGE;
			goto out;
		}
		gargv[0] = argv[optind + (int)(v % (unsigned)nfiles)]; /* as given */
		if ((r = hsim_machine_set_args(m, v, ngargs + 1, gargv, genv)) < 0) {
			fprintf(stderr, "hsim: the guest's arguments and environment: %s\n",
				r == -E2BIG ? "more than 256 KiB" : hsim_strerror(r));
			status = EXIT_USAGE;
			goto out;
		}
	}
	if (stdin_path && nvms > 1 && !strcmp(stdin_path, "-")) {
		fprintf(stderr, "hsim: --stdin -: hsim's stdin goes to one VM, not %u (give a file)\n",
			nvms);
		status = EXIT_USAGE;
		goto out;
	}
	if (stdin_path && (r = hsim_machine_set_stdin(m, stdin_path)) < 0) {
		fprintf(stderr, "hsim: --stdin %s: %s\n", stdin_path,
			r == -EINVAL ? "not a regular file" : hsim_strerror(r));
		status = EXIT_USAGE;
		goto out;
	}
	for (int i = 0; i < ngfiles; i++) {
		char name[256];
		const char *eq = strchr(gfiles[i], '=');
		snprintf(name, sizeof(name), "%.*s", (int)(eq - gfiles[i]), gfiles[i]);
		if ((size_t)(eq - gfiles[i]) > 255 || (r = hsim_machine_add_file(m, name, eq + 1)) < 0) {
			fprintf(stderr, "hsim: --file %s: %s\n", gfiles[i], (size_t)(eq - gfiles[i]) > 255 ?
				"the name is longer than 255 bytes" : r == -EINVAL ? "not a regular file" :
				r == -EEXIST ? "that name is given twice" : hsim_strerror(r));
			status = EXIT_USAGE;
			goto out;
		}
	}
	if ((events_file && load_events(m, events_file, imgs[0]) < 0) ||
	    add_simulated(m, simulate, nsimulate, NULL) < 0) {
		status = EXIT_USAGE;
		goto out;
	}
	if (trace_path &&
	    (r = hsim_machine_record(m, trace_path, all_argc, (const char *const *)all_argv)) < 0) {
		fprintf(stderr, "hsim: %s: %s\n", trace_path, hsim_strerror(r));
		status = EXIT_USAGE;
		goto out;
	}
	sigwatch_arm(stop_machine, m); /* also for a signal while loading */
	if ((r = hsim_machine_run(m)) < 0) {
		if (trace_path && r != HSIM_E_NO_KVM) {
			fprintf(stderr, "hsim: cannot record to %s: %s\n", trace_path, hsim_strerror(r));
			status = EXIT_USAGE;
			goto out;
		}
		fprintf(stderr, "hsim: %s%s\n", hsim_strerror(r),
			r == HSIM_E_NO_KVM ? " (try --sim)" : "");
		status = EXIT_ERROR;
		goto out;
	}
	for (unsigned v = 0; v < nvms; v++) {
		struct hsim_vm_result res;
		char line[256];
		const struct hsim_image *img = imgs[v % (unsigned)nfiles];
		int code;

		hsim_machine_result(m, v, &res);
		switch (res.status) {
		case HSIM_VM_EXITED: code = res.exit_code & 0xff; break;
		case HSIM_VM_FAULT: code = EXIT_FAULT; break;
		case HSIM_VM_TIMEOUT: code = EXIT_TIMEOUT; break;
		case HSIM_VM_INTERRUPTED: code = 128 + sigwatch_signal(); break;
		case HSIM_VM_DEADLOCK: code = EXIT_DEADLOCK; break;
		default: code = EXIT_ERROR; break;
		}
		if (res.status != HSIM_VM_EXITED) {
			hsim_vm_result_describe(&res, img, line, sizeof(line));
			fprintf(stderr, "vm %u: %s\n", v, line);
		}
		if (stats)
			print_stats(v, &res, hsim_machine_vm(m, v));
		if (regs)
			print_regs(v, &res.regs);
		if (code && !status)
			status = code;
	}
	if (trace_path) {
		uint64_t bytes, records;
		if ((r = hsim_machine_record_status(m, &bytes, &records)) < 0) {
			fprintf(stderr, "hsim: recording %s failed: %s (what was written before still reads)\n",
				trace_path, hsim_strerror(r));
			if (!status)
				status = EXIT_ERROR;
		} else if (stats) {
			fprintf(stderr, "trace %s: %" PRIu64 " records, %" PRIu64 " bytes\n", trace_path,
				records, bytes);
		}
	}
out:
	fflush(stdout);
	/* a signal from now on acts as usual (it ends hsim); stopped by one:
	 * say so, whatever the guests did */
	int sig = sigwatch_end();
	if (sig)
		status = 128 + sig;
	hsim_machine_destroy(m);
	for (int i = 0; i < nfiles; i++)
		hsim_image_destroy(imgs[i]);
	free(imgs);
	return status;
}

/* hsim events: the list a run would use, one line per entry, in the file
 * syntax (so that it can be saved, edited and given back with --events). */
static int cmd_events(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "events", required_argument, NULL, 'E' },
		{ "simulate", required_argument, NULL, 'F' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct hsim_machine_config cfg = { .engine = HSIM_ENGINE_SIM };
	struct hsim_machine *m = NULL;
	struct hsim_image *img = NULL;
	const char *events_file = NULL;
	char *simulate[argc > 0 ? argc : 1]; /* --simulate symbols: at most one per argument */
	int nsimulate = 0, c, r, status = 0;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (c) {
		case 'E': events_file = optarg; break;
		case 'F': simulate[nsimulate++] = optarg; break;
		case 'h':
			printf("usage: hsim events [--events FILE] [--simulate SYM ...] [prog.elf]\n");
			return 0;
		default:
			return EXIT_USAGE;
		}
	}
	if (argc - optind > 1 || (nsimulate && argc - optind != 1)) {
		fprintf(stderr, "usage: hsim events [--events FILE] [--simulate SYM ...] [prog.elf]\n");
		return EXIT_USAGE;
	}
	if ((r = hsim_machine_create(&m, &cfg)) < 0)
		goto fail;
	if (argc - optind == 1) {
		if ((r = hsim_image_load_file(&img, argv[optind])) < 0) {
			fprintf(stderr, "hsim: %s: %s\n", argv[optind], hsim_strerror(r));
			status = EXIT_USAGE;
			goto out;
		}
		if ((r = hsim_machine_add_vm(m, img)) < 0)
			goto fail;
	}
	if ((events_file && load_events(m, events_file, img) < 0) ||
	    (img && add_simulated(m, simulate, nsimulate, NULL) < 0)) {
		status = EXIT_USAGE;
		goto out;
	}
	struct hsim_events *ev;
	if ((r = hsim_machine_event_list(m, img ? 0 : -1, &ev)) < 0)
		goto fail;
	for (size_t i = 0; i < hsim_events_count(ev); i++) {
		char line[160];
		hsim_event_format(hsim_events_get(ev, i), line, sizeof(line));
		printf("%s\n", line);
	}
	hsim_events_destroy(ev);
	goto out;
fail:
	fprintf(stderr, "hsim: %s\n", hsim_strerror(r));
	status = EXIT_ERROR;
out:
	hsim_machine_destroy(m);
	hsim_image_destroy(img);
	return status;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "run"))
		return cmd_run(argc - 1, argv + 1, NULL, argc, argv);
	if (!strcmp(cmd, "record"))
		return cmd_run(argc - 1, argv + 1, "record", argc, argv);
	if (!strcmp(cmd, "check"))
		return cmd_check(argc - 1, argv + 1);
	if (!strcmp(cmd, "events"))
		return cmd_events(argc - 1, argv + 1);
	if (!strcmp(cmd, "dump"))
		return cmd_dump(argc - 1, argv + 1);
	if (!strcmp(cmd, "stat"))
		return cmd_stat(argc - 1, argv + 1);
	if (!strcmp(cmd, "export"))
		return cmd_export(argc - 1, argv + 1);
	if (!strcmp(cmd, "replay"))
		return cmd_replay(argc - 1, argv + 1);
	if (!strcmp(cmd, "diff"))
		return cmd_diff(argc - 1, argv + 1);
	if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
		printf("hsim %s\n", hsim_version_string());
		return 0;
	}
	if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
		usage(stdout);
		return 0;
	}
	fprintf(stderr, "hsim: unknown command '%s'\n", cmd);
	usage(stderr);
	return EXIT_USAGE;
}
