/*
 * builtins.c - the functions scripts can call, written in C.
 */
#include "codec.h"
#include "crc.h"
#include "vm.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- argument checks --------------------------------------------------- */

static double arg_num(vm *v, const char *fn, value *argv, int i)
{
	if (argv[i].t != V_NUM)
		vm_error(v, "%s: argument %d must be a number, not %s", fn, i + 1,
			 type_name(argv[i]));
	return argv[i].u.n;
}

static ostring *arg_str(vm *v, const char *fn, value *argv, int i)
{
	if (!is_obj(argv[i], O_STRING))
		vm_error(v, "%s: argument %d must be a string, not %s", fn, i + 1,
			 type_name(argv[i]));
	return AS_STR(argv[i]);
}

static olist *arg_list(vm *v, const char *fn, value *argv, int i)
{
	if (!is_obj(argv[i], O_LIST))
		vm_error(v, "%s: argument %d must be a list, not %s", fn, i + 1,
			 type_name(argv[i]));
	return AS_LIST(argv[i]);
}

static omap *arg_map(vm *v, const char *fn, value *argv, int i)
{
	if (!is_obj(argv[i], O_MAP))
		vm_error(v, "%s: argument %d must be a map, not %s", fn, i + 1,
			 type_name(argv[i]));
	return AS_MAP(argv[i]);
}

static value str_value(vm *v, const char *s, size_t n)
{
	return v_obj(str_new(v, s, n));
}

/* ---- output and conversion --------------------------------------------- */

static value nat_print(vm *v, int argc, value *argv)
{
	strbuf sb;
	int i;

	(void)v;
	sb_init(&sb);
	for (i = 0; i < argc; i++) {
		if (i)
			sb_putc(&sb, ' ');
		value_write(&sb, argv[i], 0);
	}
	out("%s\n", sb.data ? sb.data : "");
	sb_free(&sb);
	return v_nil();
}

static value nat_str(vm *v, int argc, value *argv)
{
	(void)argc;
	return v_obj(value_tostring(v, argv[0]));
}

static value nat_repr(vm *v, int argc, value *argv)
{
	strbuf sb;

	(void)argc;
	sb_init(&sb);
	value_write(&sb, argv[0], 1);
	return v_obj(str_take(v, &sb));
}

static value nat_num(vm *v, int argc, value *argv)
{
	ostring *s = arg_str(v, "num", argv, 0);
	char *end;
	double d;

	(void)argc;
	d = strtod(s->chars, &end);
	if (end == s->chars || *end)
		return v_nil();
	return v_num(d);
}

static value nat_int(vm *v, int argc, value *argv)
{
	(void)argc;
	return v_num(trunc(arg_num(v, "int", argv, 0)));
}

static value nat_type(vm *v, int argc, value *argv)
{
	(void)argc;
	return v_obj(str_cstr(v, type_name(argv[0])));
}

/*
 * fmt(format, ...): printf for scripts.  Each conversion is handed to the C
 * library's snprintf with its flags, width and precision, the argument
 * converted to what the conversion takes.
 */
static value nat_fmt(vm *v, int argc, value *argv)
{
	ostring *f = arg_str(v, "fmt", argv, 0);
	const char *p = f->chars;
	char spec[32], conv;
	strbuf sb;
	int ai = 1;
	size_t sl;

	sb_init(&sb);
	while (*p) {
		if (*p != '%') {
			sb_putc(&sb, *p++);
			continue;
		}
		if (p[1] == '%') {
			sb_putc(&sb, '%');
			p += 2;
			continue;
		}
		sl = strspn(p + 1, "-+ #0123456789.") + 1;
		conv = p[sl];
		if (sl + 3 > sizeof(spec) || !conv || !strchr("diuxXocsfeEgG", conv)) {
			sb_free(&sb);
			vm_error(v, "fmt: bad conversion in \"%s\"", f->chars);
		}
		if (ai >= argc) {
			sb_free(&sb);
			vm_error(v, "fmt: too few arguments");
		}
		memcpy(spec, p, sl);
		p += sl + 1;
		if (strchr("diuxXoc", conv)) {
			double d;

			if (argv[ai].t != V_NUM) {
				sb_free(&sb);
				vm_error(v, "fmt: %%%c wants a number", conv);
			}
			d = argv[ai++].u.n;
			if (conv == 'c') {
				spec[sl] = 'c';
				spec[sl + 1] = '\0';
				sb_printf(&sb, spec, (int)d);
			} else {
				/* the integer conversions at long long width */
				spec[sl] = 'l';
				spec[sl + 1] = 'l';
				spec[sl + 2] = conv;
				spec[sl + 3] = '\0';
				if (conv == 'd' || conv == 'i')
					sb_printf(&sb, spec, (long long)d);
				else
					sb_printf(&sb, spec, (unsigned long long)(long long)d);
			}
		} else if (conv == 's') {
			ostring *s = value_tostring(v, argv[ai++]);

			spec[sl] = 's';
			spec[sl + 1] = '\0';
			sb_printf(&sb, spec, s->chars);
		} else {
			if (argv[ai].t != V_NUM) {
				sb_free(&sb);
				vm_error(v, "fmt: %%%c wants a number", conv);
			}
			spec[sl] = conv;
			spec[sl + 1] = '\0';
			sb_printf(&sb, spec, argv[ai++].u.n);
		}
	}
	return v_obj(str_take(v, &sb));
}

/* ---- strings ----------------------------------------------------------- */

static value nat_len(vm *v, int argc, value *argv)
{
	(void)argc;
	if (is_obj(argv[0], O_STRING))
		return v_num((double)AS_STR(argv[0])->len);
	if (is_obj(argv[0], O_LIST))
		return v_num((double)AS_LIST(argv[0])->n);
	if (is_obj(argv[0], O_MAP))
		return v_num((double)AS_MAP(argv[0])->count);
	vm_error(v, "len: %s has no length", type_name(argv[0]));
}

static value nat_chr(vm *v, int argc, value *argv)
{
	double d = arg_num(v, "chr", argv, 0);
	char c;

	(void)argc;
	if (d < 0 || d > 255)
		vm_error(v, "chr: %g is not a byte", d);
	c = (char)(unsigned char)d;
	return str_value(v, &c, 1);
}

static value nat_ord(vm *v, int argc, value *argv)
{
	ostring *s = arg_str(v, "ord", argv, 0);
	double i = argc > 1 ? arg_num(v, "ord", argv, 1) : 0;

	if (i < 0 || i >= (double)s->len)
		vm_error(v, "ord: index %g out of range", i);
	return v_num((unsigned char)s->chars[(size_t)i]);
}

/* sub(s, start [, end]): negative positions count from the end */
static value nat_sub(vm *v, int argc, value *argv)
{
	ostring *s = arg_str(v, "sub", argv, 0);
	double a = arg_num(v, "sub", argv, 1), b = argc > 2 ? arg_num(v, "sub", argv, 2) : (double)s->len;
	double n = (double)s->len;

	if (a < 0)
		a += n;
	if (b < 0)
		b += n;
	a = a < 0 ? 0 : a > n ? n : a;
	b = b < a ? a : b > n ? n : b;
	return str_value(v, s->chars + (size_t)a, (size_t)(b - a));
}

static value nat_find(vm *v, int argc, value *argv)
{
	ostring *s = arg_str(v, "find", argv, 0), *needle = arg_str(v, "find", argv, 1);
	const char *hit = strstr(s->chars, needle->chars);

	(void)argc;
	return v_num(hit ? (double)(hit - s->chars) : -1);
}

static value change_case(vm *v, value *argv, int (*fn)(int))
{
	ostring *s = arg_str(v, "case", argv, 0), *r = str_new(v, s->chars, s->len);
	size_t i;

	for (i = 0; i < r->len; i++)
		r->chars[i] = (char)fn((unsigned char)r->chars[i]);
	r->hash = hash_bytes(r->chars, r->len);
	return v_obj(r);
}

static value nat_upper(vm *v, int argc, value *argv)
{
	(void)argc;
	return change_case(v, argv, toupper);
}

static value nat_lower(vm *v, int argc, value *argv)
{
	(void)argc;
	return change_case(v, argv, tolower);
}

/* words(s [, delimiters]): the fields between runs of delimiters */
static value nat_words(vm *v, int argc, value *argv)
{
	ostring *s = arg_str(v, "words", argv, 0);
	const char *delim = argc > 1 ? arg_str(v, "words", argv, 1)->chars : " \t\n";
	char *copy = xstrndup(s->chars, s->len), *w;
	olist *l = list_new(v);

	/* strtok keeps its place in a static: nothing here can re-enter */
	for (w = strtok(copy, delim); w; w = strtok(NULL, delim))
		list_push(l, str_value(v, w, strlen(w)));
	xfree(copy);
	return v_obj(l);
}

static value nat_join(vm *v, int argc, value *argv)
{
	olist *l = arg_list(v, "join", argv, 0);
	ostring *sep = argc > 1 ? arg_str(v, "join", argv, 1) : NULL;
	strbuf sb;
	size_t i;

	sb_init(&sb);
	for (i = 0; i < l->n; i++) {
		if (i && sep)
			sb_append(&sb, sep->chars, sep->len);
		value_write(&sb, l->items[i], 0);
	}
	return v_obj(str_take(v, &sb));
}

/* ---- lists and maps ---------------------------------------------------- */

static value nat_push(vm *v, int argc, value *argv)
{
	olist *l = arg_list(v, "push", argv, 0);
	int i;

	for (i = 1; i < argc; i++)
		list_push(l, argv[i]);
	return argv[0];
}

static value nat_pop(vm *v, int argc, value *argv)
{
	olist *l = arg_list(v, "pop", argv, 0);

	(void)argc;
	if (!l->n)
		vm_error(v, "pop from an empty list");
	return l->items[--l->n];
}

static value nat_range(vm *v, int argc, value *argv)
{
	double a = 0, b, step = 1, x;
	olist *l;

	if (argc == 1) {
		b = arg_num(v, "range", argv, 0);
	} else {
		a = arg_num(v, "range", argv, 0);
		b = arg_num(v, "range", argv, 1);
		if (argc > 2)
			step = arg_num(v, "range", argv, 2);
	}
	if (step == 0)
		vm_error(v, "range: step 0");
	if (fabs((b - a) / step) > 1e7)
		vm_error(v, "range: too long");
	l = list_new(v);
	for (x = a; step > 0 ? x < b : x > b; x += step)
		list_push(l, v_num(x));
	return v_obj(l);
}

static value nat_keys(vm *v, int argc, value *argv)
{
	omap *m = arg_map(v, "keys", argv, 0);
	size_t n, i;
	mentry **es = map_sorted(m, &n);
	olist *l = list_new(v);

	(void)argc;
	for (i = 0; i < n; i++)
		list_push(l, es[i]->key);
	xfree(es);
	return v_obj(l);
}

static value nat_has(vm *v, int argc, value *argv)
{
	value r;

	(void)argc;
	return v_bool(map_get(arg_map(v, "has", argv, 0), argv[1], &r));
}

static value nat_del(vm *v, int argc, value *argv)
{
	(void)argc;
	return v_bool(map_del(arg_map(v, "del", argv, 0), argv[1]));
}

/* qsort's comparator for sort() without a function: numbers, or strings. */
static int cmp_plain(const void *pa, const void *pb)
{
	const value *a = pa, *b = pb;
	size_t n;
	int r;

	if (a->t == V_NUM && b->t == V_NUM)
		return a->u.n < b->u.n ? -1 : a->u.n > b->u.n;
	if (a->t == V_NUM || b->t == V_NUM)
		return a->t == V_NUM ? -1 : 1;	/* numbers first */
	n = AS_STR(*a)->len < AS_STR(*b)->len ? AS_STR(*a)->len : AS_STR(*b)->len;
	r = memcmp(AS_STR(*a)->chars, AS_STR(*b)->chars, n);
	if (r)
		return r;
	return AS_STR(*a)->len < AS_STR(*b)->len ? -1 : AS_STR(*a)->len > AS_STR(*b)->len;
}

/* A stable merge sort calling the script's less(a, b); src and tmp are the
 * item arrays of lists on the VM stack, so the collector sees every value. */
static void merge_sort(vm *v, value cmp, value *src, value *tmp, size_t n)
{
	size_t mid = n / 2, i = 0, j = mid, k = 0;
	value args[2];

	if (n < 2)
		return;
	merge_sort(v, cmp, src, tmp, mid);
	merge_sort(v, cmp, src + mid, tmp, n - mid);
	while (i < mid && j < n) {
		args[0] = src[j];
		args[1] = src[i];
		/* take the right one only if it is strictly less: stable */
		if (truthy(vm_call(v, cmp, 2, args)))
			tmp[k++] = src[j++];
		else
			tmp[k++] = src[i++];
	}
	while (i < mid)
		tmp[k++] = src[i++];
	while (j < n)
		tmp[k++] = src[j++];
	memcpy(src, tmp, n * sizeof(value));
}

static value nat_sort(vm *v, int argc, value *argv)
{
	olist *l = arg_list(v, "sort", argv, 0), *tmp;
	size_t i;

	if (argc == 1) {
		for (i = 0; i < l->n; i++)
			if (!is_obj(l->items[i], O_STRING) && l->items[i].t != V_NUM)
				vm_error(v, "sort: cannot order %s", type_name(l->items[i]));
		qsort(l->items, l->n, sizeof(value), cmp_plain);
		return argv[0];
	}
	/* The scratch list is an argument slot's neighbour on the stack:
	 * argv[2] does not exist, so push it as a root of our own. */
	tmp = list_new(v);
	for (i = 0; i < l->n; i++)
		list_push(tmp, l->items[i]);
	*v->sp++ = v_obj(tmp);
	merge_sort(v, argv[1], l->items, tmp->items, l->n);
	v->sp--;
	return argv[0];
}

/* bsearch over a sorted list of numbers or strings: the index or -1 */
static value nat_bsearch(vm *v, int argc, value *argv)
{
	olist *l = arg_list(v, "bsearch", argv, 0);
	value *hit;

	(void)argc;
	if (argv[1].t != V_NUM && !is_obj(argv[1], O_STRING))
		vm_error(v, "bsearch: key must be a number or string");
	hit = bsearch(&argv[1], l->items, l->n, sizeof(value), cmp_plain);
	return v_num(hit ? (double)(hit - l->items) : -1);
}

/* ---- math -------------------------------------------------------------- */

typedef double (*math1)(double);

static const struct {
	const char *name;
	math1 fn;
} math_fns[] = {
	{ "sqrt", sqrt }, { "floor", floor }, { "ceil", ceil }, { "abs", fabs },
	{ "exp", exp }, { "log", log }, { "sin", sin }, { "cos", cos },
	{ "atan", atan }, { "round", round },
};

/* math(name, x): one of the functions above, found by name */
static value nat_math(vm *v, int argc, value *argv)
{
	ostring *name = arg_str(v, "math", argv, 0);
	double x = arg_num(v, "math", argv, 1);
	size_t i;

	(void)argc;
	for (i = 0; i < ARRAY_LEN(math_fns); i++)
		if (strcmp(math_fns[i].name, name->chars) == 0)
			return v_num(math_fns[i].fn(x));
	vm_error(v, "math: no function %s", name->chars);
}

static value nat_pow(vm *v, int argc, value *argv)
{
	(void)argc;
	return v_num(pow(arg_num(v, "pow", argv, 0), arg_num(v, "pow", argv, 1)));
}

/* ---- errors, the collector, checksums and compression ------------------ */

/*
 * pcall(f, args...): calls f; returns [true, result], or [false, message]
 * if it raised an error, the VM unwound to where it was.
 */
static value nat_pcall(vm *v, int argc, value *argv)
{
	err_frame ef;
	long sp = v->sp - v->stack;
	int nframes = v->nframes;
	value r;
	olist *l;

	err_push(&ef);
	if (setjmp(ef.env)) {
		v->sp = v->stack + sp;
		v->nframes = nframes;
		l = list_new(v);
		list_push(l, v_bool(0));
		list_push(l, v_obj(str_cstr(v, err_message)));
		return v_obj(l);
	}
	r = vm_call(v, argv[0], argc - 1, argv + 1);
	err_pop(&ef);
	/* r is unrooted only until returned: list_new cannot collect */
	l = list_new(v);
	list_push(l, v_bool(1));
	list_push(l, r);
	return v_obj(l);
}

static value nat_error(vm *v, int argc, value *argv)
{
	(void)argc;
	vm_error(v, "%s", value_tostring(v, argv[0])->chars);
}

static value nat_assert(vm *v, int argc, value *argv)
{
	if (!truthy(argv[0]))
		vm_error(v, "assertion failed%s%s", argc > 1 ? ": " : "",
			 argc > 1 ? value_tostring(v, argv[1])->chars : "");
	return v_bool(1);
}

static value nat_gc(vm *v, int argc, value *argv)
{
	size_t before = v->freed;

	(void)argc;
	(void)argv;
	vm_collect(v);
	return v_num((double)(v->freed - before));
}

/* live(): how many objects the heap holds now */
static value nat_live(vm *v, int argc, value *argv)
{
	(void)argc;
	(void)argv;
	return v_num((double)(v->allocated - v->freed));
}

static value nat_crc32(vm *v, int argc, value *argv)
{
	ostring *s = arg_str(v, "crc32", argv, 0);

	(void)argc;
	return v_num(crc32_update(0, s->chars, s->len));
}

static value nat_adler32(vm *v, int argc, value *argv)
{
	ostring *s = arg_str(v, "adler32", argv, 0);

	(void)argc;
	return v_num(adler32_update(1, s->chars, s->len));
}

static value nat_compress(vm *v, int argc, value *argv)
{
	ostring *s = arg_str(v, "compress", argv, 0);
	lz_options o = { 32, 1 };
	lz_stats st;
	size_t n;
	unsigned char *z = lz_compress((const unsigned char *)s->chars, s->len, &o, &n, &st);
	value r = str_value(v, (const char *)z, n);

	(void)argc;
	xfree(z);
	return r;
}

static value nat_decompress(vm *v, int argc, value *argv)
{
	ostring *s = arg_str(v, "decompress", argv, 0);
	err_frame ef;
	unsigned char *d;
	size_t n;
	value r;

	(void)argc;
	err_push(&ef);
	if (setjmp(ef.env))
		vm_error(v, "decompress: %s", err_message);
	d = lz_decompress((const unsigned char *)s->chars, s->len, &n);
	err_pop(&ef);
	r = str_value(v, (const char *)d, n);
	xfree(d);
	return r;
}

/* ---- the table --------------------------------------------------------- */

static const struct {
	const char *name;
	native_fn fn;
	int min, max;
} natives[] = {
	{ "print", nat_print, 0, -1 }, { "str", nat_str, 1, 1 }, { "repr", nat_repr, 1, 1 },
	{ "num", nat_num, 1, 1 }, { "int", nat_int, 1, 1 }, { "type", nat_type, 1, 1 },
	{ "fmt", nat_fmt, 1, -1 }, { "len", nat_len, 1, 1 }, { "chr", nat_chr, 1, 1 },
	{ "ord", nat_ord, 1, 2 }, { "sub", nat_sub, 2, 3 }, { "find", nat_find, 2, 2 },
	{ "upper", nat_upper, 1, 1 }, { "lower", nat_lower, 1, 1 },
	{ "words", nat_words, 1, 2 }, { "join", nat_join, 1, 2 }, { "push", nat_push, 2, -1 },
	{ "pop", nat_pop, 1, 1 }, { "range", nat_range, 1, 3 }, { "keys", nat_keys, 1, 1 },
	{ "has", nat_has, 2, 2 }, { "del", nat_del, 2, 2 }, { "sort", nat_sort, 1, 2 },
	{ "bsearch", nat_bsearch, 2, 2 }, { "math", nat_math, 2, 2 }, { "pow", nat_pow, 2, 2 },
	{ "pcall", nat_pcall, 1, -1 }, { "error", nat_error, 1, 1 },
	{ "assert", nat_assert, 1, 2 }, { "gc", nat_gc, 0, 0 }, { "live", nat_live, 0, 0 }, { "crc32", nat_crc32, 1, 1 },
	{ "adler32", nat_adler32, 1, 1 }, { "compress", nat_compress, 1, 1 },
	{ "decompress", nat_decompress, 1, 1 },
};

void builtins_install(vm *v)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(natives); i++)
		map_set(v->globals, v_obj(str_cstr(v, natives[i].name)),
			v_obj(native_new(v, natives[i].name, natives[i].fn, natives[i].min,
					 natives[i].max)));
}
