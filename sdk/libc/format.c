/* The printf formatting core of the guest libc. Plain C with no guest
 * dependencies, so the host unit tests can compare it with glibc.
 *
 * Floating point is converted exactly: the double's (or the x87 long
 * double's) bits become an integer times a power of two, expanded into all
 * of its decimal digits with a small base-1e9 big integer, then rounded
 * half-to-even on those digits. Long doubles are read as their bits, with
 * no x87 arithmetic, and print as glibc prints them (%La: the leading hex
 * digit is the top nibble of the 64-bit significand). */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef void hsim_format_sink(void *ctx, const char *s, size_t n);
int hsim_vformat(hsim_format_sink *sink, void *ctx, const char *fmt, va_list ap);
int hsim_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);

enum {
	F_MINUS = 1,
	F_PLUS = 2,
	F_SPACE = 4,
	F_HASH = 8,
	F_ZERO = 16,
	F_UPPER = 32,
};

struct spec {
	int flags;
	int width; /* >= 0 */
	int prec;  /* < 0: none given */
	char conv;
};

/* Output goes through a small local buffer so that the sink sees few calls. */
struct out {
	hsim_format_sink *sink;
	void *ctx;
	size_t count;
	size_t len;
	char buf[256];
};

static void out_flush(struct out *o)
{
	if (o->len) {
		o->sink(o->ctx, o->buf, o->len);
		o->len = 0;
	}
}

/* the slow path of out_put: the piece does not fit in what is left */
static void out_put_long(struct out *o, const char *s, size_t n)
{
	while (n) {
		size_t room = sizeof o->buf - o->len, k;
		if (!room) {
			out_flush(o);
			room = sizeof o->buf;
		}
		k = n < room ? n : room;
		memcpy(o->buf + o->len, s, k);
		o->len += k;
		s += k;
		n -= k;
	}
}

/* Most pieces are a few bytes: copied by a short loop, with no call. */
static inline void out_put(struct out *o, const char *s, size_t n)
{
	o->count += n;
	if (n > 16 || n > sizeof o->buf - o->len) {
		out_put_long(o, s, n);
		return;
	}
	char *d = o->buf + o->len;
	o->len += n;
	for (size_t i = 0; i < n; i++)
		d[i] = s[i];
}

static void out_char(struct out *o, char c)
{
	if (o->len == sizeof o->buf)
		out_flush(o);
	o->buf[o->len++] = c;
	o->count++;
}

static void out_fill(struct out *o, char c, size_t n)
{
	while (n--)
		out_char(o, c);
}

static size_t str_len(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

/* Padding around a field of `len` characters: spaces before (right-justified),
 * zeros after the sign/prefix (flag 0), or spaces after (flag -). */
static void pad_left(struct out *o, const struct spec *sp, size_t len)
{
	if (!(sp->flags & (F_MINUS | F_ZERO)) && (size_t)sp->width > len)
		out_fill(o, ' ', sp->width - len);
}

static void pad_zero(struct out *o, const struct spec *sp, size_t len)
{
	if ((sp->flags & (F_MINUS | F_ZERO)) == F_ZERO && (size_t)sp->width > len)
		out_fill(o, '0', sp->width - len);
}

static void pad_right(struct out *o, const struct spec *sp, size_t len)
{
	if ((sp->flags & F_MINUS) && (size_t)sp->width > len)
		out_fill(o, ' ', sp->width - len);
}

/* ---- integers ---------------------------------------------------------- */

/* "00" to "99": decimal digits two at a time */
static const char digit_pairs[201] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

/* v's decimal digits, written backwards ending at `end`; returns the first.
 * A constant divisor: the compiler divides by multiplying (a 64-bit div
 * costs tens of cycles), and in 32 bits once the value fits. */
static char *decimal_digits(char *end, uintmax_t v)
{
	while (v >> 32) {
		unsigned r = (unsigned)(v % 100);
		v /= 100;
		end -= 2;
		end[0] = digit_pairs[2 * r];
		end[1] = digit_pairs[2 * r + 1];
	}
	for (uint32_t w = (uint32_t)v; ; ) {
		if (w < 10) {
			*--end = (char)('0' + w);
			return end;
		}
		unsigned r = w % 100;
		w /= 100;
		end -= 2;
		end[0] = digit_pairs[2 * r];
		end[1] = digit_pairs[2 * r + 1];
		if (!w)
			return end;
	}
}

static void fmt_int(struct out *o, struct spec *sp, uintmax_t v, int neg)
{
	char buf[32], prefix[3];
	char *end = buf + sizeof buf, *digits = end;
	size_t nd, np = 0, zeros = 0, total;
	const char *xd = (sp->flags & F_UPPER) ? "0123456789ABCDEF" : "0123456789abcdef";
	unsigned base = 10;
	char c = sp->conv;

	if (c == 'o')
		base = 8;
	else if (c == 'x' || c == 'X' || c == 'p')
		base = 16;

	if (sp->prec >= 0)
		sp->flags &= ~F_ZERO;
	/* Precision 0 with value 0 prints no digits. */
	if (v == 0) {
		if (sp->prec != 0)
			*--digits = '0';
	} else if (base == 10) {
		digits = decimal_digits(end, v);
	} else if (base == 16) {
		for (uintmax_t t = v; t; t >>= 4)
			*--digits = xd[t & 15];
	} else {
		for (uintmax_t t = v; t; t >>= 3)
			*--digits = (char)('0' + (t & 7));
	}
	nd = (size_t)(end - digits);

	if (c == 'd' || c == 'i' || c == 'p') {
		if (neg)
			prefix[np++] = '-';
		else if (sp->flags & F_PLUS)
			prefix[np++] = '+';
		else if (sp->flags & F_SPACE)
			prefix[np++] = ' ';
	}
	if ((sp->flags & F_HASH) && v != 0 && base == 16) {
		prefix[np++] = '0';
		prefix[np++] = (sp->flags & F_UPPER) ? 'X' : 'x';
	}
	if (sp->prec >= 0 && (size_t)sp->prec > nd)
		zeros = sp->prec - nd;
	if ((sp->flags & F_HASH) && base == 8 && zeros == 0 && (nd == 0 || digits[0] != '0'))
		zeros = 1;

	total = np + zeros + nd;
	pad_left(o, sp, total);
	out_put(o, prefix, np);
	pad_zero(o, sp, total);
	out_fill(o, '0', zeros);
	out_put(o, digits, nd);
	pad_right(o, sp, total);
}

/* ---- exact decimal expansion of doubles -------------------------------- */

#define LIMB_BASE 1000000000u
#define LIMB_MAX 96          /* 5^1074 * 2^53 has < 770 decimal digits */
#define DIGIT_MAX (LIMB_MAX * 9)
#define LD_LIMB_MAX 1300     /* 5^16445 * 2^64 has < 11520 decimal digits */
#define LD_DIGIT_MAX (LD_LIMB_MAX * 9)

struct decimal {
	int n;     /* number of digits; 0 for zero */
	int point; /* value = 0.d[0]d[1]... * 10^point */
	char *d;   /* DIGIT_MAX + 1 bytes, or LD_DIGIT_MAX + 1 (long double) */
};

static void big_mul(uint32_t *limb, int *nl, uint32_t m)
{
	uint64_t carry = 0;
	int i;

	for (i = 0; i < *nl; i++) {
		uint64_t t = (uint64_t)limb[i] * m + carry;
		limb[i] = (uint32_t)(t % LIMB_BASE);
		carry = t / LIMB_BASE;
	}
	while (carry) {
		limb[(*nl)++] = (uint32_t)(carry % LIMB_BASE);
		carry /= LIMB_BASE;
	}
}

static void trim_zeros(struct decimal *dec)
{
	while (dec->n > 0 && dec->d[dec->n - 1] == '0')
		dec->n--;
}

/* All decimal digits of mant * 2^e2 (mant < 2^64; e2 in [-1100, 1000] with
 * LIMB_MAX limbs, in [-16445, 16384] with LD_LIMB_MAX). */
static void decimal_exact(struct decimal *dec, uint64_t mant, int e2, uint32_t *limb)
{
	int nl = 0, scale = 0, i, j;

	dec->n = 0;
	dec->point = 1;
	if (!mant)
		return;
	while (!(mant & 1)) {
		mant >>= 1;
		e2++;
	}
	while (mant) {
		limb[nl++] = (uint32_t)(mant % LIMB_BASE);
		mant /= LIMB_BASE;
	}
	if (e2 > 0) {
		while (e2 > 0) {
			int sh = e2 > 29 ? 29 : e2;
			big_mul(limb, &nl, (uint32_t)1 << sh);
			e2 -= sh;
		}
	} else if (e2 < 0) {
		/* m / 2^k = m * 5^k / 10^k */
		static const uint32_t pow5[14] = {
			1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125,
			9765625, 48828125, 244140625, 1220703125,
		};
		scale = -e2;
		for (i = scale; i > 0; i -= 13)
			big_mul(limb, &nl, pow5[i > 13 ? 13 : i]);
	}
	/* Most significant limb without leading zeros, then 9 digits each. */
	{
		char tmp[10];
		uint32_t t = limb[nl - 1];
		int k = 0;
		while (t) {
			tmp[k++] = (char)('0' + t % 10);
			t /= 10;
		}
		while (k)
			dec->d[dec->n++] = tmp[--k];
	}
	for (i = nl - 2; i >= 0; i--) {
		uint32_t t = limb[i];
		for (j = 8; j >= 0; j--) {
			dec->d[dec->n + j] = (char)('0' + t % 10);
			t /= 10;
		}
		dec->n += 9;
	}
	dec->point = dec->n - scale;
	trim_zeros(dec);
}

/* Round to the first `keep` digits (keep may be <= 0), half to even. */
static void decimal_round(struct decimal *dec, int keep)
{
	int up, i;

	if (keep >= dec->n)
		return;
	if (keep < 0) {
		dec->n = 0;
		return;
	}
	if (dec->d[keep] > '5') {
		up = 1;
	} else if (dec->d[keep] < '5') {
		up = 0;
	} else {
		/* An exact tie only if nothing nonzero follows; trimmed digits
		 * mean anything after position keep is nonzero. */
		if (keep + 1 < dec->n)
			up = 1;
		else
			up = keep > 0 && ((dec->d[keep - 1] - '0') & 1);
	}
	dec->n = keep;
	if (up) {
		for (i = keep - 1; i >= 0; i--) {
			if (dec->d[i] != '9') {
				dec->d[i]++;
				break;
			}
			dec->d[i] = '0';
		}
		if (i < 0) {
			dec->d[0] = '1';
			dec->n = 1;
			dec->point++;
		}
	}
	trim_zeros(dec);
}

/* `count` digits starting at index `from`; indexes outside [0, n) are 0s. */
static void emit_digits(struct out *o, const struct decimal *dec, int from, int count)
{
	int lead, mid;

	if (count <= 0)
		return;
	if (from < 0) {
		lead = -from < count ? -from : count;
		out_fill(o, '0', lead);
		from += lead;
		count -= lead;
	}
	mid = dec->n - from;
	if (mid > count)
		mid = count;
	if (mid > 0) {
		out_put(o, dec->d + from, mid);
		count -= mid;
	}
	out_fill(o, '0', count);
}

static void emit_special(struct out *o, struct spec *sp, const char *sign, const char *s)
{
	size_t sl = str_len(sign), len = sl + 3;
	char buf[3];
	int i;

	for (i = 0; i < 3; i++)
		buf[i] = (sp->flags & F_UPPER) ? (char)(s[i] - 32) : s[i];
	sp->flags &= ~F_ZERO;
	pad_left(o, sp, len);
	out_put(o, sign, sl);
	out_put(o, buf, 3);
	pad_right(o, sp, len);
}

/* %a of lead.frac * 2^e, frac holding nhex hex digits (double: lead 0 or 1
 * and 13 digits; long double: the significand's top nibble and 15). */
static void fmt_hexfloat(struct out *o, struct spec *sp, const char *sign,
			 unsigned lead, uint64_t frac, int nhex, int e)
{
	const char *xd = (sp->flags & F_UPPER) ? "0123456789ABCDEF" : "0123456789abcdef";
	char body[48];
	size_t bl = 0, sl = str_len(sign), total;
	int nfrac, i;
	char ebuf[8];
	int el = 0;

	/* round the digits (with the leading one, whose parity matters for
	 * ties at precision 0) to the precision */
	if (sp->prec >= 0 && sp->prec < nhex) {
		int drop = 4 * (nhex - sp->prec);
		uint64_t rem = frac & (((uint64_t)1 << drop) - 1);
		uint64_t half = (uint64_t)1 << (drop - 1);
		uint64_t q = frac >> drop, top = (uint64_t)1 << (4 * sp->prec);
		if (rem > half || (rem == half && ((sp->prec ? q : lead) & 1))) {
			if (++q == top) {
				q = 0;
				lead++;
			}
		}
		frac = q;
		nfrac = sp->prec;
		if (lead == 16) { /* long double: 0xf.f... rounded up */
			lead = 1;
			e += 4;
		}
	} else {
		nfrac = nhex;
		if (sp->prec < 0) {
			while (nfrac > 0 && !(frac & 0xf)) {
				frac >>= 4;
				nfrac--;
			}
		}
	}
	body[bl++] = '0';
	body[bl++] = (sp->flags & F_UPPER) ? 'X' : 'x';
	body[bl++] = xd[lead];
	if (nfrac > 0 || (sp->flags & F_HASH))
		body[bl++] = '.';
	for (i = nfrac - 1; i >= 0; i--)
		body[bl++] = xd[(frac >> (4 * i)) & 0xf];
	body[bl++] = (sp->flags & F_UPPER) ? 'P' : 'p';
	body[bl++] = e < 0 ? '-' : '+';
	if (e < 0)
		e = -e;
	do {
		ebuf[el++] = (char)('0' + e % 10);
		e /= 10;
	} while (e);
	while (el)
		body[bl++] = ebuf[--el];
	{
		int extra = sp->prec > nhex ? sp->prec - nhex : 0;
		total = sl + bl + extra;
		pad_left(o, sp, total);
		out_put(o, sign, sl);
		out_put(o, body, 2);
		pad_zero(o, sp, total);
		/* digits, then precision zeros beyond nhex before the exponent */
		{
			size_t pexp = 2;
			while (body[pexp] != 'p' && body[pexp] != 'P')
				pexp++;
			out_put(o, body + 2, pexp - 2);
			out_fill(o, '0', extra);
			out_put(o, body + pexp, bl - pexp);
		}
		pad_right(o, sp, total);
	}
}

/* A value to print: NaN, infinity, or mant * 2^e2 (mant 0: zero), with its
 * %a form lead.frac (nhex digits) * 2^hexp. */
struct fpnum {
	int neg, special; /* special: 0, 'i' (inf), 'n' (nan) */
	uint64_t mant;
	int e2;
	unsigned lead;
	uint64_t frac;
	int nhex, hexp;
	int ld; /* long double: the large digit buffers */
};

static void fmt_fp(struct out *o, struct spec *sp, const struct fpnum *v)
{
	/* a long double's digits take 17 KiB: not on the guest's stack */
	static uint32_t ld_limb[LD_LIMB_MAX];
	static char ld_digits[LD_DIGIT_MAX + 1];
	uint32_t limb[LIMB_MAX];
	char digits[DIGIT_MAX + 1];
	const char *sign = v->neg ? "-" : (sp->flags & F_PLUS) ? "+" : (sp->flags & F_SPACE) ? " " : "";
	char c = sp->conv, expch;
	struct decimal dec;
	int prec = sp->prec, style, x = 0, fraclen, point;
	size_t sl = str_len(sign), total;
	char ebuf[8];
	int el = 0;

	if (c == 'E' || c == 'F' || c == 'G' || c == 'A')
		sp->flags |= F_UPPER;
	if (v->special) {
		emit_special(o, sp, sign, v->special == 'n' ? "nan" : "inf");
		return;
	}
	if (c == 'a' || c == 'A') {
		fmt_hexfloat(o, sp, sign, v->lead, v->frac, v->nhex, v->hexp);
		return;
	}
	dec.d = v->ld ? ld_digits : digits;
	decimal_exact(&dec, v->mant, v->e2, v->ld ? ld_limb : limb);
	if (prec < 0)
		prec = 6;

	if (c == 'f' || c == 'F') {
		style = 'f';
		decimal_round(&dec, dec.point + prec);
		fraclen = prec;
	} else if (c == 'e' || c == 'E') {
		style = 'e';
		decimal_round(&dec, prec + 1);
		fraclen = prec;
	} else { /* g, G */
		int p = prec ? prec : 1;
		decimal_round(&dec, p);
		x = dec.n ? dec.point - 1 : 0;
		if (p > x && x >= -4) {
			style = 'f';
			fraclen = p - 1 - x;
			if (!(sp->flags & F_HASH)) {
				int need = dec.n - dec.point;
				if (need < 0)
					need = 0;
				if (need < fraclen)
					fraclen = need;
			}
		} else {
			style = 'e';
			fraclen = p - 1;
			if (!(sp->flags & F_HASH) && dec.n - 1 < fraclen)
				fraclen = dec.n > 0 ? dec.n - 1 : 0;
		}
	}
	point = fraclen > 0 || (sp->flags & F_HASH);
	expch = (sp->flags & F_UPPER) ? 'E' : 'e';

	if (style == 'f') {
		int intlen = dec.n && dec.point > 0 ? dec.point : 1;
		total = sl + intlen + point + fraclen;
		pad_left(o, sp, total);
		out_put(o, sign, sl);
		pad_zero(o, sp, total);
		if (dec.n && dec.point > 0)
			emit_digits(o, &dec, 0, dec.point);
		else
			out_char(o, '0');
		if (point)
			out_char(o, '.');
		emit_digits(o, &dec, dec.n ? dec.point : 0, fraclen);
	} else {
		int e = dec.n ? dec.point - 1 : 0;
		unsigned ue = e < 0 ? (unsigned)-e : (unsigned)e;
		do {
			ebuf[el++] = (char)('0' + ue % 10);
			ue /= 10;
		} while (ue);
		if (el < 2)
			ebuf[el++] = '0';
		total = sl + 1 + point + fraclen + 2 + el;
		pad_left(o, sp, total);
		out_put(o, sign, sl);
		pad_zero(o, sp, total);
		out_char(o, dec.n ? dec.d[0] : '0');
		if (point)
			out_char(o, '.');
		emit_digits(o, &dec, 1, fraclen);
		out_char(o, expch);
		out_char(o, e < 0 ? '-' : '+');
		while (el)
			out_char(o, ebuf[--el]);
	}
	pad_right(o, sp, total);
}

static void fmt_float(struct out *o, struct spec *sp, double v)
{
	union {
		double d;
		uint64_t u;
	} bits = { v };
	struct fpnum f;
	uint64_t frac = bits.u & (((uint64_t)1 << 52) - 1);
	int bexp = (int)(bits.u >> 52) & 0x7ff;

	f.neg = (int)(bits.u >> 63);
	f.special = bexp == 0x7ff ? (frac ? 'n' : 'i') : 0;
	f.mant = bexp ? frac | ((uint64_t)1 << 52) : frac;
	f.e2 = bexp ? bexp - 1075 : -1074;
	f.lead = bexp != 0;
	f.frac = frac;
	f.nhex = 13;
	f.hexp = bexp ? bexp - 1023 : frac ? -1022 : 0;
	f.ld = 0;
	fmt_fp(o, sp, &f);
}

/* An x87 80-bit long double, as its significand and sign/exponent. */
static void fmt_long_double(struct out *o, struct spec *sp, uint64_t mant, unsigned se)
{
	struct fpnum f;
	int e = (int)(se & 0x7fff);

	f.neg = (int)(se >> 15) & 1;
	f.special = 0;
	if (e == 0x7fff)
		f.special = mant == (uint64_t)1 << 63 ? 'i' : 'n';
	else if (e && !(mant >> 63))
		f.special = 'n'; /* an unnormal: glibc prints it as a NaN */
	/* a pseudo-denormal (exponent 0, integer bit set) is worth 2^-16382
	 * more to the CPU; glibc's decimal conversion drops the bit (its %La
	 * keeps it): so do we */
	f.mant = e ? mant : mant & ~((uint64_t)1 << 63);
	f.e2 = (e ? e : 1) - 16383 - 63;
	f.lead = (unsigned)(mant >> 60);
	f.frac = mant & (((uint64_t)1 << 60) - 1);
	f.nhex = 15;
	f.hexp = mant ? (e ? e : 1) - 16383 - 3 : 0;
	f.ld = 1;
	fmt_fp(o, sp, &f);
}

/* ---- strings ----------------------------------------------------------- */

static void fmt_str(struct out *o, struct spec *sp, const char *s)
{
	size_t len = 0;

	if (!s)
		s = (sp->prec < 0 || sp->prec >= 6) ? "(null)" : "";
	if (sp->prec >= 0) {
		while (len < (size_t)sp->prec && s[len])
			len++;
	} else {
		len = str_len(s);
	}
	sp->flags &= ~F_ZERO;
	pad_left(o, sp, len);
	out_put(o, s, len);
	pad_right(o, sp, len);
}

static size_t utf8_encode(char *b, uint32_t c)
{
	if (c < 0x80) {
		b[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		b[0] = (char)(0xc0 | (c >> 6));
		b[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		b[0] = (char)(0xe0 | (c >> 12));
		b[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		b[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	b[0] = (char)(0xf0 | ((c >> 18) & 7));
	b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	b[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	b[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

static void fmt_wstr(struct out *o, struct spec *sp, const int32_t *ws)
{
	size_t len = 0, left, i;
	char b[4];

	if (!ws) {
		fmt_str(o, sp, NULL);
		return;
	}
	for (i = 0; ws[i]; i++) {
		size_t k = utf8_encode(b, (uint32_t)ws[i]);
		if (sp->prec >= 0 && len + k > (size_t)sp->prec)
			break;
		len += k;
	}
	sp->flags &= ~F_ZERO;
	pad_left(o, sp, len);
	for (i = 0, left = len; left; i++) {
		size_t k = utf8_encode(b, (uint32_t)ws[i]);
		out_put(o, b, k);
		left -= k;
	}
	pad_right(o, sp, len);
}

/* ---- the driver -------------------------------------------------------- */

enum { L_NONE, L_HH, L_H, L_L, L_LL, L_Z, L_J, L_T, L_BIGL };

#if defined(__x86_64__) && defined(__GNUC__)
/* The SysV x86-64 va_list: long doubles always live in the overflow area,
 * 16-byte aligned. Read their bits directly so no x87 code is generated. */
static void va_long_double(va_list ap, uint64_t *mant, unsigned *se)
{
	uintptr_t p = ((uintptr_t)ap[0].overflow_arg_area + 15) & ~(uintptr_t)15;
	const volatile uint64_t *q = (const volatile uint64_t *)p;

	*mant = q[0];
	*se = (unsigned)(q[1] & 0xffff);
	ap[0].overflow_arg_area = (void *)(p + 16);
}
#define VA_LONG_DOUBLE(ap, m, e) va_long_double(ap, &(m), &(e))
#else
#define VA_LONG_DOUBLE(ap, m, e) do { \
		long double ld_ = va_arg(ap, long double); \
		unsigned char b_[sizeof ld_]; \
		__builtin_memcpy(b_, &ld_, sizeof ld_); \
		__builtin_memcpy(&(m), b_, 8); \
		(e) = (unsigned)(b_[8] | b_[9] << 8); \
	} while (0)
#endif

int hsim_vformat(hsim_format_sink *sink, void *ctx, const char *fmt, va_list ap_in)
{
	struct out o;
	va_list ap;

	o.sink = sink;
	o.ctx = ctx;
	o.count = 0;
	o.len = 0;
	va_copy(ap, ap_in);

	while (*fmt) {
		struct spec sp;
		const char *start;
		int len = L_NONE;

		if (*fmt != '%') {
			const char *p = fmt;
			while (*p && *p != '%')
				p++;
			out_put(&o, fmt, (size_t)(p - fmt));
			fmt = p;
			continue;
		}
		start = fmt++;
		sp.flags = 0;
		sp.width = 0;
		sp.prec = -1;
		for (;; fmt++) {
			if (*fmt == '-')
				sp.flags |= F_MINUS;
			else if (*fmt == '+')
				sp.flags |= F_PLUS;
			else if (*fmt == ' ')
				sp.flags |= F_SPACE;
			else if (*fmt == '#')
				sp.flags |= F_HASH;
			else if (*fmt == '0')
				sp.flags |= F_ZERO;
			else
				break;
		}
		if (*fmt == '*') {
			int w = va_arg(ap, int);
			fmt++;
			if (w < 0) {
				sp.flags |= F_MINUS;
				w = w == INT_MIN ? INT_MAX : -w;
			}
			sp.width = w;
		} else {
			while (*fmt >= '0' && *fmt <= '9') {
				if (sp.width < INT_MAX / 10)
					sp.width = sp.width * 10 + (*fmt - '0');
				fmt++;
			}
		}
		if (*fmt == '.') {
			fmt++;
			sp.prec = 0;
			if (*fmt == '*') {
				sp.prec = va_arg(ap, int);
				fmt++;
				if (sp.prec < 0)
					sp.prec = -1;
			} else {
				while (*fmt >= '0' && *fmt <= '9') {
					if (sp.prec < INT_MAX / 10)
						sp.prec = sp.prec * 10 + (*fmt - '0');
					fmt++;
				}
			}
		}
		if (sp.flags & F_PLUS)
			sp.flags &= ~F_SPACE;
		switch (*fmt) {
		case 'h':
			len = fmt[1] == 'h' ? L_HH : L_H;
			fmt += len == L_HH ? 2 : 1;
			break;
		case 'l':
			len = fmt[1] == 'l' ? L_LL : L_L;
			fmt += len == L_LL ? 2 : 1;
			break;
		case 'q':
			len = L_LL;
			fmt++;
			break;
		case 'z':
			len = L_Z;
			fmt++;
			break;
		case 'j':
			len = L_J;
			fmt++;
			break;
		case 't':
			len = L_T;
			fmt++;
			break;
		case 'L':
			len = L_BIGL;
			fmt++;
			break;
		}
		sp.conv = *fmt;
		if (*fmt)
			fmt++;

		switch (sp.conv) {
		case 'd':
		case 'i': {
			intmax_t v;
			switch (len) {
			case L_HH: v = (signed char)va_arg(ap, int); break;
			case L_H: v = (short)va_arg(ap, int); break;
			case L_L: v = va_arg(ap, long); break;
			case L_LL:
			case L_BIGL: v = va_arg(ap, long long); break;
			case L_Z:
			case L_T: v = va_arg(ap, ptrdiff_t); break;
			case L_J: v = va_arg(ap, intmax_t); break;
			default: v = va_arg(ap, int); break;
			}
			fmt_int(&o, &sp, v < 0 ? -(uintmax_t)v : (uintmax_t)v, v < 0);
			break;
		}
		case 'X':
			sp.flags |= F_UPPER;
			/* fall through */
		case 'u':
		case 'o':
		case 'x': {
			uintmax_t v;
			switch (len) {
			case L_HH: v = (unsigned char)va_arg(ap, unsigned); break;
			case L_H: v = (unsigned short)va_arg(ap, unsigned); break;
			case L_L: v = va_arg(ap, unsigned long); break;
			case L_LL:
			case L_BIGL: v = va_arg(ap, unsigned long long); break;
			case L_Z:
			case L_T: v = va_arg(ap, size_t); break;
			case L_J: v = va_arg(ap, uintmax_t); break;
			default: v = va_arg(ap, unsigned); break;
			}
			fmt_int(&o, &sp, v, 0);
			break;
		}
		case 'p': {
			void *p = va_arg(ap, void *);
			if (!p) {
				sp.prec = -1;
				fmt_str(&o, &sp, "(nil)");
			} else {
				sp.flags |= F_HASH;
				fmt_int(&o, &sp, (uintptr_t)p, 0);
			}
			break;
		}
		case 'c': {
			char b[4];
			size_t k;
			if (len == L_L) {
				k = utf8_encode(b, (uint32_t)va_arg(ap, unsigned));
			} else {
				b[0] = (char)va_arg(ap, int);
				k = 1;
			}
			sp.flags &= ~F_ZERO;
			pad_left(&o, &sp, k);
			out_put(&o, b, k);
			pad_right(&o, &sp, k);
			break;
		}
		case 's':
			if (len == L_L)
				fmt_wstr(&o, &sp, va_arg(ap, const int32_t *));
			else
				fmt_str(&o, &sp, va_arg(ap, const char *));
			break;
		case 'f':
		case 'F':
		case 'e':
		case 'E':
		case 'g':
		case 'G':
		case 'a':
		case 'A':
			if (len == L_BIGL) {
				uint64_t mant;
				unsigned se;
				VA_LONG_DOUBLE(ap, mant, se);
				fmt_long_double(&o, &sp, mant, se);
			} else
				fmt_float(&o, &sp, va_arg(ap, double));
			break;
		case 'n': {
			void *p = va_arg(ap, void *);
			switch (len) {
			case L_HH: *(signed char *)p = (signed char)o.count; break;
			case L_H: *(short *)p = (short)o.count; break;
			case L_L: *(long *)p = (long)o.count; break;
			case L_LL:
			case L_BIGL: *(long long *)p = (long long)o.count; break;
			case L_Z:
			case L_T: *(ptrdiff_t *)p = (ptrdiff_t)o.count; break;
			case L_J: *(intmax_t *)p = (intmax_t)o.count; break;
			default: *(int *)p = (int)o.count; break;
			}
			break;
		}
		case '%':
			out_char(&o, '%');
			break;
		default:
			/* Unknown conversion: print it as written. */
			out_put(&o, start, (size_t)(fmt - start));
			break;
		}
	}
	va_end(ap);
	out_flush(&o);
	return o.count > INT_MAX ? -1 : (int)o.count;
}

struct sbuf {
	char *p;
	size_t cap; /* room for characters, not counting the final NUL */
	size_t len;
};

static void sbuf_sink(void *ctx, const char *s, size_t n)
{
	struct sbuf *b = ctx;

	if (n > b->cap - b->len)
		n = b->cap - b->len;
	if (n) /* snprintf(NULL, 0, ...) has no buffer */
		memcpy(b->p + b->len, s, n);
	b->len += n;
}

int hsim_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap)
{
	struct sbuf b;
	int r;

	b.p = buf;
	b.cap = n ? n - 1 : 0;
	b.len = 0;
	r = hsim_vformat(sbuf_sink, &b, fmt, ap);
	if (n)
		buf[b.len] = '\0';
	return r;
}
