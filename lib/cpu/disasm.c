/* Capstone disassembly for reports. */
#include <stdio.h>
#include <capstone/capstone.h>
#include "disasm.h"

unsigned disasm_text(const uint8_t *bytes, size_t len, uint64_t addr, char *buf, size_t n)
{
	csh cs;
	cs_insn *ci;
	unsigned got = 0;

	if (n)
		buf[0] = 0;
	if (cs_open(CS_ARCH_X86, CS_MODE_64, &cs) != CS_ERR_OK)
		return 0;
	if (cs_disasm(cs, bytes, len, addr, 1, &ci) == 1) {
		snprintf(buf, n, "%s%s%s", ci->mnemonic, ci->op_str[0] ? " " : "", ci->op_str);
		got = ci->size;
		cs_free(ci, 1);
	}
	cs_close(&cs);
	return got;
}
