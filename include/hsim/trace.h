/* Traces (.hst): a compressed, seekable, crash-safe record of every exit,
 * input and state change of a run; the writer (recorder) and the reader.
 * The file format is docs/trace-format.md. */
#ifndef HSIM_TRACE_H
#define HSIM_TRACE_H

#include <stddef.h>
#include <stdint.h>
#include <hsim/cpu.h>
#include <hsim/events.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HSIM_TRACE_VERSION 3u      /* what the writer writes; the reader reads 1 to 3 */
#define HSIM_TRACE_PAGE_SIZE 4096u
#define HSIM_TRACE_NO_SEQ UINT64_MAX     /* an input without a sequence number */
#define HSIM_TRACE_NO_EVENT UINT64_MAX   /* "no event" in status reports */

/* ---- the header: what the run was ------------------------------------------ */

struct hsim_trace_image {
	const char *name;        /* as given on the command line */
	const void *data;        /* the ELF file's bytes */
	size_t size;
};

struct hsim_trace_cpuid {
	uint32_t leaf, subleaf, has_subleaf;
	uint32_t eax, ebx, ecx, edx;
};

/* hsim_trace_host.features: what the recording host's CPU does with
 * encodings whose meaning depends on the CPU (KVM runs them natively, so
 * replay must know). The bit values equal SIM_HOST_* of lib/cpu/sim.h. */
#define HSIM_TRACE_HOSTF_TZCNT 1u   /* F3 0F BC runs as tzcnt (CPUID.7.0:EBX bit 3, BMI1) */
#define HSIM_TRACE_HOSTF_LZCNT 2u   /* F3 0F BD runs as lzcnt (CPUID.80000001h:ECX bit 5, ABM) */
#define HSIM_TRACE_HOSTF_KNOWN 0x80000000u /* the trace says; absent in version 1 traces */
#define HSIM_TRACE_HOSTF_ALL \
	(HSIM_TRACE_HOSTF_TZCNT | HSIM_TRACE_HOSTF_LZCNT | HSIM_TRACE_HOSTF_KNOWN)

struct hsim_trace_host {
	char vendor[16];         /* "GenuineIntel" */
	uint32_t family, model, stepping;
	char kernel[72];         /* uname -r */
	char hsim_version[24];
	/* HSIM_TRACE_HOSTF_*; without _KNOWN (a version 1 trace, or a writer
	 * told nothing) the other bits are 0 and say nothing. The writer
	 * refuses bits outside HSIM_TRACE_HOSTF_ALL. */
	uint32_t features;
};

/* How a VM started (version 3): what its main got (hsim_machine_set_args)
 * and the stack-protector canary at %fs:0x28. */
struct hsim_trace_vm_start {
	unsigned argc, envc;
	const char *const *argv;         /* argc strings */
	const char *const *envp;         /* envc strings */
	uint64_t stack_guard;
	uint32_t tty;                    /* HSIM_AT_TTY's bits: which of the
	                                  * guest's fds 0, 1, 2 were terminals */
};

/* Everything but the records. The writer copies what it needs at create;
 * the reader's copy lives as long as the reader. */
struct hsim_trace_header {
	const struct hsim_trace_image *images;
	unsigned nimages;
	uint64_t mem_size;               /* guest memory per VM */
	unsigned nvms;                   /* >= 1 */
	const unsigned *vm_image;        /* nvms entries: index into images */
	const struct hsim_trace_cpuid *cpuid;
	unsigned ncpuid;
	const char *events;              /* hsim_event_format lines, '\n' after each */
	const char *const *simulate;     /* --simulate symbols */
	unsigned nsimulate;
	const char *const *argv;
	unsigned argc;
	uint64_t seed;
	uint64_t clock_step;
	struct hsim_trace_host host;
	uint32_t frame_size;             /* reader: the writer's frame bound */
	/* the block device the guests had (version 2; replay makes one that
	 * answers from the trace): HSIM_TRACE_DISK_* flags, its size */
	uint32_t disk_flags;
	uint64_t disk_sectors;
	/* nvms entries (version 3); NULL: the writer writes each VM with no
	 * arguments, the reader of a version 1 or 2 trace has none (those VMs
	 * started without arguments, TLS or canary) */
	const struct hsim_trace_vm_start *vm_start;
	uint32_t version;                /* reader: the file's format version; writer: ignored */
};

#define HSIM_TRACE_DISK_PRESENT 1u  /* the VMs had a block device */
#define HSIM_TRACE_DISK_WRITABLE 2u /* ... the guest could write */

/* The host this process runs on (CPUID vendor and signature, the features
 * above with HSIM_TRACE_HOSTF_KNOWN, uname, hsim). */
void hsim_trace_host_detect(struct hsim_trace_host *h);

/* ---- records -------------------------------------------------------------- */

enum hsim_trace_rec_type {
	HSIM_TREC_EXIT = 1,
	HSIM_TREC_INPUT = 2,
	HSIM_TREC_STATE_STORE = 3,
	HSIM_TREC_STATE_RESTORE = 4,
	HSIM_TREC_SIM_RESULT = 5,
	HSIM_TREC_CHECKPOINT = 6,
	HSIM_TREC_END = 7,
};

enum hsim_trace_input_kind {
	HSIM_TIN_TIME = 0,       /* 8 bytes, little-endian */
	HSIM_TIN_RANDOM = 1,     /* 8 bytes */
	HSIM_TIN_TSC = 2,        /* 8 bytes */
	HSIM_TIN_DEVICE = 3,     /* the bytes a device read returned */
	HSIM_TIN_MESSAGE = 4,    /* a received message: 4 bytes sender VM, then
	                          * the payload; seq is its global number */
	HSIM_TIN_RESULT = 5,     /* 8 bytes: a channel call's result that depends
	                          * on other VMs (send; a recv that failed) */
	HSIM_TIN_FILE = 6,       /* (version 3) stdin and files: 8 bytes, a call's
	                          * result; after a read's result n > 0, the n
	                          * bytes read */
	HSIM_TIN_COUNT
};

/* "exit", "input", ...; "time", "random", ... (NULL for unknown values) */
const char *hsim_trace_rec_name(unsigned type);
const char *hsim_trace_input_name(unsigned kind);

struct hsim_trace_page {
	uint64_t gpa;            /* 4 KiB aligned */
	const void *data;        /* HSIM_TRACE_PAGE_SIZE bytes */
};

/* One decoded record. Pointers (input data, pages, detail) point into the
 * reader and stay valid until the next call on it. */
struct hsim_trace_record {
	enum hsim_trace_rec_type type;
	unsigned vm;
	uint64_t event_no;
	uint64_t frame;          /* frame number in the file, from 0 */
	uint64_t frame_offset;   /* byte offset of that frame's header */
	/* EXIT: gpr, rip and rflags of state are the exit's; the rest of state
	 * is what the last full-state record of the frame had (full_state 0).
	 * STATE_STORE, STATE_RESTORE, SIM_RESULT, CHECKPOINT: the whole state
	 * (full_state 1). */
	struct hsim_cpu_state state;
	int full_state;
	/* EXIT */
	struct hsim_exit exit;
	int entry;               /* event-list entry index, -1 for none */
	enum hsim_event_class cls;
	/* INPUT */
	enum hsim_trace_input_kind input_kind;
	const uint8_t *data;
	size_t len;
	uint64_t seq;            /* HSIM_TRACE_NO_SEQ if none */
	/* SIM_RESULT */
	uint64_t insns;
	/* CHECKPOINT */
	const struct hsim_trace_page *pages;
	size_t npages;
	/* END */
	int status;
	int64_t exit_code;
	int error;
	const char *detail;      /* never NULL for END */
};

/* ---- writer ----------------------------------------------------------------
 * Each VM thread appends to its VM's stream; calls for different VMs may
 * run concurrently. Records are encoded into a per-VM buffer; a writer
 * thread compresses full buffers (and, after flush_ms, partial ones) into
 * frames and writes them. A VM thread blocks only when its VM has
 * max_pending buffers waiting for the writer. After the first error (disk
 * full, ...) every call returns it at once. */

struct hsim_trace_writer;

struct hsim_trace_writer_opts {
	uint32_t frame_size;     /* uncompressed bytes per frame; 0: 1 MiB */
	uint32_t flush_ms;       /* a partial frame is written after this; 0: 1000 */
	uint32_t max_pending;    /* buffers per VM waiting for the writer; 0: 3 */
	int level;               /* zstd level; 0: 3 */
};

struct hsim_trace_writer_stats {
	uint64_t bytes_written;  /* file bytes so far, header included */
	uint64_t bytes_in;       /* uncompressed record bytes handed to frames */
	uint64_t records;        /* records accepted (all VMs) */
	uint64_t frames;         /* frames written */
	uint64_t checkpoints;
};

/* Creates path (truncating it) and writes the file header and header block
 * before returning, so an unwritable path or full disk fails here. opts may
 * be NULL. */
int hsim_trace_writer_create(struct hsim_trace_writer **out, const char *path,
			     const struct hsim_trace_header *hdr,
			     const struct hsim_trace_writer_opts *opts);
int hsim_trace_write_exit(struct hsim_trace_writer *w, unsigned vm, uint64_t event_no,
			  const struct hsim_exit *ex, int entry, enum hsim_event_class cls,
			  const struct hsim_cpu_state *st);
/* seq: HSIM_TRACE_NO_SEQ unless a message's global sequence number. */
int hsim_trace_write_input(struct hsim_trace_writer *w, unsigned vm, uint64_t event_no,
			   enum hsim_trace_input_kind kind, const void *data, size_t len,
			   uint64_t seq);
/* type: HSIM_TREC_STATE_STORE, _STATE_RESTORE or _SIM_RESULT (insns: the
 * instructions simulated; ignored for the others). */
int hsim_trace_write_state(struct hsim_trace_writer *w, unsigned vm, uint64_t event_no,
			   enum hsim_trace_rec_type type, const struct hsim_cpu_state *st,
			   uint64_t insns);
int hsim_trace_write_checkpoint(struct hsim_trace_writer *w, unsigned vm, uint64_t event_no,
				const struct hsim_cpu_state *st,
				const struct hsim_trace_page *pages, size_t npages);
/* The VM's last record; its stream is handed to the writer at once. */
int hsim_trace_write_end(struct hsim_trace_writer *w, unsigned vm, uint64_t event_no,
			 int status, int64_t exit_code, int error, const char *detail);
/* Hands every partial buffer to the writer and waits until it is on disk. */
int hsim_trace_writer_flush(struct hsim_trace_writer *w);
void hsim_trace_writer_stats(struct hsim_trace_writer *w, struct hsim_trace_writer_stats *s);
/* Flushes, writes index and footer, closes, frees. Returns the first error
 * the writer met (0 if none). NULL is a no-op returning 0. */
int hsim_trace_writer_close(struct hsim_trace_writer *w);

/* ---- reader ----------------------------------------------------------------
 * Streams the file frame by frame (memory: one frame plus the frame table).
 * Works on traces without an index (a killed writer): the frames are then
 * found by walking frame headers from the start. */

struct hsim_trace_reader;

/* err (may be NULL) gets a message naming what is wrong and where, e.g.
 * "trace format version 7, this reader knows versions 1 and 2". A truncated trace
 * opens (0); hsim_trace_status says so. */
int hsim_trace_open(struct hsim_trace_reader **out, const char *path, char *err, size_t errlen);
void hsim_trace_close(struct hsim_trace_reader *r);  /* NULL is a no-op */

const struct hsim_trace_header *hsim_trace_get_header(const struct hsim_trace_reader *r);
unsigned hsim_trace_vm_count(const struct hsim_trace_reader *r);
uint64_t hsim_trace_frame_count(const struct hsim_trace_reader *r);  /* whole frames */
uint64_t hsim_trace_checkpoint_count(const struct hsim_trace_reader *r);

/* 1 and *rec filled: a record; 0: the end of a complete trace;
 * HSIM_E_TRACE_TRUNCATED: the end of a trace cut short (every whole frame
 * was returned); HSIM_E_TRACE_CORRUPT: a damaged frame (the next call goes
 * on with the frame after it). hsim_trace_error names the place. */
int hsim_trace_next(struct hsim_trace_reader *r, struct hsim_trace_record *rec);
/* Only records of this VM from now on (frames of other VMs are skipped
 * without decompressing); vm < 0: all VMs again. */
int hsim_trace_filter_vm(struct hsim_trace_reader *r, int vm);
/* Positions before the first record of vm whose event number is >= event_no
 * (HSIM_E_INVAL if there is none). Afterwards next() goes on in file order. */
int hsim_trace_seek_event(struct hsim_trace_reader *r, unsigned vm, uint64_t event_no);
/* Positions before the k-th CHECKPOINT record of the file (from 0). */
int hsim_trace_seek_checkpoint(struct hsim_trace_reader *r, uint64_t k);
/* Back to the first record. */
int hsim_trace_rewind(struct hsim_trace_reader *r);

struct hsim_trace_status {
	int truncated;           /* no index: the writer did not finish */
	int has_index;
	uint64_t file_size;
	uint64_t frames;         /* whole frames */
	uint64_t data_end;       /* offset just past the last whole frame */
	/* the first damage found so far (open, or frames read): */
	int error;               /* 0, HSIM_E_TRACE_CORRUPT or _TRUNCATED */
	uint64_t error_frame;    /* frame number, or UINT64_MAX if not in a frame */
	uint64_t error_offset;   /* byte offset in the file */
	/* where the trace ends: the last event of the last whole frame */
	unsigned last_vm;
	uint64_t last_event;     /* HSIM_TRACE_NO_EVENT if there is no frame */
	/* the whole frames' records: encoded, and as zstd made them */
	uint64_t uncompressed, compressed;
};
void hsim_trace_status(const struct hsim_trace_reader *r, struct hsim_trace_status *s);
/* The last event of vm in the whole frames (HSIM_TRACE_NO_EVENT if none). */
uint64_t hsim_trace_last_event(const struct hsim_trace_reader *r, unsigned vm);
/* A sentence about the last error or the truncation ("" if none). */
const char *hsim_trace_error(const struct hsim_trace_reader *r);

#ifdef __cplusplus
}
#endif
#endif
