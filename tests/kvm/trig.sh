#!/bin/sh
# The libc's trigonometric functions (tests/guests/trig.c) give the same
# bits in KVM, in the simulator and switching to it for tan (its quotient
# runs on the x87). Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"

expect trig_kvm 0 '^atan2 +[0-9a-f]{16}$' - -- run "$G/trig.elf"
cp "$tmp/out" "$tmp/kvm"
for how in --sim "--simulate tan"; do
	# shellcheck disable=SC2086 # $how is two words for --simulate
	"$HSIM" run $how "$G/trig.elf" >"$tmp/other" 2>&1
	if cmp -s "$tmp/kvm" "$tmp/other"; then
		ok "trig_same ($how)"
	else
		bad "trig_same ($how)"
		diff "$tmp/kvm" "$tmp/other" | head -20
	fi
done

exit $fail
