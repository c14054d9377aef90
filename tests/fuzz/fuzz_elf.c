/* libFuzzer harness for the ELF loader: loads whatever bytes it is given
 * through the public image API (from memory, and from a memfd as a file),
 * then does to a loaded image what hsim does before it runs one without
 * KVM: symbols and their lookups, `hsim check`'s scan and disassembly, the
 * patch sweep and a breakpoint (tests/fuzz/run.sh builds and runs it). */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <hsim/check.h>
#include <hsim/error.h>
#include <hsim/image.h>
#include "monitor/monitor.h"

static int fd = -1;
static char path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fd = memfd_create("fuzz_elf", 0);
	if (fd < 0)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	return 0;
}

static volatile uint8_t sink;

/* touch every byte of a string the API hands out */
static void touch(const char *s)
{
	if (!s)
		abort();
	sink ^= (uint8_t)strlen(s);
}

static void on_item(void *ctx, const struct hsim_check_item *it)
{
	(*(unsigned *)ctx)++;
	if (it->len > sizeof(it->bytes))
		abort();
	touch(it->mnemonic);
	touch(it->why);
	touch(it->text);
	touch(it->symbol);
}

static void exercise(const struct hsim_image *img)
{
	char buf[128];
	uint64_t lo, hi, a, sz;
	size_t len;

	touch(hsim_image_name(img));
	size_t nseg = hsim_image_segment_count(img);
	if (nseg == 0 || hsim_image_segment(img, nseg))
		abort();
	hsim_image_extent(img, &lo, &hi);
	if (lo >= hi || lo < HSIM_GUEST_USER_BASE)
		abort();
	for (size_t i = 0; i < nseg; i++) {
		const struct hsim_segment *s = hsim_image_segment(img, i);
		if (s->filesz > s->memsz || s->vaddr < lo || s->vaddr + s->memsz > hi)
			abort();
		if (s->filesz)
			sink ^= s->data[0] ^ s->data[s->filesz - 1];
	}
	const uint8_t *bytes = hsim_image_bytes(img, &len);
	if (len)
		sink ^= bytes[len - 1];

	/* symbols: each one, its lookup by name, addresses around it */
	size_t nsym = hsim_image_symbol_count(img);
	for (size_t i = 0; i < nsym; i++) {
		struct hsim_symbol s;
		if (hsim_image_symbol(img, i, &s) < 0)
			abort();
		touch(s.name);
		/* a lookup is a linear search: the first ones are enough */
		if (i < 32 && hsim_image_lookup(img, s.name, &a, &sz) < 0)
			abort();
		hsim_image_symbolize(img, s.addr, buf, sizeof(buf));
		hsim_image_symbolize(img, s.addr + s.size, buf, sizeof(buf));
		hsim_image_symbolize(img, s.addr - 1, buf, 4);
	}
	struct hsim_symbol none;
	if (hsim_image_symbol(img, nsym, &none) != HSIM_E_INVAL)
		abort();
	hsim_image_lookup(img, "main", NULL, NULL);
	hsim_image_symbolize(img, hsim_image_entry(img), buf, sizeof(buf));
	hsim_image_symbolize(img, 0, buf, 0);
	hsim_image_symbolize(img, UINT64_MAX, buf, sizeof(buf));

	/* hsim check: the scan, and the disassembly it prints */
	unsigned items = 0;
	int n = hsim_image_check(img, on_item, &items);
	if (n < 0 || (unsigned)n > items)
		abort();
	hsim_image_disasm(img, hsim_image_entry(img), buf, sizeof(buf));
	hsim_image_disasm(img, hi - 1, buf, sizeof(buf));
	hsim_image_disasm(img, lo, buf, 1);

	/* the patch sweep of a VM's set-up, and breakpoints (--simulate) at
	 * the entry and at every function */
	struct patch_table t;
	if (patch_table_build(&t, img) < 0)
		return;
	for (size_t i = 1; i < t.n; i++)
		if (t.p[i - 1].addr >= t.p[i].addr)
			abort();
	patch_table_add_breakpoint(&t, img, hsim_image_entry(img));
	for (size_t i = 0; i < nsym && i < 16; i++) {
		struct hsim_symbol s;
		if (hsim_image_symbol(img, i, &s) == 0 && s.is_func)
			patch_table_add_breakpoint(&t, img, s.addr);
	}
	(void)patch_table_find(&t, hsim_image_entry(img));
	patch_table_free(&t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hsim_image *img = NULL, *img2 = NULL;
	int r = hsim_image_load_mem(&img, data, size, "fuzz.elf");
	if ((r < 0) != (img == NULL) || (r < 0 && r > HSIM_E_FIRST && r != -12 /* ENOMEM */))
		abort();
	/* the same bytes as a file: the same verdict */
	if (ftruncate(fd, 0) || pwrite(fd, data, size, 0) != (ssize_t)size)
		abort();
	int r2 = hsim_image_load_file(&img2, path);
	if (r2 != r)
		abort();
	hsim_image_destroy(img2);
	if (img) {
		touch(hsim_strerror(r));
		exercise(img);
		hsim_image_destroy(img);
	} else {
		touch(hsim_strerror(r));
	}
	return 0;
}
