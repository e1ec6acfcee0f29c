"""Writes COUNT seeded token mutations of the programs in DIR, one repr per line (used by syntax-diff.sh).

   syntax_mutants.py SEED COUNT DIR OUT
"""
import io, random, sys, tokenize, glob
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
srcs = [open(f).read() for f in sorted(glob.glob(sys.argv[3] + '/*.py'))]
VOC = ["(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+=", "*", "**", "-", "->", "@", ";", ":=", "...",
       "if", "else", "elif", "for", "in", "while", "def", "class", "return", "yield", "lambda", "not", "and",
       "try", "except", "finally", "with", "as", "import", "from", "global", "nonlocal", "del", "pass", "break",
       "continue", "raise", "await", "async", "match", "case", "x", "y", "0", "1.5", "2j", "'s'", "f'{x}'",
       "b'b'", "\n", "\n    ", "    ", "None", "True", "#c\n", "f'{", "}'", "!r", "'''", '"', "\\", "0777", "$", "€"]
def spans(s):
    out = []
    lines = s.splitlines(keepends=True)
    starts = [0]
    for l in lines: starts.append(starts[-1] + len(l))
    try:
        for t in tokenize.generate_tokens(io.StringIO(s).readline):
            if t.type in (tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT, tokenize.NL, tokenize.COMMENT): continue
            a = starts[t.start[0]-1] + t.start[1]; b = starts[t.end[0]-1] + t.end[1]
            if a < b <= len(s): out.append((a, b))
    except Exception:
        pass
    return out
res = []
while len(res) < int(sys.argv[2]):
    s = random.choice(srcs)
    for _ in range(random.randint(1, 2)):
        sp = spans(s)
        if not sp: break
        a, b = random.choice(sp)
        k = random.randrange(4)
        if k == 0: s = s[:a] + s[b:]
        elif k == 1: s = s[:b] + s[a:b] + s[b:]
        elif k == 2:
            w = random.choice(VOC); s = s[:a] + w + ("" if w.endswith("\n") else " ") + s[a:]
        else:
            i = sp.index((a, b))
            if i + 1 < len(sp):
                c, d = sp[i+1]; s = s[:a] + s[c:d] + s[b:c] + s[a:b] + s[d:]
    res.append(s)
with open(sys.argv[4], 'w') as f:
    for s in res: f.write(repr(s) + "\n")
