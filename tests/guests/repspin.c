/* Loops forever over long rep string instructions (64 MiB each): only a
 * time limit ends it, and only if the engine can interrupt a rep string
 * instruction the way hardware does. An argument-free guest: it goes
 * through the bulk forward paths (rep stosb, rep movsb) and the element
 * by element ones (backward rep movsq, repe cmpsb). */
#include <stdio.h>

#define SIZE (32u << 20)
static unsigned char a[SIZE], b[SIZE];

int main(void)
{
	printf("spinning over rep strings\n");
#ifdef ITER /* a bounded run, to measure the speed of rep strings */
	for (unsigned long i = 0; i < ITER; i++) {
#else
	for (unsigned long i = 0;; i++) {
#endif
		void *d = a, *s = b;
		unsigned long n = SIZE;
		__asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(i) : "memory");
		d = b, s = a, n = SIZE;
		__asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
		d = a + SIZE - 8, s = b + SIZE - 8, n = SIZE / 8;
		__asm__ volatile("std; rep movsq; cld" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
		d = a, s = b, n = SIZE;
		__asm__ volatile("repe cmpsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory", "cc");
	}
	return 0;
}
