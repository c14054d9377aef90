#!/bin/sh
# End-to-end tests of the monitor: patched instructions (cpuid, rdtsc,
# rdtscp, rdrand, rdseed) handled alike in both engines, --simulate on guest
# functions, complex events from an event file (--events), the virtual
# clock (--clock-step), the block device (--disk), `hsim events`. A run with
# --simulate or with complex events must end exactly as a plain KVM run and
# as a run in the simulator: console, exit status, final registers.
# Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"
NM=${NM:-nm}

# Arguments are passed around as strings split at blanks: never glob them.
set -f
# Runs whose output must repeat: seeded random bits, a virtual clock that
# advances a fixed step per read.
DET="--seed 7 --clock-step 1000 --timeout 60"

# run TAG ARGS: `hsim ARGS` (one string) into $tmp/TAG.out, .err, .rc
run() {
	# shellcheck disable=SC2086 # split on purpose
	"$HSIM" $2 >"$tmp/$1.out" 2>"$tmp/$1.err"
	echo $? >"$tmp/$1.rc"
}

# base TAG NAME RC ARGS: the reference run the comparisons of test NAME are
# made against; it must end with exit status RC. Returns non-zero otherwise.
base() {
	run "$1" "$4"
	if [ "$(cat "$tmp/$1.rc")" != "$3" ]; then
		echo "FAIL $2: reference 'hsim $4': exit status $(cat "$tmp/$1.rc"), want $3"
		show "$tmp/$1.out" "$tmp/$1.err"
		fail=1
		return 1
	fi
	return 0
}

# like TAG NAME ARGS: `hsim ARGS` gives the same stdout, stderr and exit
# status as the reference run TAG
like() {
	run cmp "$3"
	ok=1
	for f in rc out err; do
		if ! cmp -s "$tmp/$1.$f" "$tmp/cmp.$f"; then
			echo "FAIL $2: $f of 'hsim $3' differs from the reference"
			diff "$tmp/$1.$f" "$tmp/cmp.$f" | head -10 | sed 's/^/     /'
			ok=0
		fi
	done
	if [ $ok = 1 ]; then echo "ok   $2"; else fail=1; fi
}

# same NAME RC ARGS ARGS...: every `hsim ARGS` ends like the first, which
# must end with exit status RC
same() {
	name=$1 rc=$2 ref=$3
	shift 3
	base ref "$name" "$rc" "$ref" || return
	for a in "$@"; do
		like ref "$name [$a]" "$a"
	done
}

# complex_at_least NAME MIN ARGS: `hsim --stats ARGS` exits 0 and VM 0's
# stats line counts at least MIN complex events
complex_at_least() {
	run stats "$3"
	n=$(sed -n 's/^vm 0 ([^)]*):.*[ ,]complex \([0-9][0-9]*\).*/\1/p' "$tmp/stats.err" | head -1)
	if [ "$(cat "$tmp/stats.rc")" = 0 ] && [ -n "$n" ] && [ "$n" -ge "$2" ]; then
		echo "ok   $1 ($n complex events)"
	else
		echo "FAIL $1: exit status $(cat "$tmp/stats.rc"), complex events '${n}', want >= $2"
		show "$tmp/stats.err"
		fail=1
	fi
}

# ---- cpuid: the platform's table in both engines -------------------------------
same cpuid_dump 0 "run $G/cpuid_dump.elf" "run --sim $G/cpuid_dump.elf"
ecx=$(sed -n 's/^cpuid 0x00000001\.0: .* ecx \(0x[0-9a-f]*\) .*/\1/p' "$tmp/ref.out")
if [ -n "$ecx" ] && [ $(((ecx >> 28) & 1)) = 0 ] && grep -q 'avx no' "$tmp/ref.out"; then
	echo "ok   cpuid_dump leaf 1 ecx $ecx: no AVX"
else
	echo "FAIL cpuid_dump: leaf 1 ecx '$ecx' shows AVX (or no leaf 1)"
	fail=1
fi

# ---- rdtsc, rdtscp, rdrand, rdseed: repeatable with a clock step and a seed -----
same tsc_rand 0 "run $DET $G/tsc_rand.elf" "run --sim $DET $G/tsc_rand.elf" "run $DET $G/tsc_rand.elf"
t0=$(sed -n 's/^round 0: rdtsc \([0-9]*\)$/\1/p' "$tmp/ref.out")
t1=$(sed -n 's/^round 1: rdtsc \([0-9]*\)$/\1/p' "$tmp/ref.out")
if [ -n "$t0" ] && [ -n "$t1" ] && [ "$t1" -gt "$t0" ]; then
	echo "ok   tsc_rand: rdtsc advances ($t0, $t1)"
else
	echo "FAIL tsc_rand: rdtsc does not advance ('$t0', '$t1')"
	fail=1
fi
expect tsc_rand_unrefused 0 '^round 3: hsim_random 0x[0-9a-f]{16}$' - -- run --seed 7 "$G/tsc_rand.elf"

# ---- --simulate: functions run in the simulator, the rest in KVM -------------------
# simulate GUEST FUNC...: each set of functions (a set: "f1 f2") simulated,
# compared with a plain run and a run in the simulator; registers too.
# $SIMOPTS: more options for every run
SIMOPTS=
simulate() {
	g=$1
	shift
	base plain "$g" 0 "run --regs $DET $SIMOPTS $G/$g.elf" || return
	like plain "$g sim=kvm" "run --regs --sim $DET $SIMOPTS $G/$g.elf"
	for fs in "$@"; do
		opts=
		for f in $fs; do opts="$opts --simulate $f"; done
		like plain "$g --simulate $fs" "run --regs $DET$opts $SIMOPTS $G/$g.elf"
	done
}
simulate simfuncs fib ackermann chatty sse_math nested_outer nested_inner tail_caller hot \
	fill_squares main "nested_outer nested_inner fib" "fib chatty sse_math hot fill_squares"
simulate recursion ack fib_rec hanoi expr factor tree.part.0 hof_f.part.0 "ack fib_rec hanoi expr"
simulate matrix main write_all printf "printf write_all"
simulate sha256 sha256_update sha256_final check "sha256_update sha256_final check"
simulate cpuid_dump main dump_range
simulate tsc_rand main
simulate sse_state main
complex_at_least simulate_stats_fib 1 "run --stats --quiet $DET --simulate fib $G/simfuncs.elf"
complex_at_least simulate_stats_hot 4000 "run --stats --quiet $DET --simulate hot $G/simfuncs.elf"

# a fault inside a simulated function is reported as in a plain run
expect simfault_plain 125 '^simfault: sum 36, now the faulting call$' \
	'vm 0( \([^)]*\))?: guest fault #PF at 0x[0-9a-f]+ \(faulty(\+0x[0-9a-f]+)?\): (read|write) of 0x0 \(not present\)$' \
	-- run "$G/simfault.elf"
same simfault 125 "run --regs $G/simfault.elf" "run --regs --simulate faulty $G/simfault.elf" \
	"run --regs --simulate main $G/simfault.elf" "run --regs --sim $G/simfault.elf"

# only functions can be simulated
expect simulate_missing 2 - "^hsim: .*no function 'fibb'" -- run --simulate fibb "$G/simfuncs.elf"
expect simulate_suggest 2 - "did you mean 'fib'[,?]" -- run --simulate fibb "$G/simfuncs.elf"
# with several guests, "no function" must say in which one it looked
expect simulate_missing_names_elf 2 - "no function 'fibb' in [^ ]*simfuncs\.elf" -- run --simulate fibb "$G/simfuncs.elf"
expect simulate_data 2 - "^hsim: .*'squares'" -- run --simulate squares "$G/simfuncs.elf"
expect simulate_data_matrix 2 - "^hsim: .*'A'" -- run --simulate A "$G/matrix.elf"

# ---- complex events from an event file: cpuid simulated ---------------------------
printf '# every cpuid moves the CPU state into the simulator and back\ninsn cpuid complex simulate\n' \
	>"$tmp/cpuid.events"
same sse_state 0 "run --regs $G/sse_state.elf" "run --regs --events $tmp/cpuid.events $G/sse_state.elf" \
	"run --regs --sim $G/sse_state.elf" "run --regs --sim --events $tmp/cpuid.events $G/sse_state.elf"
complex_at_least sse_state_stats 10000 "run --stats --quiet --events $tmp/cpuid.events $G/sse_state.elf"
same cpuid_dump_complex 0 "run $G/cpuid_dump.elf" "run --events $tmp/cpuid.events $G/cpuid_dump.elf"
printf 'insn rdtsc-rdtscp complex simulate\ninsn rdrand-rdseed complex simulate\n' >"$tmp/tsc.events"
same tsc_rand_complex 0 "run $DET $G/tsc_rand.elf" "run $DET --events $tmp/tsc.events $G/tsc_rand.elf"

# a bad line is reported with its file and line number
printf '# line 1\ninsn cpuid complex simulate\ninsn rdtsc sometimes simulate\n' >"$tmp/bad.events"
expect bad_events 2 - "^hsim: .*bad\.events:3: " -- run --events "$tmp/bad.events" "$G/hello.elf"
expect bad_events_list 2 - "^hsim: .*bad\.events:3: " -- events --events "$tmp/bad.events"
expect missing_events 2 - "nonexistent\.events" -- run --events "$tmp/nonexistent.events" "$G/hello.elf"

# ---- hsim events: the list in force ----------------------------------------------
expect events_default 0 '^io 0x510 simple hypercall$' - -- events
expect events_file 0 '^insn cpuid complex simulate$' - -- events --events "$tmp/cpuid.events"
expect events_simulate 0 '^code 0x[0-9a-f]+ complex function$' - -- events --simulate fib "$G/simfuncs.elf"
want=$("$NM" "$G/simfuncs.elf" | awk '$3 == "fib" { print $1 }')
got=$(sed -n 's/^code 0x\([0-9a-f]*\) complex function$/\1/p' "$tmp/out" | head -1)
if [ -n "$want" ] && [ -n "$got" ] && [ $((0x$want)) = $((0x$got)) ]; then
	echo "ok   events_simulate: entry at fib (0x$got)"
else
	echo "FAIL events_simulate: code entry at '0x$got', fib is at '0x$want'"
	fail=1
fi

# ---- the block device --------------------------------------------------------------
dd if=/dev/zero of="$tmp/disk.img" bs=1024 count=64 2>/dev/null
cp "$tmp/disk.img" "$tmp/zeros.img"
same devices 0 "run --disk $tmp/disk.img $G/devices.elf" "run --sim --disk $tmp/disk.img $G/devices.elf"
for want in '^devices: capacity 128 sectors$' '^devices: sector 0 fnv1a 0x4d7705c5$' '^devices: 0 failures$'; do
	if grep -Eq -- "$want" "$tmp/ref.out"; then
		echo "ok   devices /$want/"
	else
		echo "FAIL devices: output lacks /$want/"
		fail=1
	fi
done
SIMOPTS="--disk $tmp/disk.img"
simulate devices main
SIMOPTS=
expect devices_rw 0 '^devices: capacity 128 sectors, writable$' - -- run --disk "$tmp/disk.img" --disk-rw "$G/devices.elf"
if cmp -s "$tmp/disk.img" "$tmp/zeros.img"; then
	echo "ok   devices: disk file unchanged"
else
	echo "FAIL devices: the disk file changed"
	fail=1
fi
expect devices_nodisk 125 '^devices: hello through the uart$' 'vm 0( \([^)]*\))?: guest fault #PF' -- run "$G/devices.elf"

# Event-list entries of every kind change what happens, in both engines.
# io: an unknown port is an error by default; `skip` reads all ones
expect badport_default 126 '^before the access$' 'in of port 0x60' -- run "$G/badport.elf"
printf 'io 0x60 simple skip\n' >"$tmp/skip.events"
same badport_skip 0 "run --events $tmp/skip.events $G/badport.elf" \
	"run --sim --events $tmp/skip.events $G/badport.elf"
expect badport_skip_value 0 '^not reached 255$' - -- run --events "$tmp/skip.events" "$G/badport.elf"
# exception: a guest fault is a stop; an int3 trap can be skipped instead
printf 'exception #BP simple skip\n' >"$tmp/bp.events"
same fault_bp_skip 0 "run --events $tmp/bp.events $G/fault_bp.elf" "run --sim --events $tmp/bp.events $G/fault_bp.elf"
# code: by symbol, a stop there, a function run in the simulator
printf 'code fib complex function\n' >"$tmp/fib.events"
same code_function 0 "run --regs $DET $G/simfuncs.elf" "run --regs $DET --events $tmp/fib.events $G/simfuncs.elf" \
	"run --regs $DET --sim --events $tmp/fib.events $G/simfuncs.elf"
complex_at_least code_function_counted 2 "run --stats --quiet --events $tmp/fib.events $G/simfuncs.elf"
printf 'code fib stop error\n' >"$tmp/fibstop.events"
expect code_stop 126 - 'code entry 0x[0-9a-f]+ reached' -- run --events "$tmp/fibstop.events" "$G/simfuncs.elf"
expect code_stop_sim 126 - 'code entry 0x[0-9a-f]+ reached' -- run --sim --events "$tmp/fibstop.events" "$G/simfuncs.elf"
printf 'code main+0x2 stop error\n' >"$tmp/mid.events"
expect code_mid_insn 126 - 'not the start of an instruction' -- run --events "$tmp/mid.events" "$G/hello.elf"
printf 'code nosuch stop error\n' >"$tmp/nosym.events"
expect code_no_symbol 2 - "nosym\.events:1: no symbol 'nosuch'" -- run --events "$tmp/nosym.events" "$G/hello.elf"
# insn: cpuid stopping the VM
printf 'insn cpuid stop error\n' >"$tmp/cpuidstop.events"
expect insn_stop 126 - 'cpuid at 0x[0-9a-f]+' -- run --events "$tmp/cpuidstop.events" "$G/cpuid_dump.elf"
# an empty list: every exit stops the VM
printf 'clear\n' >"$tmp/empty.events"
expect empty_list 126 - 'out of port 0x510' -- run --events "$tmp/empty.events" "$G/hello.elf"

exit $fail
