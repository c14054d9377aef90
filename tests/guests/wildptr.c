/* Hypercalls with wild pointers and lengths: each must fail with
 * HSIM_GUEST_EFAULT while the monitor goes on. Exit code = failures. */
#include <stdint.h>
#include <stdio.h>
#include <hsim/guest.h>

static int failures;

static void expect(const char *what, long got, long want)
{
	if (got != want) {
		printf("FAIL %s: got %ld, want %ld\n", what, got, want);
		failures++;
	} else {
		printf("ok   %s\n", what);
	}
}

int main(void)
{
	static char buf[64] = "fine\n";
	int from;

	expect("write NULL", hsim_write(1, (void *)0, 5), HSIM_GUEST_EFAULT);
	expect("write system area", hsim_write(1, (void *)0x1000, 16), HSIM_GUEST_EFAULT);
	expect("write beyond memory", hsim_write(1, (void *)0x7f0000000000ul, 4), HSIM_GUEST_EFAULT);
	expect("write length wraps", hsim_write(1, buf, (size_t)-8), HSIM_GUEST_EFAULT);
	expect("write straddles end", hsim_write(1, (void *)(0x8000000ul - 2), 8), HSIM_GUEST_EFAULT);
	expect("write non-canonical", hsim_write(1, (void *)0x8000000000000000ul, 1), HSIM_GUEST_EFAULT);
	expect("write bad fd", hsim_write(7, buf, 5), HSIM_GUEST_EINVAL);
	expect("send wild", hsim_send(0, (void *)0x10, 4), HSIM_GUEST_EFAULT);
	expect("recv wild", hsim_recv((void *)0x10, 4, &from), HSIM_GUEST_EFAULT);
	expect("recv wild from", hsim_recv(buf, 4, (int *)0x20), HSIM_GUEST_EFAULT);
	expect("unknown hypercall", hsim_hypercall(999, 0, 0, 0, 0), HSIM_GUEST_ENOSYS);
	expect("write good", hsim_write(1, buf, 5), 5);
	printf("%d failures\n", failures);
	return failures;
}
