/* The signal watcher of `hsim run` and `hsim replay` (sigwatch.h). */
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <unistd.h>

#include "sigwatch.h"

static sigset_t sigs;
static pthread_t watcher;
static atomic_int got_signal;
static pthread_mutex_t arm_lock = PTHREAD_MUTEX_INITIALIZER;
static void (*stop_fn)(void *);
static void *stop_ctx;

static void *watch(void *arg)
{
	(void)arg;
	for (;;) {
		int sig;
		if (sigwait(&sigs, &sig) != 0)
			continue;
		if (sig == SIGUSR2)
			return NULL; /* the run is over (not pthread_cancel: sanitizers
				      * mis-handle a thread cancelled in sigwait) */
		int first = 0;
		if (!atomic_compare_exchange_strong(&got_signal, &first, sig)) {
			static const char msg[] = "hsim: second signal, exiting now\n";
			if (write(2, msg, sizeof(msg) - 1) < 0) {
				/* nothing more to do */
			}
			_exit(128 + sig);
		}
		pthread_mutex_lock(&arm_lock);
		if (stop_fn)
			stop_fn(stop_ctx);
		pthread_mutex_unlock(&arm_lock);
	}
	return NULL;
}

int sigwatch_start(void)
{
	static const int stop_sigs[] = { SIGINT, SIGTERM, SIGHUP };
	sigemptyset(&sigs);
	for (unsigned i = 0; i < sizeof(stop_sigs) / sizeof(stop_sigs[0]); i++) {
		struct sigaction old;
		if (sigaction(stop_sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaddset(&sigs, stop_sigs[i]);
	}
	sigaddset(&sigs, SIGUSR2); /* tells the watcher to end */
	pthread_sigmask(SIG_BLOCK, &sigs, NULL);
	if (pthread_create(&watcher, NULL, watch, NULL) != 0) {
		pthread_sigmask(SIG_UNBLOCK, &sigs, NULL);
		return -1;
	}
	return 0;
}

/* A signal that came before the stop function was armed calls it now. */
void sigwatch_arm(void (*stop)(void *ctx), void *ctx)
{
	pthread_mutex_lock(&arm_lock);
	stop_fn = stop;
	stop_ctx = ctx;
	if (stop && atomic_load(&got_signal))
		stop(ctx);
	pthread_mutex_unlock(&arm_lock);
}

int sigwatch_signal(void)
{
	return atomic_load(&got_signal);
}

int sigwatch_end(void)
{
	sigwatch_arm(NULL, NULL);
	pthread_kill(watcher, SIGUSR2);
	pthread_join(watcher, NULL);
	pthread_sigmask(SIG_UNBLOCK, &sigs, NULL);
	return atomic_load(&got_signal);
}
