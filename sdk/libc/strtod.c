/* Guest libc: strtod and strtold, correctly rounded (half to even) to
 * double and to the x87 80-bit long double.
 *
 * Short inputs to strtod take the exact fast path (at most 15 digits times
 * an exact power of ten, one rounding). Everything else is converted exactly
 * with a small big integer: the value d * 10^e becomes a 64-bit quotient and
 * where the rest lies (zero, below, at or above half a unit), which is then
 * rounded once. Also reads hex floats, inf and nan. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "fp.h"

/* more than a halfway point can need: 767 digits (double), 11515 (long
 * double, near the smallest normal) */
#define MAX_DIGITS 11600
#define LIMBS 1300     /* 41600 bits: 10^11600 and 5^16560 * 2^64 fit */

/* (mant + sticky) * 2^e2, mant != 0, rounded to a double (the sticky part
 * is below one unit of mant, which has at least 11 bits more than a double) */
static double make_double(uint64_t mant, int e2, int sticky)
{
	int e, shift;
	uint64_t q, rem, half;

	while (!(mant >> 63)) {
		mant <<= 1;
		e2--;
	}
	e = e2 + 63; /* value = 1.xxx * 2^e */
	if (e > 1023)
		return HUGE_VAL;
	shift = 11;
	if (e < -1022)
		shift += -1022 - e;
	if (shift > 64)
		return 0;
	if (shift == 64) {
		q = 0;
		rem = mant;
		half = (uint64_t)1 << 63;
	} else {
		q = mant >> shift;
		rem = mant & (((uint64_t)1 << shift) - 1);
		half = (uint64_t)1 << (shift - 1);
	}
	if (rem > half || (rem == half && (sticky || (q & 1))))
		q++;
	if (e < -1022) /* subnormal; q may round up to the smallest normal */
		return from_bits(q);
	/* q holds the hidden bit; a carry out of the significand bumps e */
	return from_bits(((uint64_t)(e + 1022) << 52) + q);
}

/* ---- a little big-integer arithmetic, base 2^32, little-endian --------- */

struct big {
	int n;
	uint32_t d[LIMBS];
};

static void big_mul_add(struct big *b, uint32_t m, uint32_t a)
{
	uint64_t carry = a;
	int i;

	for (i = 0; i < b->n; i++) {
		uint64_t t = (uint64_t)b->d[i] * m + carry;
		b->d[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry && b->n < LIMBS)
		b->d[b->n++] = (uint32_t)carry;
}

static void big_pow5(struct big *b, int k)
{
	for (; k >= 13; k -= 13)
		big_mul_add(b, 1220703125u, 0); /* 5^13 */
	if (k) {
		uint32_t m = 1;
		while (k--)
			m *= 5;
		big_mul_add(b, m, 0);
	}
}

static int big_bits(const struct big *b)
{
	if (!b->n)
		return 0;
	return 32 * (b->n - 1) + 32 - __builtin_clz(b->d[b->n - 1]);
}

static int big_bit(const struct big *b, int i)
{
	return i / 32 < b->n ? (int)((b->d[i / 32] >> (i % 32)) & 1) : 0;
}

static void big_shl(struct big *b, int s)
{
	int w = s / 32, r = s % 32, i;

	if (!b->n || !s)
		return;
	if (b->n + w + 1 > LIMBS)
		w = LIMBS - 1 - b->n; /* cannot happen within MAX_DIGITS */
	b->d[b->n] = 0;
	for (i = b->n; i >= 0; i--) {
		uint32_t v = b->d[i] << r;
		if (r && i > 0)
			v |= b->d[i - 1] >> (32 - r);
		if (i + w < LIMBS)
			b->d[i + w] = v;
	}
	for (i = 0; i < w; i++)
		b->d[i] = 0;
	b->n += w + 1;
	while (b->n && !b->d[b->n - 1])
		b->n--;
}

static uint32_t limb_shifted(const struct big *b, int sh, int i)
{
	/* limb i of b << sh */
	int w = sh / 32, r = sh % 32, j = i - w;
	uint32_t v = 0;

	if (j >= 0 && j < b->n)
		v = b->d[j] << r;
	if (r && j - 1 >= 0 && j - 1 < b->n)
		v |= b->d[j - 1] >> (32 - r);
	return v;
}

/* a >= b << sh ? */
static int big_ge_shifted(const struct big *a, const struct big *b, int sh)
{
	int n = a->n > b->n + sh / 32 + 1 ? a->n : b->n + sh / 32 + 1, i;

	for (i = n - 1; i >= 0; i--) {
		uint32_t x = i < a->n ? a->d[i] : 0, y = limb_shifted(b, sh, i);
		if (x != y)
			return x > y;
	}
	return 1;
}

/* a -= b << sh (a >= b << sh) */
static void big_sub_shifted(struct big *a, const struct big *b, int sh)
{
	int64_t borrow = 0;
	int i;

	for (i = 0; i < a->n; i++) {
		int64_t t = (int64_t)a->d[i] - limb_shifted(b, sh, i) - borrow;
		borrow = t < 0;
		a->d[i] = (uint32_t)t;
	}
	while (a->n && !a->d[a->n - 1])
		a->n--;
}

/* A value as (q + r) * 2^e2 with 2^63 <= q < 2^64 and 0 <= r < 1 known as
 * rnd: 0 r = 0, 1 r < 1/2, 2 r = 1/2, 3 r > 1/2. */
struct conv {
	uint64_t q;
	int e2, rnd;
};

static int rnd_class(int half_bit, int rest)
{
	return half_bit ? (rest ? 3 : 2) : (rest ? 1 : 0);
}

/* digits[0..nd) (values 0-9, no leading zero) times 10^e10, exactly */
static void decimal_to_conv(const char *digits, int nd, int e10, int sticky_digits, struct conv *c)
{
	static struct big num, den;
	uint64_t q;
	int i, s, qbits, dsh;

	num.n = 0;
	for (i = 0; i < nd; i++)
		big_mul_add(&num, 10, (uint32_t)digits[i]);
	if (sticky_digits) /* a nonzero tail beyond MAX_DIGITS */
		big_mul_add(&num, 10, 1), e10--;

	if (e10 >= 0) {
		int nb, rest = 0;
		big_pow5(&num, e10);
		/* value = num * 2^e10 */
		nb = big_bits(&num);
		q = 0;
		for (i = nb - 1; i >= nb - 64 && i >= 0; i--)
			q = q << 1 | (uint64_t)big_bit(&num, i);
		if (nb <= 64) {
			c->q = q << (64 - nb);
			c->e2 = e10 - (64 - nb);
			c->rnd = 0;
			return;
		}
		for (i = nb - 66; i >= 0 && !rest; i--)
			rest = big_bit(&num, i);
		c->q = q;
		c->e2 = e10 + nb - 64;
		c->rnd = rnd_class(big_bit(&num, nb - 65), rest);
		return;
	}

	/* value = num / (5^k 2^k): q = floor(num 2^s / 5^k) with 63 or 64 bits */
	den.n = 1;
	den.d[0] = 1;
	big_pow5(&den, -e10);
	s = big_bits(&den) - big_bits(&num) + 63;
	if (s > 0)
		big_shl(&num, s);
	/* den << dsh with dsh = max(0, -s): shift the divisor instead */
	dsh = s < 0 ? -s : 0;
	qbits = big_bits(&num) - (big_bits(&den) + dsh);
	q = 0;
	for (i = qbits; i >= 0; i--) {
		q <<= 1;
		if (big_ge_shifted(&num, &den, dsh + i)) {
			big_sub_shifted(&num, &den, dsh + i);
			q |= 1;
		}
	}
	/* one more quotient bit if q has only 63 */
	while (!(q >> 63)) {
		big_shl(&num, 1);
		q <<= 1;
		if (big_ge_shifted(&num, &den, dsh)) {
			big_sub_shifted(&num, &den, dsh);
			q |= 1;
		}
		s++;
	}
	c->q = q;
	c->e2 = e10 - s;
	/* the remainder against half the divisor */
	if (!num.n) {
		c->rnd = 0;
		return;
	}
	big_shl(&num, 1);
	if (!big_ge_shifted(&num, &den, dsh)) {
		c->rnd = 1;
		return;
	}
	big_sub_shifted(&num, &den, dsh);
	c->rnd = num.n ? 3 : 2;
}

static double decimal_to_double(const char *digits, int nd, int e10, int sticky_digits)
{
	struct conv c;
	int i;

	/* exact fast path */
	if (nd <= 15 && !sticky_digits && e10 >= -22 && e10 <= 22) {
		static const double p10[23] = {
			1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
			1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
		};
		int64_t v = 0;
		for (i = 0; i < nd; i++)
			v = v * 10 + digits[i];
		return e10 < 0 ? (double)v / p10[-e10] : (double)v * p10[e10];
	}
	if (nd + e10 > 310)
		return HUGE_VAL;
	if (nd + e10 < -324)
		return 0;
	decimal_to_conv(digits, nd, e10, sticky_digits, &c);
	return make_double(c.q, c.e2, c.rnd != 0);
}

/* The x87 long double (q + r) * 2^e2 as its significand and sign/exponent,
 * rounded to nearest even; sets errno on overflow and underflow. */
static void make_ld(const struct conv *c, uint64_t *mant, unsigned *exp)
{
	int e = c->e2 + 63; /* value = 1.xxx * 2^e */
	uint64_t q = c->q;

	if (e > 16383)
		goto inf;
	if (e >= -16382) {
		if (c->rnd == 3 || (c->rnd == 2 && (q & 1))) {
			if (!++q) {
				q = (uint64_t)1 << 63;
				if (++e > 16383)
					goto inf;
			}
		}
		*mant = q;
		*exp = (unsigned)(e + 16383);
		return;
	}
	/* subnormal: shift bits go */
	{
		int shift = -16382 - e;
		uint64_t keep, rem, half;
		int sticky = c->rnd != 0;

		if (shift > 64) {
			*mant = 0;
			*exp = 0;
			errno = ERANGE;
			return;
		}
		if (shift == 64) {
			keep = 0;
			rem = q;
			half = (uint64_t)1 << 63;
		} else {
			keep = q >> shift;
			rem = q & (((uint64_t)1 << shift) - 1);
			half = (uint64_t)1 << (shift - 1);
		}
		if (rem > half || (rem == half && (sticky || (keep & 1))))
			keep++;
		*mant = keep;
		*exp = keep >> 63; /* rounded up to the smallest normal */
		/* underflow: tiny and inexact (as glibc) */
		if ((rem || sticky) && !*exp)
			errno = ERANGE;
		return;
	}
inf:
	errno = ERANGE;
	*mant = (uint64_t)1 << 63;
	*exp = 0x7fff;
}

static int match(const char *s, const char *word)
{
	int i;

	for (i = 0; word[i]; i++)
		if (tolower((unsigned char)s[i]) != word[i])
			return 0;
	return i;
}

/* The hex digits after "0x": a nonzero value into *c (0: zero, -1: no
 * digits). Up to 124 bits are kept, the rest is sticky. */
static int parse_hex(const char *p, char **end, struct conv *c)
{
	unsigned __int128 mant = 0;
	int e2 = 0, any = 0, sticky = 0, point = 0, d, sh;

	for (;; p++) {
		if (*p == '.' && !point) {
			point = 1;
			continue;
		}
		if (isdigit((unsigned char)*p))
			d = *p - '0';
		else if (isxdigit((unsigned char)*p))
			d = tolower((unsigned char)*p) - 'a' + 10;
		else
			break;
		any = 1;
		if (mant >> 120) {
			sticky |= d != 0;
			if (!point)
				e2 += 4;
		} else {
			mant = mant << 4 | (unsigned)d;
			if (point)
				e2 -= 4;
		}
	}
	if (!any)
		return -1; /* not a hex number: caller parses "0" */
	if (*p == 'p' || *p == 'P') {
		const char *q = p + 1;
		int neg = 0, ex = 0;
		if (*q == '+' || *q == '-')
			neg = *q++ == '-';
		if (isdigit((unsigned char)*q)) {
			for (; isdigit((unsigned char)*q); q++)
				if (ex < 100000)
					ex = ex * 10 + (*q - '0');
			e2 += neg ? -ex : ex;
			p = q;
		}
	}
	*end = (char *)p;
	if (!mant)
		return 0;
	for (sh = 0; !(mant >> 127); sh++)
		mant <<= 1;
	{
		uint64_t low = (uint64_t)mant;
		c->q = (uint64_t)(mant >> 64);
		c->e2 = e2 - sh + 64;
		c->rnd = rnd_class((int)(low >> 63), (low << 1) != 0 || sticky);
	}
	return 1;
}

/* What a string holds: a number (a nonzero decimal in digits, or a nonzero
 * hex in conv), zero, infinity, NaN, or nothing. */
enum { P_NONE, P_ZERO, P_DEC, P_HEX, P_INF, P_NAN };

struct parsed {
	int kind, neg, nd, e10, sticky;
	struct conv hex;
};

static char digits[MAX_DIGITS];

static int parse(const char *s, char **endp, struct parsed *r)
{
	const char *p = s;
	char *end = (char *)s;
	int nd = 0, e10 = 0, any = 0, point = 0, sticky = 0, n;

	r->neg = 0;
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		r->neg = *p++ == '-';

	if ((n = match(p, "infinity")) || (n = match(p, "inf"))) {
		r->kind = P_INF;
		end = (char *)p + n;
		goto out;
	}
	if ((n = match(p, "nan"))) {
		const char *q = p + n;
		r->kind = P_NAN;
		end = (char *)q;
		if (*q == '(') {
			for (q++; isalnum((unsigned char)*q) || *q == '_'; q++)
				;
			if (*q == ')')
				end = (char *)q + 1;
		}
		goto out;
	}
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		int h = parse_hex(p + 2, &end, &r->hex);
		if (h >= 0) {
			r->kind = h ? P_HEX : P_ZERO;
			goto out;
		}
		/* "0x" without hex digits: just the "0" */
		r->kind = P_ZERO;
		end = (char *)p + 1;
		goto out;
	}

	for (;; p++) {
		if (*p == '.' && !point) {
			point = 1;
			continue;
		}
		if (!isdigit((unsigned char)*p))
			break;
		any = 1;
		if (*p == '0' && nd == 0) { /* leading zeros */
			if (point)
				e10--;
			continue;
		}
		if (nd < MAX_DIGITS) {
			digits[nd++] = (char)(*p - '0');
			if (point)
				e10--;
		} else {
			sticky |= *p != '0';
			if (!point)
				e10++;
		}
	}
	if (!any) { /* no conversion: +0, nothing consumed */
		r->kind = P_NONE;
		r->neg = 0;
		goto out;
	}
	if (*p == 'e' || *p == 'E') {
		const char *q = p + 1;
		int eneg = 0, ex = 0;
		if (*q == '+' || *q == '-')
			eneg = *q++ == '-';
		if (isdigit((unsigned char)*q)) {
			for (; isdigit((unsigned char)*q); q++)
				if (ex < 100000)
					ex = ex * 10 + (*q - '0');
			e10 += eneg ? -ex : ex;
			p = q;
		}
	}
	end = (char *)p;
	/* drop trailing zeros of the significand (not before a sticky tail) */
	while (nd > 0 && !sticky && digits[nd - 1] == 0) {
		nd--;
		e10++;
	}
	r->kind = nd ? P_DEC : P_ZERO;
	r->nd = nd;
	r->e10 = e10;
	r->sticky = sticky;
out:
	if (endp)
		*endp = end;
	return r->kind;
}

double strtod(const char *restrict s, char **restrict endp)
{
	struct parsed p;
	double r = 0;

	switch (parse(s, endp, &p)) {
	case P_INF:
		r = HUGE_VAL;
		break;
	case P_NAN:
		r = NAN;
		break;
	case P_HEX:
		r = make_double(p.hex.q, p.hex.e2, p.hex.rnd != 0);
		if (r == 0 || r == HUGE_VAL || r < 0x1p-1022)
			errno = ERANGE;
		break;
	case P_DEC:
		r = decimal_to_double(digits, p.nd, p.e10, p.sticky);
		if (r == 0 || r == HUGE_VAL || r < 0x1p-1022)
			errno = ERANGE;
		break;
	}
	return p.neg ? -r : r;
}

long double strtold(const char *restrict s, char **restrict endp)
{
	struct parsed p;
	struct conv c;
	uint64_t mant = 0;
	unsigned exp = 0;
	long double r;

	switch (parse(s, endp, &p)) {
	case P_INF:
		mant = (uint64_t)1 << 63;
		exp = 0x7fff;
		break;
	case P_NAN:
		mant = (uint64_t)3 << 62;
		exp = 0x7fff;
		break;
	case P_HEX:
		make_ld(&p.hex, &mant, &exp);
		break;
	case P_DEC:
		if (p.nd + p.e10 > 4933) {
			c.q = 1;
			c.e2 = 20000; /* overflows */
			c.rnd = 0;
		} else if (p.nd + p.e10 < -4951) {
			c.q = (uint64_t)1 << 63;
			c.e2 = -20000; /* underflows to zero */
			c.rnd = 1;
		} else {
			decimal_to_conv(digits, p.nd, p.e10, p.sticky, &c);
		}
		make_ld(&c, &mant, &exp);
		break;
	}
	if (p.neg)
		exp |= 0x8000;
	memcpy(&r, &mant, 8);
	memcpy((char *)&r + 8, &exp, 2);
	return r;
}

float strtof(const char *restrict s, char **restrict end)
{
	return (float)strtod(s, end);
}

double atof(const char *s)
{
	return strtod(s, NULL);
}
