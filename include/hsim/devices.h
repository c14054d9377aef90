/* The platform's devices as a guest sees them: register maps (shared with
 * the device models in lib/platform/devices.c) and small polling drivers.
 *
 * Every device sits in the device window (HSIM_DEV_BASE, hsim/abi.h), one
 * 4 KiB page each, above all guest memory and unmapped in the guest's page
 * tables: each access leaves the VM and is answered by the device model.
 * Registers are little-endian. An access of the wrong size, to an offset
 * not listed below, a write to a read-only register or a read of a
 * write-only one faults in the guest (#PF), as does any access to a device
 * the VM does not have (the block device without a disk file). No device
 * raises interrupts: drivers poll.
 *
 * UART, a 16550 subset, at HSIM_DEV_UART. Byte registers, 1-byte accesses.
 * DLAB is bit 7 of LCR.
 *   off  name     access  meaning
 *   0    THR      W       transmit: the byte goes to the VM's stdout (DLAB 0)
 *   0    RBR      R       receive: always 0, there is no input (DLAB 0)
 *   0    DLL      RW      divisor latch low: stored, no effect (DLAB 1)
 *   1    IER      RW      interrupt enable: stored, no interrupts (DLAB 0)
 *   1    DLM      RW      divisor latch high: stored, no effect (DLAB 1)
 *   2    IIR      R       0x01 (none pending), | 0xc0 while FCR bit 0 is set
 *   2    FCR      W       FIFO control: stored (bit 0 shows in IIR)
 *   3    LCR      RW      line control: stored; bit 7 is DLAB
 *   4    MCR      RW      modem control: stored, no effect (no loopback)
 *   5    LSR      R       0x60: THRE | TEMT always set, DR never set
 *   6    MSR      R       0xb0: DCD | DSR | CTS
 *   7    SCR      RW      scratch
 *
 * Timer at HSIM_DEV_TIMER. 64-bit registers, 8-byte accesses only.
 *   off   name    access  meaning
 *   0x00  NOW     R       virtual time in ns since the VM started (monotonic)
 *   0x08  FREQ    R       ticks of NOW per second: 1000000000
 *   0x10  ALARM   RW      deadline in NOW units; 0 disarms
 *   0x18  STATUS  R       bit 0 ARMED (ALARM != 0), bit 1 EXPIRED (armed and
 *                         NOW >= ALARM when STATUS was read)
 *
 * Block device at HSIM_DEV_BLOCK, a disk file of 512-byte sectors given to
 * the VM by the host, read-only unless the host made it writable. 64-bit
 * registers, 8-byte accesses only. A write to CMD runs the transfer at once
 * (DMA into or out of guest memory at BUFFER) and sets STATUS.
 *   off   name      access  meaning
 *   0x00  SECTOR    RW      first sector of the transfer
 *   0x08  BUFFER    RW      guest address of the data
 *   0x10  COUNT     RW      sectors to transfer, 1..HSIM_BLK_MAX_COUNT
 *   0x18  CMD       W       1 read disk -> memory, 2 write memory -> disk
 *   0x20  STATUS    R       result of the last command (HSIM_BLK_*, below;
 *                           0 before the first), a negated errno value
 *   0x28  CAPACITY  R       size of the disk in sectors
 *   0x30  FLAGS     R       bit 0 WRITABLE
 * STATUS is checked in this order: HSIM_BLK_EINVAL (unknown CMD, COUNT 0 or
 * too large), HSIM_BLK_EROFS (write to a read-only disk), HSIM_BLK_ERANGE
 * (SECTOR + COUNT past CAPACITY), HSIM_BLK_EFAULT (BUFFER range not in guest
 * memory), HSIM_BLK_EIO (the host's read or write failed). On any error
 * guest memory is left as it was. */
#ifndef HSIM_DEVICES_H
#define HSIM_DEVICES_H

#include <stdint.h>
#include <hsim/abi.h>

#define HSIM_DEV_PAGE 0x1000ULL /* each device's region in the window */

#define HSIM_UART_THR 0
#define HSIM_UART_RBR 0
#define HSIM_UART_DLL 0
#define HSIM_UART_IER 1
#define HSIM_UART_DLM 1
#define HSIM_UART_IIR 2
#define HSIM_UART_FCR 2
#define HSIM_UART_LCR 3
#define HSIM_UART_MCR 4
#define HSIM_UART_LSR 5
#define HSIM_UART_MSR 6
#define HSIM_UART_SCR 7
#define HSIM_UART_NREGS 8
#define HSIM_UART_LCR_DLAB 0x80
#define HSIM_UART_IIR_NONE 0x01
#define HSIM_UART_IIR_FIFO 0xc0
#define HSIM_UART_FCR_ENABLE 0x01
#define HSIM_UART_LSR_DR 0x01
#define HSIM_UART_LSR_THRE 0x20
#define HSIM_UART_LSR_TEMT 0x40
#define HSIM_UART_MSR_VALUE 0xb0

#define HSIM_TIMER_NOW 0x00
#define HSIM_TIMER_FREQ 0x08
#define HSIM_TIMER_ALARM 0x10
#define HSIM_TIMER_STATUS 0x18
#define HSIM_TIMER_NREGS 4
#define HSIM_TIMER_HZ 1000000000ULL
#define HSIM_TIMER_ARMED 0x1
#define HSIM_TIMER_EXPIRED 0x2

#define HSIM_BLK_SECTOR 0x00
#define HSIM_BLK_BUFFER 0x08
#define HSIM_BLK_COUNT 0x10
#define HSIM_BLK_CMD 0x18
#define HSIM_BLK_STATUS 0x20
#define HSIM_BLK_CAPACITY 0x28
#define HSIM_BLK_FLAGS 0x30
#define HSIM_BLK_NREGS 7
#define HSIM_BLK_CMD_READ 1
#define HSIM_BLK_CMD_WRITE 2
#define HSIM_BLK_FLAG_WRITABLE 0x1
#define HSIM_BLK_SECTOR_SIZE 512
#define HSIM_BLK_MAX_COUNT 2048 /* 1 MiB per command */

/* STATUS values: negated Linux errno numbers, like HSIM_GUEST_E*. */
#define HSIM_BLK_OK 0
#define HSIM_BLK_EIO (-5)
#define HSIM_BLK_EFAULT (-14)
#define HSIM_BLK_EINVAL (-22)
#define HSIM_BLK_EROFS (-30)
#define HSIM_BLK_ERANGE (-34)

/* The host's device models include this header only for the register map. */
#ifndef HSIM_DEVICES_NO_DRIVERS

#define HSIM_DEV_REG8(a) (*(volatile uint8_t *)(uintptr_t)(a))
#define HSIM_DEV_REG64(a) (*(volatile uint64_t *)(uintptr_t)(a))
/* Device DMA reads and writes memory behind the compiler's back. */
#define HSIM_DEV_BARRIER() __asm__ __volatile__("" : : : "memory")

/* ---- UART ---------------------------------------------------------------- */

static __inline__ void hsim_uart_putc(char c)
{
	while (!(HSIM_DEV_REG8(HSIM_DEV_UART + HSIM_UART_LSR) & HSIM_UART_LSR_THRE))
		;
	HSIM_DEV_REG8(HSIM_DEV_UART + HSIM_UART_THR) = (uint8_t)c;
}

/* Writes s as it is: unlike puts(3), no newline is added. The console
 * passes output on in whole lines, so end lines with '\n'. */
static __inline__ void hsim_uart_puts(const char *s)
{
	while (*s)
		hsim_uart_putc(*s++);
}

/* ---- timer --------------------------------------------------------------- */

static __inline__ uint64_t hsim_timer_now(void)
{
	return HSIM_DEV_REG64(HSIM_DEV_TIMER + HSIM_TIMER_NOW);
}

static __inline__ uint64_t hsim_timer_freq(void)
{
	return HSIM_DEV_REG64(HSIM_DEV_TIMER + HSIM_TIMER_FREQ);
}

/* Arm the alarm for an absolute deadline in NOW units (0 disarms). */
static __inline__ void hsim_timer_set_alarm(uint64_t deadline)
{
	HSIM_DEV_REG64(HSIM_DEV_TIMER + HSIM_TIMER_ALARM) = deadline;
}

static __inline__ int hsim_timer_expired(void)
{
	return (HSIM_DEV_REG64(HSIM_DEV_TIMER + HSIM_TIMER_STATUS) & HSIM_TIMER_EXPIRED) != 0;
}

/* Busy-wait until NOW reaches deadline (there are no interrupts to sleep on). */
static __inline__ void hsim_timer_wait_until(uint64_t deadline)
{
	if (!deadline)
		return; /* 0 would disarm the alarm and wait forever */
	hsim_timer_set_alarm(deadline);
	while (!hsim_timer_expired())
		;
	hsim_timer_set_alarm(0);
}

static __inline__ void hsim_timer_wait_ns(uint64_t ns)
{
	hsim_timer_wait_until(hsim_timer_now() + ns);
}

/* ---- block device -------------------------------------------------------- */

static __inline__ uint64_t hsim_blk_capacity(void)
{
	return HSIM_DEV_REG64(HSIM_DEV_BLOCK + HSIM_BLK_CAPACITY);
}

static __inline__ int hsim_blk_writable(void)
{
	return (HSIM_DEV_REG64(HSIM_DEV_BLOCK + HSIM_BLK_FLAGS) & HSIM_BLK_FLAG_WRITABLE) != 0;
}

/* One command of at most HSIM_BLK_MAX_COUNT sectors; returns STATUS. */
static __inline__ int hsim_blk_command(uint64_t cmd, uint64_t sector, uintptr_t buf, uint64_t count)
{
	HSIM_DEV_REG64(HSIM_DEV_BLOCK + HSIM_BLK_SECTOR) = sector;
	HSIM_DEV_REG64(HSIM_DEV_BLOCK + HSIM_BLK_BUFFER) = (uint64_t)buf;
	HSIM_DEV_REG64(HSIM_DEV_BLOCK + HSIM_BLK_COUNT) = count;
	HSIM_DEV_BARRIER();
	HSIM_DEV_REG64(HSIM_DEV_BLOCK + HSIM_BLK_CMD) = cmd;
	HSIM_DEV_BARRIER();
	return (int)(int64_t)HSIM_DEV_REG64(HSIM_DEV_BLOCK + HSIM_BLK_STATUS);
}

/* Transfers of any length, split into commands the device accepts. Return 0
 * or a negative HSIM_BLK_E* code (count 0 is HSIM_BLK_EINVAL, as for the
 * device). Guest addresses are physical addresses (identity mapping). */
static __inline__ int hsim_blk_transfer(uint64_t cmd, uint64_t sector, uintptr_t buf, uint64_t count)
{
	uint64_t n;
	int r;

	if (!count)
		return HSIM_BLK_EINVAL;
	while (count) {
		n = count < HSIM_BLK_MAX_COUNT ? count : HSIM_BLK_MAX_COUNT;
		r = hsim_blk_command(cmd, sector, buf, n);
		if (r)
			return r;
		sector += n;
		buf += (uintptr_t)(n * HSIM_BLK_SECTOR_SIZE);
		count -= n;
	}
	return 0;
}

static __inline__ int hsim_blk_read(uint64_t sector, void *buf, uint64_t count)
{
	return hsim_blk_transfer(HSIM_BLK_CMD_READ, sector, (uintptr_t)buf, count);
}

static __inline__ int hsim_blk_write(uint64_t sector, const void *buf, uint64_t count)
{
	return hsim_blk_transfer(HSIM_BLK_CMD_WRITE, sector, (uintptr_t)buf, count);
}

#endif /* HSIM_DEVICES_NO_DRIVERS */
#endif
