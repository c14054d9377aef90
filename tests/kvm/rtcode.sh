#!/bin/sh
# Code written at run time, and calls through wild pointers: KVM runs only
# the code hsim scanned, so code the guest writes (x87, AVX or rdtsc bytes, plain
# code in the heap or on the stack, rewritten, its own text) gives the same
# status, output, registers, trace and error code in KVM and in --sim; a
# fetch fault reports I (EFER.NXE) with the error code hardware gives, the
# upper half too (this KVM's is corrected); a write into the text takes only
# that page out of KVM, or (written by the simulator or a hypercall) the
# rest of the run; ordinary guests never hand code
# to the simulator; recordings replay equivalent. Skips (77) without KVM.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/../replay_lib.sh"

# ---- what each guest must do, in both engines -----------------------------------------
for e in kvm sim; do
	o=
	[ $e = sim ] && o=--sim
	expect "rtcode $e" 0 '^rtcode: 0 errors$' - -- run $o --seed 7 "$G/rtcode.elf"
	expect "rtcode rdtsc $e" 0 'rdtsc written at run time reads the virtual clock: yes' - -- \
		run $o --seed 7 "$G/rtcode.elf"
	expect "rtcode_x87 $e" 125 '^x87 code ran: 1$' \
		'vm 0( \([^)]*\))?: guest fault #UD at 0x[0-9a-f]+ \(avxbuf\)$' -- run $o "$G/rtcode_x87.elf"
	expect "rtcode_null $e" 125 '^calling 0x' 'vm 0( \([^)]*\))?: guest fault #PF at 0x0: fetch of 0x0 \(not present\)$' -- \
		run $o "$G/rtcode_null.elf"
	expect "rtcode_sys $e" 125 '^calling 0x' \
		'vm 0( \([^)]*\))?: guest fault #PF at 0x1000: fetch of 0x1000 \(protection violation\)$' -- \
		run $o "$G/rtcode_sys.elf"
	expect "rtcode_end $e" 125 '^calling 0x' \
		'vm 0( \([^)]*\))?: guest fault #PF at 0x7f0000000000: fetch of 0x7f0000000000 \(not present\)$' -- \
		run $o "$G/rtcode_end.elf"
	expect "rtcode_high $e" 125 '^calling 0x' \
		'vm 0( \([^)]*\))?: guest fault #PF at 0xffff800000000000: fetch of 0xffff800000000000 \(not present\)$' -- \
		run $o "$G/rtcode_high.elf"
done

# ---- the same in both engines: output, status, registers ------------------------------
for g in rtcode rtcode_x87 rtcode_null rtcode_sys rtcode_end rtcode_high rtcode_text smc; do
	"$HSIM" run --seed 7 --regs --timeout 120 "$G/$g.elf" >"$tmp/kvm" 2>&1
	k=$?
	"$HSIM" run --seed 7 --regs --sim --timeout 120 "$G/$g.elf" >"$tmp/sim" 2>&1
	s=$?
	if [ $k = $s ] && cmp -s "$tmp/kvm" "$tmp/sim"; then
		ok "sim=kvm $g"
	else
		bad "sim=kvm $g: exit $k vs $s"
		diff "$tmp/kvm" "$tmp/sim" | head -20
	fi
done

# ---- the error code of each wild call, as hardware gives it ---------------------------
# P only where something is mapped (the system area), U, I (NXE): never RSVD
for w in null:0x14 sys:0x15 end:0x14 high:0x14; do
	g=rtcode_${w%%:*} want=${w#*:}
	for e in kvm sim; do
		o=
		[ $e = sim ] && o=--sim
		record "$g-$e" $o $DET "$G/$g.elf"
	done
	a=$(j "$tmp/$g-kvm.dump" '[l["detail"] for l in L if l.get("kind") == "exception"]')
	b=$(j "$tmp/$g-sim.dump" '[l["detail"] for l in L if l.get("kind") == "exception"]')
	case "$a" in
	*"#PF error $want "*) [ "$a" = "$b" ] && ok "$g: $a in both engines" ||
		bad "$g: kvm $a, sim $b" ;;
	*) bad "$g: kvm $a, want error $want (sim $b)" ;;
	esac
	"$HSIM" diff "$tmp/$g-kvm.hst" "$tmp/$g-sim.hst" >"$tmp/diff.out" 2>&1 &&
		ok "$g: the KVM and --sim traces are equivalent" ||
		{ bad "$g: the KVM and --sim traces differ"; show "$tmp/diff.out"; }
done

# this KVM's report in the upper half was not stable (issue 11): 10 runs
n=0
for i in 1 2 3 4 5 6 7 8 9 10; do
	"$HSIM" run "$G/rtcode_high.elf" 2>&1 | grep -q '(not present)$' && n=$((n + 1))
done
[ $n = 10 ] && ok "rtcode_high: not present in 10 of 10 runs" || bad "rtcode_high: not present in $n of 10 runs"

# ---- recordings: KVM and --sim give the same trace, it replays both ways --------------
for g in rtcode rtcode_x87 rtcode_text smc; do
	record "$g-k" $DET "$G/$g.elf"
	record "$g-s" --sim $DET "$G/$g.elf"
	"$HSIM" diff "$tmp/$g-k.hst" "$tmp/$g-s.hst" >"$tmp/diff.out" 2>&1 &&
		ok "$g: the KVM and --sim traces are equivalent" ||
		{ bad "$g: the KVM and --sim traces differ"; show "$tmp/diff.out"; }
	equivalent "$g sim" "$tmp/$g-k.hst" equivalent
	equivalent "$g direct" "$tmp/$g-k.hst" equivalent --direct
	record "$g-ck" $DET --checkpoint-every 2 "$G/$g.elf"
	equivalent "$g-ck sim" "$tmp/$g-ck.hst" equivalent
done

# ---- a write into the text: only that page leaves KVM ----------------------------------
expect "rtcode_text kvm" 0 '^patched 286331154 then 10, mix [0-9a-f]+, 0 errors$' 'instructions simulated' -- \
	run --stats "$G/rtcode_text.elf"
n=$(sed -n 's/.* \([0-9]*\) instructions simulated.*/\1/p' "$tmp/err")
[ -n "$n" ] && [ "$n" -gt 0 ] && [ "$n" -lt 100000 ] &&
	ok "rtcode_text: $n instructions simulated, the loop after the write ran in KVM" ||
	{ bad "rtcode_text: '$n' instructions simulated, want 1..99999"; show "$tmp/err"; }

# ---- writes to the text KVM's guest did not make: the simulator's, a hypercall's --------
for e in kvm sim; do
	o=
	[ $e = sim ] && o=--sim
	expect "rtcode_writers simulated $e" 0 '^copied by simulated code: the function reads the virtual clock: yes$' - -- \
		run $o "$G/rtcode_writers.elf"
	expect "rtcode_writers channel $e" 0 '^\[vm 0\] received from VM 1: the function reads the virtual clock: yes$' - -- \
		run $o --vms 2 "$G/rtcode_writers.elf"
done

# ---- ordinary guests: KVM runs all of their code ---------------------------------------
for g in crc32 checksum hello; do
	"$HSIM" run --stats "$G/$g.elf" >/dev/null 2>"$tmp/stats"
	grep -q ' 0 instructions simulated' "$tmp/stats" && ok "$g: no instruction simulated in KVM" ||
		{ bad "$g: KVM handed code to the simulator"; show "$tmp/stats"; }
done

exit $fail
