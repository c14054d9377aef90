#!/bin/sh
# hsim as a command-line tool, without KVM: `make install` into a temporary
# DESTDIR, and the README's library program built against the installed
# tree with the README's own pkg-config command (no Capstone include
# directory in --cflags); each command's --help and `hsim help CMD` (stdout,
# 0); bad options (one line and a "Try" line, exit 2); options after file
# names and `--`; strict numbers; the man pages (groff without warnings,
# every option --help lists appears in the page).
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
for f in bin/hsim bin/hsim-cc include/hsim.h lib/libhsim.a; do
	[ -n "$(find "$inst" -path "*/$f")" ] && ok "installed $f" || bad "make install lacks $f"
done
exit $fail
