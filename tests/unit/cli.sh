#!/bin/sh
# hsim as a command-line tool, without KVM: `make install` into a temporary
# DESTDIR, and the README's library program built against the installed
# tree with the README's own pkg-config command (no Capstone include
# directory in --cflags); each command's --help and `hsim help CMD` (stdout,
# 0); bad options (one line and a "Try" line, exit 2); options after file
# names and `--`; strict numbers for every numeric option; the exit status
# of several VMs (the worst outcome wins) and the "hsim: vm N (file): "
# messages, under --sim; --json of check and run --stats; the man pages
# (groff without warnings, every option --help lists appears in the page);
# hsim-cc's include directory and --showme; programs gcc built for the host
# (dynamic, static glibc, static-pie) named in one line.
HSIM=${HSIM:-tools/hsim}
G=${HSIM_GUESTS:-tests/guests}
builddir=$(cd "$(dirname "$HSIM")/.." && pwd)
srcdir=$(cd "${HSIM_TRACES:-$builddir/traces}/.." && pwd)
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

# readme_block NAME: the code block of README.md after "<!-- test: NAME -->"
readme_block() {
	awk -v tag="<!-- test: $1 -->" '
		$0 == tag { want = 1; next }
		want && /^```/ { if (inside) exit; inside = 1; next }
		inside { print }' "$srcdir/README.md"
}

# ---- make install, and the README's program linked against it --------------
inst=$tmp/inst
if make -C "$builddir" install DESTDIR="$inst" >"$tmp/install.log" 2>&1; then
	ok "make install DESTDIR"
else
	bad "make install DESTDIR"
	tail -20 "$tmp/install.log"
fi
pcdir=$(dirname "$(find "$inst" -name hsim.pc | head -1)")
export PKG_CONFIG_PATH="$pcdir" PKG_CONFIG_SYSROOT_DIR="$inst"
cflags=$(pkg-config --cflags hsim)
case $cflags in
*capstone*) bad "pkg-config --cflags hsim leaks Capstone's directory: $cflags" ;;
*) ok "pkg-config --cflags hsim: $cflags" ;;
esac
readme_block host.c >"$tmp/host.c"
[ -s "$tmp/host.c" ] || bad "README.md has no <!-- test: host.c --> block"
# the README's command, as written
if (cd "$tmp" && gcc host.c $(pkg-config --cflags --libs hsim) -o host) >"$tmp/cc.log" 2>&1; then
	ok "README's program links: gcc host.c \$(pkg-config --cflags --libs hsim)"
else
	bad "README's program does not link against the installed tree"
	head -20 "$tmp/cc.log"
fi
for f in bin/hsim bin/hsim-cc include/hsim.h lib/libhsim.a share/man/man1/hsim.1 \
	share/man/man1/hsim-cc.1; do
	[ -n "$(find "$inst" -path "*/$f")" ] && ok "installed $f" || bad "make install lacks $f"
done

# ---- help ---------------------------------------------------------------------
cmds="run record replay dump stat diff events check export"
for c in $cmds; do
	"$HSIM" "$c" --help >"$tmp/h1" 2>"$tmp/h1.err"
	s1=$?
	"$HSIM" help "$c" >"$tmp/h2" 2>"$tmp/h2.err"
	s2=$?
	if [ $s1 = 0 ] && [ $s2 = 0 ] && [ ! -s "$tmp/h1.err" ] && [ ! -s "$tmp/h2.err" ] &&
		head -1 "$tmp/h1" | grep -q "^usage: hsim $c " && cmp -s "$tmp/h1" "$tmp/h2"; then
		ok "hsim $c --help = hsim help $c: its own usage on stdout, 0"
	else
		bad "hsim $c --help ($s1) / hsim help $c ($s2)"
		head -3 "$tmp/h1" "$tmp/h1.err" "$tmp/h2.err"
	fi
	"$HSIM" "$c" -h >"$tmp/h3" 2>&1
	[ $? = 0 ] && cmp -s "$tmp/h1" "$tmp/h3" && ok "hsim $c -h" || bad "hsim $c -h"
done
"$HSIM" help >"$tmp/h" 2>&1 && grep -q '^  help \[command\]' "$tmp/h" && ok "hsim help: the commands" ||
	bad "hsim help"
"$HSIM" help bogus >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] && grep -q "^hsim: help: no command 'bogus'$" "$tmp/err" && ok "hsim help bogus: 2" ||
	bad "hsim help bogus"

# ---- bad options: one line naming it, one pointing at --help, 2 --------------
# bad_opt NAME WANT-LINE ARGS...: stderr is WANT-LINE, then "Try 'hsim CMD --help'."
bad_opt() {
	b_name=$1 b_want=$2
	shift 2
	"$HSIM" "$@" >"$tmp/out" 2>"$tmp/err"
	b_st=$?
	printf '%s\nTry '\''hsim %s --help'\''.\n' "$b_want" "$1" >"$tmp/want"
	if [ $b_st = 2 ] && [ ! -s "$tmp/out" ] && cmp -s "$tmp/want" "$tmp/err"; then
		ok "$b_name: 2, '$b_want'"
	else
		bad "$b_name: status $b_st, want 2 and '$b_want'"
		sed 's/^/     /' "$tmp/out" "$tmp/err" | head -8
	fi
}
for c in $cmds; do
	bad_opt "$c --bogus" "hsim: $c: unknown option '--bogus'" "$c" --bogus "$G/hello.elf"
done
bad_opt "run -Z" "hsim: run: unknown option '-Z'" run -Z "$G/hello.elf"
bad_opt "run -qZ" "hsim: run: unknown option '-Z'" run -qZ "$G/hello.elf"
bad_opt "run --vms (no value)" "hsim: run: option '--vms' needs a value" run "$G/hello.elf" --vms
bad_opt "replay -j (no value)" "hsim: replay: option '-j' needs a value" replay x.hst -j
bad_opt "run --sim=1" "hsim: run: option '--sim' takes no value" run --sim=1 "$G/hello.elf"
bad_opt "dump --vm (no value)" "hsim: dump: option '--vm' needs a value" dump x.hst --vm
bad_opt "run -o" "hsim: run: -o/--output is an option of \`hsim record\`" run -o x.hst "$G/hello.elf"
bad_opt "record without -o" "hsim: record: no trace file given (-o FILE)" record --sim "$G/hello.elf"
bad_opt "run without a guest" "hsim: run: no guest program given" run --sim
bad_opt "check without a guest" "hsim: check: no guest program given" check --all
"$HSIM" bogus >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] && [ "$(head -1 "$tmp/err")" = "hsim: unknown command 'bogus'" ] && [ "$(wc -l <"$tmp/err")" = 2 ] &&
	ok "unknown command: two lines, 2" || bad "unknown command"

# ---- options after the files, and -- ------------------------------------------------
"$HSIM" run "$G/hello.elf" --sim --quiet >"$tmp/out" 2>"$tmp/err"
[ $? = 0 ] && [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ] && ok "run FILE --sim --quiet: options after the file" ||
	bad "run FILE --sim --quiet"
"$HSIM" check "$G/hello.elf" --all >"$tmp/out" 2>&1
[ $? = 0 ] && grep -q 'clean' "$tmp/out" && ok "check FILE --all" || bad "check FILE --all"
"$HSIM" check -- --all >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] && grep -q '^hsim: --all: ' "$tmp/err" && ok "check -- --all: a file named --all" ||
	{ bad "check -- --all"; cat "$tmp/err"; }
"$HSIM" run --sim "$G/mainargs.elf" --vms 1 -- --vms x >"$tmp/out" 2>"$tmp/err"
[ $? = 1 ] && grep -q '^argc 3 argv\[0\] [^ ]*mainargs.elf argv\[1\] set ' "$tmp/out" &&
	ok "run FILE -- ARGS: the words after -- are the guest's, even option-like ones" ||
	{ bad "run -- ARGS"; cat "$tmp/out" "$tmp/err"; }
"$HSIM" run --sim "$G/hello.elf" -- >"$tmp/out" 2>&1
[ $? = 0 ] && ok "run FILE --: no guest arguments" || bad "run FILE --"

# ---- strict numbers, every numeric option ----------------------------------------
# num CMD OPTION VALUE [ARGS...]: exit 2 with one line on stderr naming the option
num() {
	n_cmd=$1 n_opt=$2 n_val=$3
	shift 3
	"$HSIM" "$n_cmd" "$n_opt" "$n_val" "$@" >"$tmp/out" 2>"$tmp/err"
	n_st=$?
	if [ $n_st = 2 ] && [ "$(wc -l <"$tmp/err")" = 1 ] && grep -q -- "^hsim: $n_cmd: $n_opt" "$tmp/err"; then
		ok "$n_cmd $n_opt '$n_val': 2, one line"
	else
		bad "$n_cmd $n_opt '$n_val': status $n_st"
		sed 's/^/     /' "$tmp/err" | head -4
	fi
}
for v in x -1 ' 5' +5 '' 5x 99999999999999999999999; do
	for o in --vms --seed --clock-step --timeout --mem; do
		num run $o "$v" --sim "$G/hello.elf"
	done
	num record --checkpoint-every "$v" -o "$tmp/x.hst" --sim "$G/hello.elf"
	for o in -j --from --segment --timeout; do
		num replay $o "$v" x.hst
	done
	for o in --vm --from --to; do
		num dump $o "$v" x.hst
	done
	num diff --context "$v" a.hst b.hst
	num diff --vm "$v" a.hst b.hst
	num export --vm "$v" --chrome-trace x.hst
done
num run --seed 0 --sim "$G/hello.elf"
grep -q 'from 1 to 2^64-1' "$tmp/err" && ok "--seed 0: refused, the range named" || bad "--seed 0 message"
"$HSIM" run --help | grep -q '0 is refused' && ok "run --help says --seed 0 is refused" || bad "run --help on --seed 0"
"$HSIM" run --sim --seed 0x10 --quiet "$G/hello.elf" && ok "--seed 0x10" || bad "--seed 0x10"

# ---- the exit status of several VMs (--sim): the worst outcome wins --------------
for k in 3 7; do
	printf 'int main(void) { return %s; }\n' $k >"$tmp/exit$k.c"
	"$builddir/hsim-cc" -o "$tmp/exit$k.elf" "$tmp/exit$k.c" || bad "hsim-cc exit$k.c"
done
# status NAME WANT ARGS...: hsim run --sim --quiet ARGS exits with WANT
status() {
	s_name=$1 s_want=$2
	shift 2
	timeout -s KILL 60 "$HSIM" run --sim --quiet "$@" >"$tmp/out" 2>"$tmp/err"
	s_st=$?
	[ $s_st = "$s_want" ] && ok "status $s_name: $s_st" ||
		{ bad "status $s_name: $s_st, want $s_want"; sed 's/^/     /' "$tmp/err" | head -5; }
}
status "hello" 0 "$G/hello.elf"
status "exit 3" 3 "$tmp/exit3.elf"
status "hello, exit 3" 3 "$G/hello.elf" "$tmp/exit3.elf"
status "exit 7, exit 3: the first non-zero" 7 "$tmp/exit7.elf" "$tmp/exit3.elf"
status "exit 3, exit 7" 3 "$tmp/exit3.elf" "$tmp/exit7.elf"
status "hello, fault" 125 "$G/hello.elf" "$G/fault_ud.elf"
status "exit 7, fault: the fault" 125 "$tmp/exit7.elf" "$G/fault_ud.elf"
status "fault, exit 7" 125 "$G/fault_ud.elf" "$tmp/exit7.elf"
status "spin, exit 3: the time limit" 124 --timeout 0.3 "$G/spin.elf" "$tmp/exit3.elf"
status "spin, fault: the fault" 125 --timeout 0.3 "$G/spin.elf" "$G/fault_ud.elf"
status "fault, spin" 125 --timeout 0.3 "$G/fault_ud.elf" "$G/spin.elf"
status "exit 3, deadlock" 123 "$tmp/exit3.elf" "$G/chan_wait.elf" "$G/chan_wait.elf"
status "deadlock, spin: the time limit" 124 --timeout 0.3 "$G/spin.elf" "$G/chan_wait.elf"
status "3 files, --vms 2" 2 --vms 2 "$G/hello.elf" "$G/hello.elf" "$G/hello.elf"
grep -q "3 guest programs for 2 VMs" "$tmp/err" && ok "3 files for 2 VMs: said" || bad "3 files for 2 VMs: message"

# ---- messages about a VM: hsim:, its number and file -----------------------------
"$HSIM" run --sim --quiet "$G/hello.elf" "$G/fault_ud.elf" >"$tmp/out" 2>"$tmp/err"
grep -Eq '^hsim: vm 1 \(fault_ud\.elf\): guest fault #UD at 0x[0-9a-f]+ \(trigger' "$tmp/err" &&
	[ "$(wc -l <"$tmp/err")" = 1 ] && ok "fault message: 'hsim: vm 1 (fault_ud.elf): guest fault #UD at ...'" ||
	{ bad "fault message"; cat "$tmp/err"; }
"$HSIM" run --sim --quiet --stats "$G/hello.elf" >"$tmp/out" 2>"$tmp/err"
grep -Eq '^vm 0 \(hello\.elf\): exited, ' "$tmp/err" && ok "--stats lines: 'vm 0 (hello.elf): '" ||
	{ bad "--stats line"; cat "$tmp/err"; }

# ---- --json: check, run --stats ----------------------------------------------------
if command -v python3 >/dev/null; then
	"$HSIM" check --json "$G/hello.elf" "$G/untrapped.elf" /nonexistent >"$tmp/check.json" 2>"$tmp/err"
	st=$?
	why=$(python3 - "$tmp/check.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
f = {x["file"].rsplit("/", 1)[-1]: x for x in d["files"]}
bad = []
if d["exit_status"] != 2: bad.append("exit_status %r" % d["exit_status"])
h, u, n = f["hello.elf"], f["untrapped.elf"], f["nonexistent"]
if not (h["ok"] and h["findings"] == 0 and h["refused"] == []): bad.append("hello %r" % h)
if not (u["ok"] and u["findings"] == len(u["refused"]) > 0): bad.append("untrapped %r" % u["findings"])
if any(not i["addr"].startswith("0x") or not i["why"] for i in u["refused"] + u["patched"]): bad.append("items")
if n["ok"] or not n["error"]: bad.append("nonexistent %r" % n)
print("; ".join(bad))
PY
)
	[ $st = 2 ] && [ -z "$why" ] && ok "check --json: parsed, findings listed, status 2 (a file did not load)" ||
		{ bad "check --json: status $st: $why"; head -c 600 "$tmp/check.json"; }
	"$HSIM" run --sim --quiet --stats --json --regs "$G/hello.elf" "$G/fault_ud.elf" >"$tmp/run.json" 2>"$tmp/err"
	st=$?
	why=$(python3 - "$tmp/run.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
bad = []
v = d["vms"]
if d["exit_status"] != 125: bad.append("exit_status %r" % d["exit_status"])
if [x["status"] for x in v] != ["exited", "fault"]: bad.append("statuses")
if v[0]["exit_code"] != 0 or v[1]["exit_code"] is not None: bad.append("exit codes")
if "#UD" not in v[1]["message"] or v[1]["file"] != "fault_ud.elf": bad.append("vm 1 %r" % v[1])
if not (v[0]["instructions"] > 0 and v[0]["hypercalls"] > 0 and v[0]["events"]): bad.append("counts")
if not v[0]["regs"]["rip"].startswith("0x"): bad.append("regs")
print("; ".join(bad))
PY
)
	[ $st = 125 ] && [ -z "$why" ] && ok "run --stats --json: parsed, per VM, status 125" ||
		{ bad "run --stats --json: status $st: $why"; head -c 600 "$tmp/run.json"; }
	"$HSIM" run --sim --stats --json "$G/hello.elf" >"$tmp/run2.json" 2>/dev/null
	tail -1 "$tmp/run2.json" | python3 -m json.tool >/dev/null &&
		ok "run --stats --json with console output: the last line is the JSON" || bad "run --stats --json, console"
	bad_opt "run --json without --stats" "hsim: run: --json is the format of --stats: give both" run --json --sim "$G/hello.elf"
else
	echo "no python3: --json checks skipped"
fi

# ---- man pages -----------------------------------------------------------------
man=$srcdir/docs/man
for page in hsim.1 hsim-cc.1; do
	if command -v groff >/dev/null; then
		groff -man -Tutf8 -ww -z "$man/$page" >"$tmp/groff.err" 2>&1
		[ $? = 0 ] && [ ! -s "$tmp/groff.err" ] && ok "groff -man -ww $page: no warnings" ||
			{ bad "groff -man -ww $page"; head -10 "$tmp/groff.err"; }
	fi
done
# every option a command's --help lists (its option lines) appears in that
# command's section of hsim(1), and hsim-cc's in hsim-cc(1)
for c in $cmds; do
	"$HSIM" "$c" --help >"$tmp/help.$c"
done
why=$(python3 - "$tmp" "$man" $cmds <<'PY'
import re, sys
tmp, man, cmds = sys.argv[1], sys.argv[2], sys.argv[3:]
def text(path):
    t = open(path).read().replace("\\-", "-")
    return re.sub(r"\\f[BIRP]", "", t)
def options(help_text):
    opts = set()
    for line in help_text.splitlines():
        m = re.match(r"^\s+(-\S.*?)(\s{2,}|$)", line)
        if m:
            opts.update(re.findall(r"(?<![\w-])--?[A-Za-z][\w-]*", m.group(1)))
    return opts
page = text(man + "/hsim.1")
sections = dict(re.findall(r'^\.SS "hsim (\w+)"\n(.*?)(?=^\.S[SH] )', page, re.M | re.S))
bad = []
for c in cmds:
    if c not in sections:
        bad.append("hsim.1 has no section for %s" % c)
        continue
    want = options(open("%s/help.%s" % (tmp, c)).read())
    if not want:
        bad.append("%s --help lists no options" % c)
    for o in sorted(want):
        if not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(o), sections[c]):
            bad.append("%s %s" % (c, o))
cc = text(man + "/hsim-cc.1")
for o in ("--showme", "--help"):
    if o not in cc:
        bad.append("hsim-cc.1 lacks " + o)
print(", ".join(bad))
PY
)
[ -z "$why" ] && ok "every option of every command's --help is in its section of the man page" ||
	bad "options --help lists that the man page lacks: $why"

# ---- hsim-cc: gcc's include directory asked at run time; --showme ---------------
mkdir -p "$tmp/newgcc/include"
printf '#!/bin/sh\n[ "$1" = -print-file-name=include ] && { echo "%s"; exit 0; }\nexec gcc "$@"\n' \
	"$tmp/newgcc/include" >"$tmp/fakecc"
chmod +x "$tmp/fakecc"
HSIM_CC=$tmp/fakecc "$builddir/hsim-cc" --showme | grep -q -- "-isystem $tmp/newgcc/include " &&
	ok "hsim-cc: gcc's include directory is asked of the compiler at run time" ||
	bad "hsim-cc: gcc's include directory fixed at configure time"
for cc in "$builddir/hsim-cc" "$(find "$inst" -name hsim-cc -path '*/bin/*' | head -1)"; do
	dups=$("$cc" --showme | sed 's/-isystem /-isystem=/g' | tr ' ' '\n' | grep -v '^\.\.\.$' | sort | uniq -d)
	[ -z "$dups" ] && ok "hsim-cc --showme: no flag twice ($cc)" || bad "hsim-cc --showme repeats: $dups ($cc)"
done

# ---- programs built for the host: one line that says so --------------------------
printf '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n' >"$tmp/host.c"
printf 'void _start(void) { __asm__ volatile("mov $60, %%eax; syscall"); }\n' >"$tmp/bare.c"
# host_prog NAME REGEX GCC-ARGS...: built by gcc, hsim check and hsim run say REGEX in one line
host_prog() {
	h_name=$1 h_re=$2
	shift 2
	if ! gcc -O1 -o "$tmp/$h_name" "$@" 2>/dev/null; then
		echo "ok   $h_name: gcc cannot build it here: not checked"
		return
	fi
	"$HSIM" check "$tmp/$h_name" >"$tmp/out" 2>"$tmp/err"
	c_st=$?
	"$HSIM" run --sim "$tmp/$h_name" >"$tmp/rout" 2>"$tmp/rerr"
	r_st=$?
	if [ "$(cat "$tmp/out" "$tmp/err" | wc -l)" = 1 ] && grep -Eq -- "$h_re" "$tmp/out" "$tmp/err" &&
		[ "$(wc -l <"$tmp/rerr")" = 1 ] && grep -Eq -- "^hsim: .*$h_re" "$tmp/rerr" && [ $r_st = 2 ] &&
		[ $c_st != 0 ]; then
		ok "$h_name: one line, /$h_re/ (check $c_st, run $r_st)"
	else
		bad "$h_name: check $c_st ($(cat "$tmp/out" "$tmp/err" | wc -l) lines), run $r_st"
		head -3 "$tmp/out" "$tmp/err" "$tmp/rerr"
	fi
}
host_prog glibc-dynamic "dynamically linked \(interpreter [^)]*\) against glibc: build it with hsim-cc" "$tmp/host.c"
host_prog glibc-static "linked against glibc: build it with hsim-cc" -static "$tmp/host.c"
host_prog glibc-static-stripped "linked against glibc: build it with hsim-cc" -static -s "$tmp/host.c"
host_prog static-pie "a static-pie executable linked against glibc" -static-pie "$tmp/host.c"
# a static program without glibc gets its findings (the system call), not that line
if gcc -O1 -static -nostdlib -fno-pie -no-pie -o "$tmp/bare" "$tmp/bare.c" 2>/dev/null; then
	"$HSIM" check "$tmp/bare" >"$tmp/out" 2>&1
	[ $? = 1 ] && grep -q 'syscall' "$tmp/out" && ! grep -q glibc "$tmp/out" &&
		ok "a static program without glibc: its findings, not 'glibc'" || { bad "bare static program"; cat "$tmp/out"; }
fi
"$HSIM" check --all "$tmp/glibc-static" >"$tmp/out" 2>&1
[ "$(wc -l <"$tmp/out")" -gt 100 ] && ok "check --all on a glibc program: every finding" || bad "check --all glibc"
"$HSIM" check "$G/hello.elf" | grep -q glibc && bad "hello.elf named a glibc program" || ok "hello.elf: not a host program"

# ---- hsim record keeps the command line as given in the trace header -------------
"$HSIM" record -o "$tmp/cmd.hst" --sim --quiet "$G/hello.elf" --seed 5 >/dev/null 2>&1
"$HSIM" export --chrome-trace "$tmp/cmd.hst" >"$tmp/cmd.json" 2>/dev/null
name=$(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
ev = d["traceEvents"] if isinstance(d, dict) else d
print([e for e in ev if e.get("name") == "process_name"][0]["args"]["name"])' "$tmp/cmd.json" 2>&1)
[ "$name" = "hsim record -o $tmp/cmd.hst --sim --quiet $G/hello.elf --seed 5" ] &&
	ok "record: the trace header holds the command line as given" ||
	bad "record: the header's command line is '$name'"

exit $fail
