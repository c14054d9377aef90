/* Integer division by zero: reported as #DE. */
#include <stdio.h>

volatile int zero;

__attribute__((noinline)) int trigger(int x)
{
	return x / zero;
}

int main(void)
{
	printf("before the fault\n");
	printf("not reached %d\n", trigger(42));
	return 0;
}
