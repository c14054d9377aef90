#!/bin/sh
# End-to-end: every test guest through `hsim run`, outcome and messages
# checked; then the same guests in the simulator must give the same console
# output, exit code and final registers. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"

expect hello 0 '^hello from vm 0 of 1$' - -- run "$G/hello.elf"
expect fault_ud 125 '^before the fault$' 'vm 0( \([^)]*\))?: guest fault #UD at 0x[0-9a-f]+ \(trigger(\+0x[0-9a-f]+)?\)$' -- run "$G/fault_ud.elf"
expect fault_bp 125 'before' 'vm 0( \([^)]*\))?: guest fault #BP at 0x[0-9a-f]+ \(trigger\+0x[0-9a-f]+\)$' -- run "$G/fault_bp.elf"
expect fault_de 125 'before' 'vm 0( \([^)]*\))?: guest fault #DE at 0x[0-9a-f]+ \(trigger(\+0x[0-9a-f]+)?\)$' -- run "$G/fault_de.elf"
expect fault_pf 125 'before' 'vm 0( \([^)]*\))?: guest fault #PF at 0x[0-9a-f]+ \(trigger(\+0x[0-9a-f]+)?\): write of 0x7f0000001000 \(not present\)$' -- run "$G/fault_pf.elf"
expect fault_null 125 'before' 'vm 0( \([^)]*\))?: guest fault #PF at 0x[0-9a-f]+ \(trigger(\+0x[0-9a-f]+)?\): read of 0x0 \(not present\)$' -- run "$G/fault_null.elf"
expect fault_gp 125 'before' 'vm 0( \([^)]*\))?: guest fault #GP at 0x[0-9a-f]+ \(trigger(\+0x[0-9a-f]+)?\), error code 0x0$' -- run "$G/fault_gp.elf"
expect mainargs 0 "^argc 1 argv\[0\] [^ ]*mainargs.elf argv\[1\] NULL envp\[0\] NULL$" - -- run "$G/mainargs.elf"
expect smc 0 "^smc: sum [0-9]+, 0 errors$" - -- run "$G/smc.elf"
expect fault_int1 125 '^before$' 'vm 0( \([^)]*\))?: guest fault #DB at 0x[0-9a-f]+ \(trigger\+0x1\)$' -- run "$G/fault_int1.elf"
expect fault_tf 125 'before' 'vm 0( \([^)]*\))?: guest fault #DB at 0x[0-9a-f]+ \(trigger\+0x[0-9a-f]+\)$' -- run "$G/fault_tf.elf"
expect badport 126 'before' 'vm 0( \([^)]*\))?: error: VM exit the monitor does not handle: in of port 0x60, stopped after it at 0x[0-9a-f]+$' -- run "$G/badport.elf"
expect fakeexc 126 'before' 'vm 0( \([^)]*\))?: error: VM exit the monitor does not handle: out of port 0x511, stopped after it at 0x[0-9a-f]+$' -- run "$G/fakeexc.elf"
expect fault_stack 125 'before' 'vm 0( \([^)]*\))?: guest fault #PF at 0x[0-9a-f]+ \(deep(\+0x[0-9a-f]+)?\): write of 0x1f[0-9a-f]{4} \(stack overflow\)$' -- run "$G/fault_stack.elf"
expect wildptr 0 '^0 failures$' - -- run "$G/wildptr.elf"
expect spin 124 '^spinning$' 'vm 0( \([^)]*\))?: time limit exceeded after [0-9.]+ s, guest at 0x[0-9a-f]+ \(main' -- run --timeout 0.5 "$G/spin.elf"
expect vms4 0 '^\[vm 3\] vm 3/4 partial [0-9]+$' - -- run --vms 4 "$G/multivm.elf"
expect side_by_side 125 '^\[vm 1\] hello from vm 1 of 2$' 'vm 0( \([^)]*\))?: guest fault #UD' -- run "$G/fault_ud.elf" "$G/hello.elf"
echo "not an ELF" >"$tmp/junk.elf"
expect bad_elf 2 - "not a readable ELF file" -- run "$tmp/junk.elf"
expect missing 2 - 'No such file' -- run "$G/nonexistent.elf"
expect bad_mem 2 - 'multiple of 2M' -- run --mem 3M "$G/hello.elf"
expect check_clean 0 'clean' - -- check "$G/hello.elf"
expect check_untrapped 1 '^  0x[0-9a-f]+ +0f 31 +rdtsc .*\(read_tsc(\+0x[0-9a-f]+)?\)$' - -- check "$G/untrapped.elf"
expect check_avx 1 '\(avx_zero(\+0x[0-9a-f]+)?\)$' - -- check "$G/untrapped.elf"
expect check_syscall 1 '^  0x[0-9a-f]+ +0f 05 +syscall +system call.*\(linux_exit(\+0x[0-9a-f]+)?\)$' - -- check "$G/untrapped.elf"
expect refuse_untrapped 2 - 'refusing to run' -- run "$G/untrapped.elf"
expect allow_untrapped 0 '^tsc nonzero$' - -- run --allow-unchecked "$G/untrapped.elf"
for g in crc32 sha256 sort matrix strings recursion checksum; do
	expect "$g" 0 '.' - -- run --timeout 60 "$G/$g.elf"
done

# Simulator vs KVM: identical console, exit status and final registers.
for g in hello mainargs smc wildptr multivm crc32 sha256 sort matrix strings recursion checksum \
	fault_ud fault_bp fault_de fault_pf fault_null fault_gp fault_stack fault_tf fault_int1 badport fakeexc; do
	"$HSIM" run --seed 7 --regs --timeout 120 "$G/$g.elf" >"$tmp/kvm" 2>&1
	k=$?
	"$HSIM" run --seed 7 --regs --sim --timeout 300 "$G/$g.elf" >"$tmp/sim" 2>&1
	s=$?
	if [ $k != $s ] || ! cmp -s "$tmp/kvm" "$tmp/sim"; then
		echo "FAIL sim=kvm $g: exit $s vs $k"
		diff "$tmp/kvm" "$tmp/sim" | head -20
		fail=1
	else
		echo "ok   sim=kvm $g"
	fi
done
exit $fail
