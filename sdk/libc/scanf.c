/* Guest libc: the scanf family, one scanner over a source of characters
 * (a stream, with ungetc's push-back, or a string). Conversions: d i u o x
 * X p (with hh h l ll j z t), f e g E G a A (with l L), s c [...] n %, the
 * assignment suppression '*' and field widths, as C11 7.21.6.2 says. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct src {
	FILE *f;          /* a stream, or */
	const char *s;    /* a string */
	size_t count;     /* characters consumed (%n) */
	int eof;          /* the source ended */
};

static int next(struct src *in)
{
	int c;
	if (in->f)
		c = fgetc(in->f);
	else
		c = *in->s ? (unsigned char)*in->s++ : EOF;
	if (c == EOF)
		in->eof = 1;
	else
		in->count++;
	return c;
}

static void back(struct src *in, int c)
{
	if (c == EOF)
		return;
	in->count--;
	if (in->f)
		ungetc(c, in->f);
	else
		in->s--;
}

static void skip_space(struct src *in)
{
	int c;
	while ((c = next(in)) != EOF && isspace(c))
		;
	back(in, c);
}

enum size { S_HH, S_H, S_INT, S_L, S_LL, S_J, S_Z, S_T, S_LD };

static void store_int(va_list *ap, enum size sz, unsigned long long v)
{
	switch (sz) {
	case S_HH: *va_arg(*ap, signed char *) = (signed char)v; break;
	case S_H: *va_arg(*ap, short *) = (short)v; break;
	case S_INT: *va_arg(*ap, int *) = (int)v; break;
	case S_L: *va_arg(*ap, long *) = (long)v; break;
	case S_LL: case S_LD: *va_arg(*ap, long long *) = (long long)v; break;
	case S_J: *va_arg(*ap, intmax_t *) = (intmax_t)v; break;
	case S_Z: *va_arg(*ap, size_t *) = (size_t)v; break;
	case S_T: *va_arg(*ap, ptrdiff_t *) = (ptrdiff_t)v; break;
	}
}

/* *p = v as long double without x87 code (which hsim does not simulate):
 * the 80-bit extended format built from the double's bits, exactly. */
static void store_long_double(long double *p, double v)
{
	uint64_t b, mant;
	unsigned char out[16] = { 0 };
	memcpy(&b, &v, 8);
	unsigned sign = (unsigned)(b >> 63), e = (unsigned)(b >> 52) & 0x7ff;
	uint64_t frac = b & ((1ull << 52) - 1);
	unsigned ex;
	if (e == 0x7ff) {                 /* inf, nan */
		ex = 0x7fff;
		mant = (1ull << 63) | (frac << 11);
	} else if (e) {                   /* normal */
		ex = e - 1023 + 16383;
		mant = (1ull << 63) | (frac << 11);
	} else if (frac) {                /* subnormal: normal in this format */
		int shift = __builtin_clzll(frac) - 11; /* to bit 52 */
		ex = (unsigned)(1 - 1023 + 16383 - shift);
		mant = (frac << shift) << 11;
	} else {
		ex = 0;
		mant = 0;
	}
	memcpy(out, &mant, 8);
	ex |= sign << 15;
	out[8] = (unsigned char)ex;
	out[9] = (unsigned char)(ex >> 8);
	memcpy(p, out, sizeof(*p));
}

int __hsim_digit_value(int c); /* stdlib.c */
#define digit_value __hsim_digit_value

/* An integer of base (0: as C's prefixes say) in at most width characters
 * into buf; 0 if none matched. */
static int scan_int(struct src *in, size_t width, int base, char *buf, size_t cap)
{
	size_t n = 0;
	int c = next(in), digits = 0;

	if (n < width && (c == '+' || c == '-')) {
		buf[n++] = (char)c;
		c = next(in);
	}
	if ((base == 0 || base == 16) && n < width && c == '0') {
		buf[n++] = (char)c;
		digits = 1;
		c = next(in);
		if (n < width && (c == 'x' || c == 'X')) {
			int c2;
			buf[n++] = (char)c;
			c2 = next(in);
			if (digit_value(c2) >= 16) {
				/* "0x" and no hex digit: the 0 was the number */
				back(in, c2);
				buf[n] = 0;
				return 1;
			}
			base = 16;
			c = c2;
		} else if (base == 0) {
			base = 8;
		}
	}
	if (base == 0)
		base = 10;
	while (n < width && n + 1 < cap && c != EOF && digit_value(c) < base) {
		buf[n++] = (char)c;
		digits = 1;
		c = next(in);
	}
	back(in, c);
	buf[n] = 0;
	return digits;
}

/* A floating-point number's characters (decimal, hex, inf, nan). */
static int scan_float(struct src *in, size_t width, char *buf, size_t cap)
{
	size_t n = 0;
	int c = next(in), digits = 0, hex = 0;

#define TAKE() do { buf[n++] = (char)c; c = next(in); } while (0)
	if (n < width && (c == '+' || c == '-'))
		TAKE();
	if (c == 'i' || c == 'I' || c == 'n' || c == 'N') {
		const char *word = (c == 'i' || c == 'I') ? "infinity" : "nan";
		size_t k = 0;
		while (word[k] && n < width && n + 1 < cap && c != EOF && tolower(c) == word[k]) {
			TAKE();
			k++;
		}
		back(in, c);
		buf[n] = 0;
		return k == 3 || k == 8;
	}
	if (n < width && c == '0') {
		TAKE();
		digits = 1;
		if (n < width && (c == 'x' || c == 'X')) {
			hex = 1;
			TAKE();
		}
	}
	while (n < width && n + 1 < cap && c != EOF &&
	       (hex ? isxdigit(c) : isdigit(c))) {
		TAKE();
		digits = 1;
	}
	if (n < width && n + 1 < cap && c == '.') {
		TAKE();
		while (n < width && n + 1 < cap && c != EOF && (hex ? isxdigit(c) : isdigit(c))) {
			TAKE();
			digits = 1;
		}
	}
	if (digits && n < width && n + 1 < cap &&
	    (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E'))) {
		TAKE();
		if (n < width && n + 1 < cap && (c == '+' || c == '-'))
			TAKE();
		while (n < width && n + 1 < cap && c != EOF && isdigit(c))
			TAKE();
	}
#undef TAKE
	back(in, c);
	buf[n] = 0;
	return digits;
}

/* The scanset of a %[ conversion at *fmt (past the '['). */
static const char *scanset(const char *fmt, unsigned char set[256])
{
	int invert = 0;
	memset(set, 0, 256);
	if (*fmt == '^') {
		invert = 1;
		fmt++;
	}
	if (*fmt == ']')
		set[(unsigned char)*fmt++] = 1;
	while (*fmt && *fmt != ']') {
		if (fmt[1] == '-' && fmt[2] && fmt[2] != ']' &&
		    (unsigned char)fmt[0] <= (unsigned char)fmt[2]) {
			for (int c = (unsigned char)fmt[0]; c <= (unsigned char)fmt[2]; c++)
				set[c] = 1;
			fmt += 3;
		} else {
			set[(unsigned char)*fmt++] = 1;
		}
	}
	if (invert)
		for (int c = 0; c < 256; c++)
			set[c] = !set[c];
	return *fmt ? fmt + 1 : fmt;
}

static int vscan(struct src *in, const char *fmt, va_list ap0)
{
	va_list ap;
	int assigned = 0, converted = 0;
	char buf[512];

	va_copy(ap, ap0);
	while (*fmt) {
		if (isspace((unsigned char)*fmt)) {
			skip_space(in);
			fmt++;
			continue;
		}
		if (*fmt != '%' || fmt[1] == '%') {
			int c;
			if (*fmt == '%') {
				fmt++;
				skip_space(in);
			}
			c = next(in);
			if (c != (unsigned char)*fmt) {
				back(in, c);
				break;
			}
			fmt++;
			continue;
		}
		fmt++;
		int suppress = 0;
		size_t width = 0;
		enum size sz = S_INT;
		if (*fmt == '*') {
			suppress = 1;
			fmt++;
		}
		while (isdigit((unsigned char)*fmt))
			width = width * 10 + (size_t)(*fmt++ - '0');
		switch (*fmt) {
		case 'h': sz = fmt[1] == 'h' ? S_HH : S_H; fmt += fmt[1] == 'h' ? 2 : 1; break;
		case 'l': sz = fmt[1] == 'l' ? S_LL : S_L; fmt += fmt[1] == 'l' ? 2 : 1; break;
		case 'j': sz = S_J; fmt++; break;
		case 'z': sz = S_Z; fmt++; break;
		case 't': sz = S_T; fmt++; break;
		case 'L': sz = S_LD; fmt++; break;
		case 'q': sz = S_LL; fmt++; break;
		}
		int conv = *fmt++;
		if (!conv)
			break;
		if (conv != 'c' && conv != '[' && conv != 'n')
			skip_space(in);
		if (!width)
			width = conv == 'c' ? 1 : (size_t)-1;

		switch (conv) {
		case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p': {
			int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
			if (!scan_int(in, width, base, buf, sizeof(buf)))
				goto done;
			unsigned long long v;
			int e = errno;
			if (conv == 'd' || conv == 'i')
				v = (unsigned long long)strtoll(buf, NULL, base);
			else
				v = strtoull(buf, NULL, base);
			errno = e;
			if (!suppress) {
				if (conv == 'p')
					*va_arg(ap, void **) = (void *)(uintptr_t)v;
				else
					store_int(&ap, sz, v);
				assigned++;
			}
			break;
		}
		case 'f': case 'e': case 'g': case 'a': case 'E': case 'G': case 'A': case 'F': {
			if (!scan_float(in, width, buf, sizeof(buf)))
				goto done;
			double v = strtod(buf, NULL);
			if (!suppress) {
				if (sz == S_L)
					*va_arg(ap, double *) = v;
				else if (sz == S_LD)
					store_long_double(va_arg(ap, long double *), v);
				else
					*va_arg(ap, float *) = (float)v;
				assigned++;
			}
			break;
		}
		case 's': case 'c': case '[': {
			unsigned char set[256];
			char *out = suppress ? NULL : va_arg(ap, char *);
			size_t n = 0;
			int c;
			if (conv == '[')
				fmt = scanset(fmt, set);
			while (n < width && (c = next(in)) != EOF) {
				if ((conv == 's' && isspace(c)) || (conv == '[' && !set[c])) {
					back(in, c);
					break;
				}
				if (out)
					out[n] = (char)c;
				n++;
			}
			if (!n || (conv == 'c' && n < width))
				goto done;
			if (out && conv != 'c')
				out[n] = 0;
			if (out)
				assigned++;
			break;
		}
		case 'n':
			if (!suppress)
				store_int(&ap, sz, in->count);
			continue;
		default:
			goto done;
		}
		converted++;
	}
done:
	va_end(ap);
	/* EOF: the input ended before the first conversion */
	return !converted && in->eof && !assigned ? EOF : assigned;
}

int vfscanf(FILE *__restrict f, const char *__restrict fmt, va_list ap)
{
	struct src in = { f, NULL, 0, 0 };
	return vscan(&in, fmt, ap);
}

int vsscanf(const char *__restrict s, const char *__restrict fmt, va_list ap)
{
	struct src in = { NULL, s, 0, 0 };
	return vscan(&in, fmt, ap);
}

int vscanf(const char *__restrict fmt, va_list ap)
{
	return vfscanf(stdin, fmt, ap);
}

int fscanf(FILE *__restrict f, const char *__restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

int sscanf(const char *__restrict s, const char *__restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

int scanf(const char *__restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfscanf(stdin, fmt, ap);
	va_end(ap);
	return r;
}
