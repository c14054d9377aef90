/* Deep and branchy recursion: Ackermann, recursive vs iterative Fibonacci,
 * Towers of Hanoi move counting, mutual recursion and a recursive descent
 * expression evaluator, all checked against known values. */
#include <hsim/guest.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#ifdef QUICK
#define FIB_MAX 22
#define HANOI_MAX 16
#else
#define FIB_MAX 27
#define HANOI_MAX 20
#endif

static int bad;

#define EXPECT(name, got, want)                                                       \
	do {                                                                          \
		long long g_ = (long long)(got), w_ = (long long)(want);              \
		printf("%s = %lld%s\n", name, g_, g_ == w_ ? "" : "  <-- WRONG");     \
		if (g_ != w_) {                                                       \
			printf("FAIL: %s: expected %lld\n", name, w_);                \
			bad = 1;                                                      \
		}                                                                     \
	} while (0)

static long ack(long m, long n)
{
	if (m == 0)
		return n + 1;
	if (n == 0)
		return ack(m - 1, 1);
	return ack(m - 1, ack(m, n - 1));
}

static uint64_t fib_rec(int n) { return n < 2 ? (uint64_t)n : fib_rec(n - 1) + fib_rec(n - 2); }

static uint64_t fib_iter(int n)
{
	uint64_t a = 0, b = 1;
	while (n--) {
		uint64_t t = a + b;
		a = b;
		b = t;
	}
	return a;
}

static int pegs[3][64], top[3];
static uint64_t moves;

static void hanoi(int n, int from, int to, int via)
{
	if (n == 0)
		return;
	hanoi(n - 1, from, via, to);
	int disk = pegs[from][--top[from]];
	if (top[to] && pegs[to][top[to] - 1] < disk) {
		printf("FAIL: hanoi put disk %d on %d\n", disk, pegs[to][top[to] - 1]);
		bad = 1;
	}
	pegs[to][top[to]++] = disk;
	moves++;
	hanoi(n - 1, via, to, from);
}

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

/* Hofstadter female/male sequences: mutual recursion with two calls. */
static int hof_m(int n);
static int hof_f(int n) { return n == 0 ? 1 : n - hof_m(hof_f(n - 1)); }
static int hof_m(int n) { return n == 0 ? 0 : n - hof_f(hof_m(n - 1)); }

/* expr := term (('+'|'-') term)*; term := factor (('*'|'/'|'%') factor)*;
 * factor := number | '-' factor | '(' expr ')' */
static const char *ep;
static int eerr;
static long expr(void);

static void skip(void)
{
	while (*ep == ' ')
		ep++;
}

static long factor(void)
{
	skip();
	if (*ep == '-') {
		ep++;
		return -factor();
	}
	if (*ep == '(') {
		ep++;
		long v = expr();
		skip();
		if (*ep != ')')
			eerr = 1;
		else
			ep++;
		return v;
	}
	if (*ep < '0' || *ep > '9') {
		eerr = 1;
		return 0;
	}
	long v = 0;
	while (*ep >= '0' && *ep <= '9')
		v = v * 10 + (*ep++ - '0');
	return v;
}

static long term(void)
{
	long v = factor();
	for (;;) {
		skip();
		char op = *ep;
		if (op != '*' && op != '/' && op != '%')
			return v;
		ep++;
		long r = factor();
		if (op == '*')
			v *= r;
		else if (r == 0)
			eerr = 1;
		else if (op == '/')
			v /= r;
		else
			v %= r;
	}
}

static long expr(void)
{
	long v = term();
	for (;;) {
		skip();
		char op = *ep;
		if (op != '+' && op != '-')
			return v;
		ep++;
		long r = term();
		v = op == '+' ? v + r : v - r;
	}
}

static long eval(const char *s, int *err)
{
	ep = s;
	eerr = 0;
	long v = expr();
	skip();
	if (*ep)
		eerr = 1;
	*err = eerr;
	return v;
}

/* Sum of a binary tree of depth d built on the stack by recursion. */
static uint64_t tree(int d, uint64_t x)
{
	if (d == 0)
		return x * 2654435761u % 1000003;
	uint64_t l = tree(d - 1, x * 2 + 1), r = tree(d - 1, x * 2 + 2);
	return (l ^ (r << 1)) % 1000000007u + d;
}

int main(void)
{
	char name[64];

	for (int n = 3; n <= 6; n++) {
		snprintf(name, sizeof name, "ackermann(2,%d)", n);
		EXPECT(name, ack(2, n), 2 * n + 3);
	}
	for (int n = 3; n <= 6; n++) {
		snprintf(name, sizeof name, "ackermann(3,%d)", n);
		EXPECT(name, ack(3, n), (1L << (n + 3)) - 3);
	}

	for (int n = 0; n <= FIB_MAX; n += (n < 10 ? 1 : 5)) {
		uint64_t r = fib_rec(n), it = fib_iter(n);
		if (r != it) {
			printf("FAIL: fib(%d) recursive %llu iterative %llu\n", n,
			       (unsigned long long)r, (unsigned long long)it);
			bad = 1;
		}
	}
	EXPECT("fib(20)", fib_rec(20), 6765);
	snprintf(name, sizeof name, "fib(%d)", FIB_MAX);
	EXPECT(name, fib_rec(FIB_MAX), fib_iter(FIB_MAX));
	EXPECT("fib(90)", fib_iter(90), 2880067194370816120LL);

	for (int n = 1; n <= HANOI_MAX; n += (n < 4 ? 1 : 4)) {
		memset(top, 0, sizeof top);
		for (int i = 0; i < n; i++)
			pegs[0][i] = n - i;
		top[0] = n;
		moves = 0;
		hanoi(n, 0, 2, 1);
		snprintf(name, sizeof name, "hanoi(%d) moves", n);
		EXPECT(name, moves, (1LL << n) - 1);
		if (top[2] != n) {
			printf("FAIL: hanoi(%d) left disks behind\n", n);
			bad = 1;
		}
	}

	EXPECT("is_even(10000)", is_even(10000), 1);
	EXPECT("is_odd(7777)", is_odd(7777), 1);
	EXPECT("is_even(12345)", is_even(12345), 0);
	/* F: 1 1 2 2 3 3 4 5 5 6 6 7 8 8 9 9 10 11 11 12 13 */
	EXPECT("hofstadter F(20)", hof_f(20), 13);
	EXPECT("hofstadter M(20)", hof_m(20), 12);

	static const struct { const char *s; long v; } ex[] = {
		{ "1+2*3", 7 }, { "(1+2)*3", 9 }, { "10/3", 3 }, { "-10/3", -3 }, { "10%3", 1 },
		{ "2*(3+4)*(5-(6-7))", 84 }, { "--5", 5 }, { "100 - 5 * (3 + -2) / 5", 99 },
		{ "((((((((((42))))))))))", 42 }, { "1-2-3-4", -8 }, { "2*3%4", 2 },
		{ "123456789*1000", 123456789000L },
	};
	for (size_t i = 0; i < sizeof ex / sizeof ex[0]; i++) {
		int err;
		long v = eval(ex[i].s, &err);
		snprintf(name, sizeof name, "eval \"%s\"", ex[i].s);
		EXPECT(name, err ? -999999 : v, ex[i].v);
	}
	static const char *badex[] = { "1+", "(1", "1/0", "2 3", "" };
	for (size_t i = 0; i < sizeof badex / sizeof badex[0]; i++) {
		int err;
		eval(badex[i], &err);
		snprintf(name, sizeof name, "eval \"%s\" error", badex[i]);
		EXPECT(name, err, 1);
	}

	uint64_t t = tree(16, 1);
	printf("tree(16) = %llu\n", (unsigned long long)t);
	EXPECT("tree(16) again", tree(16, 1), t);

	printf(bad ? "recursion: FAILED\n" : "recursion: OK\n");
	return bad;
}
