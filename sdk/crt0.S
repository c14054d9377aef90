/* Guest program entry. The host starts _start as a SysV process starts:
 * RSP (16-byte aligned) at argc, then argv[0..argc-1], NULL, envp[...],
 * NULL, the auxiliary vector (HSIM_AT_TTY); FS base at the thread's TCB (self
 * pointer at %fs:0, stack-protector canary at %fs:0x28) with the ELF's
 * TLS block below it; RDI at the end of guest memory (where the heap ends);
 * every other GPR zero and .bss zeroed. See lib/monitor/start.c. */
#include <hsim/abi.h>

	.section .text.hsim_start, "ax", @progbits
	.globl _start
	.type _start, @function
_start:
	xorl %ebp, %ebp			/* outermost frame, for backtraces */
	movq %rdi, __hsim_heap_end(%rip)
	movq (%rsp), %r13		/* argc */
	leaq 8(%rsp), %r14		/* argv */
	leaq 16(%rsp,%r13,8), %r15	/* envp */
	movq %r15, environ(%rip)
	movq %r15, %rax			/* the auxiliary vector: after envp's NULL */
3:	cmpq $0, (%rax)
	leaq 8(%rax), %rax
	jne 3b
	movq %rax, __hsim_auxv(%rip)
	andq $-16, %rsp

	/* constructors (.init_array, in link order) */
	leaq __init_array_start(%rip), %rbx
	leaq __init_array_end(%rip), %r12
1:	cmpq %r12, %rbx
	jae 2f
	movl %r13d, %edi		/* glibc hands them main's arguments too */
	movq %r14, %rsi
	movq %r15, %rdx
	callq *(%rbx)
	addq $8, %rbx
	jmp 1b

2:	movl %r13d, %edi
	movq %r14, %rsi
	movq %r15, %rdx
	callq main
	movl %eax, %edi
	callq exit			/* atexit handlers, flush, hsim_exit */
	ud2
	.size _start, . - _start

	.weak __init_array_start
	.weak __init_array_end

	.bss
	.balign 8
	.globl __hsim_auxv
	.type __hsim_auxv, @object
	.size __hsim_auxv, 8
__hsim_auxv:
	.zero 8
	.globl __hsim_heap_end
	.type __hsim_heap_end, @object
	.size __hsim_heap_end, 8
__hsim_heap_end:
	.zero 8

	.section .note.GNU-stack, "", @progbits
