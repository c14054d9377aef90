/* Loader unit tests: a valid ELF built here, every malformation the loader
 * names, truncation at every offset and random corruption (no KVM). */
#include <elf.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <sys/stat.h>
#include <unistd.h>

#include <hsim.h>

#define CODE_OFF 0x100
#define DATA_OFF 0x200
#define SYM_OFF 0x300
#define STR_OFF 0x360
#define SHSTR_OFF 0x380
#define SH_OFF 0x400
#define ELF_SIZE (SH_OFF + 5 * sizeof(Elf64_Shdr))

static const char strtab[] = "\0main\0data_obj";
static const char shstrtab[] = "\0.text\0.symtab\0.strtab\0.shstrtab";

/* A minimal static x86-64 executable: text at 0x400000, data at 0x401000,
 * a symbol table with main and data_obj. */
static void build_elf(uint8_t *b)
{
	memset(b, 0, ELF_SIZE);
	Elf64_Ehdr *eh = (Elf64_Ehdr *)b;
	memcpy(eh->e_ident, ELFMAG, SELFMAG);
	eh->e_ident[EI_CLASS] = ELFCLASS64;
	eh->e_ident[EI_DATA] = ELFDATA2LSB;
	eh->e_ident[EI_VERSION] = EV_CURRENT;
	eh->e_type = ET_EXEC;
	eh->e_machine = EM_X86_64;
	eh->e_version = EV_CURRENT;
	eh->e_entry = 0x400004;
	eh->e_phoff = sizeof(Elf64_Ehdr);
	eh->e_shoff = SH_OFF;
	eh->e_ehsize = sizeof(Elf64_Ehdr);
	eh->e_phentsize = sizeof(Elf64_Phdr);
	eh->e_phnum = 2;
	eh->e_shentsize = sizeof(Elf64_Shdr);
	eh->e_shnum = 5;
	eh->e_shstrndx = 4;

	Elf64_Phdr *ph = (Elf64_Phdr *)(b + eh->e_phoff);
	ph[0] = (Elf64_Phdr){ PT_LOAD, PF_R | PF_X, CODE_OFF, 0x400000, 0x400000, 16, 16, 0x1000 };
	ph[1] = (Elf64_Phdr){ PT_LOAD, PF_R | PF_W, DATA_OFF, 0x401000, 0x401000, 16, 0x100, 0x1000 };
	memset(b + CODE_OFF, 0x90, 16);
	memset(b + DATA_OFF, 0xab, 16);

	Elf64_Sym *sym = (Elf64_Sym *)(b + SYM_OFF);
	sym[1] = (Elf64_Sym){ 1, ELF64_ST_INFO(STB_GLOBAL, STT_FUNC), 0, 1, 0x400000, 16 };
	sym[2] = (Elf64_Sym){ 6, ELF64_ST_INFO(STB_GLOBAL, STT_OBJECT), 0, 2, 0x401000, 16 };
	memcpy(b + STR_OFF, strtab, sizeof(strtab));
	memcpy(b + SHSTR_OFF, shstrtab, sizeof(shstrtab));

	Elf64_Shdr *sh = (Elf64_Shdr *)(b + SH_OFF);
	sh[1] = (Elf64_Shdr){ 1, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0x400000, CODE_OFF, 16, 0, 0, 16, 0 };
	sh[2] = (Elf64_Shdr){ 7, SHT_SYMTAB, 0, 0, SYM_OFF, 3 * sizeof(Elf64_Sym), 3, 1, 8, sizeof(Elf64_Sym) };
	sh[3] = (Elf64_Shdr){ 15, SHT_STRTAB, 0, 0, STR_OFF, sizeof(strtab), 0, 0, 1, 0 };
	sh[4] = (Elf64_Shdr){ 23, SHT_STRTAB, 0, 0, SHSTR_OFF, sizeof(shstrtab), 0, 0, 1, 0 };
}

static int load(const uint8_t *b, size_t len)
{
	struct hsim_image *img = (struct hsim_image *)1;
	int r = hsim_image_load_mem(&img, b, len, "test");
	if (r == 0) {
		assert_non_null(img);
		hsim_image_destroy(img);
	} else {
		assert_null(img);
	}
	return r;
}

static void test_valid(void **state)
{
	uint8_t b[ELF_SIZE];
	struct hsim_image *img;
	char buf[64];
	uint64_t addr, size;

	(void)state;
	build_elf(b);
	assert_int_equal(hsim_image_load_mem(&img, b, sizeof(b), "valid"), 0);
	assert_int_equal(hsim_image_entry(img), 0x400004);
	assert_int_equal(hsim_image_segment_count(img), 2);
	const struct hsim_segment *s = hsim_image_segment(img, 1);
	assert_int_equal(s->vaddr, 0x401000);
	assert_int_equal(s->filesz, 16);
	assert_int_equal(s->memsz, 0x100);
	assert_int_equal(s->flags, HSIM_SEG_R | HSIM_SEG_W);
	assert_int_equal(s->data[0], 0xab);
	assert_null(hsim_image_segment(img, 2));
	assert_int_equal(hsim_image_lookup(img, "data_obj", &addr, &size), 0);
	assert_int_equal(addr, 0x401000);
	assert_int_equal(size, 16);
	assert_int_equal(hsim_image_lookup(img, "nope", &addr, &size), HSIM_E_INVAL);
	assert_int_equal(hsim_image_symbolize(img, 0x400004, buf, sizeof(buf)), 1);
	assert_string_equal(buf, "main+0x4");
	assert_int_equal(hsim_image_symbolize(img, 0x400000, buf, sizeof(buf)), 1);
	assert_string_equal(buf, "main");
	assert_int_equal(hsim_image_symbolize(img, 0x400010, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "");
	assert_int_equal(hsim_image_symbolize(img, 0x3fffff, buf, sizeof(buf)), 0);
	hsim_image_destroy(img);
	hsim_image_destroy(NULL);
}

#define PH(b, i) ((Elf64_Phdr *)((b) + sizeof(Elf64_Ehdr)) + (i))
#define EH(b) ((Elf64_Ehdr *)(b))

static void test_malformed(void **state)
{
	uint8_t b[ELF_SIZE];
	(void)state;

	build_elf(b); b[0] = 0x7e;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF);
	build_elf(b); b[EI_CLASS] = ELFCLASS32;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_CLASS);
	build_elf(b); b[EI_DATA] = ELFDATA2MSB;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_CLASS);
	build_elf(b); EH(b)->e_machine = EM_AARCH64;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_MACHINE);
	build_elf(b); EH(b)->e_type = ET_REL;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_TYPE);
	build_elf(b); EH(b)->e_type = ET_DYN;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_DYNAMIC);
	build_elf(b); PH(b, 1)->p_type = PT_INTERP;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_DYNAMIC);
	build_elf(b); EH(b)->e_phnum = 0;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_NO_SEGMENTS);
	build_elf(b); PH(b, 0)->p_type = PT_NOTE; PH(b, 1)->p_type = PT_NOTE;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_NO_SEGMENTS);
	build_elf(b); EH(b)->e_phnum = 60000;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_SIZE);
	build_elf(b); PH(b, 1)->p_vaddr = 0x400008;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_OVERLAP);
	build_elf(b); PH(b, 1)->p_vaddr = 0x1000;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_OUTSIDE);
	build_elf(b); PH(b, 1)->p_vaddr = 0xfffffffffffff000ull;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_OUTSIDE);
	build_elf(b); PH(b, 1)->p_filesz = 0x200;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_SIZE);
	build_elf(b); PH(b, 1)->p_memsz = 1ull << 60; PH(b, 1)->p_filesz = 16;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_SIZE);
	build_elf(b); PH(b, 1)->p_offset = 0xffffffffffffff00ull;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_TRUNCATED);
	build_elf(b); EH(b)->e_entry = 0x401000;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_ENTRY);
	build_elf(b); EH(b)->e_entry = 0x500000;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_ENTRY);
	build_elf(b); EH(b)->e_phoff = ELF_SIZE - 8;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_TRUNCATED);
	build_elf(b); EH(b)->e_shoff = 0xffffffffffff0000ull;
	assert_int_equal(load(b, sizeof(b)), HSIM_E_ELF_TRUNCATED);
	/* A broken symbol table costs the symbols, not the load. */
	build_elf(b); ((Elf64_Shdr *)(b + SH_OFF))[2].sh_offset = 1u << 30;
	assert_int_equal(load(b, sizeof(b)), 0);
	assert_int_equal(hsim_image_load_mem(NULL, b, sizeof(b), "x"), HSIM_E_INVAL);
}

static void test_truncated_everywhere(void **state)
{
	uint8_t b[ELF_SIZE];
	(void)state;
	build_elf(b);
	for (size_t len = 0; len < sizeof(b); len++) {
		/* Exact-size copies so ASan sees any read past the end. */
		uint8_t *copy = malloc(len ? len : 1);
		memcpy(copy, b, len);
		int r = load(copy, len);
		if (r == 0)
			fail_msg("ELF truncated to %zu of %zu bytes loaded", len, sizeof(b));
		assert_true(r <= HSIM_E_FIRST && r >= HSIM_E_LAST);
		free(copy);
	}
}

static void test_random_corruption(void **state)
{
	uint8_t b[ELF_SIZE], c[ELF_SIZE];
	unsigned seed = 12345, ok = 0, bad = 0;
	const char *env = getenv("HSIM_SEED");
	(void)state;
	if (env)
		seed = (unsigned)strtoul(env, NULL, 0);
	srand(seed);
	build_elf(b);
	for (int i = 0; i < 20000; i++) {
		memcpy(c, b, sizeof(b));
		int flips = 1 + rand() % 8;
		for (int f = 0; f < flips; f++) {
			/* Mostly headers, where corruption matters. */
			size_t at = rand() % 3 ? (size_t)rand() % (sizeof(Elf64_Ehdr) + 2 * sizeof(Elf64_Phdr))
					       : (size_t)rand() % sizeof(c);
			c[at] = (uint8_t)rand();
		}
		int r = load(c, sizeof(c));
		if (r == 0)
			ok++;
		else if (r <= HSIM_E_FIRST && r >= HSIM_E_LAST)
			bad++;
		else
			fail_msg("seed %u iteration %d: unexpected code %d", seed, i, r);
	}
	/* Both outcomes must occur, or the corruption is not reaching the parser. */
	assert_true(ok > 0);
	assert_true(bad > 0);
}

static void test_raw_and_file(void **state)
{
	struct hsim_image *img;
	static const uint8_t code[] = { 0x90, 0xf4 };
	(void)state;
	assert_int_equal(hsim_image_load_raw(&img, code, sizeof(code), 0x400000, "raw"), 0);
	assert_int_equal(hsim_image_entry(img), 0x400000);
	hsim_image_destroy(img);
	assert_int_equal(hsim_image_load_raw(&img, code, sizeof(code), 0x1000, "raw"), HSIM_E_ELF_OUTSIDE);
	assert_int_equal(hsim_image_load_file(&img, "/nonexistent/x.elf"), -2 /* ENOENT */);
	assert_int_equal(hsim_image_load_file(&img, "/"), -21 /* EISDIR */);
	assert_int_equal(hsim_image_load_file(&img, "/dev/null"), HSIM_E_NOT_FILE);
}

/* A FIFO is refused at once: opening it for reading would wait for a
 * writer forever. The alarm turns such a hang into a failure. */
static void test_fifo(void **state)
{
	struct hsim_image *img;
	char dir[] = "/tmp/hsim-fifo-XXXXXX", path[64];
	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/guest.elf", dir);
	assert_int_equal(mkfifo(path, 0600), 0);
	alarm(10);
	int r = hsim_image_load_file(&img, path);
	alarm(0);
	unlink(path);
	rmdir(dir);
	assert_int_equal(r, HSIM_E_NOT_FILE);
	assert_null(img);
}

static void test_strerror(void **state)
{
	(void)state;
	for (int e = HSIM_E_FIRST; e >= HSIM_E_LAST; e--) {
		const char *s = hsim_strerror(e);
		assert_non_null(s);
		assert_string_not_equal(s, "unknown error");
	}
	assert_string_equal(hsim_strerror(HSIM_E_LAST - 1), "unknown error");
	assert_string_equal(hsim_strerror(0), "success");
	assert_string_equal(hsim_strerror(-2), "No such file or directory");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_truncated_everywhere),
		cmocka_unit_test(test_random_corruption),
		cmocka_unit_test(test_raw_and_file),
		cmocka_unit_test(test_fifo),
		cmocka_unit_test(test_strerror),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
