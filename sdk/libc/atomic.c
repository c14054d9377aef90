/* Guest libc: the libatomic entry points, which gcc calls for the atomics
 * it does not inline: 16-byte objects (no -mcx16 on the guest's CPU), odd
 * sizes, and the floating-point exceptions of an _Atomic float, double or
 * long double compound assignment (__atomic_feraiseexcept).
 *
 * A guest is one thread on one vCPU, and nothing else writes its memory
 * while it runs (channels copy, devices are reached by instructions), so
 * each of these is atomic as plain loads and stores: an interrupt-free
 * uniprocessor needs no lock. The memory-order arguments are therefore
 * only a compiler barrier. */
#include <fenv.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define BARRIER() __asm__ volatile("" ::: "memory")

/* gcc knows these names as builtins: the functions get other C names and
 * the libatomic names as their assembler labels. */
#define LIBATOMIC(name) __asm__(#name)

/* ---- any size ---------------------------------------------------------- */

void hsim_atomic_load(size_t n, const void *p, void *ret, int order) LIBATOMIC(__atomic_load);
void hsim_atomic_load(size_t n, const void *p, void *ret, int order)
{
	(void)order;
	BARRIER();
	memcpy(ret, p, n);
	BARRIER();
}

void hsim_atomic_store(size_t n, void *p, const void *val, int order) LIBATOMIC(__atomic_store);
void hsim_atomic_store(size_t n, void *p, const void *val, int order)
{
	(void)order;
	BARRIER();
	memcpy(p, val, n);
	BARRIER();
}

void hsim_atomic_exchange(size_t n, void *p, const void *val, void *ret, int order)
	LIBATOMIC(__atomic_exchange);
void hsim_atomic_exchange(size_t n, void *p, const void *val, void *ret, int order)
{
	(void)order;
	BARRIER();
	memcpy(ret, p, n);
	memcpy(p, val, n);
	BARRIER();
}

bool hsim_atomic_compare_exchange(size_t n, void *p, void *expected, const void *desired,
				  int success, int failure) LIBATOMIC(__atomic_compare_exchange);
bool hsim_atomic_compare_exchange(size_t n, void *p, void *expected, const void *desired,
				  int success, int failure)
{
	bool same;

	(void)success;
	(void)failure;
	BARRIER();
	same = memcmp(p, expected, n) == 0;
	if (same)
		memcpy(p, desired, n);
	else
		memcpy(expected, p, n);
	BARRIER();
	return same;
}

bool hsim_atomic_is_lock_free(size_t n, const void *p) LIBATOMIC(__atomic_is_lock_free);
bool hsim_atomic_is_lock_free(size_t n, const void *p)
{
	/* what the CPU does in one instruction, aligned (cmpxchg16b is not
	 * assumed: the guest's CPUID does not show it) */
	return (n == 1 || n == 2 || n == 4 || n == 8) && ((uintptr_t)p & (n - 1)) == 0;
}

void hsim_atomic_feraiseexcept(int excepts) LIBATOMIC(__atomic_feraiseexcept);
void hsim_atomic_feraiseexcept(int excepts)
{
	feraiseexcept(excepts);
}

/* ---- sized ones: 1, 2, 4, 8 and 16 bytes --------------------------------- */

#define SIZED(N, T)                                                                     \
	T hsim_atomic_load_##N(const volatile void *p, int o) LIBATOMIC(__atomic_load_##N); \
	T hsim_atomic_load_##N(const volatile void *p, int o)                           \
	{                                                                               \
		(void)o;                                                                \
		return *(const volatile T *)p;                                          \
	}                                                                               \
	void hsim_atomic_store_##N(volatile void *p, T v, int o) LIBATOMIC(__atomic_store_##N); \
	void hsim_atomic_store_##N(volatile void *p, T v, int o)                        \
	{                                                                               \
		(void)o;                                                                \
		*(volatile T *)p = v;                                                   \
	}                                                                               \
	T hsim_atomic_exchange_##N(volatile void *p, T v, int o) LIBATOMIC(__atomic_exchange_##N); \
	T hsim_atomic_exchange_##N(volatile void *p, T v, int o)                        \
	{                                                                               \
		T old = *(volatile T *)p;                                               \
		(void)o;                                                                \
		*(volatile T *)p = v;                                                   \
		return old;                                                             \
	}                                                                               \
	bool hsim_atomic_cmpxchg_##N(volatile void *p, void *e, T d, bool weak, int s, int f) \
		LIBATOMIC(__atomic_compare_exchange_##N);                               \
	bool hsim_atomic_cmpxchg_##N(volatile void *p, void *e, T d, bool weak, int s, int f) \
	{                                                                               \
		T cur = *(volatile T *)p, want;                                         \
		(void)weak;                                                             \
		(void)s;                                                                \
		(void)f;                                                                \
		memcpy(&want, e, sizeof want);                                          \
		if (cur == want) {                                                      \
			*(volatile T *)p = d;                                           \
			return true;                                                    \
		}                                                                       \
		memcpy(e, &cur, sizeof cur);                                            \
		return false;                                                           \
	}                                                                               \
	FETCH(N, T, add, old + v)                                                       \
	FETCH(N, T, sub, old - v)                                                       \
	FETCH(N, T, and, old & v)                                                       \
	FETCH(N, T, or, old | v)                                                        \
	FETCH(N, T, xor, old ^ v)                                                       \
	FETCH(N, T, nand, ~(old & v))

/* __atomic_fetch_OP_N returns the old value, __atomic_OP_fetch_N the new */
#define FETCH(N, T, OP, EXPR)                                                           \
	T hsim_atomic_fetch_##OP##_##N(volatile void *p, T v, int o)                    \
		LIBATOMIC(__atomic_fetch_##OP##_##N);                                   \
	T hsim_atomic_fetch_##OP##_##N(volatile void *p, T v, int o)                    \
	{                                                                               \
		T old = *(volatile T *)p;                                               \
		(void)o;                                                                \
		*(volatile T *)p = (T)(EXPR);                                           \
		return old;                                                             \
	}                                                                               \
	T hsim_atomic_##OP##_fetch_##N(volatile void *p, T v, int o)                    \
		LIBATOMIC(__atomic_##OP##_fetch_##N);                                   \
	T hsim_atomic_##OP##_fetch_##N(volatile void *p, T v, int o)                    \
	{                                                                               \
		T old = *(volatile T *)p;                                               \
		(void)o;                                                                \
		return *(volatile T *)p = (T)(EXPR);                                    \
	}

SIZED(1, uint8_t)
SIZED(2, uint16_t)
SIZED(4, uint32_t)
SIZED(8, uint64_t)
SIZED(16, unsigned __int128)
