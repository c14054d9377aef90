/*
 * vm.c - the bytecode interpreter.
 *
 * A call's frame points at its callee's slot on the value stack; the
 * callee's locals live in a heap environment created by the call.  The
 * collector runs only at OP_CALL and OP_LOOP, where every live value is on
 * the stack, in a frame or in the globals, so the C code in between never
 * has to protect what it holds.
 */
#include "vm.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define GC_MIN (256u * 1024u)

void vm_init(vm *v)
{
	memset(v, 0, sizeof(*v));
	v->stack = xmalloc(VM_STACK * sizeof(value));
	v->sp = v->stack;
	v->next_gc = GC_MIN;
	v->gc_off = 1;
	v->globals = map_new(v);
	builtins_install(v);
	v->gc_off = 0;
}

void vm_free(vm *v)
{
	gc_free_all(v);
	xfree(v->stack);
	v->stack = v->sp = NULL;
}

void vm_collect(vm *v)
{
	gc_collect(v);
	v->next_gc = v->bytes * 2 > GC_MIN ? v->bytes * 2 : GC_MIN;
}

/* The source line the innermost frame is at. */
static int current_line(vm *v)
{
	frame *f;
	size_t at;

	if (!v->nframes)
		return 0;
	f = &v->frames[v->nframes - 1];
	at = (size_t)(f->ip - f->closure->proto->code);
	return at ? f->closure->proto->lines[at - 1] : 0;
}

void vm_error(vm *v, const char *fmt, ...)
{
	char msg[200];
	va_list ap;
	const char *fn = v->nframes ? v->frames[v->nframes - 1].closure->proto->name->chars : "?";

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fail("line %d (in %s): %s", current_line(v), fn, msg);
}

static void push(vm *v, value x)
{
	*v->sp++ = x;
}

static value pop(vm *v)
{
	return *--v->sp;
}

/* ---- operators --------------------------------------------------------- */

static value concat(vm *v, value a, value b)
{
	strbuf sb;

	sb_init(&sb);
	value_write(&sb, a, 0);
	value_write(&sb, b, 0);
	return v_obj(str_take(v, &sb));
}

static value add(vm *v, value a, value b)
{
	if (a.t == V_NUM && b.t == V_NUM)
		return v_num(a.u.n + b.u.n);
	if (is_obj(a, O_STRING) || is_obj(b, O_STRING))
		return concat(v, a, b);
	if (is_obj(a, O_LIST) && is_obj(b, O_LIST)) {
		olist *l = list_new(v);
		size_t i;

		for (i = 0; i < AS_LIST(a)->n; i++)
			list_push(l, AS_LIST(a)->items[i]);
		for (i = 0; i < AS_LIST(b)->n; i++)
			list_push(l, AS_LIST(b)->items[i]);
		return v_obj(l);
	}
	vm_error(v, "cannot add %s and %s", type_name(a), type_name(b));
}

static value arith(vm *v, int op, value a, value b)
{
	double x, y;

	if (op == OP_MUL && is_obj(a, O_STRING) && b.t == V_NUM) {
		strbuf sb;
		long k;

		sb_init(&sb);
		for (k = 0; k < (long)b.u.n; k++)
			sb_append(&sb, AS_STR(a)->chars, AS_STR(a)->len);
		return v_obj(str_take(v, &sb));
	}
	if (a.t != V_NUM || b.t != V_NUM)
		vm_error(v, "arithmetic on %s and %s", type_name(a), type_name(b));
	x = a.u.n;
	y = b.u.n;
	switch (op) {
	case OP_SUB:
		return v_num(x - y);
	case OP_MUL:
		return v_num(x * y);
	case OP_DIV:
		return v_num(x / y);
	default:
		/* the result takes the divisor's sign, as in Lua and Python */
		if (y == 0)
			vm_error(v, "modulo by zero");
		return v_num(x - floor(x / y) * y);
	}
}

static int compare(vm *v, value a, value b)
{
	size_t n;
	int r;

	if (a.t == V_NUM && b.t == V_NUM)
		return a.u.n < b.u.n ? -1 : a.u.n > b.u.n;
	if (is_obj(a, O_STRING) && is_obj(b, O_STRING)) {
		n = AS_STR(a)->len < AS_STR(b)->len ? AS_STR(a)->len : AS_STR(b)->len;
		r = memcmp(AS_STR(a)->chars, AS_STR(b)->chars, n);
		if (r)
			return r < 0 ? -1 : 1;
		return AS_STR(a)->len < AS_STR(b)->len ? -1 : AS_STR(a)->len > AS_STR(b)->len;
	}
	vm_error(v, "cannot compare %s with %s", type_name(a), type_name(b));
}

static size_t list_index(vm *v, olist *l, value k, int for_store)
{
	double d;

	d = k.t == V_NUM ? k.u.n : 0.5;
	if (d != floor(d))
		vm_error(v, "list index must be an integer, not %s", type_name(k));
	if (d < 0)
		d += (double)l->n;
	if (d < 0 || d > (double)l->n - (for_store ? 0 : 1))
		vm_error(v, "list index %g out of range (length %lu)", k.u.n, (unsigned long)l->n);
	return (size_t)d;
}

static value index_get(vm *v, value c, value k)
{
	value r;

	if (is_obj(c, O_LIST))
		return AS_LIST(c)->items[list_index(v, AS_LIST(c), k, 0)];
	if (is_obj(c, O_MAP))
		return map_get(AS_MAP(c), k, &r) ? r : v_nil();
	if (is_obj(c, O_STRING)) {
		ostring *s = AS_STR(c);
		double d = k.t == V_NUM ? k.u.n : -1;

		if (d < 0 || d >= (double)s->len || d != floor(d))
			vm_error(v, "string index out of range");
		return v_obj(str_new(v, s->chars + (size_t)d, 1));
	}
	vm_error(v, "cannot index %s", type_name(c));
}

static void index_set(vm *v, value c, value k, value x)
{
	size_t i;

	if (is_obj(c, O_LIST)) {
		i = list_index(v, AS_LIST(c), k, 1);
		if (i == AS_LIST(c)->n)
			list_push(AS_LIST(c), x);
		else
			AS_LIST(c)->items[i] = x;
	} else if (is_obj(c, O_MAP)) {
		if (k.t == V_NIL || (k.t == V_NUM && isnan(k.u.n)))
			vm_error(v, "bad map key %s", type_name(k));
		map_set(AS_MAP(c), k, x);
	} else {
		vm_error(v, "cannot store into %s", type_name(c));
	}
}

static double length(vm *v, value c)
{
	if (is_obj(c, O_LIST))
		return (double)AS_LIST(c)->n;
	if (is_obj(c, O_STRING))
		return (double)AS_STR(c)->len;
	if (is_obj(c, O_MAP))
		return (double)AS_MAP(c)->count;
	vm_error(v, "%s has no length", type_name(c));
}

/* ---- calls ------------------------------------------------------------- */

/*
 * Calls the callee at sp[-argc-1]. A native runs to completion here; a
 * closure gets a frame (returns 1) that the dispatch loop then runs.
 */
static int call_value(vm *v, int argc)
{
	value *base = v->sp - argc - 1, callee = *base, r;
	oclosure *cl;
	frame *f;
	oenv *env;
	int i;

	if (is_obj(callee, O_NATIVE)) {
		onative *n = AS_NATIVE(callee);

		if (argc < n->min_args || (n->max_args >= 0 && argc > n->max_args))
			vm_error(v, "%s: wrong number of arguments (%d)", n->name, argc);
		r = n->fn(v, argc, base + 1);
		v->sp = base;
		push(v, r);
		return 0;
	}
	if (!is_obj(callee, O_CLOSURE))
		vm_error(v, "cannot call %s", type_name(callee));
	cl = AS_CLOSURE(callee);
	if (argc != cl->proto->nparams)
		vm_error(v, "%s wants %d arguments, got %d", cl->proto->name->chars,
			 cl->proto->nparams, argc);
	if (v->nframes == VM_FRAMES)
		vm_error(v, "stack overflow (%d calls deep)", v->nframes);
	if (v->sp - v->stack > VM_STACK - 512)
		vm_error(v, "value stack overflow");
	env = env_new(v, cl->env, cl->proto->nlocals);
	for (i = 0; i < argc; i++)
		env->slots[i] = base[1 + i];
	v->sp = base + 1;	/* the callee stays, as a root */
	f = &v->frames[v->nframes++];
	f->closure = cl;
	f->env = env;
	f->ip = cl->proto->code;
	f->base = base;
	return 1;
}

#define READ8() (*ip++)
#define READ16() (ip += 2, (unsigned)(ip[-2] | ip[-1] << 8))

/* Runs until the frame count falls back to stop. */
static void run(vm *v, int stop)
{
	frame *f = &v->frames[v->nframes - 1];
	unsigned char *ip = f->ip;
	value *k = f->closure->proto->consts, a, b, r;
	oenv *e;
	unsigned depth, slot, n, i;
	int op;

	for (;;) {
		v->steps++;
		switch (op = READ8()) {
		case OP_CONST:
			push(v, k[READ16()]);
			break;
		case OP_NIL:
			push(v, v_nil());
			break;
		case OP_TRUE:
			push(v, v_bool(1));
			break;
		case OP_FALSE:
			push(v, v_bool(0));
			break;
		case OP_POP:
			v->sp--;
			break;
		case OP_GETL:
		case OP_SETL:
			depth = READ8();
			slot = READ16();
			for (e = f->env; depth--; e = e->parent)
				;
			if (op == OP_GETL)
				push(v, e->slots[slot]);
			else
				e->slots[slot] = v->sp[-1];
			break;
		case OP_GETG:
			a = k[READ16()];
			if (!map_get(v->globals, a, &r)) {
				f->ip = ip;
				vm_error(v, "undefined variable '%s'", AS_STR(a)->chars);
			}
			push(v, r);
			break;
		case OP_SETG:
			a = k[READ16()];
			if (!map_get(v->globals, a, &r)) {
				f->ip = ip;
				vm_error(v, "assignment to undefined variable '%s'", AS_STR(a)->chars);
			}
			map_set(v->globals, a, v->sp[-1]);
			break;
		case OP_DEFG:
			map_set(v->globals, k[READ16()], pop(v));
			break;
		case OP_ADD:
			f->ip = ip;
			b = pop(v);
			a = pop(v);
			push(v, add(v, a, b));
			break;
		case OP_SUB:
		case OP_MUL:
		case OP_DIV:
		case OP_MOD:
			f->ip = ip;
			b = pop(v);
			a = pop(v);
			if (op == OP_SUB && a.t == V_NUM && b.t == V_NUM)
				push(v, v_num(a.u.n - b.u.n));
			else
				push(v, arith(v, op, a, b));
			break;
		case OP_NEG:
			f->ip = ip;
			if (v->sp[-1].t != V_NUM)
				vm_error(v, "cannot negate %s", type_name(v->sp[-1]));
			v->sp[-1].u.n = -v->sp[-1].u.n;
			break;
		case OP_NOT:
			v->sp[-1] = v_bool(!truthy(v->sp[-1]));
			break;
		case OP_EQ:
		case OP_NE:
			b = pop(v);
			a = pop(v);
			push(v, v_bool(values_equal(a, b) == (op == OP_EQ)));
			break;
		case OP_LT:
		case OP_LE:
		case OP_GT:
		case OP_GE:
			f->ip = ip;
			b = pop(v);
			a = pop(v);
			i = (unsigned)(compare(v, a, b) + 1);	/* 0 less, 1 equal, 2 greater */
			push(v, v_bool(op == OP_LT ? i == 0 : op == OP_LE ? i <= 1 : op == OP_GT ? i == 2 : i >= 1));
			break;
		case OP_JMP:
			n = READ16();
			ip += (int16_t)n;
			break;
		case OP_JF:
			n = READ16();
			if (!truthy(pop(v)))
				ip += (int16_t)n;
			break;
		case OP_JFK:
		case OP_JTK:
			n = READ16();
			if (truthy(v->sp[-1]) == (op == OP_JTK))
				ip += (int16_t)n;
			else
				v->sp--;
			break;
		case OP_LOOP:
			n = READ16();
			ip -= n;
			if (v->bytes > v->next_gc && !v->gc_off) {
				f->ip = ip;
				vm_collect(v);
			}
			break;
		case OP_CALL:
			n = READ8();
			f->ip = ip;
			if (v->bytes > v->next_gc && !v->gc_off)
				vm_collect(v);
			if (call_value(v, (int)n)) {
				f = &v->frames[v->nframes - 1];
				ip = f->ip;
				k = f->closure->proto->consts;
			}
			break;
		case OP_RET:
			r = pop(v);
			v->sp = f->base;
			push(v, r);
			if (--v->nframes == stop)
				return;
			f = &v->frames[v->nframes - 1];
			ip = f->ip;
			k = f->closure->proto->consts;
			break;
		case OP_LIST: {
			olist *l = list_new(v);

			n = READ16();
			l->items = xmalloc((n ? n : 1) * sizeof(value));
			l->cap = n ? n : 1;
			for (i = 0; i < n; i++)
				l->items[i] = v->sp[(int)i - (int)n];
			l->n = n;
			v->sp -= n;
			push(v, v_obj(l));
			break;
		}
		case OP_MAP: {
			omap *m = map_new(v);

			n = READ16();
			f->ip = ip;
			for (i = 0; i < n; i++)
				index_set(v, v_obj(m), v->sp[2 * ((int)i - (int)n)],
					  v->sp[2 * ((int)i - (int)n) + 1]);
			v->sp -= 2 * n;
			push(v, v_obj(m));
			break;
		}
		case OP_INDEX:
			f->ip = ip;
			b = pop(v);
			a = pop(v);
			push(v, index_get(v, a, b));
			break;
		case OP_SETINDEX:
			f->ip = ip;
			r = pop(v);
			b = pop(v);
			a = pop(v);
			index_set(v, a, b, r);
			push(v, r);
			break;
		case OP_LEN:
			f->ip = ip;
			v->sp[-1] = v_num(length(v, v->sp[-1]));
			break;
		case OP_CLOSURE:
			push(v, v_obj(closure_new(v, (oproto *)k[READ16()].u.o, f->env)));
			break;
		default:
			f->ip = ip;
			vm_error(v, "bad opcode %d", op);
		}
	}
}

value vm_call(vm *v, value callee, int argc, value *args)
{
	int i;

	if (v->sp - v->stack > VM_STACK - 512 - argc)
		vm_error(v, "value stack overflow");
	push(v, callee);
	for (i = 0; i < argc; i++)
		push(v, args[i]);
	if (call_value(v, argc))
		run(v, v->nframes - 1);
	return pop(v);
}

int vm_run_script(vm *v, const char *name, const char *src)
{
	err_frame ef;
	oproto *p;

	err_push(&ef);
	if (setjmp(ef.env)) {
		out("error: %s\n", err_message);
		v->sp = v->stack;
		v->nframes = 0;
		v->compiling = NULL;
		return -1;
	}
	p = compile_script(v, name, src);
	v->compiling = p;
	vm_call(v, v_obj(closure_new(v, p, NULL)), 0, NULL);
	v->compiling = NULL;
	err_pop(&ef);
	return 0;
}
