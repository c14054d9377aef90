/* SIGINT, SIGTERM and SIGHUP during a run: blocked in every thread (the
 * threads made after sigwatch_start inherit the mask) and taken by one
 * watcher thread with sigwait, which calls the armed stop function; a
 * second signal ends hsim at once. A signal that is ignored when hsim
 * starts (nohup, background jobs) stays ignored. */
#ifndef HSIM_TOOLS_SIGWATCH_H
#define HSIM_TOOLS_SIGWATCH_H

int sigwatch_start(void);                          /* 0, or -1: no thread */
void sigwatch_arm(void (*stop)(void *ctx), void *ctx); /* NULL: disarm */
int sigwatch_signal(void);                         /* the first signal, or 0 */
/* Ends the watcher and unblocks the signals (from now on they act as
 * usual); returns sigwatch_signal(). */
int sigwatch_end(void);

#endif
