/* 50,000 x87 instructions (fld1) that are never run: `hsim check` lists
 * the first few of them and counts the rest. */
__asm__(".text\n"
	"x87_block:\n"
	".fill 50000, 2, 0xe8d9\n"
	"ret\n");

int main(void)
{
	return 0;
}
