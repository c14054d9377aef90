/* hsim_strerror: one name for every code the library returns. */
#include <string.h>
#include <hsim/error.h>

static const char *const messages[] = {
	[-(HSIM_E_INVAL - HSIM_E_FIRST)] = "invalid argument",
	[-(HSIM_E_ELF - HSIM_E_FIRST)] = "not a readable ELF file",
	[-(HSIM_E_ELF_TRUNCATED - HSIM_E_FIRST)] = "ELF file is truncated",
	[-(HSIM_E_ELF_CLASS - HSIM_E_FIRST)] = "ELF file is not 64-bit little-endian",
	[-(HSIM_E_ELF_MACHINE - HSIM_E_FIRST)] = "ELF file is not for x86-64",
	[-(HSIM_E_ELF_TYPE - HSIM_E_FIRST)] = "ELF file is not a static executable (ET_EXEC)",
	[-(HSIM_E_ELF_NO_SEGMENTS - HSIM_E_FIRST)] = "ELF file has no loadable segment",
	[-(HSIM_E_ELF_OVERLAP - HSIM_E_FIRST)] = "ELF loadable segments overlap",
	[-(HSIM_E_ELF_OUTSIDE - HSIM_E_FIRST)] = "ELF segment lies outside guest memory",
	[-(HSIM_E_ELF_SIZE - HSIM_E_FIRST)] = "ELF file has an absurd size or count",
	[-(HSIM_E_ELF_ENTRY - HSIM_E_FIRST)] = "ELF entry point is not in an executable segment",
	[-(HSIM_E_ELF_DYNAMIC - HSIM_E_FIRST)] = "ELF file is dynamically linked",
	[-(HSIM_E_NO_KVM - HSIM_E_FIRST)] = "KVM is not available (/dev/kvm)",
	[-(HSIM_E_KVM_API - HSIM_E_FIRST)] = "KVM lacks a required API version or capability",
	[-(HSIM_E_GUEST_FAULT - HSIM_E_FIRST)] = "guest raised an exception",
	[-(HSIM_E_TIMEOUT - HSIM_E_FIRST)] = "guest exceeded its time limit",
	[-(HSIM_E_SHUTDOWN - HSIM_E_FIRST)] = "VM shut down (triple fault)",
	[-(HSIM_E_UNHANDLED_EXIT - HSIM_E_FIRST)] = "VM exit the monitor does not handle",
	[-(HSIM_E_UNSUPPORTED - HSIM_E_FIRST)] = "guest uses something hsim cannot run",
	[-(HSIM_E_NOT_RUN - HSIM_E_FIRST)] = "the VM has not run yet",
	[-(HSIM_E_EVENTS - HSIM_E_FIRST)] = "malformed event list",
	[-(HSIM_E_SYMBOL - HSIM_E_FIRST)] = "no such function in the guest",
	[-(HSIM_E_TRACE_FORMAT - HSIM_E_FIRST)] = "not an hsim trace file",
	[-(HSIM_E_TRACE_VERSION - HSIM_E_FIRST)] = "trace of an unknown format version",
	[-(HSIM_E_TRACE_CORRUPT - HSIM_E_FIRST)] = "trace is corrupt",
	[-(HSIM_E_TRACE_TRUNCATED - HSIM_E_FIRST)] = "trace is truncated",
	[-(HSIM_E_NOT_FILE - HSIM_E_FIRST)] = "not a regular file (a FIFO or device cannot be a guest)",
};

const char *hsim_strerror(int err)
{
	if (err >= 0)
		return "success";
	if (err <= HSIM_E_FIRST && err >= HSIM_E_LAST)
		return messages[-(err - HSIM_E_FIRST)];
	if (err > -4096)
		return strerror(-err);
	return "unknown error";
}
