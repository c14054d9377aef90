#!/usr/bin/env python3
# Writes the tables of sdk/libc/explog_tab.h (needs mpmath):
#   python3 sdk/libc/gen_explog_tab.py > table-body; see explog.c for their use.
from mpmath import mp, mpf, log, exp, power
import struct
mp.prec = 200
def d(x): return float(x)
def hexd(x): return float.hex(x)
def fb(u): return struct.unpack('<d', struct.pack('<Q', u))[0]
out=[]
# exp: 2^(j/128) as hi + lo
out.append("/* 2^(j/128) = exp2_tab[j][0] + exp2_tab[j][1] */")
out.append("static const double exp2_tab[128][2] = {")
for j in range(128):
    v = power(2, mpf(j)/128); hi = d(v); lo = d(v - mpf(hi))
    out.append("\t{ %s, %s }," % (hexd(hi), hexd(lo)))
out.append("};")
OFF = 0x3fe6955500000000
out.append("/* log: for z in interval i, invc ~ 1/z's centre, chi + clo = 1/invc,")
out.append(" * logc_hi + logc_lo = -log(invc) */")
out.append("static const struct log_entry {\n\tdouble invc, chi, clo, logc_hi, logc_lo;\n} log_tab[128] = {")
for i in range(128):
    lo_ = fb(OFF + (i << 45)); hi_ = fb(OFF + ((i + 1) << 45))
    if lo_ <= 1.0 < hi_:
        invc = 1.0
    else:
        c = (mpf(lo_) + mpf(hi_)) / 2
        invc = d(1 / c)
    ci = 1 / mpf(invc); chi = d(ci); clo = d(ci - mpf(chi))
    lc = -log(mpf(invc)); lch = d(lc); lcl = d(lc - mpf(lch))
    out.append("\t{ %s, %s, %s, %s, %s }," % (hexd(invc), hexd(chi), hexd(clo), hexd(lch), hexd(lcl)))
out.append("};")
print("\n".join(out))
