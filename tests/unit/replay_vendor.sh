#!/bin/sh
# Replay follows the undefined-flag rules of the CPU a trace was recorded
# on, not of the host replaying it: tests/guests/undef_flags.elf exits right
# after instructions whose flags AMD and Intel leave differently, recorded
# here under --sim, then told (tests/tools/trace_edit) that it came from the
# other vendor. Needs no KVM.
HSIM=${HSIM:-tools/hsim}
G=${HSIM_GUESTS:-tests/guests}
E=${HSIM_TRACE_EDIT:-tests/tools/trace_edit}
command -v python3 >/dev/null || { echo "python3 (JSON checks) missing: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
export HSIM_KVM_DEVICE=/nonexistent

# json FILE EXPR: a Python expression over the replay's JSON object d
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }
# check NAME TRACE STATUS EXPR: replay TRACE, want STATUS and EXPR true
check() {
	"$HSIM" replay --json "$2" >"$tmp/r.json" 2>"$tmp/r.err"
	rc=$?
	got=$(json "$tmp/r.json" "$4" 2>&1)
	if [ "$rc" = "$3" ] && [ "$got" = True ]; then
		echo "ok   $1"
	else
		echo "FAIL $1: status $rc (want $3), $4: $got"
		head -c 600 "$tmp/r.json"; echo; cat "$tmp/r.err"
		fail=1
	fi
}

"$HSIM" record --sim -o "$tmp/u.hst" --quiet "$G/undef_flags.elf" || { echo "FAIL record"; exit 1; }
vendor=$(grep -m1 '^vendor_id' /proc/cpuinfo | sed 's/.*: //')
case $vendor in
AuthenticAMD) other=GenuineIntel; fm="6 0xcf" ;;
*) other=AuthenticAMD; fm="25 1" ;;
esac

check "as recorded: equivalent, nothing masked" "$tmp/u.hst" 0 \
	'd["verdict"] == "equivalent" and d["vms"][0]["masked"] == 0'

# The same trace, said to come from the other vendor (host and the CPUID
# the guest saw): the simulator takes that vendor's rules, which leave
# other flags after mul, bsf, shifts: RFLAGS at an exit differ.
"$E" "$tmp/u.hst" "$tmp/other.hst" vendor "$other" $fm
check "recorded on $other: its rules, an RFLAGS divergence" "$tmp/other.hst" 1 \
	'd["vms"][0]["divergence"]["what"].startswith("rflags") and d["flags_exact"]'

# A CPU whose rules nobody measured: the simulator uses the rules of the
# CPUID vendor it saw, and masks the flags they leave undefined.
"$E" "$tmp/other.hst" "$tmp/unknown.hst" host-vendor CentaurHauls 7 0x1b
check "recorded on an unmeasured CPU: masked, equivalent" "$tmp/unknown.hst" 0 \
	'd["verdict"] == "equivalent" and d["vms"][0]["masked"] > 0 and not d["flags_exact"] and "CentaurHauls" in d["flag_rules"]'

# Hygon follows AMD (it used to get Intel's rules: nothing to mask then).
if [ "$other" = AuthenticAMD ]; then
	"$E" "$tmp/u.hst" "$tmp/hygon.hst" vendor HygonGenuine 24 0
	check "recorded on Hygon: AMD rules, masked" "$tmp/hygon.hst" 0 \
		'd["vms"][0]["masked"] > 0 and d["flag_rules"].startswith("AMD rules")'
fi
exit $fail
