#!/bin/sh
# The guest libc end to end (tests/guests/libc.c): its checks pass in KVM
# and under --sim, and both engines print the same. Skips (77) without
# /dev/kvm.
. "$(dirname "$0")/lib.sh"

for engine in kvm sim; do
	flag=; [ $engine = sim ] && flag=--sim
	rc=0
	timeout -s KILL 120 "$HSIM" run $flag "$G/libc.elf" >"$tmp/$engine.out" 2>"$tmp/$engine.err" || rc=$?
	if [ $rc = 0 ] && grep -q '^libc ok$' "$tmp/$engine.out"; then
		echo "ok   libc_$engine"
	else
		echo "FAIL libc_$engine: exit status $rc"
		show "$tmp/$engine.out" "$tmp/$engine.err"
		fail=1
	fi
done
if cmp -s "$tmp/kvm.out" "$tmp/sim.out"; then
	echo "ok   libc_same_output"
else
	echo "FAIL libc_same_output: KVM and --sim print differently"
	diff "$tmp/kvm.out" "$tmp/sim.out" | head -20
	fail=1
fi
exit $fail
