/* 50,000 MMX instructions (emms) that are never run: `hsim check` lists
 * the first few of them and counts the rest. */
__asm__(".text\n"
	"mmx_block:\n"
	".fill 50000, 2, 0x770f\n"
	"ret\n");

int main(void)
{
	return 0;
}
