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

/* ---- the calendar (proleptic Gregorian, UTC) ---------------------------- */

#include <limits.h>
#include <stdio.h>
#include <string.h>

static const char *const wday_name[7] = { "Sunday", "Monday", "Tuesday", "Wednesday",
					   "Thursday", "Friday", "Saturday" };
static const char *const mon_name[12] = { "January", "February", "March", "April", "May",
					   "June", "July", "August", "September", "October",
					   "November", "December" };

static int leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* days from 1970-01-01 to y-m-d (m 1..12), in 400-year eras */
static long days_from_civil(long y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	long days = *t / 86400, secs = *t % 86400, y;
	int m, d;

	if (secs < 0) {
		secs += 86400;
		days--;
	}
	civil_from_days(days, &y, &m, &d);
	if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return NULL;
	}
	tm->tm_year = (int)(y - 1900);
	tm->tm_mon = m - 1;
	tm->tm_mday = d;
	tm->tm_hour = (int)(secs / 3600);
	tm->tm_min = (int)(secs / 60 % 60);
	tm->tm_sec = (int)(secs % 60);
	tm->tm_wday = (int)(((days % 7) + 11) % 7); /* 1970-01-01 was a Thursday */
	tm->tm_yday = (int)(days - days_from_civil(y, 1, 1));
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "UTC";
	return tm;
}

struct tm *gmtime(const time_t *t)
{
	static struct tm tm;

	return gmtime_r(t, &tm);
}

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	return gmtime_r(t, tm);
}

struct tm *localtime(const time_t *t)
{
	return gmtime(t);
}

/* Normalises the fields (any out of range carry into the next) and fills
 * in tm_wday and tm_yday. */
time_t timegm(struct tm *tm)
{
	long mon = tm->tm_mon, y = tm->tm_year + 1900L + mon / 12;
	time_t t;

	mon %= 12;
	if (mon < 0) {
		mon += 12;
		y--;
	}
	t = (time_t)days_from_civil(y, (int)mon + 1, 1) + tm->tm_mday - 1;
	t = t * 86400 + tm->tm_hour * 3600L + tm->tm_min * 60L + tm->tm_sec;
	if (!gmtime_r(&t, tm))
		return (time_t)-1;
	return t;
}

time_t mktime(struct tm *tm)
{
	return timegm(tm); /* local time is UTC */
}

char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	/* the C standard's format: 26 bytes for four-digit years; buf must
	 * have room for 32, enough for every year up to 99999999 */
	char tmp[80];
	int n = snprintf(tmp, sizeof tmp, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n",
			 tm->tm_wday >= 0 && tm->tm_wday < 7 ? wday_name[tm->tm_wday] : "???",
			 tm->tm_mon >= 0 && tm->tm_mon < 12 ? mon_name[tm->tm_mon] : "???",
			 tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);

	if (n < 0 || n >= 32) {
		errno = EOVERFLOW;
		return NULL;
	}
	memcpy(buf, tmp, (size_t)n + 1);
	return buf;
}

char *asctime(const struct tm *tm)
{
	static char buf[32];

	return asctime_r(tm, buf);
}

char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;

	return gmtime_r(t, &tm) ? asctime_r(&tm, buf) : NULL;
}

char *ctime(const time_t *t)
{
	return asctime(localtime(t));
}

/* ISO 8601 week-based year and week number */
static int iso_week(const struct tm *tm, long *year)
{
	long y = tm->tm_year + 1900L;
	int wday = (tm->tm_wday + 6) % 7; /* Monday 0 */
	int w = (tm->tm_yday - wday + 10) / 7;

	if (w < 1) {
		/* the last week of the year before */
		int pyd = tm->tm_yday + 365 + leap(y - 1);
		y--;
		w = (pyd - wday + 10) / 7;
	} else if (w == 53) {
		/* week 1 of the next year, unless this year has 53 weeks */
		int jan1 = (wday - tm->tm_yday % 7 + 7 + 7 * 53) % 7; /* Monday 0 */
		int weeks53 = jan1 == 3 || (jan1 == 2 && leap(y));
		if (!weeks53) {
			w = 1;
			y++;
		}
	}
	*year = y;
	return w;
}

struct out {
	char *s;
	size_t n, max;
};

static void put(struct out *o, const char *p, size_t k)
{
	for (; k; k--, p++) {
		if (o->n + 1 < o->max)
			o->s[o->n] = *p;
		o->n++;
	}
}

static void putf(struct out *o, const char *fmt, long v)
{
	char b[32];
	int k = snprintf(b, sizeof b, fmt, v);

	put(o, b, (size_t)k);
}

static const char *name(const char *const *names, int i, int n)
{
	return i >= 0 && i < n ? names[i] : "?";
}

static void fmt_tm(struct out *o, const char *f, const struct tm *tm);

static void conv(struct out *o, char c, const struct tm *tm)
{
	long y;
	int hour12 = tm->tm_hour % 12 ? tm->tm_hour % 12 : 12;

	switch (c) {
	case 'a': put(o, name(wday_name, tm->tm_wday, 7), 3); break;
	case 'A': { const char *n = name(wday_name, tm->tm_wday, 7); put(o, n, strlen(n)); break; }
	case 'b': case 'h': put(o, name(mon_name, tm->tm_mon, 12), 3); break;
	case 'B': { const char *n = name(mon_name, tm->tm_mon, 12); put(o, n, strlen(n)); break; }
	case 'c': fmt_tm(o, "%a %b %e %H:%M:%S %Y", tm); break;
	case 'C': /* floor(year / 100), unpadded, as glibc prints it */
		y = tm->tm_year + 1900L;
		putf(o, "%ld", y >= 0 ? y / 100 : -((-y + 99) / 100));
		break;
	case 'd': putf(o, "%02ld", tm->tm_mday); break;
	case 'D': fmt_tm(o, "%m/%d/%y", tm); break;
	case 'e': putf(o, "%2ld", tm->tm_mday); break;
	case 'F': fmt_tm(o, "%Y-%m-%d", tm); break;
	case 'g': iso_week(tm, &y); putf(o, "%02ld", ((y % 100) + 100) % 100); break;
	case 'G': iso_week(tm, &y); putf(o, "%ld", y); break;
	case 'H': putf(o, "%02ld", tm->tm_hour); break;
	case 'I': putf(o, "%02ld", hour12); break;
	case 'j': putf(o, "%03ld", tm->tm_yday + 1L); break;
	case 'm': putf(o, "%02ld", tm->tm_mon + 1L); break;
	case 'M': putf(o, "%02ld", tm->tm_min); break;
	case 'n': put(o, "\n", 1); break;
	case 'p': put(o, tm->tm_hour < 12 ? "AM" : "PM", 2); break;
	case 'r': fmt_tm(o, "%I:%M:%S %p", tm); break;
	case 'R': fmt_tm(o, "%H:%M", tm); break;
	case 's': { struct tm c2 = *tm; putf(o, "%ld", (long)timegm(&c2)); break; }
	case 'S': putf(o, "%02ld", tm->tm_sec); break;
	case 't': put(o, "\t", 1); break;
	case 'T': fmt_tm(o, "%H:%M:%S", tm); break;
	case 'u': putf(o, "%ld", tm->tm_wday ? tm->tm_wday : 7L); break;
	case 'U': putf(o, "%02ld", (tm->tm_yday + 7L - tm->tm_wday) / 7); break;
	case 'V': putf(o, "%02ld", iso_week(tm, &y)); break;
	case 'w': putf(o, "%ld", tm->tm_wday); break;
	case 'W': putf(o, "%02ld", (tm->tm_yday + 7L - (tm->tm_wday + 6) % 7) / 7); break;
	case 'x': fmt_tm(o, "%m/%d/%y", tm); break;
	case 'X': fmt_tm(o, "%H:%M:%S", tm); break;
	case 'y': putf(o, "%02ld", ((tm->tm_year + 1900L) % 100 + 100) % 100); break;
	case 'Y': putf(o, "%ld", tm->tm_year + 1900L); break;
	case 'z': put(o, "+0000", 5); break;
	case 'Z': put(o, "UTC", 3); break;
	case '%': put(o, "%", 1); break;
	default: /* unknown: copied as it is */
		put(o, "%", 1);
		put(o, &c, 1);
		break;
	}
}

static void fmt_tm(struct out *o, const char *f, const struct tm *tm)
{
	for (; *f; f++) {
		if (*f != '%' || !f[1]) {
			put(o, f, 1);
			continue;
		}
		f++;
		if ((*f == 'E' || *f == 'O') && f[1]) /* the C locale's are the plain ones */
			f++;
		conv(o, *f, tm);
	}
}

/* The result and its terminator must fit in max bytes; otherwise 0. */
size_t strftime(char *restrict s, size_t max, const char *restrict fmt,
		const struct tm *restrict tm)
{
	struct out o = { s, 0, max };

	fmt_tm(&o, fmt, tm);
	if (o.n + 1 > max)
		return 0;
	s[o.n] = '\0';
	return o.n;
}

/* ---- sleeping, gettimeofday ---------------------------------------------- */

#include <sys/time.h>

/* A guest has nothing else to run, so a sleep reads the clock until it
 * has passed: each read is a VM exit (50-350 us, so some 3,000 reads a
 * second of sleep on the host's clock). With --clock-step NS the clock
 * moves NS a read and only then, so a sleep of T costs T / NS exits
 * (sleep(1) with a 1 us step: a million). A recording replays the reads
 * one for one, so recording and replay agree either way. */
int nanosleep(const struct timespec *req, struct timespec *rem)
{
	uint64_t end;

	(void)rem; /* never interrupted: no signal arrives while it waits */
	if (!req || req->tv_nsec < 0 || req->tv_nsec > 999999999 || req->tv_sec < 0) {
		errno = EINVAL;
		return -1;
	}
	end = hsim_time_ns();
	if ((uint64_t)req->tv_sec > (UINT64_MAX - end) / 1000000000u)
		end = UINT64_MAX;
	else
		end += (uint64_t)req->tv_sec * 1000000000u + (uint64_t)req->tv_nsec;
	while (hsim_time_ns() < end) {
	}
	return 0;
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
	uint64_t ns = hsim_time_ns();
	struct timeval *t = tv;

	__asm__("" : "+r"(t)); /* glibc's header says nonnull; a guest may pass NULL */
	if (t) {
		t->tv_sec = (time_t)(ns / 1000000000u);
		t->tv_usec = (suseconds_t)(ns / 1000u % 1000000u);
	}
	if (tz) { /* obsolete: UTC, no DST */
		struct timezone *z = tz;
		z->tz_minuteswest = 0;
		z->tz_dsttime = 0;
	}
	return 0;
}
