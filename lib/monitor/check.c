/* hsim_image_check: the decoder's scan over a guest image's code. */
#include <string.h>
#include <hsim/check.h>
#include "cpu/decode.h"
#include "cpu/disasm.h"

struct scan_ctx {
	const struct hsim_image *img;
	hsim_check_fn fn;
	void *ctx;
	int patched;
};

static void on_finding(void *p, uint64_t addr, const uint8_t *bytes, unsigned len,
		       const char *why)
{
	struct scan_ctx *s = p;
	struct hsim_check_item it;
	struct x86_insn in;

	int l = x86_decode(bytes, len, &in);
	int patched = l > 0 && in.cls == X86_CLASS_PATCH;
	s->patched += patched;
	if (!s->fn)
		return;
	memset(&it, 0, sizeof(it));
	it.patched = patched;
	it.addr = addr;
	it.len = len > sizeof(it.bytes) ? sizeof(it.bytes) : len;
	memcpy(it.bytes, bytes, it.len);
	it.why = why ? why : "";
	it.mnemonic = l > 0 ? x86_mnemonic(&in) : "(bad)";
	hsim_image_symbolize(s->img, addr, it.symbol, sizeof(it.symbol));
	disasm_text(bytes, len, addr, it.text, sizeof(it.text));
	s->fn(s->ctx, &it);
}

int hsim_image_check(const struct hsim_image *img, hsim_check_fn fn, void *ctx)
{
	struct scan_ctx s = { img, fn, ctx, 0 };
	int n = 0;

	for (size_t i = 0; i < hsim_image_segment_count(img); i++) {
		const struct hsim_segment *seg = hsim_image_segment(img, i);
		if (seg->flags & HSIM_SEG_X)
			n += x86_scan(seg->data, seg->filesz, seg->vaddr, on_finding, &s);
	}
	return n - s.patched;
}

int hsim_image_disasm(const struct hsim_image *img, uint64_t addr, char *buf, size_t n)
{
	if (n)
		buf[0] = 0;
	for (size_t i = 0; img && i < hsim_image_segment_count(img); i++) {
		const struct hsim_segment *seg = hsim_image_segment(img, i);
		if (!(seg->flags & HSIM_SEG_X) || addr < seg->vaddr || addr >= seg->vaddr + seg->filesz)
			continue;
		uint64_t off = addr - seg->vaddr, avail = seg->filesz - off;
		return (int)disasm_text(seg->data + off, avail < 15 ? avail : 15, addr, buf, n);
	}
	return 0;
}
