#!/bin/sh
# End-to-end robustness: runs that must end on time and with the right
# status whatever the guest or the command line does (issue 11). Every
# check runs under a hard `timeout -s KILL`, so a hang fails the test
# (status 137) instead of hanging `make check`. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"

# expect NAME RC STDOUT-REGEX STDERR-REGEX MAX-SECONDS -- hsim arguments...
# (tests/kvm/lib.sh: a hard limit of 30 s, and at most MAX-SECONDS)
HARD_LIMIT=30
expect() { expect_within "$@"; }

TL='vm 0( \([^)]*\))?: time limit exceeded after [0-9.]+ s'

# Long rep string instructions are interrupted in the simulator, so the
# time limit is seen (it used to run for minutes).
expect rep_timeout_kvm 124 'rep strings' "$TL" 4 -- run --timeout 1 "$G/repspin.elf"
expect rep_timeout_sim 124 'rep strings' "$TL" 4 -- run --sim --timeout 1 "$G/repspin.elf"

# A time limit that runs out while VMs are still being set up is a time
# limit (124) for every VM, never a monitor error (126).
expect setup_timeout 124 - 'vm 199( \([^)]*\))?: time limit exceeded' 30 -- run --quiet --vms 200 --timeout 0.05 "$G/spin.elf"
if grep -q 'error' "$tmp/err"; then echo "FAIL setup_timeout: a VM reported an error"; fail=1; fi
expect setup_timeout_sim 124 - 'vm 199( \([^)]*\))?: time limit exceeded' 30 -- run --sim --quiet --vms 200 --timeout 0.05 "$G/spin.elf"

# Only regular files are guests: a FIFO is refused at once (open() used to
# wait for a writer forever), in run and in check.
mkfifo "$tmp/fifo.elf"
expect fifo_run 2 - 'fifo.elf: not a regular file' 4 -- run "$tmp/fifo.elf"
expect fifo_check 2 - 'fifo.elf: not a regular file' 4 -- check "$tmp/fifo.elf"
# ... and as a disk (the device's open() and the recorder's used to wait for
# a writer forever)
expect fifo_disk_run 126 - 'attaching the devices \(disk .*fifo.elf\)' 4 -- run --disk "$tmp/fifo.elf" "$G/hello.elf"
expect fifo_disk_record 126 - 'attaching the devices \(disk .*fifo.elf\)' 4 -- record -o "$tmp/f.hst" --disk "$tmp/fifo.elf" "$G/hello.elf"
expect dev_null 2 - 'not a regular file' 4 -- run /dev/null

# What cannot be a time limit is refused, naming the range.
for t in inf nan 1e30 9223372036854775807 0 -1 1x ''; do
	expect "timeout_'$t'" 2 - 'at most 31536000' 4 -- run --timeout "$t" "$G/hello.elf"
done
expect timeout_max 0 'hello' - 4 -- run --timeout 31536000 "$G/hello.elf"

# Every numeric option: strict, range-checked, the message names the limit.
expect mem_overflow 2 - "multiple of 2M from 8M to 64G" 4 -- run --mem 17592186044424M "$G/hello.elf"
expect mem_zero 2 - "multiple of 2M from 8M to 64G" 4 -- run --mem 0 "$G/hello.elf"
expect mem_66G 2 - "--mem 66G: .* to 64G" 4 -- run --mem 66G "$G/hello.elf"
expect mem_junk 2 - "wants a size" 4 -- run --mem 12Q "$G/hello.elf"
expect vms_wrap 2 - "from 1 to 1024, not '4294967297'" 4 -- run --vms 4294967297 "$G/hello.elf"
expect vms_zero 2 - "from 1 to 1024" 4 -- run --vms 0 "$G/hello.elf"
expect seed_zero 2 - "--seed wants a number from 1" 4 -- run --seed 0 "$G/hello.elf"
expect seed_junk 2 - "--seed wants a number from 1" 4 -- run --seed x "$G/hello.elf"
expect seed_hex 0 hello - 4 -- run --seed 0x7 "$G/hello.elf"
expect clock_big 2 - "--clock-step wants nanoseconds from 1 to 1000000000" 4 -- run --clock-step 99999999999 "$G/hello.elf"
expect clock_neg 2 - "--clock-step wants nanoseconds" 4 -- run --clock-step -5 "$G/hello.elf"
expect extra_file 2 - '3 guest programs for 2 VMs' 4 -- run --vms 2 "$G/hello.elf" "$G/hello.elf" "$G/hello.elf"
expect option_late 0 '^hello' - 4 -- run "$G/hello.elf" --timeout 1

# Memory the host cannot give: one VM larger than RAM + swap, or VMs whose
# fixed cost alone (1/256 of guest memory each) does not fit. Checked on
# hosts with less than 64G of RAM + swap.
if [ "$(awk '/^(MemTotal|SwapTotal):/ { s += $2 } END { print (s < 64 * 1024 * 1024) }' /proc/meminfo)" = 1 ]; then
	expect mem_host_one 2 - '^hsim: --mem 64G is more than this host has' 4 -- run --mem 64G "$G/hello.elf"
	expect mem_host_all 2 - '^hsim: 1024 VMs x 16G: their fixed cost alone \(64G' 4 -- run --vms 1024 --mem 16G "$G/hello.elf"
fi
expect mem_many_small 0 - - 60 -- run --quiet --vms 64 "$G/hello.elf"

# A guest that touches ever more memory is stopped before the host runs
# out (HSIM_MEM_LIMIT sets the limit low), in both engines; under --sim a
# memset of 64 MiB at a time still sees the time limit at once (it once
# ran seconds of rep stos between looks at it).
export HSIM_MEM_LIMIT=400
expect mem_guard_kvm 126 '^eating$' 'vm 0( \([^)]*\))?: error: .*out of host memory: hsim.s resident memory reached [0-9]+ MiB, more than the 400 MiB' 10 -- run --mem 4G "$G/memhog.elf"
expect mem_guard_sim 126 '^eating$' 'vm 0( \([^)]*\))?: error: .*out of host memory' 10 -- run --sim --mem 4G "$G/memhog.elf"
unset HSIM_MEM_LIMIT
expect memspin_timeout_sim 124 'spinning' "$TL" 2 -- run --sim --timeout 0.1 "$G/memspin.elf"
[ "$ms" -le 600 ] || { echo "FAIL memspin_timeout_sim: a 0.1 s limit took $ms ms"; fail=1; }

# SIGINT, SIGTERM, SIGHUP: every VM stopped and reported, partial console
# lines flushed, exit 128 + signal. (env resets the SIGINT that sh ignores
# in background jobs.)
sigtest() {
	name=$1 sig=$2 rc=$3
	shift 3
	# fresh files: the previous run's "waiting" lines must not count (the
	# signal would then reach the shell's child before it is hsim, where
	# a background job ignores SIGINT, and the run would never end)
	rm -f "$tmp/out" "$tmp/err"
	env --default-signal=INT,TERM,HUP "$HSIM" run --vms 2 "$@" "$G/partial.elf" \
		>"$tmp/out" 2>"$tmp/err" </dev/null &
	pid=$!
	# wait for both VMs to be running
	i=0
	while n=$(grep -c 'waiting$' "$tmp/out" 2>/dev/null); [ "${n:-0}" -lt 2 ] && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ "${n:-0}" -ge 2 ] || echo "     the VMs did not start within 10 s"
	kill -"$sig" $pid
	wait_for $pid 20
	ok=1
	[ "$got" = "$rc" ] || { echo "FAIL $name: exit status $got, want $rc"; ok=0; }
	for v in 0 1; do
		grep -Eq "vm $v( \([^)]*\))?: interrupted at 0x[0-9a-f]+ \(main" "$tmp/err" ||
			{ echo "FAIL $name: no 'vm $v: interrupted at'"; ok=0; }
		grep -q "^\[vm $v\] partial line$" "$tmp/out" ||
			{ echo "FAIL $name: vm $v's partial line lost"; ok=0; }
	done
	report "$name" $ok
}
sigtest sigint INT 130
sigtest sigterm TERM 143
sigtest sighup HUP 129
sigtest sigint_sim INT 130 --sim

# hsim check lists the first findings and counts the rest; --all lists all.
expect check_capped 1 '^  \.\.\. and 49980 more \(--all lists every one\)$' - 10 -- check "$G/manymmx.elf"
[ "$(wc -l <"$tmp/out")" -le 30 ] || { echo "FAIL check_capped: $(wc -l <"$tmp/out") lines"; fail=1; }
expect check_all 1 '^  50000 instructions hsim cannot run exactly$' - 20 -- check --all "$G/manymmx.elf"
[ "$(grep -c paddb "$tmp/out")" = 50000 ] || { echo "FAIL check_all: not every finding listed"; fail=1; }

exit $fail
