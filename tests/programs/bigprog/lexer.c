/*
 * lexer.c - turns script source into tokens, with one token of lookahead.
 */
#include "ast.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	const char *word;
	toktype type;
} kwentry;

static const kwentry keywords[] = {
	/* sorted, for bsearch */
	{ "break", T_BREAK }, { "continue", T_CONTINUE }, { "else", T_ELSE },
	{ "false", T_FALSE }, { "fn", T_FN }, { "for", T_FOR }, { "if", T_IF },
	{ "in", T_IN }, { "let", T_LET }, { "nil", T_NIL }, { "return", T_RETURN },
	{ "true", T_TRUE }, { "while", T_WHILE },
};

typedef struct {
	const char *s;
	size_t len;
} span;

static int cmp_keyword(const void *k, const void *e)
{
	const span *key = k;
	const char *word = ((const kwentry *)e)->word;
	int r = strncmp(key->s, word, key->len);

	if (r)
		return r;
	return word[key->len] ? -1 : 0;
}

static toktype keyword(const char *s, size_t len)
{
	span key = { s, len };
	const kwentry *hit = bsearch(&key, keywords, ARRAY_LEN(keywords), sizeof(keywords[0]),
				     cmp_keyword);

	return hit ? hit->type : T_NAME;
}

const char *tok_name(toktype t)
{
	static const char *const names[] = {
		"end of input", "number", "string", "name", "let", "fn", "if", "else",
		"while", "for", "in", "return", "break", "continue", "true", "false",
		"nil", "(", ")", "{", "}", "[", "]", ",", ";", ":", ".", "=", "+",
		"-", "*", "/", "%", "!", "==", "!=", "<", "<=", ">", ">=", "&&",
		"||", "+=", "-=",
	};

	return (size_t)t < ARRAY_LEN(names) ? names[t] : "?";
}

void lex_init(lexer *lx, const char *name, const char *src)
{
	memset(lx, 0, sizeof(*lx));
	lx->name = name;
	lx->src = lx->p = src;
	lx->line = 1;
	lex_advance(lx);
	lex_advance(lx);
}

void lex_free(lexer *lx)
{
	size_t i;

	for (i = 0; i < lx->nstrings; i++)
		xfree(lx->strings[i]);
	xfree(lx->strings);
	lx->strings = NULL;
	lx->nstrings = 0;
}

static void keep_string(lexer *lx, char *s)
{
	if (lx->nstrings == lx->capstrings) {
		lx->capstrings = lx->capstrings ? lx->capstrings * 2 : 16;
		lx->strings = xrealloc(lx->strings, lx->capstrings * sizeof(char *));
	}
	lx->strings[lx->nstrings++] = s;
}

static void skip_space(lexer *lx)
{
	for (;;) {
		if (*lx->p == '\n') {
			lx->line++;
			lx->p++;
		} else if (isspace((unsigned char)*lx->p)) {
			lx->p++;
		} else if (lx->p[0] == '/' && lx->p[1] == '/') {
			while (*lx->p && *lx->p != '\n')
				lx->p++;
		} else if (lx->p[0] == '/' && lx->p[1] == '*') {
			lx->p += 2;
			while (*lx->p && !(lx->p[0] == '*' && lx->p[1] == '/')) {
				if (*lx->p == '\n')
					lx->line++;
				lx->p++;
			}
			if (!*lx->p)
				fail("%s:%d: unterminated comment", lx->name, lx->line);
			lx->p += 2;
		} else {
			return;
		}
	}
}

static int hexval(int c)
{
	if (isdigit(c))
		return c - '0';
	return tolower(c) - 'a' + 10;
}

static void lex_string(lexer *lx, token *t)
{
	strbuf sb;
	int c;

	sb_init(&sb);
	lx->p++;
	while (*lx->p != '"') {
		c = (unsigned char)*lx->p++;
		if (c == '\0' || c == '\n') {
			sb_free(&sb);
			fail("%s:%d: unterminated string", lx->name, t->line);
		}
		if (c == '\\') {
			c = (unsigned char)*lx->p++;
			switch (c) {
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case '0': c = '\0'; break;
			case '\\': case '"': break;
			case 'x':
				if (!isxdigit((unsigned char)lx->p[0]) || !isxdigit((unsigned char)lx->p[1])) {
					sb_free(&sb);
					fail("%s:%d: bad \\x escape", lx->name, t->line);
				}
				c = hexval((unsigned char)lx->p[0]) * 16 + hexval((unsigned char)lx->p[1]);
				lx->p += 2;
				break;
			default:
				sb_free(&sb);
				fail("%s:%d: unknown escape \\%c", lx->name, t->line, c);
			}
		}
		sb_putc(&sb, c);
	}
	lx->p++;
	t->type = T_STR;
	t->slen = sb.len;
	t->str = sb_take(&sb);
	keep_string(lx, t->str);
}

/* Two-character operators first, then one-character ones. */
static const struct {
	char text[3];
	toktype type;
} puncts[] = {
	{ "==", T_EQ }, { "!=", T_NE }, { "<=", T_LE }, { ">=", T_GE }, { "&&", T_AND },
	{ "||", T_OR }, { "+=", T_PLUSEQ }, { "-=", T_MINUSEQ }, { "(", T_LPAREN },
	{ ")", T_RPAREN }, { "{", T_LBRACE }, { "}", T_RBRACE }, { "[", T_LBRACKET },
	{ "]", T_RBRACKET }, { ",", T_COMMA }, { ";", T_SEMI }, { ":", T_COLON },
	{ ".", T_DOT }, { "=", T_ASSIGN }, { "+", T_PLUS }, { "-", T_MINUS },
	{ "*", T_STAR }, { "/", T_SLASH }, { "%", T_PERCENT }, { "!", T_BANG },
	{ "<", T_LT }, { ">", T_GT },
};

static void lex_one(lexer *lx, token *t)
{
	char *end;
	size_t i, n;

	skip_space(lx);
	memset(t, 0, sizeof(*t));
	t->start = lx->p;
	t->line = lx->line;
	if (!*lx->p) {
		t->type = T_EOF;
		return;
	}
	if (isdigit((unsigned char)*lx->p)) {
		t->num = strtod(lx->p, &end);
		if (isalpha((unsigned char)*end) || *end == '_')
			fail("%s:%d: bad number", lx->name, lx->line);
		lx->p = end;
		t->type = T_NUM;
	} else if (isalpha((unsigned char)*lx->p) || *lx->p == '_') {
		while (isalnum((unsigned char)*lx->p) || *lx->p == '_')
			lx->p++;
		t->type = keyword(t->start, (size_t)(lx->p - t->start));
	} else if (*lx->p == '"') {
		lex_string(lx, t);
	} else {
		for (i = 0; i < ARRAY_LEN(puncts); i++) {
			n = strlen(puncts[i].text);
			if (strncmp(lx->p, puncts[i].text, n) == 0)
				break;
		}
		if (i == ARRAY_LEN(puncts))
			fail("%s:%d: unexpected character '%c'", lx->name, lx->line, *lx->p);
		lx->p += n;
		t->type = puncts[i].type;
	}
	t->len = (size_t)(lx->p - t->start);
}

void lex_advance(lexer *lx)
{
	lx->tok = lx->next;
	lex_one(lx, &lx->next);
}
