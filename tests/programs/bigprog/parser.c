/*
 * parser.c - recursive descent from tokens to the syntax tree.
 *
 * Precedence, lowest first: assignment, ||, &&, == !=, < <= > >=, + -,
 * * / %, unary - !, then calls, indexing and .field.
 */
#include "ast.h"
#include "util.h"

#include <string.h>

static node *expression(lexer *lx);
static node *statement(lexer *lx);
static node *block(lexer *lx);

static node *new_node(nodekind k, int line)
{
	node *n = xcalloc(1, sizeof(node));

	n->kind = k;
	n->line = line;
	return n;
}

static void nl_push(nodelist *l, node *n)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		l->item = xrealloc(l->item, (size_t)l->cap * sizeof(node *));
	}
	l->item[l->n++] = n;
}

/*
 * The nodes built so far: on a syntax error the parser longjmps out from
 * any depth, and everything allocated is freed from this list instead of
 * from the (half-built) tree.
 */
static node **all_nodes;
static size_t nall, capall;

static node *track(node *n)
{
	if (nall == capall) {
		capall = capall ? capall * 2 : 64;
		all_nodes = xrealloc(all_nodes, capall * sizeof(node *));
	}
	all_nodes[nall++] = n;
	return n;
}

static node *mk(nodekind k, int line)
{
	return track(new_node(k, line));
}

#ifdef __GNUC__
__attribute__((noreturn))
#endif
static void syntax_error(lexer *lx, const char *what)
{
	fail("%s:%d: expected %s, found '%.*s'", lx->name, lx->tok.line, what,
	     lx->tok.type == T_EOF ? 3 : (int)lx->tok.len,
	     lx->tok.type == T_EOF ? "EOF" : lx->tok.start);
}

static int accept(lexer *lx, toktype t)
{
	if (lx->tok.type != t)
		return 0;
	lex_advance(lx);
	return 1;
}

static void expect(lexer *lx, toktype t)
{
	if (!accept(lx, t))
		syntax_error(lx, tok_name(t));
}

static node *name_node(lexer *lx)
{
	node *n;

	if (lx->tok.type != T_NAME)
		syntax_error(lx, "a name");
	n = mk(N_NAME, lx->tok.line);
	n->u.str.s = lx->tok.start;
	n->u.str.len = lx->tok.len;
	lex_advance(lx);
	return n;
}

/* fn [name] (params) { body } after the fn */
static node *function(lexer *lx, nodekind kind, int line)
{
	node *f = mk(kind, line);

	if (kind == N_FNDECL) {
		node *nm = name_node(lx);

		f->u.fn.name = nm->u.str.s;
		f->u.fn.namelen = nm->u.str.len;
	}
	expect(lx, T_LPAREN);
	if (lx->tok.type != T_RPAREN) {
		do
			nl_push(&f->u.fn.params, name_node(lx));
		while (accept(lx, T_COMMA));
	}
	expect(lx, T_RPAREN);
	f->u.fn.body = block(lx);
	return f;
}

static void arguments(lexer *lx, nodelist *args, toktype close)
{
	if (lx->tok.type != close) {
		do {
			if (lx->tok.type == close)
				break;	/* a trailing comma */
			nl_push(args, expression(lx));
		} while (accept(lx, T_COMMA));
	}
	expect(lx, close);
}

static node *primary(lexer *lx)
{
	int line = lx->tok.line;
	node *n;

	switch (lx->tok.type) {
	case T_NUM:
		n = mk(N_NUM, line);
		n->u.num = lx->tok.num;
		lex_advance(lx);
		return n;
	case T_STR:
		n = mk(N_STR, line);
		n->u.str.s = lx->tok.str;
		n->u.str.len = lx->tok.slen;
		lex_advance(lx);
		return n;
	case T_TRUE:
		lex_advance(lx);
		return mk(N_TRUE, line);
	case T_FALSE:
		lex_advance(lx);
		return mk(N_FALSE, line);
	case T_NIL:
		lex_advance(lx);
		return mk(N_NIL, line);
	case T_NAME:
		return name_node(lx);
	case T_LPAREN:
		lex_advance(lx);
		n = expression(lx);
		expect(lx, T_RPAREN);
		return n;
	case T_LBRACKET:
		lex_advance(lx);
		n = mk(N_LIST, line);
		arguments(lx, &n->u.list, T_RBRACKET);
		return n;
	case T_LBRACE:
		lex_advance(lx);
		n = mk(N_MAP, line);
		while (lx->tok.type != T_RBRACE) {
			/* a bare name as key is its string */
			if (lx->tok.type == T_NAME && lx->next.type == T_COLON) {
				node *k = mk(N_STR, lx->tok.line);

				k->u.str.s = lx->tok.start;
				k->u.str.len = lx->tok.len;
				lex_advance(lx);
				nl_push(&n->u.list, k);
			} else {
				nl_push(&n->u.list, expression(lx));
			}
			expect(lx, T_COLON);
			nl_push(&n->u.list, expression(lx));
			if (!accept(lx, T_COMMA))
				break;
		}
		expect(lx, T_RBRACE);
		return n;
	case T_FN:
		lex_advance(lx);
		return function(lx, N_FUNC, line);
	default:
		syntax_error(lx, "an expression");
	}
}

static node *postfix(lexer *lx)
{
	node *n = primary(lx), *c;

	for (;;) {
		int line = lx->tok.line;

		if (accept(lx, T_LPAREN)) {
			c = mk(N_CALL, line);
			c->u.call.callee = n;
			arguments(lx, &c->u.call.args, T_RPAREN);
			n = c;
		} else if (accept(lx, T_LBRACKET)) {
			c = mk(N_INDEX, line);
			c->u.op.a = n;
			c->u.op.b = expression(lx);
			expect(lx, T_RBRACKET);
			n = c;
		} else if (accept(lx, T_DOT)) {
			node *k = name_node(lx);

			k->kind = N_STR;
			c = mk(N_INDEX, line);
			c->u.op.a = n;
			c->u.op.b = k;
			n = c;
		} else {
			return n;
		}
	}
}

static node *unary(lexer *lx)
{
	int line = lx->tok.line;
	toktype op = lx->tok.type;
	node *n;

	if (op == T_MINUS || op == T_BANG) {
		lex_advance(lx);
		n = mk(N_UNARY, line);
		n->u.op.op = op;
		n->u.op.a = unary(lx);
		return n;
	}
	return postfix(lx);
}

/* One level of left-associative binary operators, described by a table. */
typedef struct level {
	toktype ops[4];
	int nops;
	nodekind kind;
	const struct level *next;	/* NULL: unary */
} level;

static const level l_mul = { { T_STAR, T_SLASH, T_PERCENT }, 3, N_BINARY, NULL };
static const level l_add = { { T_PLUS, T_MINUS }, 2, N_BINARY, &l_mul };
static const level l_cmp = { { T_LT, T_LE, T_GT, T_GE }, 4, N_BINARY, &l_add };
static const level l_eq = { { T_EQ, T_NE }, 2, N_BINARY, &l_cmp };
static const level l_and = { { T_AND }, 1, N_AND, &l_eq };
static const level l_or = { { T_OR }, 1, N_OR, &l_and };

static node *binary(lexer *lx, const level *lv)
{
	node *left = lv->next ? binary(lx, lv->next) : unary(lx), *n;
	int i;

	for (;;) {
		for (i = 0; i < lv->nops; i++)
			if (lx->tok.type == lv->ops[i])
				break;
		if (i == lv->nops)
			return left;
		n = mk(lv->kind, lx->tok.line);
		n->u.op.op = lx->tok.type;
		lex_advance(lx);
		n->u.op.a = left;
		n->u.op.b = lv->next ? binary(lx, lv->next) : unary(lx);
		left = n;
	}
}

static node *expression(lexer *lx)
{
	node *target = binary(lx, &l_or), *n, *rhs;
	int line = lx->tok.line;
	toktype op = lx->tok.type;

	if (op != T_ASSIGN && op != T_PLUSEQ && op != T_MINUSEQ)
		return target;
	if (target->kind != N_NAME && target->kind != N_INDEX)
		fail("%s:%d: cannot assign to that", lx->name, line);
	lex_advance(lx);
	rhs = expression(lx);
	if (op != T_ASSIGN) {
		/* a += b is a = a + b (the target's parts evaluated twice) */
		node *sum = mk(N_BINARY, line);

		sum->u.op.op = op == T_PLUSEQ ? T_PLUS : T_MINUS;
		sum->u.op.a = target;
		sum->u.op.b = rhs;
		rhs = sum;
	}
	n = mk(N_ASSIGN, line);
	n->u.op.a = target;
	n->u.op.b = rhs;
	return n;
}

static node *block(lexer *lx)
{
	node *b = mk(N_BLOCK, lx->tok.line);

	expect(lx, T_LBRACE);
	while (lx->tok.type != T_RBRACE && lx->tok.type != T_EOF)
		nl_push(&b->u.list, statement(lx));
	expect(lx, T_RBRACE);
	return b;
}

static node *statement(lexer *lx)
{
	int line = lx->tok.line;
	node *n;

	switch (lx->tok.type) {
	case T_LET:
		lex_advance(lx);
		n = mk(N_LET, line);
		{
			node *nm = name_node(lx);

			n->u.let.name = nm->u.str.s;
			n->u.let.len = nm->u.str.len;
		}
		if (accept(lx, T_ASSIGN))
			n->u.let.init = expression(lx);
		expect(lx, T_SEMI);
		return n;
	case T_FN:
		if (lx->next.type != T_NAME)
			break;	/* an anonymous function expression */
		lex_advance(lx);
		return function(lx, N_FNDECL, line);
	case T_IF:
		lex_advance(lx);
		n = mk(N_IF, line);
		expect(lx, T_LPAREN);
		n->u.if_.cond = expression(lx);
		expect(lx, T_RPAREN);
		n->u.if_.then = statement(lx);
		if (accept(lx, T_ELSE))
			n->u.if_.els = statement(lx);
		return n;
	case T_WHILE:
		lex_advance(lx);
		n = mk(N_WHILE, line);
		expect(lx, T_LPAREN);
		n->u.if_.cond = expression(lx);
		expect(lx, T_RPAREN);
		n->u.if_.then = statement(lx);
		return n;
	case T_FOR:
		lex_advance(lx);
		n = mk(N_FOR, line);
		expect(lx, T_LPAREN);
		n->u.for_.var = name_node(lx);
		expect(lx, T_IN);
		n->u.for_.seq = expression(lx);
		expect(lx, T_RPAREN);
		n->u.for_.body = statement(lx);
		return n;
	case T_RETURN:
		lex_advance(lx);
		n = mk(N_RETURN, line);
		if (lx->tok.type != T_SEMI)
			n->u.expr = expression(lx);
		expect(lx, T_SEMI);
		return n;
	case T_BREAK:
	case T_CONTINUE:
		n = mk(lx->tok.type == T_BREAK ? N_BREAK : N_CONTINUE, line);
		lex_advance(lx);
		expect(lx, T_SEMI);
		return n;
	case T_LBRACE:
		return block(lx);
	default:
		break;
	}
	n = mk(N_EXPR, line);
	n->u.expr = expression(lx);
	expect(lx, T_SEMI);
	return n;
}

static void free_tracked(void)
{
	size_t i;

	for (i = 0; i < nall; i++)
		node_free(all_nodes[i]);
	xfree(all_nodes);
	all_nodes = NULL;
	nall = capall = 0;
}

node *parse_script(lexer *lx)
{
	err_frame ef;
	node *root;

	err_push(&ef);
	if (setjmp(ef.env)) {
		free_tracked();
		fail("%s", err_message);
	}
	root = mk(N_BLOCK, 1);
	while (lx->tok.type != T_EOF)
		nl_push(&root->u.list, statement(lx));
	err_pop(&ef);
	return root;
}

size_t parse_release(void)
{
	size_t n = nall;

	free_tracked();
	return n;
}

/* Frees one node's own storage (its lists), not its children. */
void node_free(node *n)
{
	switch (n->kind) {
	case N_LIST:
	case N_MAP:
	case N_BLOCK:
		xfree(n->u.list.item);
		break;
	case N_CALL:
		xfree(n->u.call.args.item);
		break;
	case N_FUNC:
	case N_FNDECL:
		xfree(n->u.fn.params.item);
		break;
	default:
		break;
	}
	xfree(n);
}
