# Shared by the KVM test scripts (sourced): where hsim and the guests are,
# the skip without a usable /dev/kvm (exit 77), a temporary directory, and
# the helpers that check one hsim run.
HSIM=${HSIM:-tools/hsim}
G=${HSIM_GUESTS:-tests/guests}
[ -r /dev/kvm ] && [ -w /dev/kvm ] || { echo "no usable /dev/kvm: skipped"; exit 77; }

fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# matches FILE REGEX: a line of FILE matches, or REGEX is "-" and FILE is empty
matches() {
	if [ "$2" = - ]; then [ ! -s "$1" ]; else grep -Eq -- "$2" "$1"; fi
}

# show FILE...: the files, indented, for a failure report
show() {
	for f in "$@"; do
		sed "s|^|     $(basename "$f"): |" "$f" | head -20
	done
}

# check_run NAME RC STDOUT-REGEX STDERR-REGEX GOT: the run that left $tmp/out
# and $tmp/err with status GOT is what was expected; returns 1 (and says
# why) if not
check_run() {
	ok=1
	[ "$5" = "$2" ] || { echo "FAIL $1: exit status $5, want $2"; ok=0; }
	matches "$tmp/out" "$3" || { echo "FAIL $1: stdout lacks /$3/"; ok=0; }
	matches "$tmp/err" "$4" || { echo "FAIL $1: stderr lacks /$4/"; ok=0; }
	[ $ok = 1 ]
}

# report NAME OK: "ok" or the failure with the run's output
report() {
	if [ "$2" = 1 ]; then
		echo "ok   $1"
	else
		fail=1
		show "$tmp/out" "$tmp/err"
	fi
}

# expect NAME RC STDOUT-REGEX STDERR-REGEX -- hsim arguments...
expect() {
	name=$1 rc=$2 out=$3 err=$4
	shift 5
	"$HSIM" "$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	check_run "$name" "$rc" "$out" "$err" "$got"
	report "$name" $ok
}

# expect_within NAME RC STDOUT-REGEX STDERR-REGEX MAX-SECONDS -- hsim arguments...:
# as expect, under a hard `timeout -s KILL $HARD_LIMIT` (default 60 s, so a
# hang fails the check instead of the whole test), and it must take at most
# MAX-SECONDS; leaves the time taken in ms
expect_within() {
	name=$1 rc=$2 out=$3 err=$4 max=$5
	shift 6
	t0=$(date +%s%N)
	timeout -s KILL "${HARD_LIMIT:-60}" "$HSIM" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	ms=$(( ($(date +%s%N) - t0) / 1000000 ))
	check_run "$name" "$rc" "$out" "$err" "$got"
	[ "$ms" -le $((max * 1000)) ] || { echo "FAIL $name: took $ms ms, want at most $max s"; ok=0; }
	report "$name" $ok
}

# ok NAME / bad NAME: one check's verdict
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

# wait_for PID SECONDS: wait for a background hsim to end, at most SECONDS;
# sets got to its status, or, if it is still running then, prints its
# threads (gdb), kills it and sets got to "hang"
wait_for() {
	i=0
	while kill -0 "$1" 2>/dev/null && [ $i -lt $(($2 * 10)) ]; do
		sleep 0.1
		i=$((i + 1))
	done
	if kill -0 "$1" 2>/dev/null; then
		echo "     hsim $1 still running after $2 s; its threads:"
		command -v gdb >/dev/null &&
			timeout 60 gdb -p "$1" -batch -ex 'thread apply all bt' 2>/dev/null |
			grep -E '^(Thread|#)' | sed 's/^/     /'
		kill -KILL "$1"
		wait "$1"
		got=hang
	else
		wait "$1"
		got=$?
	fi
}
