#!/bin/sh
# Channels in traces, without KVM (HSIM_KVM_DEVICE names no device): the
# channel guests (tests/guests/chan_*.c) recorded in the simulator replay
# equivalent, each VM alone from its own stream (-j 1 and -j 2 give the
# same per-VM results), the recorded ends included: a deadlock replays as
# the same deadlock, a time limit while a VM waits in hsim_recv as
# "stopped"; every received message is a "message" input with a sequence
# number unique across the VMs; a message or a send result left out of the
# trace makes the receiver (sender) diverge there; --from and --segment
# start inside channel traffic. Needs python3 (JSON checks).
. "$(dirname "$0")/../replay_lib.sh"
without_kvm
LIMIT="timeout -s KILL 60"

# same_j NAME: -j 1 and -j 2 give the same per-VM results
VMKEYS='[(v["vm"], v["verdict"], v["detail"], v["first_event"], v["last_event"], v["events"], v["records"], v["instructions"], v.get("status"), v.get("exit_code")) for v in d["vms"]]'
same_j() {
	replay "$1-j1" "$tmp/$1.hst" -j 1
	r1=$rc
	replay "$1-j2" "$tmp/$1.hst" -j 2
	a=$(j "$tmp/$1-j1.json" "$VMKEYS") b=$(j "$tmp/$1-j2.json" "$VMKEYS")
	[ $rc = $r1 ] && [ "$a" = "$b" ] && [ "$a" != "?" ] && ok "$1: -j 2 gives -j 1's per-VM results (status $rc)" ||
		{ bad "$1: -j 2: status $rc vs $r1"; echo "     -j 1: $a" | cut -c1-400; echo "     -j 2: $b" | cut -c1-400; }
}

# ---- guests that exit --------------------------------------------------------------
EX='equivalent/the same end: exited with code 0'
record_want basic 0 $DET --vms 2 "$G/chan_basic.elf"
equivalent basic "$tmp/basic.hst" "$EX,$EX"
same_j basic
# vm 0 receives 79 messages (75 from itself), vm 1 the 4 of vm 0
why=$(messages basic 79,4)
[ -z "$why" ] && ok "basic: 79 + 4 message inputs with unique, rising sequence numbers" || bad "basic: $why"
why=$(export_seqs basic 83)
[ -z "$why" ] && ok "basic: export --chrome-trace: 83 messages, 83 distinct sequence numbers" || bad "basic: export: $why"
# vm 1's four messages: 0, 1, 4095 and 65536 bytes, from vm 0
[ "$(j "$tmp/basic.dump" '[(r["len"] - 4, r["bytes"][:8]) for r in L if r["vm"] == 1 and r["type"] == "input" and r["input"] == "message"]')" = "[(0, '00000000'), (1, '00000000'), (4095, '00000000'), (65536, '00000000')]" ] &&
	ok "basic: vm 1's message inputs hold 0, 1, 4095, 65536 bytes from vm 0" || bad "basic: vm 1's message inputs"

record_want full 0 $DET --vms 2 "$G/chan_full.elf"
equivalent full "$tmp/full.hst" "$EX,$EX"
same_j full
why=$(messages full 0,64)
[ -z "$why" ] && ok "full: the 64 messages of vm 0 are vm 1's inputs" || bad "full: $why"

record_want order 0 $DET --vms 4 "$G/chan_order.elf"
equivalent order "$tmp/order.hst" "$EX,$EX,$EX,$EX"
same_j order
why=$(messages order 9000,0,0,0)
[ -z "$why" ] && ok "order: 9000 message inputs with unique, rising sequence numbers" || bad "order: $why"

# round trips and a ring: never a deadlock, so the recording exits 0
record_want rounds 0 $DET --vms 3 "$G/chan_rounds.elf"
equivalent rounds "$tmp/rounds.hst" "$EX,$EX,$EX"
why=$(messages rounds 2001,2001,1)
[ -z "$why" ] && ok "rounds: 2001 + 2001 + 1 message inputs" || bad "rounds: $why"

# ---- deadlocks and time limits ---------------------------------------------------------
DE='equivalent/the same end: deadlock: waits in hsim_recv at 0x'
record_want dl1 123 --timeout 10 "$G/chan_wait.elf"
equivalent dl1 "$tmp/dl1.hst" "$DE"
record_want dl3 123 --timeout 10 --vms 3 "$G/chan_wait.elf"
equivalent dl3 "$tmp/dl3.hst" "$EX,$DE,$DE"
same_j dl3
[ "$(j "$tmp/dl3-j1.json" '[v["status"] for v in d["vms"]][1:] == [6, 6] and d["vms"][0]["status"] != 6')" = True ] &&
	ok "dl3: vms 1 and 2 ended in deadlock (status 6), vm 0 not" || bad "dl3: statuses $(j "$tmp/dl3-j1.json" '[v["status"] for v in d["vms"]]')"
why=$(messages dl3 0,1,0)
[ -z "$why" ] && ok "dl3: vm 1's one message" || bad "dl3: $why"
"$HSIM" replay "$tmp/dl3.hst" >"$tmp/dl3.text" 2>&1
[ $? = 0 ] && [ "$(grep -c '): equivalent: events 1\.\.[0-9]*, the same end: deadlock: waits in hsim_recv at 0x[0-9a-f]* (hsim_recv+0x[0-9a-f]*) for a message no running VM can send$' "$tmp/dl3.text")" = 2 ] &&
	ok "dl3: the text report names both deadlocks" || { bad "dl3: text report"; show "$tmp/dl3.text"; }
# a time limit while vm 1 waits in hsim_recv (vm 0 spins): both stopped. 5
# recordings: by a race, vm 1 used to end as a deadlock instead
ST='stopped/where the recording was stopped (time limit)'
ndl=0
for i in 1 2 3 4 5; do
	record_want tmo$i 124 --timeout 0.3 --vms 2 "$G/chan_wait.elf"
	grep -q deadlock "$tmp/tmo$i.rec.err" && ndl=$((ndl + 1)) && show "$tmp/tmo$i.rec.err"
	equivalent tmo$i "$tmp/tmo$i.hst" "$ST,$ST"
done
[ $ndl = 0 ] && ok "tmo: no deadlock report in 5 recordings" || bad "tmo: $ndl of 5 recordings report a deadlock"
same_j tmo1

# ---- what replay takes from the trace -------------------------------------------------
# vm 1 of basic without its 4095-byte message: it diverges there, vm 0 not
ev=$(j "$tmp/basic.dump" '[r["event"] for r in L if r["vm"] == 1 and r["type"] == "input" and r["input"] == "message" and r["len"] == 4099][0]')
"$EDIT" "$tmp/basic.hst" "$tmp/nomsg.hst" drop-input 1 "$ev" || bad "trace_edit drop-input 1 $ev"
replay nomsg "$tmp/nomsg.hst"
[ $rc = 1 ] && [ "$(j "$tmp/nomsg.json" '[(v["verdict"], v.get("divergence", {}).get("event")) for v in d["vms"]]')" = "[('equivalent', None), ('diverged', $ev)]" ] &&
	ok "basic without vm 1's 4095-byte message: vm 1 diverged at event $ev, vm 0 equivalent" ||
	{ bad "basic without a message (vm 1 event $ev): status $rc"; show "$tmp/nomsg.json"; }
# vm 0's first send result left out
ev=$(j "$tmp/basic.dump" '[r["event"] for r in L if r["vm"] == 0 and r["type"] == "input" and r["input"] == "result"][0]')
"$EDIT" "$tmp/basic.hst" "$tmp/nores.hst" drop-input 0 "$ev" || bad "trace_edit drop-input 0 $ev"
replay nores "$tmp/nores.hst"
[ $rc = 1 ] && [ "$(j "$tmp/nores.json" '[(v["verdict"], v.get("divergence", {}).get("event")) for v in d["vms"]]')" = "[('diverged', $ev), ('equivalent', None)]" ] &&
	ok "basic without vm 0's first send result: vm 0 diverged at event $ev" ||
	{ bad "basic without a send result (vm 0 event $ev): status $rc"; show "$tmp/nores.json"; }

# ---- checkpoints inside channel traffic: --from, --segment ----------------------------
# checkpoints hold the pages hsim_recv wrote: --checkpoint-verify compares
# each with the memory
record_want order-ckv 0 $DET --checkpoint-every 500 --checkpoint-verify --vms 3 "$G/chan_order.elf"
record_want basic-ckv 0 $DET --checkpoint-every 10 --checkpoint-verify --vms 2 "$G/chan_basic.elf"
record_want order-ck 0 $DET --checkpoint-every 500 --vms 3 "$G/chan_order.elf"
equivalent order-ck "$tmp/order-ck.hst" "$EX,$EX,$EX"
k=0
for o in "--from 1" "--segment 2/2" "--segment 1/3"; do
	k=$((k + 1))
	# shellcheck disable=SC2086
	replay "ck$k" "$tmp/order-ck.hst" $o
	[ $rc = 0 ] && [ "$(j "$tmp/ck$k.json" 'all(v["verdict"] in ("equivalent", "skipped") for v in d["vms"]) and d["events"] > 0')" = True ] &&
		ok "order-ck $o: 0, every VM equivalent or skipped" || { bad "order-ck $o: status $rc"; show "$tmp/ck$k.json"; }
done

exit $fail
