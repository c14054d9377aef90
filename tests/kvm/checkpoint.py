#!/usr/bin/env python3
"""Compare the checkpoints of two traces of one deterministic guest, e.g. one
recorded in KVM and one under --sim: checkpoints at the same event numbers,
and at each the guest memory the checkpoints rebuild (the loaded image plus
every checkpoint's pages so far) the same in both, page for page.

Pages one engine reports and the other does not must then hold what the
loaded image holds: KVM's dirty log also names pages the guest only read
(docs/kvm-notes.md). The loaded image is the ELF's PT_LOAD segments with the
monitor's traps in place (`hsim check --all`: patched instructions,
`hsim events`: code entries get an int3).

usage: checkpoint.py HSIM GUEST.elf A.hst B.hst [--simulate SYM ...]
Prints one line per check; exit 0 if all hold, 1 if not."""
import json
import re
import struct
import subprocess
import sys

PAGE = 4096
FNV_INIT = 0xcbf29ce484222325
FNV_PRIME = 0x100000001b3
MASK = (1 << 64) - 1


def fnv1a(data):
    h = FNV_INIT
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK
    return "%016x" % h


def load_image(path):
    """{page address: bytearray} of the PT_LOAD segments (bss zero)."""
    raw = open(path, "rb").read()
    phoff, = struct.unpack_from("<Q", raw, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", raw, 0x36)
    pages = {}
    for i in range(phnum):
        ptype, _flags, off, vaddr, _paddr, filesz, memsz, _align = \
            struct.unpack_from("<IIQQQQQQ", raw, phoff + i * phentsize)
        if ptype != 1:
            continue
        data = raw[off:off + filesz] + bytes(memsz - filesz)
        for j, b in enumerate(data):
            a = vaddr + j
            pg = pages.setdefault(a & ~(PAGE - 1), bytearray(PAGE))
            pg[a & (PAGE - 1)] = b
    return pages


def apply_traps(hsim, elf, simulate, pages):
    out = subprocess.run([hsim, "check", "--all", elf], capture_output=True, text=True).stdout
    for line in out.splitlines():
        m = re.match(r"\s*0x([0-9a-f]+)\s+((?:[0-9a-f]{2} )+)", line)
        if not m or "(patched" not in line:
            continue
        addr, n = int(m.group(1), 16), len(m.group(2).split())
        trap = bytes([0x0f, 0x0b] + [0xcc] * (n - 2))
        for j, b in enumerate(trap):
            pages[(addr + j) & ~(PAGE - 1)][(addr + j) & (PAGE - 1)] = b
    args = [hsim, "events"]
    for s in simulate:
        args += ["--simulate", s]
    out = subprocess.run(args + [elf], capture_output=True, text=True).stdout
    for line in out.splitlines():
        m = re.match(r"code 0x([0-9a-f]+)", line)
        if m:
            addr = int(m.group(1), 16)
            pages[addr & ~(PAGE - 1)][addr & (PAGE - 1)] = 0xcc


def checkpoints(hsim, trace):
    out = subprocess.run([hsim, "dump", "--json", trace], capture_output=True, text=True,
                         check=True).stdout
    return [r for r in map(json.loads, out.splitlines()) if r["type"] == "checkpoint"]


def main():
    hsim, elf, ta, tb = sys.argv[1:5]
    simulate = sys.argv[6::2] if len(sys.argv) > 5 else []
    image = load_image(elf)
    apply_traps(hsim, elf, simulate, image)
    init = {a: fnv1a(p) for a, p in image.items()}
    zero = fnv1a(bytes(PAGE))
    A, B = checkpoints(hsim, ta), checkpoints(hsim, tb)
    bad = 0
    if [c["event"] for c in A] != [c["event"] for c in B] or not A:
        print("FAIL checkpoint events differ: %s vs %s" %
              ([c["event"] for c in A][:10], [c["event"] for c in B][:10]))
        return 1
    ma, mb = {}, {}
    extra = 0
    for ca, cb in zip(A, B):
        pa = dict((int(g, 16), h) for g, h in ca["pages"])
        pb = dict((int(g, 16), h) for g, h in cb["pages"])
        assert len(pa) == ca["npages"] and len(pb) == cb["npages"]
        extra += len(set(pa) ^ set(pb))
        ma.update(pa)
        mb.update(pb)
        for g in set(ma) | set(mb):
            va = ma.get(g, init.get(g, zero))
            vb = mb.get(g, init.get(g, zero))
            if va != vb:
                print("FAIL event %d: page 0x%x differs (%s %s, %s %s)" %
                      (ca["event"], g, ta, va, tb, vb))
                bad += 1
                if bad > 10:
                    return 1
    if bad:
        return 1
    print("ok   %d checkpoints at the same events, the same memory at each "
          "(%d pages written, %d reported by one side only and unchanged)" %
          (len(A), len(ma), extra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
