import string
print(string.__all__)
for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.capwords(' hello   world  of python '), string.capwords('a-b-c', '-'), string.capwords('ÄBC déf'))
T = string.Template
t = T('$who likes $what, ${who}s pay $$10')
print(t.substitute(who='tim', what='kung pao'), '|', t.substitute({'who': 'ann', 'what': 'x'}, what='y'))
print(t.safe_substitute(who='joe'), t.get_identifiers(), t.is_valid(), t.template)
for text in ['abc $ x', 'a\nbc $', '${x', '$x$$y${z}', '$1', '${1}', 'x\n\n$', '${ x}', '$', '$$', 'plain']:
    tt = T(text)
    try:
        print(repr(tt.substitute(x=1, y=2, z=3)))
    except (ValueError, KeyError) as e:
        print(repr(text), type(e).__name__, e)
    print(repr(tt.safe_substitute(x=1)), tt.is_valid(), tt.get_identifiers())
try:
    T('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
class Pct(string.Template):
    delimiter = '%'
print(Pct('%who owes %%5 to %{whom}').substitute(who='a', whom='b'))
class Dotted(string.Template):
    idpattern = r'[a-z]+\.[a-z]+'
print(Dotted('$user.name is $user.age').safe_substitute({'user.name': 'kim'}))
f = string.Formatter()
print(f.format('{0}-{1}-{0}', 'a', 'b'), f.format('{} and {}', 1, 2), f.format('{x.real}/{y[1]}', x=3, y='pq'))
print(f.format('{0!r:>8}|{1:{w}.{p}f}|{2!s}|{3!a}', 'hi', 3.14159, None, 'é', w=9, p=3))
print(f.format('{{literal}} {}', 'x'), f.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
print(list(f.parse('a{{b}}c{0!r:>{w}}d{x.y[1]}e{}')))
print(f.get_field('a.real', (), {'a': 5}), f.get_value(0, ('z',), {}), f.convert_field(5, 'r'), f.format_field(3.5, '06.2f'))
for s, args in [('{}{0}', (1,)), ('{0}{}', (1,)), ('{0:{1:{2}}}', (1, 2, 3)), ('{a!x}', ()), ('}', ()), ('{', ()), ('{0[}', (1,))]:
    try:
        print(f.format(s, *args, a=1))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError('unused: ' + ','.join(sorted(extra)))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
try:
    Strict().format('{a} {zz}', a=1, b=2, c=3)
except ValueError as e:
    print(e)
print(Strict().format('{a} {zz}', a=1))
