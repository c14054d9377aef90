/*
 * object.c - heap objects: allocation, strings, lists, hash maps,
 * printing values, and the mark-and-sweep garbage collector.
 */
#include "vm.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation -------------------------------------------------------- */

void *vm_alloc(vm *v, size_t size, otype type)
{
	obj *o = xcalloc(1, size);

	o->type = type;
	o->next = v->objects;
	v->objects = o;
	v->bytes += size;
	v->allocated++;
	return o;
}

ostring *str_new(vm *v, const char *s, size_t len)
{
	ostring *str = vm_alloc(v, sizeof(ostring) + len + 1, O_STRING);

	memcpy(str->chars, s, len);
	str->chars[len] = '\0';
	str->len = len;
	str->hash = hash_bytes(s, len);
	return str;
}

ostring *str_cstr(vm *v, const char *s)
{
	return str_new(v, s, strlen(s));
}

ostring *str_take(vm *v, strbuf *sb)
{
	ostring *s = str_new(v, sb->data ? sb->data : "", sb->len);

	sb_free(sb);
	return s;
}

olist *list_new(vm *v)
{
	return vm_alloc(v, sizeof(olist), O_LIST);
}

void list_push(olist *l, value val)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		l->items = xrealloc(l->items, l->cap * sizeof(value));
	}
	l->items[l->n++] = val;
}

oproto *proto_new(vm *v, ostring *name)
{
	oproto *p = vm_alloc(v, sizeof(oproto), O_PROTO);

	p->name = name;
	return p;
}

oclosure *closure_new(vm *v, oproto *p, oenv *env)
{
	oclosure *c = vm_alloc(v, sizeof(oclosure), O_CLOSURE);

	c->proto = p;
	c->env = env;
	return c;
}

oenv *env_new(vm *v, oenv *parent, int n)
{
	oenv *e = vm_alloc(v, sizeof(oenv) + sizeof(value) * (size_t)n, O_ENV);
	int i;

	e->parent = parent;
	e->n = n;
	for (i = 0; i < n; i++)
		e->slots[i] = v_nil();
	return e;
}

onative *native_new(vm *v, const char *name, native_fn fn, int min, int max)
{
	onative *nat = vm_alloc(v, sizeof(onative), O_NATIVE);

	nat->fn = fn;
	nat->name = name;
	nat->min_args = min;
	nat->max_args = max;
	return nat;
}

/* ---- equality ---------------------------------------------------------- */

int truthy(value v)
{
	return !(v.t == V_NIL || (v.t == V_BOOL && !v.u.b));
}

int values_equal(value a, value b)
{
	if (a.t != b.t)
		return 0;
	switch (a.t) {
	case V_NIL:
		return 1;
	case V_BOOL:
		return a.u.b == b.u.b;
	case V_NUM:
		return a.u.n == b.u.n;
	case V_OBJ:
		if (a.u.o == b.u.o)
			return 1;
		if (a.u.o->type == O_STRING && b.u.o->type == O_STRING)
			return AS_STR(a)->len == AS_STR(b)->len &&
			       memcmp(AS_STR(a)->chars, AS_STR(b)->chars, AS_STR(a)->len) == 0;
		return 0;
	}
	return 0;
}

const char *type_name(value v)
{
	static const char *const names[] = { "string", "list", "map", "proto",
					     "function", "env", "native" };

	switch (v.t) {
	case V_NIL:
		return "nil";
	case V_BOOL:
		return "bool";
	case V_NUM:
		return "number";
	default:
		return names[v.u.o->type];
	}
}

/* ---- hash maps (open addressing, linear probing) ----------------------- */

static uint32_t value_hash(value k)
{
	double d;

	switch (k.t) {
	case V_NUM:
		d = k.u.n;
		if (d == 0)
			d = 0;	/* -0 and 0 are one key */
		return hash_bytes(&d, sizeof(d));
	case V_BOOL:
		return k.u.b ? 3 : 5;
	case V_OBJ:
		if (k.u.o->type == O_STRING)
			return AS_STR(k)->hash;
		return (uint32_t)((uintptr_t)k.u.o >> 4);
	default:
		return 7;
	}
}

omap *map_new(vm *v)
{
	return vm_alloc(v, sizeof(omap), O_MAP);
}

/* The entry for key, or the slot where it would go. */
static mentry *find(mentry *e, size_t cap, value key)
{
	size_t i = value_hash(key) & (cap - 1);
	mentry *tomb = NULL;

	for (;;) {
		mentry *m = &e[i];

		if (m->used == 0)
			return tomb ? tomb : m;
		if (m->used == 2) {
			if (!tomb)
				tomb = m;
		} else if (values_equal(m->key, key)) {
			return m;
		}
		i = (i + 1) & (cap - 1);
	}
}

static void grow(omap *m)
{
	size_t oldcap = m->cap, i;
	mentry *old = m->e;

	m->cap = oldcap ? oldcap * 2 : 8;
	m->e = xcalloc(m->cap, sizeof(mentry));
	m->tombs = 0;
	for (i = 0; i < oldcap; i++) {
		if (old[i].used == 1) {
			mentry *d = find(m->e, m->cap, old[i].key);

			*d = old[i];
		}
	}
	xfree(old);
}

int map_get(omap *m, value key, value *out)
{
	mentry *e;

	if (!m->count)
		return 0;
	e = find(m->e, m->cap, key);
	if (e->used != 1)
		return 0;
	*out = e->val;
	return 1;
}

void map_set(omap *m, value key, value val)
{
	mentry *e;

	if ((m->count + m->tombs + 1) * 4 > m->cap * 3)
		grow(m);
	e = find(m->e, m->cap, key);
	if (e->used != 1) {
		if (e->used == 2)
			m->tombs--;
		m->count++;
		e->used = 1;
		e->key = key;
	}
	e->val = val;
}

int map_del(omap *m, value key)
{
	mentry *e;

	if (!m->count)
		return 0;
	e = find(m->e, m->cap, key);
	if (e->used != 1)
		return 0;
	e->used = 2;
	e->key = v_nil();
	e->val = v_nil();
	m->count--;
	m->tombs++;
	return 1;
}

/* ---- printing ---------------------------------------------------------- */

static void write_number(strbuf *sb, double d)
{
	if (isnan(d))
		sb_puts(sb, "nan");
	else if (isinf(d))
		sb_puts(sb, d > 0 ? "inf" : "-inf");
	else if (d == floor(d) && fabs(d) < 1e15)
		sb_printf(sb, "%.0f", d);
	else
		sb_printf(sb, "%.14g", d);
}

static int cmp_entries(const void *a, const void *b)
{
	const mentry *x = *(const mentry *const *)a, *y = *(const mentry *const *)b;
	strbuf s1, s2;
	int r;

	/* Numbers first, in their order; the rest by how they print. */
	if (x->key.t == V_NUM && y->key.t == V_NUM)
		return x->key.u.n < y->key.u.n ? -1 : x->key.u.n > y->key.u.n;
	if ((x->key.t == V_NUM) != (y->key.t == V_NUM))
		return x->key.t == V_NUM ? -1 : 1;
	sb_init(&s1);
	sb_init(&s2);
	value_write(&s1, x->key, 0);
	value_write(&s2, y->key, 0);
	r = strcmp(s1.data, s2.data);
	sb_free(&s1);
	sb_free(&s2);
	return r;
}

/* The live entries of m, sorted by key (a printing order that does not
 * depend on the table's layout). */
mentry **map_sorted(omap *m, size_t *n)
{
	mentry **out = xmalloc(sizeof(mentry *) * (m->count ? m->count : 1));
	size_t i, k = 0;

	for (i = 0; i < m->cap; i++)
		if (m->e[i].used == 1)
			out[k++] = &m->e[i];
	qsort(out, k, sizeof(mentry *), cmp_entries);
	*n = k;
	return out;
}

static void write_depth(strbuf *sb, value v, int quote, int depth)
{
	size_t i, n;
	mentry **es;

	if (depth > 6) {
		sb_puts(sb, "...");
		return;
	}
	switch (v.t) {
	case V_NIL:
		sb_puts(sb, "nil");
		return;
	case V_BOOL:
		sb_puts(sb, v.u.b ? "true" : "false");
		return;
	case V_NUM:
		write_number(sb, v.u.n);
		return;
	case V_OBJ:
		break;
	}
	switch (v.u.o->type) {
	case O_STRING:
		if (!quote) {
			sb_append(sb, AS_STR(v)->chars, AS_STR(v)->len);
			return;
		}
		sb_putc(sb, '"');
		for (i = 0; i < AS_STR(v)->len; i++) {
			unsigned char c = (unsigned char)AS_STR(v)->chars[i];

			if (c == '"' || c == '\\')
				sb_printf(sb, "\\%c", c);
			else if (c == '\n')
				sb_puts(sb, "\\n");
			else if (c < 32 || c > 126)
				sb_printf(sb, "\\x%02x", c);
			else
				sb_putc(sb, c);
		}
		sb_putc(sb, '"');
		return;
	case O_LIST:
		sb_putc(sb, '[');
		for (i = 0; i < AS_LIST(v)->n; i++) {
			if (i)
				sb_puts(sb, ", ");
			write_depth(sb, AS_LIST(v)->items[i], 1, depth + 1);
		}
		sb_putc(sb, ']');
		return;
	case O_MAP:
		es = map_sorted(AS_MAP(v), &n);
		sb_putc(sb, '{');
		for (i = 0; i < n; i++) {
			if (i)
				sb_puts(sb, ", ");
			write_depth(sb, es[i]->key, 1, depth + 1);
			sb_puts(sb, ": ");
			write_depth(sb, es[i]->val, 1, depth + 1);
		}
		sb_putc(sb, '}');
		xfree(es);
		return;
	case O_CLOSURE:
		sb_printf(sb, "<fn %s/%d>", AS_CLOSURE(v)->proto->name->chars,
			  AS_CLOSURE(v)->proto->nparams);
		return;
	case O_NATIVE:
		sb_printf(sb, "<native %s>", AS_NATIVE(v)->name);
		return;
	default:
		sb_printf(sb, "<%s>", type_name(v));
		return;
	}
}

void value_write(strbuf *sb, value v, int quote)
{
	write_depth(sb, v, quote, 0);
}

ostring *value_tostring(vm *v, value val)
{
	strbuf sb;

	if (is_obj(val, O_STRING))
		return AS_STR(val);
	sb_init(&sb);
	value_write(&sb, val, 0);
	return str_take(v, &sb);
}

/* ---- garbage collection ------------------------------------------------ */

typedef struct {
	obj **item;
	size_t n, cap;
} graystack;

static void mark_obj(graystack *g, obj *o)
{
	if (!o || o->marked)
		return;
	o->marked = 1;
	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 256;
		g->item = xrealloc(g->item, g->cap * sizeof(obj *));
	}
	g->item[g->n++] = o;
}

static void mark_value(graystack *g, value v)
{
	if (v.t == V_OBJ)
		mark_obj(g, v.u.o);
}

/* Marks what o refers to. */
static void blacken(graystack *g, obj *o)
{
	size_t i;

	switch (o->type) {
	case O_LIST: {
		olist *l = (olist *)o;

		for (i = 0; i < l->n; i++)
			mark_value(g, l->items[i]);
		break;
	}
	case O_MAP: {
		omap *m = (omap *)o;

		for (i = 0; i < m->cap; i++) {
			if (m->e[i].used == 1) {
				mark_value(g, m->e[i].key);
				mark_value(g, m->e[i].val);
			}
		}
		break;
	}
	case O_PROTO: {
		oproto *p = (oproto *)o;

		mark_obj(g, &p->name->h);
		for (i = 0; i < p->nconsts; i++)
			mark_value(g, p->consts[i]);
		break;
	}
	case O_CLOSURE:
		mark_obj(g, &((oclosure *)o)->proto->h);
		mark_obj(g, (obj *)((oclosure *)o)->env);
		break;
	case O_ENV: {
		oenv *e = (oenv *)o;
		int k;

		mark_obj(g, (obj *)e->parent);
		for (k = 0; k < e->n; k++)
			mark_value(g, e->slots[k]);
		break;
	}
	default:
		break;
	}
}

static size_t obj_size(obj *o)
{
	switch (o->type) {
	case O_STRING:
		return sizeof(ostring) + ((ostring *)o)->len + 1;
	case O_LIST:
		return sizeof(olist);
	case O_MAP:
		return sizeof(omap);
	case O_PROTO:
		return sizeof(oproto);
	case O_CLOSURE:
		return sizeof(oclosure);
	case O_ENV:
		return sizeof(oenv) + sizeof(value) * (size_t)((oenv *)o)->n;
	case O_NATIVE:
		return sizeof(onative);
	}
	return 0;
}

static void free_obj(vm *v, obj *o)
{
	v->bytes -= obj_size(o);
	switch (o->type) {
	case O_LIST:
		xfree(((olist *)o)->items);
		break;
	case O_MAP:
		xfree(((omap *)o)->e);
		break;
	case O_PROTO:
		xfree(((oproto *)o)->code);
		xfree(((oproto *)o)->lines);
		xfree(((oproto *)o)->consts);
		break;
	default:
		break;
	}
	xfree(o);
}

size_t gc_collect(vm *v)
{
	graystack g = { NULL, 0, 0 };
	value *s;
	obj **link, *o;
	size_t freed = 0;
	int i;

	/* Roots: the stack, the frames, the globals, the script compiling. */
	for (s = v->stack; s < v->sp; s++)
		mark_value(&g, *s);
	for (i = 0; i < v->nframes; i++) {
		mark_obj(&g, &v->frames[i].closure->h);
		mark_obj(&g, (obj *)v->frames[i].env);
	}
	mark_obj(&g, (obj *)v->globals);
	mark_obj(&g, (obj *)v->compiling);
	while (g.n > 0)
		blacken(&g, g.item[--g.n]);
	xfree(g.item);

	/* Sweep: unlink and free whatever was not reached. */
	link = &v->objects;
	while ((o = *link) != NULL) {
		if (o->marked) {
			o->marked = 0;
			link = &o->next;
		} else {
			*link = o->next;
			free_obj(v, o);
			freed++;
		}
	}
	v->collections++;
	v->freed += freed;
	return freed;
}

void gc_free_all(vm *v)
{
	obj *o = v->objects, *next;

	while (o) {
		next = o->next;
		free_obj(v, o);
		o = next;
	}
	v->objects = NULL;
}
