/* 50,000 MMX instructions (paddb %mm1, %mm0) that are never run: `hsim
 * check` lists the first few of them and counts the rest. */
__asm__(".text\n"
	"mmx_block:\n"
	".rept 50000\n"
	".byte 0x0f, 0xfc, 0xc1\n"
	".endr\n"
	"ret\n");

int main(void)
{
	return 0;
}
