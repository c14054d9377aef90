#!/bin/sh
# `make update-golden`: re-record the golden traces of traces/ (needs KVM).
# Deliberate: a change that makes the old ones diverge under `make check`
# (tests/unit/golden.sh replays them) is either a bug or a change of what
# guests do, and updating them says which. The command lines here are the
# traces' documentation (traces/README.md).
set -eu
HSIM=${HSIM:-./tools/hsim}
G=${HSIM_GUESTS:-tests/guests}
OUT=${1:-traces}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the block device's disk: 128 sectors of a fixed pattern
awk 'BEGIN { for (i = 0; i < 65536; i++) printf "%c", (i * 7 + 3) % 251 + 1 }' >"$tmp/disk.img"

# five VMs, five guests: patched instructions with time and random inputs,
# --simulate calls, MMIO devices (complex events) with device inputs, SSE
# state across thousands of exits, a guest fault; a checkpoint every 25
# exits of each VM
"$HSIM" record -o "$OUT/golden-v2.hst" --quiet --seed 7 --clock-step 1000 --simulate fib \
	--checkpoint-every 25 --disk "$tmp/disk.img" \
	"$G/tsc_rand.elf" "$G/simfuncs.elf" "$G/devices.elf" "$G/sse_state.elf" "$G/fault_pf.elf" ||
	[ $? = 125 ] # fault_pf faults, as it should
"$HSIM" stat "$OUT/golden-v2.hst" | head -3
