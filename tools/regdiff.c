/* Two CPU states side by side (regdiff.h). */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "regdiff.h"

/* The fields in order: the GPRs, rip, rflags (REGDIFF_BASIC), then with
 * full the rest of the state, all in the order of the trace format
 * (hsim_cpu_fields). */
#define REGDIFF_BASIC HSIM_CPU_NREGS
#define REGDIFF_RFLAGS (HSIM_NGPR + 1)

/* Field i of st; its name into name and its width in hex digits. */
static uint64_t field(const struct hsim_cpu_state *st, unsigned i, char *name, size_t n,
		      int *digits)
{
	const struct hsim_cpu_field *f = &hsim_cpu_fields[i];
	*digits = 2 * f->size;
	snprintf(name, n, "%s", f->name);
	return hsim_cpu_field_get(st, f);
}

static unsigned nfields(int full)
{
	return full ? HSIM_CPU_NFIELDS : REGDIFF_BASIC;
}

unsigned regdiff_count(const struct hsim_cpu_state *a, const struct hsim_cpu_state *b, int full,
		       uint32_t *mask)
{
	char name[16];
	int d;
	unsigned n = 0;
	uint32_t m = 0;
	for (unsigned i = 0; i < nfields(full); i++) {
		if (field(a, i, name, sizeof(name), &d) == field(b, i, name, sizeof(name), &d))
			continue;
		n++;
		m |= i < REGDIFF_BASIC ? 1u << i : 1u << REGDIFF_BASIC;
	}
	if (mask)
		*mask = m;
	return n;
}

/* "CF PF ZF IF": the flags set in v, "-" for none */
static void flag_names(uint64_t v, char *buf, size_t n)
{
	static const struct {
		uint64_t bit;
		const char *name;
	} flags[] = {
		{ HSIM_FLAG_CF, "CF" }, { HSIM_FLAG_PF, "PF" }, { HSIM_FLAG_AF, "AF" },
		{ HSIM_FLAG_ZF, "ZF" }, { HSIM_FLAG_SF, "SF" }, { HSIM_FLAG_TF, "TF" },
		{ HSIM_FLAG_IF, "IF" }, { HSIM_FLAG_DF, "DF" }, { HSIM_FLAG_OF, "OF" },
	};
	size_t used = 0;
	buf[0] = 0;
	for (size_t i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
		if ((v & flags[i].bit) && used < n)
			used += (size_t)snprintf(buf + used, n - used, "%s%s", used ? " " : "",
						 flags[i].name);
	if (!used)
		snprintf(buf, n, "-");
}

unsigned regdiff_print(FILE *f, const struct hsim_cpu_state *a, const struct hsim_cpu_state *b,
		       int full, int only_diff, const char *la, const char *lb)
{
	char name[16], fa[64], fb[64];
	int da, db, titled = 0;
	int nw = full ? 8 : 6;                  /* "xmm15.q1", "rflags" */
	int vw = 18;                            /* "0x" and 16 digits */
	unsigned n = 0;
	if (la && (int)strlen(la) > vw)
		vw = (int)strlen(la);
	for (unsigned i = 0; i < nfields(full); i++) {
		uint64_t va = field(a, i, name, sizeof(name), &da);
		uint64_t vb = field(b, i, name, sizeof(name), &db);
		int differs = va != vb;
		n += (unsigned)differs;
		if (only_diff && !differs)
			continue;
		if (!titled) {
			fprintf(f, "  %-*s %-*s  %s\n", nw, "", vw, la ? la : "a", lb ? lb : "b");
			titled = 1;
		}
		char ta[24];
		snprintf(ta, sizeof(ta), "0x%0*" PRIx64, da, va);
		fprintf(f, "%c %-*s %-*s  0x%0*" PRIx64, differs ? '*' : ' ', nw, name, vw, ta, db, vb);
		if (i == REGDIFF_RFLAGS) {
			flag_names(va, fa, sizeof(fa));
			flag_names(vb, fb, sizeof(fb));
			fprintf(f, "  %s | %s", fa, fb);
		}
		fputc('\n', f);
	}
	return n;
}

void regdiff_json(FILE *f, const struct hsim_cpu_state *a, const struct hsim_cpu_state *b,
		  int full, int all)
{
	char name[16];
	int d, first = 1;
	fputc('{', f);
	for (unsigned i = 0; i < nfields(full); i++) {
		uint64_t va = field(a, i, name, sizeof(name), &d);
		uint64_t vb = field(b, i, name, sizeof(name), &d);
		if (!all && va == vb)
			continue;
		fprintf(f, "%s\"%s\":[\"0x%" PRIx64 "\",\"0x%" PRIx64 "\"]", first ? "" : ",", name, va,
			vb);
		first = 0;
	}
	fputc('}', f);
}
