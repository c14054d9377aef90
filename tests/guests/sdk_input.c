/* Input in the SDK (tests/kvm/sdk.sh): stdin, files opened by name, and
 * the scanf family, built for hsim and natively: the same input gives the
 * same output. Modes (argv[1]): "stdin" reads stdin with scanf, getchar,
 * ungetc, fgets and fread; "file NAME" reads the file NAME (hsim run
 * --file NAME=PATH; natively NAME in the current directory) with fopen,
 * fgets, fread, fseek, ftell, rewind and fscanf; "sscanf" converts strings. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void from_stdin(void)
{
	int n = 0, c;
	char word[32] = "", line[64];
	double d = 0;
	long total = 0;

	printf("prompt> ");
	int r = scanf("%d %31s %lf", &n, word, &d);
	printf("scanf %d: %d '%s' %.3f\n", r, n, word, d);
	c = getchar(); /* the newline */
	printf("getchar %d\n", c);
	c = getchar();
	printf("getchar '%c', ungetc %d\n", c, ungetc(c, stdin));
	if (fgets(line, sizeof(line), stdin))
		printf("fgets '%.*s'\n", (int)strcspn(line, "\n"), line);
	while (fgets(line, 8, stdin)) /* short reads: a line in pieces */
		printf("piece '%s'%s\n", strtok(line, "\n") ? line : "", strchr(line, '\n') ? " nl" : "");
	printf("feof %d ferror %d\n", feof(stdin) != 0, ferror(stdin) != 0);
	printf("getchar at end %d, scanf at end %d\n", getchar(), scanf("%d", &n));
	clearerr(stdin);
	printf("after clearerr feof %d, fread %zu\n", feof(stdin) != 0, fread(line, 1, 8, stdin));
	(void)total;
}

static void from_file(const char *name)
{
	char buf[256], word[64];
	FILE *f = fopen(name, "r");
	long size;
	int a = 0, b = 0;

	if (!f) {
		printf("fopen %s: %s\n", name, strerror(errno));
		return;
	}
	if (fgets(buf, sizeof(buf), f))
		printf("first line '%.*s'\n", (int)strcspn(buf, "\n"), buf);
	printf("ftell %ld\n", ftell(f));
	size_t n = fread(buf, 1, 10, f);
	printf("fread %zu '%.*s' ftell %ld\n", n, (int)n, buf, ftell(f));
	printf("ungetc %d ftell %ld getc %c\n", ungetc('Z', f), ftell(f), getc(f));
	printf("fseek end %d ftell %ld\n", fseek(f, 0, SEEK_END), (size = ftell(f)));
	printf("getc at end %d feof %d\n", getc(f), feof(f) != 0);
	printf("fseek -6 cur %d ", fseek(f, -6, SEEK_CUR));
	n = fread(buf, 1, sizeof(buf), f);
	printf("fread %zu '%.*s'\n", n, (int)strcspn(buf, "\n"), buf);
	printf("fseek before start %d\n", fseek(f, -1, SEEK_SET));
	rewind(f);
	printf("rewind: fscanf %d", fscanf(f, "%63s %d %d", word, &a, &b));
	printf(" '%s' %d %d ftell %ld\n", word, a, b, ftell(f));
	long lines = 0, bytes = 0;
	int c;
	rewind(f);
	while ((c = fgetc(f)) != EOF) {
		bytes++;
		lines += c == '\n';
	}
	printf("%ld bytes, %ld lines (size %ld)\n", bytes, lines, size);
	/* big reads: the whole file again, in one fread */
	rewind(f);
	char *all = malloc((size_t)size + 1);
	printf("fread all %zu\n", fread(all, 1, (size_t)size + 1, f));
	unsigned sum = 0;
	for (long i = 0; i < size; i++)
		sum = sum * 31 + (unsigned char)all[i];
	printf("sum %08x\n", sum);
	free(all);
	printf("fclose %d\n", fclose(f));
	f = fopen("no-such-file", "r");
	printf("fopen no-such-file: %s (%s)\n", f ? "opened" : "NULL", f ? "" : strerror(errno));
}

static void scans(void)
{
	int a = -1, b = -1, n1 = -1, n2 = -1;
	unsigned u = 0;
	long long ll = 0;
	signed char hh = 0;
	short h = 0;
	float f = 0;
	double d = 0;
	char s1[16] = "", s2[16] = "", cs[4] = "";
	void *p = NULL;
	unsigned long ul = 0;

	printf("%d\n", sscanf("12 34", "%d %d", &a, &b));
	printf("%d %d\n", a, b);
	printf("%d", sscanf("0x1f 017 -9", "%i %i %i", &a, &b, &n1));
	printf(" %d %d %d\n", a, b, n1);
	printf("%d", sscanf("ff 777 4294967295", "%x %o %u", &a, &b, &u));
	printf(" %d %d %u\n", a, b, u);
	printf("%d", sscanf("-9223372036854775807 300 -70000", "%lld %hhd %hd", &ll, &hh, &h));
	printf(" %lld %d %d\n", ll, hh, h);
	printf("%d", sscanf("3.25 -1.5e3 inf", "%f %lf %s", &f, &d, s1));
	printf(" %.2f %.1f %s\n", f, d, s1);
	printf("%d", sscanf("abcdefgh ijk", "%5s%s", s1, s2));
	printf(" '%s' '%s'\n", s1, s2);
	printf("%d", sscanf("key=value;rest", "%15[^=]=%15[a-z]", s1, s2));
	printf(" '%s' '%s'\n", s1, s2);
	printf("%d", sscanf("xyz", "%3c", cs));
	printf(" '%.3s'\n", cs);
	printf("%d", sscanf("10 20 30", "%*d %d%n %n", &a, &n1, &n2));
	printf(" %d %d %d\n", a, n1, n2);
	printf("%d %d %d\n", sscanf("", "%d", &a), sscanf("   ", "%d", &a), sscanf("x", "%d", &a));
	printf("%d", sscanf("5 apples", "%d apples%n", &a, &n1));
	printf(" %d %d\n", a, n1);
	printf("%d", sscanf("100%", "%d%%", &a));
	printf(" %d\n", a);
	printf("%d", sscanf("0x", "%x%s", &a, s1));
	printf(" %d '%s'\n", a, s1);
	printf("%d", sscanf("0x7fff1234 18446744073709551615", "%p %lu", &p, &ul));
	printf(" %lx %lu\n", (unsigned long)p, ul);
	printf("%d", sscanf("1.5e+2x", "%lf%s", &d, s1));
	printf(" %.1f '%s'\n", d, s1);
	printf("%d", sscanf("  -0.001  nan", "%lf %lf", &d, (double *)&ll));
	printf(" %g\n", d);
	printf("%d", sscanf("a,b,,c", "%[^,],%[^,],%[^,]", s1, s2, cs));
	printf(" '%s' '%s'\n", s1, s2);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "stdin"))
		from_stdin();
	else if (argc > 2 && !strcmp(argv[1], "file"))
		from_file(argv[2]);
	else
		scans();
	return 0;
}
