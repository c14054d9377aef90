/* Guest code checks: instructions hsim cannot simulate, or that this KVM
 * cannot trap at ring 3 (rdtsc, rdrand, AVX, ...). */
#ifndef HSIM_CHECK_H
#define HSIM_CHECK_H

#include <stdint.h>
#include <hsim/image.h>

#ifdef __cplusplus
extern "C" {
#endif

struct hsim_check_item {
	uint64_t addr;
	uint8_t bytes[15];
	unsigned len;
	const char *mnemonic; /* hsim's decoder: "rdtsc", "(vex)", "(bad)", ... */
	char text[80];        /* Capstone's disassembly, e.g. "vpxor xmm0, xmm0, xmm0" */
	const char *why;      /* short reason */
	char symbol[96];      /* "main+0x14" or "" */
	int patched;          /* not a problem: patched at load time and handled
	                       * by the monitor as an event (cpuid, rdtsc, ...) */
};

typedef void (*hsim_check_fn)(void *ctx, const struct hsim_check_item *item);

/* Linear sweep over every executable segment of img; calls fn (may be
 * NULL) for each instruction the simulator does not claim or that runs
 * untrapped in KVM, and for each the monitor patches (item->patched).
 * Returns the number of findings that are not patched (0: hsim runs the
 * guest exactly). */
int hsim_image_check(const struct hsim_image *img, hsim_check_fn fn, void *ctx);

/* The instruction of img at addr disassembled by Capstone ("mov eax, 1"),
 * from the image's own bytes (so a patched instruction shows as written).
 * Returns its length, 0 if addr is not in the image's code. */
int hsim_image_disasm(const struct hsim_image *img, uint64_t addr, char *buf, size_t n);

#ifdef __cplusplus
}
#endif
#endif
