#!/bin/sh
# expm1, log1p and the hyperbolic functions (sdk/libc/hyper.c, which takes
# a few steps in x87 extended precision) in a guest: they run to the end in
# KVM and under --sim, and both engines compute the same bits
# (tests/guests/hyper.c prints a checksum of them all and a sample). Skips
# (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"

expect_within hyper_kvm 0 '^hyper ok$' - 30 -- run "$G/hyper.elf"
cp "$tmp/out" "$tmp/kvm"
expect_within hyper_sim 0 '^hyper ok$' - 60 -- run --sim "$G/hyper.elf"
if cmp -s "$tmp/kvm" "$tmp/out"; then
	ok hyper_same_output
else
	bad "hyper_same_output: KVM and --sim compute differently"
	diff "$tmp/kvm" "$tmp/out" | head -20
fi
exit $fail
