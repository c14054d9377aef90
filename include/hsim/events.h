/* The event list: how the monitor classifies and handles every exit of a VM,
 * whichever engine (KVM or the simulator) ran it. */
#ifndef HSIM_EVENTS_H
#define HSIM_EVENTS_H

#include <stddef.h>
#include <stdint.h>
#include <hsim/cpu.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- exits: what an engine reports when the guest leaves it -------------- */

enum hsim_exit_kind {
	HSIM_EXIT_NONE = 0,
	HSIM_EXIT_IO,         /* in/out; the state is past the instruction */
	HSIM_EXIT_MMIO,       /* an access to a device range; state before it */
	HSIM_EXIT_EXCEPTION,  /* a guest exception (fault: state before the
	                       * instruction; trap: after it) */
	HSIM_EXIT_INSN,       /* a patched instruction (cpuid, rdtsc, ...) was
	                       * reached; the state is before it */
	HSIM_EXIT_BREAKPOINT, /* a monitor breakpoint (e.g. --simulate) was
	                       * reached; the state is before the instruction */
	HSIM_EXIT_SIM_DONE,   /* the simulator finished a complex event */
	HSIM_EXIT_SHUTDOWN,   /* triple fault */
	HSIM_EXIT_UNKNOWN,    /* an engine exit the monitor has no name for */
	HSIM_EXIT_COUNT
};

/* Instructions the monitor patches at load time (they run untrapped at
 * ring 3 on some KVMs) and then handles as events. */
enum hsim_insn {
	HSIM_INSN_CPUID = 0,
	HSIM_INSN_RDTSC,
	HSIM_INSN_RDTSCP,
	HSIM_INSN_RDRAND,
	HSIM_INSN_RDSEED,
	HSIM_INSN_COUNT
};

/* One exit, the same for every engine. */
struct hsim_exit {
	enum hsim_exit_kind kind;
	/* The instruction the exit is about (faults, #BP, patched instructions,
	 * breakpoints, MMIO); for I/O and other traps, where the state is past
	 * the instruction, rip == next_rip. */
	uint64_t rip;
	uint64_t next_rip;   /* where the guest goes on if the exit is handled */
	/* HSIM_EXIT_IO */
	uint16_t port;
	uint8_t size;        /* 1, 2 or 4 */
	uint8_t is_in;
	uint32_t value;      /* out: the value written; in: set by the handler */
	/* HSIM_EXIT_MMIO */
	uint64_t addr;
	uint8_t is_write;
	/* HSIM_EXIT_EXCEPTION */
	uint8_t vector;
	uint8_t has_error_code;
	uint32_t error_code;
	uint64_t cr2;        /* #PF: the faulting address */
	/* HSIM_EXIT_INSN */
	uint8_t insn;        /* enum hsim_insn */
	uint8_t insn_len;    /* of the original instruction */
	/* HSIM_EXIT_UNKNOWN: the engine's own code and detail */
	uint32_t reason;
	uint64_t info;
};

/* "io", "mmio", "exception", ... */
const char *hsim_exit_kind_name(enum hsim_exit_kind k);
/* "cpuid", "rdtsc", ...; NULL for an unknown one */
const char *hsim_insn_name(unsigned insn);

/* ---- the event list ------------------------------------------------------- */

enum hsim_event_class {
	HSIM_CLASS_SIMPLE = 0, /* handled in place, the VM is re-entered at once */
	HSIM_CLASS_COMPLEX,    /* devirtualize, simulate, revirtualize */
	HSIM_CLASS_STOP,       /* end the VM's run with a report */
	HSIM_CLASS_COUNT
};

/* What an entry matches; lo..hi is an inclusive range of the key. */
enum hsim_event_match {
	HSIM_MATCH_EXIT = 0,   /* key: enum hsim_exit_kind (any exit of that kind) */
	HSIM_MATCH_IO,         /* key: port */
	HSIM_MATCH_MMIO,       /* key: guest-physical address */
	HSIM_MATCH_EXCEPTION,  /* key: vector */
	HSIM_MATCH_CODE,       /* key: guest code address (breakpoint) */
	HSIM_MATCH_INSN,       /* key: enum hsim_insn */
	HSIM_MATCH_COUNT
};

/* Built-in handlers, named in event files by these strings. */
enum hsim_handler {
	HSIM_H_HYPERCALL = 0, /* simple: the hypercall ABI (hsim/abi.h) */
	HSIM_H_DEVICE,        /* complex: the instruction runs in the simulator
	                       * against the platform's device models */
	HSIM_H_CPUID,         /* simple: the platform's CPUID table */
	HSIM_H_TSC,           /* simple: rdtsc/rdtscp from the virtual clock */
	HSIM_H_RANDOM,        /* simple: rdrand/rdseed from the platform's source */
	HSIM_H_SIMULATE,      /* complex: the instruction runs in the simulator */
	HSIM_H_FUNCTION,      /* complex: simulate from here until the function
	                       * returns to its caller (--simulate) */
	HSIM_H_FAULT,         /* stop: report a guest fault */
	HSIM_H_ERROR,         /* stop: report an exit the monitor cannot handle */
	HSIM_H_SKIP,          /* simple: go on past the instruction (I/O: reads
	                       * give all ones, writes are dropped) */
	HSIM_H_COUNT
};

const char *hsim_handler_name(unsigned h);
const char *hsim_event_class_name(unsigned c);
const char *hsim_event_match_name(unsigned m);

struct hsim_event {
	enum hsim_event_match match;
	uint64_t lo, hi;
	enum hsim_event_class cls;
	enum hsim_handler handler;
};

struct hsim_events;

/* A list holding the built-in default entries. */
int hsim_events_create(struct hsim_events **out);
/* A list with no entries at all (every exit then stops the VM). */
int hsim_events_create_empty(struct hsim_events **out);
void hsim_events_destroy(struct hsim_events *ev); /* NULL is a no-op */

/* Add an entry. Entries added later take precedence: an exit is classified
 * by the last entry that matches it. HSIM_E_INVAL for an entry that makes
 * no sense (lo > hi, a handler that cannot serve that kind of event, ...). */
int hsim_events_add(struct hsim_events *ev, const struct hsim_event *e);
/* Remove every entry. */
void hsim_events_clear(struct hsim_events *ev);
size_t hsim_events_count(const struct hsim_events *ev);
const struct hsim_event *hsim_events_get(const struct hsim_events *ev, size_t i);

/* The entry an exit is classified by, or -1 if none matches. */
int hsim_events_classify(const struct hsim_events *ev, const struct hsim_exit *ex);

/* Event files: one entry per line, `MATCH KEY CLASS HANDLER`, '#' starts a
 * comment; `clear` drops the entries before it (docs/events.md). Entries are
 * added to ev; on a bad line nothing is added, HSIM_E_EVENTS is returned and
 * err gets "LINE: what is wrong". */
int hsim_events_parse(struct hsim_events *ev, const char *text, char *err, size_t errlen);
int hsim_events_load_file(struct hsim_events *ev, const char *path, char *err, size_t errlen);
/* One entry as a line of the file format (no newline). Returns the length. */
int hsim_event_format(const struct hsim_event *e, char *buf, size_t n);

#ifdef __cplusplus
}
#endif
#endif
