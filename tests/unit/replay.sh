#!/bin/sh
# hsim replay without KVM (HSIM_KVM_DEVICE names no device, so a replay that
# touched KVM would fail): every test guest recorded in the simulator replays
# equivalent, with as many events and checkpoints verified as the trace holds
# and the recorded end; the golden v1 trace too. Traces that lie (trace_edit:
# a flipped register bit, a dropped input, another CPU vendor) diverge where
# the lie is, and the report says where; a cut trace is "truncated" (3), a
# damaged one "corrupt" (4), no trace or bad options 2. --from, --segment,
# -j, --timeout, a signal, --console, the undefined-flag rules of the
# recorded CPU. Needs python3 (JSON checks).
. "$(dirname "$0")/../replay_lib.sh"
without_kvm

# ---- no KVM -------------------------------------------------------------------
"$HSIM" record -o "$tmp/hello.hst" --sim "$G/hello.elf" >/dev/null 2>&1
replay direct "$tmp/hello.hst" --direct
[ $rc = 126 ] && grep -q 'KVM' "$tmp/direct.err" && ok "--direct without KVM: 126, says KVM" ||
	{ bad "--direct without KVM: status $rc, want 126 and a word on KVM"; show "$tmp/direct.err"; }

# ---- every guest, recorded in the simulator -------------------------------------
dd if=/dev/urandom of="$tmp/disk.img" bs=1024 count=64 2>/dev/null
for g in hello checksum sha256 tsc_rand simfuncs fault_ud fault_bp fault_de fault_pf fault_gp \
	fault_null fault_stack fault_tf sse_state multivm wildptr smc recursion crc32 matrix sort strings; do
	record "$g" $DET "$G/$g.elf"
	equivalent "$g" "$tmp/$g.hst"
done
# the devices guest without a disk: UART and timer, then a fault at the block device
record devices-nodisk $DET "$G/devices.elf"
equivalent devices-nodisk "$tmp/devices-nodisk.hst"
# with a disk: the block device's registers and sectors are inputs too
record devices $DET --disk "$tmp/disk.img" "$G/devices.elf"
[ $rrc = 0 ] || bad "devices: recording with --disk exited $rrc"
equivalent devices "$tmp/devices.hst"
# checkpoints (state and pages): plain, full-state points of complex
# events, SSE state, code that rewrites itself, more VMs and images
record tsc-ck $DET --checkpoint-every 7 "$G/tsc_rand.elf"
equivalent tsc-ck "$tmp/tsc-ck.hst"
record fib-ck $DET --checkpoint-every 7 --simulate fib "$G/simfuncs.elf"
equivalent fib-ck "$tmp/fib-ck.hst"
for g in sse_state smc matrix; do
	record "$g-ck" $DET --checkpoint-every 7 "$G/$g.elf"
	equivalent "$g-ck" "$tmp/$g-ck.hst"
done
record fib $DET --simulate fib "$G/simfuncs.elf"
equivalent fib "$tmp/fib.hst"
record two $DET --simulate fib "$G/tsc_rand.elf" "$G/simfuncs.elf"
equivalent two "$tmp/two.hst"
record mv4 --vms 4 --checkpoint-every 1 "$G/multivm.elf"
equivalent mv4 "$tmp/mv4.hst"
# recorded in KVM on another machine
equivalent golden-v1 "$TRACES/golden-v1.hst"

# the guests' images come from the trace
cp "$G/hello.elf" "$tmp/gone.elf"
"$HSIM" record -o "$tmp/gone.hst" --sim "$tmp/gone.elf" >/dev/null 2>&1
rm -f "$tmp/gone.elf"
replay gone "$tmp/gone.hst"
[ $rc = 0 ] && [ "$(j "$tmp/gone.json" 'd["vms"][0]["image"]')" = gone.elf ] &&
	ok "the guest's ELF deleted after recording: replays from the trace's image" ||
	{ bad "guest ELF deleted: status $rc, image $(j "$tmp/gone.json" 'd["vms"][0]["image"]')"; show "$tmp/gone.err"; }

# a fault's end is described as the run described it
for g in fault_ud fault_pf fault_gp; do
	"$HSIM" run --sim "$G/$g.elf" 2>&1 >/dev/null | sed -n 's/^hsim: vm 0 ([^)]*): //p' >"$tmp/$g.run"
	want="the same end: $(cat "$tmp/$g.run")"
	got=$(j "$tmp/$g.json" 'd["vms"][0]["detail"]')
	[ "$got" = "$want" ] && ok "$g: detail '$got'" || bad "$g: detail '$got', want '$want'"
done

# ---- the text report ------------------------------------------------------------
"$HSIM" replay "$tmp/tsc-ck.hst" >"$tmp/text.out" 2>"$tmp/text.err"
s=$?
J=$tmp/tsc-ck.json
ev=$(j "$J" 'd["vms"][0]["events"]') ck=$(j "$J" 'd["vms"][0]["checkpoints"]')
pg=$(j "$J" 'd["vms"][0]["pages"]') dg=$(j "$J" 'd["vms"][0]["digest"]')
ins=$(j "$J" 'd["instructions"]') rules=$(j "$J" 'd["flag_rules"]')
[ $s = 0 ] && [ "$(sed -n 1p "$tmp/text.out")" = "replay $tmp/tsc-ck.hst: equivalent" ] &&
	[ "$(sed -n 2p "$tmp/text.out")" = "  vm 0 (tsc_rand.elf): equivalent: events 1..$ev, $ck checkpoints ($pg pages, digest $dg), the same end: exited with code 0" ] &&
	sed -n 3p "$tmp/text.out" | grep -Fq "1 VM, $ev events, $ck checkpoints, $ins instructions in " &&
	sed -n 3p "$tmp/text.out" | grep -Fq "; undefined flags: $rules" && [ "$(wc -l <"$tmp/text.out")" = 3 ] &&
	ok "text report: verdict, the VM's line and the totals, as the JSON has them" ||
	{ bad "text report (status $s)"; show "$tmp/text.out"; }
"$HSIM" replay -q "$tmp/tsc-ck.hst" >"$tmp/q.out" 2>&1
[ $? = 0 ] && [ "$(cat "$tmp/q.out")" = "replay $tmp/tsc-ck.hst: equivalent" ] &&
	ok "-q: only the verdict line" || { bad "-q"; show "$tmp/q.out"; }

# --console: the guests' output, as the run printed it, on stderr
"$HSIM" run --sim "$G/hello.elf" 2>/dev/null | sed 's/^/[vm 0] /' >"$tmp/console.want"
"$HSIM" replay -q --console "$tmp/hello.hst" >"$tmp/console.out" 2>"$tmp/console.err"
s=$?
[ $s = 0 ] && [ -s "$tmp/console.want" ] && cmp -s "$tmp/console.want" "$tmp/console.err" &&
	ok "--console: the guest's lines on stderr, as recorded" ||
	{ bad "--console (status $s): stderr is not the run's output, line for line"; show "$tmp/console.want" "$tmp/console.err"; }

# ---- a flipped register bit -------------------------------------------------------
"$EDIT" "$tmp/tsc_rand.hst" "$tmp/flip.hst" flip 0 10 rbx 3 || bad "trace_edit flip 0 10 rbx 3"
"$HSIM" replay "$tmp/flip.hst" >"$tmp/flip.out" 2>"$tmp/flip.err"
s=$?
[ $s = 1 ] && [ "$(sed -n 1p "$tmp/flip.out")" = "replay $tmp/flip.hst: diverged" ] &&
	grep -Eq '^vm 0 \(tsc_rand\.elf\): diverged at event 10: rbx: recorded 0x[0-9a-f]+, replayed 0x[0-9a-f]+$' "$tmp/flip.out" &&
	[ "$(grep '^\* ' "$tmp/flip.out" | awk '{ print $2 }')" = rbx ] &&
	ok "flipped rbx at event 10: exit 1, vm 0, event 10, rbx the one marked register" ||
	{ bad "flipped rbx (status $s)"; show "$tmp/flip.out" "$tmp/flip.err"; }
replay flip "$tmp/flip.hst"
J=$tmp/flip.json
[ $rc = 1 ] && [ "$(j "$J" 'd["verdict"], d["exit_status"]')" = "('diverged', 1)" ] &&
	[ "$(j "$J" 'd["vms"][0]["verdict"], d["vms"][0]["divergence"]["event"], d["vms"][0]["last_event"]')" = "('diverged', 10, 9)" ] &&
	[ "$(j "$J" 'list(d["vms"][0]["divergence"]["registers"])')" = "['rbx']" ] &&
	[ "$(j "$J" '[int(x, 16) for x in d["vms"][0]["divergence"]["registers"]["rbx"]][0] ^ [int(x, 16) for x in d["vms"][0]["divergence"]["registers"]["rbx"]][1]')" = 8 ] &&
	[ "$(j "$J" 'len(d["vms"][0]["divergence"]["recent"]) > 0 and d["vms"][0]["divergence"]["recorded_exit"] == d["vms"][0]["divergence"]["replayed_exit"]')" = True ] &&
	ok "flipped rbx, JSON: divergence event 10, only rbx differs, by bit 3; verified up to event 9" ||
	{ bad "flipped rbx, JSON (status $rc)"; show "$J"; }

# in VM 1 of two: VM 1 is named, VM 0 stays equivalent
"$EDIT" "$tmp/two.hst" "$tmp/two-flip.hst" flip 1 5 rsp 4 || bad "trace_edit flip 1 5 rsp 4"
"$HSIM" replay "$tmp/two-flip.hst" >"$tmp/two-flip.out" 2>&1
s=$?
n0=$(j "$tmp/two.dump" 'sum(r["type"] == "exit" for r in L if r["vm"] == 0)')
[ $s = 1 ] && grep -Eq '^vm 1 \(simfuncs\.elf\): diverged at event 5: rsp: ' "$tmp/two-flip.out" &&
	grep -Eq "^  vm 0 \(tsc_rand\.elf\): equivalent: events 1\.\.$n0, " "$tmp/two-flip.out" &&
	! grep -q '^vm 0' "$tmp/two-flip.out" &&
	ok "flipped rsp in vm 1: vm 1 diverged at event 5, vm 0 equivalent (events 1..$n0)" ||
	{ bad "flipped rsp in vm 1 (status $s)"; show "$tmp/two-flip.out"; }
replay two-flip "$tmp/two-flip.hst"
[ "$(j "$tmp/two-flip.json" '[(v["vm"], v["verdict"], v.get("divergence", {}).get("event"), v["events"]) for v in d["vms"]]')" = \
	"[(0, 'equivalent', None, $n0), (1, 'diverged', 5, 4)]" ] &&
	ok "flipped rsp in vm 1, JSON: vm 0 equivalent, vm 1 diverged at 5" ||
	{ bad "flipped rsp in vm 1, JSON"; show "$tmp/two-flip.json"; }

# a dropped input: the guest asks for it, the trace has the next exit
ein=$(j "$tmp/tsc_rand.dump" 'min(r["event"] for r in L if r["type"] == "input" and r["event"] >= 10)')
"$EDIT" "$tmp/tsc_rand.hst" "$tmp/drop.hst" drop-input 0 "$ein" || bad "trace_edit drop-input 0 $ein"
replay drop "$tmp/drop.hst"
[ $rc = 1 ] && [ "$(j "$tmp/drop.json" 'd["vms"][0]["verdict"], d["vms"][0]["divergence"]["event"]')" = "('diverged', $ein)" ] &&
	[ "$(j "$tmp/drop.json" '"input" in d["vms"][0]["divergence"]["what"]')" = True ] &&
	ok "dropped the input of event $ein: diverged there, on an input" ||
	{ bad "dropped input (status $rc)"; show "$tmp/drop.json"; }

# ---- time-limited recordings, cut and damaged traces -------------------------------
# exitspin exits forever: stopped by the time limit, written in many frames
# (millions of records: checked against hsim stat, not a dump)
HSIM_RECORD_FLUSH_MS=1 "$HSIM" record -o "$tmp/es.hst" --sim --clock-step 1000 --timeout 0.6 "$G/exitspin.elf" >/dev/null 2>&1
s=$?
"$HSIM" stat --json "$tmp/es.hst" >"$tmp/es.stat" 2>/dev/null
frames=$(j "$tmp/es.stat" 'd["frames"]')
[ $s = 124 ] && [ "$frames" != "?" ] && [ "$frames" -ge 20 ] &&
	ok "exitspin --timeout 0.6: 124, $frames frames" || bad "exitspin --timeout 0.6: status $s, $frames frames"
allx=$(j "$tmp/es.stat" 'd["exits"]')
replay es "$tmp/es.hst"
[ $rc = 0 ] && [ "$(j "$tmp/es.json" 'd["verdict"], [(v["verdict"], v["first_event"], v["last_event"], v["events"], v["status"]) for v in d["vms"]]')" = \
	"('equivalent', [('stopped', 1, $allx, $allx, $(j "$tmp/es.stat" 'd["per_vm"][0]["status"]'))])" ] && [ "$allx" -gt 1000 ] &&
	ok "es: 0, equivalent, vm 0 stopped (the time limit) after all $allx events" ||
	{ bad "es: status $rc, want the $allx events of the trace, stopped"; show "$tmp/es.json" "$tmp/es.err"; }
[ "$(j "$tmp/es.json" 'd["vms"][0]["status"]')" = 3 ] && ok "es: the recorded end is the time limit (status 3)" ||
	bad "es: status $(j "$tmp/es.json" 'd["vms"][0]["status"]')"
record spin --timeout 0.3 "$G/spin.elf"
equivalent spin "$tmp/spin.hst" stopped

# cut at 60%: verified up to the last whole frame
size=$(wc -c <"$tmp/es.hst")
head -c $((size * 6 / 10)) "$tmp/es.hst" >"$tmp/cut.hst"
"$HSIM" stat --json "$tmp/cut.hst" >"$tmp/cut.stat" 2>/dev/null
cutx=$(j "$tmp/cut.stat" 'd["exits"] if d["truncated"] else "not truncated"')
replay cut "$tmp/cut.hst"
[ $rc = 3 ] && [ "$(j "$tmp/cut.json" 'd["verdict"], d["exit_status"], d["vms"][0]["verdict"], "divergence" in d["vms"][0]')" = "('truncated', 3, 'truncated', False)" ] &&
	[ "$(j "$tmp/cut.json" 'd["events"]')" = "$cutx" ] && [ "$cutx" -gt 0 ] && [ "$cutx" -lt "$allx" ] &&
	ok "cut at 60%: 3, truncated, no divergence, the $cutx of $allx events the cut trace holds" ||
	{ bad "cut at 60%: status $rc, events $(j "$tmp/cut.json" 'd["events"]'), the cut trace has $cutx"; show "$tmp/cut.json" "$tmp/cut.err"; }
"$HSIM" replay "$tmp/cut.hst" >"$tmp/cut.out" 2>&1
[ $? = 3 ] && [ "$(sed -n 1p "$tmp/cut.out")" = "replay $tmp/cut.hst: truncated" ] && ! grep -q diverged "$tmp/cut.out" &&
	ok "cut at 60%: text verdict truncated" || { bad "cut at 60%: text"; show "$tmp/cut.out"; }

# a byte of the third data frame's payload changed: corrupt there
python3 - "$tmp/es.hst" "$tmp/bad.hst" >"$tmp/bad.where" <<'PY'
import struct, sys
b = bytearray(open(sys.argv[1], "rb").read())
o = 32 + struct.unpack_from("<I", b, 16)[0]   # after the header block
frames = []
while o + 48 <= len(b) and b[o:o + 4] == b"HSFR":
    csize, = struct.unpack_from("<I", b, o + 8)
    last, = struct.unpack_from("<Q", b, o + 32)
    frames.append((o, csize, last))
    o += 48 + csize
o, csize, _ = frames[2]
b[o + 48 + csize // 2] ^= 0x10
open(sys.argv[2], "wb").write(b)
print(o, frames[1][2])   # the frame's offset, the last event before it
PY
read boff blast <"$tmp/bad.where"
replay bad "$tmp/bad.hst"
[ $rc = 4 ] && [ "$(j "$tmp/bad.json" 'd["verdict"], d["vms"][0]["verdict"], d["vms"][0]["last_event"]')" = "('corrupt', 'corrupt', $blast)" ] &&
	[ "$(j "$tmp/bad.json" '"at byte %s" % sys.argv[3] in d["vms"][0]["detail"]' "$boff")" = True ] &&
	ok "a byte changed in frame 2: 4, corrupt at byte $boff, verified up to event $blast" ||
	{ bad "a byte changed in frame 2 (at $boff, events up to $blast): status $rc"; show "$tmp/bad.json" "$tmp/bad.err"; }

# --timeout and a signal stop a replay
replay tmo "$tmp/es.hst" --timeout 0.1
[ $rc = 124 ] && [ "$(j "$tmp/tmo.json" 'd["verdict"], d["vms"][0]["verdict"], d["vms"][0]["events"] < '"$allx")" = "('interrupted', 'interrupted', True)" ] &&
	ok "--timeout 0.1: 124, interrupted before the end" || { bad "--timeout 0.1: status $rc"; show "$tmp/tmo.json"; }
"$HSIM" replay "$tmp/es.hst" >"$tmp/sig.out" 2>&1 &
pid=$!
sleep 0.3
kill -TERM $pid
wait $pid
s=$?
[ $s = 143 ] && [ "$(sed -n 1p "$tmp/sig.out")" = "replay $tmp/es.hst: interrupted" ] &&
	ok "SIGTERM: 143, interrupted" || { bad "SIGTERM: status $s"; show "$tmp/sig.out"; }

# ---- not traces, bad options ------------------------------------------------------
echo "not a trace" >"$tmp/junk.hst"
for f in "$tmp/junk.hst" "$G/hello.elf" "$tmp/missing.hst"; do
	"$HSIM" replay "$f" >"$tmp/nt.out" 2>"$tmp/nt.err"
	s=$?
	[ $s = 2 ] && [ ! -s "$tmp/nt.out" ] && [ "$(wc -l <"$tmp/nt.err")" = 1 ] &&
		[ "$(grep -o -F "$f" "$tmp/nt.err" | wc -l)" = 1 ] &&
		ok "not a trace $(basename "$f"): 2, one line naming it" ||
		{ bad "not a trace $(basename "$f"): status $s, or not one line naming it once"; show "$tmp/nt.out" "$tmp/nt.err"; }
done
for o in "--segment 3/2" "--segment 0/1" "--segment 1" "-j 0" "-j x" "--from x" "--from -1" "--timeout 0" \
	"--from 0 --segment 1/2" "--from 11 $tmp/tsc-ck.hst" "--from 0 $tmp/tsc_rand.hst" "$tmp/hello.hst $tmp/hello.hst" ""; do
	# shellcheck disable=SC2086
	case $o in *.hst) "$HSIM" replay $o ;; *) "$HSIM" replay $o ${o:+"$tmp/hello.hst"} ;; esac >"$tmp/opt.out" 2>"$tmp/opt.err"
	s=$?
	[ $s = 2 ] && [ ! -s "$tmp/opt.out" ] && [ "$(wc -l <"$tmp/opt.err")" = 1 ] &&
		ok "bad options '$o': 2, one line on stderr" ||
		{ bad "bad options '$o': status $s"; show "$tmp/opt.out" "$tmp/opt.err"; }
done
"$HSIM" replay --help >"$tmp/help.out" 2>&1
[ $? = 0 ] && grep -q '^usage: hsim replay' "$tmp/help.out" && ok "--help: 0, usage" || bad "--help"

# ---- --from -------------------------------------------------------------------
# from checkpoint K: the events after its event, the checkpoints after it
# from1 NAME K: replays $tmp/NAME.hst from checkpoint K (status in rc); in
# why what is wrong with it against NAME.dump (nothing: all right)
from1() {
	replay "from-$1-$2" "$tmp/$1.hst" --from "$2"
	why=$(python3 - "$tmp/from-$1-$2.json" "$tmp/$1.dump" "$2" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
except ValueError:
    print("no JSON")
    sys.exit(0)
recs = [json.loads(l) for l in open(sys.argv[2])]
k = int(sys.argv[3])
p = []
for v in d["vms"]:
    i = v["vm"]
    ck = [r["event"] for r in recs if r["vm"] == i and r["type"] == "checkpoint"]
    ex = [r["event"] for r in recs if r["vm"] == i and r["type"] == "exit" and r["event"] > ck[k]]
    got = (v["verdict"], v["first_event"], v["last_event"], v["events"], v["checkpoints"])
    exp = ("equivalent", ex[0], ex[-1], len(ex), len(ck) - k - 1)
    if got != exp:
        p.append("vm %d: (verdict, first, last, events, checkpoints) %s, want %s: %s" % (i, got, exp, v["detail"]))
print("; ".join(p))
PY
)
}
for k in 0 5 10; do
	from1 tsc-ck $k
	[ $rc = 0 ] && [ -z "$why" ] && ok "--from $k: 0, the events after checkpoint $k" ||
		{ bad "--from $k: status $rc: $why"; show "$tmp/from-tsc-ck-$k.err"; }
done
[ "$(j "$tmp/from-tsc-ck-5.json" 'd["vms"][0]["first_event"] > 1')" = True ] || bad "--from 5: first_event not past the start"
# every checkpoint of a trace with complex events (--simulate fib): some
# are taken inside one, between its state store and the simulation result
nck=$(j "$tmp/fib-ck.dump" 'sum(r["type"] == "checkpoint" for r in L)')
k=0 nbad=0 first=
while [ $k -lt "$nck" ]; do
	from1 fib-ck $k
	if [ $rc != 0 ] || [ -n "$why" ]; then
		nbad=$((nbad + 1))
		[ -n "$first" ] || first="--from $k: status $rc: $why $(j "$tmp/from-fib-ck-$k.json" '[v.get("divergence", {}).get("what") for v in d["vms"]]')"
	fi
	k=$((k + 1))
done
[ "$nck" -gt 2 ] && [ $nbad = 0 ] && ok "--from K for each of the $nck checkpoints of a --simulate fib trace" ||
	bad "--from K on a --simulate fib trace: $nbad of $nck checkpoints fail; first: $first"

# ---- --segment ----------------------------------------------------------------
# three VMs with 11, 2 and 0 checkpoints; N segments together verify each
# VM's events and checkpoints once, in contiguous ranges
record seg $DET --checkpoint-every 7 "$G/tsc_rand.elf" "$G/crc32.elf" "$G/sha256.elf"
equivalent seg "$tmp/seg.hst"
for n in 2 3; do
	k=1 files=
	while [ $k -le $n ]; do
		replay "seg-$k-$n" "$tmp/seg.hst" --segment "$k/$n"
		[ $rc = 0 ] || bad "--segment $k/$n: status $rc"
		files="$files $tmp/seg-$k-$n.json"
		k=$((k + 1))
	done
	# shellcheck disable=SC2086
	why=$(python3 - "$tmp/seg.json" $files <<'PY'
import json, sys
whole = json.load(open(sys.argv[1]))
segs = []
for f in sys.argv[2:]:
    try:
        segs.append(json.load(open(f)))
    except ValueError:
        print("no JSON in %s" % f)
        sys.exit(0)
p = []
for w in whole["vms"]:
    i = w["vm"]
    parts = [s["vms"][i] for s in segs]
    for k, v in enumerate(parts):
        if v["verdict"] not in ("equivalent", "skipped") or (v["verdict"] == "skipped") != (v["events"] == 0 and v["checkpoints"] == 0):
            p.append("vm %d segment %d: %s, %d events: %s" % (i, k + 1, v["verdict"], v["events"], v["detail"]))
    if sum(v["events"] for v in parts) != w["events"]:
        p.append("vm %d: segments verify %d events, the whole replay %d" % (i, sum(v["events"] for v in parts), w["events"]))
    if sum(v["checkpoints"] for v in parts) != w["checkpoints"]:
        p.append("vm %d: segments verify %d checkpoints, the whole replay %d" % (i, sum(v["checkpoints"] for v in parts), w["checkpoints"]))
    ranges = [(v["first_event"], v["last_event"]) for v in parts if v["events"]]
    expect = w["first_event"]
    for a, b in ranges:
        if a != expect or b < a:
            p.append("vm %d: ranges %s do not tile %d..%d" % (i, ranges, w["first_event"], w["last_event"]))
            break
        expect = b + 1
    else:
        if expect != w["last_event"] + 1:
            p.append("vm %d: ranges %s end before %d" % (i, ranges, w["last_event"]))
for s in segs:
    if s["events"] != sum(v["events"] for v in s["vms"]) or s["exit_status"] != 0:
        p.append("a segment's totals: %d events, status %d" % (s["events"], s["exit_status"]))
print("; ".join(p))
PY
)
	[ -z "$why" ] && ok "--segment K/$n: the $n segments verify every event and checkpoint once, in contiguous ranges" ||
		bad "--segment K/$n: $why"
done
# segment 1/2: sha256 (no checkpoints: one stretch) is not in it
[ "$(j "$tmp/seg-1-2.json" '[v["verdict"] for v in d["vms"]], d["verdict"]')" = "(['equivalent', 'equivalent', 'skipped'], 'equivalent')" ] &&
	ok "--segment 1/2: a VM without checkpoints skipped, the others equivalent, exit 0" ||
	bad "--segment 1/2: $(j "$tmp/seg-1-2.json" '[v["verdict"] for v in d["vms"]], d["verdict"]')"
# more segments than any VM has stretches: nothing to verify in 1/20
replay seg-1-20 "$tmp/seg.hst" --segment 1/20
[ $rc = 0 ] && [ "$(j "$tmp/seg-1-20.json" '[v["verdict"] for v in d["vms"]], d["events"]')" = "(['skipped', 'skipped', 'skipped'], 0)" ] &&
	ok "--segment 1/20: every VM skipped, exit 0" || { bad "--segment 1/20: status $rc"; show "$tmp/seg-1-20.json"; }
# the last segment of a trace with complex events starts at a checkpoint
# taken inside one
replay fib-seg "$tmp/fib-ck.hst" --segment 2/2
[ $rc = 0 ] && [ "$(j "$tmp/fib-seg.json" 'd["vms"][0]["verdict"], d["vms"][0]["last_event"]')" = "('equivalent', $(j "$tmp/fib-ck.json" 'd["vms"][0]["last_event"]'))" ] &&
	ok "--segment 2/2 of a --simulate fib trace: equivalent to the end" ||
	{ bad "--segment 2/2 of a --simulate fib trace: status $rc: $(j "$tmp/fib-seg.json" 'd["vms"][0].get("divergence", {}).get("what")')"; }

# ---- -j ---------------------------------------------------------------------------
# the same per-VM results whatever the number of VMs at once, diverged or not
"$EDIT" "$tmp/mv4.hst" "$tmp/mv4-flip.hst" flip 2 3 rax 0 || bad "trace_edit flip 2 3 rax 0"
VMKEYS='[(v["vm"], v["verdict"], v["first_event"], v["last_event"], v["events"], v["records"], v["checkpoints"], v["pages"], v["digest"], v["instructions"], v.get("status"), v.get("exit_code"), v.get("divergence", {}).get("event")) for v in d["vms"]]'
for t in mv4 mv4-flip; do
	replay "$t-j1" "$tmp/$t.hst" -j 1
	r1=$rc
	for jn in 2 4; do
		replay "$t-j$jn" "$tmp/$t.hst" -j $jn
		a=$(j "$tmp/$t-j1.json" "$VMKEYS") b=$(j "$tmp/$t-j$jn.json" "$VMKEYS")
		[ $rc = $r1 ] && [ "$a" = "$b" ] && [ "$a" != "?" ] && ok "$t: -j $jn gives -j 1's per-VM results (status $rc)" ||
			{ bad "$t: -j $jn: status $rc vs $r1"; echo "     -j 1:  $a"; echo "     -j $jn: $b"; }
	done
done
[ "$(j "$tmp/mv4-flip-j2.json" '[v["verdict"] for v in d["vms"]]')" = "['equivalent', 'equivalent', 'diverged', 'equivalent']" ] &&
	ok "mv4-flip -j 2: vm 2 diverged, the others equivalent" || bad "mv4-flip -j 2: $(j "$tmp/mv4-flip-j2.json" '[v["verdict"] for v in d["vms"]]')"
[ "$(j "$tmp/mv4-j2.json" 'len(set(v["digest"] for v in d["vms"])) == 4 and all(v["pages"] > 0 for v in d["vms"])')" = True ] &&
	ok "mv4: each VM's checkpoint pages verified, four different digests" || bad "mv4: checkpoint digests"

# ---- the recorded CPU's undefined-flag rules --------------------------------------
for v in AuthenticAMD CentaurHauls; do
	"$EDIT" "$tmp/tsc_rand.hst" "$tmp/$v.hst" vendor $v || bad "trace_edit vendor $v"
	replay "$v" "$tmp/$v.hst"
done
[ "$(j "$tmp/AuthenticAMD.json" 'd["verdict"], "AMD" in d["flag_rules"], d["flags_exact"]')" = "('equivalent', True, True)" ] &&
	ok "vendor AuthenticAMD: equivalent, AMD rules, exact" || { bad "vendor AuthenticAMD"; show "$tmp/AuthenticAMD.json"; }
[ "$(j "$tmp/CentaurHauls.json" 'd["verdict"], "CentaurHauls" in d["flag_rules"], d["flags_exact"]')" = "('equivalent', True, False)" ] &&
	ok "vendor CentaurHauls: equivalent, rules not exact" || { bad "vendor CentaurHauls"; show "$tmp/CentaurHauls.json"; }
# AF is undefined after the xor in hsim_write's block: a different AF at
# its exit is masked on a CPU whose rules are not known, a divergence on
# one whose rules are; ZF is defined there: a divergence on both
ew=$(j "$tmp/tsc_rand.dump" 'min(r["event"] for r in L if r["type"] == "exit" and r["symbol"].startswith("hsim_write+") and r["event"] >= 10)')
"$EDIT" "$tmp/CentaurHauls.hst" "$tmp/c-af.hst" flip 0 "$ew" rflags 4 &&
	"$EDIT" "$tmp/AuthenticAMD.hst" "$tmp/a-af.hst" flip 0 "$ew" rflags 4 &&
	"$EDIT" "$tmp/CentaurHauls.hst" "$tmp/c-zf.hst" flip 0 "$ew" rflags 6 || bad "trace_edit flip rflags at $ew"
replay c-af "$tmp/c-af.hst"
[ $rc = 0 ] && [ "$(j "$tmp/c-af.json" 'd["vms"][0]["verdict"], d["vms"][0]["masked"], d["vms"][0].get("masked_event"), d["vms"][0].get("masked_flags")')" = "('equivalent', 1, $ew, '0x10')" ] &&
	ok "CentaurHauls, AF flipped at event $ew: masked once, there, equivalent" ||
	{ bad "CentaurHauls, AF flipped: status $rc"; show "$tmp/c-af.json"; }
replay a-af "$tmp/a-af.hst"
[ $rc = 1 ] && [ "$(j "$tmp/a-af.json" 'd["vms"][0]["divergence"]["event"], d["vms"][0]["divergence"]["what"].split(":")[0]')" = "($ew, 'rflags')" ] &&
	ok "AuthenticAMD, AF flipped: exact rules, diverged at $ew on rflags" || { bad "AuthenticAMD, AF flipped: status $rc"; show "$tmp/a-af.json"; }
replay c-zf "$tmp/c-zf.hst"
[ $rc = 1 ] && [ "$(j "$tmp/c-zf.json" 'd["vms"][0]["divergence"]["event"], d["vms"][0]["masked"]')" = "($ew, 0)" ] &&
	ok "CentaurHauls, ZF flipped: not masked, diverged at $ew" || { bad "CentaurHauls, ZF flipped: status $rc"; show "$tmp/c-zf.json"; }
# the guest sees the trace's CPUID: a vendor the recording did not see diverges
record cpuid "$G/cpuid_dump.elf"
"$EDIT" "$tmp/cpuid.hst" "$tmp/cpuid-amd.hst" vendor AuthenticAMD || bad "trace_edit vendor (cpuid_dump)"
equivalent cpuid "$tmp/cpuid.hst"
replay cpuid-amd "$tmp/cpuid-amd.hst"
[ $rc = 1 ] && [ "$(j "$tmp/cpuid-amd.json" 'd["vms"][0]["divergence"]["recorded_exit"]["text"]')" = "insn cpuid" ] &&
	ok "cpuid_dump with the vendor changed to AuthenticAMD: diverged at a cpuid" ||
	{ bad "cpuid_dump, vendor AuthenticAMD: status $rc"; show "$tmp/cpuid-amd.json"; }

# A time limit while VMs still wait for a slot (-j 1, 16 VMs): they are
# reported interrupted (it used to crash: their end had no replay state)
record many --vms 16 "$G/sha256.elf"
replay many "$tmp/many.hst" -j 1 --timeout 0.3
[ $rc = 124 ] && [ "$(j "$tmp/many.json" 'len(d["vms"]) == 16 and d["verdict"] == "interrupted" and sum(v["verdict"] == "interrupted" and v["events"] == 0 for v in d["vms"]) >= 8')" = True ] &&
	ok "-j 1 --timeout with VMs waiting for a slot: 124, the waiting ones interrupted" ||
	{ bad "-j 1 --timeout with waiting VMs: status $rc"; show "$tmp/many.json" "$tmp/many.err"; }

exit $fail
