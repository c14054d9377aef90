/* Each VM computes a share of a sum and reports it with its id. */
#include <stdint.h>
#include <stdio.h>
#include <hsim/guest.h>

int main(void)
{
	int id = hsim_vm_id(), n = hsim_vm_count();
	uint64_t sum = 0;
	if (id < 0 || id >= n)
		return 1;
	for (uint64_t i = (uint64_t)id; i < 1000000; i += (uint64_t)n)
		sum += i * i % 7;
	printf("vm %d/%d partial %llu\n", id, n, (unsigned long long)sum);
	return 0;
}
