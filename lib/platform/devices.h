/* The platform's device models: UART, timer and block device, mapped on a
 * VM's bus at the HSIM_DEV_* addresses (register maps in hsim/devices.h). */
#ifndef HSIM_LIB_PLATFORM_DEVICES_H
#define HSIM_LIB_PLATFORM_DEVICES_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu/sim.h"
#include "platform/platform.h"

struct devices_config {
	const char *block_path; /* disk file; NULL: no block device */
	bool block_writable;    /* open it read-write; else writes fail EROFS */
	/* replay: a block device without a file, of this many sectors (when
	 * block_path is NULL and block_replay set); what its reads return is
	 * replaced by the trace's inputs, its writes go nowhere */
	bool block_replay;
	uint64_t block_sectors;
	/* Called after a device wrote guest memory [addr, addr+len), so that
	 * the simulator drops code it decoded from there (sim_invalidate).
	 * May be NULL. */
	void (*mem_written)(void *ctx, uint64_t addr, uint64_t len);
	void *mem_ctx;
};

struct uart_dev {
	struct platform_vm *p;
	uint8_t ier, fcr, lcr, mcr, scr, dll, dlm;
};

struct timer_dev {
	struct platform_vm *p;
	uint64_t alarm;
};

struct block_dev {
	struct platform_vm *p;
	const struct sim_mem *mem;
	void (*mem_written)(void *ctx, uint64_t addr, uint64_t len);
	void *mem_ctx;
	int fd;             /* -1: no block device */
	bool writable;
	uint64_t capacity;  /* sectors */
	uint64_t sector, buffer, count;
	int64_t status;
	uint8_t *bounce;    /* one command's data on its way into the guest */
};

struct platform_devices {
	struct uart_dev uart;
	struct timer_dev timer;
	struct block_dev block;
};

/* Set up the devices of VM p and map them on p->bus; p and mem must outlive
 * d. Returns 0, -errno if the disk file cannot be opened or sized, -ENOMEM,
 * or HSIM_E_INVAL if the bus has no room or already maps the device window
 * (the bus is then unchanged). */
int devices_attach(struct platform_devices *d, struct platform_vm *p,
		   const struct sim_mem *mem, const struct devices_config *cfg);
/* The size in sectors the block device would have with this disk file
 * (as devices_attach opens it: -EINVAL for anything but a regular file or a
 * block device, -errno if it cannot be opened). */
int devices_disk_sectors(const char *path, uint64_t *sectors);
/* Close the disk file and free what attach allocated. The bus keeps its
 * regions: detach when the VM goes away. Safe after a failed attach. */
void devices_detach(struct platform_devices *d);

#endif
