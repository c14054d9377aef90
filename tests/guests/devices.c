/* Each platform device through the SDK's drivers (hsim/devices.h): lines out
 * of the UART, the timer advancing and its alarm, the block device's capacity
 * and a checksum of sector 0. Needs a disk file. Exit code = failures. */
#include <stdint.h>
#include <stdio.h>
#include <hsim/devices.h>

static uint8_t sector[HSIM_BLK_SECTOR_SIZE * 2];

static int failures;

static void say(const char *s)
{
	hsim_uart_puts(s);
}

static void check(const char *what, int ok)
{
	char line[128];
	snprintf(line, sizeof(line), "%s %s\n", ok ? "ok  " : "FAIL", what);
	say(line);
	failures += !ok;
}

/* FNV-1a, 32 bits: easy to recompute on the host (e.g. in Python). */
static uint32_t fnv1a(const uint8_t *p, unsigned n)
{
	uint32_t h = 2166136261u;
	unsigned i;
	for (i = 0; i < n; i++)
		h = (h ^ p[i]) * 16777619u;
	return h;
}

int main(void)
{
	char line[128];
	uint64_t t0, t1, cap;
	unsigned i;
	int r;

	say("devices: hello through the uart\n");

	t0 = hsim_timer_now();
	t1 = hsim_timer_now();
	check("timer advances", t1 > t0);
	check("timer frequency 1 GHz", hsim_timer_freq() == HSIM_TIMER_HZ);
	hsim_timer_wait_ns(10000);
	check("alarm waits", hsim_timer_now() >= t1 + 10000);

	cap = hsim_blk_capacity();
	snprintf(line, sizeof(line), "devices: capacity %llu sectors%s\n",
		 (unsigned long long)cap, hsim_blk_writable() ? ", writable" : "");
	say(line);
	check("disk has sectors", cap > 0);
	if (cap > 0) {
		for (i = 0; i < sizeof(sector); i++)
			sector[i] = 0xee;
		r = hsim_blk_read(0, sector, 1);
		check("read sector 0", r == 0);
		check("read stops at one sector", sector[HSIM_BLK_SECTOR_SIZE] == 0xee);
		snprintf(line, sizeof(line), "devices: sector 0 fnv1a 0x%08x\n",
			 (unsigned)fnv1a(sector, HSIM_BLK_SECTOR_SIZE));
		say(line);
		check("past the end refused", hsim_blk_read(cap, sector, 1) == HSIM_BLK_ERANGE);
		check("wild buffer refused",
		      hsim_blk_read(0, (void *)(uintptr_t)0x1000, 1) == HSIM_BLK_EFAULT);
		if (!hsim_blk_writable())
			check("read-only refuses writes", hsim_blk_write(0, sector, 1) == HSIM_BLK_EROFS);
	}

	snprintf(line, sizeof(line), "devices: %d failures\n", failures);
	say(line);
	return failures;
}
