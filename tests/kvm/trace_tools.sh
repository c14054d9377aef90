#!/bin/sh
# Recordings killed at random moments: 100 recordings killed with SIGKILL
# all read back (KILLS=N: N of them). Skips (77) without /dev/kvm.
HSIM=${HSIM:-tools/hsim}
G=${HSIM_GUESTS:-tests/guests}
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
[ -r /dev/kvm ] && [ -w /dev/kvm ] || { echo "no usable /dev/kvm: skipped"; exit 77; }
command -v python3 >/dev/null || { echo "python3 (JSON checks) missing: skipped"; exit 77; }
command -v timeout >/dev/null || { echo "timeout (coreutils) missing: skipped"; exit 77; }

fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

# SIGKILL at random moments, 100 times (4 at once, about 15 s).
if [ "${KILLS:-100}" = 0 ]; then
	:
elif HSIM="$HSIM" HSIM_GUESTS="$G" sh "$srcdir/tests/kvm/killrec.sh" "${KILLS:-100}" 4 >"$tmp/kill.out" 2>&1; then
	ok "$(head -1 "$tmp/kill.out")"
else
	bad "killed recordings:"
	cat "$tmp/kill.out"
fi

exit $fail
