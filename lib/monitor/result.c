/* A VM's outcome: errors, faults, and the one-line description of it. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <hsim/abi.h>
#include <hsim/error.h>
#include "monitor.h"

void vm_set_error(struct hsim_vm *vm, int err, const char *fmt, ...)
{
	va_list ap;
	vm->res.status = HSIM_VM_ERROR;
	vm->res.error = err;
	va_start(ap, fmt);
	vsnprintf(vm->res.detail, sizeof(vm->res.detail), fmt, ap);
	va_end(ap);
}

void vm_set_fault(struct hsim_vm *vm, unsigned vector, uint32_t error_code, uint64_t cr2)
{
	vm->res.status = HSIM_VM_FAULT;
	vm->res.error = HSIM_E_GUEST_FAULT;
	vm->res.vector = (uint8_t)vector;
	vm->res.error_code = error_code;
	vm->res.fault_addr = cr2;
}

/* Did the stack overflow? A stack that grows a little at a time runs into
 * the system area just below it: a push or call faults there with RSP
 * still at the stack's bottom. A frame larger than the whole stack (a big
 * array, a VLA, alloca) moves RSP past the system area at once, to page 0
 * or around zero to the top of the address space or to a non-canonical
 * address, and the fault comes wherever the first access lands (#PF
 * protection violation or not present, #SS, #GP): what tells it is RSP
 * itself: below the stack, or wrapped around zero (bit 63 set: whatever
 * was subtracted from an RSP in the stack, up to 2^63, lands there). An
 * RSP set to a wild value above the stack (0x800000000000, say) is not an
 * overflow but a wild stack pointer, and a wild pointer with RSP in the
 * stack is not one either, even just below the stack. */
static int stack_overflowed(const struct hsim_vm_result *r)
{
	uint64_t rsp = r->regs.gpr[HSIM_RSP];
	if (rsp < HSIM_GUEST_USER_BASE || rsp >> 63)
		return 1;
	return r->vector == 14 && r->fault_addr < HSIM_GUEST_USER_BASE &&
	       r->fault_addr >= HSIM_GUEST_USER_BASE - 0x10000 &&
	       rsp < HSIM_GUEST_USER_BASE + 0x10000;
}

int hsim_vm_result_describe(const struct hsim_vm_result *r,
			    const struct hsim_image *img, char *buf, size_t n)
{
	char sym[96] = "";
	if (img && hsim_image_symbolize(img, r->regs.rip, sym + 2, sizeof(sym) - 3)) {
		sym[0] = ' ';
		sym[1] = '(';
		strcat(sym, ")");
	}
	switch (r->status) {
	case HSIM_VM_EXITED:
		return snprintf(buf, n, "exited with code %d", r->exit_code);
	case HSIM_VM_FAULT:
		if (r->vector == 14)
			return snprintf(buf, n, "guest fault #PF at 0x%llx%s: %s of 0x%llx (%s)",
					(unsigned long long)r->regs.rip, sym,
					(r->error_code & 16) ? "fetch" :
					(r->error_code & 2) ? "write" : "read",
					(unsigned long long)r->fault_addr,
					stack_overflowed(r) ? "stack overflow" :
					(r->error_code & 1) ? "protection violation" : "not present");
		if (r->vector == 13 || r->vector == 12 || r->vector == 10 || r->vector == 11)
			return snprintf(buf, n, "guest fault %s at 0x%llx%s, error code 0x%x%s",
					hsim_exception_name(r->vector),
					(unsigned long long)r->regs.rip, sym, r->error_code,
					r->vector != 10 && r->vector != 11 && stack_overflowed(r) ?
					" (stack overflow)" : "");
		return snprintf(buf, n, "guest fault %s at 0x%llx%s",
				hsim_exception_name(r->vector),
				(unsigned long long)r->regs.rip, sym);
	case HSIM_VM_TIMEOUT:
		return snprintf(buf, n, "time limit exceeded after %.2f s, guest at 0x%llx%s",
				r->seconds, (unsigned long long)r->regs.rip, sym);
	case HSIM_VM_INTERRUPTED:
		return snprintf(buf, n, "interrupted at 0x%llx%s", (unsigned long long)r->regs.rip, sym);
	case HSIM_VM_DEADLOCK:
		return snprintf(buf, n, "deadlock: waits in hsim_recv at 0x%llx%s for a message no "
				"running VM can send", (unsigned long long)r->regs.rip, sym);
	case HSIM_VM_ERROR:
		return snprintf(buf, n, "error: %s%s%s", hsim_strerror(r->error),
				r->detail[0] ? ": " : "", r->detail);
	default:
		return snprintf(buf, n, "did not run");
	}
}
