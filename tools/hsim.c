/* hsim: command-line front end (run guests in KVM VMs or the simulator). */
#include <ctype.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include <hsim.h>
#include <hsim/abi.h>

#include "cmds.h"
#include "sigwatch.h"
#include "trace_view.h"
/* Exit codes (cmds.h), and 128 + the signal when SIGINT, SIGTERM or
 * SIGHUP stopped the run. */

#define MAX_VMS 1024                  /* the library's limit */
#define MAX_CLOCK_STEP 1000000000ull  /* 1 s per read: the clock lasts 584 years of reads */
#define CHECK_LIST 20                 /* findings `hsim check` lists without --all */

/* `hsim help`: the commands; each command's own help comes with it. */
static void usage(FILE *f)
{
	fprintf(f,
		"usage: hsim <command> [options] [files]\n"
		"\n"
		"commands:\n"
		"  run [options] prog.elf [prog2.elf ...]   run guests, one VM each\n"
		"  record -o run.hst [run options] prog.elf ...\n"
		"                                           run and record every exit to a trace\n"
		"  dump [--vm K] [--from N] [--to M] [--json] run.hst\n"
		"                                           print a trace, one line per record\n"
		"  stat [--json] run.hst                    summarize a trace\n"
		"  export --chrome-trace [--vm K] run.hst   a trace as a timeline (Trace Event\n"
		"                                           Format JSON: Perfetto, chrome://tracing)\n"
		"  replay [--direct] [-j N] [--from K] [--segment K/N] [--json] run.hst\n"
		"                                           run a trace again in the simulator and\n"
		"                                           verify every event\n"
		"  diff [--json] [--context N] [--vm V] a.hst b.hst\n"
		"                                           the first record two traces differ in\n"
		"  check [--all] [--json] prog.elf ...      list instructions hsim cannot run or trap\n"
		"  events [--events FILE] [--simulate SYM] [prog.elf]\n"
		"                                           print the event list in force\n"
		"  help [command]                           this list, or a command's help\n"
		"  version                                  print the version\n"
		"\n"
		"`hsim help CMD` or `hsim CMD --help`: a command's options and exit status;\n"
		"`man hsim`: all of them. Options may come before or after the file names;\n"
		"`--` ends the options.\n");
}

static const char run_help[] =
	"usage: hsim run [options] prog.elf [prog2.elf ...] [-- guest-args ...]\n"
	"Runs each guest program in a VM of its own (Linux KVM, or the simulator).\n"
	"\n"
	"  --vms N          run N VMs, 1 to 1024 (guests are assigned round-robin;\n"
	"                   default: one per file; at least one per file)\n"
	"  --sim            run in the pure simulator instead of KVM\n"
	"  --timeout SEC    stop guests still running after SEC seconds (wall clock),\n"
	"                   more than 0 and at most 31536000 (a year)\n"
	"  --mem SIZE       guest memory per VM, 8M to 64G in steps of 2M, e.g. 64M, 1G\n"
	"                   (default 128M; all VMs together at most RAM + swap)\n"
	"  --seed N         make hsim_random(), rdrand, rdseed deterministic: N from 1\n"
	"                   to 2^64-1, decimal or 0x hex (0 is refused: without --seed\n"
	"                   the numbers come from the host)\n"
	"  --clock-step NS  the guest's clock advances NS per read (repeatable runs),\n"
	"                   1 to 1000000000\n"
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
	"                   (on stderr)\n"
	"  --json           with --stats: the statistics as one JSON object on stdout\n"
	"  -q, --quiet      no guest console output\n"
	"  --allow-unchecked  run a guest even if `hsim check` lists instructions in it\n"
	"  -h, --help       this help\n"
	"\n"
	"Messages about a VM name it and its file: `hsim: vm 1 (b.elf): guest fault\n"
	"#UD at 0x401234 (main+0x14)`.\n"
	"\n"
	"exit status, one VM: its exit code; 125 it faulted, 124 time limit, 123\n"
	"deadlock (every running VM waits in hsim_recv), 126 monitor error;\n"
	"several VMs: the worst outcome of any VM, in this order: 126, 125, 124, 123,\n"
	"then the exit code of the first VM (lowest number) that exited non-zero, else 0;\n"
	"2 usage or load error; 129, 130, 143: stopped by SIGHUP, SIGINT, SIGTERM.\n";

static const char record_help[] =
	"usage: hsim record -o run.hst [options] prog.elf [prog2.elf ...]\n"
	"Runs exactly as `hsim run` does (it takes every `hsim run` option, see\n"
	"`hsim run --help`) and records every exit, input and state move to a trace.\n"
	"\n"
	"  -o, --output FILE      the trace to write (required)\n"
	"  --checkpoint-every N   also the CPU state and the pages written, every N\n"
	"                         exits of each VM (N from 1 to 2^64-1)\n"
	"  -h, --help             this help\n"
	"\n"
	"exit status: as `hsim run`; 2 also when the trace cannot be written at all,\n"
	"126 when recording failed part way (what was written before still reads).\n";

static const char check_help[] =
	"usage: hsim check [--all] [--json] prog.elf ...\n"
	"Lists the instructions of each guest that hsim cannot run exactly (KVM would\n"
	"run them untrapped, or the simulator does not run them as the CPU does), and\n"
	"those patched into traps at load time (they run exactly, as monitor events).\n"
	"\n"
	"  --all        every finding (default: the first 20 of each kind)\n"
	"  --json       one JSON object on stdout: {\"files\":[{\"file\":F,\"ok\":B,\n"
	"               \"error\":null|\"..\",\"findings\":N,\"refused\":[{item}],\n"
	"               \"patched\":[{item}]}]}, each item {\"addr\":\"0x..\",\n"
	"               \"bytes\":\"..\",\"text\":\"..\",\"why\":\"..\",\"symbol\":\"..\"}\n"
	"  -h, --help   this help\n"
	"\n"
	"exit status: 0 every file is clean, 1 some file has findings, 2 usage error\n"
	"or a file that does not load.\n";

static const char events_help[] =
	"usage: hsim events [--events FILE] [--simulate SYM ...] [prog.elf]\n"
	"Prints the event list a run would use, one entry per line in the file\n"
	"syntax (docs/events.md), so that it can be edited and given back.\n"
	"\n"
	"  --events FILE    start from this event list\n"
	"  --simulate SYM   add the breakpoint entries of --simulate SYM (needs\n"
	"                   prog.elf; repeatable)\n"
	"  -h, --help       this help\n"
	"\n"
	"exit status: 0, 2 usage error or a bad file, 126 internal error.\n";

/* ---- the command line: cmds.h --------------------------------------------- */

static void cli_vsay(const struct cli *c, int try, const char *fmt, va_list ap)
{
	fprintf(stderr, "hsim: %s: ", c->name);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	if (try)
		fprintf(stderr, "Try 'hsim %s --help'.\n", c->name);
}

int cli_fail(const struct cli *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cli_vsay(c, 0, fmt, ap);
	va_end(ap);
	return EXIT_USAGE;
}

int cli_usage(const struct cli *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cli_vsay(c, 1, fmt, ap);
	va_end(ap);
	return EXIT_USAGE;
}

int cli_status(int c)
{
	return c == CLI_HELP ? 0 : EXIT_USAGE;
}

/* The message for getopt's '?' or ':' on word w (the word getopt was
 * reading: a long option is one word, a short one a letter of a cluster). */
static void cli_bad_option(const struct cli *c, const char *w, int missing)
{
	if (w[0] == '-' && w[1] == '-') {
		int n = (int)strcspn(w, "=");
		if (missing)
			cli_usage(c, "option '%.*s' needs a value", n, w);
		else if (w[n] == '=' && optopt)
			cli_usage(c, "option '%.*s' takes no value", n, w);
		else
			cli_usage(c, "unknown option '%s'", w);
	} else if (missing) {
		cli_usage(c, "option '-%c' needs a value", optopt);
	} else {
		cli_usage(c, "unknown option '-%c'", optopt);
	}
}

int cli_next(struct cli *c, int argc, char **argv)
{
	char spec[64];

	if (!c->args) {
		/* first call: getopt starts afresh (optind 0 resets glibc's state) */
		c->args = argv + 1;
		c->rest = argv + argc;
		c->nargs = c->nrest = 0;
		optind = 0;
	}
	/* "-": operands come back in order as 1, so `--` keeps its place;
	 * ":": a missing value is ':', not '?'; our own messages */
	snprintf(spec, sizeof(spec), "-:%sh", c->shortopts ? c->shortopts : "");
	opterr = 0;
	for (;;) {
		int at = optind ? optind : 1;
		int o = getopt_long(argc, argv, spec, c->opts, NULL);
		switch (o) {
		case 1:
			c->args[c->nargs++] = optarg; /* an earlier slot: already read */
			break;
		case -1:
			for (int i = optind; i < argc; i++) {
				if (!c->keep_rest)
					c->args[c->nargs++] = argv[i];
				else if (!c->nrest++)
					c->rest = argv + i;
			}
			return 0;
		case 'h':
			fputs(c->help, stdout);
			return CLI_HELP;
		case '?':
		case ':':
			cli_bad_option(c, argv[at < argc ? at : argc - 1], o == ':');
			return CLI_ERROR;
		default:
			return o;
		}
	}
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
	if (!c->prefix)
		fwrite(buf, 1, len, f);
	else
		print_vm_lines(f, vm, buf, len);
	fflush(f);
}

void print_vm_lines(FILE *f, unsigned vm, const char *buf, size_t len)
{
	while (len) {
		const char *nl = memchr(buf, '\n', len);
		size_t n = nl ? (size_t)(nl - buf) + 1 : len;
		fprintf(f, "[vm %u] %.*s%s", vm, (int)n, buf, nl ? "" : "\n");
		buf += n;
		len -= n;
	}
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

int parse_seconds(const char *s, double max, double *out)
{
	char *end;
	/* strtod also takes a sign, spaces, "inf", "nan", hex and 1e30 */
	if (!isdigit((unsigned char)s[0]) && !(s[0] == '.' && isdigit((unsigned char)s[1])))
		return -1;
	if (strpbrk(s, "xXpP"))
		return -1;
	errno = 0;
	double v = strtod(s, &end);
	if (end == s || *end || errno || !isfinite(v) || !(v > 0) || v > max)
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

static void print_stats(unsigned v, const char *file, const struct hsim_vm_result *res,
			const struct hsim_vm *vm)
{
	double mon = res->seconds - res->seconds_vm - res->seconds_sim;
	fprintf(stderr, "vm %u (%s): %s, %.3f s (vm %.3f, simulator %.3f, monitor %.3f), %" PRIu64
		" exits: simple %" PRIu64 ", complex %" PRIu64 ", stop %" PRIu64 "; %" PRIu64
		" hypercalls; %" PRIu64 " instructions simulated",
		v, file, res->status == HSIM_VM_EXITED ? "exited" : "stopped", res->seconds,
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
		fprintf(stderr, "vm %u (%s):   %10" PRIu64 "  %s\n", v, file, n, line);
	}
}

static const char *status_name(enum hsim_vm_status s)
{
	switch (s) {
	case HSIM_VM_EXITED: return "exited";
	case HSIM_VM_FAULT: return "fault";
	case HSIM_VM_TIMEOUT: return "timeout";
	case HSIM_VM_INTERRUPTED: return "interrupted";
	case HSIM_VM_DEADLOCK: return "deadlock";
	case HSIM_VM_ERROR: return "error";
	default: return "not_run";
	}
}

/* One VM of `hsim run --stats --json`: what print_stats prints, as an
 * object (and the registers with --regs). */
static void print_stats_json(unsigned v, const char *file, const struct hsim_vm_result *res,
			     const struct hsim_vm *vm, const char *message, int regs)
{
	double mon = res->seconds - res->seconds_vm - res->seconds_sim;
	printf("%s{\"vm\":%u,\"file\":", v ? "," : "", v);
	json_str(stdout, file);
	printf(",\"status\":\"%s\",", status_name(res->status));
	if (res->status == HSIM_VM_EXITED)
		printf("\"exit_code\":%d,\"message\":null", res->exit_code);
	else {
		printf("\"exit_code\":null,\"message\":");
		json_str(stdout, message);
	}
	printf(",\"seconds\":%.6f,\"seconds_vm\":%.6f,\"seconds_sim\":%.6f,\"seconds_monitor\":%.6f,"
	       "\"exits\":%" PRIu64 ",\"simple\":%" PRIu64 ",\"complex\":%" PRIu64 ",\"stop\":%" PRIu64
	       ",\"hypercalls\":%" PRIu64 ",\"instructions\":%" PRIu64 ",\"events\":[",
	       res->seconds, res->seconds_vm, res->seconds_sim, mon > 0 ? mon : 0.0, res->exits,
	       res->events[0], res->events[1], res->events[2], res->hypercalls, res->instructions);
	const struct hsim_events *ev = hsim_vm_events(vm);
	int first = 1;
	for (size_t i = 0; ev && i < hsim_events_count(ev); i++) {
		uint64_t n = hsim_vm_event_count(vm, i);
		char line[160];
		if (!n)
			continue;
		hsim_event_format(hsim_events_get(ev, i), line, sizeof(line));
		printf("%s{\"entry\":", first ? "" : ",");
		json_str(stdout, line);
		printf(",\"count\":%" PRIu64 "}", n);
		first = 0;
	}
	printf("]");
	if (regs) {
		printf(",\"regs\":{");
		for (unsigned i = 0; i < HSIM_NGPR; i++)
			printf("\"%s\":\"0x%" PRIx64 "\",", hsim_gpr_name(i), res->regs.gpr[i]);
		printf("\"rip\":\"0x%" PRIx64 "\",\"rflags\":\"0x%" PRIx64 "\"}", res->regs.rip,
		       res->regs.rflags);
	}
	printf("}");
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

/* Listing findings, at most `limit` of them (0: all), counting the rest;
 * or (json) every one, as JSON objects. */
struct listing {
	FILE *f;
	unsigned long limit, shown, more;
	int patched; /* list the patched ones instead of the refused ones */
	int json;
};

static void json_item(FILE *f, const struct hsim_check_item *it, int first)
{
	char hex[3 * 15 + 1] = "";
	for (unsigned i = 0; i < it->len; i++)
		sprintf(hex + 3 * i, "%s%02x", i ? " " : "", it->bytes[i]);
	fprintf(f, "%s{\"addr\":\"0x%" PRIx64 "\",\"bytes\":\"%s\",\"text\":", first ? "" : ",",
		it->addr, hex);
	json_str(f, it->text[0] ? it->text : it->mnemonic);
	fprintf(f, ",\"why\":");
	json_str(f, it->why);
	fprintf(f, ",\"symbol\":");
	json_str(f, it->symbol);
	fprintf(f, "}");
}

static void list_item(void *ctx, const struct hsim_check_item *it)
{
	struct listing *l = ctx;
	if (!it->patched != !l->patched)
		return;
	if (l->json) {
		json_item(l->f, it, !l->shown++);
		return;
	}
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
	struct listing l = { f, all ? 0 : CHECK_LIST, 0, 0, 0, 0 };
	int n = hsim_image_check(img, list_item, &l);
	list_end(&l);
	return n;
}

/* ---- programs built for the host, not for hsim ---------------------------------- */

/* A note of type t with name "GNU" in the PT_NOTE segment at off, size sz. */
static int has_gnu_note(FILE *f, uint64_t off, uint64_t sz, uint32_t t)
{
	unsigned char buf[4096];
	size_t n = sz < sizeof(buf) ? (size_t)sz : sizeof(buf);
	if (fseek(f, (long)off, SEEK_SET) < 0 || fread(buf, 1, n, f) != n)
		return 0;
	for (size_t p = 0; p + sizeof(Elf64_Nhdr) <= n;) {
		Elf64_Nhdr nh;
		memcpy(&nh, buf + p, sizeof(nh));
		size_t name = p + sizeof(nh);
		if (nh.n_namesz == 4 && nh.n_type == t && name + 4 <= n && !memcmp(buf + name, "GNU", 4))
			return 1;
		p = name + ((nh.n_namesz + 3u) & ~3u) + ((nh.n_descsz + 3u) & ~3u);
	}
	return 0;
}

/* Why path is a program built for the host rather than an hsim guest, in a
 * line (0 if it is none of these): dynamically linked (PT_INTERP), a
 * static-pie executable (ET_DYN without one), or a static program linked
 * against glibc (its ABI note, or glibc's start symbols in img). hsim
 * check would list thousands of findings in such a program (its system
 * calls, x87, AVX): this line is the one that helps. */
static int host_program(const char *path, const struct hsim_image *img, char *buf, size_t n)
{
	static const char fix[] = "build it with hsim-cc";
	Elf64_Ehdr eh;
	int glibc = 0, interp = 0, r = 0;
	char interp_path[128] = "";
	struct stat st;
	/* never wait on a FIFO: only regular files are looked at */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	FILE *f = NULL;

	if (fd < 0)
		return 0;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || !(f = fdopen(fd, "rb"))) {
		close(fd);
		return 0;
	}
	if (fread(&eh, sizeof(eh), 1, f) != 1 || memcmp(eh.e_ident, ELFMAG, SELFMAG) ||
	    eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_phentsize != sizeof(Elf64_Phdr))
		goto out;
	for (unsigned i = 0; i < eh.e_phnum && i < 256; i++) {
		Elf64_Phdr ph;
		if (fseek(f, (long)(eh.e_phoff + (uint64_t)i * sizeof(ph)), SEEK_SET) < 0 ||
		    fread(&ph, sizeof(ph), 1, f) != 1)
			goto out;
		if (ph.p_type == PT_INTERP && !interp) {
			size_t len = ph.p_filesz < sizeof(interp_path) ? (size_t)ph.p_filesz :
				     sizeof(interp_path) - 1;
			interp = 1;
			if (fseek(f, (long)ph.p_offset, SEEK_SET) == 0 &&
			    fread(interp_path, 1, len, f) == len)
				interp_path[len] = 0;
			else
				interp_path[0] = 0;
		}
		if (ph.p_type == PT_NOTE && has_gnu_note(f, ph.p_offset, ph.p_filesz, NT_GNU_ABI_TAG))
			glibc = 1;
	}
	uint64_t addr;
	if (img && (hsim_image_lookup(img, "__libc_start_main", &addr, NULL) == 0 ||
		    hsim_image_lookup(img, "__libc_start_call_main", &addr, NULL) == 0))
		glibc = 1;
	if (interp)
		r = snprintf(buf, n, "dynamically linked (interpreter %s)%s: %s",
			     interp_path[0] ? interp_path : "?", glibc ? " against glibc" : "", fix);
	else if (eh.e_type == ET_DYN)
		r = snprintf(buf, n, "a static-pie executable%s: hsim loads fixed-address static "
			     "executables; %s", glibc ? " linked against glibc" : "", fix);
	else if (glibc)
		r = snprintf(buf, n, "linked against glibc: %s", fix);
out:
	fclose(f);
	return r > 0;
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

/* One file of `hsim check --json`. */
static void check_json(const char *path, const struct hsim_image *img, int r, int first)
{
	char why[256];
	int host = host_program(path, r < 0 ? NULL : img, why, sizeof(why));
	printf("%s{\"file\":", first ? "" : ",");
	json_str(stdout, path);
	if (r < 0) {
		printf(",\"ok\":false,\"error\":");
		json_str(stdout, host ? why : hsim_strerror(r));
		printf(",\"host_program\":%s,\"findings\":0,\"refused\":[],\"patched\":[]}",
		       host ? "true" : "false");
		return;
	}
	struct listing l = { stdout, 0, 0, 0, 0, 1 };
	printf(",\"ok\":true,\"error\":null,\"host_program\":%s,\"diagnosis\":",
	       host ? "true" : "false");
	if (host)
		json_str(stdout, why);
	else
		printf("null");
	printf(",\"refused\":[");
	int n = hsim_image_check(img, list_item, &l);
	printf("],\"findings\":%d,\"patched\":[", n);
	l.patched = 1;
	l.shown = 0;
	hsim_image_check(img, list_item, &l);
	printf("]}");
}

static int cmd_check(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct cli cl = { .name = "check", .help = check_help, .opts = opts };
	int status = 0, all = 0, json = 0, c;

	while ((c = cli_next(&cl, argc, argv)) > 0) {
		if (c == 'a')
			all = 1;
		else if (c == 'j')
			json = 1;
	}
	if (c < 0)
		return cli_status(c);
	if (!cl.nargs)
		return cli_usage(&cl, "no guest program given");
	if (json)
		printf("{\"files\":[");
	for (int i = 0; i < cl.nargs; i++) {
		const char *path = cl.args[i];
		struct hsim_image *img = NULL;
		int r = hsim_image_load_file(&img, path);
		if (r < 0 || json) {
			if (r < 0)
				status = EXIT_USAGE;
			else if (hsim_image_check(img, NULL, NULL) > 0 && !status)
				status = 1;
			char why[256];
			if (json)
				check_json(path, img, r, i == 0);
			else
				fprintf(stderr, "hsim: %s: %s\n", path,
					host_program(path, NULL, why, sizeof(why)) ? why : hsim_strerror(r));
			hsim_image_destroy(img);
			continue;
		}
		char why[256];
		int n = hsim_image_check(img, NULL, NULL);
		if (n > 0 && !all && host_program(path, img, why, sizeof(why))) {
			/* its thousands of findings would hide the one thing to know */
			printf("%s: %s (%d findings: --all lists them)\n", path, why, n);
			if (!status)
				status = 1;
			hsim_image_destroy(img);
			continue;
		}
		printf("%s:\n", path);
		n = print_findings(img, stdout, all);
		/* informational: these run exactly, as monitor events */
		struct listing l = { stdout, all ? 0 : CHECK_LIST, 0, 0, 1, 0 };
		hsim_image_check(img, list_item, &l);
		list_end(&l);
		if (n == 0)
			printf("  clean: every instruction is simulated and traps where it must\n");
		else {
			printf("  %d instruction%s hsim cannot run exactly\n", n, n == 1 ? "" : "s");
			if (!status)
				status = 1;
		}
		hsim_image_destroy(img);
	}
	if (json)
		printf("],\"exit_status\":%d}\n", status);
	return status;
}

static void stop_machine(void *m)
{
	hsim_machine_stop(m);
}

/* The options of run and record: one table; a new option is a line here
 * and a case in run_option. */
enum {
	OPT_VMS = 256, OPT_SIM, OPT_TIMEOUT, OPT_MEM, OPT_SEED, OPT_REGS, OPT_STATS, OPT_JSON,
	OPT_ALLOW, OPT_CLOCK, OPT_SIMULATE, OPT_EVENTS, OPT_DISK, OPT_DISK_RW, OPT_CKPT,
	OPT_CKPT_VERIFY, OPT_ENV, OPT_STDIN, OPT_FILE,
};

static const struct option run_opts[] = {
	{ "vms", required_argument, NULL, OPT_VMS },
	{ "sim", no_argument, NULL, OPT_SIM },
	{ "timeout", required_argument, NULL, OPT_TIMEOUT },
	{ "mem", required_argument, NULL, OPT_MEM },
	{ "seed", required_argument, NULL, OPT_SEED },
	{ "regs", no_argument, NULL, OPT_REGS },
	{ "stats", no_argument, NULL, OPT_STATS },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "quiet", no_argument, NULL, 'q' },
	{ "allow-unchecked", no_argument, NULL, OPT_ALLOW },
	{ "clock-step", required_argument, NULL, OPT_CLOCK },
	{ "simulate", required_argument, NULL, OPT_SIMULATE },
	{ "events", required_argument, NULL, OPT_EVENTS },
	{ "disk", required_argument, NULL, OPT_DISK },
	{ "disk-rw", no_argument, NULL, OPT_DISK_RW },
	{ "output", required_argument, NULL, 'o' },
	{ "checkpoint-every", required_argument, NULL, OPT_CKPT },
	/* debugging, not in the help: see checkpoint_verify */
	{ "checkpoint-verify", no_argument, NULL, OPT_CKPT_VERIFY },
	{ "env", required_argument, NULL, OPT_ENV },
	{ "stdin", required_argument, NULL, OPT_STDIN },
	{ "file", required_argument, NULL, OPT_FILE },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

/* What the options of run and record set. */
struct run_opts {
	struct hsim_machine_config cfg;
	const char *events_file, *trace_path;
	char **simulate;  /* --simulate symbols: at most one per argument */
	int nsimulate;
	const char **env; /* --env NAME=VALUE: at most one per argument */
	int nenv;
	const char *stdin_path;  /* --stdin */
	const char **files; /* --file NAME=PATH: at most one per argument */
	int nfiles;
	unsigned nvms;
	int regs, stats, json, quiet, allow;
};

/* One option of run or record: 0, or the exit status of a bad one. */
static int run_option(const struct cli *cl, int c, int record, struct run_opts *o)
{
	uint64_t v;

	switch (c) {
	case OPT_VMS:
		if (parse_number(optarg, 0, MAX_VMS, &v) < 0 || !v)
			return cli_fail(cl, "--vms wants a number from 1 to %d, not '%s'", MAX_VMS,
					optarg);
		o->nvms = (unsigned)v;
		break;
	case OPT_SIM: o->cfg.engine = HSIM_ENGINE_SIM; break;
	case OPT_TIMEOUT:
		if (parse_seconds(optarg, HSIM_MAX_TIMEOUT, &o->cfg.timeout) < 0)
			return cli_fail(cl, "--timeout wants seconds, more than 0 and at most %.0f "
					"(a year), not '%s'", HSIM_MAX_TIMEOUT, optarg);
		break;
	case OPT_MEM: {
		char a[32], b[32];
		int pr = parse_size(optarg, &v);
		if (pr == -1)
			return cli_fail(cl, "--mem wants a size such as 512M or 4G, not '%s'", optarg);
		if (pr < 0 || v < (8u << 20) || v > HSIM_GUEST_MAX_MEM || v % (2u << 20))
			return cli_fail(cl, "--mem %s: guest memory is a multiple of 2M from 8M to %s",
					pr == 0 && v > HSIM_GUEST_MAX_MEM ? size_str(v, a, sizeof(a)) : optarg,
					size_str(HSIM_GUEST_MAX_MEM, b, sizeof(b)));
		o->cfg.mem_size = v;
		break;
	}
	case OPT_SEED:
		/* 0 is how the library says "unseeded": not a seed */
		if (parse_number(optarg, 1, UINT64_MAX, &o->cfg.seed) < 0 || !o->cfg.seed)
			return cli_fail(cl, "--seed wants a number from 1 to 2^64-1 (decimal or 0x hex), "
					"not '%s'", optarg);
		break;
	case OPT_REGS: o->regs = 1; break;
	case OPT_STATS: o->stats = 1; break;
	case OPT_JSON: o->json = 1; break;
	case 'q': o->quiet = 1; break;
	case OPT_ALLOW: o->allow = 1; break;
	case OPT_CLOCK:
		if (parse_number(optarg, 0, MAX_CLOCK_STEP, &o->cfg.clock_step_ns) < 0 ||
		    !o->cfg.clock_step_ns)
			return cli_fail(cl, "--clock-step wants nanoseconds from 1 to %llu, not '%s'",
					MAX_CLOCK_STEP, optarg);
		break;
	case OPT_SIMULATE: o->simulate[o->nsimulate++] = optarg; break;
	case OPT_EVENTS: o->events_file = optarg; break;
	case OPT_DISK: o->cfg.disk = optarg; break;
	case OPT_DISK_RW: o->cfg.disk_writable = 1; break;
	case 'o':
		if (!record)
			return cli_usage(cl, "-o/--output is an option of `hsim record`");
		o->trace_path = optarg;
		break;
	case OPT_CKPT:
		if (!record)
			return cli_usage(cl, "--checkpoint-every is an option of `hsim record`");
		if (parse_number(optarg, 0, UINT64_MAX, &o->cfg.checkpoint_every) < 0 ||
		    !o->cfg.checkpoint_every)
			return cli_fail(cl, "--checkpoint-every wants a number of exits from 1 to "
					"2^64-1, not '%s'", optarg);
		break;
	case OPT_CKPT_VERIFY: o->cfg.checkpoint_verify = 1; break;
	case OPT_ENV:
		if (optarg[0] == '=' || !strchr(optarg, '='))
			return cli_fail(cl, "--env wants NAME=VALUE, not '%s'", optarg);
		o->env[o->nenv++] = optarg;
		break;
	case OPT_STDIN: o->stdin_path = optarg; break;
	case OPT_FILE:
		if (optarg[0] == '=' || !strchr(optarg, '=') || strchr(optarg, '=')[1] == 0)
			return cli_fail(cl, "--file wants NAME=PATH, not '%s'", optarg);
		o->files[o->nfiles++] = optarg;
		break;
	default: return cli_usage(cl, "unknown option");
	}
	return 0;
}

/* How bad a VM's outcome is, for the exit status of several VMs (run_help):
 * the worst wins; guest exit codes rank below every hsim status. */
static int outcome_rank(int status)
{
	switch (status) {
	case HSIM_VM_EXITED: return 0;
	case HSIM_VM_DEADLOCK: return 1;
	case HSIM_VM_TIMEOUT: return 2;
	case HSIM_VM_FAULT: return 3;
	default: return 4; /* an error: the monitor could not go on */
	}
}

/* "hello.elf" for ".../tests/guests/hello.elf": how messages name a VM's file */
static const char *file_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash && slash[1] ? slash + 1 : path;
}

static int cmd_run(int argc, char **argv, const char *record, int all_argc, char **all_argv)
{
	char *simulate[argc > 0 ? argc : 1];
	const char *genv[argc + 1], *gfiles[argc + 1];
	struct run_opts o = { .simulate = simulate, .env = genv, .files = gfiles };
	struct cli cl = { .name = record ? "record" : "run", .help = record ? record_help : run_help,
			  .opts = run_opts, .shortopts = "o:q", .keep_rest = 1 };
	struct console_ctx cctx = { 0 };
	struct hsim_machine_config cfg;
	int c, r, status = 0, worst = 0;
	/* the command line as given, for the trace header: cli_next moves the
	 * operands within argv */
	char *cmdline[all_argc + 1];

	for (int i = 0; i < all_argc; i++)
		cmdline[i] = all_argv[i];
	cmdline[all_argc] = NULL;
	while ((c = cli_next(&cl, argc, argv)) > 0)
		if ((r = run_option(&cl, c, record != NULL, &o)) != 0)
			return r;
	if (c < 0)
		return cli_status(c);
	/* guest arguments (after --): every guest's argv[1], argv[2], ...;
	 * argv[0] is its file name as given */
	int guest_argc = cl.nrest;
	char **guest_argv = cl.rest;
	const char *gargv[guest_argc + 2];
	for (int i = 0; i < guest_argc; i++)
		gargv[i + 1] = guest_argv[i];
	gargv[guest_argc + 1] = NULL;
	genv[o.nenv] = NULL;
	cfg = o.cfg;
	cctx.quiet = o.quiet;
	unsigned nvms = o.nvms;
	int nfiles = cl.nargs;
	char **files = cl.args;
	const char *trace_path = o.trace_path;
	if (record && !trace_path)
		return cli_usage(&cl, "no trace file given (-o FILE)");
	if (nfiles < 1)
		return cli_usage(&cl, "no guest program given");
	if (o.json && !o.stats)
		return cli_usage(&cl, "--json is the format of --stats: give both");
	if (nfiles > MAX_VMS)
		return cli_fail(&cl, "%d guest programs: at most %d VMs", nfiles, MAX_VMS);
	if (!nvms)
		nvms = (unsigned)nfiles;
	if (nvms < (unsigned)nfiles) {
		/* round-robin would leave the last ones out */
		return cli_fail(&cl, "%d guest programs for %u VM%s: give --vms %d or more, "
				"or fewer programs", nfiles, nvms, nvms == 1 ? "" : "s", nfiles);
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
		char why[256];
		if ((r = hsim_image_load_file(&imgs[i], files[i])) < 0) {
			fprintf(stderr, "hsim: %s: %s\n", files[i],
				host_program(files[i], NULL, why, sizeof(why)) ? why : hsim_strerror(r));
			status = EXIT_USAGE;
			goto out;
		}
		/* Instructions that KVM would run untrapped here, or that the
		 * simulator would not run as the CPU does: refuse, and say which
		 * (of a program built for the host, only that). */
		if (!o.allow && hsim_image_check(imgs[i], NULL, NULL) > 0 &&
		    host_program(files[i], imgs[i], why, sizeof(why))) {
			fprintf(stderr, "hsim: %s: %s\n", files[i], why);
			status = EXIT_USAGE;
			goto out;
		}
		if (!o.allow && hsim_image_check(imgs[i], NULL, NULL) > 0) {
			fprintf(stderr, "hsim: %s uses instructions hsim cannot run exactly:\n",
				files[i]);
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
		gargv[0] = files[v % (unsigned)nfiles]; /* as given */
		if ((r = hsim_machine_set_args(m, v, guest_argc + 1, gargv, genv)) < 0) {
			cli_fail(&cl, "the guest's arguments and environment: %s",
				 r == -E2BIG ? "more than 256 KiB" : hsim_strerror(r));
			status = EXIT_USAGE;
			goto out;
		}
	}
	if (o.stdin_path && nvms > 1 && !strcmp(o.stdin_path, "-")) {
		cli_fail(&cl, "--stdin -: hsim's stdin goes to one VM, not %u (give a file)", nvms);
		status = EXIT_USAGE;
		goto out;
	}
	if (o.stdin_path && (r = hsim_machine_set_stdin(m, o.stdin_path)) < 0) {
		cli_fail(&cl, "--stdin %s: %s", o.stdin_path,
			 r == -EINVAL ? "not a regular file" : hsim_strerror(r));
		status = EXIT_USAGE;
		goto out;
	}
	for (int i = 0; i < o.nfiles; i++) {
		char name[256];
		const char *eq = strchr(gfiles[i], '=');
		size_t n = (size_t)(eq - gfiles[i]);
		if (n > 255) {
			cli_fail(&cl, "--file %s: the name is longer than 255 bytes", gfiles[i]);
			status = EXIT_USAGE;
			goto out;
		}
		snprintf(name, sizeof(name), "%.*s", (int)n, gfiles[i]);
		if ((r = hsim_machine_add_file(m, name, eq + 1)) < 0) {
			cli_fail(&cl, "--file %s: %s", gfiles[i], r == -EINVAL ? "not a regular file" :
				 r == -EEXIST ? "that name is given twice" : hsim_strerror(r));
			status = EXIT_USAGE;
			goto out;
		}
	}
	if ((o.events_file && load_events(m, o.events_file, imgs[0]) < 0) ||
	    add_simulated(m, o.simulate, o.nsimulate, NULL) < 0) {
		status = EXIT_USAGE;
		goto out;
	}
	if (trace_path &&
	    (r = hsim_machine_record(m, trace_path, all_argc, (const char *const *)cmdline)) < 0) {
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
	if (o.json)
		printf("{\"vms\":[");
	for (unsigned v = 0; v < nvms; v++) {
		struct hsim_vm_result res;
		char line[256] = "";
		const struct hsim_image *img = imgs[v % (unsigned)nfiles];
		const char *file = file_name(files[v % (unsigned)nfiles]);

		hsim_machine_result(m, v, &res);
		if (res.status != HSIM_VM_EXITED) {
			hsim_vm_result_describe(&res, img, line, sizeof(line));
			fprintf(stderr, "hsim: vm %u (%s): %s\n", v, file, line);
		}
		if (o.json)
			print_stats_json(v, file, &res, hsim_machine_vm(m, v), line, o.regs);
		else if (o.stats)
			print_stats(v, file, &res, hsim_machine_vm(m, v));
		if (o.regs && !o.json)
			print_regs(v, &res.regs);
		/* the worst outcome wins; among exits, the first non-zero code */
		if (res.status == HSIM_VM_INTERRUPTED)
			continue; /* the signal decides the status, below */
		int rank = outcome_rank(res.status);
		if (rank > worst) {
			worst = rank;
			status = res.status == HSIM_VM_FAULT ? EXIT_FAULT :
				 res.status == HSIM_VM_TIMEOUT ? EXIT_TIMEOUT :
				 res.status == HSIM_VM_DEADLOCK ? EXIT_DEADLOCK : EXIT_ERROR;
		} else if (!worst && !status) {
			status = res.exit_code & 0xff;
		}
	}
	if (trace_path) {
		uint64_t bytes = 0, records = 0;
		if ((r = hsim_machine_record_status(m, &bytes, &records)) < 0) {
			fprintf(stderr, "hsim: recording %s failed: %s (what was written before still reads)\n",
				trace_path, hsim_strerror(r));
			if (worst < outcome_rank(HSIM_VM_ERROR))
				status = EXIT_ERROR;
		} else if (o.stats && !o.json) {
			fprintf(stderr, "trace %s: %" PRIu64 " records, %" PRIu64 " bytes\n", trace_path,
				records, bytes);
		}
		if (o.json) {
			printf("],\"trace\":{\"path\":");
			json_str(stdout, trace_path);
			printf(",\"ok\":%s,\"records\":%" PRIu64 ",\"bytes\":%" PRIu64 "}",
			       r < 0 ? "false" : "true", records, bytes);
		}
	} else if (o.json) {
		printf("]");
	}
	if (o.json) {
		int sig = sigwatch_signal();
		printf(",\"exit_status\":%d}\n", sig ? 128 + sig : status);
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
	struct cli cl = { .name = "events", .help = events_help, .opts = opts };
	struct hsim_machine_config cfg = { .engine = HSIM_ENGINE_SIM };
	struct hsim_machine *m = NULL;
	struct hsim_image *img = NULL;
	const char *events_file = NULL;
	char *simulate[argc > 0 ? argc : 1]; /* --simulate symbols: at most one per argument */
	int nsimulate = 0, c, r, status = 0;

	while ((c = cli_next(&cl, argc, argv)) > 0) {
		if (c == 'E')
			events_file = optarg;
		else if (c == 'F')
			simulate[nsimulate++] = optarg;
	}
	if (c < 0)
		return cli_status(c);
	if (cl.nargs > 1)
		return cli_usage(&cl, "one guest program at most");
	if (nsimulate && cl.nargs != 1)
		return cli_usage(&cl, "--simulate needs the guest program whose symbol it names");
	if ((r = hsim_machine_create(&m, &cfg)) < 0)
		goto fail;
	if (cl.nargs == 1) {
		if ((r = hsim_image_load_file(&img, cl.args[0])) < 0) {
			fprintf(stderr, "hsim: %s: %s\n", cl.args[0], hsim_strerror(r));
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

static int run_cmd(int argc, char **argv) { return cmd_run(argc, argv, NULL, 0, NULL); }

static const struct {
	const char *name;
	int (*fn)(int argc, char **argv);
} commands[] = {
	{ "run", run_cmd },
	{ "record", NULL }, /* cmd_run with the whole command line for the trace */
	{ "check", cmd_check },
	{ "events", cmd_events },
	{ "dump", cmd_dump },
	{ "stat", cmd_stat },
	{ "export", cmd_export },
	{ "replay", cmd_replay },
	{ "diff", cmd_diff },
};

static int dispatch(const char *cmd, int argc, char **argv, int all_argc, char **all_argv)
{
	if (!strcmp(cmd, "record"))
		return cmd_run(argc, argv, "record", all_argc, all_argv);
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (commands[i].fn && !strcmp(cmd, commands[i].name))
			return commands[i].fn(argc, argv);
	return -1;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
		printf("hsim %s\n", hsim_version_string());
		return 0;
	}
	if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
		if (argc < 3) {
			usage(stdout);
			return 0;
		}
		/* hsim help CMD: CMD --help */
		char *help_argv[] = { argv[2], "--help", NULL };
		int r = dispatch(argv[2], 2, help_argv, 2, help_argv);
		if (r >= 0)
			return r;
		fprintf(stderr, "hsim: help: no command '%s'\nTry 'hsim help'.\n", argv[2]);
		return EXIT_USAGE;
	}
	int r = dispatch(cmd, argc - 1, argv + 1, argc, argv);
	if (r >= 0)
		return r;
	fprintf(stderr, "hsim: unknown command '%s'\nTry 'hsim help'.\n", cmd);
	return EXIT_USAGE;
}
