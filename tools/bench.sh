#!/usr/bin/env bash
# `make bench`: hsim's speed figures, each a ratio against a reference
# measured in this same run on this machine (best of $REPS runs each).
set -eu
srcdir=$(cd "$(dirname "$0")/.." && pwd)
REPS=${REPS:-3}
out=bench/out
mkdir -p "$out"
HSIM=./tools/hsim

./hsim-cc -o "$out/checksum.elf" "$srcdir/tests/guests/checksum.c"
./hsim-cc -DITERS=4000000ull -o "$out/checksum_small.elf" "$srcdir/tests/guests/checksum.c"
./hsim-cc -o "$out/hypercall.elf" "$srcdir/bench/hypercall.c"

now() { date +%s.%N; }
# best TIME-OF-COMMAND over REPS runs, in seconds
best() {
	local b=
	for _ in $(seq "$REPS"); do
		local t0 t1
		t0=$(now); "$@" >/dev/null 2>&1; t1=$(now)
		b=$(awk -v a="$t0" -v z="$t1" -v b="$b" 'BEGIN { d = z - a; if (b == "" || d < b) b = d; printf "%.4f", b }')
	done
	echo "$b"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

echo "host: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo

native=$(best bench/native_checksum)
kvm=$(best $HSIM run "$out/checksum.elf")
echo "1. CPU-bound guest (checksum, 125M iterations) in KVM vs the same C natively"
echo "   native Linux process: ${native} s   hsim run (KVM): ${kvm} s   ratio: $(ratio "$kvm" "$native")  (goal <= 1.05)"
echo

bare=$(for _ in $(seq "$REPS"); do bench/kvm_out_loop 20000; done | awk '{ print $7 }' | sort -n | head -1)
hc=$(for _ in $(seq "$REPS"); do $HSIM run "$out/hypercall.elf"; done | awk '{ print $5 }' | sort -n | head -1)
echo "2. Hypercall round trip through the monitor vs a bare KVM_RUN out loop"
echo "   bare out loop: ${bare} ns/exit   hsim hypercall: ${hc} ns/call   ratio: $(ratio "$hc" "$bare")  (goal <= 1.10)"
echo

one=$(best $HSIM run --vms 1 "$out/checksum.elf")
two=$(best $HSIM run --vms 2 "$out/checksum.elf")
echo "3. Two VMs vs one VM, CPU-bound guest, $(nproc) cores"
echo "   1 VM: ${one} s   2 VMs: ${two} s   ratio: $(ratio "$two" "$one")  (goal < 1.2)"
echo

simline=$($HSIM run --sim --stats "$out/checksum_small.elf" 2>&1 >/dev/null | grep -m1 -E '^vm 0( \([^)]*\))?:')
insns=$(echo "$simline" | sed -E "s/.* ([0-9]+) instructions simulated.*/\1/")
sim=$(best $HSIM run --sim "$out/checksum_small.elf")
kvms=$(best $HSIM run "$out/checksum_small.elf")
mips=$(awk -v i="$insns" -v t="$sim" 'BEGIN { printf "%.0f", i / t / 1e6 }')
echo "4. Simulator speed (checksum, 4M iterations, $insns instructions)"
echo "   hsim run --sim: ${sim} s = ${mips} MIPS   hsim run (KVM): ${kvms} s   sim/KVM time: $(ratio "$sim" "$kvms")"
echo

./hsim-cc -o "$out/events.elf" "$srcdir/bench/events.c"
printf 'insn cpuid complex simulate\n' >"$out/complex.events"
# best ns/op of a line NAME of bench/events.c's output over REPS runs
per_op() {
	local name=$1; shift
	for _ in $(seq "$REPS"); do "$@" 2>/dev/null; done | awk -v n="$name:" '$1 == n { print $2 }' | sort -n | head -1
}
simple=$(per_op cpuid $HSIM run "$out/events.elf")
complex=$(per_op cpuid $HSIM run --events "$out/complex.events" "$out/events.elf")
echo "5. A complex event (cpuid: state out of the VM, one instruction simulated, state back) vs"
echo "   the same instruction as a simple event (handled in place), and vs a hypercall"
echo "   simple: ${simple} ns   complex: ${complex} ns   ratio: $(ratio "$complex" "$simple")  (goal <= 2)"
echo "   hypercall (2.): ${hc} ns   complex/hypercall: $(ratio "$complex" "$hc")"
echo

vmcall=$(per_op call $HSIM run "$out/events.elf")
simcall=$(per_op call $HSIM run --simulate work "$out/events.elf")
echo "6. A call of a small function (~40 instructions) run in the simulator (--simulate work:"
echo "   breakpoint, state out, simulate to the return, state back) vs the same call in the VM"
echo "   in the VM: ${vmcall} ns   --simulate: ${simcall} ns   ratio: $(ratio "$simcall" "$vmcall")"
echo "   --simulate call vs a hypercall (2.): $(ratio "$simcall" "$hc")  (what a call costs is the exit it makes)"
echo

# Recording: the exit-heavy guest (20000 hypercalls), unrecorded vs recorded.
plain=$(best $HSIM run "$out/hypercall.elf")
rec=$(best $HSIM record -o "$out/hypercall.hst" "$out/hypercall.elf")
bpe=$($HSIM stat --json "$out/hypercall.hst" | sed -E 's/.*"record_bytes_per_exit":([0-9.]+).*/\1/')
size=$(wc -c <"$out/hypercall.hst")
t0=$(now); $HSIM dump "$out/hypercall.hst" >/dev/null; t1=$(now)
nrec=$($HSIM stat --json "$out/hypercall.hst" | sed -E 's/.*"records":([0-9]+).*/\1/')
echo "7. Recording an exit-heavy guest (20000 hypercalls) vs the same run unrecorded"
echo "   run: ${plain} s   record: ${rec} s   ratio: $(ratio "$rec" "$plain")  (goal <= 1.05)"
echo "   trace: ${size} bytes in all (the header holds the guest image), ${bpe} bytes per exit for the records  (goal <= 8)"
echo "   hsim dump: $(awk -v n="$nrec" -v a="$t0" -v z="$t1" 'BEGIN { printf "%.0f", n / (z - a) }') records/s (with disassembly)"
echo

# Recordings killed with SIGKILL at random moments: every trace must read.
./hsim-cc -o "$out/exitspin.elf" "$srcdir/tests/guests/exitspin.c"
echo "8. Recordings of an exit-heavy guest killed with SIGKILL at random moments (0-300 ms)"
if HSIM=$HSIM HSIM_GUESTS=$out sh "$srcdir/tests/kvm/killrec.sh" "${KILLS:-500}" 4 >"$out/kill.out" 2>&1; then
	echo "   $(head -1 "$out/kill.out")"
else
	echo "   FAILED:"; sed 's/^/   /' "$out/kill.out"
fi
echo

# Replay: the simulator re-running a trace and verifying it, against the
# same guest simply run in the simulator.
$HSIM record --sim -o "$out/replay1.hst" --clock-step 1000 "$out/checksum_small.elf" >/dev/null
runsim=$(best $HSIM run --sim --clock-step 1000 "$out/checksum_small.elf")
replay=$(best $HSIM replay -q "$out/replay1.hst")
echo "9. Replay of a CPU-bound trace (checksum, 4M iterations) vs hsim run --sim of the same guest"
echo "   run --sim: ${runsim} s   replay: ${replay} s   speed ratio: $(ratio "$runsim" "$replay")  (goal >= 0.9)"
./hsim-cc -DROUNDS=100 -DWORK=300000u -o "$out/longrun.elf" "$srcdir/bench/longrun.c"
$HSIM record --sim -o "$out/replay_exits.hst" --clock-step 1000 --checkpoint-every 10 "$out/longrun.elf" >/dev/null
runsim=$(best $HSIM run --sim --clock-step 1000 "$out/longrun.elf")
replay=$(best $HSIM replay -q "$out/replay_exits.hst")
echo "   longrun (100 exits, 10 checkpoints): run --sim ${runsim} s   replay: ${replay} s   speed ratio: $(ratio "$runsim" "$replay")"
echo

# -j: the 4-VM pipeline (examples/pipeline.c) recorded in KVM; each VM's
# stream replays on its own (received messages are recorded inputs).
./hsim-cc -o "$out/pipeline_big.elf" "$srcdir/examples/pipeline.c"
$HSIM record -o "$out/replay4.hst" --vms 4 "$out/pipeline_big.elf" >/dev/null
j1=$(best $HSIM replay -q -j 1 "$out/replay4.hst")
j2=$(best $HSIM replay -q -j 2 "$out/replay4.hst")
echo "10. Replay of the 4-VM pipeline's trace (recorded in KVM), -j 2 vs -j 1, $(nproc) cores"
echo "   -j 1: ${j1} s   -j 2: ${j2} s   speed-up: $(ratio "$j1" "$j2")  (goal >= 1.7 on 2 cores)"
echo

# --segment: two processes each verifying half of a long single-VM trace.
whole=$(best $HSIM replay -q "$out/replay_exits.hst")
halves() {
	$HSIM replay -q --segment 1/2 "$out/replay_exits.hst" &
	$HSIM replay -q --segment 2/2 "$out/replay_exits.hst"
	wait
}
split=$(best halves)
echo "11. A long single-VM trace (longrun, 10 checkpoints): --segment 1/2 and 2/2 in two processes vs one whole replay"
echo "   whole: ${whole} s   two segments at once: ${split} s   speed-up: $(ratio "$whole" "$split")  (goal >= 1.7 on 2 cores)"
echo

# Channels: a ping-pong round trip (two sends, two receives, four exits)
# against the bare exit round trip of item 2.
./hsim-cc -o "$out/pingpong.elf" "$srcdir/examples/pingpong.c"
./hsim-cc -DWORK=2000 -o "$out/pipeline.elf" "$srcdir/examples/pipeline.c"
pp=$(for _ in $(seq "$REPS"); do $HSIM run --vms 2 "$out/pingpong.elf"; done |
	sed -nE 's/.* ([0-9]+) ns per round trip.*/\1/p' | sort -n | head -1)
pps=$(for _ in $(seq "$REPS"); do $HSIM run --sim --vms 2 "$out/pingpong.elf"; done |
	sed -nE 's/.* ([0-9]+) ns per round trip.*/\1/p' | sort -n | head -1)
echo "12. Channel ping-pong round trip (2 VMs) vs a bare KVM exit round trip (item 2)"
echo "   bare exit: ${bare} ns   ping-pong in KVM: ${pp} ns = $(ratio "$pp" "$bare") bare exits (4 exits each)   under --sim: ${pps} ns"
echo

# The 4-VM pipeline (2000 items, 4006 messages) on one host core and on two.
msgs=4006
c1=$(best taskset -c 0 $HSIM run --vms 4 "$out/pipeline.elf")
c2=$(best taskset -c 0,1 $HSIM run --vms 4 "$out/pipeline.elf")
s2=$(best $HSIM run --sim --vms 4 "$out/pipeline.elf")
echo "13. The 4-VM pipeline (producer, 2 workers, consumer; $msgs messages), 1 host core vs 2"
echo "   1 core: ${c1} s   2 cores: ${c2} s   speed-up: $(ratio "$c1" "$c2")"
echo "   messages per second: $(awk -v m=$msgs -v t="$c2" 'BEGIN { printf "%.0f", m / t }') in KVM (2 cores), $(awk -v m=$msgs -v t="$s2" 'BEGIN { printf "%.0f", m / t }') under --sim"
echo

# A real multi-file C program natively, in KVM and under --sim.
srcdir=$srcdir REPS=$REPS HSIM=$HSIM out=$out bash "$srcdir/bench/bigprog.sh"

# The guest libc: the same string/memory and math benchmarks built against
# glibc natively and with hsim-cc, run in KVM; per function the guest's time
# over glibc's, and the geometric mean. glibc runs twice: as it is (AVX2 or
# EVEX string functions on this host) and held to the SSE2 versions (what it
# would pick on a CPU like the guest's, whose CPUID stops at SSE2); the
# ratio against the latter is the goal's.
SSE2_GLIBC=glibc.cpu.hwcaps=-AVX,-AVX2,-AVX512F,-AVX512VL,-AVX512BW,-AVX512DQ
libc_bench() {
	local src=$1 goal=$2
	./hsim-cc -O2 -fno-builtin -o "$out/$src.elf" "$srcdir/bench/$src.c"
	# the best of $REPS runs of each, per function
	: >"$out/$src.native.all"; : >"$out/$src.sse2.all"; : >"$out/$src.kvm.all"
	for _ in $(seq "$REPS"); do
		bench/${src}_native >>"$out/$src.native.all"
		GLIBC_TUNABLES=$SSE2_GLIBC bench/${src}_native >>"$out/$src.sse2.all"
		$HSIM run "$out/$src.elf" >>"$out/$src.kvm.all"
	done
	for f in native sse2 kvm; do
		awk -F': ' '!($1 in b) { o[++n] = $1; b[$1] = $2 } $2 < b[$1] { b[$1] = $2 }
			END { for (i = 1; i <= n; i++) print o[i] ": " b[o[i]] }' "$out/$src.$f.all" >"$out/$src.$f"
	done
	echo "   (ns per call; hsim/glibc)            glibc   glibc-SSE2     hsim   vs glibc  vs SSE2"
	awk -v goal="$goal" -F': ' 'FILENAME == ARGV[1] { n[$1] = $2; next }
		FILENAME == ARGV[2] { s[$1] = $2; next }
		($1 in n) && n[$1] > 0 && s[$1] > 0 {
			r = $2 / n[$1]; q = $2 / s[$1]
			printf "   %-28s %9.2f %9.2f %9.2f   %6.2fx  %6.2fx\n", $1, n[$1], s[$1], $2, r, q
			l += log(r); m += log(q); k++ }
		END { printf "   geometric mean: %.3fx vs glibc, %.3fx vs glibc-SSE2  (goal <= %s)\n", exp(l / k), exp(m / k), goal }' \
		"$out/$src.native" "$out/$src.sse2" "$out/$src.kvm"
}
echo
echo "15. The guest libc's string and memory functions in KVM vs glibc natively (same code)"
libc_bench libc_strmem 1.05
echo
echo "16. The guest libc's math functions in KVM vs glibc natively (same code)"
libc_bench libc_math 1.10

# Output: 10^6 printf lines to a file, natively (glibc) and as a guest in
# KVM; the outputs must be the same.
gcc -O2 -o "$out/output.native" "$srcdir/bench/output.c"
./hsim-cc -O2 -o "$out/output.elf" "$srcdir/bench/output.c"
"$out/output.native" >"$out/output.native.txt"
$HSIM run "$out/output.elf" >"$out/output.kvm.txt"
cmp -s "$out/output.native.txt" "$out/output.kvm.txt" || echo "   (the outputs differ!)"
onat=$(best sh -c "\"$out/output.native\" >\"$out/output.native.txt\"")
okvm=$(best sh -c "$HSIM run \"$out/output.elf\" >\"$out/output.kvm.txt\"")
ohello=$(best $HSIM run "tests/guests/hello.elf")
echo
echo "17. An output-heavy program (10^6 printf lines, 32 MB, to a file) in KVM vs natively (same code)"
echo "   native: ${onat} s   hsim run: ${okvm} s   ratio: $(ratio "$okvm" "$onat")   (goal <= 1.1;"
echo "   hsim run of hello.elf, the fixed cost of a run: ${ohello} s)"

