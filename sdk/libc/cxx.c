/* Guest libc: the C++ runtime that hsim-c++ programs need without
 * libstdc++: operator new and delete (every form: arrays, sized, aligned,
 * nothrow), static destructors (__cxa_atexit, __dso_handle), function-local
 * statics (__cxa_guard_*), pure virtual calls. Exceptions and RTTI are off
 * (hsim-c++ passes -fno-exceptions -fno-rtti), so a failed allocation of a
 * throwing new ends the program with a message instead of std::bad_alloc.
 * Written in C: the functions carry their Itanium C++ ABI names. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <hsim/guest.h>

/* ---- the end of the program --------------------------------------------- */

__attribute__((noreturn)) static void die(const char *msg)
{
	fflush(stdout);
	hsim_write(2, msg, strlen(msg));
	hsim_exit(134); /* as abort() */
}

/* ---- operator new / delete ------------------------------------------------ */

static void *alloc(size_t n, size_t align, int nothrow)
{
	void *p;
	if (!n)
		n = 1; /* a distinct pointer for each new of 0 bytes */
	p = align > 16 ? aligned_alloc(align, (n + align - 1) / align * align) : malloc(n);
	if (!p && !nothrow)
		die("operator new: out of memory (std::bad_alloc: exceptions are off)\n");
	return p;
}

/* The Itanium ABI names are C identifiers: defined here as they are.
 * Sizes, alignments (std::align_val_t is a size_t) and std::nothrow_t
 * references are passed as the ABI passes them. */
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wmissing-prototypes"
#pragma GCC diagnostic ignored "-Wmissing-declarations"

void *_Znwm(size_t n) { return alloc(n, 0, 0); }
void *_Znam(size_t n) { return alloc(n, 0, 0); }
void *_ZnwmRKSt9nothrow_t(size_t n, const void *nt) { return alloc(n, 0, 1); }
void *_ZnamRKSt9nothrow_t(size_t n, const void *nt) { return alloc(n, 0, 1); }
void *_ZnwmSt11align_val_t(size_t n, size_t a) { return alloc(n, a, 0); }
void *_ZnamSt11align_val_t(size_t n, size_t a) { return alloc(n, a, 0); }
void *_ZnwmSt11align_val_tRKSt9nothrow_t(size_t n, size_t a, const void *nt) { return alloc(n, a, 1); }
void *_ZnamSt11align_val_tRKSt9nothrow_t(size_t n, size_t a, const void *nt) { return alloc(n, a, 1); }

void _ZdlPv(void *p) { free(p); }
void _ZdaPv(void *p) { free(p); }
void _ZdlPvm(void *p, size_t n) { free(p); }
void _ZdaPvm(void *p, size_t n) { free(p); }
void _ZdlPvRKSt9nothrow_t(void *p, const void *nt) { free(p); }
void _ZdaPvRKSt9nothrow_t(void *p, const void *nt) { free(p); }
void _ZdlPvSt11align_val_t(void *p, size_t a) { free(p); }
void _ZdaPvSt11align_val_t(void *p, size_t a) { free(p); }
void _ZdlPvmSt11align_val_t(void *p, size_t n, size_t a) { free(p); }
void _ZdaPvmSt11align_val_t(void *p, size_t n, size_t a) { free(p); }
void _ZdlPvSt11align_val_tRKSt9nothrow_t(void *p, size_t a, const void *nt) { free(p); }
void _ZdaPvSt11align_val_tRKSt9nothrow_t(void *p, size_t a, const void *nt) { free(p); }

/* std::nothrow, an empty object */
const char _ZSt7nothrow = 0;

/* ---- static destructors ----------------------------------------------------
 * g++ registers each static object's destructor with __cxa_atexit as it is
 * constructed; they must run at exit in the reverse order, interleaved with
 * atexit's functions. Each registration takes an atexit slot of its own
 * (run_group pops the newest); once atexit's table is full, later ones join
 * the newest group, which keeps the order (atexit then refuses plain
 * functions too). */

struct dtor {
	void (*fn)(void *);
	void *arg;
};
static struct dtor *dtors;
static size_t ndtors, cap_dtors;
static size_t *groups;   /* entries of each atexit slot, the newest last */
static size_t ngroups, cap_groups;

void *__dso_handle __attribute__((visibility("hidden"))) = &__dso_handle;

static void run_group(void)
{
	if (!ngroups)
		return;
	for (size_t k = groups[--ngroups]; k > 0 && ndtors > 0; k--) {
		struct dtor d = dtors[--ndtors];
		d.fn(d.arg);
	}
}

static int grow(void **p, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return 0;
	size_t c = *cap ? 2 * *cap : 32;
	void *q = realloc(*p, c * size);
	if (!q)
		return -1;
	*p = q;
	*cap = c;
	return 0;
}

int __cxa_atexit(void (*fn)(void *), void *arg, void *dso)
{
	(void)dso;
	if (grow((void **)&dtors, &cap_dtors, ndtors, sizeof(*dtors)) < 0 ||
	    grow((void **)&groups, &cap_groups, ngroups, sizeof(*groups)) < 0)
		return -1;
	dtors[ndtors++] = (struct dtor){ fn, arg };
	if (atexit(run_group) == 0)
		groups[ngroups++] = 1;
	else if (ngroups)
		groups[ngroups - 1]++;
	else
		groups[ngroups++] = 1; /* never run: atexit had no room at all */
	return 0;
}

/* ---- function-local statics -------------------------------------------------
 * The guard's first byte says "initialised", its second "being
 * initialised" (one thread: a second entry is the initialiser recursing). */

int __cxa_guard_acquire(uint64_t *g)
{
	uint8_t *b = (uint8_t *)g;
	if (b[0])
		return 0;
	if (b[1])
		die("a function-local static's initialisation re-entered itself\n");
	b[1] = 1;
	return 1;
}

void __cxa_guard_release(uint64_t *g)
{
	uint8_t *b = (uint8_t *)g;
	b[0] = 1;
	b[1] = 0;
}

void __cxa_guard_abort(uint64_t *g)
{
	((uint8_t *)g)[1] = 0;
}

/* ---- virtual calls that cannot be -------------------------------------------- */

__attribute__((noreturn)) void __cxa_pure_virtual(void)
{
	die("pure virtual method called\n");
}

__attribute__((noreturn)) void __cxa_deleted_virtual(void)
{
	die("deleted virtual method called\n");
}
