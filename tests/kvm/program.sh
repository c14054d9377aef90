#!/bin/sh
# A real multi-file C program (tests/programs/bigprog: a scripting-language
# interpreter with a bytecode VM and a garbage collector, an LZ77+Huffman
# compressor, checksums, a self-test printing ~400 deterministic lines)
# built natively with gcc against glibc and as a guest with hsim-cc at -O2
# and at -O0: every guest run (KVM and --sim, both builds) prints what the
# native binary prints, byte for byte, with its exit status; a KVM
# recording of it prints the same and replays equivalent (in the simulator
# and in KVM). The native part runs without /dev/kvm; the rest skips (77).
HSIM=${HSIM:-tools/hsim}
here=$(cd "$(dirname "$0")" && pwd)
src=$here/../programs/bigprog
hsimcc=${HSIM_GUEST_CC:-$(dirname "$HSIM")/../hsim-cc}

# ---- natively, against glibc (no KVM needed) --------------------------------------
ntmp=$(mktemp -d)
trap 'rm -rf "$ntmp"' EXIT
if ! gcc -O2 -std=c99 -Wall -Wextra -Werror -o "$ntmp/native" "$src"/*.c -lm 2>"$ntmp/cc.err"; then
	echo "FAIL native build:"; sed 's/^/     /' "$ntmp/cc.err" | head -20
	exit 1
fi
"$ntmp/native" >"$ntmp/native.out" 2>"$ntmp/native.err"
nrc=$?
if [ $nrc != 0 ] || ! grep -q '^  0 failed checks; 0 blocks still allocated$' "$ntmp/native.out" ||
	[ -s "$ntmp/native.err" ] || [ "$(wc -l <"$ntmp/native.out")" -lt 300 ]; then
	echo "FAIL native run: exit status $nrc, or its self-test failed:"
	grep -E 'FAIL|WRONG|MISMATCH|failed checks|^error' "$ntmp/native.out" | sed 's/^/     /' | head -20
	sed 's/^/     stderr: /' "$ntmp/native.err" | head -5
	exit 1
fi
echo "ok   native (gcc -O2 against glibc): exit 0, $(wc -l <"$ntmp/native.out") lines, self-test passed"

# ---- as a guest -------------------------------------------------------------------
native=$(cat "$ntmp/native.out"; echo x)
rm -rf "$ntmp"
trap - EXIT
. "$here/lib.sh"
. "$here/../replay_lib.sh"
RECORD_INFO=stat
# a hard limit per run (the machine may be shared; --sim of -O0 is the slowest)
LIMIT="timeout -s KILL ${HARD_LIMIT:-300}"
printf '%s' "${native%x}" >"$tmp/native.out"

for o in O2 O0; do
	if ! "$hsimcc" -$o -std=c99 -Wall -Wextra -Werror -o "$tmp/$o.elf" "$src"/*.c -lm 2>"$tmp/cc.err"; then
		bad "hsim-cc -$o build"; show "$tmp/cc.err"
		continue
	fi
	ok "hsim-cc -$o: built"
done

# same NAME FILE RC: FILE is the native output and RC its status (0)
same() {
	if [ "$3" = 0 ] && cmp -s "$tmp/native.out" "$2"; then
		ok "$1: exit 0, output identical to the native one ($(wc -c <"$2") bytes)"
	else
		bad "$1: exit status $3 (native 0), or the output differs:"
		diff "$tmp/native.out" "$2" | head -20 | sed 's/^/     /'
		[ -s "$tmp/err" ] && show "$tmp/err"
	fi
}

for o in O2 O0; do
	[ -f "$tmp/$o.elf" ] || continue
	for e in kvm sim; do
		opt=
		[ $e = sim ] && opt=--sim
		# shellcheck disable=SC2086
		$LIMIT "$HSIM" run $opt "$tmp/$o.elf" >"$tmp/$o-$e.out" 2>"$tmp/err" </dev/null
		same "-$o hsim run${opt:+ $opt}" "$tmp/$o-$e.out" $?
	done
done

# ---- recorded in KVM, replayed --------------------------------------------------------
if [ -f "$tmp/O2.elf" ]; then
	record bigprog "$tmp/O2.elf"
	cp "$tmp/bigprog.rec.err" "$tmp/err"
	same "-O2 hsim record" "$tmp/bigprog.rec.out" "$rrc"
	equivalent "bigprog replay sim" "$tmp/bigprog.hst" equivalent
	equivalent "bigprog replay direct" "$tmp/bigprog.hst" equivalent --direct
fi
exit "$fail"
