#!/bin/sh
# Recording end to end: `hsim record` runs and prints exactly as `hsim run`,
# the trace reads back with the run's exits, inputs and outcome (dump and
# stat, --json parsed by a real JSON parser), a cut or damaged trace gives a
# clear error and still reads up to its last whole frame, a recorder that
# cannot write stops cleanly. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { echo "python3 (JSON checks) missing: skipped"; exit 77; }

# json FILE EXPR: FILE holds JSON (one document, or one per line with -l),
# and the python expression EXPR over it (as d, or the list L) is true
json() {
	python3 - "$@" <<'PY'
import json, sys
path, expr = sys.argv[1], sys.argv[2]
text = open(path).read()
try:
    d = json.loads(text)
    L = [d]
except ValueError:
    L = [json.loads(l) for l in text.splitlines() if l.strip()]
    d = L[0] if L else None
sys.exit(0 if eval(expr) else 1)
PY
}

# record NAME ARGS...: record and run the same; stdout (in any order of
# lines: VMs interleave) and status must match
record() {
	name=$1
	shift
	"$HSIM" run "$@" >"$tmp/run.out" 2>/dev/null
	rs=$?
	"$HSIM" record -o "$tmp/$name.hst" "$@" >"$tmp/rec.out" 2>/dev/null
	rr=$?
	sort "$tmp/run.out" >"$tmp/run.sorted"
	sort "$tmp/rec.out" >"$tmp/rec.sorted"
	if [ $rs = $rr ] && cmp -s "$tmp/run.sorted" "$tmp/rec.sorted"; then
		ok "record $name: same output and status ($rr) as run"
	else
		bad "record $name: status $rr vs $rs, or output differs"
		diff "$tmp/run.out" "$tmp/rec.out" | head -5
	fi
	"$HSIM" stat --json "$tmp/$name.hst" >"$tmp/$name.json" 2>"$tmp/$name.err"
	st=$?
	if [ $st = 0 ] && json "$tmp/$name.json" 'not d["truncated"] and all(v["ended"] for v in d["per_vm"])'; then
		ok "stat $name: whole trace, every VM ended"
	else
		bad "stat $name: status $st"
		cat "$tmp/$name.err"
	fi
}

DET="--seed 7 --clock-step 1000"
record hello "$G/hello.elf"
json "$tmp/hello.json" 'd["vms"] == 1 and d["per_vm"][0]["exits"] == 4 and d["per_vm"][0]["exit_code"] == 0 and d["compressed"] > 0 and d["uncompressed"] > 0 and d["compression_ratio"] > 0' &&
	ok "hello: 4 exits, exit code 0" || bad "hello: exits or exit code"
record vms4 --vms 4 "$G/multivm.elf"
json "$tmp/vms4.json" 'd["vms"] == 4 and len(d["per_vm"]) == 4' && ok "vms4: 4 streams" || bad "vms4: streams"
record tsc $DET "$G/tsc_rand.elf"
json "$tmp/tsc.json" 'd["per_vm"][0]["inputs"]["time"] > 0 and d["per_vm"][0]["inputs"]["random"] > 0' &&
	ok "tsc: time and random inputs recorded" || bad "tsc: inputs"
record simulate $DET --simulate fib "$G/simfuncs.elf"
json "$tmp/simulate.json" 'd["per_vm"][0]["complex"] > 0 and d["per_vm"][0]["instructions_simulated"] > 0' &&
	ok "simulate: complex events and simulated instructions recorded" || bad "simulate: complex"
record simfault --simulate faulty "$G/simfault.elf"
json "$tmp/simfault.json" 'd["per_vm"][0]["stop"] == 1 and d["per_vm"][0]["status"] == 2' &&
	ok "simfault: one stop, a fault" || bad "simfault: outcome"
record sim --sim $DET "$G/tsc_rand.elf"
# two different guests: the header holds both images (each with its size)
record two $DET --simulate fib "$G/tsc_rand.elf" "$G/simfuncs.elf"
"$HSIM" dump "$tmp/two.hst" >"$tmp/two.txt" 2>&1 && grep -q '<fib>' "$tmp/two.txt" && grep -q '<main+0x12> rdtsc' "$tmp/two.txt" &&
	ok "two guests: both images symbolize" || bad "two guests: dump"

record timeout --timeout 0.3 "$G/spin.elf"
json "$tmp/timeout.json" 'd["per_vm"][0]["status"] == 3' && ok "timeout: recorded as a time limit" || bad "timeout: status"

# The exits a run counts are the exits the trace holds.
n_run=$("$HSIM" run --stats $DET "$G/tsc_rand.elf" 2>&1 >/dev/null | sed -n 's/^vm 0 ([^)]*): .* \([0-9][0-9]*\) exits.*/\1/p')
n_rec=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["per_vm"][0]["exits"])' "$tmp/tsc.json")
[ -n "$n_run" ] && [ "$n_run" = "$n_rec" ] && ok "tsc: $n_rec exits in run and trace" || bad "tsc: $n_run exits run, $n_rec trace"

# dump: one line per record, JSON lines parse, --vm and --from/--to select
"$HSIM" dump "$tmp/vms4.hst" >"$tmp/dump.txt" || bad "dump vms4: status"
recs=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["records"])' "$tmp/vms4.json")
[ "$(wc -l <"$tmp/dump.txt")" = "$recs" ] && ok "dump: $recs lines, one per record" || bad "dump: lines vs $recs records"
grep -Eq '^vm 3 #[0-9]+ +exit +io +out port 0x510 .*<[a-z_]+\+0x[0-9a-f]+>' "$tmp/dump.txt" &&
	ok "dump: exits with port, symbol" || bad "dump: line format"
"$HSIM" dump --json --vm 2 --from 2 --to 3 "$tmp/vms4.hst" >"$tmp/dump.json" || bad "dump --json: status"
json "$tmp/dump.json" 'len(L) > 0 and all(r["vm"] == 2 and 2 <= r["event"] <= 3 for r in L)' &&
	ok "dump --json --vm --from --to: selected records, valid JSON" || bad "dump --json selection"
"$HSIM" dump --json "$tmp/tsc.hst" >"$tmp/tsc.lines"
json "$tmp/tsc.lines" 'any(r["type"] == "input" and r["input"] == "random" for r in L) and any(r.get("kind") == "insn" for r in L)' &&
	ok "dump --json: inputs and patched-instruction exits" || bad "dump --json: inputs"

# A cut trace reads up to its last whole frame and says so (exit 3).
size=$(wc -c <"$tmp/simulate.hst")
head -c $((size - 100)) "$tmp/simulate.hst" >"$tmp/cut.hst"
"$HSIM" stat "$tmp/cut.hst" >"$tmp/cut.out" 2>"$tmp/cut.err"
[ $? = 3 ] && grep -q 'truncated' "$tmp/cut.err" && ok "cut trace: truncated, exit 3" || { bad "cut trace"; cat "$tmp/cut.err"; }
# Not a trace, a damaged one: a clear error, no crash.
echo "not a trace" >"$tmp/junk.hst"
"$HSIM" stat "$tmp/junk.hst" >/dev/null 2>"$tmp/junk.err"
s=$?
[ $s != 0 ] && [ $s -lt 128 ] && [ -s "$tmp/junk.err" ] && ok "junk: refused ($s)" || bad "junk: status $s"
cp "$tmp/simulate.hst" "$tmp/bad.hst"
printf '\377\377\377\377\377\377\377\377' | dd of="$tmp/bad.hst" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
"$HSIM" dump "$tmp/bad.hst" >/dev/null 2>"$tmp/bad.err"
s=$?
[ $s != 0 ] && [ $s -lt 128 ] && [ -s "$tmp/bad.err" ] && ok "damaged: clear error ($s)" || bad "damaged: status $s"

# A recorder that cannot write: a clear error, nothing run / guests stopped.
"$HSIM" record -o "$tmp/no/such/dir/x.hst" "$G/hello.elf" >"$tmp/nd.out" 2>"$tmp/nd.err"
s=$?
[ $s = 2 ] && grep -q 'x.hst' "$tmp/nd.err" && [ ! -s "$tmp/nd.out" ] && ok "unwritable path: refused before running ($s)" ||
	{ bad "unwritable path: status $s"; cat "$tmp/nd.err"; }
if [ -w /dev/full ]; then
	"$HSIM" record -o /dev/full $DET "$G/tsc_rand.elf" >/dev/null 2>"$tmp/full.err"
	s=$?
	[ $s != 0 ] && [ $s -lt 128 ] && [ -s "$tmp/full.err" ] && ok "disk full: clear error ($s)" ||
		{ bad "disk full: status $s"; cat "$tmp/full.err"; }
fi

# SIGKILL while recording: the trace still reads, truncated.
"$HSIM" record -o "$tmp/killed.hst" "$G/spin.elf" >/dev/null 2>&1 &
pid=$!
sleep 0.5
kill -9 $pid
wait $pid 2>/dev/null
"$HSIM" stat "$tmp/killed.hst" >/dev/null 2>"$tmp/killed.err"
s=$?
[ $s = 3 ] && ok "killed recording: reads, truncated" || { bad "killed recording: status $s"; cat "$tmp/killed.err"; }

exit $fail
