#!/bin/sh
# Kills `hsim record` with SIGKILL at random moments and reads every trace
# back: `hsim stat` must exit 0 or 3 (never crash, hang or call a killed
# trace corrupt), and a truncated trace must say where it ends. Used by
# tests/kvm/trace_tools.sh and tools/bench.sh.
# usage: killrec.sh KILLS [WORKERS]; env HSIM, HSIM_GUESTS, KILL_SEED (the
# random delays: the same seed, the same delays), KILL_MAX_MS (300).
HSIM=${HSIM:-tools/hsim}
G=${HSIM_GUESTS:-tests/guests}
kills=${1:-100}
workers=${2:-4}
seed=${KILL_SEED:-$(date +%s)}
max_ms=${KILL_MAX_MS:-300}
# partial frames go out every 10 ms, so most killed traces hold whole
# frames and end inside the next one (or inside the index)
HSIM_RECORD_FLUSH_MS=${HSIM_RECORD_FLUSH_MS:-10}
export HSIM_RECORD_FLUSH_MS

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# worker W N: N recordings, each killed after its own random delay; one
# result line per recording: "frames", "noframe", "nofile", "whole" or
# "FAIL ..."; and "DUMPFAIL ..." when a dump of it failed
worker() {
	w=$1 n=$2 i=0
	awk -v s="$seed" -v w="$w" -v n="$n" -v m="$max_ms" \
		'BEGIN { srand(s * 64 + w); for (i = 0; i < n; i++) printf "%.3f\n", rand() * m / 1000 }' |
	while read -r delay; do
		# vary what is recorded: one VM, three VMs, the simulator
		case $((i % 3)) in
		0) set -- ;;
		1) set -- --vms 3 ;;
		2) set -- --sim ;;
		esac
		t="$tmp/w$w.hst"
		rm -f "$t"
		# every fifth with the default flush interval (1 s): killed
		# before its first whole frame
		fl=$HSIM_RECORD_FLUSH_MS
		[ $((i % 5)) = 4 ] && fl=
		HSIM_RECORD_FLUSH_MS=$fl "$HSIM" record -o "$t" "$@" "$G/exitspin.elf" \
			>/dev/null 2>&1 </dev/null &
		pid=$!
		sleep "$delay"
		kill -KILL $pid 2>/dev/null
		wait $pid 2>/dev/null
		if [ ! -e "$t" ]; then
			echo nofile
		else
			timeout 10 "$HSIM" stat "$t" >/dev/null 2>"$tmp/w$w.err"
			s=$?
			if [ $s = 3 ] && grep -Eq 'truncated after event [0-9]+ of vm [0-9]+' "$tmp/w$w.err"; then
				echo frames
			elif [ $s = 3 ] && grep -q 'truncated' "$tmp/w$w.err"; then
				echo noframe
			elif [ $s = 0 ]; then
				echo whole
			else
				echo "FAIL stat exit $s after ${delay}s ($*): $(head -c 300 "$tmp/w$w.err")"
				[ -n "${KILL_KEEP:-}" ] && cp "$t" "$KILL_KEEP/killed-$w-$i.hst"
			fi
			# dump too, now and then, if small (it disassembles every
			# record: a --sim run writes a million in 0.3 s; the
			# header alone, with the image, is 70 KB)
			if [ $((i % 4)) = 0 ] && [ $s = 3 ] && [ "$(wc -c <"$t")" -lt 200000 ]; then
				timeout 10 "$HSIM" dump "$t" >/dev/null 2>&1
				d=$?
				[ $d = 3 ] || echo "DUMPFAIL exit $d after ${delay}s ($*)"
			fi
		fi
		i=$((i + 1))
	done >"$tmp/res.$w"
}

per=$(( (kills + workers - 1) / workers ))
w=0
while [ $w -lt "$workers" ]; do
	worker $w $per &
	w=$((w + 1))
done
wait
cat "$tmp"/res.* >"$tmp/all"
count() { grep -c "^$1" "$tmp/all"; }
total=$(($(wc -l <"$tmp/all") - $(count DUMPFAIL)))
echo "killed $total recordings (seed $seed, delays 0-$max_ms ms): $(count frames) truncated after a" \
	"named event, $(count noframe) truncated before their first whole frame, $(count nofile)" \
	"killed before creating the file, $(count whole) whole, $(count FAIL) failures," \
	"$(count DUMPFAIL) dump failures"
grep -E '^(FAIL|DUMPFAIL)' "$tmp/all" | head -10
[ "$(count FAIL)" = 0 ] && [ "$(count DUMPFAIL)" = 0 ] && [ "$(count frames)" -gt 0 ] && [ "$total" -ge "$kills" ]
