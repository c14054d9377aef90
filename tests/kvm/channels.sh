#!/bin/sh
# Channels between VMs (hsim_send, hsim_recv, hsim_try_recv), end to end in
# KVM and in the simulator (--sim): the guests tests/guests/chan_*.c check
# every call and error from inside (sizes 0 to 65536, EMSGSIZE, EINVAL,
# EFAULT, EAGAIN on a full queue and an empty one, EPIPE to an ended VM,
# messages to itself, order per sender, round trips); deadlocks end within
# 2 s with a report per waiting VM and status 123, and only real ones; a
# time limit or a signal while VMs wait in hsim_recv is a time limit or a
# signal. KVM recordings replay equivalent in the simulator without KVM
# (and in KVM), deadlocks and time limits included; messages are inputs
# with unique sequence numbers. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/../replay_lib.sh"
LIMIT="timeout -s KILL 60"

# expect NAME RC STDOUT-REGEX STDERR-REGEX MAX-SECONDS -- hsim arguments...
# (tests/kvm/lib.sh: a hard limit of 60 s, and at most MAX-SECONDS)
HARD_LIMIT=60
expect() { expect_within "$@"; }

# has NAME FILE REGEX / lacks NAME FILE REGEX: one more check of the last run
has() {
	grep -Eq -- "$3" "$tmp/$2" && ok "$1" || { bad "$1: $2 lacks /$3/"; show "$tmp/$2"; }
}
lacks() {
	if grep -Eq -- "$3" "$tmp/$2"; then bad "$1: $2 has /$3/"; grep -E -- "$3" "$tmp/$2" | head -5 | sed 's/^/     /'; else ok "$1"; fi
}

# clean NAME NVMS MAX -- hsim arguments...: a guest that checks itself: exit
# 0 within MAX s, every VM says "vm K: ... 0 failures", no FAIL line
clean() {
	cn_=$1 cv_=$2 cm_=$3
	shift 4
	expect "$cn_" 0 '0 failures$' - "$cm_" -- "$@"
	k=0
	while [ $k -lt "$cv_" ]; do
		pre=
		[ "$cv_" -gt 1 ] && pre="\\[vm $k\\] "
		grep -Eq "^${pre}vm $k: .*\\b0 failures$" "$tmp/out" || { bad "$cn_: vm $k does not say 0 failures"; }
		k=$((k + 1))
	done
	lacks "$cn_: no FAIL line" out 'FAIL'
}

DL='deadlock: waits in hsim_recv at 0x[0-9a-f]+ \(hsim_recv\+0x[0-9a-f]+\) for a message no running VM can send$'

for e in kvm sim; do
	S=
	[ $e = sim ] && S=--sim
	# ---- the calls, from inside ----------------------------------------------------
	clean "basic-$e" 2 20 -- run $S --vms 2 "$G/chan_basic.elf"
	has "basic-$e: vm 0 checked the 65th message to itself" out '^\[vm 0\] ok   the 65th message to myself: EAGAIN$'
	has "basic-$e: vm 0 saw EPIPE after vm 1's end" out '^\[vm 0\] ok   sends to vm 1 after its bye end in EPIPE$'
	has "basic-$e: vm 1 got 65536 bytes" out '^\[vm 1\] ok   recv 65536 bytes from vm 0$'
	# the end of memory moves with --mem: the guest finds it in __hsim_heap_end
	clean "basic-16M-$e" 2 20 -- run $S --mem 16M --vms 2 "$G/chan_basic.elf"
	clean "full-$e" 2 30 -- run $S --vms 2 "$G/chan_full.elf"
	has "full-$e: vm 0's 65th message EAGAIN" out '^\[vm 0\] ok   the 65th: EAGAIN$'
	has "full-$e: vm 1 got the 64 in order" out '^\[vm 1\] ok   then the 64 messages of the ended vm 0, in order$'
	n=3
	[ $e = sim ] && n=4
	clean "order-$n-$e" $n 40 -- run $S --vms $n "$G/chan_order.elf"
	has "order-$n-$e: every message" out "^\\[vm 0\\] vm 0: $((3000 * (n - 1))) messages from $((n - 1)) VMs in order"
	clean "order-2-$e" 2 20 -- run $S --vms 2 "$G/chan_order.elf"

	# ---- round trips and a ring: never a deadlock ------------------------------------
	for v in 2 5; do
		nbad=0 first=
		for i in 1 2 3 4 5; do
			timeout -s KILL 60 "$HSIM" run $S --timeout 30 --vms $v "$G/chan_rounds.elf" >"$tmp/out" 2>"$tmp/err" </dev/null
			s=$?
			if [ $s != 0 ] || grep -q FAIL "$tmp/out" || [ -s "$tmp/err" ]; then
				nbad=$((nbad + 1))
				[ -n "$first" ] || first="exit $s; $(grep -m1 FAIL "$tmp/out"); $(head -1 "$tmp/err")"
			fi
		done
		[ $nbad = 0 ] && ok "rounds-$v-$e: 5 runs of 2000 round trips and a ring of $v VMs, exit 0, no deadlock report" ||
			bad "rounds-$v-$e: $nbad of 5 runs failed (want exit 0, no report); first: $first"
	done

	# ---- deadlocks ---------------------------------------------------------------------
	expect "deadlock-1-$e" 123 '^vm 0 waits$' "vm 0( \([^)]*\))?: $DL" 2 -- run $S --timeout 10 "$G/chan_wait.elf"
	[ "$(wc -l <"$tmp/err")" = 1 ] && ok "deadlock-1-$e: one line on stderr" || { bad "deadlock-1-$e: stderr is not one line"; show "$tmp/err"; }
	expect "deadlock-3-$e" 123 '^\[vm 1\] vm 1 got hi from vm 0$' "vm 1( \([^)]*\))?: $DL" 2 -- run $S --timeout 10 --vms 3 "$G/chan_wait.elf"
	has "deadlock-3-$e: vm 2 reported" err "vm 2( \([^)]*\))?: $DL"
	lacks "deadlock-3-$e: vm 0 (exited) not reported" err '(^|: )vm 0( \([^)]*\))?:'
	has "deadlock-3-$e: vm 0 sent hi and exited" out '^\[vm 0\] vm 0 sent hi: 2, exits$'
	lacks "deadlock-3-$e: no recv returned" out 'FAIL'
	expect "deadlock-8-$e" 123 '^\[vm 7\] vm 7 waits$' "vm 7( \([^)]*\))?: $DL" 2 -- run $S --timeout 10 --vms 8 "$G/chan_wait.elf"
	[ "$(grep -Ec "vm [1-7]( \([^)]*\))?: $DL" "$tmp/err")" = 7 ] && ok "deadlock-8-$e: vms 1..7 reported" ||
		{ bad "deadlock-8-$e: not 7 deadlock reports"; show "$tmp/err"; }
	# the wait inside a function run in the simulator (--simulate main)
	expect "deadlock-simulate-$e" 123 '^vm 0 waits$' "vm 0( \([^)]*\))?: $DL" 2 -- run $S --simulate main --timeout 10 "$G/chan_wait.elf"

	# ---- a time limit while a VM waits in hsim_recv: a time limit for both --------------
	# (3 runs: the wrong report, a deadlock, comes by a race)
	for i in 1 2 3; do
		expect "timeout-waiting-$e-$i" 124 '^\[vm 1\] vm 1 waits$' 'vm 0( \([^)]*\))?: time limit exceeded after [0-9.]+ s, guest at 0x[0-9a-f]+ \(main' 3 -- \
			run $S --timeout 0.5 --vms 2 "$G/chan_wait.elf"
		has "timeout-waiting-$e-$i: vm 1 stopped by the time limit in hsim_recv" err 'vm 1( \([^)]*\))?: time limit exceeded after [0-9.]+ s, guest at 0x[0-9a-f]+ \(hsim_recv\+0x[0-9a-f]+\)$'
		lacks "timeout-waiting-$e-$i: no deadlock report" err 'deadlock'
	done
done

# ---- SIGTERM while a VM waits in hsim_recv (3 runs each) ---------------------------------
for e in kvm sim; do
	S=
	[ $e = sim ] && S=--sim
	for n in 1 2 3; do
		rm -f "$tmp/out" "$tmp/err"
		"$HSIM" run $S --vms 2 "$G/chan_wait.elf" >"$tmp/out" 2>"$tmp/err" </dev/null &
		pid=$!
		i=0
		while ! { grep -q 'vm 1 waits' "$tmp/out" && grep -q 'vm 0 spins' "$tmp/out"; } 2>/dev/null && [ $i -lt 100 ]; do
			sleep 0.1
			i=$((i + 1))
		done
		sleep 0.2
		kill -TERM $pid
		wait_for $pid 10
		[ "$got" = 143 ] && ok "sigterm-waiting-$e-$n: 143" || { bad "sigterm-waiting-$e-$n: exit status $got, want 143"; show "$tmp/err"; }
		has "sigterm-waiting-$e-$n: vm 0 interrupted" err 'vm 0( \([^)]*\))?: interrupted at 0x[0-9a-f]+ \(main'
		has "sigterm-waiting-$e-$n: vm 1 interrupted in hsim_recv" err 'vm 1( \([^)]*\))?: interrupted at 0x[0-9a-f]+ \(hsim_recv\+0x[0-9a-f]+\)$'
		lacks "sigterm-waiting-$e-$n: no deadlock report" err 'deadlock'
	done
done

# ---- KVM recordings, replayed in the simulator ------------------------------------------
EX='equivalent/the same end: exited with code 0'
record_want basic 0 --vms 2 "$G/chan_basic.elf"
equivalent basic "$tmp/basic.hst" "$EX,$EX"
equivalent "basic -j 1" "$tmp/basic.hst" "$EX,$EX" -j 1
equivalent "basic --direct" "$tmp/basic.hst" "$EX,$EX" --direct
# vm 0 gets 79 messages (75 from itself), vm 1 the 4 of vm 0
why=$(messages basic 79,4)
[ -z "$why" ] && ok "basic: 79 + 4 message inputs with unique sequence numbers" || bad "basic: $why"
why=$(export_seqs basic 83)
[ -z "$why" ] && ok "basic: export --chrome-trace: 83 messages, 83 sequence numbers" || bad "basic: export: $why"
record_want full 0 --vms 2 "$G/chan_full.elf"
equivalent full "$tmp/full.hst" "$EX,$EX"
record_want order 0 --vms 3 "$G/chan_order.elf"
equivalent "order -j 1" "$tmp/order.hst" "$EX,$EX,$EX" -j 1
equivalent "order -j 2" "$tmp/order.hst" "$EX,$EX,$EX" -j 2
why=$(messages order 6000,0,0)
[ -z "$why" ] && ok "order: 6000 message inputs with unique sequence numbers" || bad "order: $why"
record_want rounds 0 --vms 2 "$G/chan_rounds.elf"
why=$(messages rounds 2001,2001)
[ -z "$why" ] && ok "rounds: 2001 + 2001 message inputs" || bad "rounds: $why"

# a deadlock: recorded and replayed as one
DE='equivalent/the same end: deadlock: waits in hsim_recv'
record_want dl3 123 --timeout 10 --vms 3 "$G/chan_wait.elf"
equivalent dl3 "$tmp/dl3.hst" "$EX,$DE,$DE"
equivalent "dl3 -j 1" "$tmp/dl3.hst" "$EX,$DE,$DE" -j 1
record_want dl1 123 --timeout 10 "$G/chan_wait.elf"
equivalent dl1 "$tmp/dl1.hst" "$DE"
equivalent "dl1 --direct" "$tmp/dl1.hst" "$DE" --direct
# a time limit while vm 1 waits: both stopped (3 recordings: by a race, vm 1
# used to be reported, recorded and replayed as a deadlock)
ST='stopped/where the recording was stopped (time limit)'
for i in 1 2 3; do
	record_want tmo$i 124 --timeout 0.5 --vms 2 "$G/chan_wait.elf"
	equivalent tmo$i "$tmp/tmo$i.hst" "$ST,$ST"
done
equivalent "tmo1 -j 1" "$tmp/tmo1.hst" "$ST,$ST" -j 1

# checkpoints hold the pages hsim_recv wrote (--checkpoint-verify compares
# each with the memory), in KVM and in the simulator
for e in kvm sim; do
	S=
	[ $e = sim ] && S=--sim
	record_want ck-$e 0 $S --checkpoint-every 500 --checkpoint-verify --vms 3 "$G/chan_order.elf"
done
record ck --checkpoint-every 500 --vms 3 "$G/chan_order.elf"
equivalent ck "$tmp/ck.hst" "$EX,$EX,$EX"
replay ck-from1 "$tmp/ck.hst" --from 1
[ $rc = 0 ] && [ "$(j "$tmp/ck-from1.json" 'all(v["verdict"] == "equivalent" for v in d["vms"])')" = True ] &&
	ok "replay ck --from 1: every VM equivalent" ||
	{ bad "replay ck --from 1: status $rc"; show "$tmp/ck-from1.json"; }

# The 4-VM pipeline (examples/pipeline.c): the same result every run, in
# KVM and under --sim, whatever order the messages arrive in; its KVM
# recording replays equivalent, -j 2.
P=${HSIM_EXAMPLES:-examples}/pipeline.elf
for run in kvm1 kvm2 sim1 sim2; do
	S=
	case $run in sim*) S=--sim ;; esac
	timeout -s KILL 120 "$HSIM" run $S --vms 4 --timeout 100 "$P" 2>&1 | sort >"$tmp/pipe.$run"
done
if grep -q '^\[vm 3\] consumer: 2000 results, sum [0-9a-f]\{16\}$' "$tmp/pipe.kvm1" &&
	cmp -s "$tmp/pipe.kvm1" "$tmp/pipe.kvm2" && cmp -s "$tmp/pipe.kvm1" "$tmp/pipe.sim1" &&
	cmp -s "$tmp/pipe.kvm1" "$tmp/pipe.sim2"; then
	ok "pipeline: the same result in 2 KVM and 2 --sim runs"
else
	bad "pipeline: runs differ"; show "$tmp/pipe.kvm1" "$tmp/pipe.sim1"
fi
record pipe --vms 4 "$P"
equivalent "pipe -j 2" "$tmp/pipe.hst" "$EX,$EX,$EX,$EX" -j 2

exit $fail
