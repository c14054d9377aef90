/* Spins forever: only a time limit (--timeout) ends it. */
#include <stdio.h>

int main(void)
{
	volatile unsigned long n = 0;
	printf("spinning\n");
	for (;;)
		n++;
}
