#!/bin/sh
# `make demo`: the demo guest on 4 VMs in KVM, then the same 4 VMs in the
# pure simulator; the primes each VM counts must be the same on both engines.
set -e
HSIM=${HSIM:-./tools/hsim}
ELF=${1:-examples/demo.elf}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== KVM: 4 VMs, 4 threads"
"$HSIM" run --vms 4 --timeout 60 --stats "$ELF" | tee "$tmp/kvm"
echo "== simulator: the same 4 VMs"
"$HSIM" run --vms 4 --timeout 300 --sim --stats "$ELF" | tee "$tmp/sim"
# the counts, without the timings (which differ)
strip() { sed 's/ in [0-9.]* ms$//' "$1" | sort; }
if [ "$(strip "$tmp/kvm")" = "$(strip "$tmp/sim")" ]; then
	echo "== KVM and simulator agree on every VM's result"
else
	echo "== KVM and simulator DISAGREE" >&2
	exit 1
fi
