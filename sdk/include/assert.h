/* Guest libc: assert(). Deliberately without an include guard: the meaning
 * of assert follows NDEBUG at each inclusion, as the C standard requires. */
#undef assert

#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#ifdef __cplusplus
extern "C" /* the C library's function (sdk/libc/assert.c), not a C++ one */
#endif
__attribute__((noreturn)) void __assert_fail(const char *expr, const char *file,
					     unsigned line, const char *func);
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__cplusplus)
#undef static_assert
#define static_assert _Static_assert
#endif
