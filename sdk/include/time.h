/* Guest libc: time. All time is the VM's virtual time (hsim_time_ns), which
 * starts at 0 when the VM starts. As a calendar it counts from the epoch,
 * 1970-01-01 00:00:00 UTC; the local time zone is UTC. */
#ifndef HSIM_LIBC_TIME_H
#define HSIM_LIBC_TIME_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef HSIM_LIBC_TIME_T
#define HSIM_LIBC_TIME_T
typedef long clock_t;
typedef long time_t;
#endif
typedef int clockid_t;

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

#define CLOCKS_PER_SEC 1000000L
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3

clock_t clock(void);                 /* microseconds of virtual time */
time_t time(time_t *t);              /* seconds of virtual time */
int clock_gettime(clockid_t id, struct timespec *ts);
double difftime(time_t a, time_t b);


struct tm {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
	long tm_gmtoff;
	const char *tm_zone;
};

struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *__restrict t, struct tm *__restrict tm);
struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *__restrict t, struct tm *__restrict tm);
time_t mktime(struct tm *tm);
time_t timegm(struct tm *tm);
char *asctime(const struct tm *tm);
char *asctime_r(const struct tm *__restrict tm, char *__restrict buf);
char *ctime(const time_t *t);
char *ctime_r(const time_t *t, char *buf);
size_t strftime(char *__restrict s, size_t max, const char *__restrict fmt,
		const struct tm *__restrict tm);

/* Waits on the VM's clock, reading it in a loop: each read is a VM exit,
 * and with --clock-step NS the clock moves NS a read, so a wait of T is
 * T / NS exits; a recording replays the same reads (time.c). */
int nanosleep(const struct timespec *req, struct timespec *rem);

#ifdef __cplusplus
}
#endif

#endif
