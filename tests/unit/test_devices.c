/* Device model unit tests: the UART, timer and block device through the bus,
 * as the simulator will drive them, with a temp file as the disk. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <hsim/abi.h>
#include <hsim/error.h>
#define HSIM_DEVICES_NO_DRIVERS
#include <hsim/devices.h>
#include "platform/devices.h"

#define MEM (8u << 20)
#define SECTORS 6
#define SEC HSIM_BLK_SECTOR_SIZE
#define BUF 0x300000u

struct fixture {
	uint8_t *mem;
	struct sim_mem m;
	struct console con;
	struct platform_vm p;
	struct platform_devices d;
	struct devices_config cfg;
	char path[64];
	/* console */
	char out[256];
	size_t out_len;
	int out_calls, out_fd;
	/* mem_written */
	int written_calls;
	uint64_t written_addr, written_len;
	/* platform_in_device, through the linker's --wrap */
	int in_calls;
	uint64_t in_addr;
	size_t in_len;
	int replace; /* fill device inputs with 0x5a, as replay would */
};

/* Every test's platform_vm lives in a fixture, so the wrap finds its own. */
void __real_platform_in_device(struct platform_vm *p, uint64_t addr, void *data, size_t len);
void __wrap_platform_in_device(struct platform_vm *p, uint64_t addr, void *data, size_t len);
void __wrap_platform_in_device(struct platform_vm *p, uint64_t addr, void *data, size_t len)
{
	struct fixture *f = (struct fixture *)((char *)p - offsetof(struct fixture, p));
	__real_platform_in_device(p, addr, data, len);
	f->in_calls++;
	f->in_addr = addr;
	f->in_len = len;
	if (f->replace)
		memset(data, 0x5a, len);
}

static void sink_fn(void *ctx, unsigned vm, int fd, const char *s, size_t n)
{
	struct fixture *f = ctx;
	(void)vm;
	assert_true(f->out_len + n <= sizeof(f->out));
	memcpy(f->out + f->out_len, s, n);
	f->out_len += n;
	f->out_calls++;
	f->out_fd = fd;
}

static void written_fn(void *ctx, uint64_t addr, uint64_t len)
{
	struct fixture *f = ctx;
	f->written_calls++;
	f->written_addr = addr;
	f->written_len = len;
}

/* Sector s of the disk holds bytes s*31 + i. */
static uint8_t disk_byte(unsigned s, unsigned i)
{
	return (uint8_t)(s * 31 + i);
}

static int setup_common(void **state, int with_disk, int writable)
{
	struct fixture *f = calloc(1, sizeof(*f));
	assert_non_null(f);
	f->mem = calloc(1, MEM);
	assert_non_null(f->mem);
	f->m = (struct sim_mem){ f->mem, MEM, HSIM_GUEST_USER_BASE };
	pthread_mutex_init(&f->con.lock, NULL);
	f->con.fn = sink_fn;
	f->con.ctx = f;
	platform_vm_init(&f->p, 0, 1, &f->con, 0);
	f->p.clock.step_ns = 1000;
	f->cfg.mem_written = written_fn;
	f->cfg.mem_ctx = f;
	if (with_disk) {
		uint8_t sec[SEC];
		const char *tmp = getenv("TMPDIR");
		snprintf(f->path, sizeof(f->path), "%s/hsim-disk-XXXXXX", tmp && strlen(tmp) < 40 ? tmp : "/tmp");
		int fd = mkstemp(f->path);
		assert_true(fd >= 0);
		for (unsigned s = 0; s < SECTORS; s++) {
			for (unsigned i = 0; i < SEC; i++)
				sec[i] = disk_byte(s, i);
			assert_int_equal(write(fd, sec, SEC), SEC);
		}
		assert_int_equal(write(fd, "tail", 4), 4); /* a partial sector: not addressable */
		close(fd);
		f->cfg.block_path = f->path;
		f->cfg.block_writable = writable;
	}
	assert_int_equal(devices_attach(&f->d, &f->p, &f->m, &f->cfg), 0);
	*state = f;
	return 0;
}

static int setup(void **state)
{
	return setup_common(state, 1, 0);
}

static int setup_rw(void **state)
{
	return setup_common(state, 1, 1);
}

static int setup_nodisk(void **state)
{
	return setup_common(state, 0, 0);
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	devices_detach(&f->d);
	if (f->path[0])
		unlink(f->path);
	pthread_mutex_destroy(&f->con.lock);
	free(f->mem);
	free(f);
	return 0;
}

static uint64_t rd(struct fixture *f, uint64_t addr, unsigned len)
{
	uint64_t v = 0xdeadbeef;
	assert_int_equal(bus_read(&f->p.bus, addr, len, &v), 0);
	return v;
}

static void wr(struct fixture *f, uint64_t addr, unsigned len, uint64_t v)
{
	assert_int_equal(bus_write(&f->p.bus, addr, len, v), 0);
}

static int64_t blk_cmd(struct fixture *f, uint64_t cmd, uint64_t sector, uint64_t buf, uint64_t count)
{
	wr(f, HSIM_DEV_BLOCK + HSIM_BLK_SECTOR, 8, sector);
	wr(f, HSIM_DEV_BLOCK + HSIM_BLK_BUFFER, 8, buf);
	wr(f, HSIM_DEV_BLOCK + HSIM_BLK_COUNT, 8, count);
	wr(f, HSIM_DEV_BLOCK + HSIM_BLK_CMD, 8, cmd);
	return (int64_t)rd(f, HSIM_DEV_BLOCK + HSIM_BLK_STATUS, 8);
}

static void test_uart_lines(void **state)
{
	struct fixture *f = *state;
	const char *s = "hi\nab";
	for (const char *c = s; *c; c++)
		wr(f, HSIM_DEV_UART + HSIM_UART_THR, 1, (uint8_t)*c);
	assert_int_equal(f->out_calls, 1); /* only the whole line so far */
	assert_int_equal(f->out_len, 3);
	assert_memory_equal(f->out, "hi\n", 3);
	assert_int_equal(f->out_fd, 1);
	wr(f, HSIM_DEV_UART + HSIM_UART_THR, 1, '\n');
	assert_int_equal(f->out_calls, 2);
	assert_int_equal(f->out_len, 6);
	assert_memory_equal(f->out, "hi\nab\n", 6);
}

static void test_uart_registers(void **state)
{
	struct fixture *f = *state;
	const uint64_t u = HSIM_DEV_UART;
	assert_int_equal(rd(f, u + HSIM_UART_LSR, 1), HSIM_UART_LSR_THRE | HSIM_UART_LSR_TEMT);
	assert_int_equal(rd(f, u + HSIM_UART_RBR, 1), 0);
	assert_int_equal(rd(f, u + HSIM_UART_IIR, 1), HSIM_UART_IIR_NONE);
	assert_int_equal(rd(f, u + HSIM_UART_MSR, 1), HSIM_UART_MSR_VALUE);
	wr(f, u + HSIM_UART_SCR, 1, 0xa5);
	wr(f, u + HSIM_UART_IER, 1, 0x0f);
	wr(f, u + HSIM_UART_MCR, 1, 0x0b);
	wr(f, u + HSIM_UART_FCR, 1, 0x07);
	assert_int_equal(rd(f, u + HSIM_UART_SCR, 1), 0xa5);
	assert_int_equal(rd(f, u + HSIM_UART_IER, 1), 0x0f);
	assert_int_equal(rd(f, u + HSIM_UART_MCR, 1), 0x0b);
	assert_int_equal(rd(f, u + HSIM_UART_IIR, 1), HSIM_UART_IIR_NONE | HSIM_UART_IIR_FIFO);

	/* With DLAB set, offsets 0 and 1 are the divisor, not THR and IER. */
	wr(f, u + HSIM_UART_LCR, 1, HSIM_UART_LCR_DLAB | 0x03);
	wr(f, u + HSIM_UART_DLL, 1, 0x01);
	wr(f, u + HSIM_UART_DLM, 1, 0x02);
	assert_int_equal(rd(f, u + HSIM_UART_DLL, 1), 0x01);
	assert_int_equal(rd(f, u + HSIM_UART_DLM, 1), 0x02);
	assert_int_equal(rd(f, u + HSIM_UART_LCR, 1), HSIM_UART_LCR_DLAB | 0x03);
	wr(f, u + HSIM_UART_LCR, 1, 0x03);
	assert_int_equal(rd(f, u + HSIM_UART_IER, 1), 0x0f);
	assert_int_equal(rd(f, u + HSIM_UART_RBR, 1), 0);
	platform_console_flush(&f->p);
	assert_int_equal(f->out_len, 0); /* the divisor bytes were not output */

	uint64_t v;
	assert_true(bus_write(&f->p.bus, u, 2, 'x') < 0);            /* wrong size */
	assert_true(bus_read(&f->p.bus, u + HSIM_UART_LSR, 4, &v) < 0);
	assert_true(bus_write(&f->p.bus, u + HSIM_UART_LSR, 1, 0) < 0); /* read-only */
	assert_true(bus_write(&f->p.bus, u + HSIM_UART_MSR, 1, 0) < 0);
	assert_true(bus_read(&f->p.bus, u + 8, 1, &v) < 0);            /* undefined */
	assert_true(bus_write(&f->p.bus, u + 0xfff, 1, 0) < 0);
	platform_console_flush(&f->p);
	assert_int_equal(f->out_len, 0);
}

static void test_register_inputs(void **state)
{
	struct fixture *f = *state;
	/* Register reads go through platform_in_device at the register's
	 * address, and the guest gets what comes back from there. */
	f->in_calls = 0;
	assert_int_equal(rd(f, HSIM_DEV_UART + HSIM_UART_LSR, 1), 0x60);
	assert_int_equal(f->in_calls, 1);
	assert_int_equal(f->in_addr, HSIM_DEV_UART + HSIM_UART_LSR);
	assert_int_equal(f->in_len, 1);
	assert_int_equal(rd(f, HSIM_DEV_BLOCK + HSIM_BLK_CAPACITY, 8), SECTORS);
	assert_int_equal(f->in_addr, HSIM_DEV_BLOCK + HSIM_BLK_CAPACITY);
	assert_int_equal(f->in_len, 8);
	f->replace = 1;
	assert_int_equal(rd(f, HSIM_DEV_UART + HSIM_UART_LSR, 1), 0x5a);
	assert_int_equal(rd(f, HSIM_DEV_TIMER + HSIM_TIMER_FREQ, 8), 0x5a5a5a5a5a5a5a5aull);
	assert_int_equal(f->in_calls, 4);
}

static void test_timer(void **state)
{
	struct fixture *f = *state;
	const uint64_t t = HSIM_DEV_TIMER;
	assert_int_equal(rd(f, t + HSIM_TIMER_FREQ, 8), 1000000000ull);
	uint64_t a = rd(f, t + HSIM_TIMER_NOW, 8);
	uint64_t b = rd(f, t + HSIM_TIMER_NOW, 8);
	assert_int_equal(b - a, 1000); /* the fixed-step clock */
	assert_true(b > a);

	assert_int_equal(rd(f, t + HSIM_TIMER_STATUS, 8), 0); /* not armed */
	uint64_t now = rd(f, t + HSIM_TIMER_NOW, 8);
	wr(f, t + HSIM_TIMER_ALARM, 8, now + 3000);
	assert_int_equal(rd(f, t + HSIM_TIMER_ALARM, 8), now + 3000);
	assert_int_equal(rd(f, t + HSIM_TIMER_STATUS, 8), HSIM_TIMER_ARMED); /* now+1000 */
	assert_int_equal(rd(f, t + HSIM_TIMER_STATUS, 8), HSIM_TIMER_ARMED); /* now+2000 */
	assert_int_equal(rd(f, t + HSIM_TIMER_STATUS, 8), HSIM_TIMER_ARMED | HSIM_TIMER_EXPIRED);
	assert_int_equal(rd(f, t + HSIM_TIMER_STATUS, 8), HSIM_TIMER_ARMED | HSIM_TIMER_EXPIRED);
	assert_true(rd(f, t + HSIM_TIMER_NOW, 8) > now + 3000);
	wr(f, t + HSIM_TIMER_ALARM, 8, 0);
	assert_int_equal(rd(f, t + HSIM_TIMER_STATUS, 8), 0);

	/* Polling ends on the host clock too. */
	f->p.clock.step_ns = 0;
	now = rd(f, t + HSIM_TIMER_NOW, 8);
	wr(f, t + HSIM_TIMER_ALARM, 8, now + 100000);
	unsigned polls = 0;
	while (!(rd(f, t + HSIM_TIMER_STATUS, 8) & HSIM_TIMER_EXPIRED))
		assert_true(++polls < 100000000u);
	assert_true(rd(f, t + HSIM_TIMER_NOW, 8) >= now + 100000);

	uint64_t v;
	assert_true(bus_write(&f->p.bus, t + HSIM_TIMER_NOW, 8, 5) < 0);   /* read-only */
	assert_true(bus_write(&f->p.bus, t + HSIM_TIMER_FREQ, 8, 5) < 0);
	assert_true(bus_write(&f->p.bus, t + HSIM_TIMER_STATUS, 8, 5) < 0);
	assert_true(bus_read(&f->p.bus, t + HSIM_TIMER_NOW, 4, &v) < 0);  /* wrong size */
	assert_true(bus_write(&f->p.bus, t + HSIM_TIMER_ALARM, 4, 5) < 0);
	assert_true(bus_read(&f->p.bus, t + 4, 4, &v) < 0);               /* mid-register */
	assert_true(bus_read(&f->p.bus, t + 0x20, 8, &v) < 0);            /* undefined */
	assert_int_equal(rd(f, t + HSIM_TIMER_ALARM, 8), now + 100000);
}

static void test_block_read(void **state)
{
	struct fixture *f = *state;
	const uint64_t k = HSIM_DEV_BLOCK;
	assert_int_equal(rd(f, k + HSIM_BLK_CAPACITY, 8), SECTORS);
	assert_int_equal(rd(f, k + HSIM_BLK_FLAGS, 8), 0);
	assert_int_equal(rd(f, k + HSIM_BLK_STATUS, 8), 0);
	memset(f->mem + BUF, 0xee, 4 * SEC);

	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, 1, BUF + SEC, 2), HSIM_BLK_OK);
	for (unsigned s = 0; s < 2; s++)
		for (unsigned i = 0; i < SEC; i++)
			assert_int_equal(f->mem[BUF + SEC + s * SEC + i], disk_byte(1 + s, i));
	assert_int_equal(f->mem[BUF + SEC - 1], 0xee);      /* nothing before */
	assert_int_equal(f->mem[BUF + 3 * SEC], 0xee);      /* or after */
	assert_int_equal(f->written_calls, 1);
	assert_int_equal(f->written_addr, BUF + SEC);
	assert_int_equal(f->written_len, 2 * SEC);
	assert_int_equal(rd(f, k + HSIM_BLK_SECTOR, 8), 1);
	assert_int_equal(rd(f, k + HSIM_BLK_BUFFER, 8), BUF + SEC);
	assert_int_equal(rd(f, k + HSIM_BLK_COUNT, 8), 2);

	/* The last whole sector, ending at the last byte of guest memory. */
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, SECTORS - 1, MEM - SEC, 1), HSIM_BLK_OK);
	assert_int_equal(f->mem[MEM - 1], disk_byte(SECTORS - 1, SEC - 1));
	assert_int_equal(f->written_calls, 2);
	assert_int_equal(f->written_addr, MEM - SEC);
	assert_int_equal(f->written_len, SEC);

	/* Disk data is a device input too: replay's bytes are what lands. */
	f->in_calls = 0;
	f->replace = 1;
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, 0, BUF, 1), 0x5a5a5a5a5a5a5a5all);
	f->replace = 0;
	assert_int_equal(f->in_calls, 2); /* the data, then STATUS */
	for (unsigned i = 0; i < SEC; i++)
		assert_int_equal(f->mem[BUF + i], 0x5a);
}

static void test_block_readonly(void **state)
{
	struct fixture *f = *state;
	memset(f->mem + BUF, 0x11, SEC);
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_WRITE, 0, BUF, 1), HSIM_BLK_EROFS);
	/* The disk is unchanged. */
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, 0, BUF, 1), HSIM_BLK_OK);
	for (unsigned i = 0; i < SEC; i++)
		assert_int_equal(f->mem[BUF + i], disk_byte(0, i));
}

static void test_block_write(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(rd(f, HSIM_DEV_BLOCK + HSIM_BLK_FLAGS, 8), HSIM_BLK_FLAG_WRITABLE);
	for (unsigned i = 0; i < 2 * SEC; i++)
		f->mem[BUF + i] = (uint8_t)(i * 7 + 3);
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_WRITE, 3, BUF, 2), HSIM_BLK_OK);
	assert_int_equal(f->written_calls, 0); /* guest memory was only read */

	/* The file has the new sectors, and its neighbours are untouched. */
	uint8_t file[SECTORS * SEC + 4];
	FILE *fp = fopen(f->path, "rb");
	assert_non_null(fp);
	assert_int_equal(fread(file, 1, sizeof(file), fp), sizeof(file));
	fclose(fp);
	for (unsigned i = 0; i < 2 * SEC; i++)
		assert_int_equal(file[3 * SEC + i], (uint8_t)(i * 7 + 3));
	for (unsigned i = 0; i < SEC; i++) {
		assert_int_equal(file[2 * SEC + i], disk_byte(2, i));
		assert_int_equal(file[5 * SEC + i], disk_byte(5, i));
	}
	assert_memory_equal(file + SECTORS * SEC, "tail", 4);

	/* And reads back through the device. */
	memset(f->mem + BUF, 0, 2 * SEC);
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, 4, BUF, 1), HSIM_BLK_OK);
	assert_int_equal(f->mem[BUF + 10], (uint8_t)((SEC + 10) * 7 + 3));
}

static void test_block_errors(void **state)
{
	struct fixture *f = *state;
	static const uint64_t wild[][2] = {    /* buffer, count */
		{ 0, 1 },                      /* NULL */
		{ 0x1000, 1 },                 /* system area */
		{ HSIM_GUEST_USER_BASE - 1, 1 },
		{ MEM - SEC + 1, 1 },          /* straddles the end */
		{ MEM - SEC, 2 },
		{ MEM, 1 },
		{ 0xfffffffffffffe00ull, 1 },  /* wraps */
		{ HSIM_DEV_BASE, 1 },          /* the device window itself */
	};
	memset(f->mem + BUF, 0x77, SEC);
	for (size_t i = 0; i < sizeof(wild) / sizeof(wild[0]); i++)
		assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, 0, wild[i][0], wild[i][1]),
				 HSIM_BLK_EFAULT);
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, SECTORS, BUF, 1), HSIM_BLK_ERANGE);
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, SECTORS - 1, BUF, 2), HSIM_BLK_ERANGE);
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, (uint64_t)-1, BUF, 2), HSIM_BLK_ERANGE);
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, 0, BUF, 0), HSIM_BLK_EINVAL);
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, 0, BUF, HSIM_BLK_MAX_COUNT + 1),
			 HSIM_BLK_EINVAL);
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, 0, BUF, (uint64_t)1 << 55), HSIM_BLK_EINVAL);
	assert_int_equal(blk_cmd(f, 0, 0, BUF, 1), HSIM_BLK_EINVAL);
	assert_int_equal(blk_cmd(f, 3, 0, BUF, 1), HSIM_BLK_EINVAL);
	/* No failed command touched guest memory or claimed to. */
	assert_int_equal(f->written_calls, 0);
	for (unsigned i = 0; i < SEC; i++)
		assert_int_equal(f->mem[BUF + i], 0x77);
	/* A good command after them works, and clears STATUS. */
	assert_int_equal(blk_cmd(f, HSIM_BLK_CMD_READ, 0, BUF, 1), HSIM_BLK_OK);
	assert_int_equal(f->written_calls, 1);

	const uint64_t k = HSIM_DEV_BLOCK;
	uint64_t v;
	assert_true(bus_read(&f->p.bus, k + HSIM_BLK_SECTOR, 4, &v) < 0); /* wrong size */
	assert_true(bus_write(&f->p.bus, k + HSIM_BLK_CMD, 4, 1) < 0);
	assert_true(bus_write(&f->p.bus, k + HSIM_BLK_CMD, 1, 1) < 0);
	assert_true(bus_read(&f->p.bus, k + 4, 4, &v) < 0);               /* mid-register */
	assert_true(bus_read(&f->p.bus, k + 0x38, 8, &v) < 0);            /* undefined */
	assert_true(bus_write(&f->p.bus, k + 0x800, 8, 0) < 0);
	assert_true(bus_read(&f->p.bus, k + HSIM_BLK_CMD, 8, &v) < 0);    /* write-only */
	assert_true(bus_write(&f->p.bus, k + HSIM_BLK_STATUS, 8, 0) < 0); /* read-only */
	assert_true(bus_write(&f->p.bus, k + HSIM_BLK_CAPACITY, 8, 99) < 0);
	assert_true(bus_write(&f->p.bus, k + HSIM_BLK_FLAGS, 8, 1) < 0);
	assert_int_equal(rd(f, k + HSIM_BLK_CAPACITY, 8), SECTORS);
	assert_true(bus_read(&f->p.bus, HSIM_DEV_BASE + 0x3000, 8, &v) < 0); /* no device */
}

static void test_no_disk(void **state)
{
	struct fixture *f = *state;
	uint64_t v;
	/* Without a disk the block page is a hole: the guest faults. */
	assert_true(bus_read(&f->p.bus, HSIM_DEV_BLOCK + HSIM_BLK_CAPACITY, 8, &v) < 0);
	assert_true(bus_write(&f->p.bus, HSIM_DEV_BLOCK + HSIM_BLK_CMD, 8, 1) < 0);
	assert_int_equal(rd(f, HSIM_DEV_UART + HSIM_UART_LSR, 1), 0x60);
	assert_int_equal(rd(f, HSIM_DEV_TIMER + HSIM_TIMER_FREQ, 8), 1000000000ull);
	devices_detach(&f->d); /* twice is harmless */
}

static void test_attach_errors(void **state)
{
	struct fixture *f = *state;
	struct platform_devices d2;
	struct devices_config cfg = { 0 };
	unsigned n = f->p.bus.n;

	/* The window is taken: nothing more is mapped. */
	assert_int_equal(devices_attach(&d2, &f->p, &f->m, &cfg), HSIM_E_INVAL);
	assert_int_equal(f->p.bus.n, n);
	devices_detach(&d2);

	struct platform_vm p;
	platform_vm_init(&p, 0, 1, NULL, 0);
	cfg.block_path = "/nonexistent/hsim-disk";
	assert_int_equal(devices_attach(&d2, &p, &f->m, &cfg), -ENOENT);
	assert_int_equal(p.bus.n, 0);
	devices_detach(&d2);
	cfg.block_path = "/";
	assert_int_equal(devices_attach(&d2, &p, &f->m, &cfg), -EINVAL);
	assert_int_equal(p.bus.n, 0);
	cfg.block_path = f->path;
	assert_int_equal(devices_attach(&d2, &p, &f->m, &cfg), 0);
	assert_int_equal(p.bus.n, 3);
	devices_detach(&d2);

	/* Something else at the timer's page: not even the UART is mapped. */
	static const struct bus_ops none = { NULL, NULL };
	struct bus_region other = { "other", HSIM_DEV_TIMER + 0x800, 8, &none, NULL };
	platform_vm_init(&p, 0, 1, NULL, 0);
	assert_int_equal(bus_map(&p.bus, &other), 0);
	assert_int_equal(devices_attach(&d2, &p, &f->m, &cfg), HSIM_E_INVAL);
	assert_int_equal(p.bus.n, 1);
	devices_detach(&d2);

	/* Room for two regions, not three. */
	platform_vm_init(&p, 0, 1, NULL, 0);
	for (unsigned i = 0; i < BUS_MAX_REGIONS - 2; i++) {
		other.base = 0x100000000ull + i * 0x1000;
		assert_int_equal(bus_map(&p.bus, &other), 0);
	}
	assert_int_equal(devices_attach(&d2, &p, &f->m, &cfg), HSIM_E_INVAL);
	assert_int_equal(p.bus.n, BUS_MAX_REGIONS - 2);
	cfg.block_path = NULL;
	assert_int_equal(devices_attach(&d2, &p, &f->m, &cfg), 0);
	assert_int_equal(p.bus.n, BUS_MAX_REGIONS);
	devices_detach(&d2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_uart_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_uart_registers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_register_inputs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_timer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_block_read, setup, teardown),
		cmocka_unit_test_setup_teardown(test_block_readonly, setup, teardown),
		cmocka_unit_test_setup_teardown(test_block_write, setup_rw, teardown),
		cmocka_unit_test_setup_teardown(test_block_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_disk, setup_nodisk, teardown),
		cmocka_unit_test_setup_teardown(test_attach_errors, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
