/* Guest libc: memory allocation, conversions, sorting, random numbers, exit. */
#ifndef HSIM_LIBC_STDLIB_H
#define HSIM_LIBC_STDLIB_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 0x7fffffff
#define MB_CUR_MAX 4 /* UTF-8 (wchar.c) */

typedef struct {
	int quot, rem;
} div_t;
typedef struct {
	long quot, rem;
} ldiv_t;
typedef struct {
	long long quot, rem;
} lldiv_t;

/* The heap lies between the end of .bss and the end of guest memory (the
 * 2 MiB stack, HSIM_GUEST_STACK_SIZE, is below the program). */
void *malloc(size_t size) __attribute__((malloc));
void *calloc(size_t n, size_t size) __attribute__((malloc));
void *realloc(void *p, size_t size);
void *aligned_alloc(size_t align, size_t size) __attribute__((malloc));
void *memalign(size_t align, size_t size) __attribute__((malloc));
int posix_memalign(void **out, size_t align, size_t size);
void free(void *p);

int abs(int x);
long labs(long x);
long long llabs(long long x);
div_t div(int a, int b);
ldiv_t ldiv(long a, long b);
lldiv_t lldiv(long long a, long long b);

int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
double atof(const char *s);
long strtol(const char *__restrict s, char **__restrict end, int base);
unsigned long strtoul(const char *__restrict s, char **__restrict end, int base);
long long strtoll(const char *__restrict s, char **__restrict end, int base);
unsigned long long strtoull(const char *__restrict s, char **__restrict end, int base);
double strtod(const char *__restrict s, char **__restrict end);
float strtof(const char *__restrict s, char **__restrict end);
long double strtold(const char *__restrict s, char **__restrict end);

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *));

int rand(void);
void srand(unsigned seed);

int atexit(void (*fn)(void));
__attribute__((noreturn)) void exit(int code);
__attribute__((noreturn)) void _Exit(int code);
__attribute__((noreturn)) void abort(void);
char *getenv(const char *name); /* `hsim run --env NAME=VALUE` */
/* multibyte characters: UTF-8 (wchar.c) */
int mblen(const char *s, size_t n);
int mbtowc(wchar_t *__restrict pwc, const char *__restrict s, size_t n);
int wctomb(char *s, wchar_t wc);
size_t mbstowcs(wchar_t *__restrict d, const char *__restrict s, size_t n);
size_t wcstombs(char *__restrict d, const wchar_t *__restrict s, size_t n);

/* C11's quick_exit (also C++'s <cstdlib>: the functions at_quick_exit
 * registered, the newest first, then the end), POSIX and BSD additions
 * (stdlib.c). random() is
 * glibc's additive generator and the *rand48 family the specified 48-bit
 * LCG, so that a guest seeded as a native program prints its numbers. */
#include <alloca.h>
int at_quick_exit(void (*fn)(void));
__attribute__((noreturn)) void quick_exit(int code); /* no stdio flush, as glibc */
long random(void);
void srandom(unsigned seed);
char *initstate(unsigned seed, char *state, size_t n);
char *setstate(char *state);
double drand48(void);
double erand48(unsigned short x[3]);
long lrand48(void);
long nrand48(unsigned short x[3]);
long mrand48(void);
long jrand48(unsigned short x[3]);
void srand48(long seed);
unsigned short *seed48(unsigned short seed[3]);
void lcong48(unsigned short param[7]);
void *reallocarray(void *p, size_t n, size_t size);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *string);

#ifdef __cplusplus
}
#endif
#endif
