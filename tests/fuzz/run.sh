#!/bin/sh
# Builds the trace reader's libFuzzer harness with clang (ASan + UBSan) and
# runs it on the seed corpus for FUZZ_TIME seconds (default 60). Exit 0: no
# finding; 1: a crash, hang or leak (the input is saved in FUZZ_OUT);
# 77: no clang with libFuzzer here. FUZZ_JOBS runs that many in parallel.
set -u
src=$(cd "$(dirname "$0")/../.." && pwd)
out=${FUZZ_OUT:-fuzz-out}
time=${FUZZ_TIME:-60}
jobs=${FUZZ_JOBS:-1}
CLANG=${CLANG:-clang}
command -v "$CLANG" >/dev/null || { echo "fuzz: no $CLANG: skipped"; exit 77; }
mkdir -p "$out/corpus" "$out/crashes"
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"
# the reader and what it needs of the library, built here with the
# sanitizers: the harness does not depend on the tree's configure
if ! $CLANG $flags -std=gnu11 -I"$src/include" -I"$src/lib" -o "$out/fuzz_trace" \
	"$src/tests/fuzz/fuzz_trace.c" "$src"/lib/trace/crc32c.c "$src"/lib/trace/codec.c \
	"$src"/lib/trace/reader.c "$src"/lib/trace/writer.c "$src"/lib/util/error.c \
	"$src"/lib/util/version.c -lzstd -lpthread 2>"$out/build.log"; then
	if grep -q -i 'fuzzer' "$out/build.log"; then
		echo "fuzz: $CLANG cannot link libFuzzer (Debian: libclang-rt-dev): skipped"
		cat "$out/build.log"
		exit 77
	fi
	cat "$out/build.log"
	echo "fuzz: the harness does not build"
	exit 1
fi
echo "fuzz: $time s, $jobs job(s), seeds in tests/fuzz/trace_corpus, new inputs in $out/corpus"
# -timeout: an input taking 10 s is a hang; -rss_limit_mb: frames may ask
# for up to 1 GiB each (the format's bound), the sanitizers add to it
# (-jobs: libFuzzer's own processes, each logging to fuzz-N.log in the
# current directory, so run in $out)
par=
[ "$jobs" -gt 1 ] && par="-jobs=$jobs -workers=$jobs"
seeds=$src/tests/fuzz/trace_corpus
out=$(cd "$out" && pwd)
(cd "$out" && ./fuzz_trace -max_total_time="$time" -timeout=10 -rss_limit_mb=4096 \
	-max_len=300000 -artifact_prefix="$out/crashes/" -print_final_stats=1 $par \
	"$out/corpus" "$seeds" >"$out/fuzz.log" 2>&1)
rc=$?
tail -8 "$out/fuzz.log"
[ -n "$par" ] && tail -n 3 "$out"/fuzz-*.log
if [ $rc != 0 ] || [ -n "$(ls "$out/crashes")" ]; then
	echo "fuzz: FOUND a problem (exit $rc): $(ls "$out/crashes" | head -5)"
	exit 1
fi
echo "fuzz: no crash, hang or leak in $time s"
