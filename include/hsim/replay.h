/* Replay: run a trace's guests again and verify, event by event, that they
 * do what the recording says. The replay is the monitor's one vm loop with
 * the simulator as engine (or KVM with HSIM_ENGINE_KVM) and the trace as
 * the source of every input; it needs no KVM and reads the trace as a
 * stream (memory: the guests' plus a frame or two per VM replaying).
 * Commands: `hsim replay` (tools/replay_cmd.c). */
#ifndef HSIM_REPLAY_H
#define HSIM_REPLAY_H

#include <stddef.h>
#include <stdint.h>
#include <hsim/cpu.h>
#include <hsim/events.h>
#include <hsim/image.h>
#include <hsim/machine.h>
#include <hsim/trace.h>

#ifdef __cplusplus
extern "C" {
#endif

struct hsim_replay;

struct hsim_replay_config {
	enum hsim_engine engine;  /* HSIM_ENGINE_SIM (0 is KVM: set it) */
	unsigned jobs;            /* VMs replaying at once; 0: 1 */
	/* Start every VM at its checkpoint number `from` (0: its first
	 * checkpoint) instead of at its start; -1: at the start. */
	int64_t from;
	/* Verify only the segment-th (1..nsegments) of nsegments stretches of
	 * each VM's run between checkpoints; 0: the whole run. */
	unsigned segment, nsegments;
	double timeout;           /* wall-clock seconds; 0: none */
	hsim_console_fn console;  /* the guests' output; NULL: dropped */
	void *console_ctx;
};

enum hsim_replay_verdict {
	HSIM_REPLAY_NOT_RUN = 0,
	HSIM_REPLAY_EQUIVALENT,  /* every event as recorded, and the same end */
	HSIM_REPLAY_STOPPED,     /* as recorded up to where the recording was
	                          * stopped (time limit, signal, its own error) */
	HSIM_REPLAY_TRUNCATED,   /* as recorded up to where the trace ends (cut
	                          * short: a killed recorder) */
	HSIM_REPLAY_DIVERGED,    /* the first divergence is in div */
	HSIM_REPLAY_CORRUPT,     /* a damaged frame of the trace (detail) */
	HSIM_REPLAY_INTERRUPTED, /* hsim_replay_stop, or the time limit */
	HSIM_REPLAY_ERROR,       /* the replay itself failed (detail) */
	HSIM_REPLAY_SKIPPED,     /* the VM has no stretch in this segment */
};
const char *hsim_replay_verdict_name(enum hsim_replay_verdict v);

#define HSIM_REPLAY_RECENT 16

/* Where a replay first left the recording. */
struct hsim_replay_divergence {
	uint64_t event;           /* the VM's event number */
	char what[192];           /* "rip: recorded 0x401000, replayed 0x401004" */
	/* the recorded record there (0: none, the VM's trace ended) and the
	 * one the replay produced (0: none: it went on or ended) */
	unsigned rec_type, rep_type;
	int full;                 /* states compared in full (not only GPRs) */
	struct hsim_cpu_state recorded, replayed;
	int has_exits;            /* both were exits */
	struct hsim_exit rec_exit, rep_exit;
	/* the starts of the last blocks the simulator ran, oldest first */
	uint64_t recent[HSIM_REPLAY_RECENT];
	unsigned nrecent;
};

struct hsim_replay_vm {
	enum hsim_replay_verdict verdict;
	char detail[192];         /* what ended the replay, in words */
	uint64_t first_event;     /* events verified: first_event..last_event */
	uint64_t last_event;      /* (first_event > last_event: none) */
	uint64_t events;          /* exits verified */
	uint64_t records;         /* records verified (exits, inputs, states) */
	uint64_t checkpoints;     /* checkpoints verified (state and pages) */
	uint64_t pages;           /* checkpoint pages compared */
	uint64_t digest;          /* FNV-1a of the compared pages' contents */
	uint64_t instructions;    /* simulated */
	double seconds;
	/* the recorded end (verdict EQUIVALENT): status, exit code */
	enum hsim_vm_status status;
	int64_t exit_code;
	/* RFLAGS bits that differed but are undefined after the instruction
	 * that last set them on a CPU whose rules the simulator does not know
	 * (masked; the recorded value was taken) */
	uint64_t masked;          /* how often */
	uint64_t masked_event;    /* the first time: event and flags */
	uint64_t masked_flags;
	struct hsim_replay_divergence div;   /* verdict DIVERGED */
};

/* Opens the trace and makes the machine (images from the trace). err gets
 * a sentence for a failure. HSIM_E_TRACE_* for a trace that does not open,
 * HSIM_E_INVAL for a bad configuration (segment, from). */
int hsim_replay_open(struct hsim_replay **out, const char *path,
		     const struct hsim_replay_config *cfg, char *err, size_t errlen);
void hsim_replay_destroy(struct hsim_replay *r);     /* NULL is a no-op */

const struct hsim_trace_header *hsim_replay_header(const struct hsim_replay *r);
unsigned hsim_replay_vm_count(const struct hsim_replay *r);
const struct hsim_image *hsim_replay_image(const struct hsim_replay *r, unsigned vm);
/* "Intel rules (measured on family 6 model 0xcf)", ...: the undefined-flag
 * rules the replay applies for the recorded CPU, and whether they are
 * known exactly (else flags they leave undefined are masked). */
const char *hsim_replay_flag_rules(const struct hsim_replay *r, int *exact);

/* Replays every VM (jobs at once). 0 when it ran, whatever the verdicts
 * (hsim_replay_result); negative if it could not (e.g. HSIM_E_NO_KVM). */
int hsim_replay_run(struct hsim_replay *r);
/* From any thread (a signal watcher): the VMs stop soon, INTERRUPTED. */
void hsim_replay_stop(struct hsim_replay *r);
/* Events verified so far and the events of the whole replay (from the
 * trace's frames), from any thread while it runs. */
void hsim_replay_progress(const struct hsim_replay *r, uint64_t *done, uint64_t *total);
const struct hsim_replay_vm *hsim_replay_result(const struct hsim_replay *r, unsigned vm);

#ifdef __cplusplus
}
#endif
#endif
