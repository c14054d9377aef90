#!/bin/sh
# Set up a fresh Debian 12 machine and build hsim in this tree: install the
# packages (apt-get, through sudo when not root), autoreconf, configure, make.
# Safe to run again: each step is skipped when already done.
# HSIM_CONFIGURE_FLAGS adds configure options (e.g. --enable-werror).
set -e
cd "$(dirname "$0")/.."

pkgs="build-essential autoconf automake pkg-config libzstd-dev libelf-dev libcapstone-dev libcmocka-dev python3 groff-base"
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
	sudo=
	[ "$(id -u)" = 0 ] || sudo=sudo
	echo "bootstrap: installing$missing"
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
fi
[ -x configure ] || autoreconf -fi
[ -f Makefile ] || ./configure ${HSIM_CONFIGURE_FLAGS:-}
make -j"$(nproc)"
