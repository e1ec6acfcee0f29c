#!/usr/bin/env python3
"""Annotates HotSpot's hex dumps of compiled methods with perf samples (see tools/hot-asm).

hot_asm.py PRINT_OUTPUT IPS OUT_DIR: PRINT_OUTPUT is what -XX:+PrintAssembly wrote without hsdis ([MachCode]
blocks of hex words under "Compiled method" headers), IPS one sampled instruction address per line (perf script -F
ip). Writes OUT_DIR/<n>.s for each compiled version: objdump's disassembly with HotSpot's comments (calls, oops,
safepoint polls) and, left of each instruction, the samples that hit it.
"""
import collections
import re
import subprocess
import sys


def blocks(lines):
    """(header, [(address, bytes or comment)]) for each [MachCode] block."""
    header, body = None, None
    for line in lines:
        if line.startswith('Compiled method'):
            header = line.strip()
        elif line.startswith('[MachCode]'):
            body = []
        elif line.startswith('[/MachCode]'):
            yield header, body
            body = None
        elif body is not None:
            m = re.match(r'\s*0x([0-9a-f]+): (.*)', line)
            if m:
                body.append((int(m.group(1), 16), m.group(2)))


def assemble(body):
    """The code bytes, their start address and HotSpot's comments by address."""
    code, base, notes = bytearray(), None, collections.defaultdict(list)
    for address, text in body:
        if text.startswith(';'):
            notes[address].append(text.strip())
            continue
        hexdigits = text.replace('|', '').replace(' ', '')
        if not re.fullmatch(r'[0-9a-f]+', hexdigits):
            continue
        if base is None:
            base = address
        if address != base + len(code):
            raise SystemExit('gap in the dump at %#x' % address)
        code += bytes.fromhex(hexdigits)
    return bytes(code), base, notes


def disassemble(code, base, out_dir):
    path = '%s/code.bin' % out_dir
    with open(path, 'wb') as f:
        f.write(code)
    text = subprocess.run(['objdump', '-D', '-b', 'binary', '-m', 'i386:x86-64', '--adjust-vma=%#x' % base, path],
                          capture_output=True, text=True, check=True).stdout
    for line in text.split('\n'):
        m = re.match(r'\s*([0-9a-f]+):\t(.*)', line)
        if m:
            yield int(m.group(1), 16), m.group(2)


def dispatch_stretches(listing):
    """For each indirect jump: the instructions from the safepoint poll before it, and their samples."""
    for i, (_, _, text) in enumerate(listing):
        if 'jmp    *' in text:
            j = i
            while j > 0 and not re.search(r'test +%eax,\(%r', listing[j][2]):
                j -= 1
            yield listing[j:i + 1]


def main():
    lines = open(sys.argv[1], errors='replace').read().split('\n')
    samples = collections.Counter()
    for line in open(sys.argv[2]):
        try:
            samples[int(line.strip(), 16)] += 1
        except ValueError:
            pass
    out_dir = sys.argv[3]
    hottest = None
    for n, (header, body) in enumerate(blocks(lines)):
        code, base, notes = assemble(body)
        listing = [(samples.get(a, 0), a, t) for a, t in disassemble(code, base, out_dir)]
        total = sum(s for s, _, _ in listing)
        with open('%s/%d.s' % (out_dir, n), 'w') as f:
            f.write(header + '\n')
            for s, a, t in listing:
                for note in notes.get(a, []):
                    f.write('        %s\n' % note)
                f.write('%6s %x: %s\n' % (s or '', a, t))
        print('%d.s: %6d samples  %s' % (n, total, header))
        if total and (hottest is None or total > hottest[0]):
            hottest = (total, n, listing)
    if hottest:
        total, n, listing = hottest
        for stretch in dispatch_stretches(listing):
            s = sum(x[0] for x in stretch)
            stores = sum(1 for x in stretch if re.search(r',(0x[0-9a-f]+)?\(%rsp\)$', x[2].strip()))
            print('%d.s: indirect jump at %x: %d instructions from the safepoint poll, %d stack stores, %d samples '
                  '(%.0f%% of the version\'s)' % (n, stretch[-1][1], len(stretch), stores, s, 100.0 * s / total))


if __name__ == '__main__':
    main()
