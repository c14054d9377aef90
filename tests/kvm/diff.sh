#!/bin/sh
# hsim diff between engines: a deterministic guest (--seed, --clock-step)
# recorded in KVM and in the simulator (--sim) gives equivalent traces, exit
# by exit: plain runs, --simulate (the state moves of complex events, full
# states), complex events from an event file, checkpoints (KVM's dirty log
# lists pages only read), the block device, several VMs. A difference here
# is an engine disagreement. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"

DET="--seed 7 --clock-step 1000 --timeout 60 --quiet"

# engines NAME OPTIONS...: record in KVM and in the simulator; hsim diff must
# call the two traces equivalent
engines() {
	e_name=$1
	shift
	"$HSIM" record -o "$tmp/$e_name-kvm.hst" $DET "$@" >/dev/null 2>"$tmp/err"
	e_k=$?
	"$HSIM" record -o "$tmp/$e_name-sim.hst" --sim $DET "$@" >/dev/null 2>>"$tmp/err"
	e_s=$?
	if [ $e_k != $e_s ]; then
		bad "$e_name: KVM's run ended with $e_k, the simulator's with $e_s"
		show "$tmp/err"
		return
	fi
	"$HSIM" diff "$tmp/$e_name-kvm.hst" "$tmp/$e_name-sim.hst" >"$tmp/out" 2>"$tmp/err"
	e_d=$?
	if [ $e_d = 0 ] && grep -q '^traces are equivalent: ' "$tmp/out"; then
		ok "$e_name: kvm = sim ($(sed -n 's/^traces are equivalent: //p' "$tmp/out"))"
	else
		bad "$e_name: hsim diff kvm sim: status $e_d"
		show "$tmp/out" "$tmp/err"
	fi
}

engines tsc_rand "$G/tsc_rand.elf"
engines hello "$G/hello.elf"
engines sse_state "$G/sse_state.elf"
engines fault_pf "$G/fault_pf.elf"
engines simulate_fib --simulate fib "$G/simfuncs.elf"
engines simulate_many --simulate fib --simulate chatty --simulate sse_math --simulate hot "$G/simfuncs.elf"
engines simulate_main --simulate main "$G/tsc_rand.elf"
engines simulate_fault --simulate faulty "$G/simfault.elf"
printf 'insn cpuid complex simulate\n' >"$tmp/cpuid.events"
engines cpuid_complex --events "$tmp/cpuid.events" "$G/cpuid_dump.elf"
engines checkpoints --checkpoint-every 1 "$G/sort.elf"
engines checkpoints_simulate --checkpoint-every 3 --simulate fib "$G/simfuncs.elf"
head -c 262144 /dev/urandom >"$tmp/disk.img"
engines devices --disk "$tmp/disk.img" --checkpoint-every 50 "$G/devices.elf"
engines two_guests --simulate fib "$G/tsc_rand.elf" "$G/simfuncs.elf"

# and a difference is found across engines too: another seed in the simulator
"$HSIM" record -o "$tmp/seed8.hst" --sim --seed 8 --clock-step 1000 --quiet "$G/tsc_rand.elf" >/dev/null 2>&1
expect "kvm vs sim with another seed: a random input differs" 1 \
	'^vm 0: first difference at event [0-9]+ .*: random input 0x[0-9a-f]+ vs 0x[0-9a-f]+$' - -- \
	diff "$tmp/tsc_rand-kvm.hst" "$tmp/seed8.hst"
exit $fail
