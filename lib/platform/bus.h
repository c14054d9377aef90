/* The platform bus: device models mapped at guest-physical ranges, served
 * to every engine alike (the simulator executes the accessing instruction,
 * the bus answers it). */
#ifndef HSIM_LIB_PLATFORM_BUS_H
#define HSIM_LIB_PLATFORM_BUS_H

#include <stdint.h>

/* A device's register access. off is relative to the region's base; len is
 * 1, 2, 4 or 8. Return 0, or a negative code: the access then faults in the
 * guest (#PF), as an access to a hole in the bus does. */
struct bus_ops {
	int (*read)(void *dev, uint64_t off, unsigned len, uint64_t *val);
	int (*write)(void *dev, uint64_t off, unsigned len, uint64_t val);
};

struct bus_region {
	const char *name;
	uint64_t base, size;
	const struct bus_ops *ops;
	void *dev;
};

#define BUS_MAX_REGIONS 16
struct bus {
	unsigned n;
	struct bus_region r[BUS_MAX_REGIONS];
};

/* Map a region; HSIM_E_INVAL if it overlaps another or the bus is full. */
int bus_map(struct bus *b, const struct bus_region *r);
/* The region holding all of [addr, addr+len), or NULL. */
const struct bus_region *bus_find(const struct bus *b, uint64_t addr, unsigned len);
/* Does any region touch [addr, addr+len)? */
int bus_claims(const struct bus *b, uint64_t addr, uint64_t len);
int bus_read(const struct bus *b, uint64_t addr, unsigned len, uint64_t *val);
int bus_write(const struct bus *b, uint64_t addr, unsigned len, uint64_t val);

#endif
