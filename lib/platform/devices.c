/* Device models behind the platform bus: a 16550-style UART for output, a
 * timer on the virtual clock, and a block device backed by a host file.
 * Register maps are in include/hsim/devices.h. Every value a read hands the
 * guest is taken through platform_in_time or platform_in_device, where the
 * recorder and replay hook in. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <hsim/error.h>
#define HSIM_DEVICES_NO_DRIVERS
#include <hsim/devices.h>
#include "devices.h"

/* Hand a register value to the guest through the platform's input function,
 * as the little-endian bytes the guest reads, so that replay can replace
 * them. */
static uint64_t reg_in(struct platform_vm *p, uint64_t addr, unsigned len, uint64_t v)
{
	uint8_t b[8];
	for (unsigned i = 0; i < len; i++)
		b[i] = (uint8_t)(v >> (8 * i));
	platform_in_device(p, addr, b, len);
	v = 0;
	for (unsigned i = 0; i < len; i++)
		v |= (uint64_t)b[i] << (8 * i);
	return v;
}

/* ---- UART ------------------------------------------------------------------ */

static int uart_read(void *dev, uint64_t off, unsigned len, uint64_t *val)
{
	struct uart_dev *u = dev;
	bool dlab = u->lcr & HSIM_UART_LCR_DLAB;
	uint8_t v;

	if (len != 1)
		return HSIM_E_INVAL;
	switch (off) {
	case HSIM_UART_RBR: /* also DLL */
		v = dlab ? u->dll : 0;
		break;
	case HSIM_UART_IER: /* also DLM */
		v = dlab ? u->dlm : u->ier;
		break;
	case HSIM_UART_IIR:
		v = HSIM_UART_IIR_NONE | (u->fcr & HSIM_UART_FCR_ENABLE ? HSIM_UART_IIR_FIFO : 0);
		break;
	case HSIM_UART_LCR:
		v = u->lcr;
		break;
	case HSIM_UART_MCR:
		v = u->mcr;
		break;
	case HSIM_UART_LSR:
		/* The console takes every byte at once: the transmitter is
		 * always empty. */
		v = HSIM_UART_LSR_THRE | HSIM_UART_LSR_TEMT;
		break;
	case HSIM_UART_MSR:
		v = HSIM_UART_MSR_VALUE;
		break;
	case HSIM_UART_SCR:
		v = u->scr;
		break;
	default:
		return HSIM_E_INVAL;
	}
	*val = reg_in(u->p, HSIM_DEV_UART + off, 1, v);
	return 0;
}

static int uart_write(void *dev, uint64_t off, unsigned len, uint64_t val)
{
	struct uart_dev *u = dev;
	bool dlab = u->lcr & HSIM_UART_LCR_DLAB;
	uint8_t v = (uint8_t)val;

	if (len != 1)
		return HSIM_E_INVAL;
	switch (off) {
	case HSIM_UART_THR:
		if (dlab)
			u->dll = v;
		else
			platform_console_write(u->p, 1, &v, 1);
		return 0;
	case HSIM_UART_IER:
		if (dlab)
			u->dlm = v;
		else
			u->ier = v;
		return 0;
	case HSIM_UART_FCR:
		/* The reset bits (1, 2) clear FIFOs that are always empty. */
		u->fcr = v & ~0x06u;
		return 0;
	case HSIM_UART_LCR:
		u->lcr = v;
		return 0;
	case HSIM_UART_MCR:
		u->mcr = v;
		return 0;
	case HSIM_UART_SCR:
		u->scr = v;
		return 0;
	default: /* LSR and MSR are read-only */
		return HSIM_E_INVAL;
	}
}

static const struct bus_ops uart_ops = { uart_read, uart_write };

/* ---- timer ----------------------------------------------------------------- */

static int timer_read(void *dev, uint64_t off, unsigned len, uint64_t *val)
{
	struct timer_dev *t = dev;
	uint64_t v;

	if (len != 8)
		return HSIM_E_INVAL;
	switch (off) {
	case HSIM_TIMER_NOW:
		*val = platform_in_time(t->p);
		return 0;
	case HSIM_TIMER_FREQ:
		v = HSIM_TIMER_HZ;
		break;
	case HSIM_TIMER_ALARM:
		v = t->alarm;
		break;
	case HSIM_TIMER_STATUS:
		/* Decided on the clock the guest sees, read now; with a
		 * fixed-step clock every poll moves time on, so a polling
		 * loop ends. */
		v = 0;
		if (t->alarm) {
			v |= HSIM_TIMER_ARMED;
			if (platform_in_time(t->p) >= t->alarm)
				v |= HSIM_TIMER_EXPIRED;
		}
		break;
	default:
		return HSIM_E_INVAL;
	}
	*val = reg_in(t->p, HSIM_DEV_TIMER + off, 8, v);
	return 0;
}

static int timer_write(void *dev, uint64_t off, unsigned len, uint64_t val)
{
	struct timer_dev *t = dev;

	if (len != 8 || off != HSIM_TIMER_ALARM)
		return HSIM_E_INVAL;
	t->alarm = val;
	return 0;
}

static const struct bus_ops timer_ops = { timer_read, timer_write };

/* ---- block device ---------------------------------------------------------- */

static int64_t block_read_file(struct block_dev *k, uint64_t off, uint64_t len)
{
	uint64_t done = 0;
	if (k->fd < 0) { /* replay: the trace's bytes come below */
		memset(k->bounce, 0, len);
		done = len;
	}
	while (done < len) {
		ssize_t n = pread(k->fd, k->bounce + done, len - done, (off_t)(off + done));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) /* an error, or the file shrank under us */
			return HSIM_BLK_EIO;
		done += (uint64_t)n;
	}
	/* Recorded as an input; in replay the trace's bytes take their place. */
	platform_in_device(k->p, k->buffer, k->bounce, len);
	memcpy(k->mem->base + k->buffer, k->bounce, len);
	if (k->mem_written)
		k->mem_written(k->mem_ctx, k->buffer, len);
	return HSIM_BLK_OK;
}

static int64_t block_write_file(struct block_dev *k, uint64_t off, uint64_t len)
{
	const uint8_t *src = k->mem->base + k->buffer;
	uint64_t done = k->fd < 0 ? len : 0; /* replay: the recording wrote it */
	while (done < len) {
		ssize_t n = pwrite(k->fd, src + done, len - done, (off_t)(off + done));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return HSIM_BLK_EIO;
		done += (uint64_t)n;
	}
	return HSIM_BLK_OK;
}

static int64_t block_command(struct block_dev *k, uint64_t cmd)
{
	if ((cmd != HSIM_BLK_CMD_READ && cmd != HSIM_BLK_CMD_WRITE) ||
	    !k->count || k->count > HSIM_BLK_MAX_COUNT)
		return HSIM_BLK_EINVAL;
	if (cmd == HSIM_BLK_CMD_WRITE && !k->writable)
		return HSIM_BLK_EROFS;
	if (k->sector >= k->capacity || k->count > k->capacity - k->sector)
		return HSIM_BLK_ERANGE;
	uint64_t len = k->count * HSIM_BLK_SECTOR_SIZE;
	if (!guest_range_ok(k->mem, k->buffer, len))
		return HSIM_BLK_EFAULT;
	uint64_t off = k->sector * HSIM_BLK_SECTOR_SIZE;
	return cmd == HSIM_BLK_CMD_READ ? block_read_file(k, off, len) : block_write_file(k, off, len);
}

static int block_read(void *dev, uint64_t off, unsigned len, uint64_t *val)
{
	struct block_dev *k = dev;
	uint64_t v;

	if (len != 8)
		return HSIM_E_INVAL;
	switch (off) {
	case HSIM_BLK_SECTOR:
		v = k->sector;
		break;
	case HSIM_BLK_BUFFER:
		v = k->buffer;
		break;
	case HSIM_BLK_COUNT:
		v = k->count;
		break;
	case HSIM_BLK_STATUS:
		v = (uint64_t)k->status;
		break;
	case HSIM_BLK_CAPACITY:
		v = k->capacity;
		break;
	case HSIM_BLK_FLAGS:
		v = k->writable ? HSIM_BLK_FLAG_WRITABLE : 0;
		break;
	default: /* CMD is write-only */
		return HSIM_E_INVAL;
	}
	*val = reg_in(k->p, HSIM_DEV_BLOCK + off, 8, v);
	return 0;
}

static int block_write(void *dev, uint64_t off, unsigned len, uint64_t val)
{
	struct block_dev *k = dev;

	if (len != 8)
		return HSIM_E_INVAL;
	switch (off) {
	case HSIM_BLK_SECTOR:
		k->sector = val;
		return 0;
	case HSIM_BLK_BUFFER:
		k->buffer = val;
		return 0;
	case HSIM_BLK_COUNT:
		k->count = val;
		return 0;
	case HSIM_BLK_CMD:
		/* A failed transfer is the guest's to see in STATUS, not a
		 * fault: the register access itself was fine. */
		k->status = block_command(k, val);
		return 0;
	default: /* STATUS, CAPACITY and FLAGS are read-only */
		return HSIM_E_INVAL;
	}
}

static const struct bus_ops block_ops = { block_read, block_write };

/* ---- setup ----------------------------------------------------------------- */

/* Opens a disk: a regular file or a block device (a FIFO, a directory: no
 * sectors to address, and opening a FIFO would wait for a writer), and its
 * size in whole sectors (a partial last one cannot be addressed). */
static int disk_open(const char *path, bool writable, int *fd_out, uint64_t *sectors)
{
	struct stat sb;
	if (stat(path, &sb) < 0)
		return -errno;
	if (!S_ISREG(sb.st_mode) && !S_ISBLK(sb.st_mode))
		return -EINVAL;
	int fd = open(path, (writable ? O_RDWR : O_RDONLY) | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return -errno;
	int e = fstat(fd, &sb) < 0 ? -errno : 0;
	if (!e && !S_ISREG(sb.st_mode) && !S_ISBLK(sb.st_mode))
		e = -EINVAL; /* replaced since the stat */
	/* Works for block devices too, whose st_size is 0. */
	off_t end = e ? 0 : lseek(fd, 0, SEEK_END);
	if (!e && end < 0)
		e = -errno;
	if (e) {
		close(fd);
		return e;
	}
	*fd_out = fd;
	*sectors = (uint64_t)end / HSIM_BLK_SECTOR_SIZE;
	return 0;
}

int devices_disk_sectors(const char *path, uint64_t *sectors)
{
	int fd, e = disk_open(path, false, &fd, sectors);
	if (e == 0)
		close(fd);
	return e;
}

static int block_open(struct block_dev *k, const char *path, bool writable)
{
	int fd, e = disk_open(path, writable, &fd, &k->capacity);
	if (e < 0)
		return e;
	k->bounce = malloc(HSIM_BLK_MAX_COUNT * HSIM_BLK_SECTOR_SIZE);
	if (!k->bounce) {
		close(fd);
		return -ENOMEM;
	}
	k->fd = fd;
	k->writable = writable;
	return 0;
}

int devices_attach(struct platform_devices *d, struct platform_vm *p,
		   const struct sim_mem *mem, const struct devices_config *cfg)
{
	const struct bus_region r[3] = {
		{ "uart", HSIM_DEV_UART, HSIM_DEV_PAGE, &uart_ops, &d->uart },
		{ "timer", HSIM_DEV_TIMER, HSIM_DEV_PAGE, &timer_ops, &d->timer },
		{ "block", HSIM_DEV_BLOCK, HSIM_DEV_PAGE, &block_ops, &d->block },
	};
	unsigned n = cfg && (cfg->block_path || cfg->block_replay) ? 3 : 2;

	memset(d, 0, sizeof(*d));
	d->block.fd = -1;
	if (!p || !mem)
		return HSIM_E_INVAL;
	/* Check first so that a failure leaves the bus as it was: the bus
	 * cannot unmap. */
	if (p->bus.n + n > BUS_MAX_REGIONS)
		return HSIM_E_INVAL;
	for (unsigned i = 0; i < n; i++)
		if (bus_claims(&p->bus, r[i].base, r[i].size))
			return HSIM_E_INVAL;

	d->uart.p = p;
	d->timer.p = p;
	d->block.p = p;
	d->block.mem = mem;
	if (n == 3) {
		int e = 0;
		if (cfg->block_path)
			e = block_open(&d->block, cfg->block_path, cfg->block_writable);
		else if (!(d->block.bounce = malloc(HSIM_BLK_MAX_COUNT * HSIM_BLK_SECTOR_SIZE)))
			e = -ENOMEM;
		else {
			d->block.writable = cfg->block_writable;
			d->block.capacity = cfg->block_sectors;
		}
		if (e < 0)
			return e;
		d->block.mem_written = cfg->mem_written;
		d->block.mem_ctx = cfg->mem_ctx;
	}
	for (unsigned i = 0; i < n; i++) {
		int e = bus_map(&p->bus, &r[i]);
		if (e < 0) { /* cannot happen after the checks above */
			devices_detach(d);
			return e;
		}
	}
	return 0;
}

void devices_detach(struct platform_devices *d)
{
	if (d->block.fd >= 0)
		close(d->block.fd);
	d->block.fd = -1;
	free(d->block.bounce);
	d->block.bounce = NULL;
}
