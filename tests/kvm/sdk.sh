#!/bin/sh
# The guest SDK builds ordinary C (and C++) programs: each test program is
# built twice, with hsim-cc for hsim and with the host compiler against
# glibc, and run with the same arguments, environment and input; the
# guest's output and exit status in KVM and in the simulator (--sim) must
# be the native program's. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"
SRC=$(cd "$(dirname "$0")/../guests" && pwd)
HCC=${HSIM_CC_BIN:-$(dirname "$HSIM")/../hsim-cc}
HCXX=$(dirname "$HCC")/hsim-c++
NCC=${NATIVE_CC:-gcc}
NCXX="${NATIVE_CXX:-g++} -fno-exceptions -fno-rtti"

# build NAME FLAGS...: $tmp/NAME.elf (hsim-cc, or hsim-c++ for NAME.cc) and
# $tmp/NAME.native (the host's compiler)
build() {
	b=$1
	shift
	hc=$HCC nc=$NCC f=$SRC/$b.c
	[ -f "$SRC/$b.cc" ] && hc=$HCXX nc=$NCXX f=$SRC/$b.cc
	# shellcheck disable=SC2086
	if ! "$hc" "$@" -o "$tmp/$b.elf" "$f" >"$tmp/build.err" 2>&1 ||
	   ! $nc "$@" -o "$tmp/$b.native" "$f" -lm >>"$tmp/build.err" 2>&1; then
		bad "build $b"
		show "$tmp/build.err"
		return 1
	fi
}

# same LABEL PROG "NAME=VALUE ..." [hsim run options] -- ARGS...: the native
# run (in exactly that environment) and the guest's, in KVM and --sim, give
# the same stdout and exit status; the guest's stderr is the native one's
# (hsim's own report of a non-zero exit aside)
same() {
	label=$1 prog=$2 envs=$3
	shift 3
	hopts=
	for e in $envs; do hopts="$hopts --env $e"; done
	while [ $# -gt 0 ] && [ "$1" != -- ]; do hopts="$hopts $1"; shift; done
	[ "$1" = -- ] && shift
	# shellcheck disable=SC2086
	env -i $envs "$tmp/$prog.native" "$@" >"$tmp/n.out" 2>"$tmp/n.err" <"${STDIN:-/dev/null}"
	n=$?
	# the shell's report of the native program's signal is not the program's
	grep -Ev '^(Aborted|Segmentation fault)' "$tmp/n.err" >"$tmp/n.err2"
	mv "$tmp/n.err2" "$tmp/n.err"
	for engine in kvm sim; do
		o=
		[ $engine = sim ] && o=--sim
		# shellcheck disable=SC2086
		"$HSIM" run $o --timeout 60 $hopts "$tmp/$prog.elf" -- "$@" >"$tmp/h.out" \
			2>"$tmp/h.err" <"${STDIN:-/dev/null}"
		h=$?
		grep -Ev 'vm 0( \([^)]*\))?: ' "$tmp/h.err" >"$tmp/h.err2"
		if [ $h != $n ] || ! cmp -s "$tmp/n.out" "$tmp/h.out" || ! cmp -s "$tmp/n.err" "$tmp/h.err2"; then
			bad "$label ($engine): exit $h, native $n"
			diff "$tmp/n.out" "$tmp/h.out" | head -10
			diff "$tmp/n.err" "$tmp/h.err2" | head -5
		else
			ok "$label ($engine)"
		fi
	done
}

# ---- 1. arguments and environment -------------------------------------------
if build sdk_args -O2; then
	same args-none sdk_args ""
	same args-some sdk_args "HSIM_A=1 HSIM_EMPTY=" -- one "two words" "" "x=y" -- --env
	same args-many sdk_args "HSIM=/a/b/c LANG=C" -- $(seq 1 200)
	# argv[0] is the program's file name as given
	"$HSIM" run "$tmp/sdk_args.elf" >/dev/null 2>&1
	cp "$tmp/sdk_args.elf" "$tmp/a0.elf"
	cat >"$tmp/argv0.c" <<'C'
#include <stdio.h>
int main(int argc, char **argv) { printf("%s\n", argv[0]); return argc; }
C
	"$HCC" -o "$tmp/argv0.elf" "$tmp/argv0.c"
	(cd "$tmp" && "$HSIM" run ./argv0.elf -- x >out0 2>&1; echo "rc $?" >>out0)
	if [ "$(cat "$tmp/out0")" = "./argv0.elf
rc 2" ]; then ok "argv[0] as given"; else bad "argv[0] as given: $(cat "$tmp/out0")"; fi
	# every VM gets the arguments; a recording replays with them (no files)
	"$HSIM" record -o "$tmp/args.hst" --env HSIM_A=rec "$tmp/sdk_args.elf" "$tmp/sdk_args.elf" \
		-- a b >"$tmp/rec.out" 2>&1
	r=$?
	if [ $r = 2 ] && [ "$(grep -c 'getenv(HSIM_A) rec' "$tmp/rec.out")" = 2 ] &&
	   "$HSIM" replay --json "$tmp/args.hst" >"$tmp/replay.json" 2>&1 &&
	   grep -q '"verdict": *"equivalent"' "$tmp/replay.json"; then
		ok "args recorded and replayed"
	else
		bad "args recorded and replayed (record $r)"
		show "$tmp/rec.out" "$tmp/replay.json"
	fi
	expect env-bad 2 - 'hsim: run: --env wants NAME=VALUE' -- run --env NOVALUE "$tmp/sdk_args.elf"
	expect env-bad2 2 - 'hsim: run: --env wants NAME=VALUE' -- run --env =x "$tmp/sdk_args.elf"
	big=$(head -c 100000 /dev/zero | tr '\0' x)
	expect args-too-big 2 - 'more than 256 KiB' -- run "$tmp/sdk_args.elf" -- "$big" "$big" "$big"
fi

# ---- 2. thread-local storage, the stack protector ---------------------------
if build sdk_tls -O2 -fstack-protector-strong; then
	same tls sdk_tls ""
	same tls-smash sdk_tls "" -- smash
	# the FS base moves with the state: the canary checks run in the simulator
	same tls-simulate sdk_tls "" --simulate main -- smash
	same tls-simulate-ok sdk_tls "" --simulate main
	"$HSIM" record -o "$tmp/tls.hst" "$tmp/sdk_tls.elf" >/dev/null 2>&1 &&
	HSIM_KVM_DEVICE=/nonexistent "$HSIM" replay "$tmp/tls.hst" >"$tmp/replay.out" 2>&1 &&
		ok "tls recorded and replayed" || { bad "tls recorded and replayed"; show "$tmp/replay.out"; }
	"$HSIM" record -o "$tmp/tls2.hst" --checkpoint-every 2 --checkpoint-verify "$tmp/sdk_tls.elf" \
		>"$tmp/ck.out" 2>&1 && ok "tls checkpoint-verify" || { bad "tls checkpoint-verify"; show "$tmp/ck.out"; }
fi
# ---- 3. input: stdin, files by name, scanf ---------------------------------
if build sdk_input -O2; then
	same sscanf sdk_input ""
	printf '42 hello 3.5\nXline two\nsome more text, longer than a piece\nend' >"$tmp/in.txt"
	STDIN="$tmp/in.txt" same stdin sdk_input "" --stdin "$tmp/in.txt" -- stdin
	STDIN=/dev/null same stdin-empty sdk_input "" -- stdin
	# a file of several buffers, read by its name
	(cd "$SRC" && cat sdk_input.c sdk_input.c sdk_input.c) >"$tmp/data.txt"
	(cd "$tmp" && same file sdk_input "" --file data.txt="$tmp/data.txt" -- file data.txt)
	mkdir "$tmp/empty"
	(cd "$tmp/empty" && same file-missing sdk_input "" -- file data.txt)
	# hsim's own stdin, for one VM
	printf '7 seven 7.0\n' | "$HSIM" run --stdin - "$tmp/sdk_input.elf" -- stdin >"$tmp/pipe.out" 2>&1
	grep -q "^prompt> scanf 3: 7 'seven' 7.000$" "$tmp/pipe.out" && ok "stdin from a pipe" ||
		{ bad "stdin from a pipe"; show "$tmp/pipe.out"; }
	expect stdin-2vms 2 - "hsim: run: --stdin -: hsim's stdin goes to one VM" -- \
		run --vms 2 --stdin - "$tmp/sdk_input.elf"
	expect stdin-missing 2 - "hsim: run: --stdin $tmp/nope: " -- run --stdin "$tmp/nope" "$tmp/sdk_input.elf"
	expect stdin-dir 2 - "hsim: run: --stdin $tmp: not a regular file" -- run --stdin "$tmp" "$tmp/sdk_input.elf"
	expect file-bad 2 - "hsim: run: --file wants NAME=PATH, not 'x'" -- run --file x "$tmp/sdk_input.elf"
	expect file-twice 2 - "given twice" -- run --file a="$tmp/in.txt" --file a="$tmp/in.txt" \
		"$tmp/sdk_input.elf"
	# two VMs read the same file, each from its start; a recording of it
	# replays without the files (and in KVM, --direct)
	"$HSIM" record -o "$tmp/in.hst" --stdin "$tmp/in.txt" --file data.txt="$tmp/data.txt" \
		--vms 2 "$tmp/sdk_input.elf" -- file data.txt >"$tmp/rec.out" 2>&1
	r=$?
	"$tmp/sdk_input.native" file data.txt >/dev/null 2>&1 # (no file here: ENOENT)
	(cd "$tmp" && ./sdk_input.native file data.txt) | sed 's/^/[vm 0] /' >"$tmp/want0"
	mv "$tmp/data.txt" "$tmp/data.moved"; mv "$tmp/in.txt" "$tmp/in.moved"
	if [ $r = 0 ] && grep '^\[vm 0\]' "$tmp/rec.out" | cmp -s - "$tmp/want0" &&
	   HSIM_KVM_DEVICE=/nonexistent "$HSIM" replay "$tmp/in.hst" >"$tmp/rp.out" 2>&1 &&
	   "$HSIM" replay --direct "$tmp/in.hst" >>"$tmp/rp.out" 2>&1 &&
	   "$HSIM" stat --json "$tmp/in.hst" | grep -q '"file": *[1-9]'; then
		ok "input recorded and replayed without the files"
	else
		bad "input recorded and replayed without the files (record $r)"
		show "$tmp/rec.out" "$tmp/rp.out"
	fi
	mv "$tmp/data.moved" "$tmp/data.txt"; mv "$tmp/in.moved" "$tmp/in.txt"
	"$HSIM" record -o "$tmp/in2.hst" --sim --stdin "$tmp/in.txt" "$tmp/sdk_input.elf" -- stdin \
		>/dev/null 2>&1 && HSIM_KVM_DEVICE=/nonexistent "$HSIM" replay "$tmp/in2.hst" >"$tmp/rp2.out" 2>&1 &&
		ok "stdin recorded (--sim) and replayed" || { bad "stdin recorded (--sim) and replayed"; show "$tmp/rp2.out"; }
fi
# ---- 4. C89 and C++ ------------------------------------------------------------
if build sdk_c89 -std=c89 -pedantic -Werror -O2; then
	same c89 sdk_c89 ""
fi
# a `-x c` before the file: hsim-cc ends it before its own archive
if "$HCC" -x c -o "$tmp/xc.elf" "$SRC/sdk_c89.c" >"$tmp/xc.err" 2>&1 &&
   "$HSIM" run "$tmp/xc.elf" >/dev/null 2>&1; then ok "-x c before the file"; else
	bad "-x c before the file"; show "$tmp/xc.err"; fi
if build sdk_cxx -O2 -Wall -Werror; then
	same c++ sdk_cxx ""
	"$HSIM" run --sim "$tmp/sdk_cxx.elf" -- pure >"$tmp/pure.out" 2>"$tmp/pure.err"
	r=$?
	[ $r = 134 ] && grep -q '^pure virtual method called$' "$tmp/pure.err" &&
		ok "c++ pure virtual call: message, exit 134" || { bad "c++ pure virtual call (exit $r)"; show "$tmp/pure.err"; }
fi
build sdk_cxx -O0 && same c++-O0 sdk_cxx ""
# exceptions are off: a throw is gcc's own compile error
printf 'int main() { throw 1; }\n' >"$tmp/throw.cc"
if ! "$HCXX" -o "$tmp/throw.elf" "$tmp/throw.cc" >"$tmp/throw.err" 2>&1 &&
   grep -q "exception handling disabled" "$tmp/throw.err"; then ok "c++ throw: a compile error"; else
	bad "c++ throw: a compile error"; show "$tmp/throw.err"; fi
# stdout fully buffered (not a terminal): many lines reach hsim in one
# write, and with several VMs each line still gets its VM's prefix; a
# partial last line too; in both engines
printf '#include <stdio.h>\nint main(void) { for (int i = 0; i < 3000; i++) printf("line %%d\\n", i); printf("tail"); return 0; }\n' >"$tmp/lines.c"
if "$HCC" -o "$tmp/lines.elf" "$tmp/lines.c" >"$tmp/lines.err" 2>&1; then
	for e in "" --sim; do
		"$HSIM" run $e --vms 2 "$tmp/lines.elf" >"$tmp/lines.out" 2>&1
		if [ "$(grep -c '^\[vm [01]\] line [0-9]*$' "$tmp/lines.out")" = 6000 ] &&
		   [ "$(grep -c '^\[vm [01]\] tail$' "$tmp/lines.out")" = 2 ] &&
		   [ "$(wc -l <"$tmp/lines.out")" = 6002 ] &&
		   [ "$(grep '^\[vm 1\] line' "$tmp/lines.out" | sed 's/^\[vm 1\] //' | md5sum)" = \
		     "$(seq 0 2999 | sed 's/^/line /' | md5sum)" ]; then
			ok "buffered output of 2 VMs${e:+ $e}: every line prefixed, in order"
		else
			bad "buffered output of 2 VMs${e:+ $e}"; head -5 "$tmp/lines.out"
		fi
	done
else
	bad "build lines.c"; show "$tmp/lines.err"
fi
# A lot of output (6.4 MB): stdout moves to a bigger buffer after two
# fills, so the writes (exits) stay few; what comes out is glibc's output,
# byte for byte, and stderr lines still come out in between
cat >"$tmp/big.c" <<'EOF'
#include <stdio.h>
int main(void)
{
	for (int i = 0; i < 200000; i++) {
		printf("%d %s\n", i, "abcdefghijklmnopqrstuvwxyz");
		if (i % 50000 == 0)
			fprintf(stderr, "err %d\n", i);
	}
	return 0;
}
EOF
if "$HCC" -O2 -o "$tmp/big.elf" "$tmp/big.c" >"$tmp/big.err" 2>&1 && cc -O2 -o "$tmp/big.native" "$tmp/big.c"; then
	"$tmp/big.native" >"$tmp/big.want" 2>"$tmp/big.wanterr"
	"$HSIM" run --stats "$tmp/big.elf" >"$tmp/big.out" 2>"$tmp/big.stderr"
	hc=$(sed -n 's/.* \([0-9]*\) hypercalls.*/\1/p' "$tmp/big.stderr" | head -1)
	if cmp -s "$tmp/big.want" "$tmp/big.out" && [ -n "$hc" ] && [ "$hc" -le 20 ] &&
	   [ "$(grep -c '^err ' "$tmp/big.stderr")" = 4 ]; then
		ok "6.4 MB of output: glibc's bytes, in $hc hypercalls"
	else
		bad "6.4 MB of output (${hc:-?} hypercalls)"; show "$tmp/big.stderr"
	fi
else
	bad "build big.c"; show "$tmp/big.err"
fi
# hsim-cc says at build time what hsim run would refuse (here AVX from
# -mavx2), as a warning: the guest is still built; a clean guest gets none
printf 'double a[64];\nint main(void) { double s = 0; for (int i = 0; i < 64; i++) s += a[i] * a[i]; return (int)s; }\n' >"$tmp/avx.c"
if "$HCC" -O3 -mavx2 -o "$tmp/avx.elf" "$tmp/avx.c" 2>"$tmp/avx.err" && [ -f "$tmp/avx.elf" ] &&
   grep -q "^hsim-cc: warning: .*avx.elf: 'hsim run' will refuse it" "$tmp/avx.err" &&
   grep -q 'AVX instruction' "$tmp/avx.err" &&
   "$HCC" -O3 -o "$tmp/sse.elf" "$tmp/avx.c" 2>"$tmp/sse.err" && [ ! -s "$tmp/sse.err" ]; then
	ok "hsim-cc warns of what hsim run refuses"
else
	bad "hsim-cc warns of what hsim run refuses"; show "$tmp/avx.err"; show "$tmp/sse.err"
fi
exit $fail
