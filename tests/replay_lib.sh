# Shared by the replay test scripts (sourced): tests/unit/replay.sh,
# tests/unit/channels_replay.sh, tests/kvm/replay.sh, tests/kvm/channels.sh.
# Needs no KVM and does not skip without it: the KVM scripts source
# tests/kvm/lib.sh first (the skip, fail, $tmp, ok, bad, show); the others
# call without_kvm. Skips (77) without python3 (the JSON checks).
#
# Set after sourcing, where a script differs:
#   RECORD_SIM   options every record gets ("--sim": in the simulator)
#   RECORD_INFO  what record keeps of a trace, and verified checks against:
#                dump (hsim dump --json, the records) or stat (hsim stat --json)
#   LIMIT        a command prefix for every record and replay (a hard time
#                limit: "timeout -s KILL 60"), or nothing
HSIM=${HSIM:-tools/hsim}
G=${HSIM_GUESTS:-tests/guests}
TRACES=${HSIM_TRACES:-traces}
EDIT=${HSIM_TRACE_EDIT:-tests/tools/trace_edit}
DET="--seed 7 --clock-step 1000"
RECORD_SIM=
RECORD_INFO=dump
LIMIT=
command -v python3 >/dev/null || { echo "python3 (JSON checks) missing: skipped"; exit 77; }

# no_kvm WHY: with HSIM_KVM_DEVICE=/nonexistent hsim run fails (126), so WHY
no_kvm() {
	HSIM_KVM_DEVICE=/nonexistent "$HSIM" run "$G/hello.elf" >/dev/null 2>"$tmp/nokvm.err"
	nk_=$?
	[ $nk_ = 126 ] && ok "HSIM_KVM_DEVICE=/nonexistent: hsim run fails (126): $1" ||
		{ bad "HSIM_KVM_DEVICE=/nonexistent: hsim run gave $nk_, want 126: the knob does not work"; show "$tmp/nokvm.err"; }
}

# without_kvm: for a script that runs without KVM what tests/kvm/lib.sh is to
# the KVM ones: fail, a temporary directory $tmp, ok, bad, show; and
# HSIM_KVM_DEVICE names no device (what would touch KVM fails, no_kvm checks
# that), record records in the simulator, trace_edit must be built
without_kvm() {
	[ -x "$EDIT" ] || { echo "FAIL trace_edit ($EDIT) not built (make tests/tools/trace_edit)"; exit 1; }
	HSIM_KVM_DEVICE=/nonexistent
	export HSIM_KVM_DEVICE
	RECORD_SIM=--sim
	fail=0
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	# ok NAME / bad NAME: one check's verdict
	ok() { echo "ok   $1"; }
	bad() { echo "FAIL $1"; fail=1; }
	# show FILE...: the files, indented, for a failure report
	show() {
		for f in "$@"; do
			[ -s "$f" ] && sed "s|^|     $(basename "$f"): |" "$f" | cut -c1-300 | head -12
		done
		return 0
	}
	no_kvm "every replay here runs without KVM"
}

# j FILE EXPR [ARG...]: prints the python expression EXPR over FILE: d is its
# JSON document, or L its documents one per line (hsim dump --json; d is
# None then); ARGs in sys.argv[3:]; "?" if FILE holds no JSON or EXPR fails
j() {
	python3 - "$@" <<'PY'
import json, sys
try:
    text = open(sys.argv[1]).read()
    try:
        d = json.loads(text)
        L = [d]
    except ValueError:
        d, L = None, [json.loads(l) for l in text.splitlines() if l.strip()]
    print(eval(sys.argv[2]))
except Exception:
    print("?")
PY
}

# record NAME OPTIONS... GUEST...: hsim record $RECORD_SIM OPTIONS into
# $tmp/NAME.hst (stdout in $tmp/NAME.rec.out, stderr in $tmp/NAME.rec.err,
# the status in rrc), and hsim $RECORD_INFO --json of it in
# $tmp/NAME.$RECORD_INFO
record() {
	rn_=$1
	shift
	# shellcheck disable=SC2086
	$LIMIT "$HSIM" record -o "$tmp/$rn_.hst" $RECORD_SIM "$@" >"$tmp/$rn_.rec.out" 2>"$tmp/$rn_.rec.err" </dev/null
	rrc=$?
	"$HSIM" "$RECORD_INFO" --json "$tmp/$rn_.hst" >"$tmp/$rn_.$RECORD_INFO" 2>/dev/null
}

# record_want NAME WANT OPTIONS... GUEST...: record, which must exit with WANT
record_want() {
	rwn_=$1 rww_=$2
	shift 2
	record "$rwn_" "$@"
	[ $rrc = "$rww_" ] && ok "record $rwn_: exit $rrc" ||
		{ bad "record $rwn_: exit $rrc, want $rww_"; show "$tmp/$rwn_.rec.out" "$tmp/$rwn_.rec.err"; }
}

# replay NAME TRACE OPTIONS...: hsim replay --json OPTIONS TRACE, in the
# simulator without KVM (HSIM_KVM_DEVICE names no device) unless OPTIONS has
# --direct; the JSON in $tmp/NAME.json, stderr in $tmp/NAME.err, the status
# in rc
replay() {
	pn_=$1 pt_=$2
	shift 2
	# shellcheck disable=SC2086
	case " $* " in
	*" --direct "*) $LIMIT "$HSIM" replay --json "$@" "$pt_" ;;
	*) HSIM_KVM_DEVICE=/nonexistent $LIMIT "$HSIM" replay --json "$@" "$pt_" ;;
	esac >"$tmp/$pn_.json" 2>"$tmp/$pn_.err"
	rc=$?
}

# verified JSON INFO SPEC: what is wrong (nothing: all right) with the replay
# JSON against the trace's INFO (a dump or a stat, see RECORD_INFO): the
# verdict "equivalent" (0), the events the sum of the VMs', no VM with a
# divergence, the VMs those of the trace; SPEC a VERDICT for every VM, or
# one VERDICT/DETAIL-PART per VM, comma-separated (the VM's verdict, a part
# of its detail; as many VMs). Per VM, against a dump: its events those of
# the trace's exit records (count, first, last), its checkpoints and pages
# those of the checkpoint records, its status and exit code those of its end
# record; against a stat: its events 1..its exits, its status and exit code,
# and all VMs' checkpoints the trace's
verified() {
	python3 - "$@" <<'PY'
import json, sys
sys.excepthook = lambda t, e, tb: print("the check broke: %s: %s" % (t.__name__, e))
try:
    d = json.load(open(sys.argv[1]))
except ValueError:
    print("no JSON on stdout")
    sys.exit(0)
text, spec = open(sys.argv[2]).read(), sys.argv[3]
p = []
if (d["verdict"], d["exit_status"]) != ("equivalent", 0):
    p.append("verdict %s, exit_status %s" % (d["verdict"], d["exit_status"]))
if "," in spec or "/" in spec:
    wants = [w.partition("/")[::2] for w in spec.split(",")]
    if len(d["vms"]) != len(wants):
        p.append("%d VMs, want %d" % (len(d["vms"]), len(wants)))
else:
    wants = [(spec, "")] * len(d["vms"])
try:
    s = json.loads(text)
    stat = isinstance(s, dict) and "per_vm" in s
except ValueError:
    stat = False
# per VM: the keys compared, what the trace says of them (and the end records)
if stat:
    nvms = s["vms"]
    keys = "verdict, first, last, events, status, exit code"
    exp = [((1 if t["exits"] else 0, t["exits"], t["exits"], t["status"], t["exit_code"]), None) for t in s["per_vm"]]
    ck = sum(v["checkpoints"] for v in d["vms"])
    if ck != s["checkpoints"]:
        p.append("%d checkpoints verified, the trace has %d" % (ck, s["checkpoints"]))
else:
    recs = [json.loads(l) for l in text.splitlines() if l.strip()]
    nvms = max(r["vm"] for r in recs) + 1 if recs else 0
    keys = "verdict, events, first, last, checkpoints, pages"
    exp = []
    for i in range(nvms):
        ex = [r["event"] for r in recs if r["vm"] == i and r["type"] == "exit"]
        ck = [r for r in recs if r["vm"] == i and r["type"] == "checkpoint"]
        end = [r for r in recs if r["vm"] == i and r["type"] == "end"]
        exp.append(((len(ex), ex[0] if ex else 0, ex[-1] if ex else 0, len(ck), sum(c["npages"] for c in ck)), end))
if len(d["vms"]) != nvms:
    p.append("%d VMs in the JSON, %d in the trace" % (len(d["vms"]), nvms))
for v, (want, part) in zip(d["vms"], wants):
    i = v["vm"]
    if i >= len(exp):
        p.append("vm %d: not in the trace" % i)
        continue
    trace, end = exp[i]
    if stat:
        got = (v["verdict"], v["first_event"], v["last_event"], v["events"], v.get("status"), v.get("exit_code"))
    else:
        got = (v["verdict"], v["events"], v["first_event"], v["last_event"], v["checkpoints"], v["pages"])
        if len(end) != 1 or (v.get("status"), v.get("exit_code")) != (end[0]["status"], end[0]["exit_code"]):
            p.append("vm %d: status %s exit code %s, recorded end %s" % (i, v.get("status"), v.get("exit_code"), end))
    if got != (want,) + trace:
        p.append("vm %d: (%s) %s, trace %s (%s)" % (i, keys, got, (want,) + trace, v["detail"]))
    if part not in v["detail"]:
        p.append("vm %d: detail '%s', want '...%s...'" % (i, v["detail"], part))
    if "divergence" in v:
        p.append("vm %d: a divergence: %s" % (i, v["divergence"]["what"]))
if d["events"] != sum(v["events"] for v in d["vms"]):
    p.append("events %d, not the VMs' sum" % d["events"])
print("; ".join(p))
PY
}

# equivalent NAME TRACE [SPEC [OPTIONS...]]: replay NAME TRACE OPTIONS has
# status 0 and verified (SPEC: "equivalent" if not given) finds nothing
# wrong, against record's $RECORD_INFO of TRACE or, if there is none, one
# made here
equivalent() {
	en_=$1 et_=$2 ew_=${3:-equivalent}
	[ $# -ge 3 ] && shift 3 || shift 2
	replay "$en_" "$et_" "$@"
	ei_=$tmp/$en_.$RECORD_INFO
	case $et_ in "$tmp"/*.hst) [ -s "${et_%.hst}.$RECORD_INFO" ] && ei_=${et_%.hst}.$RECORD_INFO ;; esac
	[ -s "$ei_" ] || "$HSIM" "$RECORD_INFO" --json "$et_" >"$ei_" 2>/dev/null
	why=$(verified "$tmp/$en_.json" "$ei_" "$ew_")
	if [ $rc = 0 ] && [ -z "$why" ]; then
		ok "$en_: replays $ew_ ($(j "$tmp/$en_.json" 'd["events"]') events, $(j "$tmp/$en_.json" 'sum(v["checkpoints"] for v in d["vms"])') checkpoints)"
	else
		bad "$en_: replay status $rc: $why"
		show "$tmp/$en_.err"
	fi
}

# messages NAME COUNTS: what is wrong with the "message" inputs of
# $tmp/NAME.dump: COUNTS (comma-separated, per VM) of them, each with a
# sequence number ("seq"), unique across the VMs, rising in each VM's
# stream, a sender that exists (the payload's first 4 bytes)
messages() {
	python3 - "$tmp/$1.dump" "$2" <<'PY'
import json, sys
sys.excepthook = lambda t, e, tb: print("the check broke: %s: %s" % (t.__name__, e))
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

# export_seqs NAME COUNT: what is wrong with the "message received" events of
# hsim export --chrome-trace $tmp/NAME.hst: COUNT of them, with COUNT
# distinct sequence numbers
export_seqs() {
	"$HSIM" export --chrome-trace "$tmp/$1.hst" >"$tmp/$1.chrome" 2>/dev/null
	es_=$(j "$tmp/$1.chrome" '(lambda s: (len(s), len(set(s))))([e["args"]["seq"] for e in (d["traceEvents"] if isinstance(d, dict) else d) if e.get("cat") == "message"])')
	[ "$es_" = "($2, $2)" ] || echo "(message events, distinct seqs) $es_, want ($2, $2)"
}
