/* Thread-local storage and the stack protector (tests/kvm/sdk.sh): built
 * with -fstack-protector-strong for hsim and natively, both print the
 * same; with the argument "smash" a function overruns its buffer and the
 * protector ends the program (the SDK's __stack_chk_fail: a message on
 * stderr, exit status 134 as glibc's abort gives). */
#include <stdio.h>
#include <string.h>

static __thread int counter = 42;
static _Thread_local long zeroed[64];
__thread char name[16] = "tls-init";
static __thread double wide __attribute__((aligned(64))) = 2.5;
static __thread unsigned char big[8192];

static __attribute__((noinline)) int fill(char *buf, const char *s)
{
	strcpy(buf, s);
	return buf[0];
}

/* the protector guards this frame: buf is an array */
static __attribute__((noinline)) int smash(const char *s)
{
	char buf[8];
	return fill(buf, s); /* s is too long: the canary is overwritten */
}

static __attribute__((noinline)) int safe(const char *s)
{
	char buf[32];
	return fill(buf, s);
}

int main(int argc, char **argv)
{
	long sum = 0;
	for (int i = 0; i < 64; i++)
		sum += zeroed[i];
	for (int i = 0; i < 8192; i++)
		sum += big[i];
	counter++;
	zeroed[3] = 7;
	big[8191] = 1;
	*(volatile double *)&wide *= 2;
	printf("counter %d zero-sum %ld name %s wide %.1f aligned %d zeroed[3] %ld big %d\n",
	       counter, sum, name, wide, (int)((unsigned long)&wide % 64 == 0), zeroed[3],
	       big[8191]);
	printf("safe %c\n", safe("short"));
	fflush(stdout);
	if (argc > 1 && !strcmp(argv[1], "smash")) {
		printf("smashing\n");
		fflush(stdout);
		smash("this string is far too long for the buffer and smashes the stack");
		printf("not reached\n");
	}
	return 0;
}
