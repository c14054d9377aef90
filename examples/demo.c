/* hsim's demo: every VM counts primes in its own slice of a range, times
 * itself with the virtual clock and reports. Run: hsim run --vms 4 demo.elf */
#include <stdint.h>
#include <stdio.h>
#include <hsim/guest.h>

static int is_prime(uint32_t n)
{
	if (n < 2)
		return 0;
	for (uint32_t d = 2; d * d <= n; d++)
		if (n % d == 0)
			return 0;
	return 1;
}

int main(void)
{
	int id = hsim_vm_id(), n = hsim_vm_count();
	uint32_t span = 2000000, lo = span / (uint32_t)n * (uint32_t)id;
	uint32_t hi = id == n - 1 ? span : lo + span / (uint32_t)n;
	uint64_t t0 = hsim_time_ns();
	unsigned count = 0;

	for (uint32_t i = lo; i < hi; i++)
		count += (unsigned)is_prime(i);
	double ms = (double)(hsim_time_ns() - t0) / 1e6;
	printf("vm %d of %d: %u primes in [%u, %u) in %.1f ms\n", id, n, count, lo, hi, ms);
	return 0;
}
