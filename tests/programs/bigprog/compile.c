/*
 * compile.c - the syntax tree to bytecode.
 *
 * Names resolve at compile time: a local is (depth, slot), depth counting
 * the functions between the use and the definition, slot its index in that
 * function's environment; top-level lets and fns are globals, by name.
 * Every call gets a fresh heap environment, so closures simply keep the
 * environment they were created in.
 */
#include "ast.h"
#include "vm.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define MAX_LOCALS 512

typedef struct {
	const char *name;
	size_t len;
	int slot;
	int scope;
} local;

typedef struct loop {
	struct loop *outer;
	int start;		/* where continue goes, if known (-1 not yet) */
	int *breaks, nbreaks;	/* jumps to patch to the end */
	int *conts, nconts;	/* continues to patch when start is -1 */
} loop;

typedef struct fstate {
	struct fstate *outer;
	oproto *proto;
	local locals[MAX_LOCALS];
	int nlocals, scope;
	loop *loop;
	int top;	/* the script's top level: depth-0 names are globals */
} fstate;

typedef struct {
	vm *v;
	const char *name;
	fstate *fs;
	int line;
} compiler;

static void expr(compiler *c, node *n);
static void stmt(compiler *c, node *n);

#ifdef __GNUC__
__attribute__((noreturn, format(printf, 2, 3)))
#endif
static void cerror(compiler *c, const char *fmt, ...)
{
	char msg[200];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fail("%s:%d: %s", c->name, c->line, msg);
}

/* ---- emitting ---------------------------------------------------------- */

static void emit(compiler *c, int byte)
{
	oproto *p = c->fs->proto;

	if (p->ncode == p->capcode) {
		p->capcode = p->capcode ? p->capcode * 2 : 64;
		p->code = xrealloc(p->code, p->capcode);
		p->lines = xrealloc(p->lines, p->capcode * sizeof(int));
	}
	p->lines[p->ncode] = c->line;
	p->code[p->ncode++] = (unsigned char)byte;
}

static void emit16(compiler *c, int op, int arg)
{
	emit(c, op);
	emit(c, arg & 0xff);
	emit(c, (arg >> 8) & 0xff);
}

static int here(compiler *c)
{
	return (int)c->fs->proto->ncode;
}

static int add_const(compiler *c, value v)
{
	oproto *p = c->fs->proto;
	size_t i;

	for (i = 0; i < p->nconsts; i++)
		if (p->consts[i].t == v.t && values_equal(p->consts[i], v) &&
		    (v.t != V_NUM || !signbit(p->consts[i].u.n) == !signbit(v.u.n)))
			return (int)i;
	if (p->nconsts >= 65535)
		cerror(c, "too many constants");
	if (p->nconsts == p->capconsts) {
		p->capconsts = p->capconsts ? p->capconsts * 2 : 8;
		p->consts = xrealloc(p->consts, p->capconsts * sizeof(value));
	}
	p->consts[p->nconsts++] = v;
	return (int)p->nconsts - 1;
}

static int name_const(compiler *c, const char *s, size_t len)
{
	return add_const(c, v_obj(str_new(c->v, s, len)));
}

/* A forward jump; returns where its offset goes. */
static int jump(compiler *c, int op)
{
	emit16(c, op, 0xffff);
	return here(c) - 2;
}

static void patch(compiler *c, int at)
{
	int off = here(c) - (at + 2);

	if (off > 32767)
		cerror(c, "jump too far");
	c->fs->proto->code[at] = (unsigned char)(off & 0xff);
	c->fs->proto->code[at + 1] = (unsigned char)((off >> 8) & 0xff);
}

static void loop_back(compiler *c, int start)
{
	int off = here(c) + 3 - start;

	if (off > 65535)
		cerror(c, "loop too long");
	emit16(c, OP_LOOP, off);
}

/* ---- names ------------------------------------------------------------- */

static int declare(compiler *c, const char *name, size_t len)
{
	fstate *fs = c->fs;
	int i;

	for (i = fs->nlocals - 1; i >= 0 && fs->locals[i].scope == fs->scope; i--)
		if (fs->locals[i].len == len && memcmp(fs->locals[i].name, name, len) == 0)
			cerror(c, "'%.*s' is already defined here", (int)len, name);
	if (fs->nlocals == MAX_LOCALS)
		cerror(c, "too many locals");
	fs->locals[fs->nlocals].name = name;
	fs->locals[fs->nlocals].len = len;
	fs->locals[fs->nlocals].scope = fs->scope;
	/* Slots are never reused, so a closure's variables stay its own. */
	fs->locals[fs->nlocals].slot = fs->proto->nlocals++;
	return fs->locals[fs->nlocals++].slot;
}

static int is_global_scope(compiler *c)
{
	return c->fs->top && c->fs->scope == 0;
}

/* Finds name: its depth and slot, or -1 for a global. */
static int resolve(compiler *c, const char *name, size_t len, int *slot)
{
	fstate *fs;
	int depth = 0, i;

	for (fs = c->fs; fs; fs = fs->outer, depth++) {
		for (i = fs->nlocals - 1; i >= 0; i--) {
			if (fs->locals[i].len == len && memcmp(fs->locals[i].name, name, len) == 0) {
				*slot = fs->locals[i].slot;
				return depth;
			}
		}
	}
	return -1;
}

static void get_name(compiler *c, const char *name, size_t len)
{
	int slot, depth = resolve(c, name, len, &slot);

	if (depth < 0) {
		emit16(c, OP_GETG, name_const(c, name, len));
		return;
	}
	emit(c, OP_GETL);
	emit(c, depth);
	emit(c, slot & 0xff);
	emit(c, slot >> 8);
}

static void set_name(compiler *c, const char *name, size_t len)
{
	int slot, depth = resolve(c, name, len, &slot);

	if (depth < 0) {
		emit16(c, OP_SETG, name_const(c, name, len));
		return;
	}
	emit(c, OP_SETL);
	emit(c, depth);
	emit(c, slot & 0xff);
	emit(c, slot >> 8);
}

static void set_slot(compiler *c, int slot)
{
	emit(c, OP_SETL);
	emit(c, 0);
	emit(c, slot & 0xff);
	emit(c, slot >> 8);
}

static void get_slot(compiler *c, int slot)
{
	emit(c, OP_GETL);
	emit(c, 0);
	emit(c, slot & 0xff);
	emit(c, slot >> 8);
}

static void begin_scope(compiler *c)
{
	c->fs->scope++;
}

static void end_scope(compiler *c)
{
	fstate *fs = c->fs;

	while (fs->nlocals > 0 && fs->locals[fs->nlocals - 1].scope == fs->scope)
		fs->nlocals--;
	fs->scope--;
}

/* ---- functions --------------------------------------------------------- */

static oproto *function(compiler *c, node *f)
{
	fstate *fs = xcalloc(1, sizeof(fstate));
	oproto *p;
	int i;

	fs->outer = c->fs;
	fs->proto = p = proto_new(c->v, f->u.fn.name ? str_new(c->v, f->u.fn.name, f->u.fn.namelen)
							: str_cstr(c->v, "anonymous"));
	/* Reachable from the outer prototype's constants from the start, so
	 * the collector (if it ran) would keep it. */
	add_const(c, v_obj(p));
	c->fs = fs;
	for (i = 0; i < f->u.fn.params.n; i++) {
		node *pn = f->u.fn.params.item[i];

		declare(c, pn->u.str.s, pn->u.str.len);
	}
	p->nparams = f->u.fn.params.n;
	stmt(c, f->u.fn.body);
	emit(c, OP_NIL);
	emit(c, OP_RET);
	c->fs = fs->outer;
	xfree(fs);
	return p;
}

static void closure(compiler *c, node *f)
{
	oproto *p = function(c, f);

	emit16(c, OP_CLOSURE, add_const(c, v_obj(p)));
}

/* ---- expressions ------------------------------------------------------- */

static const struct {
	toktype tok;
	opcode op;
} binops[] = {
	{ T_PLUS, OP_ADD }, { T_MINUS, OP_SUB }, { T_STAR, OP_MUL }, { T_SLASH, OP_DIV },
	{ T_PERCENT, OP_MOD }, { T_EQ, OP_EQ }, { T_NE, OP_NE }, { T_LT, OP_LT },
	{ T_LE, OP_LE }, { T_GT, OP_GT }, { T_GE, OP_GE },
};

static void assign(compiler *c, node *n)
{
	node *t = n->u.op.a;

	if (t->kind == N_NAME) {
		expr(c, n->u.op.b);
		set_name(c, t->u.str.s, t->u.str.len);
	} else {
		expr(c, t->u.op.a);
		expr(c, t->u.op.b);
		expr(c, n->u.op.b);
		emit(c, OP_SETINDEX);
	}
}

static void expr(compiler *c, node *n)
{
	int i, j;

	c->line = n->line;
	switch (n->kind) {
	case N_NUM:
		emit16(c, OP_CONST, add_const(c, v_num(n->u.num)));
		break;
	case N_STR:
		emit16(c, OP_CONST, name_const(c, n->u.str.s, n->u.str.len));
		break;
	case N_TRUE:
		emit(c, OP_TRUE);
		break;
	case N_FALSE:
		emit(c, OP_FALSE);
		break;
	case N_NIL:
		emit(c, OP_NIL);
		break;
	case N_NAME:
		get_name(c, n->u.str.s, n->u.str.len);
		break;
	case N_LIST:
	case N_MAP:
		for (i = 0; i < n->u.list.n; i++)
			expr(c, n->u.list.item[i]);
		emit16(c, n->kind == N_LIST ? OP_LIST : OP_MAP,
		       n->kind == N_LIST ? n->u.list.n : n->u.list.n / 2);
		break;
	case N_UNARY:
		expr(c, n->u.op.a);
		emit(c, n->u.op.op == T_MINUS ? OP_NEG : OP_NOT);
		break;
	case N_BINARY:
		expr(c, n->u.op.a);
		expr(c, n->u.op.b);
		c->line = n->line;
		for (j = 0; j < (int)ARRAY_LEN(binops); j++)
			if (binops[j].tok == (toktype)n->u.op.op)
				break;
		emit(c, binops[j].op);
		break;
	case N_AND:
	case N_OR:
		expr(c, n->u.op.a);
		i = jump(c, n->kind == N_AND ? OP_JFK : OP_JTK);
		expr(c, n->u.op.b);
		patch(c, i);
		break;
	case N_ASSIGN:
		assign(c, n);
		break;
	case N_CALL:
		expr(c, n->u.call.callee);
		for (i = 0; i < n->u.call.args.n; i++)
			expr(c, n->u.call.args.item[i]);
		if (n->u.call.args.n > 255)
			cerror(c, "too many arguments");
		c->line = n->line;
		emit(c, OP_CALL);
		emit(c, n->u.call.args.n);
		break;
	case N_INDEX:
		expr(c, n->u.op.a);
		expr(c, n->u.op.b);
		c->line = n->line;
		emit(c, OP_INDEX);
		break;
	case N_FUNC:
		closure(c, n);
		break;
	default:
		cerror(c, "not an expression (node %d)", (int)n->kind);
	}
}

/* ---- statements -------------------------------------------------------- */

static void add_jump(int **list, int *n, int at)
{
	*list = xrealloc(*list, (size_t)(*n + 1) * sizeof(int));
	(*list)[(*n)++] = at;
}

static void loop_body(compiler *c, loop *lp, node *body)
{
	lp->outer = c->fs->loop;
	c->fs->loop = lp;
	stmt(c, body);
	c->fs->loop = lp->outer;
}

static void loop_end(compiler *c, loop *lp)
{
	int i;

	for (i = 0; i < lp->nbreaks; i++)
		patch(c, lp->breaks[i]);
	xfree(lp->breaks);
	xfree(lp->conts);
}

static void for_in(compiler *c, node *n)
{
	loop lp = { NULL, -1, NULL, 0, NULL, 0 };
	int seq, idx, var, top, exit, i;

	begin_scope(c);
	expr(c, n->u.for_.seq);
	seq = declare(c, " seq", 4);
	set_slot(c, seq);
	emit(c, OP_POP);
	emit16(c, OP_CONST, add_const(c, v_num(0)));
	idx = declare(c, " idx", 4);
	set_slot(c, idx);
	emit(c, OP_POP);
	var = declare(c, n->u.for_.var->u.str.s, n->u.for_.var->u.str.len);
	top = here(c);
	get_slot(c, idx);
	get_slot(c, seq);
	emit(c, OP_LEN);
	emit(c, OP_LT);
	exit = jump(c, OP_JF);
	get_slot(c, seq);
	get_slot(c, idx);
	emit(c, OP_INDEX);
	set_slot(c, var);
	emit(c, OP_POP);
	loop_body(c, &lp, n->u.for_.body);
	for (i = 0; i < lp.nconts; i++)
		patch(c, lp.conts[i]);
	get_slot(c, idx);
	emit16(c, OP_CONST, add_const(c, v_num(1)));
	emit(c, OP_ADD);
	set_slot(c, idx);
	emit(c, OP_POP);
	loop_back(c, top);
	patch(c, exit);
	loop_end(c, &lp);
	end_scope(c);
}

static void stmt(compiler *c, node *n)
{
	loop lp = { NULL, -1, NULL, 0, NULL, 0 };
	int i, j, slot;

	c->line = n->line;
	switch (n->kind) {
	case N_LET:
		if (n->u.let.init)
			expr(c, n->u.let.init);
		else
			emit(c, OP_NIL);
		if (is_global_scope(c)) {
			emit16(c, OP_DEFG, name_const(c, n->u.let.name, n->u.let.len));
		} else {
			set_slot(c, declare(c, n->u.let.name, n->u.let.len));
			emit(c, OP_POP);
		}
		break;
	case N_FNDECL:
		if (is_global_scope(c)) {
			closure(c, n);
			emit16(c, OP_DEFG, name_const(c, n->u.fn.name, n->u.fn.namelen));
		} else {
			/* declared first, so that it can call itself */
			slot = declare(c, n->u.fn.name, n->u.fn.namelen);
			closure(c, n);
			set_slot(c, slot);
			emit(c, OP_POP);
		}
		break;
	case N_EXPR:
		expr(c, n->u.expr);
		emit(c, OP_POP);
		break;
	case N_IF:
		expr(c, n->u.if_.cond);
		i = jump(c, OP_JF);
		stmt(c, n->u.if_.then);
		if (n->u.if_.els) {
			j = jump(c, OP_JMP);
			patch(c, i);
			stmt(c, n->u.if_.els);
			patch(c, j);
		} else {
			patch(c, i);
		}
		break;
	case N_WHILE:
		lp.start = here(c);
		expr(c, n->u.if_.cond);
		i = jump(c, OP_JF);
		loop_body(c, &lp, n->u.if_.then);
		loop_back(c, lp.start);
		patch(c, i);
		loop_end(c, &lp);
		break;
	case N_FOR:
		for_in(c, n);
		break;
	case N_RETURN:
		if (c->fs->top)
			cerror(c, "return outside a function");
		if (n->u.expr)
			expr(c, n->u.expr);
		else
			emit(c, OP_NIL);
		emit(c, OP_RET);
		break;
	case N_BREAK:
	case N_CONTINUE:
		if (!c->fs->loop)
			cerror(c, "%s outside a loop", n->kind == N_BREAK ? "break" : "continue");
		if (n->kind == N_BREAK)
			add_jump(&c->fs->loop->breaks, &c->fs->loop->nbreaks, jump(c, OP_JMP));
		else if (c->fs->loop->start >= 0)
			loop_back(c, c->fs->loop->start);
		else
			add_jump(&c->fs->loop->conts, &c->fs->loop->nconts, jump(c, OP_JMP));
		break;
	case N_BLOCK:
		begin_scope(c);
		for (i = 0; i < n->u.list.n; i++)
			stmt(c, n->u.list.item[i]);
		end_scope(c);
		break;
	default:
		cerror(c, "not a statement (node %d)", (int)n->kind);
	}
}

/* ---- the entry point --------------------------------------------------- */

oproto *compile_script(vm *v, const char *name, const char *src)
{
	lexer *lx = xcalloc(1, sizeof(lexer));	/* on the heap: see lz.c */
	compiler c;
	fstate *top = xcalloc(1, sizeof(fstate));
	err_frame ef;
	node *root;
	oproto *p;
	size_t i;

	c.v = v;
	c.name = name;
	c.fs = top;
	c.line = 1;
	top->top = 1;
	v->gc_off++;
	top->proto = p = proto_new(v, str_cstr(v, name));
	err_push(&ef);
	if (setjmp(ef.env)) {
		/* The prototypes made are garbage now; the collector frees them. */
		lex_free(lx);
		xfree(lx);
		parse_release();
		xfree(top);
		v->gc_off--;
		fail("%s", err_message);
	}
	lex_init(lx, name, src);
	root = parse_script(lx);
	/* The top level's statements are at scope 0: its lets are globals. */
	for (i = 0; i < (size_t)root->u.list.n; i++)
		stmt(&c, root->u.list.item[i]);
	emit(&c, OP_NIL);
	emit(&c, OP_RET);
	err_pop(&ef);
	lex_free(lx);
	xfree(lx);
	parse_release();
	xfree(top);
	v->gc_off--;
	return p;
}

/* ---- the disassembler -------------------------------------------------- */

const char *const op_names[OP_COUNT] = {
	"CONST", "NIL", "TRUE", "FALSE", "POP", "GETL", "SETL", "GETG", "SETG", "DEFG",
	"ADD", "SUB", "MUL", "DIV", "MOD", "NEG", "NOT", "EQ", "NE", "LT", "LE", "GT",
	"GE", "JMP", "JF", "JFK", "JTK", "LOOP", "CALL", "RET", "LIST", "MAP", "INDEX",
	"SETINDEX", "LEN", "CLOSURE",
};

void disassemble(oproto *p, int depth)
{
	size_t i = 0, k;
	int op, a, line = -1;
	strbuf sb;

	out("%*s== %s (%d params, %d slots, %lu bytes, %lu constants) ==\n", depth * 2, "",
	    p->name->chars, p->nparams, p->nlocals, (unsigned long)p->ncode,
	    (unsigned long)p->nconsts);
	while (i < p->ncode) {
		op = p->code[i];
		sb_init(&sb);
		if (p->lines[i] != line)
			sb_printf(&sb, "%4d ", line = p->lines[i]);
		else
			sb_puts(&sb, "   | ");
		sb_printf(&sb, "%04lx %-9s", (unsigned long)i, op_names[op]);
		switch (op) {
		case OP_CONST:
		case OP_GETG:
		case OP_SETG:
		case OP_DEFG:
		case OP_CLOSURE:
			a = p->code[i + 1] | p->code[i + 2] << 8;
			sb_printf(&sb, " %3d ", a);
			value_write(&sb, p->consts[a], 1);
			i += 3;
			break;
		case OP_GETL:
		case OP_SETL:
			sb_printf(&sb, " %d:%d", p->code[i + 1], p->code[i + 2] | p->code[i + 3] << 8);
			i += 4;
			break;
		case OP_JMP:
		case OP_JF:
		case OP_JFK:
		case OP_JTK:
			a = (int16_t)(p->code[i + 1] | p->code[i + 2] << 8);
			sb_printf(&sb, " -> %04lx", (unsigned long)(i + 3 + (size_t)(long)a));
			i += 3;
			break;
		case OP_LOOP:
			a = p->code[i + 1] | p->code[i + 2] << 8;
			sb_printf(&sb, " -> %04lx", (unsigned long)(i + 3 - (size_t)a));
			i += 3;
			break;
		case OP_LIST:
		case OP_MAP:
			sb_printf(&sb, " %u", (unsigned)(p->code[i + 1] | p->code[i + 2] << 8));
			i += 3;
			break;
		case OP_CALL:
			sb_printf(&sb, " %u", p->code[i + 1]);
			i += 2;
			break;
		default:
			i++;
		}
		out("%*s%s\n", depth * 2, "", sb.data);
		sb_free(&sb);
	}
	for (k = 0; k < p->nconsts; k++)
		if (is_obj(p->consts[k], O_PROTO))
			disassemble((oproto *)p->consts[k].u.o, depth + 1);
}
