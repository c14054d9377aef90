/* The SDK's POSIX and GNU pieces against glibc (tests/kvm/posix.sh builds
 * this with hsim-cc and natively and compares the output): strings,
 * random numbers, the environment, stdio's additions, uchar.h, unistd.h,
 * sleeping, quick_exit. Every line printed is what glibc prints. */
#define _GNU_SOURCE
#include <alloca.h>
#include <errno.h>
#include <locale.h>
#include <malloc.h>
#include <memory.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>
#include <sys/types.h>
#include <time.h>
#include <uchar.h>
#include <unistd.h>
#include <wchar.h>

#if defined(__GLIBC__) && __GLIBC__ == 2 && __GLIBC_MINOR__ < 38
/* glibc has BSD's strlcpy/strlcat from 2.38: the reference for older ones */
static size_t strlcpy(char *d, const char *s, size_t n)
{
	size_t len = strlen(s);
	if (n) {
		size_t k = len < n - 1 ? len : n - 1;
		memcpy(d, s, k);
		d[k] = 0;
	}
	return len;
}

static size_t strlcat(char *d, const char *s, size_t n)
{
	size_t dl = strnlen(d, n);
	return dl == n ? n + strlen(s) : dl + strlcpy(d + dl, s, n - dl);
}
#endif

/* r, then whether errno is e (printf's arguments have no order) */
#define ERRNO(what, call, e)                                                        \
	do {                                                                        \
		long r_;                                                            \
		errno = 0;                                                          \
		r_ = (long)(call);                                                  \
		printf("%s %ld %s\n", what, r_, errno == (e) ? "errno ok" : "errno wrong"); \
	} while (0)

static void show(const char *what, const char *s)
{
	printf("%s: %s%s%s\n", what, s ? "'" : "", s ? s : "NULL", s ? "'" : "");
}

static void strings(void)
{
	char buf[64], *p, *tok;
	static const char hay[] = "abcabcabd\0zz";
	int i;

	/* strsep: empty tokens, no delimiters, NULL */
	strcpy(buf, ",a,,b c,");
	p = buf;
	while ((tok = strsep(&p, ", ")))
		show("strsep", tok);
	show("strsep end", p);
	p = NULL;
	show("strsep NULL", strsep(&p, ","));
	strcpy(buf, "whole");
	p = buf;
	show("strsep none", strsep(&p, ""));
	/* memmem: empty needle, at the end, past a NUL, too long */
	printf("memmem %td %td %td %d %d %td\n", (char *)memmem(hay, 12, "abd", 3) - hay,
	       (char *)memmem(hay, 12, "", 0) - hay, (char *)memmem(hay, 12, "zz", 2) - hay,
	       memmem(hay, 3, "abcd", 4) == NULL, memmem(hay, 12, "abe", 3) == NULL,
	       (char *)memmem(hay, 0, "", 0) - hay);
	/* memccpy */
	memset(buf, 'x', sizeof buf);
	p = memccpy(buf, "hello world", ' ', 11);
	printf("memccpy %td '%.8s'\n", p - buf, buf);
	printf("memccpy none %d\n", memccpy(buf, "abc", 'z', 3) == NULL);
	printf("rawmemchr %td %td\n", (char *)rawmemchr(hay, 'd') - hay, (char *)rawmemchr(hay, 0) - hay);
	/* strerror_r (GNU's), strsignal */
	for (i = 0; i < 3; i++) {
		static const int e[] = { EINVAL, ERANGE, 9999 };
		char small[8];
		show("strerror_r", strerror_r(e[i], buf, sizeof buf));
		show("strerror_r small", strerror_r(e[i], small, sizeof small));
	}
	for (i = 1; i <= 31; i++)
		show("strsignal", strsignal(i));
	show("strsignal", strsignal(40));
	show("strsignal", strsignal(99));
	/* strlcpy, strlcat */
	printf("strlcpy %zu", strlcpy(buf, "truncated string", 6));
	printf(" '%s'\n", buf);
	printf("strlcpy %zu", strlcpy(buf, "fits", sizeof buf));
	printf(" '%s'\n", buf);
	printf("strlcpy0 %zu\n", strlcpy(NULL, "abc", 0));
	printf("strlcat %zu", strlcat(buf, "++more", 8));
	printf(" '%s'\n", buf);
	printf("strlcat full %zu\n", strlcat(buf, "x", 3));
	/* explicit_bzero, strings.h */
	explicit_bzero(buf, 4);
	printf("explicit_bzero %d %d %d\n", buf[0], buf[3], buf[4]);
	strcpy(buf, "a/b/c");
	printf("index %td rindex %td %d\n", index(buf, '/') - buf, rindex(buf, '/') - buf,
	       index(buf, 'z') == NULL);
	bcopy(buf, buf + 1, 5);
	printf("bcopy '%s' bzero", buf);
	bzero(buf, 3);
	printf(" %d %d %c\n", buf[0], buf[2], buf[3]);
}

static void randoms(void)
{
	static char st8[8], st32[32], st64[64], st128[128], st256[256];
	char *old;
	int i;

	printf("random default:");
	for (i = 0; i < 5; i++)
		printf(" %ld", random());
	printf("\n");
	srandom(42);
	printf("srandom(42):");
	for (i = 0; i < 5; i++)
		printf(" %ld", random());
	srandom(0);
	printf("\nsrandom(0): %ld\n", random());
	/* each table size picks its generator; setstate goes back and forth */
	old = initstate(7, st8, sizeof st8);
	printf("initstate 8: %ld %ld\n", random(), random());
	initstate(7, st32, sizeof st32);
	printf("initstate 32: %ld %ld\n", random(), random());
	initstate(7, st64, sizeof st64);
	printf("initstate 64: %ld %ld\n", random(), random());
	initstate(7, st128, sizeof st128);
	printf("initstate 128: %ld %ld\n", random(), random());
	initstate(7, st256, sizeof st256);
	printf("initstate 256: %ld %ld\n", random(), random());
	printf("setstate 64: %d", setstate(st64) == st256);
	printf(" %ld", random());
	printf(" %ld\n", random());
	setstate(st8);
	printf("setstate 8: %ld\n", random());
	setstate(old);
	printf("setstate old: %ld\n", random());
	ERRNO("initstate 7 bytes NULL:", initstate(1, st8, 7) == NULL, EINVAL);

	/* rand48: unseeded, then each seeding function */
	printf("drand48 %.17g", drand48());
	printf(" lrand48 %ld", lrand48());
	printf(" mrand48 %ld\n", mrand48());
	srand48(12345);
	printf("srand48: %.17g", drand48());
	printf(" %ld", lrand48());
	printf(" %ld\n", mrand48());
	srand48(-1L);
	printf("srand48(-1): %ld\n", lrand48());
	{
		unsigned short s[3] = { 1, 2, 3 }, *o = seed48(s);
		unsigned short x[3] = { 0x1234, 0xabcd, 0x4321 };
		unsigned short p[7] = { 1, 2, 3, 5, 0, 0, 7 };
		printf("seed48 old %u %u %u:", o[0], o[1], o[2]);
		printf(" %ld\n", lrand48());
		printf("erand48 %.17g", erand48(x));
		printf(" nrand48 %ld", nrand48(x));
		printf(" jrand48 %ld", jrand48(x));
		printf(" x %u %u %u\n", x[0], x[1], x[2]);
		lcong48(p);
		printf("lcong48: %ld", lrand48());
		printf(" %ld", lrand48());
		printf(" %ld\n", mrand48());
		srand48(1);
		printf("srand48 after lcong48: %ld\n", lrand48());
	}
}

static void environment(void)
{
	char *p;
	static char put[] = "PX=putenv";

	printf("setenv %d", setenv("HSIM_T", "one", 1));
	printf(" %s\n", getenv("HSIM_T"));
	printf("setenv keep %d", setenv("HSIM_T", "two", 0));
	printf(" %s\n", getenv("HSIM_T"));
	printf("setenv over %d", setenv("HSIM_T", "three", 1));
	printf(" %s\n", getenv("HSIM_T"));
	ERRNO("setenv A=B", setenv("A=B", "x", 1), EINVAL);
	ERRNO("setenv empty", setenv("", "x", 1), EINVAL);
	ERRNO("unsetenv empty", unsetenv(""), EINVAL);
	printf("putenv %d", putenv(put));
	printf(" %s", getenv("PX"));
	put[3] = 'P';
	printf(" %s\n", getenv("PX"));
	printf("unsetenv %d", unsetenv("HSIM_T"));
	printf(" %d", getenv("HSIM_T") == NULL);
	printf(" %d\n", unsetenv("NONE"));
	for (int i = 0; i < 50; i++) { /* the table grows */
		char name[16], val[16];
		snprintf(name, sizeof name, "V%d", i);
		snprintf(val, sizeof val, "%d", i * i);
		setenv(name, val, 1);
	}
	p = getenv("V49");
	printf("50 names: %s %s\n", getenv("V7"), p);
	printf("HSIM_GIVEN %s\n", getenv("HSIM_GIVEN") ? getenv("HSIM_GIVEN") : "(none)");
	{
		volatile size_t big = SIZE_MAX / 2;
		int *a = reallocarray(NULL, 10, sizeof(int)), *b;
		errno = 0;
		b = reallocarray(a, big, 4);
		printf("reallocarray %d %d %d\n", a != NULL, b == NULL, errno == ENOMEM);
		free(b ? b : a);
	}
	{
		char *s = alloca(32);
		strcpy(s, "alloca");
		printf("%s\n", s);
	}
}

static void streams(void)
{
	FILE *f = tmpfile();
	char *line = NULL, *s = NULL;
	size_t n = 0;
	ssize_t r;
	int i;

	if (!f) {
		printf("tmpfile failed\n");
		return;
	}
	fputs("first\n\nthird line\n", f);
	for (i = 0; i < 300; i++)
		fputc('a' + i % 26, f);
	fputs("\nno newline at the end", f);
	printf("ftell %ld\n", ftell(f));
	rewind(f);
	while ((r = getline(&line, &n, f)) != -1)
		printf("getline %zd n %zu '%.20s'\n", r, n, line);
	printf("getline end %zd feof %d\n", getline(&line, &n, f), feof(f) != 0);
	/* getdelim on another delimiter, from a position */
	fseek(f, 6, SEEK_SET);
	r = getdelim(&line, &n, 'e', f);
	printf("getdelim %zd '%s' ftell %ld\n", r, line, ftell(f));
	/* write over the middle, read what is there */
	fseek(f, 1, SEEK_SET);
	fputs("IRST", f);
	fseek(f, 0, SEEK_SET);
	printf("overwritten '%s'", fgets(line, (int)n, f));
	fseek(f, 0, SEEK_END);
	printf(" end %ld\n", ftell(f));
	fclose(f);
	free(line);
	line = NULL;
	n = 0;
	f = tmpfile();
	r = getline(&line, &n, f);
	printf("empty getline %zd n %zu\n", r, n);
	fclose(f);
	free(line);
	ERRNO("getline NULL", getline(NULL, &n, stdin), EINVAL);

	{ /* more than FOPEN_MAX at once, each its own */
		FILE *t[40];
		int k, sum = 0, v;
		for (k = 0; k < 40; k++) {
			t[k] = tmpfile();
			if (!t[k])
				break;
			fprintf(t[k], "%d", k * 3);
		}
		printf("40 tmpfiles: %d open", k);
		while (k-- > 0) {
			rewind(t[k]);
			if (fscanf(t[k], "%d", &v) == 1)
				sum += v;
			fclose(t[k]);
		}
		printf(", sum %d\n", sum);
	}
	printf("asprintf %d", asprintf(&s, "%s-%05.1f-%x", "x", 2.5, 255));
	fflush(stdout);
	printf(" '%s'\n", s);
	free(s);
	fflush(stdout);
	printf("dprintf %d\n", dprintf(1, "dprintf to fd %d\n", 1));
	fflush(stdout);
	ERRNO("dprintf bad", dprintf(-1, "x"), EBADF);
	ERRNO("remove", remove("/nonexistent/hsim-test"), ENOENT);
	ERRNO("rename", rename("/nonexistent/a", "/nonexistent/b"), ENOENT);
	{
		char a[L_tmpnam], b[L_tmpnam];
		printf("tmpnam %d", tmpnam(a) == a);
		printf(" %d\n", strcmp(a, tmpnam(b)) != 0);
	}
	f = fdopen(1, "w");
	if (f) {
		fprintf(f, "through fdopen(1)\n");
		fflush(f); /* (fclose would close fd 1 natively) */
	}
	ERRNO("fdopen bad NULL:", fdopen(-1, "r") == NULL, EBADF);
	{
		wchar_t w[32];
		int k = swprintf(w, 32, L"%d-%ls-%s-%lc|%5.2f", 42, L"wide\u00e9", "narrow", (wint_t)0x263a,
				 3.14159);
		printf("swprintf %d %zu '%ls'\n", k, wcslen(w), w);
		printf("swprintf small %d\n", swprintf(w, 4, L"%s", "toolong"));
		printf("swprintf exact %d\n", swprintf(w, 4, L"%s", "abc"));
	}
}

static void uchars(void)
{
	const char *s = "a\u00e9\u20ac\U0001F600z";
	mbstate_t st;
	char16_t c16;
	char32_t c32;
	char out[8];
	size_t r, i = 0, len = strlen(s);

	memset(&st, 0, sizeof st);
	printf("mbrtoc16:");
	while (i <= len) {
		r = mbrtoc16(&c16, s + i, len + 1 - i, &st);
		printf(" %zd:%04x", (ssize_t)r, (unsigned)c16);
		if (r == (size_t)-3)
			continue;
		if (r == 0 || r > 4)
			break;
		i += r;
	}
	printf("\nmbrtoc32:");
	memset(&st, 0, sizeof st);
	for (i = 0; i < len; i += r) {
		r = mbrtoc32(&c32, s + i, len - i, &st);
		printf(" %zu:%x", r, (unsigned)c32);
		if (r > 4)
			break;
	}
	printf("\nc16rtomb:");
	memset(&st, 0, sizeof st);
	{
		static const char16_t in[] = { 0x41, 0xe9, 0xd83d, 0xde00, 0x20ac };
		for (i = 0; i < 5; i++) {
			r = c16rtomb(out, in[i], &st);
			printf(" %zu", r);
			for (size_t k = 0; k < r && r < 8; k++)
				printf(".%02x", (unsigned char)out[k]);
		}
		errno = 0;
		r = c16rtomb(out, 0xdc00, &st);
		printf(" lone low %zd", (ssize_t)r);
		printf(" %d", errno == EILSEQ);
	}
	printf("\nc32rtomb:");
	memset(&st, 0, sizeof st);
	r = c32rtomb(out, 0x1F600, &st);
	printf(" %zu %02x%02x%02x%02x", r, (unsigned char)out[0], (unsigned char)out[1],
	       (unsigned char)out[2], (unsigned char)out[3]);
	errno = 0;
	r = c32rtomb(out, 0xd800, &st);
	printf(" surrogate %zd", (ssize_t)r);
	printf(" %d", errno == EILSEQ);
	r = mbrtoc32(&c32, "\xe2\x82", 2, &st);
	printf(" partial %zd", (ssize_t)r);
	r = mbrtoc32(&c32, "\xac", 1, &st);
	printf(" then %zd %x\n", (ssize_t)r, (unsigned)c32);
}

static void unix_pieces(void)
{
	char buf[64];
	struct timeval a, b;
	struct timespec t0, t1, req = { 0, 20 * 1000 * 1000 };
	long ns;

	printf("pagesize %ld %d\n", sysconf(_SC_PAGESIZE), getpagesize());
	ERRNO("sysconf bad", sysconf(-5), EINVAL);
	ERRNO("isatty(0)", isatty(0), ENOTTY);
	printf("getpid>0 %d\n", getpid() > 0);
	ERRNO("write bad fd", write(77, "x", 1), EBADF);
	ERRNO("close bad fd", close(77), EBADF);
	ERRNO("unlink", unlink("/nonexistent/x"), ENOENT);
	ERRNO("access", access("/nonexistent/x", R_OK), ENOENT);
	/* stdin (the script hands both the same file) */
	{
		ssize_t r = read(0, buf, 10);
		printf("read(0) %zd '%.*s'\n", r, (int)(r > 0 ? r : 0), buf);
	}
	/* getline's buffer over stdin's pieces (long lines cross them) */
	{
		char *line = NULL;
		size_t n = 0;
		ssize_t r;
		while ((r = getline(&line, &n, stdin)) != -1)
			printf("stdin getline %zd n %zu '%.10s'\n", r, n, line);
		free(line);
	}
	fflush(stdout); /* (stdio's buffer sizes differ) */
	printf("buffered then write(1): ");
	write(1, "written first\n", 14); /* stdout is a file: write(1) overtakes it */

	clock_gettime(CLOCK_MONOTONIC, &t0);
	gettimeofday(&a, NULL);
	printf("nanosleep %d", nanosleep(&req, NULL));
	usleep(10000);
	sleep(0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	gettimeofday(&b, NULL);
	ns = (t1.tv_sec - t0.tv_sec) * 1000000000L + (t1.tv_nsec - t0.tv_nsec);
	printf(" waited >= 30 ms: %d", ns >= 30000000L);
	timersub(&b, &a, &b);
	printf(" gettimeofday %d\n", b.tv_sec * 1000000L + b.tv_usec >= 30000);
	req.tv_nsec = 1000000000;
	ERRNO("nanosleep bad", nanosleep(&req, NULL), EINVAL);
	req.tv_nsec = -1;
	ERRNO("nanosleep negative", nanosleep(&req, NULL), EINVAL);
}

static void bye(void)
{
	printf("at_quick_exit ran\n");
	fflush(stdout);
}

static void not_run(void)
{
	printf("atexit ran (it must not)\n");
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C.UTF-8"); /* the SDK's multibyte encoding, natively */
	strings();
	randoms();
	environment();
	streams();
	uchars();
	unix_pieces();
	if (argc > 1 && !strcmp(argv[1], "quick")) {
		atexit(not_run);
		at_quick_exit(bye);
		printf("quick_exit: unflushed output is lost");
		quick_exit(3);
	}
	if (argc > 1 && !strcmp(argv[1], "_exit")) {
		printf("lost too");
		_exit(4);
	}
	return 0;
}
