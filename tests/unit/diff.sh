#!/bin/sh
# hsim diff on traces recorded in the simulator (`hsim record --sim`, so no
# KVM is needed): the same deterministic run twice is equivalent (0); another
# seed differs first at the first random input (1); --simulate against a
# plain run differs at the breakpoint (1); a damaged copy is corrupt (4), a
# cut copy truncated (3, or 1 if a difference comes first); VM counts;
# usage errors (2); --json parsed by python3 (skipped without it).
HSIM=${HSIM:-tools/hsim}
G=${HSIM_GUESTS:-tests/guests}
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

# rec NAME ARGS...: record $tmp/NAME.hst in the simulator, quietly
rec() {
	r_name=$1
	shift
	"$HSIM" record -o "$tmp/$r_name.hst" --sim --quiet "$@" >/dev/null 2>"$tmp/$r_name.rec.err"
	r_st=$?
	[ -s "$tmp/$r_name.hst" ] || { bad "record $r_name: no trace (status $r_st)"; cat "$tmp/$r_name.rec.err"; }
}

# diff NAME WANT-STATUS STDOUT-REGEX A B [OPTIONS...]: hsim diff's status and
# a line of its stdout; its output is in $tmp/NAME.out (stderr: .err)
diff_is() {
	d_name=$1 d_want=$2 d_re=$3 d_a=$4 d_b=$5
	shift 5
	"$HSIM" diff "$@" "$d_a" "$d_b" >"$tmp/$d_name.out" 2>"$tmp/$d_name.err"
	d_st=$?
	if [ "$d_st" = "$d_want" ] && grep -Eq -- "$d_re" "$tmp/$d_name.out"; then
		ok "diff $d_name: status $d_st, /$d_re/"
	else
		bad "diff $d_name: status $d_st (want $d_want), stdout /$d_re/"
		sed 's/^/     /' "$tmp/$d_name.out" "$tmp/$d_name.err" | head -20
	fi
}

# byte_at FILE OFFSET: the byte's value, decimal
byte_at() { od -An -tu1 -j "$2" -N1 "$1" | tr -d ' '; }

DET="--seed 1 --clock-step 1000"

# ---- equal runs -------------------------------------------------------------
rec tsc1 $DET "$G/tsc_rand.elf"
rec tsc1b $DET "$G/tsc_rand.elf"
n=$("$HSIM" stat "$tmp/tsc1.hst" | sed -n 's/^records \([0-9]*\):.*/\1/p')
diff_is same 0 "^traces are equivalent: 1 VM, $n records\$" "$tmp/tsc1.hst" "$tmp/tsc1b.hst"
diff_is self 0 "^traces are equivalent: 1 VM, $n records\$" "$tmp/tsc1.hst" "$tmp/tsc1.hst"
if [ -s "$tmp/same.err" ]; then bad "same: nothing on stderr"; cat "$tmp/same.err"; else ok "same: nothing on stderr"; fi

# ---- another seed: the first random input differs ---------------------------
rec tsc2 --seed 2 --clock-step 1000 "$G/tsc_rand.elf"
ev=$("$HSIM" dump "$tmp/tsc1.hst" | awk '$4 == "input" && $5 == "random" { sub("#", "", $3); print $3; exit }')
if [ -n "$ev" ]; then ok "seed: tsc_rand reads a random number at event $ev"; else bad "seed: no random input in the dump"; fi
diff_is seed 1 "^vm 0: first difference at event $ev \\(record [0-9]+ of the VM\\): random input 0x[0-9a-f]+ vs 0x[0-9a-f]+\$" \
	"$tmp/tsc1.hst" "$tmp/tsc2.hst"
grep -q '^note: seeds differ: 1 vs 2$' "$tmp/seed.out" && ok "seed: the header's seeds are a note" ||
	bad "seed: no note about the seeds"
# the context: 3 records before (the default) on each side, then the differing one
nctx=$(grep -c '^      vm 0 #' "$tmp/seed.out")
ndiff=$(grep -c '^    > vm 0 #'"$ev"' *input *random' "$tmp/seed.out")
[ "$nctx" = 6 ] && [ "$ndiff" = 2 ] && ok "seed: 3 records of context on each side, then the differing ones" ||
	bad "seed: context lines $nctx (want 6), differing lines $ndiff (want 2)"
diff_is seed_ctx1 1 "first difference at event $ev " "$tmp/tsc1.hst" "$tmp/tsc2.hst" --context 1
nctx=$(grep -c '^      vm 0 #' "$tmp/seed_ctx1.out")
[ "$nctx" = 2 ] && ok "seed: --context 1 shows one record on each side" || bad "seed: --context 1 shows $nctx lines"

# ---- --simulate against a plain run: the breakpoint ---------------------------
rec plain $DET "$G/simfuncs.elf"
rec simulate $DET --simulate fib "$G/simfuncs.elf"
# fib's address, 16 hex digits (the breakpoint's rip)
fib=$(nm "$G/simfuncs.elf" | awk '$3 == "fib" { print $1 }')
diff_is simulate 1 "^vm 0: first difference at event 1 \\(record 1 of the VM\\): exit kind breakpoint vs io" \
	"$tmp/simulate.hst" "$tmp/plain.hst"
grep -q '^note: --simulate lists differ: fib vs (none)$' "$tmp/simulate.out" &&
	ok "simulate: the --simulate lists are a note" || bad "simulate: no note about --simulate"
grep -Eq "^\\* rip +0x$fib  0x" "$tmp/simulate.out" && ! grep -q '^  r15 ' "$tmp/simulate.out" &&
	ok "simulate: the registers that differ, rip marked" || bad "simulate: register lines"
# the same --simulate run twice: equal, and under --sim no state moves to skip
rec simulate2 $DET --simulate fib "$G/simfuncs.elf"
diff_is simulate_same 0 "^traces are equivalent" "$tmp/simulate.hst" "$tmp/simulate2.hst"

# ---- well-formed traces that lie (tests/tools/trace_edit) ----------------------
TE=${HSIM_TRACE_EDIT:-tests/tools/trace_edit}
if [ -x "$TE" ]; then
	"$TE" "$tmp/tsc1.hst" "$tmp/copy.hst" copy >/dev/null 2>&1 &&
		diff_is edit_copy 0 "^traces are equivalent: 1 VM, $n records\$" "$tmp/tsc1.hst" "$tmp/copy.hst"
	if "$TE" "$tmp/tsc1.hst" "$tmp/flip.hst" flip 0 4 rdx 3 >/dev/null 2>&1; then
		diff_is edit_flip 1 "^vm 0: first difference at event 4 \(record [0-9]+ of the VM\): exit registers: rdx differs\$" \
			"$tmp/tsc1.hst" "$tmp/flip.hst"
		# only the register that differs, marked, the values bit 3 apart
		vals=$(sed -n 's/^\* rdx \{1,\}\(0x[0-9a-f]*\)  \(0x[0-9a-f]*\)$/\1 \2/p' "$tmp/edit_flip.out")
		if [ -n "$vals" ] && [ $(( ${vals% *} ^ ${vals#* } )) = 8 ] &&
		   [ "$(grep -c '^\* ' "$tmp/edit_flip.out")" = 1 ]; then
			ok "edit_flip: one register line, rdx $vals (bit 3 flipped)"
		else
			bad "edit_flip: the register lines"
			sed 's/^/     /' "$tmp/edit_flip.out"
		fi
	else
		bad "trace_edit flip failed"
	fi
	"$TE" "$tmp/tsc1.hst" "$tmp/noinput.hst" drop-input 0 "$ev" >/dev/null 2>&1 &&
		diff_is edit_drop 1 "^vm 0: first difference at event $ev .*: record type input vs exit\$" \
			"$tmp/tsc1.hst" "$tmp/noinput.hst"
else
	echo "no trace_edit ($TE): the edited traces skipped"
fi

# ---- a damaged copy: corrupt ----------------------------------------------------
off=$("$HSIM" dump --json "$tmp/tsc1.hst" | sed -n 's/.*"frame_offset":\([0-9]*\).*/\1/p' | head -1)
size=$(wc -c <"$tmp/tsc1.hst")
if [ -n "$off" ] && [ "$off" -gt 32 ] && [ $((off + 80)) -lt "$size" ]; then
	ok "corrupt: the first data frame is at byte $off"
	at=$((off + 48 + 20)) # in the frame's compressed payload
	cp "$tmp/tsc1.hst" "$tmp/corrupt.hst"
	old=$(byte_at "$tmp/tsc1.hst" $at)
	printf "$(printf '\\%03o' $(((old + 1) % 256)))" |
		dd of="$tmp/corrupt.hst" bs=1 seek=$at conv=notrunc 2>/dev/null
	new=$(byte_at "$tmp/corrupt.hst" $at)
	if [ "$new" != "$old" ] && ! cmp -s "$tmp/tsc1.hst" "$tmp/corrupt.hst"; then
		ok "corrupt: byte $at changed ($old -> $new)"
	else
		bad "corrupt: byte $at not changed"
	fi
	diff_is corrupt 4 "^vm 0: .*corrupt.hst: .*\\(corrupt\\)" "$tmp/tsc1.hst" "$tmp/corrupt.hst"
	diff_is corrupt_first 4 "\\(corrupt\\)" "$tmp/corrupt.hst" "$tmp/tsc1.hst"
else
	bad "corrupt: no frame offset in dump --json ($off, file $size bytes)"
fi

# ---- a cut copy: truncated ----------------------------------------------------------
# sort's first checkpoint fills most of a frame: the trace has two, the cut
# copy keeps the first whole
rec sort $DET --checkpoint-every 1 "$G/sort.elf"
"$HSIM" dump --json "$tmp/sort.hst" >"$tmp/sort.json"
off1=$(sed -n 's/.*"frame":1,"frame_offset":\([0-9]*\).*/\1/p' "$tmp/sort.json" | head -1)
last0=$(grep '"frame":0,' "$tmp/sort.json" | tail -1 | sed -n 's/.*"event":\([0-9]*\).*/\1/p')
if [ -n "$off1" ] && [ -n "$last0" ]; then
	ok "truncated: the second frame is at byte $off1, the first ends at event $last0"
	head -c $((off1 + 100)) "$tmp/sort.hst" >"$tmp/cut.hst"
	diff_is truncated 3 "^vm 0: [^ ]*cut.hst ends at event $last0 of vm 0 \\(truncated\\)" \
		"$tmp/cut.hst" "$tmp/sort.hst"
	diff_is truncated_b 3 "cut.hst ends at event $last0 of vm 0 \\(truncated\\)" \
		"$tmp/sort.hst" "$tmp/cut.hst"
	# a difference before the cut still makes it 1: no checkpoint at event 1 here
	rec sort2 $DET --checkpoint-every 2 "$G/sort.elf"
	diff_is truncated_diff 1 "^vm 0: first difference at event 1 \\(record 2 of the VM\\): record type checkpoint vs exit" \
		"$tmp/cut.hst" "$tmp/sort2.hst"
else
	bad "truncated: sort's trace has no second frame ($off1, $last0)"
fi
head -c 100 "$tmp/tsc1.hst" >"$tmp/stub.hst"
"$HSIM" diff "$tmp/stub.hst" "$tmp/tsc1.hst" >/dev/null 2>&1
st=$?
[ $st = 3 ] || [ $st = 4 ] && ok "a trace cut inside its header: status $st" || bad "a trace cut inside its header: status $st"

# ---- VM counts, usage ------------------------------------------------------------
rec vms2 $DET --vms 2 "$G/multivm.elf"
rec vms1 $DET --vms 1 "$G/multivm.elf"
diff_is vm_count 1 "^the VM counts differ: 2 vs 1" "$tmp/vms2.hst" "$tmp/vms1.hst"
diff_is vm_only 0 "^traces are equivalent: 1 VM" "$tmp/vms2.hst" "$tmp/vms2.hst" --vm 1
for args in "$tmp/tsc1.hst" "--context x $tmp/tsc1.hst $tmp/tsc1.hst" "--vm 2 $tmp/vms2.hst $tmp/vms2.hst" \
	"$tmp/tsc1.hst $tmp/none.hst" "--bogus $tmp/tsc1.hst $tmp/tsc1.hst"; do
	# shellcheck disable=SC2086
	"$HSIM" diff $args >/dev/null 2>"$tmp/usage.err"
	st=$?
	[ $st = 2 ] && [ -s "$tmp/usage.err" ] && ok "usage: diff $(echo "$args" | sed "s|$tmp/||g"): 2" ||
		bad "usage: diff $args: status $st"
done
"$HSIM" help | grep -q '^  diff \[--json\]' && ok "hsim help lists diff" || bad "hsim help lacks diff"
"$HSIM" diff --help | grep -q '^exit status: 0 equivalent, 1 different' && ok "diff --help: exit statuses" ||
	bad "diff --help lacks the exit statuses"

# ---- --json ---------------------------------------------------------------------
if command -v python3 >/dev/null; then
	"$HSIM" diff --json "$tmp/tsc1.hst" "$tmp/tsc2.hst" >"$tmp/seed.json"
	st=$?
	"$HSIM" diff --json "$tmp/tsc1.hst" "$tmp/tsc1b.hst" >"$tmp/same.json"
	st2=$?
	"$HSIM" diff --json "$tmp/simulate.hst" "$tmp/plain.hst" >"$tmp/simulate.json"
	st3=$?
	if python3 - "$tmp/seed.json" "$tmp/same.json" "$tmp/simulate.json" "$ev" "$st" "$st2" "$st3" "$fib" <<'PY'
import json, sys
seed, same, sim = (json.load(open(p)) for p in sys.argv[1:4])
ev, st, st2, st3 = (int(x) for x in sys.argv[4:8])
v = seed["vms"][0] if seed["vms"] else {}
checks = [
    ("seed: status 1, not equivalent", lambda: st == 1 and seed["equivalent"] is False and seed["status"] == 1),
    ("seed: vm 0 differs at the first random input",
     lambda: (v["vm"], v["equal"], v["result"], v["event"]) == (0, False, "different", ev)),
    ("seed: what names the input", lambda: v["what"].startswith("random input 0x")),
    ("seed: both records, as dump --json prints them",
     lambda: all(v[k]["type"] == "input" and v[k]["input"] == "random" and v[k]["event"] == ev for k in "ab")
     and v["a"]["bytes"] != v["b"]["bytes"]),
    ("seed: the seeds are a note", lambda: "seeds differ: 1 vs 2" in seed["notes"]),
    ("same: status 0, equivalent, vm 0 equal",
     lambda: st2 == 0 and same["equivalent"] is True and same["vms"] == [
         {"vm": 0, "equal": True, "result": "equal", "records": same["vms"][0]["records"],
          "records_b": same["vms"][0]["records"]}] and same["vms"][0]["records"] > 0),
    ("same: no notes", lambda: same["notes"] == []),
    ("simulate: the breakpoint, and the registers that differ",
     lambda: st3 == 1 and sim["vms"][0]["event"] == 1 and sim["vms"][0]["a"]["kind"] == "breakpoint"
     and sim["vms"][0]["b"]["kind"] == "io" and int(sim["vms"][0]["regs"]["rip"][0], 16) == int(sys.argv[8], 16)
     and all(a != b for a, b in sim["vms"][0]["regs"].values())),
]
bad = 0
for name, check in checks:
    try:
        good = check()
    except (KeyError, IndexError, TypeError, AttributeError) as e:
        good = False
        name += " (%r missing)" % (e,)
    print(("ok   " if good else "FAIL ") + "json " + name)
    bad += not good
sys.exit(1 if bad else 0)
PY
	then :; else
		fail=1
		head -c 2000 "$tmp/seed.json" "$tmp/same.json" "$tmp/simulate.json"
	fi
else
	echo "python3 missing: the --json checks skipped"
fi
exit $fail
