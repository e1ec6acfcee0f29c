import shlex
print(shlex.__all__)
for s in ['a b  c', 'one "two three" four', "it's", "'it'\"'\"'s'", 'a\\ b c', '"a\\"b" \'a\\b\'',
          'x # comment here', 'x#y z', '  ', '', 'a"b"c d', '"" \'\' x', 'ls -l | grep foo; echo $HOME > out',
          'tab\tsep\nnewline', '"esc \\$ \\\\ \\n"', "ß é"]:
    for kw in ({}, {'comments': True}, {'posix': False}):
        try:
            print(repr(s), kw, shlex.split(s, **kw))
        except ValueError as e:
            print(repr(s), kw, type(e).__name__, e)
for bad in ['"open', "'open", 'trailing\\', '"x\\']:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, type(e).__name__, e)
try:
    shlex.split(None)
except ValueError as e:
    print(type(e).__name__, e)
for s in ['', 'abc', 'a b', "it's", 'x@y.z:1,2/3+4=5%-_', '$HOME', 'a"b', 'tab\t', 'é']:
    print(repr(s), '->', shlex.quote(s))
for v in [b'abc', 5]:
    try:
        shlex.quote(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(shlex.join(['echo', 'hello world', "it's", '', '$x']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f'])))
# the shlex class
lex = shlex.shlex('a = b + "c d" # note\nnext(line)')
print(repr(lex.eof), lex.posix, lex.whitespace_split, repr(lex.commenters), repr(lex.quotes), repr(lex.escape))
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks)
lex = shlex.shlex('a && b || (c; d) >> out', punctuation_chars=True)
print(lex.punctuation_chars, list(lex))
lex = shlex.shlex('a && b|c', posix=True, punctuation_chars='|&')
print(list(lex))
lex = shlex.shlex('one two three', posix=True)
print(lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), list(lex))
lex = shlex.shlex("x-y.z=1 'q r'", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("x-y.z=1 'q r'")
print(list(lex))
lex = shlex.shlex('a;b', posix=True)
lex.commenters = ';'
print(list(lex))
lex = shlex.shlex('a b', infile='f.sh')
print(lex.infile, lex.error_leader(), lex.error_leader('g', 7))
try:
    lex.punctuation_chars = 'x'
except AttributeError as e:
    print(type(e).__name__)
lex = shlex.shlex('"unterminated', posix=True)
try:
    list(lex)
except ValueError as e:
    print(type(e).__name__, e)
