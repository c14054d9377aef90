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
HSIM=${HSIM:-tools/hsim}
G=${HSIM_GUESTS:-tests/guests}
EDIT=${HSIM_TRACE_EDIT:-tests/tools/trace_edit}
command -v python3 >/dev/null || { echo "python3 (JSON checks) missing: skipped"; exit 77; }
[ -x "$EDIT" ] || { echo "FAIL trace_edit ($EDIT) not built (make tests/tools/trace_edit)"; exit 1; }
HSIM_KVM_DEVICE=/nonexistent
export HSIM_KVM_DEVICE

fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
DET="--seed 7 --clock-step 1000"

ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
show() {
	for f in "$@"; do
		[ -s "$f" ] && sed "s|^|     $(basename "$f"): |" "$f" | cut -c1-300 | head -12
	done
	return 0
}

# j FILE EXPR: the python expression EXPR over FILE's JSON document d ("?"
# if there is none or EXPR fails)
j() {
	python3 - "$@" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
    print(eval(sys.argv[2]))
except Exception:
    print("?")
PY
}

# record NAME WANT OPTIONS... GUEST...: hsim record --sim into $tmp/NAME.hst,
# which must exit with WANT; the trace dumped as JSON lines in $tmp/NAME.dump
record() {
	rn_=$1 rw_=$2
	shift 2
	timeout -s KILL 60 "$HSIM" record -o "$tmp/$rn_.hst" --sim "$@" >"$tmp/$rn_.rec.out" 2>"$tmp/$rn_.rec.err" </dev/null
	rrc=$?
	"$HSIM" dump --json "$tmp/$rn_.hst" >"$tmp/$rn_.dump" 2>/dev/null
	[ $rrc = "$rw_" ] && ok "record $rn_: exit $rrc" ||
		{ bad "record $rn_: exit $rrc, want $rw_"; show "$tmp/$rn_.rec.out" "$tmp/$rn_.rec.err"; }
}

# replay NAME TRACE OPTIONS...: hsim replay --json; JSON in $tmp/NAME.json,
# stderr in $tmp/NAME.err, the status in rc
replay() {
	pn_=$1 pt_=$2
	shift 2
	timeout -s KILL 60 "$HSIM" replay --json "$@" "$pt_" >"$tmp/$pn_.json" 2>"$tmp/$pn_.err"
	rc=$?
}

# verified JSON DUMP SPEC: what is wrong (nothing: all right) with the replay
# JSON against the trace: verdict equivalent (0); per VM (SPEC: one
# VERDICT/DETAIL-PART per VM, comma-separated) the verdict and a part of the
# detail, its events those of the trace's exit records, the recorded end's
# status and exit code
verified() {
	python3 - "$@" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
except ValueError:
    print("no JSON")
    sys.exit(0)
recs = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
spec = [s.split("/", 1) for s in sys.argv[3].split(",")]
p = []
if (d["verdict"], d["exit_status"]) != ("equivalent", 0):
    p.append("verdict %s, exit_status %s" % (d["verdict"], d["exit_status"]))
if len(d["vms"]) != len(spec):
    p.append("%d VMs, want %d" % (len(d["vms"]), len(spec)))
for v, (want, part) in zip(d["vms"], spec):
    i = v["vm"]
    ex = [r["event"] for r in recs if r["vm"] == i and r["type"] == "exit"]
    end = [r for r in recs if r["vm"] == i and r["type"] == "end"]
    if v["verdict"] != want or part not in v["detail"]:
        p.append("vm %d: %s '%s', want %s '...%s...'" % (i, v["verdict"], v["detail"], want, part))
    if (v["events"], v["last_event"]) != (len(ex), ex[-1] if ex else 0):
        p.append("vm %d: events %d..%d, the trace has %d exits" % (i, v["first_event"], v["last_event"], len(ex)))
    if len(end) != 1 or (v.get("status"), v.get("exit_code")) != (end[0]["status"], end[0]["exit_code"]):
        p.append("vm %d: status %s exit code %s, recorded end %s" % (i, v.get("status"), v.get("exit_code"), end))
print("; ".join(p))
PY
}

# equivalent NAME SPEC [OPTIONS...]: $tmp/NAME.hst replays (OPTIONS) as SPEC
# says; the JSON in $tmp/rN.json, N = $nrep
nrep=0
equivalent() {
	en_=$1 es_=$2
	shift 2
	nrep=$((nrep + 1))
	replay "r$nrep" "$tmp/$en_.hst" "$@"
	why=$(verified "$tmp/r$nrep.json" "$tmp/$en_.dump" "$es_")
	[ $rc = 0 ] && [ -z "$why" ] && ok "replay $en_ $*: $es_" ||
		{ bad "replay $en_ $*: status $rc: $why"; show "$tmp/r$nrep.err"; }
}

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

# messages NAME COUNTS: what is wrong with the "message" inputs of the dump:
# COUNTS (comma-separated, per VM) of them, each with a sequence number
# ("seq"), unique across the VMs, rising in each VM's stream, a sender
# that exists (the payload's first 4 bytes)
messages() {
	python3 - "$tmp/$1.dump" "$2" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
counts = [int(c) for c in sys.argv[2].split(",")]
m = [r for r in recs if r["type"] == "input" and r.get("input") == "message"]
p = []
got = [sum(r["vm"] == i for r in m) for i in range(len(counts))]
if got != counts:
    p.append("message inputs per VM %s, want %s" % (got, counts))
bad = [r for r in m if int.from_bytes(bytes.fromhex(r["bytes"][:8]), "little") >= len(counts)]
if bad:
    p.append("%d messages from a VM that does not exist" % len(bad))
noseq = [r for r in m if "seq" not in r]
if noseq:
    p.append("%d of %d message inputs without a \"seq\" field (keys %s)" % (len(noseq), len(m), sorted(noseq[0])))
else:
    seqs = [r["seq"] for r in m]
    if len(set(seqs)) != len(seqs):
        p.append("sequence numbers not unique: %d of %d distinct" % (len(set(seqs)), len(seqs)))
    for i in range(len(counts)):
        s = [r["seq"] for r in m if r["vm"] == i]
        if s != sorted(s):
            p.append("vm %d: sequence numbers not rising" % i)
print("; ".join(p))
PY
}

# export_seqs NAME COUNT: the "message received" events of hsim export
# --chrome-trace: COUNT of them, with COUNT distinct sequence numbers
export_seqs() {
	"$HSIM" export --chrome-trace "$tmp/$1.hst" >"$tmp/$1.chrome" 2>/dev/null
	python3 - "$tmp/$1.chrome" "$2" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
except ValueError:
    print("no JSON")
    sys.exit(0)
ev = d["traceEvents"] if isinstance(d, dict) else d
s = [e["args"]["seq"] for e in ev if e.get("cat") == "message"]
n = int(sys.argv[2])
if (len(s), len(set(s))) != (n, n):
    print("%d message events, %d distinct seq, want %d" % (len(s), len(set(s)), n))
PY
}

# ---- no KVM -------------------------------------------------------------------
"$HSIM" run "$G/hello.elf" >/dev/null 2>"$tmp/nokvm.err"
s=$?
[ $s = 126 ] && ok "HSIM_KVM_DEVICE=/nonexistent: hsim run fails (126): every replay here runs without KVM" ||
	{ bad "HSIM_KVM_DEVICE=/nonexistent: hsim run gave $s, want 126"; show "$tmp/nokvm.err"; }

# ---- guests that exit --------------------------------------------------------------
EX='equivalent/the same end: exited with code 0'
record basic 0 $DET --vms 2 "$G/chan_basic.elf"
equivalent basic "$EX,$EX"
same_j basic
# vm 0 receives 79 messages (75 from itself), vm 1 the 4 of vm 0
why=$(messages basic 79,4)
[ -z "$why" ] && ok "basic: 79 + 4 message inputs with unique, rising sequence numbers" || bad "basic: $why"
why=$(export_seqs basic 83)
[ -z "$why" ] && ok "basic: export --chrome-trace: 83 messages, 83 distinct sequence numbers" || bad "basic: export: $why"
# vm 1's four messages: 0, 1, 4095 and 65536 bytes, from vm 0
[ "$(python3 - "$tmp/basic.dump" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print([(r["len"] - 4, r["bytes"][:8]) for r in recs if r["vm"] == 1 and r["type"] == "input" and r["input"] == "message"])
PY
)" = "[(0, '00000000'), (1, '00000000'), (4095, '00000000'), (65536, '00000000')]" ] &&
	ok "basic: vm 1's message inputs hold 0, 1, 4095, 65536 bytes from vm 0" || bad "basic: vm 1's message inputs"

record full 0 $DET --vms 2 "$G/chan_full.elf"
equivalent full "$EX,$EX"
same_j full
why=$(messages full 0,64)
[ -z "$why" ] && ok "full: the 64 messages of vm 0 are vm 1's inputs" || bad "full: $why"

record order 0 $DET --vms 4 "$G/chan_order.elf"
equivalent order "$EX,$EX,$EX,$EX"
same_j order
why=$(messages order 9000,0,0,0)
[ -z "$why" ] && ok "order: 9000 message inputs with unique, rising sequence numbers" || bad "order: $why"

# round trips and a ring: never a deadlock, so the recording exits 0
record rounds 0 $DET --vms 3 "$G/chan_rounds.elf"
equivalent rounds "$EX,$EX,$EX"
why=$(messages rounds 2001,2001,1)
[ -z "$why" ] && ok "rounds: 2001 + 2001 + 1 message inputs" || bad "rounds: $why"

# ---- deadlocks and time limits ---------------------------------------------------------
DE='equivalent/the same end: deadlock: waits in hsim_recv at 0x'
record dl1 123 --timeout 10 "$G/chan_wait.elf"
equivalent dl1 "$DE"
record dl3 123 --timeout 10 --vms 3 "$G/chan_wait.elf"
equivalent dl3 "$EX,$DE,$DE"
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
	record tmo$i 124 --timeout 0.3 --vms 2 "$G/chan_wait.elf"
	grep -q deadlock "$tmp/tmo$i.rec.err" && ndl=$((ndl + 1)) && show "$tmp/tmo$i.rec.err"
	equivalent tmo$i "$ST,$ST"
done
[ $ndl = 0 ] && ok "tmo: no deadlock report in 5 recordings" || bad "tmo: $ndl of 5 recordings report a deadlock"
same_j tmo1

# ---- what replay takes from the trace -------------------------------------------------
# vm 1 of basic without its 4095-byte message: it diverges there, vm 0 not
ev=$(python3 - "$tmp/basic.dump" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print([r["event"] for r in recs if r["vm"] == 1 and r["type"] == "input" and r["input"] == "message" and r["len"] == 4099][0])
PY
)
"$EDIT" "$tmp/basic.hst" "$tmp/nomsg.hst" drop-input 1 "$ev" || bad "trace_edit drop-input 1 $ev"
replay nomsg "$tmp/nomsg.hst"
[ $rc = 1 ] && [ "$(j "$tmp/nomsg.json" '[(v["verdict"], v.get("divergence", {}).get("event")) for v in d["vms"]]')" = "[('equivalent', None), ('diverged', $ev)]" ] &&
	ok "basic without vm 1's 4095-byte message: vm 1 diverged at event $ev, vm 0 equivalent" ||
	{ bad "basic without a message (vm 1 event $ev): status $rc"; show "$tmp/nomsg.json"; }
# vm 0's first send result left out
ev=$(python3 - "$tmp/basic.dump" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print([r["event"] for r in recs if r["vm"] == 0 and r["type"] == "input" and r["input"] == "result"][0])
PY
)
"$EDIT" "$tmp/basic.hst" "$tmp/nores.hst" drop-input 0 "$ev" || bad "trace_edit drop-input 0 $ev"
replay nores "$tmp/nores.hst"
[ $rc = 1 ] && [ "$(j "$tmp/nores.json" '[(v["verdict"], v.get("divergence", {}).get("event")) for v in d["vms"]]')" = "[('diverged', $ev), ('equivalent', None)]" ] &&
	ok "basic without vm 0's first send result: vm 0 diverged at event $ev" ||
	{ bad "basic without a send result (vm 0 event $ev): status $rc"; show "$tmp/nores.json"; }

# ---- checkpoints inside channel traffic: --from, --segment ----------------------------
# checkpoints hold the pages hsim_recv wrote: --checkpoint-verify compares
# each with the memory
record order-ckv 0 $DET --checkpoint-every 500 --checkpoint-verify --vms 3 "$G/chan_order.elf"
record basic-ckv 0 $DET --checkpoint-every 10 --checkpoint-verify --vms 2 "$G/chan_basic.elf"
record order-ck 0 $DET --checkpoint-every 500 --vms 3 "$G/chan_order.elf"
equivalent order-ck "$EX,$EX,$EX"
for o in "--from 1" "--segment 2/2" "--segment 1/3"; do
	# shellcheck disable=SC2086
	replay "ck$nrep" "$tmp/order-ck.hst" $o
	[ $rc = 0 ] && [ "$(j "$tmp/ck$nrep.json" 'all(v["verdict"] in ("equivalent", "skipped") for v in d["vms"]) and d["events"] > 0')" = True ] &&
		ok "order-ck $o: 0, every VM equivalent or skipped" || { bad "order-ck $o: status $rc"; show "$tmp/ck$nrep.json"; }
	nrep=$((nrep + 1))
done

exit $fail
