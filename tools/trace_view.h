/* What the trace commands (dump, stat, export, diff) share: a trace opened
 * with its images loaded for symbols, how it ended, and one record printed
 * the way `hsim dump` prints it. */
#ifndef HSIM_TOOLS_TRACE_VIEW_H
#define HSIM_TOOLS_TRACE_VIEW_H

#include <stdint.h>
#include <stdio.h>
#include <hsim.h>
#include <hsim/trace.h>

/* Exit statuses of the trace tools (documented in `hsim help`). */
#define EXIT_TRACE_TRUNCATED 3
#define EXIT_TRACE_CORRUPT 4

struct trace_view {
	struct hsim_trace_reader *r;
	const struct hsim_trace_header *h;
	struct hsim_image **images; /* per header image, NULL where it does not load */
};

/* 0, or (after a message on stderr) the exit status for a trace that does
 * not open: EXIT_TRACE_TRUNCATED, EXIT_TRACE_CORRUPT, EXIT_USAGE. */
int view_open(struct trace_view *v, const char *path);
void view_close(struct trace_view *v);
/* The image vm runs, NULL if it does not load. */
const struct hsim_image *vm_image(const struct trace_view *v, unsigned vm);

/* s as a JSON string, quotes included. */
void json_str(FILE *f, const char *s);
/* An exit's own fields in words: "out port 0x510 size 4 value 0x1". */
void describe_exit(const struct hsim_exit *ex, char *buf, size_t n);

/* One record as `hsim dump` prints it, without the newline: a line of text
 * or (json) a JSON object. prev: the state of the VM's previous record with
 * a state (registers that changed are shown), NULL for none (all are). */
void trace_print_record(FILE *f, const struct trace_view *v, const struct hsim_trace_record *rec,
			const struct hsim_cpu_state *prev, int json);
/* Records that carry a CPU state (all but INPUT and END). */
static inline int trace_rec_has_state(const struct hsim_trace_record *rec)
{
	return rec->type != HSIM_TREC_INPUT && rec->type != HSIM_TREC_END;
}

#endif
