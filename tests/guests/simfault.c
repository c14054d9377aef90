/* A function that faults on its last call: `hsim run --simulate faulty` must
 * end the same way as a plain run, exit 125 and the same fault report
 * (a write through a NULL pointer inside faulty). */
#include <stdint.h>
#include <stdio.h>

#define CALLS 10

static int cell;
/* volatile: the compiler cannot see the NULL coming and turn the store into
 * a trap of its own */
static int *volatile target = &cell;

__attribute__((noinline, noclone)) int faulty(int i)
{
	int *p = target;
	*p += i;
	return *p;
}

int main(void)
{
	int i, r = 0;

	for (i = 0; i < CALLS; i++) {
		if (i == CALLS - 1) {
			printf("simfault: sum %d, now the faulting call\n", r);
			target = NULL;
		}
		r = faulty(i);
	}
	printf("simfault: not reached (%d)\n", r);
	return 0;
}
