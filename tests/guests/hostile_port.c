/* 2- and 4-byte port accesses at the top of the I/O space: VM K runs case K
 * (run it with --vms 7). At CPL 3 the TSS I/O bitmap is checked for every
 * byte; past port 0xffff the check reaches the map's final 0xff byte, so
 * hardware raises #GP(0) (SDM vol. 1, 19.5.2) where the simulator used to
 * make an I/O exit. Accesses that fit below 0x10000 reach the monitor, which
 * has no device there (an error naming the port). */
#include <hsim/guest.h>

#define CASE(name, ...) \
	__attribute__((noinline, noreturn)) static void name(void) \
	{ \
		__asm__ volatile(__VA_ARGS__); \
		__builtin_unreachable(); \
	}

CASE(port_inw_ffff, "mov $0xffff, %%edx; inw %%dx, %%ax" ::: "rax", "rdx")
CASE(port_outw_ffff, "mov $0xffff, %%edx; outw %%ax, %%dx" ::: "rdx")
CASE(port_inl_fffd, "mov $0xfffd, %%edx; inl %%dx, %%eax" ::: "rax", "rdx")
CASE(port_outl_fffe, "mov $0xfffe, %%edx; outl %%eax, %%dx" ::: "rdx")
CASE(port_outl_ffff, "mov $0xffff, %%edx; outl %%eax, %%dx" ::: "rdx")
CASE(port_inl_fffc, "mov $0xfffc, %%edx; inl %%dx, %%eax" ::: "rax", "rdx")
CASE(port_outb_ffff, "mov $0xffff, %%edx; outb %%al, %%dx" ::: "rdx")

static void (*const cases[])(void) = {
	port_inw_ffff, port_outw_ffff, port_inl_fffd, port_outl_fffe, port_outl_ffff,
	port_inl_fffc, port_outb_ffff,
};

int main(void)
{
	unsigned id = (unsigned)hsim_vm_id();
	if (id >= sizeof(cases) / sizeof(cases[0]))
		return 1;
	cases[id]();
}
