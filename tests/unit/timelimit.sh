#!/bin/sh
# The time limit with many simulator VMs on few cores (no KVM needed): 1024
# VMs spinning under --timeout 1 must all be stopped, and hsim must end, well
# within a second or two of the limit. (It took 12 s and more on 2 cores when
# every VM thread started while the earlier ones already ran, and each looked
# at the stop flag only every 2^20 instructions.)
HSIM=${HSIM:-tools/hsim}
G=${HSIM_GUESTS:-tests/guests}
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

# late NAME VMS MAX-MS: `hsim run --sim --vms VMS --timeout 1` of spin.elf
# exits 124 with a time limit line for each VM, within MAX-MS ms in all
late() {
	t0=$(date +%s%N)
	timeout -s KILL 120 "$HSIM" run --sim --quiet --vms "$2" --timeout 1 "$G/spin.elf" \
		>"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
	ms=$(( ($(date +%s%N) - t0) / 1000000 ))
	n=$(grep -Ec 'vm [0-9]+( \([^)]*\))?: time limit exceeded after' "$tmp/err")
	echo "     $1: $2 VMs, --timeout 1: exit $rc after $ms ms, $n time limit lines"
	if [ $rc = 124 ] && [ "$n" = "$2" ] && [ $ms -le "$3" ]; then
		ok "$1"
	else
		bad "$1: want exit 124, $2 time limit lines, at most $3 ms"
		head -5 "$tmp/err"
	fi
}

# under ASan (the sanitizer build) setting up and tearing down 1024 VMs
# alone takes seconds
slow=1
ldd "$HSIM" 2>/dev/null | grep -q libasan && slow=4
late one 1 $((2500 * slow))
late vms256 256 $((3000 * slow))
late vms1024 1024 $((4000 * slow))
exit $fail
