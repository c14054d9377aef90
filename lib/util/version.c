/* Run-time version query. */
#include <hsim.h>

unsigned hsim_version_number(void) { return HSIM_VERSION_NUMBER; }
const char *hsim_version_string(void) { return HSIM_VERSION_STRING; }

static const char *const gpr_names[HSIM_NGPR] = {
	"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
	"r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
};

const char *hsim_gpr_name(unsigned reg)
{
	return reg < HSIM_NGPR ? gpr_names[reg] : "?";
}
