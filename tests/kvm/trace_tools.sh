#!/bin/sh
# The trace tools beyond dump and stat, and recordings killed at random
# moments: `hsim export --chrome-trace` writes JSON that a parser accepts
# with the Trace Event Format's required fields; 100 recordings killed with
# SIGKILL all read back. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
command -v python3 >/dev/null || { echo "python3 (JSON checks) missing: skipped"; exit 77; }
command -v timeout >/dev/null || { echo "timeout (coreutils) missing: skipped"; exit 77; }

# chrome FILE.json STAT.json [EXPR]: FILE is Trace Event Format JSON with
# the required fields (traceEvents; each event name, ph, ts, pid, tid; "X"
# events a dur; "M" events naming the process and one thread per VM), its
# spans nest on each track, each VM's track has one instant per exit the
# trace holds (STAT.json: hsim stat --json), and the python EXPR over the
# events E and per-track names N holds
chrome() {
	python3 - "$@" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
st = json.load(open(sys.argv[2]))
expr = sys.argv[3] if len(sys.argv) > 3 else "True"
E = d["traceEvents"]
assert isinstance(E, list) and E, "traceEvents is not a list"
for e in E:
    for k, t in (("name", str), ("ph", str), ("ts", (int, float)), ("pid", int), ("tid", int)):
        assert isinstance(e.get(k), t), "event without %s: %r" % (k, e)
    if e["ph"] == "X":
        assert isinstance(e.get("dur"), (int, float)) and e["dur"] >= 0, "X without dur: %r" % e
    assert e["ph"] in "XiMsf", "unexpected phase %r" % e
M = [e for e in E if e["ph"] == "M"]
assert any(e["name"] == "process_name" and e["args"]["name"] for e in M), "no process name"
N = {e["tid"]: e["args"]["name"] for e in M if e["name"] == "thread_name"}
vms = st["vms"]
assert sorted(N) == list(range(1, vms + 1)), "thread names %r for %d VMs" % (N, vms)
for tid, name in N.items():
    assert name.startswith("vm %d: " % (tid - 1)) and name.endswith(".elf"), name
# spans of one track nest (Chrome and Perfetto draw them as a stack)
for tid in N:
    X = sorted((e for e in E if e["ph"] == "X" and e["tid"] == tid), key=lambda e: (e["ts"], -e["dur"]))
    stack = []
    for e in X:
        while stack and stack[-1] <= e["ts"]:
            stack.pop()
        assert not stack or e["ts"] + e["dur"] <= stack[-1], "spans overlap on track %d at %r" % (tid, e)
        stack.append(e["ts"] + e["dur"])
    exits = sum(1 for e in E if e["ph"] == "i" and e["cat"] == "exit" and e["tid"] == tid)
    want = st["per_vm"][tid - 1]["exits"]
    assert exits == want, "vm %d: %d exit instants, %d exits" % (tid - 1, exits, want)
assert eval(" ".join(expr.split())), "failed: " + expr
PY
}

DET="--seed 7 --clock-step 1000"
# Several VMs, two images, --simulate: a track per VM named by its image,
# a span per simulated call named by the function.
"$HSIM" record -o "$tmp/multi.hst" --vms 3 $DET --simulate fib "$G/tsc_rand.elf" "$G/simfuncs.elf" >/dev/null 2>&1
"$HSIM" stat --json "$tmp/multi.hst" >"$tmp/multi.stat" || bad "stat multi"
"$HSIM" export --chrome-trace "$tmp/multi.hst" >"$tmp/multi.json" 2>"$tmp/multi.err"
s=$?
if [ $s = 0 ] && chrome "$tmp/multi.json" "$tmp/multi.stat" \
	'N[1].endswith("tsc_rand.elf") and N[2].endswith("simfuncs.elf") and
	 any(e["name"] == "fib" and e["cat"] == "complex" and e["tid"] == 2 for e in E) and
	 any(e["name"] == "fib" and e["cat"] == "sim" and e["args"]["instructions"] > 0 for e in E) and
	 not any(e["cat"] == "complex" and e["tid"] == 1 for e in E) and
	 {"vm", "monitor", "sim"} <= {e["cat"] for e in E if e["ph"] == "X"} and
	 any(e["name"] == "end" for e in E)'; then
	ok "export --chrome-trace: 3 VMs, --simulate fib: valid, tracks named, fib spans"
else
	bad "export multi: status $s"
	cat "$tmp/multi.err"
fi
# --vm: one track's events only; --sim: the guest runs in the simulator
"$HSIM" export --chrome-trace --vm 2 "$tmp/multi.hst" >"$tmp/vm2.json" &&
	python3 -c 'import json,sys; E=json.load(open(sys.argv[1]))["traceEvents"]; sys.exit(not all(e["tid"] == 3 for e in E if e["ph"] != "M"))' "$tmp/vm2.json" &&
	ok "export --vm 2: only vm 2" || bad "export --vm 2"
"$HSIM" record -o "$tmp/sim.hst" --sim $DET "$G/tsc_rand.elf" >/dev/null 2>&1
"$HSIM" stat --json "$tmp/sim.hst" >"$tmp/sim.stat"
"$HSIM" export --chrome-trace "$tmp/sim.hst" >"$tmp/sim.json" &&
	chrome "$tmp/sim.json" "$tmp/sim.stat" 'any(e["name"] == "simulator" for e in E) and not any(e["name"] == "vm" for e in E)' &&
	ok "export --sim: simulator spans" || bad "export --sim"
# a cut trace: exit 3, the JSON still whole
size=$(wc -c <"$tmp/multi.hst")
head -c $((size - 100)) "$tmp/multi.hst" >"$tmp/cut.hst"
"$HSIM" export --chrome-trace "$tmp/cut.hst" >"$tmp/cut.json" 2>"$tmp/cut.err"
s=$?
[ $s = 3 ] && grep -q truncated "$tmp/cut.err" && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/cut.json" &&
	ok "export of a cut trace: exit 3, valid JSON" || bad "export cut: status $s"
"$HSIM" export "$tmp/multi.hst" >/dev/null 2>&1
[ $? = 2 ] && ok "export without a format: usage error" || bad "export without a format"

# SIGKILL at random moments, 100 times (4 at once, about 15 s).
if [ "${KILLS:-100}" = 0 ]; then
	:
elif HSIM="$HSIM" HSIM_GUESTS="$G" sh "$srcdir/tests/kvm/killrec.sh" "${KILLS:-100}" 4 >"$tmp/kill.out" 2>&1; then
	ok "$(head -1 "$tmp/kill.out")"
else
	bad "killed recordings:"
	cat "$tmp/kill.out"
fi

exit $fail
