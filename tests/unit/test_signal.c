/* The kick signal (hsim/machine.h): which signals hsim_set_kick_signal
 * takes, that a run installs the library's handler on the chosen signal
 * (SA_RESTART) and leaves every other one alone, that the choice cannot
 * change during a run, and that the VMs still stop at the time limit when
 * the caller blocks the kick signal (no KVM: the simulator). */
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include <hsim.h>

/* writes "hi\n" (hypercall 1 on fd 1), then spins */
static const uint8_t spin_code[] = {
	0xbf, 0x01, 0x00, 0x00, 0x00,             /* mov $1, %edi */
	0x48, 0x8d, 0x35, 0x12, 0x00, 0x00, 0x00, /* lea msg(%rip), %rsi */
	0xb9, 0x03, 0x00, 0x00, 0x00,             /* mov $3, %ecx */
	0xb8, 0x01, 0x00, 0x00, 0x00,             /* mov $HSIM_HC_WRITE, %eax */
	0xba, 0x10, 0x05, 0x00, 0x00,             /* mov $0x510, %edx */
	0xef,                                     /* out %eax, %dx */
	0xeb, 0xfe,                               /* 1: jmp 1b */
	'h', 'i', '\n',
};

static int set_during_run = 1;
static unsigned lines;

static void console(void *ctx, unsigned vm, int fd, const char *buf, size_t len)
{
	(void)ctx; (void)vm; (void)fd; (void)buf; (void)len;
	lines++;
	set_during_run = hsim_set_kick_signal(SIGUSR2);
}

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* nvms simulator VMs spinning under a time limit; the seconds it took */
static double run_spin(unsigned nvms, double timeout)
{
	struct hsim_image *img;
	struct hsim_machine *m;
	struct hsim_machine_config cfg = {
		.engine = HSIM_ENGINE_SIM, .timeout = timeout, .console = console,
	};
	assert_int_equal(hsim_image_load_raw(&img, spin_code, sizeof(spin_code),
					     0x400000, "spin"), 0);
	assert_int_equal(hsim_machine_create(&m, &cfg), 0);
	for (unsigned i = 0; i < nvms; i++)
		assert_true(hsim_machine_add_vm(m, img) >= 0);
	double t0 = now();
	assert_int_equal(hsim_machine_run(m), 0);
	double t = now() - t0;
	for (unsigned i = 0; i < nvms; i++) {
		struct hsim_vm_result r;
		assert_int_equal(hsim_machine_result(m, i, &r), 0);
		assert_int_equal(r.status, HSIM_VM_TIMEOUT);
		assert_int_equal(r.error, HSIM_E_TIMEOUT);
	}
	hsim_machine_destroy(m);
	hsim_image_destroy(img);
	return t;
}

static void test_choice(void **state)
{
	(void)state;
	assert_int_equal(hsim_kick_signal(), SIGUSR1); /* the default */
	int bad[] = { 0, -1, SIGKILL, SIGSTOP, SIGSEGV, SIGINT, SIGALRM, SIGCHLD, SIGRTMAX + 1, 1000 };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(hsim_set_kick_signal(bad[i]), HSIM_E_INVAL);
	assert_int_equal(hsim_kick_signal(), SIGUSR1);
	assert_int_equal(hsim_set_kick_signal(SIGUSR2), 0);
	assert_int_equal(hsim_kick_signal(), SIGUSR2);
	assert_int_equal(hsim_set_kick_signal(SIGRTMAX), 0);
	assert_int_equal(hsim_set_kick_signal(SIGRTMIN + 2), 0);
	assert_int_equal(hsim_kick_signal(), SIGRTMIN + 2);
}

static void test_handler(void **state)
{
	(void)state;
	struct sigaction sa;
	int sig = SIGRTMIN + 2;
	assert_int_equal(hsim_set_kick_signal(sig), 0);
	assert_int_equal(sigaction(sig, NULL, &sa), 0);
	assert_true(sa.sa_handler == SIG_DFL); /* nothing before a run */

	lines = 0;
	run_spin(2, 0.2);
	assert_int_equal(lines, 2);
	/* the console callback ran during the run: no change then */
	assert_int_equal(set_during_run, -EBUSY);
	assert_int_equal(hsim_kick_signal(), sig);

	assert_int_equal(sigaction(sig, NULL, &sa), 0);
	assert_true(sa.sa_flags & SA_SIGINFO);
	assert_true(sa.sa_flags & SA_RESTART);
	assert_true(sa.sa_sigaction != NULL);
	/* SIGUSR1 is not the kick signal: untouched */
	assert_int_equal(sigaction(SIGUSR1, NULL, &sa), 0);
	assert_true(sa.sa_handler == SIG_DFL && !(sa.sa_flags & SA_SIGINFO));
	/* after the run it may change again */
	assert_int_equal(hsim_set_kick_signal(SIGUSR1), 0);
}

/* the caller blocks the kick signal (as a program taking its signals in a
 * thread of its own would block it with the others): the VM threads
 * unblock it for themselves */
static void test_blocked(void **state)
{
	(void)state;
	sigset_t set, old;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	assert_int_equal(pthread_sigmask(SIG_BLOCK, &set, &old), 0);
	double t = run_spin(8, 0.3);
	assert_true(t < 10.0);
	assert_int_equal(pthread_sigmask(SIG_SETMASK, &old, NULL), 0);
	struct sigaction sa;
	assert_int_equal(sigaction(SIGUSR1, NULL, &sa), 0);
	assert_true(sa.sa_flags & SA_RESTART);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_choice),
		cmocka_unit_test(test_handler),
		cmocka_unit_test(test_blocked),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
