/* Guest program entry. The host starts _start with RSP at the top of the
 * stack (HSIM_GUEST_STACK_TOP, 16-byte aligned), RDI at the end of guest
 * memory (where the heap ends), every other GPR zero and .bss zeroed. */
#include <hsim/abi.h>

	.section .text.hsim_start, "ax", @progbits
	.globl _start
	.type _start, @function
_start:
	xorl %ebp, %ebp			/* outermost frame, for backtraces */
	movq %rdi, __hsim_heap_end(%rip)
	andq $-16, %rsp

	/* constructors (.init_array, in link order) */
	leaq __init_array_start(%rip), %rbx
	leaq __init_array_end(%rip), %r12
1:	cmpq %r12, %rbx
	jae 2f
	callq *(%rbx)
	addq $8, %rbx
	jmp 1b

	/* main(argc = 1, argv = { "hsim-guest", NULL }, envp = { NULL }) for
	 * programs that declare main with arguments */
2:	movl $1, %edi
	leaq __hsim_argv(%rip), %rsi
	leaq 8(%rsi), %rdx
	callq main
	movl %eax, %edi
	callq exit			/* atexit handlers, flush, hsim_exit */
	ud2
	.size _start, . - _start

	.weak __init_array_start
	.weak __init_array_end

	.section .rodata
__hsim_arg0:
	.asciz "hsim-guest"
	.data
	.balign 8
__hsim_argv:
	.quad __hsim_arg0, 0
	.bss
	.balign 8
	.globl __hsim_heap_end
	.type __hsim_heap_end, @object
	.size __hsim_heap_end, 8
__hsim_heap_end:
	.zero 8

	.section .note.GNU-stack, "", @progbits
