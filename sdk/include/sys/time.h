/* Guest libc: gettimeofday over the VM's clock (time.h's, hsim_time_ns:
 * one VM exit per read). The time zone is UTC. */
#ifndef HSIM_LIBC_SYS_TIME_H
#define HSIM_LIBC_SYS_TIME_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

int gettimeofday(struct timeval *__restrict tv, void *__restrict tz);

/* the BSD macros glibc has */
#define timerisset(t) ((t)->tv_sec || (t)->tv_usec)
#define timerclear(t) ((t)->tv_sec = (t)->tv_usec = 0)
#define timercmp(a, b, CMP) \
	((a)->tv_sec == (b)->tv_sec ? (a)->tv_usec CMP (b)->tv_usec : (a)->tv_sec CMP (b)->tv_sec)
#define timeradd(a, b, r)                                          \
	do {                                                       \
		(r)->tv_sec = (a)->tv_sec + (b)->tv_sec;           \
		(r)->tv_usec = (a)->tv_usec + (b)->tv_usec;        \
		if ((r)->tv_usec >= 1000000) {                     \
			++(r)->tv_sec;                             \
			(r)->tv_usec -= 1000000;                   \
		}                                                  \
	} while (0)
#define timersub(a, b, r)                                          \
	do {                                                       \
		(r)->tv_sec = (a)->tv_sec - (b)->tv_sec;           \
		(r)->tv_usec = (a)->tv_usec - (b)->tv_usec;        \
		if ((r)->tv_usec < 0) {                            \
			--(r)->tv_sec;                             \
			(r)->tv_usec += 1000000;                   \
		}                                                  \
	} while (0)

#ifdef __cplusplus
}
#endif
#endif
