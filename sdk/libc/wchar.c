/* Guest libc: wide strings, wide character classes and the multibyte
 * conversions (UTF-8: no overlong forms, surrogates or code points above
 * 0x10ffff; invalid bytes give EILSEQ). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

/* ---- wide strings ---------------------------------------------------- */

size_t wcslen(const wchar_t *s)
{
	const wchar_t *p = s;

	while (*p)
		p++;
	return (size_t)(p - s);
}

size_t wcsnlen(const wchar_t *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

int wcscmp(const wchar_t *a, const wchar_t *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a < *b ? -1 : *a > *b;
}

int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return *a < *b ? -1 : 1;
		if (!*a)
			return 0;
	}
	return 0;
}

wchar_t *wcscpy(wchar_t *restrict d, const wchar_t *restrict s)
{
	return wmemcpy(d, s, wcslen(s) + 1);
}

wchar_t *wcsncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	size_t k = wcsnlen(s, n);

	wmemcpy(d, s, k);
	wmemset(d + k, 0, n - k);
	return d;
}

wchar_t *wcscat(wchar_t *restrict d, const wchar_t *restrict s)
{
	wcscpy(d + wcslen(d), s);
	return d;
}

wchar_t *wcsncat(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	wchar_t *e = d + wcslen(d);
	size_t k = wcsnlen(s, n);

	wmemcpy(e, s, k);
	e[k] = 0;
	return d;
}

wchar_t *wcschr(const wchar_t *s, wchar_t c)
{
	for (;; s++) {
		if (*s == c)
			return (wchar_t *)s;
		if (!*s)
			return NULL;
	}
}

wchar_t *wcsrchr(const wchar_t *s, wchar_t c)
{
	const wchar_t *r = NULL;

	for (;; s++) {
		if (*s == c)
			r = s;
		if (!*s)
			return (wchar_t *)r;
	}
}

wchar_t *wcsstr(const wchar_t *restrict hay, const wchar_t *restrict needle)
{
	size_t n = wcslen(needle);

	for (; *hay; hay++)
		if (!wcsncmp(hay, needle, n))
			return (wchar_t *)hay;
	return n ? NULL : (wchar_t *)hay;
}

size_t wcsspn(const wchar_t *s, const wchar_t *accept)
{
	size_t n = 0;

	while (s[n] && wcschr(accept, s[n]))
		n++;
	return n;
}

size_t wcscspn(const wchar_t *s, const wchar_t *reject)
{
	size_t n = 0;

	while (s[n] && !wcschr(reject, s[n]))
		n++;
	return n;
}

wchar_t *wcsdup(const wchar_t *s)
{
	size_t n = wcslen(s) + 1;
	wchar_t *d = malloc(n * sizeof *d);

	return d ? wmemcpy(d, s, n) : NULL;
}

wchar_t *wmemcpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	return memcpy(d, s, n * sizeof *d);
}

wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n)
{
	return memmove(d, s, n * sizeof *d);
}

wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		d[i] = c;
	return d;
}

int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n; n--, a++, b++)
		if (*a != *b)
			return *a < *b ? -1 : 1;
	return 0;
}

wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n)
{
	for (; n; n--, s++)
		if (*s == c)
			return (wchar_t *)s;
	return NULL;
}

long wcstol(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	char buf[72], *e;
	size_t skip = 0, n = 0;
	long v;

	while (iswspace((wint_t)s[skip]))
		skip++;
	/* the longest run of ASCII characters a number can contain */
	while (n < sizeof buf - 1 && s[skip + n] > 0 && s[skip + n] < 128 &&
	       (iswalnum((wint_t)s[skip + n]) || s[skip + n] == '+' || s[skip + n] == '-')) {
		buf[n] = (char)s[skip + n];
		n++;
	}
	buf[n] = '\0';
	v = strtol(buf, &e, base);
	if (end)
		*end = (wchar_t *)(e == buf ? s : s + skip + (size_t)(e - buf));
	return v;
}

/* ---- classes (ASCII) ----------------------------------------------------- */

#define ASCII(c) ((c) < 128)

int iswalnum(wint_t c) { return iswalpha(c) || iswdigit(c); }
int iswalpha(wint_t c) { return iswupper(c) || iswlower(c); }
int iswblank(wint_t c) { return c == ' ' || c == '\t'; }
int iswcntrl(wint_t c) { return c < 32 || c == 127; }
int iswdigit(wint_t c) { return c - '0' < 10; }
int iswgraph(wint_t c) { return c > 32 && c < 127; }
int iswlower(wint_t c) { return c - 'a' < 26; }
int iswprint(wint_t c) { return c >= 32 && c < 127; }
int iswpunct(wint_t c) { return iswgraph(c) && !iswalnum(c); }
int iswspace(wint_t c) { return c == ' ' || c - '\t' < 5; }
int iswupper(wint_t c) { return c - 'A' < 26; }
int iswxdigit(wint_t c) { return iswdigit(c) || (c | 32) - 'a' < 6; }
wint_t towlower(wint_t c) { return iswupper(c) ? c + 32 : c; }
wint_t towupper(wint_t c) { return iswlower(c) ? c - 32 : c; }

static const char *const class_names[] = {
	"alnum", "alpha", "blank", "cntrl", "digit", "graph",
	"lower", "print", "punct", "space", "upper", "xdigit",
};
static int (*const class_fns[])(wint_t) = {
	iswalnum, iswalpha, iswblank, iswcntrl, iswdigit, iswgraph,
	iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit,
};

wctype_t wctype(const char *name)
{
	for (size_t i = 0; i < sizeof class_names / sizeof class_names[0]; i++)
		if (!strcmp(name, class_names[i]))
			return i + 1;
	return 0;
}

int iswctype(wint_t c, wctype_t t)
{
	return t && t <= sizeof class_fns / sizeof class_fns[0] ? class_fns[t - 1](c) != 0 : 0;
}

/* ---- UTF-8 ---------------------------------------------------------------- */

#define ILSEQ ((size_t)-1)
#define INCOMPLETE ((size_t)-2)

wint_t btowc(int c)
{
	return c >= 0 && c < 128 ? (wint_t)c : WEOF;
}

int wctob(wint_t c)
{
	return c < 128 ? (int)c : EOF;
}

int mbsinit(const mbstate_t *ps)
{
	return !ps || !ps->left;
}

size_t mbrtowc(wchar_t *restrict pwc, const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	const unsigned char *p = (const unsigned char *)s;
	unsigned wc, left, min;
	size_t i = 0;

	if (!ps)
		ps = &internal;
	if (!s) {
		p = (const unsigned char *)"";
		n = 1;
		pwc = NULL;
	}
	if (!n)
		return INCOMPLETE;
	wc = ps->wc;
	left = ps->left;
	min = ps->min;
	if (!left) {
		unsigned c = p[i++];
		if (c < 0x80) {
			if (pwc)
				*pwc = (wchar_t)c;
			return c ? 1 : 0;
		}
		if (c - 0xc2 <= 0xdf - 0xc2)
			wc = c & 0x1f, left = 1, min = 0x80;
		else if (c - 0xe0 <= 0xef - 0xe0)
			wc = c & 0x0f, left = 2, min = 0x800;
		else if (c - 0xf0 <= 0xf7 - 0xf0)
			wc = c & 0x07, left = 3, min = 0x10000;
		else if (c - 0xf8 <= 0xfb - 0xf8) /* the old 5- and 6-byte forms: */
			wc = c & 0x03, left = 4, min = 0x200000; /* too large, */
		else if (c - 0xfc <= 0xfd - 0xfc)                /* rejected when */
			wc = c & 0x01, left = 5, min = 0x4000000; /* complete, as by glibc */
		else
			goto bad;
	}
	for (; left && i < n; left--) {
		unsigned c = p[i++];
		if ((c & 0xc0) != 0x80)
			goto bad;
		wc = wc << 6 | (c & 0x3f);
		/* overlong, surrogate and too large forms: once complete */
		if (left == 1 && (wc < min || wc - 0xd800 < 0x800 || wc > 0x10ffff))
			goto bad;
	}
	if (left) {
		ps->wc = wc;
		ps->left = left;
		ps->min = min;
		return INCOMPLETE;
	}
	ps->left = 0;
	if (pwc)
		*pwc = (wchar_t)wc;
	return wc ? i : 0;
bad:
	ps->left = 0;
	errno = EILSEQ;
	return ILSEQ;
}

size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;

	return mbrtowc(NULL, s, n, ps ? ps : &internal);
}

size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict ps)
{
	unsigned c = (unsigned)wc;
	char buf[4];

	(void)ps;
	if (!s)
		s = buf, c = 0;
	if (c < 0x80) {
		s[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		s[0] = (char)(0xc0 | c >> 6);
		s[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c - 0xd800 < 0x800 || c > 0x10ffff) {
		errno = EILSEQ;
		return ILSEQ;
	}
	if (c < 0x10000) {
		s[0] = (char)(0xe0 | c >> 12);
		s[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		s[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	s[0] = (char)(0xf0 | c >> 18);
	s[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	s[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	s[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

size_t mbsrtowcs(wchar_t *restrict d, const char **restrict src, size_t n, mbstate_t *restrict ps)
{
	const char *s = *src;
	size_t k = 0;

	for (; !d || k < n; k++) {
		wchar_t wc;
		size_t r = mbrtowc(&wc, s, 4, ps);
		if (r == ILSEQ || r == INCOMPLETE) {
			if (r == INCOMPLETE) /* a string ending inside a sequence */
				errno = EILSEQ;
			if (d)
				*src = s;
			return ILSEQ;
		}
		if (d)
			d[k] = wc;
		if (!r) {
			if (d)
				*src = NULL;
			return k;
		}
		s += r;
	}
	*src = s;
	return k;
}

size_t wcsrtombs(char *restrict d, const wchar_t **restrict src, size_t n, mbstate_t *restrict ps)
{
	const wchar_t *s = *src;
	size_t k = 0;
	char buf[4];

	for (;; s++) {
		size_t r = wcrtomb(buf, *s, ps);
		if (r == ILSEQ) {
			if (d)
				*src = s;
			return ILSEQ;
		}
		if (d && k + r > n)
			break;
		if (!*s) {
			if (d) {
				d[k] = '\0';
				*src = NULL;
			}
			return k;
		}
		if (d)
			memcpy(d + k, buf, r);
		k += r;
	}
	*src = s;
	return k;
}

int mblen(const char *s, size_t n)
{
	return mbtowc(NULL, s, n);
}

int mbtowc(wchar_t *restrict pwc, const char *restrict s, size_t n)
{
	mbstate_t st = { 0, 0, 0 };
	size_t r;

	if (!s)
		return 0; /* UTF-8 has no shift states */
	r = mbrtowc(pwc, s, n, &st);
	if (r == ILSEQ || r == INCOMPLETE) {
		errno = EILSEQ;
		return -1;
	}
	return (int)r;
}

int wctomb(char *s, wchar_t wc)
{
	if (!s)
		return 0;
	return (int)wcrtomb(s, wc, NULL);
}

size_t mbstowcs(wchar_t *restrict d, const char *restrict s, size_t n)
{
	mbstate_t st = { 0, 0, 0 };
	const char *p = s;

	return mbsrtowcs(d, &p, n, &st);
}

size_t wcstombs(char *restrict d, const wchar_t *restrict s, size_t n)
{
	mbstate_t st = { 0, 0, 0 };
	const wchar_t *p = s;

	return wcsrtombs(d, &p, n, &st);
}

/* ---- uchar.h: UTF-16 and UTF-32 ------------------------------------------ */

/* char32_t is wchar_t's code point; a char16_t is a code point or half a
 * surrogate pair. mbstate_t holds the pair's half between calls: min is
 * then one of these (left stays 0, so mbrtowc ignores it). */
#define HALF_LOW 0xfffffff1u  /* mbrtoc16 owes the low half, wc */
#define HALF_HIGH 0xfffffff2u /* c16rtomb holds the high half, wc */

size_t mbrtoc32(uint_least32_t *restrict pc32, const char *restrict s, size_t n,
		mbstate_t *restrict ps);
size_t c32rtomb(char *restrict s, uint_least32_t c32, mbstate_t *restrict ps);
size_t mbrtoc16(uint_least16_t *restrict pc16, const char *restrict s, size_t n,
		mbstate_t *restrict ps);
size_t c16rtomb(char *restrict s, uint_least16_t c16, mbstate_t *restrict ps);

size_t mbrtoc32(uint_least32_t *restrict pc32, const char *restrict s, size_t n,
		mbstate_t *restrict ps)
{
	static mbstate_t internal;
	wchar_t wc;
	size_t r = mbrtowc(&wc, s, n, ps ? ps : &internal);

	if (r <= 4 && pc32 && s)
		*pc32 = (uint_least32_t)wc;
	return r;
}

size_t c32rtomb(char *restrict s, uint_least32_t c32, mbstate_t *restrict ps)
{
	return wcrtomb(s, (wchar_t)c32, ps);
}

size_t mbrtoc16(uint_least16_t *restrict pc16, const char *restrict s, size_t n,
		mbstate_t *restrict ps)
{
	static mbstate_t internal;
	wchar_t wc;
	size_t r;

	if (!ps)
		ps = &internal;
	if (!s) {
		s = "";
		n = 1;
		pc16 = NULL;
	}
	if (!ps->left && ps->min == HALF_LOW) {
		if (pc16)
			*pc16 = (uint_least16_t)ps->wc;
		ps->min = 0;
		return (size_t)-3;
	}
	r = mbrtowc(&wc, s, n, ps);
	if (r > 4)
		return r;
	if ((unsigned)wc >= 0x10000) {
		unsigned v = (unsigned)wc - 0x10000;
		if (pc16)
			*pc16 = (uint_least16_t)(0xd800 | v >> 10);
		ps->wc = 0xdc00 | (v & 0x3ff);
		ps->min = HALF_LOW;
	} else if (pc16) {
		*pc16 = (uint_least16_t)wc;
	}
	return r;
}

size_t c16rtomb(char *restrict s, uint_least16_t c16, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	unsigned c = c16;

	if (!ps)
		ps = &internal;
	if (!s) { /* back to the initial state */
		ps->min = 0;
		return 1;
	}
	if (ps->min == HALF_HIGH) {
		ps->min = 0;
		if (c - 0xdc00 >= 0x400) {
			errno = EILSEQ;
			return ILSEQ;
		}
		return wcrtomb(s, (wchar_t)(0x10000 + ((ps->wc - 0xd800) << 10) + (c - 0xdc00)), NULL);
	}
	if (c - 0xd800 < 0x400) {
		ps->wc = c;
		ps->min = HALF_HIGH;
		return 0;
	}
	if (c - 0xdc00 < 0x400) {
		errno = EILSEQ;
		return ILSEQ;
	}
	return wcrtomb(s, (wchar_t)c, NULL);
}
