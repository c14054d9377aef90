#!/bin/sh
# The LOG_COMPILER of every test: runs it (its own arguments follow) in a
# session of its own under a time limit, so that one hang fails that test
# with a report instead of hanging `make check`. On the limit it prints the
# test's processes and the threads of every hsim among them, then kills the
# whole session. HSIM_TEST_TIMEOUT: seconds (default 900).
limit=${HSIM_TEST_TIMEOUT:-900}
setsid "$@" &
pid=$!
(
	i=0
	while [ $i -lt "$limit" ]; do
		sleep 1
		kill -0 "$pid" 2>/dev/null || exit 0
		i=$((i + 1))
	done
	echo "TIMEOUT: the test ran longer than $limit s (HSIM_TEST_TIMEOUT); its processes:"
	ps -o pid,stat,etime,args -s "$pid" 2>/dev/null
	if command -v gdb >/dev/null; then
		for p in $(ps -o pid= -o comm= -s "$pid" | awk '$2 == "hsim" { print $1 }'); do
			echo "threads of hsim $p:"
			timeout 60 gdb -p "$p" -batch -ex 'thread apply all bt' 2>/dev/null |
				grep -E '^(Thread|#)'
		done
	fi
	kill -KILL -"$pid" 2>/dev/null
) &
watch=$!
wait "$pid"
rc=$?
kill "$watch" 2>/dev/null
wait "$watch" 2>/dev/null
# a killed test is a hard error (99), not a skip or an ordinary failure
[ $rc -ge 128 ] && [ $rc != 128 ] && rc=99
exit $rc
