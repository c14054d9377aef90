/*
 * vm.h - the bytecode virtual machine: opcodes, call frames, the VM state,
 * and the entry points used by the compiler, the built-ins and main.
 */
#ifndef BIGPROG_VM_H
#define BIGPROG_VM_H

#include "value.h"

typedef enum {
	OP_CONST,	/* u16 constant index */
	OP_NIL,
	OP_TRUE,
	OP_FALSE,
	OP_POP,
	OP_GETL,	/* u8 depth, u16 slot */
	OP_SETL,	/* u8 depth, u16 slot (keeps the value) */
	OP_GETG,	/* u16 name constant */
	OP_SETG,	/* u16 name constant (keeps the value) */
	OP_DEFG,	/* u16 name constant (pops) */
	OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_NEG, OP_NOT,
	OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
	OP_JMP,		/* s16 offset from the next instruction */
	OP_JF,		/* s16: pops, jumps if false */
	OP_JFK,		/* s16: jumps if false keeping it, else pops */
	OP_JTK,		/* s16: jumps if true keeping it, else pops */
	OP_LOOP,	/* u16 backwards; a collection point */
	OP_CALL,	/* u8 argc */
	OP_RET,
	OP_LIST,	/* u16 n items */
	OP_MAP,		/* u16 n pairs */
	OP_INDEX,
	OP_SETINDEX,	/* container, key, value -> value */
	OP_LEN,
	OP_CLOSURE,	/* u16 prototype constant */
	OP_COUNT
} opcode;

extern const char *const op_names[OP_COUNT];

#define VM_STACK 65536
#define VM_FRAMES 1024

typedef struct {
	oclosure *closure;
	oenv *env;
	unsigned char *ip;
	value *base;	/* the callee's slot on the stack */
} frame;

typedef struct vm {
	value *stack, *sp;
	frame frames[VM_FRAMES];
	int nframes;
	omap *globals;
	obj *objects;
	size_t bytes, next_gc;
	int gc_off;	/* no collection (while compiling) */
	unsigned long collections, freed, allocated, steps;
	oproto *compiling;	/* kept alive while a script runs */
} vm;

void vm_init(vm *v);
void vm_free(vm *v);
void *vm_alloc(vm *v, size_t size, otype type);
void vm_collect(vm *v);

/* A runtime error: fails (longjmp) with the current line. */
#ifdef __GNUC__
__attribute__((noreturn, format(printf, 2, 3)))
#endif
void vm_error(vm *v, const char *fmt, ...);

/* Calls callee with the argc values on the stack below sp; leaves the
 * result in their place (the callee's slot). */
value vm_call(vm *v, value callee, int argc, value *args);

/* Compiles and runs a script; prints an error and returns -1 on one. */
int vm_run_script(vm *v, const char *name, const char *src);

/* compile.c: source to a prototype (fails on a syntax error) */
oproto *compile_script(vm *v, const char *name, const char *src);
void disassemble(oproto *p, int depth);

/* builtins.c */
void builtins_install(vm *v);

#endif
