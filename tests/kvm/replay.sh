#!/bin/sh
# hsim replay of KVM recordings: every test guest recorded in KVM (plain and
# with --checkpoint-every 5) replays equivalent in the simulator without KVM
# (HSIM_KVM_DEVICE names no device) and in KVM (--direct), every event and
# checkpoint the trace holds verified, the recorded end reached; simulator
# recordings replay in KVM; --simulate fib both ways; 4 VMs with -j 2; a
# time-limited recording of a looping guest replays "stopped"; segments of a
# KVM trace cover it. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/../replay_lib.sh"
RECORD_INFO=stat

no_kvm "the simulator replays run without KVM"

# ---- every guest recorded in KVM: in the simulator and in KVM ------------------------
dd if=/dev/urandom of="$tmp/disk.img" bs=1024 count=64 2>/dev/null
for g in hello checksum sha256 tsc_rand simfuncs devices fault_ud fault_bp fault_de fault_pf fault_gp \
	fault_null fault_stack fault_tf sse_state multivm wildptr smc recursion crc32 matrix sort strings; do
	d=
	[ $g = devices ] && d="--disk $tmp/disk.img"
	# shellcheck disable=SC2086
	record "$g" $DET $d "$G/$g.elf"
	equivalent "$g sim" "$tmp/$g.hst" equivalent
	equivalent "$g direct" "$tmp/$g.hst" equivalent --direct
	# shellcheck disable=SC2086
	record "$g-ck" $DET --checkpoint-every 5 $d "$G/$g.elf"
	equivalent "$g-ck sim" "$tmp/$g-ck.hst" equivalent
done
for g in tsc_rand smc; do
	equivalent "$g-ck direct" "$tmp/$g-ck.hst" equivalent --direct
done

# ---- simulator recordings in KVM; --simulate both ways --------------------------------
for g in tsc_rand simfuncs smc; do
	record "$g-s" --sim $DET --checkpoint-every 5 "$G/$g.elf"
	equivalent "--sim $g direct" "$tmp/$g-s.hst" equivalent --direct
done
record fib $DET --simulate fib "$G/simfuncs.elf"
[ "$(j "$tmp/fib.stat" 'd["per_vm"][0]["complex"] > 0')" = True ] || bad "fib: no complex events recorded"
equivalent "--simulate fib sim" "$tmp/fib.hst" equivalent
equivalent "--simulate fib direct" "$tmp/fib.hst" equivalent --direct
record fib-s --sim $DET --simulate fib "$G/simfuncs.elf"
equivalent "--sim --simulate fib sim" "$tmp/fib-s.hst" equivalent
equivalent "--sim --simulate fib direct" "$tmp/fib-s.hst" equivalent --direct
record fib-ck $DET --checkpoint-every 5 --simulate fib "$G/simfuncs.elf"
equivalent "--simulate fib --checkpoint-every 5 sim" "$tmp/fib-ck.hst" equivalent
equivalent "--simulate fib --checkpoint-every 5 direct" "$tmp/fib-ck.hst" equivalent --direct
equivalent "golden-v1 direct" "$TRACES/golden-v1.hst" equivalent --direct

# a lie in a KVM trace is found in KVM too
"$EDIT" "$tmp/tsc_rand.hst" "$tmp/flip.hst" flip 0 10 rbx 3 || bad "trace_edit flip 0 10 rbx 3"
for e in sim direct; do
	o=
	[ $e = direct ] && o=--direct
	replay "flip-$e" "$tmp/flip.hst" $o
	[ $rc = 1 ] && [ "$(j "$tmp/flip-$e.json" 'd["vms"][0]["divergence"]["event"], list(d["vms"][0]["divergence"]["registers"])')" = "(10, ['rbx'])" ] &&
		ok "flipped rbx at event 10 ($e): diverged there, on rbx" || { bad "flipped rbx ($e): status $rc"; show "$tmp/flip-$e.json"; }
done

# ---- 4 VMs, -j 2 ------------------------------------------------------------------------
VMKEYS='[(v["vm"], v["image"], v["verdict"], v["first_event"], v["last_event"], v["events"], v["records"], v["checkpoints"], v["pages"], v["digest"], v.get("status"), v.get("exit_code")) for v in d["vms"]]'
record vms4 --vms 4 --checkpoint-every 1 "$G/multivm.elf"
record mixed4 $DET --checkpoint-every 5 "$G/tsc_rand.elf" "$G/crc32.elf" "$G/smc.elf" "$G/hello.elf"
for t in vms4 mixed4; do
	equivalent "$t -j 2 sim" "$tmp/$t.hst" equivalent -j 2
	equivalent "$t -j 2 direct" "$tmp/$t.hst" equivalent -j 2 --direct
	replay "$t-j1" "$tmp/$t.hst" -j 1
	a=$(j "$tmp/$t-j1.json" "$VMKEYS") b=$(j "$tmp/$t -j 2 sim.json" "$VMKEYS") c=$(j "$tmp/$t -j 2 direct.json" "$VMKEYS")
	[ "$a" != "?" ] && [ "$a" = "$b" ] && [ "$a" = "$c" ] && ok "$t: -j 2 (sim, direct) gives -j 1's per-VM results" ||
		{ bad "$t: per-VM results differ"; echo "     -j 1:  $a"; echo "     -j 2:  $b"; echo "     direct: $c"; }
done

# ---- time-limited recordings of looping guests ---------------------------------------
record exitspin --timeout 0.3 "$G/exitspin.elf"
[ $rrc = 124 ] && [ "$(j "$tmp/exitspin.stat" 'd["exits"] > 100')" = True ] || bad "exitspin --timeout 0.3: status $rrc, or few exits"
equivalent "exitspin --timeout sim" "$tmp/exitspin.hst" stopped
equivalent "exitspin --timeout direct" "$tmp/exitspin.hst" stopped --direct
record spin --timeout 0.3 "$G/spin.elf"
equivalent "spin --timeout sim" "$tmp/spin.hst" stopped
[ "$(j "$tmp/exitspin --timeout sim.json" 'd["vms"][0]["status"]')" = 3 ] && ok "exitspin: the recorded end is a time limit (3)" ||
	bad "exitspin: status $(j "$tmp/exitspin --timeout sim.json" 'd["vms"][0]["status"]')"

# ---- segments of a KVM trace ----------------------------------------------------------
# segments K/3: each equivalent, together every event once, in order
for t in tsc_rand-ck fib-ck; do
	sum=0 next=1 segok=1
	for k in 1 2 3; do
		replay "$t-seg$k" "$tmp/$t.hst" --segment $k/3
		r=$(j "$tmp/$t-seg$k.json" 'd["vms"][0]["verdict"], d["vms"][0]["first_event"], d["vms"][0]["last_event"], d["vms"][0]["events"]')
		ev=$(j "$tmp/$t-seg$k.json" 'd["vms"][0]["events"]')
		[ $rc = 0 ] && [ "$r" = "('equivalent', $next, $((next + ev - 1)), $ev)" ] ||
			{ segok=0; echo "     --segment $k/3: status $rc, $r, want from event $next: $(j "$tmp/$t-seg$k.json" 'd["vms"][0]["detail"]')"; }
		[ "$ev" = "?" ] && break
		sum=$((sum + ev)) next=$((next + ev))
	done
	all=$(j "$tmp/$t.stat" 'd["exits"]')
	[ $segok = 1 ] && [ $sum = "$all" ] && ok "$t --segment K/3: equivalent, $sum events in contiguous ranges, all $all" ||
		bad "$t --segment K/3: $sum of $all events"
done

exit $fail
