/* Guest libc: time. All time is the VM's virtual time (hsim_time_ns), which
 * starts at 0 when the VM starts; there is no calendar. */
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

#ifdef __cplusplus
}
#endif
#endif
