#!/usr/bin/env bash
# `make bench` item 14 (or on its own, from the build directory): the
# multi-file C program of tests/programs/bigprog (interpreter, compressor,
# self-test) built natively (gcc -O2 against glibc) and as a guest
# (hsim-cc -O2), timed natively, in KVM and under --sim: best of $REPS
# runs each, and the ratios. Its output must be the same in all three.
set -eu
srcdir=${srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
REPS=${REPS:-3}
HSIM=${HSIM:-./tools/hsim}
out=${out:-bench/out}
mkdir -p "$out"
prog=$srcdir/tests/programs/bigprog

gcc -O2 -std=c99 -o "$out/bigprog.native" "$prog"/*.c -lm
./hsim-cc -O2 -std=c99 -o "$out/bigprog.elf" "$prog"/*.c -lm

now() { date +%s.%N; }
# best TIME-OF-COMMAND over REPS runs, in seconds (its stdout in $out/bigprog.last)
best() {
	local b=
	for _ in $(seq "$REPS"); do
		local t0 t1
		t0=$(now); "$@" >"$out/bigprog.last" 2>/dev/null; t1=$(now)
		b=$(awk -v a="$t0" -v z="$t1" -v b="$b" 'BEGIN { d = z - a; if (b == "" || d < b) b = d; printf "%.4f", b }')
	done
	echo "$b"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

native=$(best "$out/bigprog.native")
cp "$out/bigprog.last" "$out/bigprog.native.out"
kvm=$(best "$HSIM" run "$out/bigprog.elf")
cmp -s "$out/bigprog.last" "$out/bigprog.native.out" && kvmsame=same || kvmsame=DIFFERENT
sim=$(best "$HSIM" run --sim "$out/bigprog.elf")
cmp -s "$out/bigprog.last" "$out/bigprog.native.out" && simsame=same || simsame=DIFFERENT
insns=$($HSIM run --sim --stats "$out/bigprog.elf" 2>&1 >/dev/null | sed -nE 's/.* ([0-9]+) instructions simulated.*/\1/p' | head -1)
echo "14. A real C program (tests/programs/bigprog: interpreter + compressor self-test, ${insns} instructions)"
echo "   native: ${native} s   hsim run (KVM): ${kvm} s = $(ratio "$kvm" "$native") x native   --sim: ${sim} s = $(ratio "$sim" "$native") x native, $(ratio "$sim" "$kvm") x KVM, $(awk -v i="$insns" -v t="$sim" 'BEGIN { printf "%.0f", i / t / 1e6 }') MIPS"
echo "   output vs native: KVM $kvmsame, --sim $simsame"
