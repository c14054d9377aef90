/* The platform bus: a short table of device regions, looked up per access. */
#include <stddef.h>
#include <hsim/error.h>
#include "bus.h"

static int overlaps(uint64_t a, uint64_t an, uint64_t b, uint64_t bn)
{
	return a < b + bn && b < a + an;
}

int bus_map(struct bus *b, const struct bus_region *r)
{
	if (b->n == BUS_MAX_REGIONS || !r->size || r->base + r->size < r->base || !r->ops)
		return HSIM_E_INVAL;
	for (unsigned i = 0; i < b->n; i++)
		if (overlaps(b->r[i].base, b->r[i].size, r->base, r->size))
			return HSIM_E_INVAL;
	b->r[b->n++] = *r;
	return 0;
}

const struct bus_region *bus_find(const struct bus *b, uint64_t addr, unsigned len)
{
	for (unsigned i = 0; i < b->n; i++) {
		const struct bus_region *r = &b->r[i];
		if (addr >= r->base && addr - r->base < r->size && len <= r->size - (addr - r->base))
			return r;
	}
	return NULL;
}

int bus_claims(const struct bus *b, uint64_t addr, uint64_t len)
{
	for (unsigned i = 0; i < b->n; i++)
		if (overlaps(b->r[i].base, b->r[i].size, addr, len ? len : 1))
			return 1;
	return 0;
}

int bus_read(const struct bus *b, uint64_t addr, unsigned len, uint64_t *val)
{
	const struct bus_region *r = bus_find(b, addr, len);
	*val = 0;
	if (!r || !r->ops->read)
		return HSIM_E_INVAL;
	return r->ops->read(r->dev, addr - r->base, len, val);
}

int bus_write(const struct bus *b, uint64_t addr, unsigned len, uint64_t val)
{
	const struct bus_region *r = bus_find(b, addr, len);
	if (!r || !r->ops->write)
		return HSIM_E_INVAL;
	return r->ops->write(r->dev, addr - r->base, len, val);
}
