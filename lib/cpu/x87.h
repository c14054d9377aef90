/* x87 for the interpreter (x87.c). Not a public header. */
#ifndef HSIM_LIB_CPU_X87_H
#define HSIM_LIB_CPU_X87_H

struct sim;
struct x86_insn;

/* The handler of every x87 instruction (D8..DF) and of fwait. */
int sim_x87(struct sim *s, const struct x86_insn *in);

#endif
