/*
 * value.h - the scripting language's values and heap objects.
 *
 * A value is a tagged union: nil, a boolean, a double, or a pointer to a
 * heap object.  Every object starts with an obj header linking it into the
 * VM's list of all objects, which the mark-and-sweep collector walks.
 */
#ifndef BIGPROG_VALUE_H
#define BIGPROG_VALUE_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

typedef enum { V_NIL, V_BOOL, V_NUM, V_OBJ } vtype;

typedef enum { O_STRING, O_LIST, O_MAP, O_PROTO, O_CLOSURE, O_ENV, O_NATIVE } otype;

typedef struct obj {
	otype type;
	unsigned char marked;
	struct obj *next;
} obj;

typedef struct {
	vtype t;
	union {
		int b;
		double n;
		obj *o;
	} u;
} value;

typedef struct {
	obj h;
	size_t len;
	uint32_t hash;
	char chars[];	/* NUL-terminated */
} ostring;

typedef struct {
	obj h;
	value *items;
	size_t n, cap;
} olist;

typedef struct {
	value key;
	value val;
	int used;	/* 0 empty, 1 live, 2 deleted (a tombstone, probes go on) */
} mentry;

typedef struct {
	obj h;
	mentry *e;
	size_t count, tombs, cap;	/* cap is a power of two */
} omap;

typedef struct oproto {
	obj h;
	unsigned char *code;
	int *lines;	/* the source line of each code byte */
	size_t ncode, capcode;
	value *consts;
	size_t nconsts, capconsts;
	int nparams, nlocals;
	ostring *name;
} oproto;

typedef struct oenv {
	obj h;
	struct oenv *parent;
	int n;
	value slots[];
} oenv;

typedef struct {
	obj h;
	oproto *proto;
	oenv *env;
} oclosure;

struct vm;
typedef value (*native_fn)(struct vm *vm, int argc, value *argv);

typedef struct {
	obj h;
	native_fn fn;
	const char *name;
	int min_args, max_args;	/* max -1: any number */
} onative;

/* ---- constructors and tests ---- */
static inline value v_nil(void)
{
	value v;

	v.t = V_NIL;
	v.u.n = 0;
	return v;
}

static inline value v_bool(int b)
{
	value v;

	v.t = V_BOOL;
	v.u.b = b != 0;
	return v;
}

static inline value v_num(double n)
{
	value v;

	v.t = V_NUM;
	v.u.n = n;
	return v;
}

static inline value v_obj(void *o)
{
	value v;

	v.t = V_OBJ;
	v.u.o = o;
	return v;
}

static inline int is_obj(value v, otype t)
{
	return v.t == V_OBJ && v.u.o->type == t;
}

#define AS_STR(v) ((ostring *)(v).u.o)
#define AS_LIST(v) ((olist *)(v).u.o)
#define AS_MAP(v) ((omap *)(v).u.o)
#define AS_CLOSURE(v) ((oclosure *)(v).u.o)
#define AS_NATIVE(v) ((onative *)(v).u.o)

int truthy(value v);
int values_equal(value a, value b);
const char *type_name(value v);

/* ---- object.c ---- */
ostring *str_new(struct vm *vm, const char *s, size_t len);
ostring *str_cstr(struct vm *vm, const char *s);
ostring *str_take(struct vm *vm, strbuf *sb);
olist *list_new(struct vm *vm);
void list_push(olist *l, value v);
omap *map_new(struct vm *vm);
int map_get(omap *m, value key, value *out);
void map_set(omap *m, value key, value val);
int map_del(omap *m, value key);
oproto *proto_new(struct vm *vm, ostring *name);
oclosure *closure_new(struct vm *vm, oproto *p, oenv *env);
oenv *env_new(struct vm *vm, oenv *parent, int n);
onative *native_new(struct vm *vm, const char *name, native_fn fn, int min, int max);

/* Appends v to sb: strings bare at top level (quote 0), quoted inside lists. */
void value_write(strbuf *sb, value v, int quote);
ostring *value_tostring(struct vm *vm, value v);
/* The live entries of m sorted by key (an array to xfree). */
mentry **map_sorted(omap *m, size_t *n);

/* Frees the unmarked objects (after marking); returns how many. */
size_t gc_collect(struct vm *vm);
void gc_free_all(struct vm *vm);

#endif
