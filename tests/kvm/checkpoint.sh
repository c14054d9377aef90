#!/bin/sh
# Checkpoints (`hsim record --checkpoint-every N`): each engine's are
# complete (--checkpoint-verify: the loaded image plus every checkpoint's
# pages is the guest memory at each checkpoint, else the run fails), and KVM
# and the simulator agree (checkpoint.py: the same events, the same memory
# at each) on deterministic guests, with --simulate (the simulator writing
# under KVM) and with the block device's DMA. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"
HERE=$(dirname "$0")
command -v python3 >/dev/null || { echo "python3 (the checker) missing: skipped"; exit 77; }

DET="--seed 7 --clock-step 1000 --timeout 60 --quiet --mem 16M"

# rec NAME EXPECTED-STATUS OPTIONS...: record to $tmp/NAME.hst with
# checkpoints verified; the status must be the plain run's
rec() {
	r_name=$1 r_want=$2
	shift 2
	"$HSIM" record -o "$tmp/$r_name.hst" --checkpoint-verify $DET "$@" >"$tmp/$r_name.out" 2>&1
	st=$?
	r_n=$("$HSIM" stat --json "$tmp/$r_name.hst" 2>/dev/null |
	    python3 -c 'import json,sys; print(json.load(sys.stdin)["checkpoints"])' 2>/dev/null)
	if [ "$st" -ne "$r_want" ]; then
		bad "$r_name: exit status $st, not $r_want"
		sed 's/^/     /' "$tmp/$r_name.out"
		return 1
	fi
	if [ -z "$r_n" ] || [ "$r_n" -eq 0 ]; then
		bad "$r_name: no checkpoint in the trace"
		return 1
	fi
	ok "$r_name: $r_n checkpoints, each verified"
}

# cmp NAME GUEST [--simulate SYM ...]: KVM's and the simulator's agree
cmp_engines() {
	c_name=$1 c_guest=$2
	shift 2
	if out=$(python3 "$HERE/checkpoint.py" "$HSIM" "$G/$c_guest.elf" "$tmp/$c_name.hst" \
		 "$tmp/$c_name-sim.hst" "$@" 2>&1); then
		echo "$out" | sed "s/^ok   /ok   $c_name kvm = sim: /"
	else
		bad "$c_name kvm = sim"
		echo "$out" | sed 's/^/     /'
	fi
}

# both NAME GUEST STATUS EVERY [OPTIONS...]: record in KVM and under --sim
both() {
	b_name=$1 b_guest=$2 b_want=$3 b_every=$4
	shift 4
	rec "$b_name" "$b_want" --checkpoint-every "$b_every" "$@" "$G/$b_guest.elf" &&
	rec "$b_name-sim" "$b_want" --sim --checkpoint-every "$b_every" "$@" "$G/$b_guest.elf" &&
	cmp_engines "$b_name" "$b_guest"
}

both sort sort 0 1
both matrix matrix 0 1
both strings strings 0 1
both smc smc 0 1
both tsc_rand tsc_rand 0 3
both sse_state sse_state 0 500

dd if=/dev/urandom of="$tmp/disk.img" bs=1024 count=64 2>/dev/null
both devices devices 0 20 --disk "$tmp/disk.img"

# the simulator writes guest memory while the VM is in KVM
for f in fill_squares hot "fib chatty sse_math hot fill_squares"; do
	opts= base=simfuncs
	for s in $f; do opts="$opts --simulate $s"; base="$base-$s"; done
	rec "$base" 0 --checkpoint-every 7 $opts "$G/simfuncs.elf" &&
	rec "$base-sim" 0 --sim --checkpoint-every 7 $opts "$G/simfuncs.elf" &&
	cmp_engines "$base" simfuncs $opts
done

# every instruction that is a complex event: the simulator writes, KVM not
printf 'insn cpuid complex simulate\n' >"$tmp/cpuid.events"
rec cpuid_complex 0 --checkpoint-every 2 --events "$tmp/cpuid.events" "$G/cpuid_dump.elf"

# several VMs, each with its own checkpoints
rec vms 0 --vms 3 --checkpoint-every 1 "$G/sort.elf" "$G/matrix.elf" "$G/tsc_rand.elf"
rec vms-sim 0 --sim --vms 3 --checkpoint-every 1 "$G/sort.elf" "$G/matrix.elf" "$G/tsc_rand.elf"

# dump: the count and digest of the pages; text: the count
"$HSIM" dump "$tmp/sort.hst" >"$tmp/sort.txt"
if grep -q 'checkpoint .* [0-9][0-9]* pages$' "$tmp/sort.txt"; then
	ok "dump: checkpoint lines say how many pages"
else
	bad "dump: no page count on checkpoint lines"
fi
if "$HSIM" dump --json "$tmp/sort.hst" | python3 -c '
import json, sys
c = [r for r in map(json.loads, sys.stdin) if r["type"] == "checkpoint"]
assert c and all(r["npages"] == len(r["pages"]) and len(r["digest"]) == 16 for r in c)
assert c[0]["npages"] > 0 and all(int(g, 16) >= 0x200000 for r in c for g, h in r["pages"])
'; then
	ok "dump --json: npages, digest, pages at and above 2 MiB"
else
	bad "dump --json: checkpoint fields"
fi

# the option: record only, a whole number of exits from 1
for v in 0 -1 x 1x "" 18446744073709551616; do
	"$HSIM" record -o "$tmp/x.hst" --checkpoint-every "$v" "$G/hello.elf" >/dev/null 2>"$tmp/err"
	st=$?
	if [ "$st" -eq 2 ] && grep -q 'checkpoint-every' "$tmp/err"; then
		ok "--checkpoint-every '$v' refused"
	else
		bad "--checkpoint-every '$v': status $st"
	fi
done
"$HSIM" run --checkpoint-every 5 "$G/hello.elf" >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" -eq 2 ] && grep -q 'option of `hsim record`' "$tmp/err"; then
	ok "run --checkpoint-every refused"
else
	bad "run --checkpoint-every: status $st"
fi
# without the option: no checkpoint
"$HSIM" record -o "$tmp/none.hst" --quiet "$G/sort.elf"
if "$HSIM" stat "$tmp/none.hst" | grep -q ' 0 checkpoints'; then
	ok "no checkpoints unless asked for"
else
	bad "checkpoints without --checkpoint-every"
fi
exit $fail
