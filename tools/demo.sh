#!/bin/sh
# `make demo`: the demo guest on 4 VMs in KVM, then the same 4 VMs in the
# pure simulator, then in KVM with printf run in the simulator (a complex
# event per call), then that hybrid run recorded to a trace and the trace
# replayed in the simulator, verified exit by exit; the primes each VM
# counts must be the same every time.
set -e
HSIM=${HSIM:-./tools/hsim}
ELF=${1:-examples/demo.elf}
PIPE=${2:-examples/pipeline.elf}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== KVM: 4 VMs, 4 threads"
"$HSIM" run --vms 4 --timeout 60 --stats "$ELF" | tee "$tmp/kvm"
echo "== simulator: the same 4 VMs"
"$HSIM" run --vms 4 --timeout 300 --sim --stats "$ELF" | tee "$tmp/sim"
echo "== hybrid: the same 4 VMs in KVM, every printf call in the simulator"
"$HSIM" run --vms 4 --timeout 60 --stats --simulate printf "$ELF" | tee "$tmp/hybrid"
echo "== recorded: the hybrid run to a trace (a checkpoint every 2 exits), its summary"
"$HSIM" record -o "$tmp/demo.hst" --vms 4 --timeout 60 --simulate printf --checkpoint-every 2 \
	"$ELF" | tee "$tmp/rec"
"$HSIM" stat "$tmp/demo.hst"
echo "== replayed: every VM of the trace in the simulator, 2 at a time, verified event by event"
"$HSIM" replay -j 2 "$tmp/demo.hst"
# the counts, without the timings (which differ)
strip() { sed 's/ in [0-9.]* ms$//' "$1" | sort; }
for run in sim hybrid rec; do
	if [ "$(strip "$tmp/kvm")" != "$(strip "$tmp/$run")" ]; then
		echo "== KVM and the $run run DISAGREE" >&2
		exit 1
	fi
done
echo "== channels: a 4-VM pipeline (producer -> 2 workers -> consumer), in KVM and simulated,"
echo "   recorded with --simulate work (each work item in the simulator) and replayed"
"$HSIM" run --vms 4 --timeout 60 "$PIPE" | sort | tee "$tmp/pipe.kvm"
"$HSIM" run --vms 4 --timeout 300 --sim "$PIPE" | sort >"$tmp/pipe.sim"
"$HSIM" record -o "$tmp/pipe.hst" --vms 4 --timeout 60 --simulate work "$PIPE" | sort >"$tmp/pipe.rec"
"$HSIM" replay -j 2 -q "$tmp/pipe.hst"
if ! cmp -s "$tmp/pipe.kvm" "$tmp/pipe.sim" || ! cmp -s "$tmp/pipe.kvm" "$tmp/pipe.rec"; then
	echo "== the pipeline's KVM, simulated and recorded runs DISAGREE" >&2
	exit 1
fi
echo "== KVM, simulator, hybrid and recorded runs agree on every VM's result, and the replay"
echo "   of the recording in the simulator did exactly what the recording did"
