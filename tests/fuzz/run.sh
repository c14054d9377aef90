#!/bin/sh
# Builds the libFuzzer harnesses with clang (ASan + UBSan) and runs each on
# its seed corpus: fuzz_trace (the trace reader, tests/fuzz/trace_corpus)
# and fuzz_elf (the ELF loader and what runs on a loaded image without KVM:
# symbols, hsim check's scan, the patch sweep; tests/fuzz/elf_corpus).
# FUZZ_TIME seconds in all (default 60), shared by the harnesses run;
# FUZZ_TARGETS: which (default "trace elf"). Exit 0: no finding; 1: a crash,
# hang or leak (the input is saved in FUZZ_OUT/crashes); 77: no clang with
# libFuzzer here. FUZZ_JOBS runs that many in parallel.
set -u
src=$(cd "$(dirname "$0")/../.." && pwd)
out=${FUZZ_OUT:-fuzz-out}
time=${FUZZ_TIME:-60}
targets=${FUZZ_TARGETS:-trace elf}
jobs=${FUZZ_JOBS:-1}
CLANG=${CLANG:-clang}
command -v "$CLANG" >/dev/null || { echo "fuzz: no $CLANG: skipped"; exit 77; }
mkdir -p "$out/crashes"
out=$(cd "$out" && pwd)
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
ntargets=$(echo $targets | wc -w)
each=$((time / ntargets))
[ "$each" -ge 1 ] || each=1

# build NAME FILES...: the harness and what it needs of the library, built
# here with the sanitizers (the harness does not depend on the tree's
# configure); exits 77 if clang cannot link libFuzzer
build() {
	name=$1
	shift
	if ! $CLANG $flags -std=gnu11 -I"$src/include" -I"$src/lib" -o "$out/$name" \
		"$@" "$src"/lib/util/error.c "$src"/lib/util/version.c "$src"/lib/util/cpustate.c \
		2>"$out/build-$name.log"; then
		if grep -q -i 'fuzzer' "$out/build-$name.log"; then
			echo "fuzz: $CLANG cannot link libFuzzer (Debian: libclang-rt-dev): skipped"
			cat "$out/build-$name.log"
			exit 77
		fi
		cat "$out/build-$name.log"
		echo "fuzz: the harness $name does not build"
		exit 1
	fi
}

# run NAME SEEDS MAX-LEN: the harness for $each seconds; new inputs in
# $out/corpus-NAME
# (-timeout: an input taking 10 s is a hang; -rss_limit_mb: trace frames may
# ask for up to 1 GiB each (the format's bound), the sanitizers add to it;
# -jobs: libFuzzer's own processes, each logging to fuzz-N.log in the
# current directory, so run in $out)
found=0
run() {
	name=$1 seeds=$2 maxlen=$3
	mkdir -p "$out/corpus-$name"
	echo "fuzz: $name for $each s, $jobs job(s), seeds in ${seeds#$src/}, new inputs in $out/corpus-$name"
	par=
	[ "$jobs" -gt 1 ] && par="-jobs=$jobs -workers=$jobs"
	rm -f "$out"/fuzz-*.log
	(cd "$out" && ./"$name" -max_total_time="$each" -timeout=10 -rss_limit_mb=4096 \
		-max_len="$maxlen" -artifact_prefix="$out/crashes/$name-" -print_final_stats=1 $par \
		"$out/corpus-$name" "$seeds" >"$out/$name.log" 2>&1)
	rc=$?
	tail -8 "$out/$name.log"
	[ -n "$par" ] && tail -n 3 "$out"/fuzz-*.log
	if [ $rc != 0 ] || [ -n "$(ls "$out/crashes" | grep "^$name-")" ]; then
		echo "fuzz: $name FOUND a problem (exit $rc): $(ls "$out/crashes" | grep "^$name-" | head -5)"
		found=1
	fi
}

for t in $targets; do
	case $t in
	trace)
		build fuzz_trace "$src/tests/fuzz/fuzz_trace.c" "$src"/lib/trace/crc32c.c \
			"$src"/lib/trace/codec.c "$src"/lib/trace/reader.c "$src"/lib/trace/writer.c \
			-lzstd -lpthread
		run fuzz_trace "$src/tests/fuzz/trace_corpus" 300000
		;;
	elf)
		# the loader, the check's scan (decoder, Capstone) and the patch
		# sweep (whose lookup is in the interpreter)
		build fuzz_elf "$src/tests/fuzz/fuzz_elf.c" "$src"/lib/loader/elf.c \
			"$src"/lib/monitor/check.c "$src"/lib/monitor/patch.c \
			"$src"/lib/cpu/decode.c "$src"/lib/cpu/disasm.c "$src"/lib/cpu/names.c \
			"$src"/lib/cpu/interp.c "$src"/lib/cpu/sse.c "$src"/lib/cpu/x87.c "$src"/lib/cpu/cpuid_table.c \
			-lelf -lcapstone -lm -lpthread
		run fuzz_elf "$src/tests/fuzz/elf_corpus" 65536
		;;
	*)
		echo "fuzz: no harness '$t' (FUZZ_TARGETS: trace, elf)"
		exit 1
		;;
	esac
done
[ $found = 0 ] || exit 1
echo "fuzz: no crash, hang or leak in $time s ($targets)"
