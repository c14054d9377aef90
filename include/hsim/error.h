/* hsim error codes: 0 / non-negative is success, -errno for system errors,
 * HSIM_E_* (<= -4096) for hsim's own. */
#ifndef HSIM_ERROR_H
#define HSIM_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

enum hsim_error {
	HSIM_E_FIRST = -4096,
	HSIM_E_INVAL = -4096,          /* invalid argument to an hsim call */
	HSIM_E_ELF = -4097,            /* libelf could not parse the file */
	HSIM_E_ELF_TRUNCATED = -4098,  /* file ends inside a header or segment */
	HSIM_E_ELF_CLASS = -4099,      /* not a 64-bit little-endian ELF */
	HSIM_E_ELF_MACHINE = -4100,    /* not x86-64 */
	HSIM_E_ELF_TYPE = -4101,       /* not a static executable (ET_EXEC) */
	HSIM_E_ELF_NO_SEGMENTS = -4102,/* no PT_LOAD segment */
	HSIM_E_ELF_OVERLAP = -4103,    /* two PT_LOAD segments overlap */
	HSIM_E_ELF_OUTSIDE = -4104,    /* a segment lies outside guest memory */
	HSIM_E_ELF_SIZE = -4105,       /* absurd size (filesz > memsz, huge counts) */
	HSIM_E_ELF_ENTRY = -4106,      /* entry point not in an executable segment */
	HSIM_E_ELF_DYNAMIC = -4107,    /* dynamic executable / interpreter requested */
	HSIM_E_NO_KVM = -4108,         /* /dev/kvm missing or unusable */
	HSIM_E_KVM_API = -4109,        /* KVM API version or capability missing */
	HSIM_E_GUEST_FAULT = -4110,    /* guest raised an exception */
	HSIM_E_TIMEOUT = -4111,        /* guest exceeded its time limit */
	HSIM_E_SHUTDOWN = -4112,       /* triple fault / VM shutdown */
	HSIM_E_UNHANDLED_EXIT = -4113, /* VM exit the monitor does not know */
	HSIM_E_UNSUPPORTED = -4114,    /* guest uses something hsim cannot run */
	HSIM_E_NOT_RUN = -4115,        /* result asked for before the VM ran */
	HSIM_E_EVENTS = -4116,         /* an event list (file) is malformed */
	HSIM_E_SYMBOL = -4117,         /* no such function symbol in the guest */
	HSIM_E_TRACE_FORMAT = -4118,   /* not a trace file (bad magic) */
	HSIM_E_TRACE_VERSION = -4119,  /* trace of a format version this hsim does not know */
	HSIM_E_TRACE_CORRUPT = -4120,  /* damaged trace (checksum, bad record) */
	HSIM_E_TRACE_TRUNCATED = -4121,/* trace cut short (its writer did not finish) */
	HSIM_E_NOT_FILE = -4122,       /* a FIFO, device, socket: not a regular file */
	HSIM_E_LAST = -4122,
};

/* A short English description of any code hsim returns (never NULL). */
const char *hsim_strerror(int err);

#ifdef __cplusplus
}
#endif
#endif
