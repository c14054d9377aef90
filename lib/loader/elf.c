/* Guest image loader: static ELF64 x86-64 executables via libelf, raw code. */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <hsim/abi.h>
#include <hsim/error.h>
#include <hsim/image.h>

/* Sizes beyond these are absurd for a guest and refused outright. */
#define MAX_FILE_SIZE (1ULL << 30)
#define MAX_PHDRS 256
#define MAX_SEGMENTS 64
#define MAX_GUEST_ADDR (64ULL << 30)

struct symbol {
	uint64_t addr;
	uint64_t size;
	const char *name; /* into image->strings */
	int is_func;
};

struct hsim_image {
	char *name;
	uint8_t *bytes;
	size_t len;
	uint64_t entry;
	size_t nseg;
	struct hsim_segment seg[MAX_SEGMENTS];
	size_t nsym;
	struct symbol *sym; /* sorted by addr */
	char *strings;
};

static int image_new(struct hsim_image **out, const void *data, size_t len,
		     const char *name)
{
	struct hsim_image *img = calloc(1, sizeof(*img));
	if (!img)
		return -ENOMEM;
	img->name = strdup(name ? name : "(memory)");
	img->bytes = malloc(len ? len : 1);
	if (!img->name || !img->bytes) {
		hsim_image_destroy(img);
		return -ENOMEM;
	}
	memcpy(img->bytes, data, len);
	img->len = len;
	*out = img;
	return 0;
}

static int seg_cmp(const void *a, const void *b)
{
	const struct hsim_segment *x = a, *y = b;
	return x->vaddr < y->vaddr ? -1 : x->vaddr > y->vaddr;
}

static int sym_cmp(const void *a, const void *b)
{
	const struct symbol *x = a, *y = b;
	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* The symbol's name if it is one worth naming addresses by, else NULL. */
static const char *useful_symbol(Elf *elf, size_t strndx, const GElf_Sym *s)
{
	int t = GELF_ST_TYPE(s->st_info);
	if ((t != STT_FUNC && t != STT_OBJECT && t != STT_NOTYPE) ||
	    s->st_shndx == SHN_UNDEF || s->st_value == 0)
		return NULL;
	const char *nm = elf_strptr(elf, strndx, s->st_name);
	return nm && *nm ? nm : NULL;
}

/* Symbols are a convenience: a missing or damaged table costs the names,
 * not the load. Two passes: count and size, then copy. */
static int load_symbols(struct hsim_image *img, Elf *elf)
{
	Elf_Scn *scn = NULL;
	while ((scn = elf_nextscn(elf, scn)) != NULL) {
		GElf_Shdr sh;
		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB)
			continue;
		if (sh.sh_offset > img->len || sh.sh_size > img->len - sh.sh_offset)
			return 0;
		Elf_Data *d = elf_getdata(scn, NULL);
		if (!d || sh.sh_entsize == 0)
			return 0;
		size_t n = sh.sh_size / sh.sh_entsize, keep = 0, strbytes = 0;
		for (int pass = 0; pass < 2; pass++) {
			char *p = img->strings;
			for (size_t i = 0; i < n; i++) {
				GElf_Sym s;
				const char *nm;
				if (!gelf_getsym(d, (int)i, &s))
					break;
				if (!(nm = useful_symbol(elf, sh.sh_link, &s)))
					continue;
				size_t l = strlen(nm) + 1;
				if (pass == 0) {
					keep++;
					strbytes += l;
				} else if (img->nsym < keep) {
					memcpy(p, nm, l);
					img->sym[img->nsym++] = (struct symbol){ s.st_value, s.st_size, p,
									      GELF_ST_TYPE(s.st_info) == STT_FUNC };
					p += l;
				}
			}
			if (pass == 0) {
				if (!keep)
					return 0;
				img->sym = calloc(keep, sizeof(*img->sym));
				img->strings = malloc(strbytes);
				if (!img->sym || !img->strings)
					return -ENOMEM;
			}
		}
		qsort(img->sym, img->nsym, sizeof(*img->sym), sym_cmp);
		return 0;
	}
	return 0;
}

static int parse_elf(struct hsim_image *img)
{
	const uint8_t *b = img->bytes;
	size_t len = img->len;

	if (len < EI_NIDENT || memcmp(b, ELFMAG, SELFMAG) != 0)
		return len < SELFMAG && memcmp(b, ELFMAG, len) == 0 ?
			HSIM_E_ELF_TRUNCATED : HSIM_E_ELF;
	if (b[EI_CLASS] != ELFCLASS64 || b[EI_DATA] != ELFDATA2LSB)
		return HSIM_E_ELF_CLASS;
	if (len < sizeof(Elf64_Ehdr))
		return HSIM_E_ELF_TRUNCATED;

	Elf64_Ehdr eh;
	memcpy(&eh, b, sizeof(eh));
	if (eh.e_machine != EM_X86_64)
		return HSIM_E_ELF_MACHINE;
	if (eh.e_type == ET_DYN)
		return HSIM_E_ELF_DYNAMIC;
	if (eh.e_type != ET_EXEC)
		return HSIM_E_ELF_TYPE;
	if (eh.e_phnum == 0 || eh.e_phnum > MAX_PHDRS ||
	    eh.e_phentsize != sizeof(Elf64_Phdr) ||
	    (eh.e_shnum && eh.e_shentsize != sizeof(Elf64_Shdr)))
		return eh.e_phnum == 0 ? HSIM_E_ELF_NO_SEGMENTS : HSIM_E_ELF_SIZE;
	if (eh.e_phoff > len || (uint64_t)eh.e_phnum * sizeof(Elf64_Phdr) > len - eh.e_phoff)
		return HSIM_E_ELF_TRUNCATED;
	if (eh.e_shoff > len ||
	    (uint64_t)eh.e_shnum * sizeof(Elf64_Shdr) > len - eh.e_shoff)
		return HSIM_E_ELF_TRUNCATED;

	/* Program headers are checked by hand before libelf sees the file, so
	 * that each problem gets its own error. */
	for (unsigned i = 0; i < eh.e_phnum; i++) {
		Elf64_Phdr ph;
		memcpy(&ph, b + eh.e_phoff + (size_t)i * sizeof(ph), sizeof(ph));
		if (ph.p_type == PT_INTERP || ph.p_type == PT_DYNAMIC)
			return HSIM_E_ELF_DYNAMIC;
		if (ph.p_type != PT_LOAD || ph.p_memsz == 0)
			continue;
		if (img->nseg == MAX_SEGMENTS)
			return HSIM_E_ELF_SIZE;
		if (ph.p_filesz > ph.p_memsz || ph.p_memsz > MAX_GUEST_ADDR)
			return HSIM_E_ELF_SIZE;
		if (ph.p_offset > len || ph.p_filesz > len - ph.p_offset)
			return HSIM_E_ELF_TRUNCATED;
		if (ph.p_vaddr < HSIM_GUEST_USER_BASE || ph.p_vaddr > MAX_GUEST_ADDR ||
		    ph.p_memsz > MAX_GUEST_ADDR - ph.p_vaddr)
			return HSIM_E_ELF_OUTSIDE;
		img->seg[img->nseg++] = (struct hsim_segment){
			.vaddr = ph.p_vaddr,
			.memsz = ph.p_memsz,
			.filesz = ph.p_filesz,
			.flags = ((ph.p_flags & PF_X) ? HSIM_SEG_X : 0) |
				 ((ph.p_flags & PF_W) ? HSIM_SEG_W : 0) |
				 ((ph.p_flags & PF_R) ? HSIM_SEG_R : 0),
			.data = b + ph.p_offset,
		};
	}
	if (img->nseg == 0)
		return HSIM_E_ELF_NO_SEGMENTS;
	qsort(img->seg, img->nseg, sizeof(img->seg[0]), seg_cmp);
	for (size_t i = 1; i < img->nseg; i++)
		if (img->seg[i - 1].vaddr + img->seg[i - 1].memsz > img->seg[i].vaddr)
			return HSIM_E_ELF_OVERLAP;
	img->entry = eh.e_entry;
	int entry_ok = 0;
	for (size_t i = 0; i < img->nseg; i++)
		if ((img->seg[i].flags & HSIM_SEG_X) && eh.e_entry >= img->seg[i].vaddr &&
		    eh.e_entry < img->seg[i].vaddr + img->seg[i].filesz)
			entry_ok = 1;
	if (!entry_ok)
		return HSIM_E_ELF_ENTRY;

	if (elf_version(EV_CURRENT) == EV_NONE)
		return HSIM_E_ELF;
	Elf *elf = elf_memory((char *)img->bytes, img->len);
	if (!elf)
		return HSIM_E_ELF;
	int r = elf_kind(elf) == ELF_K_ELF ? load_symbols(img, elf) : HSIM_E_ELF;
	elf_end(elf);
	return r;
}

int hsim_image_load_mem(struct hsim_image **out, const void *data, size_t len,
			const char *name)
{
	struct hsim_image *img;
	int r;

	if (!out || (!data && len))
		return HSIM_E_INVAL;
	*out = NULL;
	if (len > MAX_FILE_SIZE)
		return HSIM_E_ELF_SIZE;
	if ((r = image_new(&img, data, len, name)) < 0)
		return r;
	if ((r = parse_elf(img)) < 0) {
		hsim_image_destroy(img);
		return r;
	}
	*out = img;
	return 0;
}

int hsim_image_load_file(struct hsim_image **out, const char *path)
{
	struct stat st;
	int fd, r;

	if (!out || !path)
		return HSIM_E_INVAL;
	*out = NULL;
	/* Only regular files: opening a FIFO blocks until a writer comes,
	 * opening a device may have effects. Look before opening, and open
	 * without blocking in case the path changes in between. */
	if (stat(path, &st) < 0)
		return -errno;
	if (!S_ISREG(st.st_mode))
		return S_ISDIR(st.st_mode) ? -EISDIR : HSIM_E_NOT_FILE;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)) < 0)
		return -errno;
	if (fstat(fd, &st) < 0) {
		r = -errno;
		close(fd);
		return r;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return S_ISDIR(st.st_mode) ? -EISDIR : HSIM_E_NOT_FILE;
	}
	if ((uint64_t)st.st_size > MAX_FILE_SIZE) {
		close(fd);
		return HSIM_E_ELF_SIZE;
	}
	size_t len = (size_t)st.st_size, got = 0;
	uint8_t *buf = malloc(len ? len : 1);
	if (!buf) {
		close(fd);
		return -ENOMEM;
	}
	while (got < len) {
		ssize_t n = read(fd, buf + got, len - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			r = n < 0 ? -errno : HSIM_E_ELF_TRUNCATED;
			free(buf);
			close(fd);
			return r;
		}
		got += (size_t)n;
	}
	close(fd);
	const char *base = strrchr(path, '/');
	r = hsim_image_load_mem(out, buf, len, base ? base + 1 : path);
	free(buf);
	return r;
}

int hsim_image_load_raw(struct hsim_image **out, const void *code, size_t len,
			uint64_t addr, const char *name)
{
	struct hsim_image *img;
	int r;

	if (!out || (!code && len))
		return HSIM_E_INVAL;
	*out = NULL;
	if (len == 0 || len > MAX_FILE_SIZE)
		return HSIM_E_ELF_SIZE;
	if (addr < HSIM_GUEST_USER_BASE || addr > MAX_GUEST_ADDR - len)
		return HSIM_E_ELF_OUTSIDE;
	if ((r = image_new(&img, code, len, name ? name : "(raw)")) < 0)
		return r;
	img->entry = addr;
	img->nseg = 1;
	img->seg[0] = (struct hsim_segment){ addr, len, len,
		HSIM_SEG_R | HSIM_SEG_W | HSIM_SEG_X, img->bytes };
	*out = img;
	return 0;
}

void hsim_image_destroy(struct hsim_image *img)
{
	if (!img)
		return;
	free(img->name);
	free(img->bytes);
	free(img->sym);
	free(img->strings);
	free(img);
}

const char *hsim_image_name(const struct hsim_image *img) { return img->name; }
uint64_t hsim_image_entry(const struct hsim_image *img) { return img->entry; }
size_t hsim_image_segment_count(const struct hsim_image *img) { return img->nseg; }

const struct hsim_segment *hsim_image_segment(const struct hsim_image *img, size_t i)
{
	return i < img->nseg ? &img->seg[i] : NULL;
}

void hsim_image_extent(const struct hsim_image *img, uint64_t *lo, uint64_t *hi)
{
	*lo = img->seg[0].vaddr;
	*hi = img->seg[img->nseg - 1].vaddr + img->seg[img->nseg - 1].memsz;
}

const void *hsim_image_bytes(const struct hsim_image *img, size_t *len)
{
	*len = img->len;
	return img->bytes;
}

int hsim_image_lookup(const struct hsim_image *img, const char *name,
		      uint64_t *addr, uint64_t *size)
{
	for (size_t i = 0; i < img->nsym; i++)
		if (strcmp(img->sym[i].name, name) == 0) {
			if (addr)
				*addr = img->sym[i].addr;
			if (size)
				*size = img->sym[i].size;
			return 0;
		}
	return HSIM_E_INVAL;
}

size_t hsim_image_symbol_count(const struct hsim_image *img)
{
	return img ? img->nsym : 0;
}

int hsim_image_symbol(const struct hsim_image *img, size_t i, struct hsim_symbol *out)
{
	if (!img || !out || i >= img->nsym)
		return HSIM_E_INVAL;
	out->name = img->sym[i].name;
	out->addr = img->sym[i].addr;
	out->size = img->sym[i].size;
	out->is_func = img->sym[i].is_func;
	return 0;
}

int hsim_image_symbolize(const struct hsim_image *img, uint64_t addr,
			 char *buf, size_t n)
{
	size_t lo = 0, hi = img->nsym;

	if (n)
		buf[0] = 0;
	/* Last symbol starting at or before addr. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (img->sym[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;
	const struct symbol *s = &img->sym[lo - 1];
	/* Prefer a sized symbol that covers addr; an unsized one only if near. */
	uint64_t off = addr - s->addr;
	if (s->size ? off >= s->size : off >= 4096)
		return 0;
	if (n) {
		if (off)
			snprintf(buf, n, "%s+0x%llx", s->name, (unsigned long long)off);
		else
			snprintf(buf, n, "%s", s->name);
	}
	return 1;
}
