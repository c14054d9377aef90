#!/bin/sh
# x87 and long double: hsim check accepts an x87 guest; its output is the
# same in KVM, in the simulator, switching between them mid-run, in a
# replay (from the start and from a checkpoint) and natively (the same
# source built with the host's gcc); an unmasked exception is #MF at the
# next waiting x87 instruction in both engines. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"

src=$(dirname "$0")/../guests/longdouble.c

expect x87_check 0 'clean' - -- check "$G/longdouble.elf"
expect x87_kvm 0 '^checksum +[0-9a-f]{16}$' - -- run "$G/longdouble.elf"
cp "$tmp/out" "$tmp/kvm"

same() { # NAME FILE: FILE is the KVM run's output
	if cmp -s "$tmp/kvm" "$2"; then
		ok "$1"
	else
		bad "$1"
		diff "$tmp/kvm" "$2" | head -20
	fi
}

"$HSIM" run --sim "$G/longdouble.elf" >"$tmp/sim" 2>&1
same x87_sim "$tmp/sim"
"$HSIM" run --simulate poly387 "$G/longdouble.elf" >"$tmp/mixed" 2>&1
same x87_simulate_poly387 "$tmp/mixed"
"$HSIM" run --regs "$G/longdouble.elf" >"$tmp/kvm_regs" 2>&1
"$HSIM" run --regs --sim "$G/longdouble.elf" >"$tmp/sim_regs" 2>&1
if cmp -s "$tmp/kvm_regs" "$tmp/sim_regs"; then ok x87_regs; else bad x87_regs; diff "$tmp/kvm_regs" "$tmp/sim_regs" | head; fi

# record in KVM, replay in the simulator: equivalent, also from a checkpoint
# (which must restore the x87 registers)
for eng in kvm sim; do
	opt=; [ $eng = sim ] && opt=--sim
	"$HSIM" record $opt --checkpoint-every 4 -o "$tmp/ld.hst" "$G/longdouble.elf" >/dev/null 2>&1
	expect "x87_replay_$eng" 0 'equivalent' - -- replay "$tmp/ld.hst"
	expect "x87_replay_from_$eng" 0 'equivalent' - -- replay --from 5 "$tmp/ld.hst"
done

# the same program built natively
if ${CC:-cc} -O2 -o "$tmp/native" "$src" -lm 2>"$tmp/cc_err"; then
	"$tmp/native" >"$tmp/native_out"
	same x87_native "$tmp/native_out"
else
	echo "skip x87_native: no native build ($(head -1 "$tmp/cc_err"))"
fi

# an unmasked zero divide: #MF at the fstp after the fdiv, in both engines
expect x87_mf 125 '^before$' 'vm 0( \([^)]*\))?: guest fault #MF at 0x[0-9a-f]+ \(trigger\)$' -- run "$G/x87_mf.elf"
expect x87_mf_sim 125 '^before$' 'vm 0( \([^)]*\))?: guest fault #MF at 0x[0-9a-f]+ \(trigger\)$' -- run --sim "$G/x87_mf.elf"

# C11 atomics gcc does not inline (the SDK's libatomic) and the x87
# environment instructions behind _Atomic floating point (fnstenv, fldenv;
# fnsave, frstor, fisttp too): hsim check calls it clean, KVM and the
# simulator print the same (environment images included), and the part
# without code addresses is what the native build prints
expect atomics_check 0 'clean' - -- check "$G/atomics.elf"
"$HSIM" run "$G/atomics.elf" >"$tmp/at_kvm" 2>&1
"$HSIM" run --sim "$G/atomics.elf" >"$tmp/at_sim" 2>&1
if grep -q '^env fldenv' "$tmp/at_kvm" && cmp -s "$tmp/at_kvm" "$tmp/at_sim"; then ok atomics_kvm_sim; else
	bad atomics_kvm_sim; diff "$tmp/at_kvm" "$tmp/at_sim" | head; fi
if ${CC:-cc} -O2 -o "$tmp/at_native" "$(dirname "$0")/../guests/atomics.c" -latomic -lm 2>"$tmp/cc_err"; then
	"$tmp/at_native" | sed '/^--$/q' >"$tmp/at_want"
	sed '/^--$/q' "$tmp/at_kvm" >"$tmp/at_got"
	if cmp -s "$tmp/at_want" "$tmp/at_got"; then ok atomics_native; else
		bad atomics_native; diff "$tmp/at_want" "$tmp/at_got" | head; fi
else
	echo "skip atomics_native: no native build ($(head -1 "$tmp/cc_err"))"
fi

exit $fail
