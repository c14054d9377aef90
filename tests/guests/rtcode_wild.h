/* A call through a wild function pointer (RTCODE_TARGET): both engines
 * report the same #PF, a fetch, with the error code hardware gives. */
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	void (*volatile fn)(void) = (void (*)(void))(uintptr_t)RTCODE_TARGET;
	printf("calling 0x%llx\n", (unsigned long long)(uintptr_t)fn);
	fn();
	printf("not reached\n");
	return 0;
}
