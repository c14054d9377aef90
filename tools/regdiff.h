/* Two CPU states side by side: the register differences `hsim diff` and
 * `hsim replay` print, as text and as JSON. */
#ifndef HSIM_TOOLS_REGDIFF_H
#define HSIM_TOOLS_REGDIFF_H

#include <stdint.h>
#include <stdio.h>
#include <hsim/cpu.h>

/* Two register sets side by side, one register per line, differing ones
 * marked with '*' at the line start: "* rax  0x0000000000000001  0x0000000000000002".
 * full: every field of hsim_cpu_fields (fs_base/gs_base, xmm0-15 as two
 * 64-bit halves, mxcsr, fcw, cr0/2/3/4, efer, the x87 state); else GPRs, rip,
 * rflags (rflags also decoded: "CF ZF ..").
 * only_diff: print only the differing lines. Returns the number of differing
 * fields (of those compared). la/lb: column titles ("recorded", "replayed"). */
unsigned regdiff_print(FILE *f, const struct hsim_cpu_state *a, const struct hsim_cpu_state *b,
		       int full, int only_diff, const char *la, const char *lb);
/* The same as a JSON object {"rax":["0x..","0x.."],...} of the differing fields only
 * (all compared fields when all != 0), no trailing newline. */
void regdiff_json(FILE *f, const struct hsim_cpu_state *a, const struct hsim_cpu_state *b,
		  int full, int all);
/* Number of differing fields; mask (may be NULL) gets bit i for GPR i, bit 16 rip,
 * bit 17 rflags, bit 18 any of the other fields (only when full). */
unsigned regdiff_count(const struct hsim_cpu_state *a, const struct hsim_cpu_state *b, int full,
		       uint32_t *mask);

#endif
