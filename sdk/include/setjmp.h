/* Guest libc: non-local jumps. A jmp_buf holds rbx, rbp, r12-r15, rsp, rip. */
#ifndef HSIM_LIBC_SETJMP_H
#define HSIM_LIBC_SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

typedef long jmp_buf[8];

__attribute__((returns_twice)) int setjmp(jmp_buf env);
__attribute__((noreturn)) void longjmp(jmp_buf env, int val);
__attribute__((returns_twice)) int _setjmp(jmp_buf env);
__attribute__((noreturn)) void _longjmp(jmp_buf env, int val);

#ifdef __cplusplus
}
#endif
#endif
