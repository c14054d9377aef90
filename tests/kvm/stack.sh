#!/bin/sh
# Stack overflows whatever the frame size (tests/guests/fault_bigframe.c): a
# frame larger than the whole 2 MiB stack moves RSP past the system area (to
# it, around zero, to a non-canonical address) and must still be reported as
# a stack overflow, while wild writes with RSP in the stack stay protection
# violations; the simulator gives the same lines. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"

v='vm %s( \([^)]*\))?: guest fault '
pf='#PF at 0x[0-9a-f]+ \(%s(\+0x[0-9a-f]+)?\): write of 0x[0-9a-f]+ \(%s\)$'
# want VM LINE-REGEX: the line of VM in $tmp/err matches
want() {
	if grep -Eq "$(printf "$v" "$1")$2" "$tmp/err"; then
		ok "$engine vm $1"
	else
		bad "$engine vm $1: no line /$2/"
		show "$tmp/err"
	fi
}
for engine in kvm sim; do
	flag=
	[ $engine = sim ] && flag=--sim
	"$HSIM" run --quiet $flag --vms 6 --timeout 60 "$G/fault_bigframe.elf" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ $rc = 125 ] && ok "$engine exit status" || bad "$engine exit status $rc, want 125"
	cp "$tmp/err" "$tmp/$engine"
	want 0 "$(printf "$pf" fixed_frame 'stack overflow')"
	want 1 "$(printf "$pf" vla_frame 'stack overflow')"
	want 2 "$(printf "$pf" alloca_frame 'stack overflow')"
	want 3 '#(SS|GP) at 0x[0-9a-f]+ \(vla_frame(\+0x[0-9a-f]+)?\), error code 0x0 \(stack overflow\)$'
	want 4 "$(printf "$pf" wild_write 'protection violation')"
	want 5 "$(printf "$pf" wild_write 'protection violation')"
done
# the small-frame overflow still says so
expect fault_stack 125 'before' "$(printf "$v" 0)"'#PF at 0x[0-9a-f]+ \(deep(\+0x[0-9a-f]+)?\): write of 0x1f[0-9a-f]{4} \(stack overflow\)$' -- run "$G/fault_stack.elf"
if cmp -s "$tmp/kvm" "$tmp/sim"; then
	ok "sim=kvm"
else
	bad "sim=kvm"
	diff "$tmp/kvm" "$tmp/sim"
fi
exit $fail
