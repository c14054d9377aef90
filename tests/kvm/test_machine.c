/* Machine API tests on tiny raw guests: exits, console, registers, faults,
 * time limits, several VMs, bad configurations. Needs /dev/kvm (exit 77 if
 * absent); every scenario also runs in the simulator. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <hsim.h>
#include <hsim/abi.h>

#define LOAD 0x400000

/* mov $0x1111,%rbx; movabs $1.0,%rax; movq %rax,%xmm3; hypercall exit(42) */
static const uint8_t exit42[] = {
	0x48, 0xc7, 0xc3, 0x11, 0x11, 0x00, 0x00,
	0x48, 0xb8, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f,
	0x66, 0x48, 0x0f, 0x6e, 0xd8,
	0xba, 0x10, 0x05, 0x00, 0x00,
	0xb8, 0x00, 0x00, 0x00, 0x00,
	0xbf, 0x2a, 0x00, 0x00, 0x00,
	0xef, 0xeb, 0xfe,
};
/* write(1, "hi vm\n", 6); exit(result of write) */
static const uint8_t write_exit[] = {
	0x48, 0x8d, 0x35, 0x1e, 0x00, 0x00, 0x00,
	0xbf, 0x01, 0x00, 0x00, 0x00,
	0xb9, 0x06, 0x00, 0x00, 0x00,
	0xb8, 0x01, 0x00, 0x00, 0x00,
	0xba, 0x10, 0x05, 0x00, 0x00,
	0xef,
	0x48, 0x89, 0xc7,
	0xb8, 0x00, 0x00, 0x00, 0x00,
	0xef,
	'h', 'i', ' ', 'v', 'm', '\n',
};
static const uint8_t ud[] = { 0x90, 0x0f, 0x0b };
static const uint8_t spin[] = { 0xeb, 0xfe };
/* mov (%rax),%eax with rax = 0 from reset: NULL read -> #PF */
static const uint8_t nullread[] = { 0x8b, 0x00, 0xeb, 0xfe };

struct capture {
	char text[4][256];
	size_t len[4];
	int calls;
};

static void capture_console(void *ctx, unsigned vm, int fd, const char *buf, size_t len)
{
	struct capture *c = ctx;
	(void)fd;
	if (vm < 4 && c->len[vm] + len < sizeof(c->text[vm])) {
		memcpy(c->text[vm] + c->len[vm], buf, len);
		c->len[vm] += len;
	}
	c->calls++;
}

static enum hsim_engine engine;

static void run_raw(const uint8_t *code, size_t len, unsigned nvms, double timeout,
		    struct capture *cap, struct hsim_vm_result *res)
{
	struct hsim_image *img;
	struct hsim_machine *m;
	struct hsim_machine_config cfg = { .engine = engine, .timeout = timeout,
					   .console = capture_console, .console_ctx = cap };
	assert_int_equal(hsim_image_load_raw(&img, code, len, LOAD, "raw"), 0);
	assert_int_equal(hsim_machine_create(&m, &cfg), 0);
	for (unsigned i = 0; i < nvms; i++)
		assert_int_equal(hsim_machine_add_vm(m, img), (int)i);
	struct hsim_vm_result before;
	assert_int_equal(hsim_vm_result(hsim_machine_vm(m, 0), &before), HSIM_E_NOT_RUN);
	assert_int_equal(before.status, HSIM_VM_NOT_RUN);
	assert_int_equal(hsim_machine_run(m), 0);
	for (unsigned i = 0; i < nvms; i++) {
		struct hsim_vm *vm = hsim_machine_vm(m, i);
		assert_non_null(vm);
		assert_int_equal(hsim_vm_index(vm), i);
		assert_ptr_equal(hsim_vm_image(vm), img);
		assert_int_equal(hsim_vm_result(vm, &res[i]), 0);
	}
	assert_null(hsim_machine_vm(m, nvms));
	assert_int_equal(hsim_machine_run(m), HSIM_E_INVAL); /* runs once */
	hsim_machine_destroy(m);
	hsim_image_destroy(img);
}

static void test_exit_and_registers(void **state)
{
	struct capture cap = { 0 };
	struct hsim_vm_result r;
	char line[128];
	(void)state;
	run_raw(exit42, sizeof(exit42), 1, 10, &cap, &r);
	assert_int_equal(r.status, HSIM_VM_EXITED);
	assert_int_equal(r.exit_code, 42);
	assert_int_equal(r.regs.gpr[HSIM_RBX], 0x1111);
	assert_int_equal(r.regs.gpr[HSIM_RDI], 42);
	assert_int_equal(r.regs.xmm[3].q[0], 0x3ff0000000000000ull);
	assert_int_equal(r.regs.mxcsr, 0x1f80);
	/* RIP after the `out`, on both engines */
	assert_int_equal(r.regs.rip, LOAD + sizeof(exit42) - 2);
	assert_int_equal(r.hypercalls, 1);
	hsim_vm_result_describe(&r, NULL, line, sizeof(line));
	assert_string_equal(line, "exited with code 42");
}

static void test_console_several_vms(void **state)
{
	struct capture cap = { 0 };
	struct hsim_vm_result r[3];
	(void)state;
	run_raw(write_exit, sizeof(write_exit), 3, 10, &cap, r);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(r[i].status, HSIM_VM_EXITED);
		assert_int_equal(r[i].exit_code, 6);
		assert_int_equal(cap.len[i], 6);
		assert_memory_equal(cap.text[i], "hi vm\n", 6);
	}
}

static void test_fault(void **state)
{
	struct capture cap = { 0 };
	struct hsim_vm_result r;
	char line[128];
	(void)state;
	run_raw(ud, sizeof(ud), 1, 10, &cap, &r);
	assert_int_equal(r.status, HSIM_VM_FAULT);
	assert_int_equal(r.vector, 6);
	assert_int_equal(r.regs.rip, LOAD + 1);
	hsim_vm_result_describe(&r, NULL, line, sizeof(line));
	assert_string_equal(line, "guest fault #UD at 0x400001");

	run_raw(nullread, sizeof(nullread), 1, 10, &cap, &r);
	assert_int_equal(r.status, HSIM_VM_FAULT);
	assert_int_equal(r.vector, 14);
	assert_int_equal(r.fault_addr, 0);
	assert_int_equal(r.error_code, 4); /* user read, not present */
	assert_int_equal(r.regs.rip, LOAD);
}

static void test_timeout(void **state)
{
	struct capture cap = { 0 };
	struct hsim_vm_result r[2];
	(void)state;
	run_raw(spin, sizeof(spin), 2, 0.3, &cap, r);
	for (int i = 0; i < 2; i++) {
		assert_int_equal(r[i].status, HSIM_VM_TIMEOUT);
		assert_int_equal(r[i].error, HSIM_E_TIMEOUT);
		assert_true(r[i].seconds >= 0.25 && r[i].seconds < 5);
		assert_int_equal(r[i].regs.rip, LOAD);
	}
}

static void test_bad_config(void **state)
{
	struct hsim_machine *m;
	struct hsim_image *img;
	struct hsim_machine_config cfg = { .engine = engine, .mem_size = 3 << 20 };
	struct hsim_vm_result r;
	(void)state;
	assert_int_equal(hsim_machine_create(&m, &cfg), HSIM_E_INVAL);
	cfg.mem_size = 16 << 20;
	assert_int_equal(hsim_machine_create(&m, &cfg), 0);
	/* Images go above the stack and inside memory. */
	assert_int_equal(hsim_image_load_raw(&img, spin, sizeof(spin), (16 << 20) - 1, "hi"), 0);
	assert_int_equal(hsim_machine_add_vm(m, img), HSIM_E_ELF_OUTSIDE);
	hsim_image_destroy(img);
	assert_int_equal(hsim_image_load_raw(&img, spin, sizeof(spin), HSIM_GUEST_STACK_TOP - 2, "lo"), 0);
	assert_int_equal(hsim_machine_add_vm(m, img), HSIM_E_ELF_OUTSIDE);
	assert_int_equal(hsim_machine_run(m), HSIM_E_INVAL); /* no VMs */
	assert_int_equal(hsim_machine_result(m, 0, &r), HSIM_E_INVAL);
	assert_null(hsim_machine_vm(m, 0));
	assert_int_equal(hsim_vm_result(NULL, &r), HSIM_E_INVAL);
	hsim_machine_destroy(m);
	hsim_image_destroy(img);
	hsim_machine_destroy(NULL);
}

/* mov $1,%eax; xor %ecx,%ecx; cpuid; mov %eax,%edi; hypercall exit(edi) */
static const uint8_t cpuid_exit[] = {
	0xb8, 0x01, 0x00, 0x00, 0x00, 0x31, 0xc9, 0x0f, 0xa2, 0x89, 0xc7,
	0xba, 0x10, 0x05, 0x00, 0x00, 0xb8, 0x00, 0x00, 0x00, 0x00, 0xef, 0xeb, 0xfe,
};

/* Run cpuid_exit with the event list `text` (NULL: the default); the count
 * of the entry deciding the cpuid goes to *cpuid_count. */
static void run_with_events(const char *text, struct hsim_vm_result *r, uint64_t *cpuid_count)
{
	struct hsim_image *img;
	struct hsim_machine *m;
	struct hsim_events *ev;
	struct hsim_machine_config cfg = { .engine = engine, .timeout = 10 };
	char err[128];
	assert_int_equal(hsim_image_load_raw(&img, cpuid_exit, sizeof(cpuid_exit), LOAD, "raw"), 0);
	assert_int_equal(hsim_machine_create(&m, &cfg), 0);
	assert_int_equal(hsim_machine_add_vm(m, img), 0);
	if (text) {
		assert_int_equal(hsim_events_create(&ev), 0);
		assert_int_equal(hsim_events_parse(ev, text, err, sizeof(err)), 0);
		assert_int_equal(hsim_machine_set_events(m, ev), 0);
		hsim_events_destroy(ev);
	}
	assert_int_equal(hsim_machine_run(m), 0);
	assert_int_equal(hsim_machine_result(m, 0, r), 0);
	const struct hsim_vm *vm = hsim_machine_vm(m, 0);
	const struct hsim_events *list = hsim_vm_events(vm);
	struct hsim_exit ex = { .kind = HSIM_EXIT_INSN, .insn = HSIM_INSN_CPUID };
	int i = hsim_events_classify(list, &ex);
	assert_true(i >= 0);
	*cpuid_count = hsim_vm_event_count(vm, (size_t)i);
	hsim_machine_destroy(m);
	hsim_image_destroy(img);
}

static void test_event_lists(void **state)
{
	struct hsim_vm_result simple, complex, stopped;
	uint64_t n_simple, n_complex, n_stop;
	(void)state;
	run_with_events(NULL, &simple, &n_simple);
	run_with_events("insn cpuid complex simulate\n", &complex, &n_complex);
	run_with_events("insn cpuid stop error\n", &stopped, &n_stop);
	/* the platform's CPUID either way: leaf 1 with the same signature */
	assert_int_equal(simple.status, HSIM_VM_EXITED);
	assert_int_equal(complex.status, HSIM_VM_EXITED);
	assert_int_equal(simple.exit_code, complex.exit_code);
	assert_memory_equal(simple.regs.gpr, complex.regs.gpr, sizeof(simple.regs.gpr));
	assert_int_equal(simple.regs.gpr[HSIM_RCX] & (1u << 28), 0); /* no AVX */
	assert_int_equal(n_simple, 1);
	assert_int_equal(n_complex, 1);
	assert_int_equal(simple.events[HSIM_CLASS_COMPLEX], 0);
	assert_int_equal(complex.events[HSIM_CLASS_COMPLEX], 1);
	/* the one simulated instruction of the complex event */
	assert_int_equal(complex.instructions, simple.instructions + 1);
	if (engine == HSIM_ENGINE_KVM)
		assert_int_equal(simple.instructions, 0);
	/* stopped at the cpuid, before it */
	assert_int_equal(stopped.status, HSIM_VM_ERROR);
	assert_int_equal(n_stop, 1);
	assert_int_equal(stopped.regs.rip, LOAD + 7);
	assert_int_equal(stopped.events[HSIM_CLASS_STOP], 1);
}

/* in al/ax/eax from port 0x60, each into a fresh 0x1122334455667788, kept
 * in rsi, r8, r9; then exit(0) */
static const uint8_t in_sizes[] = {
	0x48, 0xb8, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0xe4, 0x60,
	0x48, 0x89, 0xc6, 0x48, 0xb8, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22,
	0x11, 0x66, 0xe5, 0x60, 0x49, 0x89, 0xc0, 0x48, 0xb8, 0x88, 0x77, 0x66,
	0x55, 0x44, 0x33, 0x22, 0x11, 0xe5, 0x60, 0x49, 0x89, 0xc1, 0xba, 0x10,
	0x05, 0x00, 0x00, 0xb8, 0x00, 0x00, 0x00, 0x00, 0xbf, 0x00, 0x00, 0x00,
	0x00, 0xef, 0xeb, 0xfe,
};

/* `skip` on an `in` reads all ones into AL, AX or EAX, as the instruction
 * writes them: the rest of RAX kept for 8 and 16 bits, cleared for 32. */
static void test_in_skip(void **state)
{
	struct hsim_image *img;
	struct hsim_machine *m;
	struct hsim_events *ev;
	struct hsim_machine_config cfg = { .engine = engine, .timeout = 10 };
	struct hsim_vm_result r;
	char err[128];
	(void)state;
	assert_int_equal(hsim_image_load_raw(&img, in_sizes, sizeof(in_sizes), LOAD, "raw"), 0);
	assert_int_equal(hsim_machine_create(&m, &cfg), 0);
	assert_int_equal(hsim_machine_add_vm(m, img), 0);
	assert_int_equal(hsim_events_create(&ev), 0);
	assert_int_equal(hsim_events_parse(ev, "io 0x60 simple skip\n", err, sizeof(err)), 0);
	assert_int_equal(hsim_machine_set_events(m, ev), 0);
	hsim_events_destroy(ev);
	assert_int_equal(hsim_machine_run(m), 0);
	assert_int_equal(hsim_machine_result(m, 0, &r), 0);
	assert_int_equal(r.status, HSIM_VM_EXITED);
	assert_int_equal(r.regs.gpr[HSIM_RSI], 0x11223344556677ffull);
	assert_int_equal(r.regs.gpr[HSIM_R8], 0x112233445566ffffull);
	assert_int_equal(r.regs.gpr[HSIM_R9], 0xffffffffull);
	hsim_machine_destroy(m);
	hsim_image_destroy(img);
}

static void test_simulate_api(void **state)
{
	struct hsim_image *img;
	struct hsim_machine *m;
	struct hsim_machine_config cfg = { .engine = engine };
	char err[128];
	(void)state;
	assert_int_equal(hsim_image_load_raw(&img, spin, sizeof(spin), LOAD, "raw"), 0);
	assert_int_equal(hsim_machine_create(&m, &cfg), 0);
	assert_int_equal(hsim_machine_simulate(m, "main", err, sizeof(err)), HSIM_E_INVAL); /* no VM */
	assert_int_equal(hsim_machine_add_vm(m, img), 0);
	assert_int_equal(hsim_machine_simulate(m, "main", err, sizeof(err)), HSIM_E_SYMBOL);
	assert_non_null(strstr(err, "no function 'main'"));
	assert_int_equal(hsim_machine_set_events(m, NULL), HSIM_E_INVAL);
	hsim_machine_destroy(m);
	hsim_image_destroy(img);
}

static int use_kvm(void **state) { (void)state; engine = HSIM_ENGINE_KVM; return 0; }
static int use_sim(void **state) { (void)state; engine = HSIM_ENGINE_SIM; return 0; }

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exit_and_registers),
		cmocka_unit_test(test_console_several_vms),
		cmocka_unit_test(test_fault),
		cmocka_unit_test(test_timeout),
		cmocka_unit_test(test_bad_config),
		cmocka_unit_test(test_event_lists),
		cmocka_unit_test(test_simulate_api),
		cmocka_unit_test(test_in_skip),
	};
	if (hsim_kvm_available() != 0) {
		fprintf(stderr, "test_machine: no usable /dev/kvm, skipping\n");
		return 77;
	}
	int failed = cmocka_run_group_tests_name("kvm", tests, use_kvm, NULL);
	failed += cmocka_run_group_tests_name("sim", tests, use_sim, NULL);
	return failed ? 1 : 0;
}
