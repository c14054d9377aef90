/* Unbounded recursion: the stack runs into the system area below it and the
 * run ends with "guest fault #PF ... (stack overflow)", data intact. */
#include <stdio.h>

__attribute__((noinline)) unsigned long deep(unsigned long n)
{
	volatile char pad[256];
	pad[0] = (char)n;
	return deep(n + 1) + pad[0];
}

int main(void)
{
	printf("before the fault\n");
	printf("not reached %lu\n", deep(0));
	return 0;
}
