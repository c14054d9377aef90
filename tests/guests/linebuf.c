/* Linked into every test guest of Makefile.am's GUESTS: stdout line
 * buffered as on a terminal, whatever hsim's stdout is, so that each line
 * is a hypercall and output before a fault or a time limit comes out. The
 * tests count these guests' exits, events and checkpoints and look for
 * those lines; the SDK's default (fully buffered when not a terminal, as
 * glibc's) is what tests/kvm/sdk.sh checks against native programs. */
#include <stdio.h>

__attribute__((constructor)) static void line_buffered_stdout(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
}
