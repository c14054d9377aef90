#!/bin/sh
# hsim as a command-line tool, in KVM: every command of the README's tour
# runs as written in the build tree (no usage or load error, the exit status
# its comment names); the README's library program, built against a
# `make install` tree, runs hello.elf; SIGINT during hsim record and SIGTERM
# during hsim replay stop every VM and say where each was.
. "$(dirname "$0")/lib.sh"
builddir=$(cd "$(dirname "$HSIM")/.." && pwd)
srcdir=$(cd "${HSIM_TRACES:-$builddir/traces}/.." && pwd)

# readme_block NAME: the code block of README.md after "<!-- test: NAME -->"
readme_block() {
	awk -v tag="<!-- test: $1 -->" '
		$0 == tag { want = 1; next }
		want && /^```/ { if (inside) exit; inside = 1; next }
		inside { print }' "$srcdir/README.md"
}

# ---- the tour -------------------------------------------------------------
mkdir "$tmp/tour"
for f in hsim-cc tools examples tests; do
	ln -s "$builddir/$f" "$tmp/tour/$f"
done
readme_block hello.c >"$tmp/tour/hello.c"
readme_block tour >"$tmp/tour.sh"
[ -s "$tmp/tour/hello.c" ] && [ -s "$tmp/tour.sh" ] || bad "README.md lacks the tour's marked blocks"
n=0
while IFS= read -r line; do
	n=$((n + 1))
	# "exits with N" or "exit N" in the comment: that status; else any that
	# is not a usage or load error (2), a monitor error (126) or a missing
	# command (127)
	want=$(printf '%s\n' "$line" | sed -n 's/.*#.*exit[s]* \(with \)*\([0-9][0-9]*\).*/\2/p')
	(cd "$tmp/tour" && timeout -s KILL 60 sh -c "$line") >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	if [ -n "$want" ] && [ "$got" != "$want" ]; then
		bad "tour line $n: exit status $got, want $want: $line"
		show "$tmp/out" "$tmp/err"
	elif [ -z "$want" ] && { [ $got = 2 ] || [ $got -ge 126 ]; }; then
		bad "tour line $n: exit status $got: $line"
		show "$tmp/out" "$tmp/err"
	else
		ok "tour line $n (status $got): ${line%%#*}"
	fi
done <"$tmp/tour.sh"
[ $n -ge 10 ] || bad "the tour has only $n lines"

# ---- the README's library program, against the installed tree -----------------
inst=$tmp/inst
if make -C "$builddir" install DESTDIR="$inst" >"$tmp/install.log" 2>&1; then
	pcdir=$(dirname "$(find "$inst" -name hsim.pc | head -1)")
	readme_block host.c >"$tmp/tour/host.c"
	if (cd "$tmp/tour" && PKG_CONFIG_PATH="$pcdir" PKG_CONFIG_SYSROOT_DIR="$inst" \
		gcc host.c $(PKG_CONFIG_PATH="$pcdir" PKG_CONFIG_SYSROOT_DIR="$inst" \
		pkg-config --cflags --libs hsim) -o host) >"$tmp/cc.log" 2>&1; then
		(cd "$tmp/tour" && ./host) >"$tmp/out" 2>"$tmp/err"
		got=$?
		check_run "README's program runs hello.elf" 0 "^vm 0: exited, exit code 3$" - "$got"
		report "README's program runs hello.elf" $ok
	else
		bad "README's program does not build against the installed tree"
		head -20 "$tmp/cc.log"
	fi
else
	bad "make install DESTDIR"
	tail -20 "$tmp/install.log"
fi
# ---- signals during record and replay: every VM stopped, where each was ---------
env --default-signal=INT,TERM,HUP "$HSIM" record -o "$tmp/sig.hst" --vms 2 "$G/partial.elf" \
	>"$tmp/out" 2>"$tmp/err" </dev/null &
pid=$!
i=0
while n=$(grep -c 'waiting$' "$tmp/out" 2>/dev/null); [ "${n:-0}" -lt 2 ] && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
kill -INT $pid
wait_for $pid 20
ok=1
[ "$got" = 130 ] || { echo "FAIL record SIGINT: status $got, want 130"; ok=0; }
for v in 0 1; do
	grep -Eq "^hsim: vm $v \(partial\.elf\): interrupted at 0x[0-9a-f]+ \(main" "$tmp/err" ||
		{ echo "FAIL record SIGINT: no 'hsim: vm $v (partial.elf): interrupted at'"; ok=0; }
done
"$HSIM" stat "$tmp/sig.hst" >/dev/null 2>&1 || { echo "FAIL record SIGINT: the trace does not read"; ok=0; }
report "record: SIGINT stops both VMs, says where, the trace reads, 130" $ok

if "$HSIM" record -o "$tmp/demo.hst" --quiet --vms 4 "$HSIM_EXAMPLES/demo.elf" >/dev/null 2>&1; then
	env --default-signal=INT,TERM,HUP "$HSIM" replay "$tmp/demo.hst" >"$tmp/out" 2>"$tmp/err" </dev/null &
	pid=$!
	sleep 1
	kill -TERM $pid
	wait_for $pid 20
	if [ "$got" = 0 ]; then
		echo "ok   replay: SIGTERM came after the end (a fast host): not checked"
	else
		ok=1
		[ "$got" = 143 ] || { echo "FAIL replay SIGTERM: status $got, want 143"; ok=0; }
		grep -q "^replay .*: interrupted$" "$tmp/out" || { echo "FAIL replay SIGTERM: no verdict"; ok=0; }
		[ "$(grep -Ec '^  vm [0-3] \(demo\.elf\): ' "$tmp/out")" = 4 ] ||
			{ echo "FAIL replay SIGTERM: not every VM's place"; ok=0; }
		report "replay: SIGTERM stops every VM, says where each was, 143" $ok
	fi
else
	bad "record demo.elf"
fi
exit $fail
