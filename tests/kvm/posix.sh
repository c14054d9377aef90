#!/bin/sh
# The SDK's POSIX/GNU pieces and complex.h, tgmath.h, uchar.h against
# glibc: each test program (tests/guests/posix_*.c) is built with hsim-cc
# and natively, run with the same arguments, environment and input, and
# must print what glibc's prints, in KVM and in --sim. complex.h's results
# are compared within a few ulp (the comparator below says how many); KVM
# and --sim must print them bit for bit. The sleeping functions wait on
# the guest's clock: with --clock-step a run is repeatable and a recording
# replays. Skips (77) without /dev/kvm.
. "$(dirname "$0")/lib.sh"
SRC=$(cd "$(dirname "$0")/../guests" && pwd)
HCC=${HSIM_CC_BIN:-$(dirname "$HSIM")/../hsim-cc}
NCC=${NATIVE_CC:-gcc}

# build NAME FLAGS...: $tmp/NAME.elf (hsim-cc, no warnings) and $tmp/NAME.native
build() {
	b=$1
	shift
	if ! "$HCC" -Wall -Wextra -Werror "$@" -o "$tmp/$b.elf" "$SRC/$b.c" -lm >"$tmp/build.err" 2>&1 ||
	   ! $NCC "$@" -o "$tmp/$b.native" "$SRC/$b.c" -lm >>"$tmp/build.err" 2>&1; then
		bad "build $b"
		show "$tmp/build.err"
		return 1
	fi
}

# same LABEL PROG "NAME=VALUE ..." -- ARGS...: the native run (in exactly
# that environment, stdin $STDIN) and the guest's in KVM and --sim give the
# same stdout, stderr and exit status
same() {
	label=$1 prog=$2 envs=$3
	shift 3
	[ "$1" = -- ] && shift
	hopts=
	for e in $envs; do hopts="$hopts --env $e"; done
	# shellcheck disable=SC2086
	env -i $envs "$tmp/$prog.native" "$@" >"$tmp/n.out" 2>"$tmp/n.err" <"${STDIN:-/dev/null}"
	n=$?
	for engine in kvm sim; do
		o=
		[ $engine = sim ] && o=--sim
		# shellcheck disable=SC2086
		"$HSIM" run $o --timeout 120 $hopts ${STDIN:+--stdin "$STDIN"} "$tmp/$prog.elf" -- "$@" \
			>"$tmp/h.out" 2>"$tmp/h.err" </dev/null
		h=$?
		grep -Ev 'vm 0( \([^)]*\))?: ' "$tmp/h.err" >"$tmp/h.err2"
		if [ $h != $n ] || ! cmp -s "$tmp/n.out" "$tmp/h.out" || ! cmp -s "$tmp/n.err" "$tmp/h.err2"; then
			bad "$label ($engine): exit $h, native $n"
			diff "$tmp/n.out" "$tmp/h.out" | head -10
			diff "$tmp/n.err" "$tmp/h.err2" | head -5
		else
			ok "$label ($engine)"
		fi
	done
}

# ---- 1. strings, random numbers, environment, stdio, uchar.h, unistd.h ------
# stdin: short lines, and lines longer than stdio's buffer
{
	printf 'stdin line one\nline two\n'
	head -c 10000 /dev/zero | tr '\0' a; echo
	head -c 300 /dev/zero | tr '\0' b; echo
	head -c 5000 /dev/zero | tr '\0' c; printf 'no newline'
} >"$tmp/in.txt"
if build posix_libc -O2; then
	STDIN="$tmp/in.txt" same libc posix_libc "HSIM_GIVEN=yes"
	same quick_exit posix_libc "" -- quick
	same _exit posix_libc "" -- _exit
	build posix_libc -O0 && STDIN="$tmp/in.txt" same libc-O0 posix_libc "HSIM_GIVEN=yes"
fi

# no host file is written: remove/rename of a --file name say EROFS,
# freopen reads one and refuses to write (stdout stays)
cat >"$tmp/files.c" <<'C'
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int main(void)
{
	char line[64];
	int e;
	errno = 0; e = remove("data"); printf("remove %d %s\n", e, strerror(errno));
	errno = 0; e = rename("data", "other"); printf("rename %d %s\n", e, strerror(errno));
	errno = 0; e = unlink("nope"); printf("unlink %d %s\n", e, strerror(errno));
	printf("access %d\n", access("data", R_OK));
	errno = 0; printf("freopen w %d", freopen("data", "w", stdout) == NULL);
	printf(" %s\n", strerror(errno));
	if (!freopen("data", "r", stdin))
		return 1;
	while (fgets(line, sizeof line, stdin))
		printf("stdin: %s", line);
	errno = 0; printf("freopen missing %d", freopen("nope", "r", stdin) == NULL);
	printf(" %s\n", strerror(errno));
	FILE *f = tmpfile();
	fprintf(f, "%d %s", 42, "tmp");
	rewind(f);
	int n = 0;
	char w[8];
	printf("tmpfile fscanf %d", fscanf(f, "%d %7s", &n, w));
	printf(" %d %s\n", n, w);
	return fclose(f);
}
C
printf 'one\ntwo\n' >"$tmp/data.txt"
if "$HCC" -Wall -Wextra -Werror -O2 -o "$tmp/files.elf" "$tmp/files.c" >"$tmp/build.err" 2>&1; then
	printf '%s\n' "remove -1 Read-only file system" "rename -1 Read-only file system" \
		"unlink -1 No such file or directory" "access 0" "freopen w 1 Read-only file system" \
		"stdin: one" "stdin: two" "freopen missing 1 No such file or directory" \
		"tmpfile fscanf 2 42 tmp" >"$tmp/files.want"
	for o in "" --sim; do
		"$HSIM" run $o --file data="$tmp/data.txt" "$tmp/files.elf" >"$tmp/files.out" 2>&1
		if [ $? = 0 ] && cmp -s "$tmp/files.want" "$tmp/files.out"; then
			ok "files: EROFS, freopen, tmpfile${o:+ $o}"
		else
			bad "files${o:+ $o}"; diff "$tmp/files.want" "$tmp/files.out" | head
		fi
	done
else
	bad "build files.c"; show "$tmp/build.err"
fi

# ---- 2. getopt, getopt_long, getopt_long_only ---------------------------------
if build posix_getopt -O2; then
	same getopt posix_getopt ""
	same getopt-posixly-correct posix_getopt "POSIXLY_CORRECT=1"
fi

# ---- 3. tgmath.h ----------------------------------------------------------------
build posix_tgmath -O2 && same tgmath posix_tgmath ""

# ---- 4. complex.h over a grid, within a few ulp of glibc ------------------------
# ulp NATIVE GUEST TOL TOL_F TOL_POW: per function (and f/l form), the
# largest difference in ulps of the native result's larger finite part
# (float ulps for the f forms); a NaN, an infinity or a zero's sign must be
# the same. cpow is exp(w log z), as glibc's, whose error grows with
# |w log z|: glibc's cpowf is computed in float and cpowl in long double
# (the SDK's both in double), so cpow gets a wider bound.
cat >"$tmp/ulp.c" <<'C'
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct st { char name[64]; double max; long n, kind; char worst[200]; };
static struct st st[512];
static int nst;

static struct st *find(const char *name)
{
	for (int i = 0; i < nst; i++)
		if (!strcmp(st[i].name, name))
			return &st[i];
	snprintf(st[nst].name, sizeof st[nst].name, "%s", name);
	return &st[nst++];
}

int main(int argc, char **argv)
{
	FILE *a = fopen(argv[1], "r"), *b = fopen(argv[2], "r");
	double tol = atof(argv[3]), tol_f = atof(argv[4]), tol_pow = atof(argv[5]);
	char la[256], lb[256], na[64], nb[64];
	int bad = 0;

	if (!a || !b)
		return 2;
	while (fgets(la, sizeof la, a)) {
		double x, y, r[2], g[2], xb, yb, big, u, err = 0;
		if (!fgets(lb, sizeof lb, b) ||
		    sscanf(la, "%63s %la %la %la %la", na, &x, &y, &r[0], &r[1]) != 5 ||
		    sscanf(lb, "%63s %la %la %la %la", nb, &xb, &yb, &g[0], &g[1]) != 5 ||
		    strcmp(na, nb) || (x != xb && !(isnan(x) && isnan(xb))) ||
		    (y != yb && !(isnan(y) && isnan(yb)))) {
			printf("FAIL the outputs do not line up: %s  / %s", la, lb);
			return 1;
		}
		struct st *s = find(na);
		int f = na[strlen(na) - 1] == 'f';
		s->n++;
		big = fmax(isfinite(r[0]) ? fabs(r[0]) : 0, isfinite(r[1]) ? fabs(r[1]) : 0);
		u = ldexp(1, (big > 0 ? ilogb(big) : -1022) - (f ? 23 : 52));
		if (f && u < 0x1p-149)
			u = 0x1p-149;
		for (int k = 0; k < 2; k++) {
			if (isnan(r[k]) || isnan(g[k])) {
				if (!isnan(r[k]) || !isnan(g[k]))
					goto kind;
			} else if (isinf(r[k]) || isinf(g[k]) || (r[k] == 0 && g[k] == 0)) {
				if (r[k] != g[k] || signbit(r[k]) != signbit(g[k]))
					goto kind;
			} else if (fabs(g[k] - r[k]) / u > err) {
				err = fabs(g[k] - r[k]) / u;
			}
			continue;
		kind:
			if (!s->kind++)
				printf("     %s(%a, %a): %a %a, glibc %a %a\n", na, x, y, g[0], g[1], r[0], r[1]);
		}
		if (err > s->max) {
			s->max = err;
			snprintf(s->worst, sizeof s->worst, "at (%g, %g): %.17g %.17g, glibc %.17g %.17g",
				 x, y, g[0], g[1], r[0], r[1]);
		}
	}
	for (int i = 0; i < nst; i++) {
		struct st *s = &st[i];
		int f = s->name[strlen(s->name) - 1] == 'f';
		double t = !strncmp(s->name, "cpow", 4) ? tol_pow : f ? tol_f : tol;
		int fail = s->kind || s->max > t;
		printf("%s %-20s %4ld points: max %5.2f ulp (bound %g), %ld NaN/inf/zero-sign differences %s\n",
		       fail ? "FAIL" : "ok  ", s->name, s->n, s->max, t, s->kind, s->worst);
		bad |= fail;
	}
	return bad;
}
C
if build posix_complex -O2 && $NCC -O2 -o "$tmp/ulp" "$tmp/ulp.c" -lm >"$tmp/build.err" 2>&1; then
	"$tmp/posix_complex.native" >"$tmp/complex.native"
	"$HSIM" run --timeout 120 "$tmp/posix_complex.elf" >"$tmp/complex.kvm" 2>"$tmp/complex.err"
	r1=$?
	"$HSIM" run --sim --timeout 300 "$tmp/posix_complex.elf" >"$tmp/complex.sim" 2>>"$tmp/complex.err"
	r2=$?
	if [ $r1 = 0 ] && [ $r2 = 0 ] && cmp -s "$tmp/complex.kvm" "$tmp/complex.sim"; then
		ok "complex: KVM and --sim print the same bits ($(wc -l <"$tmp/complex.kvm") results)"
	else
		bad "complex: KVM and --sim (exit $r1, $r2)"
		show "$tmp/complex.err"
		diff "$tmp/complex.kvm" "$tmp/complex.sim" | head -5
	fi
	# bounds: 4 ulp (double, and the long double forms, computed in
	# double, against glibc's rounded to double), 2 float ulp, 16 for cpow
	if "$tmp/ulp" "$tmp/complex.native" "$tmp/complex.kvm" 4 2 16 >"$tmp/ulp.out"; then
		ok "complex: within a few ulp of glibc, the same special values"
	else
		bad "complex: against glibc"
		grep -v '^ok' "$tmp/ulp.out" | head -20
	fi
	grep '^ok' "$tmp/ulp.out" | sed 's/^/     /' | head -100
else
	bad "build the comparator"; show "$tmp/build.err"
fi

# ---- 5. sleeping on the guest clock -----------------------------------------------
cat >"$tmp/sleep.c" <<'C'
#include <stdio.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
int main(void)
{
	struct timespec a, b, req = { 0, 250000000 };
	struct timeval tv;
	clock_gettime(CLOCK_MONOTONIC, &a);
	sleep(2);
	usleep(500000);
	nanosleep(&req, NULL);
	clock_gettime(CLOCK_MONOTONIC, &b);
	gettimeofday(&tv, NULL);
	printf("slept %lld ns, now %ld.%06ld\n", (long long)(b.tv_sec - a.tv_sec) * 1000000000 +
	       (b.tv_nsec - a.tv_nsec), (long)tv.tv_sec, (long)tv.tv_usec);
	return 0;
}
C
if "$HCC" -Wall -Wextra -Werror -O2 -o "$tmp/sleep.elf" "$tmp/sleep.c" >"$tmp/build.err" 2>&1; then
	# 1 ms a read: 2.75 s of sleep is some 2750 reads, repeatable
	"$HSIM" run --timeout 60 --clock-step 1000000 "$tmp/sleep.elf" >"$tmp/s1" 2>&1
	"$HSIM" run --sim --timeout 60 --clock-step 1000000 "$tmp/sleep.elf" >"$tmp/s2" 2>&1
	ns=$(sed -n 's/^slept \([0-9]*\) ns.*/\1/p' "$tmp/s1")
	if [ -n "$ns" ] && [ "$ns" -ge 2750000000 ] && [ "$ns" -lt 2760000000 ] && cmp -s "$tmp/s1" "$tmp/s2"; then
		ok "sleep/usleep/nanosleep wait on the clock: $(cat "$tmp/s1"), the same in --sim"
	else
		bad "sleep on the clock"; show "$tmp/s1" "$tmp/s2"
	fi
	# on the host's clock a sleep takes its time
	start=$(date +%s%N)
	"$HSIM" run --timeout 60 "$tmp/sleep.elf" >"$tmp/s3" 2>&1
	took=$((($(date +%s%N) - start) / 1000000))
	ns=$(sed -n 's/^slept \([0-9]*\) ns.*/\1/p' "$tmp/s3")
	if [ -n "$ns" ] && [ "$ns" -ge 2750000000 ] && [ $took -ge 2750 ]; then
		ok "sleep on the host's clock: ${took} ms"
	else
		bad "sleep on the host's clock (${took} ms)"; show "$tmp/s3"
	fi
	# a recording replays the waits read for read
	if "$HSIM" record -o "$tmp/sleep.hst" --clock-step 1000000 "$tmp/sleep.elf" >"$tmp/rec.out" 2>&1 &&
	   "$HSIM" replay --json "$tmp/sleep.hst" >"$tmp/replay.json" 2>&1 &&
	   grep -q '"verdict": *"equivalent"' "$tmp/replay.json"; then
		ok "sleep recorded and replayed"
	else
		bad "sleep recorded and replayed"; show "$tmp/rec.out" "$tmp/replay.json"
	fi
	if "$HSIM" record -o "$tmp/sleep2.hst" "$tmp/sleep.elf" >"$tmp/rec.out" 2>&1 &&
	   "$HSIM" replay --json "$tmp/sleep2.hst" >"$tmp/replay.json" 2>&1 &&
	   grep -q '"verdict": *"equivalent"' "$tmp/replay.json"; then
		ok "sleep on the host's clock recorded and replayed"
	else
		bad "sleep on the host's clock recorded and replayed"; show "$tmp/rec.out" "$tmp/replay.json"
	fi
else
	bad "build sleep.c"; show "$tmp/build.err"
fi
exit $fail
