/*
 * ast.h - tokens, the lexer, and the syntax tree the parser builds.
 */
#ifndef BIGPROG_AST_H
#define BIGPROG_AST_H

#include <stddef.h>

typedef enum {
	T_EOF, T_NUM, T_STR, T_NAME,
	/* keywords */
	T_LET, T_FN, T_IF, T_ELSE, T_WHILE, T_FOR, T_IN, T_RETURN, T_BREAK,
	T_CONTINUE, T_TRUE, T_FALSE, T_NIL,
	/* punctuation */
	T_LPAREN, T_RPAREN, T_LBRACE, T_RBRACE, T_LBRACKET, T_RBRACKET,
	T_COMMA, T_SEMI, T_COLON, T_DOT, T_ASSIGN, T_PLUS, T_MINUS, T_STAR,
	T_SLASH, T_PERCENT, T_BANG, T_EQ, T_NE, T_LT, T_LE, T_GT, T_GE,
	T_AND, T_OR, T_PLUSEQ, T_MINUSEQ
} toktype;

typedef struct {
	toktype type;
	const char *start;
	size_t len;
	int line;
	double num;
	char *str;	/* T_STR: the unescaped text (owned by the lexer) */
	size_t slen;
} token;

typedef struct {
	const char *src, *p;
	int line;
	const char *name;
	token tok, next;	/* the current token and one of lookahead */
	char **strings;		/* every string unescaped, freed at the end */
	size_t nstrings, capstrings;
} lexer;

void lex_init(lexer *lx, const char *name, const char *src);
void lex_free(lexer *lx);
void lex_advance(lexer *lx);
const char *tok_name(toktype t);

typedef enum {
	N_NUM, N_STR, N_TRUE, N_FALSE, N_NIL, N_NAME, N_LIST, N_MAP,
	N_UNARY, N_BINARY, N_AND, N_OR, N_ASSIGN, N_CALL, N_INDEX, N_FUNC,
	/* statements */
	N_LET, N_EXPR, N_IF, N_WHILE, N_FOR, N_RETURN, N_BREAK, N_CONTINUE,
	N_BLOCK, N_FNDECL
} nodekind;

typedef struct node node;

typedef struct {
	node **item;
	int n, cap;
} nodelist;

struct node {
	nodekind kind;
	int line;
	union {
		double num;
		struct {
			const char *s;
			size_t len;
		} str;		/* N_STR, N_NAME */
		struct {
			int op;	/* a toktype */
			node *a, *b;
		} op;		/* N_UNARY, N_BINARY, N_AND, N_OR, N_ASSIGN, N_INDEX */
		struct {
			node *callee;
			nodelist args;
		} call;
		nodelist list;	/* N_LIST, N_MAP (key, value, ...), N_BLOCK */
		struct {
			const char *name;	/* NULL: anonymous */
			size_t namelen;
			nodelist params;	/* N_NAME nodes */
			node *body;
		} fn;		/* N_FUNC, N_FNDECL */
		struct {
			node *cond, *then, *els;
		} if_;		/* N_IF, N_WHILE (no els) */
		struct {
			node *var, *seq, *body;
		} for_;
		struct {
			const char *name;
			size_t len;
			node *init;
		} let;
		node *expr;	/* N_EXPR, N_RETURN */
	} u;
};

/* Parses a whole script into a block; fails (fail()) on a syntax error. */
node *parse_script(lexer *lx);
/* Frees every node of the last tree parsed; returns how many there were. */
size_t parse_release(void);
void node_free(node *n);

#endif
