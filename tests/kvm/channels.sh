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
command -v python3 >/dev/null || { echo "python3 (JSON checks) missing: skipped"; exit 77; }

# expect NAME RC STDOUT-REGEX STDERR-REGEX MAX-SECONDS -- hsim arguments...
# (the run under a hard time limit, and it must take at most MAX-SECONDS)
expect() {
	name=$1 rc=$2 out=$3 err=$4 max=$5
	shift 6
	t0=$(date +%s%N)
	timeout -s KILL 60 "$HSIM" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	ms=$(( ($(date +%s%N) - t0) / 1000000 ))
	check_run "$name" "$rc" "$out" "$err" "$got"
	[ "$ms" -le $((max * 1000)) ] || { echo "FAIL $name: took $ms ms, want at most $max s"; ok=0; }
	report "$name" $ok
}

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
	expect "deadlock-1-$e" 123 '^vm 0 waits$' "^vm 0: $DL" 2 -- run $S --timeout 10 "$G/chan_wait.elf"
	[ "$(wc -l <"$tmp/err")" = 1 ] && ok "deadlock-1-$e: one line on stderr" || { bad "deadlock-1-$e: stderr is not one line"; show "$tmp/err"; }
	expect "deadlock-3-$e" 123 '^\[vm 1\] vm 1 got hi from vm 0$' "^vm 1: $DL" 2 -- run $S --timeout 10 --vms 3 "$G/chan_wait.elf"
	has "deadlock-3-$e: vm 2 reported" err "^vm 2: $DL"
	lacks "deadlock-3-$e: vm 0 (exited) not reported" err '^vm 0:'
	has "deadlock-3-$e: vm 0 sent hi and exited" out '^\[vm 0\] vm 0 sent hi: 2, exits$'
	lacks "deadlock-3-$e: no recv returned" out 'FAIL'
	expect "deadlock-8-$e" 123 '^\[vm 7\] vm 7 waits$' "^vm 7: $DL" 2 -- run $S --timeout 10 --vms 8 "$G/chan_wait.elf"
	[ "$(grep -Ec "^vm [1-7]: $DL" "$tmp/err")" = 7 ] && ok "deadlock-8-$e: vms 1..7 reported" ||
		{ bad "deadlock-8-$e: not 7 deadlock reports"; show "$tmp/err"; }
	# the wait inside a function run in the simulator (--simulate main)
	expect "deadlock-simulate-$e" 123 '^vm 0 waits$' "^vm 0: $DL" 2 -- run $S --simulate main --timeout 10 "$G/chan_wait.elf"

	# ---- a time limit while a VM waits in hsim_recv: a time limit for both --------------
	# (3 runs: the wrong report, a deadlock, comes by a race)
	for i in 1 2 3; do
		expect "timeout-waiting-$e-$i" 124 '^\[vm 1\] vm 1 waits$' '^vm 0: time limit exceeded after [0-9.]+ s, guest at 0x[0-9a-f]+ \(main' 3 -- \
			run $S --timeout 0.5 --vms 2 "$G/chan_wait.elf"
		has "timeout-waiting-$e-$i: vm 1 stopped by the time limit in hsim_recv" err '^vm 1: time limit exceeded after [0-9.]+ s, guest at 0x[0-9a-f]+ \(hsim_recv\+0x[0-9a-f]+\)$'
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
		has "sigterm-waiting-$e-$n: vm 0 interrupted" err '^vm 0: interrupted at 0x[0-9a-f]+ \(main'
		has "sigterm-waiting-$e-$n: vm 1 interrupted in hsim_recv" err '^vm 1: interrupted at 0x[0-9a-f]+ \(hsim_recv\+0x[0-9a-f]+\)$'
		lacks "sigterm-waiting-$e-$n: no deadlock report" err 'deadlock'
	done
done

# ---- KVM recordings, replayed in the simulator ------------------------------------------

# rec NAME OPTIONS... GUEST...: hsim record in KVM into $tmp/NAME.hst (status
# in rrc), dumped as JSON lines into $tmp/NAME.dump
rec() {
	rn_=$1
	shift
	timeout -s KILL 60 "$HSIM" record -o "$tmp/$rn_.hst" "$@" >/dev/null 2>"$tmp/$rn_.rec.err" </dev/null
	rrc=$?
	"$HSIM" dump --json "$tmp/$rn_.hst" >"$tmp/$rn_.dump" 2>/dev/null
}

# replay NAME TRACE OPTIONS...: hsim replay --json, in the simulator without
# KVM unless OPTIONS has --direct; JSON in $tmp/NAME.json, status in rc
replay() {
	pn_=$1 pt_=$2
	shift 2
	case " $* " in
	*" --direct "*) timeout -s KILL 60 "$HSIM" replay --json "$@" "$pt_" ;;
	*) HSIM_KVM_DEVICE=/nonexistent timeout -s KILL 60 "$HSIM" replay --json "$@" "$pt_" ;;
	esac >"$tmp/$pn_.json" 2>"$tmp/$pn_.err"
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

# equivalent NAME SPEC [OPTIONS...]: $tmp/NAME.hst replays (OPTIONS) as SPEC says
equivalent() {
	en_=$1 es_=$2
	shift 2
	nrep=$((nrep + 1))
	replay "r$nrep" "$tmp/$en_.hst" "$@"
	why=$(verified "$tmp/r$nrep.json" "$tmp/$en_.dump" "$es_")
	[ $rc = 0 ] && [ -z "$why" ] && ok "replay $en_ $*: $es_" ||
		{ bad "replay $en_ $*: status $rc: $why"; show "$tmp/r$nrep.err"; }
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

nrep=0
EX='equivalent/the same end: exited with code 0'
rec basic --vms 2 "$G/chan_basic.elf"
[ $rrc = 0 ] || bad "record basic: status $rrc"
equivalent basic "$EX,$EX"
equivalent basic "$EX,$EX" -j 1
equivalent basic "$EX,$EX" --direct
# vm 0 gets 79 messages (75 from itself), vm 1 the 4 of vm 0
why=$(messages basic 79,4)
[ -z "$why" ] && ok "basic: 79 + 4 message inputs with unique sequence numbers" || bad "basic: $why"
why=$(export_seqs basic 83)
[ -z "$why" ] && ok "basic: export --chrome-trace: 83 messages, 83 sequence numbers" || bad "basic: export: $why"
rec full --vms 2 "$G/chan_full.elf"
[ $rrc = 0 ] || bad "record full: status $rrc"
equivalent full "$EX,$EX"
rec order --vms 3 "$G/chan_order.elf"
[ $rrc = 0 ] || bad "record order: status $rrc"
equivalent order "$EX,$EX,$EX" -j 1
equivalent order "$EX,$EX,$EX" -j 2
why=$(messages order 6000,0,0)
[ -z "$why" ] && ok "order: 6000 message inputs with unique sequence numbers" || bad "order: $why"
rec rounds --vms 2 "$G/chan_rounds.elf"
[ $rrc = 0 ] || { bad "record rounds: status $rrc, want 0"; show "$tmp/rounds.rec.err"; }
why=$(messages rounds 2001,2001)
[ -z "$why" ] && ok "rounds: 2001 + 2001 message inputs" || bad "rounds: $why"

# a deadlock: recorded and replayed as one
DE='equivalent/the same end: deadlock: waits in hsim_recv'
rec dl3 --timeout 10 --vms 3 "$G/chan_wait.elf"
[ $rrc = 123 ] || bad "record dl3: status $rrc, want 123"
equivalent dl3 "$EX,$DE,$DE"
equivalent dl3 "$EX,$DE,$DE" -j 1
rec dl1 --timeout 10 "$G/chan_wait.elf"
[ $rrc = 123 ] || bad "record dl1: status $rrc, want 123"
equivalent dl1 "$DE"
equivalent dl1 "$DE" --direct
# a time limit while vm 1 waits: both stopped (3 recordings: by a race, vm 1
# used to be reported, recorded and replayed as a deadlock)
ST='stopped/where the recording was stopped (time limit)'
for i in 1 2 3; do
	rec tmo$i --timeout 0.5 --vms 2 "$G/chan_wait.elf"
	[ $rrc = 124 ] || bad "record tmo$i: status $rrc, want 124"
	equivalent tmo$i "$ST,$ST"
done
equivalent tmo1 "$ST,$ST" -j 1

# checkpoints hold the pages hsim_recv wrote (--checkpoint-verify compares
# each with the memory), in KVM and in the simulator
for e in kvm sim; do
	S=
	[ $e = sim ] && S=--sim
	rec ck-$e $S --checkpoint-every 500 --checkpoint-verify --vms 3 "$G/chan_order.elf"
	[ $rrc = 0 ] && ok "record --checkpoint-verify chan_order ($e): 0" ||
		{ bad "record --checkpoint-every 500 --checkpoint-verify chan_order ($e): status $rrc, want 0"; show "$tmp/ck-$e.rec.err"; }
done
rec ck --checkpoint-every 500 --vms 3 "$G/chan_order.elf"
equivalent ck "$EX,$EX,$EX"
nrep=$((nrep + 1))
replay "r$nrep" "$tmp/ck.hst" --from 1
[ $rc = 0 ] && [ "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(all(v["verdict"] == "equivalent" for v in d["vms"]))' "$tmp/r$nrep.json" 2>/dev/null)" = True ] &&
	ok "replay ck --from 1: every VM equivalent" ||
	{ bad "replay ck --from 1: status $rc"; show "$tmp/r$nrep.json"; }

exit $fail
