#!/bin/sh
# The golden traces under traces/ still read, record for record: a change
# to the trace format that breaks them must be a deliberate version bump
# (docs/trace-format.md). Needs no KVM.
HSIM=${HSIM:-tools/hsim}
T=${HSIM_TRACES:-traces}
command -v python3 >/dev/null || { echo "python3 (JSON checks) missing: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# golden-v1.hst: `hsim record --seed 7 --clock-step 1000 --simulate fib
# --events (insn cpuid complex simulate) tsc_rand.elf simfuncs.elf`
"$HSIM" stat --json "$T/golden-v1.hst" >"$tmp/stat.json" || { echo "FAIL stat golden-v1"; exit 1; }
"$HSIM" dump --json "$T/golden-v1.hst" >"$tmp/dump.json" || { echo "FAIL dump golden-v1"; exit 1; }
python3 - "$tmp/stat.json" "$tmp/dump.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
recs = [json.loads(l) for l in open(sys.argv[2])]
checks = [
    ("format version 1", s["format_version"] == 1),
    ("2 VMs, 563 records, 206 exits", (s["vms"], s["records"], s["exits"]) == (2, 563, 206)),
    ("whole, no truncation", not s["truncated"]),
    ("vm 0: 82 simple exits, 12 time and 28 random inputs",
     (s["per_vm"][0]["exits"], s["per_vm"][0]["simple"], s["per_vm"][0]["inputs"]["time"],
      s["per_vm"][0]["inputs"]["random"]) == (82, 82, 12, 28)),
    ("vm 1: 103 complex events, 233758 instructions simulated",
     (s["per_vm"][1]["complex"], s["per_vm"][1]["instructions_simulated"]) == (103, 233758)),
    ("both VMs exited with 0", all(v["ended"] and v["exit_code"] == 0 for v in s["per_vm"])),
    ("dump has every record", len(recs) == 563),
    ("first record: rdtsc at main+0x12",
     (recs[0]["type"], recs[0]["kind"], recs[0]["detail"], recs[0]["symbol"]) ==
     ("exit", "insn", "rdtsc", "main+0x12")),
    ("inputs hold their bytes",
     all(len(r["bytes"]) == 16 for r in recs if r["type"] == "input")),
    ("every store has its restore",
     sum(r["type"] == "state_store" for r in recs) == sum(r["type"] == "state_restore" for r in recs) == 103),
    ("breakpoints at fib",
     all(r["symbol"] == "fib" for r in recs if r.get("kind") == "breakpoint")),
    ("event numbers rise per VM",
     all(a["event"] <= b["event"] for v in (0, 1)
         for a, b in zip([r for r in recs if r["vm"] == v], [r for r in recs if r["vm"] == v][1:]))),
]
bad = 0
for name, ok in checks:
    print(("ok   " if ok else "FAIL ") + "golden-v1: " + name)
    bad += not ok
sys.exit(1 if bad else 0)
PY
[ $? = 0 ] || fail=1

# Every golden trace replays in the simulator as recorded (in KVM, on
# another machine, maybe another vendor), with no KVM at all.
for t in "$T"/golden-v*.hst; do
	name=$(basename "$t")
	HSIM_KVM_DEVICE=/nonexistent "$HSIM" replay --json -j 2 "$t" >"$tmp/replay.json" 2>"$tmp/replay.err"
	rc=$?
	python3 - "$tmp/replay.json" "$name" "$rc" <<'PY' || { fail=1; sed 's/^/     /' "$tmp/replay.err"; }
import json, sys
name, rc = sys.argv[2], int(sys.argv[3])
try:
    d = json.load(open(sys.argv[1]))
except ValueError:
    print("FAIL %s: replay printed no JSON (status %d)" % (name, rc)); sys.exit(1)
want = {"golden-v1.hst": (2, 206, 0), "golden-v2.hst": (5, 11425, 455)}.get(name)
checks = [("replays equivalent (status 0)", rc == 0 and d["verdict"] == "equivalent"),
          ("every VM to its recorded end", all(v["verdict"] == "equivalent" for v in d["vms"]))]
if want:
    checks.append(("%d VMs, %d events, %d checkpoints verified" % want,
                   (len(d["vms"]), d["events"], sum(v["checkpoints"] for v in d["vms"])) == want))
if name == "golden-v2.hst":
    dev = d["vms"][2]
    checks.append(("the devices guest (block device without its file) exits 0",
                   dev["image"].endswith("devices.elf") and dev["status"] == 1 and dev["exit_code"] == 0))
    checks.append(("the faulting guest faults as recorded", d["vms"][4]["status"] == 2))
bad = 0
for what, ok in checks:
    print(("ok   " if ok else "FAIL ") + name + " replay: " + what)
    bad += not ok
sys.exit(1 if bad else 0)
PY
done
exit ${fail:-0}
