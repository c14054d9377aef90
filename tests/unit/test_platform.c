/* Platform unit tests: hypercalls against flat memory with good and wild
 * pointers, console line assembly, seeded random numbers, the guest CPUID. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <hsim/abi.h>
#include "cpu/cpuid_table.h"
#include "platform/platform.h"

#define MEM (8u << 20)

struct sink {
	char buf[8192];
	size_t len;
	int calls;
	int last_fd;
};

static void sink_fn(void *ctx, unsigned vm, int fd, const char *s, size_t n)
{
	struct sink *k = ctx;
	(void)vm;
	assert_true(k->len + n <= sizeof(k->buf));
	memcpy(k->buf + k->len, s, n);
	k->len += n;
	k->calls++;
	k->last_fd = fd;
}

struct fixture {
	uint8_t *mem;
	struct sim_mem m;
	struct console con;
	struct sink sink;
	struct platform_vm p;
	struct hsim_cpu_state st;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	f->mem = calloc(1, MEM);
	f->m = (struct sim_mem){ f->mem, MEM, HSIM_GUEST_USER_BASE };
	pthread_mutex_init(&f->con.lock, NULL);
	f->con.fn = sink_fn;
	f->con.ctx = &f->sink;
	platform_vm_init(&f->p, 2, 5, &f->con, 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	pthread_mutex_destroy(&f->con.lock);
	free(f->mem);
	free(f);
	return 0;
}

static int64_t call(struct fixture *f, uint64_t nr, uint64_t a0, uint64_t a1, uint64_t a2)
{
	f->st.gpr[HSIM_RAX] = nr;
	f->st.gpr[HSIM_RDI] = a0;
	f->st.gpr[HSIM_RSI] = a1;
	f->st.gpr[HSIM_RCX] = a2;
	assert_false(platform_hypercall(&f->p, &f->st, &f->m));
	return (int64_t)f->st.gpr[HSIM_RAX];
}

static void test_write_lines(void **state)
{
	struct fixture *f = *state;
	memcpy(f->mem + 0x300000, "ab\ncd", 5);
	assert_int_equal(call(f, HSIM_HC_WRITE, 1, 0x300000, 5), 5);
	assert_int_equal(f->sink.calls, 1); /* only the whole line */
	assert_int_equal(f->sink.len, 3);
	assert_int_equal(call(f, HSIM_HC_WRITE, 1, 0x300002, 1), 1); /* "\n" */
	assert_int_equal(f->sink.len, 6);
	assert_memory_equal(f->sink.buf, "ab\ncd\n", 6);
	memcpy(f->mem + 0x300000, "tail", 4);
	call(f, HSIM_HC_WRITE, 2, 0x300000, 4);
	assert_int_equal(f->sink.len, 6);
	platform_console_flush(&f->p);
	assert_int_equal(f->sink.len, 10);
	assert_int_equal(f->sink.last_fd, 2);
}

static void test_wild_pointers(void **state)
{
	struct fixture *f = *state;
	static const uint64_t bad[][2] = {
		{ 0, 1 },                      /* NULL */
		{ 0x1000, 16 },                /* system area */
		{ HSIM_GUEST_USER_BASE - 1, 2 },
		{ MEM - 1, 2 },                /* straddles the end */
		{ MEM, 1 },
		{ 0x300000, (uint64_t)-1 },    /* wraps */
		{ 0xffffffffffffff00ull, 0x200 },
		{ 0x8000000000000000ull, 1 },
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(call(f, HSIM_HC_WRITE, 1, bad[i][0], bad[i][1]), HSIM_GUEST_EFAULT);
	assert_int_equal(f->sink.calls, 0);
	assert_int_equal(call(f, HSIM_HC_WRITE, 1, MEM - 1, 1), 1);
	assert_int_equal(call(f, HSIM_HC_WRITE, 1, HSIM_GUEST_USER_BASE, 0), 0);
	assert_int_equal(call(f, HSIM_HC_WRITE, 3, 0x300000, 1), HSIM_GUEST_EINVAL);
	assert_int_equal(call(f, HSIM_HC_SEND, 0, 0x10, 4), HSIM_GUEST_EFAULT);
	assert_int_equal(call(f, HSIM_HC_RECV, 0x10, 4, 0), HSIM_GUEST_EFAULT);
	assert_int_equal(call(f, HSIM_HC_RECV, 0x300000, 4, MEM - 2), HSIM_GUEST_EFAULT);
	assert_int_equal(call(f, 12345, 0, 0, 0), HSIM_GUEST_ENOSYS);
}

static void test_ids_time_exit(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(call(f, HSIM_HC_VM_ID, 0, 0, 0), 2);
	assert_int_equal(call(f, HSIM_HC_VM_COUNT, 0, 0, 0), 5);
	int64_t t1 = call(f, HSIM_HC_TIME_NS, 0, 0, 0);
	int64_t t2 = call(f, HSIM_HC_TIME_NS, 0, 0, 0);
	assert_true(t1 >= 0 && t2 >= t1);
	f->st.gpr[HSIM_RAX] = HSIM_HC_EXIT;
	f->st.gpr[HSIM_RDI] = (uint64_t)-3;
	assert_true(platform_hypercall(&f->p, &f->st, &f->m));
	assert_true(f->p.exited);
	assert_int_equal(f->p.exit_code, -3);
}

static void test_seeded_random(void **state)
{
	struct fixture *f = *state;
	struct platform_vm a, b;
	uint64_t x[4], y[4];
	platform_vm_init(&a, 0, 1, NULL, 99);
	platform_vm_init(&b, 0, 1, NULL, 99);
	for (int i = 0; i < 4; i++) {
		f->p = a;
		x[i] = (uint64_t)call(f, HSIM_HC_RANDOM, 0, 0, 0);
		a = f->p;
		f->p = b;
		y[i] = (uint64_t)call(f, HSIM_HC_RANDOM, 0, 0, 0);
		b = f->p;
	}
	assert_memory_equal(x, y, sizeof(x));
	assert_true(x[0] != x[1] && x[1] != x[2]);
}

struct seen_inputs {
	unsigned n[3];
	uint64_t last[3];
	int replace;
};

static void watch_input(void *ctx, enum platform_input kind, uint64_t addr, void *data, size_t len)
{
	struct seen_inputs *s = ctx;
	(void)addr;
	assert_true(kind <= PLATFORM_IN_DEVICE);
	s->n[kind]++;
	if (len == 8)
		memcpy(&s->last[kind], data, 8);
	if (s->replace && kind == PLATFORM_IN_RANDOM) {
		uint64_t v = 0x5eed;
		memcpy(data, &v, 8);
	}
}

/* Every input passes the hook; what the hook leaves is what the guest gets. */
static void test_input_hook(void **state)
{
	struct fixture *f = *state;
	struct seen_inputs s = { { 0 }, { 0 }, 0 };
	f->p.input = watch_input;
	f->p.input_ctx = &s;
	f->p.clock.step_ns = 250;
	assert_int_equal(call(f, HSIM_HC_TIME_NS, 0, 0, 0), 250);
	assert_int_equal(call(f, HSIM_HC_TIME_NS, 0, 0, 0), 500);
	assert_int_equal(s.n[PLATFORM_IN_TIME], 2);
	assert_int_equal(s.last[PLATFORM_IN_TIME], 500);
	uint64_t r = (uint64_t)call(f, HSIM_HC_RANDOM, 0, 0, 0);
	assert_int_equal(s.n[PLATFORM_IN_RANDOM], 1);
	assert_int_equal(s.last[PLATFORM_IN_RANDOM], r);
	s.replace = 1;
	assert_int_equal(call(f, HSIM_HC_RANDOM, 0, 0, 0), 0x5eed);
	uint8_t dev[4] = { 1, 2, 3, 4 };
	platform_in_device(&f->p, 0x1000, dev, sizeof(dev));
	assert_int_equal(s.n[PLATFORM_IN_DEVICE], 1);
	/* no calls of its own for the others */
	assert_int_equal(s.n[PLATFORM_IN_TIME], 2);
}

/* Records every input: kinds and the first bytes. */
struct seen {
	int n;
	int kind[16];
	int64_t val[16];
	size_t len[16];
};

static void seen_fn(void *ctx, enum platform_input kind, uint64_t addr, void *data, size_t len)
{
	struct seen *s = ctx;
	(void)addr;
	if (s->n < 16) {
		s->kind[s->n] = kind;
		s->len[s->n] = len;
		s->val[s->n] = 0;
		memcpy(&s->val[s->n], data, len < 8 ? len : 8);
	}
	s->n++;
}

/* stdin and files: results and bytes are inputs, wild pointers EFAULT
 * (no input), unknown fds EBADF, unknown names ENOENT, no seeking a stream. */
static void test_files(void **state)
{
	struct fixture *f = *state;
	char path[] = "/tmp/hsim-test-files-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "hello, files\n", 13), 13);
	struct platform_source src[2] = { { (char *)"data", fd, 13, false },
					   { NULL, fd, 13, false } };
	struct platform_inputs in = { src, 2, 1, { false, true, false } };
	struct seen s = { 0 };
	platform_inputs_attach(&f->p, &in);
	f->p.input = seen_fn;
	f->p.input_ctx = &s;

	memcpy(f->mem + 0x300000, "data", 4);
	assert_int_equal(call(f, HSIM_HC_OPEN, 0x300000, 4, 0), 3);
	assert_int_equal(call(f, HSIM_HC_OPEN, 0x300000, 3, 0), HSIM_GUEST_ENOENT);   /* "dat" */
	assert_int_equal(call(f, HSIM_HC_READ, 3, 0x301000, 5), 5);
	assert_memory_equal(f->mem + 0x301000, "hello", 5);
	assert_int_equal(s.n, 4); /* open 3, open ENOENT, read's 5, its bytes */
	assert_int_equal(s.kind[3], PLATFORM_IN_FILE);
	assert_int_equal(s.len[2], 8);
	assert_int_equal(s.val[2], 5);
	assert_int_equal(s.len[3], 5);
	assert_int_equal(call(f, HSIM_HC_SEEK, 3, (uint64_t)-2, 1), 3);
	assert_int_equal(call(f, HSIM_HC_SEEK, 3, 0, 2), 13);
	assert_int_equal(call(f, HSIM_HC_READ, 3, 0x301000, 5), 0);               /* the end */
	assert_int_equal(call(f, HSIM_HC_SEEK, 3, (uint64_t)-14, 1), HSIM_GUEST_EINVAL);
	assert_int_equal(call(f, HSIM_HC_SEEK, 3, 0, 7), HSIM_GUEST_EINVAL);
	/* stdin is the second source, from its start */
	assert_int_equal(call(f, HSIM_HC_READ, 0, 0x301000, 100), 13);
	assert_int_equal(call(f, HSIM_HC_ISATTY, 1, 0, 0), 1);
	assert_int_equal(call(f, HSIM_HC_ISATTY, 0, 0, 0), 0);
	assert_int_equal(call(f, HSIM_HC_ISATTY, 9, 0, 0), HSIM_GUEST_EBADF);
	int n = s.n;
	/* wild pointers: EFAULT, no input */
	assert_int_equal(call(f, HSIM_HC_READ, 3, 0x1000, 4), HSIM_GUEST_EFAULT);
	assert_int_equal(call(f, HSIM_HC_READ, 3, MEM - 2, 4), HSIM_GUEST_EFAULT);
	assert_int_equal(call(f, HSIM_HC_OPEN, 0x1000, 4, 0), HSIM_GUEST_EFAULT);
	assert_int_equal(call(f, HSIM_HC_OPEN, 0x300000, 256, 0), HSIM_GUEST_ENAMETOOLONG);
	assert_int_equal(s.n, n);
	assert_int_equal(call(f, HSIM_HC_READ, 7, 0x301000, 4), HSIM_GUEST_EBADF);
	assert_int_equal(call(f, HSIM_HC_CLOSE, 3, 0, 0), 0);
	assert_int_equal(call(f, HSIM_HC_CLOSE, 3, 0, 0), HSIM_GUEST_EBADF);
	assert_int_equal(call(f, HSIM_HC_READ, 3, 0x301000, 4), HSIM_GUEST_EBADF);
	/* at most HSIM_OPEN_MAX at once */
	for (int i = 0; i < HSIM_OPEN_MAX; i++)
		assert_int_equal(call(f, HSIM_HC_OPEN, 0x300000, 4, 0), 3 + i);
	assert_int_equal(call(f, HSIM_HC_OPEN, 0x300000, 4, 0), HSIM_GUEST_EMFILE);
	/* a stream cannot seek */
	src[1].stream = true;
	assert_int_equal(call(f, HSIM_HC_SEEK, 0, 0, 0), HSIM_GUEST_ESPIPE);
	/* no stdin: reads end at once */
	in.stdin_src = -1;
	platform_inputs_attach(&f->p, &in);
	assert_int_equal(call(f, HSIM_HC_READ, 0, 0x301000, 4), 0);
	close(fd);
	unlink(path);
}

static void test_cpuid_hides(void **state)
{
	struct cpuid_table t;
	uint32_t r[4];
	(void)state;
	cpuid_table_build(&t);
	cpuid_table_lookup(&t, 0, 0, r);
	assert_int_equal(r[0], 0xd);
	cpuid_table_lookup(&t, 1, 0, r);
	assert_int_equal(r[2] & ~(1u << 31), 0);           /* no SSE3+, AVX, XSAVE */
	assert_true(r[3] & (1u << 25) && r[3] & (1u << 26)); /* SSE SSE2 */
	assert_int_equal(r[3] & (1u << 23), 0);             /* no MMX */
	cpuid_table_lookup(&t, 7, 0, r);
	assert_int_equal(r[0] | r[1] | r[2] | r[3], 0);     /* no AVX2/BMI/... */
	cpuid_table_lookup(&t, 0x80000001u, 0, r);
	assert_int_equal(r[2] & ~1u, 0);                    /* no LZCNT/SSE4A */
	assert_int_equal(r[3] & (1u << 27), 0);             /* no RDTSCP */
	cpuid_table_lookup(&t, 0x40000000u, 0, r);
	assert_int_equal(r[0] | r[1] | r[2] | r[3], 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_write_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_wild_pointers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ids_time_exit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_seeded_random, setup, teardown),
		cmocka_unit_test_setup_teardown(test_input_hook, setup, teardown),
		cmocka_unit_test_setup_teardown(test_files, setup, teardown),
		cmocka_unit_test(test_cpuid_hides),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
