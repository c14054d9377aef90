/* Capstone disassembly for reports (kept apart from the decoder's names). */
#ifndef HSIM_LIB_MONITOR_DISASM_H
#define HSIM_LIB_MONITOR_DISASM_H
#include <stddef.h>
#include <stdint.h>

/* Disassemble one instruction at addr into buf ("mnemonic operands").
 * Returns its length, or 0 (buf = "") if Capstone cannot decode it. */
unsigned disasm_text(const uint8_t *bytes, size_t len, uint64_t addr, char *buf, size_t n);
#endif
