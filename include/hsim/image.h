/* Guest images: a static ELF64 x86-64 program (or raw code) ready to load. */
#ifndef HSIM_IMAGE_H
#define HSIM_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct hsim_image;

#define HSIM_SEG_X 1u
#define HSIM_SEG_W 2u
#define HSIM_SEG_R 4u

struct hsim_segment {
	uint64_t vaddr;
	uint64_t memsz;
	uint64_t filesz;
	unsigned flags;         /* HSIM_SEG_* */
	const uint8_t *data;    /* filesz bytes, owned by the image */
};

/* Load a static ELF64 x86-64 executable. Every malformed input gets its own
 * HSIM_E_ELF_* code; nothing is kept on failure (*out is set to NULL). */
int hsim_image_load_file(struct hsim_image **out, const char *path);
int hsim_image_load_mem(struct hsim_image **out, const void *data, size_t len,
			const char *name);
/* Raw code bytes loaded at `addr` (R+W+X) with entry point `addr`. */
int hsim_image_load_raw(struct hsim_image **out, const void *code, size_t len,
			uint64_t addr, const char *name);
void hsim_image_destroy(struct hsim_image *img);

const char *hsim_image_name(const struct hsim_image *img);
uint64_t hsim_image_entry(const struct hsim_image *img);
size_t hsim_image_segment_count(const struct hsim_image *img);
const struct hsim_segment *hsim_image_segment(const struct hsim_image *img, size_t i);
/* Lowest and one-past-highest address used by any segment. */
void hsim_image_extent(const struct hsim_image *img, uint64_t *lo, uint64_t *hi);
/* The file as it was loaded (for traces). */
const void *hsim_image_bytes(const struct hsim_image *img, size_t *len);

/* Address and size of a symbol; HSIM_E_INVAL if absent. */
int hsim_image_lookup(const struct hsim_image *img, const char *name,
		      uint64_t *addr, uint64_t *size);
/* The symbols, sorted by address (functions, objects and untyped labels). */
struct hsim_symbol {
	const char *name;
	uint64_t addr, size;
	int is_func;
};
size_t hsim_image_symbol_count(const struct hsim_image *img);
/* HSIM_E_INVAL if i is out of range. */
int hsim_image_symbol(const struct hsim_image *img, size_t i, struct hsim_symbol *out);

/* Write "sym+0xoff" for addr into buf; returns 1 if a symbol was found,
 * 0 if not (buf then holds ""), never fails otherwise. */
int hsim_image_symbolize(const struct hsim_image *img, uint64_t addr,
			 char *buf, size_t n);

#ifdef __cplusplus
}
#endif
#endif
