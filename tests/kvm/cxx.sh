#!/bin/sh
# C++ guests with the standard library (hsim-c++): the C wrapper headers
# (tests/guests/cxx_cheaders.cc) and a C++ program of containers,
# algorithms, strings, templates, lambdas, static objects and virtual
# calls (tests/programs/cxx) are built natively with g++ against glibc and
# libstdc++ and as guests; every guest run (KVM, --sim, -O2 and -O0, a
# recording and its replays) prints what the native program prints, with
# its exit status, and an uncaught std::out_of_range ends both alike. The
# supported headers compile alone in every C++ standard from C++11 (C++98's
# in C++98 too); the unsupported ones (streams, threads, locales, ...) and
# exceptions stop the build with a message naming the alternative; a main
# without a return returns 0. Skips (77) without /dev/kvm.
HSIM=${HSIM:-tools/hsim}
here=$(cd "$(dirname "$0")" && pwd)
src=$here/../programs/cxx
guests=$here/../guests
. "$here/lib.sh"
. "$here/../replay_lib.sh"
RECORD_INFO=stat
HCXX=${HSIM_GUEST_CXX:-$(dirname "$HSIM")/../hsim-c++}
HCC=$(dirname "$HCXX")/hsim-cc
NCXX="${NATIVE_CXX:-g++} -fno-exceptions -fno-rtti"
LIMIT="timeout -s KILL ${HARD_LIMIT:-300}"
WARN="-Wall -Wextra -Werror"

# same LABEL ELF NATIVE-PREFIX [hsim run options] -- ARGS: the guest's stdout,
# stderr (hsim's own report of a non-zero exit aside) and exit status are
# the native run's ($tmp/NATIVE-PREFIX.out, .err, .rc)
same() {
	label=$1 elf=$2 n=$tmp/$3
	shift 3
	for e in kvm sim; do
		o=
		[ $e = sim ] && o=--sim
		# shellcheck disable=SC2086
		$LIMIT "$HSIM" run $o "$elf" "$@" >"$tmp/h.out" 2>"$tmp/h.err" </dev/null
		h=$?
		grep -Ev 'vm 0( \([^)]*\))?: ' "$tmp/h.err" >"$tmp/h.err2"
		if [ "$h" = "$(cat "$n.rc")" ] && cmp -s "$n.out" "$tmp/h.out" && cmp -s "$n.err" "$tmp/h.err2"; then
			ok "$label ($e): exit $h, output identical to the native one ($(wc -l <"$n.out") lines)"
		else
			bad "$label ($e): exit $h, native $(cat "$n.rc")"
			diff "$n.out" "$tmp/h.out" | head -10 | sed 's/^/     /'
			diff "$n.err" "$tmp/h.err2" | head -5 | sed 's/^/     /'
		fi
	done
}

# native PREFIX BINARY ARGS: run the native build, keep its output and status
native() {
	p=$tmp/$1
	bin=$2
	shift 2
	# (in a subshell whose stderr is dropped: the shell's own "Aborted")
	("$bin" "$@" >"$p.out" 2>"$p.err" </dev/null; echo $? >"$p.rc") 2>/dev/null
}

# ---- 1. the C headers in namespace std, C++'s overloads --------------------------
for std in c++17 c++20; do
	if $NCXX -std=$std -O2 $WARN -o "$tmp/ch.native" "$guests/cxx_cheaders.cc" 2>"$tmp/cc.err" &&
	   "$HCXX" -std=$std -O2 $WARN -o "$tmp/ch.elf" "$guests/cxx_cheaders.cc" 2>>"$tmp/cc.err"; then
		native ch "$tmp/ch.native"
		same "C headers, -std=$std" "$tmp/ch.elf" ch
	else
		bad "C headers, -std=$std: build"; show "$tmp/cc.err"
	fi
done

# ---- 2. the program -----------------------------------------------------------------
if ! $NCXX -O2 $WARN -o "$tmp/prog.native" "$src"/*.cc 2>"$tmp/cc.err"; then
	bad "native build"; show "$tmp/cc.err"
	exit 1
fi
native prog "$tmp/prog.native"
native at "$tmp/prog.native" at
if [ "$(cat "$tmp/prog.rc")" != 0 ] || ! grep -q '^0 failed checks$' "$tmp/prog.out" ||
   [ "$(cat "$tmp/at.rc")" != 134 ] || ! grep -q "instance of 'std::out_of_range'" "$tmp/at.err"; then
	bad "native runs: exit $(cat "$tmp/prog.rc") and $(cat "$tmp/at.rc") (want 0 and 134)"
	show "$tmp/prog.out" "$tmp/at.err"
	exit 1
fi
ok "native (g++ -O2, glibc and libstdc++): $(wc -l <"$tmp/prog.out") lines, its checks passed"

for o in O2 O0; do
	if ! "$HCXX" -$o $WARN -o "$tmp/$o.elf" "$src"/*.cc 2>"$tmp/cc.err"; then
		bad "hsim-c++ -$o build"; show "$tmp/cc.err"
		continue
	fi
	# nothing of the host's C or C++ libraries is linked in
	if nm "$tmp/$o.elf" | grep -q ' U '; then
		bad "-$o: undefined symbols"; nm "$tmp/$o.elf" | grep ' U ' | head -5
	fi
	same "-$o program" "$tmp/$o.elf" prog
done
[ -f "$tmp/O2.elf" ] && same "-O2 uncaught out_of_range" "$tmp/O2.elf" at -- at

# ---- 3. recorded in KVM, replayed -------------------------------------------------------
if [ -f "$tmp/O2.elf" ]; then
	record cxx "$tmp/O2.elf"
	if [ "$rrc" = 0 ] && cmp -s "$tmp/prog.out" "$tmp/cxx.rec.out"; then
		ok "hsim record: exit 0, output identical to the native one"
	else
		bad "hsim record: exit $rrc, or the output differs"
		diff "$tmp/prog.out" "$tmp/cxx.rec.out" | head -10
		show "$tmp/cxx.rec.err"
	fi
	equivalent "cxx replay sim" "$tmp/cxx.hst" equivalent
	equivalent "cxx replay direct" "$tmp/cxx.hst" equivalent --direct
fi

# ---- 4. the supported headers, alone, in each standard --------------------------------
SUPPORTED="algorithm any array bit bitset cassert cctype cerrno cfenv cfloat charconv chrono cinttypes
climits clocale cmath complex compare concepts csetjmp csignal cstdarg cstddef cstdint cstdio
cstdlib cstring ctime cwchar cwctype deque forward_list functional initializer_list iterator
limits list map memory new numbers numeric optional queue random ranges ratio set span stack
string string_view system_error tuple type_traits typeindex unordered_map unordered_set utility
valarray variant vector version atomic exception typeinfo math.h stdlib.h stdint.h"
# what a standard before C++20 (or C++17) does not have: the header says so itself
pre20="bit compare concepts numbers ranges span version"
pre17="any charconv optional string_view variant"
# C++98 (the C wrappers must not need C++11 either)
CXX98="algorithm bitset cassert cctype cerrno cfloat climits clocale cmath csetjmp csignal cstdarg
cstddef cstdio cstdlib cstring ctime cwchar cwctype complex deque functional iterator limits list
map new numeric queue set stack string utility valarray vector math.h stdlib.h"
nbad=0 n=0
for std in c++98 c++11 c++14 c++17 c++20; do
	hs=$SUPPORTED
	[ $std = c++98 ] && hs=$CXX98
	for h in $hs; do
		case $std in c++1[14]) case " $pre17 $pre20 " in *" $h "*) continue ;; esac ;; esac
		case $std in c++1[147]) case " $pre20 " in *" $h "*) continue ;; esac ;; esac
		n=$((n + 1))
		printf '#include <%s>\nint main() { return 0; }\n' "$h" >"$tmp/h.cc"
		if ! "$HCXX" -std=$std $WARN -fsyntax-only "$tmp/h.cc" >"$tmp/h.err" 2>&1; then
			[ $nbad -lt 5 ] && { echo "     <$h> -std=$std:"; show "$tmp/h.err"; }
			nbad=$((nbad + 1))
		fi
	done
done
[ $nbad = 0 ] && ok "$n supported header and standard pairs compile alone" ||
	bad "$nbad of $n supported header and standard pairs do not compile"

# ---- 5. what is not supported stops the build, and says what to use ------------------------
# refused HEADER WORD: <HEADER> does not compile; the message names it and WORD
refused() {
	printf '%s\nint main() { return 0; }\n' "$1" >"$tmp/u.cc"
	if "$HCXX" -c -o "$tmp/u.o" "$tmp/u.cc" >"$tmp/u.err" 2>&1; then
		bad "refused: '$1' compiled"
	elif grep -q "$2" "$tmp/u.err"; then
		ok "refused: '$1': $(grep -m1 -o 'error: .*' "$tmp/u.err" | cut -c1-110)"
	else
		bad "refused: '$1' fails without naming '$2'"; show "$tmp/u.err"
	fi
}
for h in iostream istream ostream sstream fstream iomanip ios streambuf; do
	refused "#include <$h>" "hsim-c++: <$h> is not supported.*use <cstdio> (printf"
done
for h in thread mutex condition_variable future shared_mutex semaphore; do
	refused "#include <$h>" "hsim-c++: <$h> is not supported: a guest is one thread.*--vms"
done
refused "#include <locale>" "hsim-c++: <locale> is not supported.*<cstdio>"
refused "#include <regex>" "hsim-c++: <regex> is not supported"
refused "#include <filesystem>" "hsim-c++: <filesystem> is not supported.*fopen"
# <complex> reads <sstream> (for its operator<<): the program's own
# #include <sstream> after it is still refused
refused "#include <complex>
#include <sstream>" "hsim-c++: <sstream> is not supported"
refused "void f() { throw 1; }" "exception handling disabled"
refused "void f() { try { } catch (...) { } }" "exception handling disabled"
refused "#include <typeinfo>
const std::type_info &f() { return typeid(int); }" "fno-rtti"
for f in -fexceptions -frtti; do
	"$HCXX" $f -c -o "$tmp/u.o" "$tmp/u.cc" >"$tmp/u.err" 2>&1
	r=$?
	if [ $r = 2 ] && [ "$(cat "$tmp/u.err")" = "hsim-c++: $f: C++ exceptions and RTTI are not supported in guests (docs/cxx.md)" ]; then
		ok "refused: $f"
	else
		bad "refused: $f (exit $r)"; show "$tmp/u.err"
	fi
done
# C++20's <memory> and <chrono> read <ostream> and <sstream> themselves: they compile
printf '#include <memory>\n#include <chrono>\n#include <complex>\nint main() { auto p = std::make_unique<int>(1); return *p - 1; }\n' >"$tmp/m.cc"
if "$HCXX" -std=c++20 $WARN -o "$tmp/m.elf" "$tmp/m.cc" >"$tmp/m.err" 2>&1 && "$HSIM" run "$tmp/m.elf" >/dev/null 2>&1; then
	ok "C++20 <memory>, <chrono>, <complex> (they read the stream headers) build and run"
else
	bad "C++20 <memory>, <chrono>, <complex>"; show "$tmp/m.err"
fi

# ---- 6. main may end without a return (C++ and C99 say: it returns 0) ---------------------
printf '#include <cstdio>\nint main() { std::puts("the end of main"); }\n' >"$tmp/nr.cc"
if "$HCXX" -O2 -o "$tmp/nr.elf" "$tmp/nr.cc" >"$tmp/nr.err" 2>&1; then
	for o in "" --sim; do
		# shellcheck disable=SC2086
		"$HSIM" run $o "$tmp/nr.elf" >"$tmp/nr.out" 2>&1
		r=$?
		if [ $r = 0 ] && [ "$(cat "$tmp/nr.out")" = "the end of main" ]; then
			ok "main without a return${o:+ ($o)}: exit 0"
		else
			bad "main without a return${o:+ ($o)}: exit $r"; show "$tmp/nr.out"
		fi
	done
else
	bad "main without a return: build"; show "$tmp/nr.err"
fi

# ---- 7. the C path is as it was ------------------------------------------------------------
if "$HCC" --showme | grep -q 'include/c++'; then
	bad "hsim-cc names the C++ headers"
else
	ok "hsim-cc does not name the C++ headers"
fi
exit "$fail"
