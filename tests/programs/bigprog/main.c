/*
 * main.c - bigprog's self-test: the C-level checks, then every embedded
 * script in one VM, then totals.  Everything printed is deterministic, so
 * the output of any correct build is the same byte for byte; the exit
 * status is 0 if every check passed, 1 if not.
 */
#include "scripts.h"
#include "selftest.h"
#include "vm.h"

#include <stdio.h>
#include <string.h>

/* A small function shown as bytecode, to check the compiler's output. */
static const char disasm_src[] =
	"fn sum_to(n) {\n"
	"\tlet s = 0;\n"
	"\tfor (i in range(n)) if (i % 2 == 0 && i != 4) s += i; else s -= 1;\n"
	"\treturn s;\n"
	"}\n"
	"print(\"sum_to(10) =\", sum_to(10));\n";

static int run_scripts(void)
{
	vm *v = xmalloc(sizeof(vm));
	unsigned long steps;
	int i, errors = 0;
	oproto *p;

	vm_init(v);
	out("== bytecode ==\n");
	p = compile_script(v, "disasm", disasm_src);
	disassemble(p, 1);
	vm_run_script(v, "disasm", disasm_src);
	for (i = 0; i < nscripts; i++) {
		steps = v->steps;
		out("== script %s ==\n", scripts[i].name);
		if (vm_run_script(v, scripts[i].name, scripts[i].source) < 0)
			errors++;
		out("-- %s: %lu vm steps\n", scripts[i].name, v->steps - steps);
	}
	vm_collect(v);
	out("== vm ==\n  %d scripts, %d failed (2 on purpose), %lu steps, %lu objects allocated,"
	    " %lu collections, %lu objects freed, %lu live (%lu bytes)\n",
	    nscripts, errors, v->steps, v->allocated, v->collections, v->freed,
	    v->allocated - v->freed, (unsigned long)v->bytes);
	vm_free(v);
	xfree(v);
	return errors == 2 ? 0 : 1;
}

int main(void)
{
	int failed = 0;

	out("bigprog self-test\n");
	failed += test_checksums();
	failed += test_words();
	failed += test_compression();
	failed += test_formatting();
	failed += run_scripts();
	out("== done ==\n  %d failed checks; %ld blocks still allocated\n", failed, util_live_blocks);
	if (util_live_blocks != 0)
		failed++;
	out("  output: %lu bytes before this line\n", out_bytes());
	printf("  output checksum: %08x\n", (unsigned)out_checksum());
	return failed ? 1 : 0;
}
