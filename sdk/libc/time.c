/* Guest libc: clocks over the VM's virtual time. */
#include <errno.h>
#include <hsim/guest.h>
#include <time.h>

clock_t clock(void)
{
	return (clock_t)(hsim_time_ns() / (1000000000u / CLOCKS_PER_SEC));
}

time_t time(time_t *t)
{
	time_t now = (time_t)(hsim_time_ns() / 1000000000u);

	if (t)
		*t = now;
	return now;
}

int clock_gettime(clockid_t id, struct timespec *ts)
{
	uint64_t ns;

	if (id < CLOCK_REALTIME || id > CLOCK_THREAD_CPUTIME_ID) {
		errno = EINVAL;
		return -1;
	}
	ns = hsim_time_ns();
	ts->tv_sec = (time_t)(ns / 1000000000u);
	ts->tv_nsec = (long)(ns % 1000000000u);
	return 0;
}

double difftime(time_t a, time_t b)
{
	return (double)(a - b);
}
