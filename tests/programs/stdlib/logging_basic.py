# logging: levels, the logger hierarchy, propagation, handlers, formatters and filters
import io
import logging
import sys

print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15))
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))
print(sorted(logging.getLevelNamesMapping().items())[:3])
print(logging.WARN, logging.FATAL, logging.NOTSET)

root = logging.getLogger()
print(root, root is logging.root, logging.getLogger('root') is root)
a = logging.getLogger('app')
abc = logging.getLogger('app.b.c')
print(abc.parent is a, a.parent is root)
ab = logging.getLogger('app.b')
print(abc.parent is ab, ab.parent is a)
print(a.getChild('b') is ab, repr(abc))
print(sorted(l.name for l in a.getChildren()))

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s'))
a.addHandler(h)
a.setLevel(logging.DEBUG)
abc.debug('debug %s', 'x')
abc.info('info %d %d', 1, 2)
ab.propagate = False
abc.warning('not propagated')
ab.propagate = True
abc.error('dict args %(k)s', {'k': 'v'})
abc.log(15, 'custom level')
print(out.getvalue(), end='')
print(abc.getEffectiveLevel(), abc.isEnabledFor(5), abc.isEnabledFor(10))
abc.setLevel('ERROR')
print(abc.getEffectiveLevel(), abc.isEnabledFor(30), repr(abc))

# styles
for style, fmt in (('%', '%(levelno)d %(message)s'), ('{', '{levelname:>8} {message!r}'),
                   ('$', '$name: ${message}')):
    out = io.StringIO()
    h2 = logging.StreamHandler(out)
    h2.setFormatter(logging.Formatter(fmt, style=style))
    lg = logging.getLogger('style' + style)
    lg.propagate = False
    lg.addHandler(h2)
    lg.warning('hello %s', style)
    print(out.getvalue(), end='')

for bad in (('%(message', '%'), ('plain', '%'), ('{', '{'), ('no fields', '$')):
    try:
        logging.Formatter(bad[0], style=bad[1])
    except ValueError as e:
        print('ValueError', e)
try:
    logging.Formatter('x', style='#')
except ValueError as e:
    print('ValueError', e)
f = logging.Formatter('%(missing)s')
rec = logging.makeLogRecord({'msg': 'm', 'levelno': 20, 'levelname': 'INFO', 'name': 'n'})
try:
    f.format(rec)
except ValueError as e:
    print('ValueError', e)
print(logging.Formatter('%(a)s-%(message)s', defaults={'a': 'A'}).format(rec))

# filters
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1

out = io.StringIO()
h3 = logging.StreamHandler(out)
lg = logging.getLogger('filt')
lg.propagate = False
lg.addHandler(h3)
lg.addFilter(OnlyOdd())
for i in range(5):
    lg.warning('n=%d', i)
h3.addFilter(lambda r: 'n=3' not in r.getMessage())
for i in range(5):
    lg.warning('again %d', i)
print(out.getvalue(), end='')
nf = logging.Filter('a.b')
for name in ('a.b', 'a.b.c', 'a.bc', 'a', 'x'):
    print(name, bool(nf.filter(logging.makeLogRecord({'name': name}))))

# records
r = logging.LogRecord('nm', logging.INFO, '/x/y/mod.py', 42, 'msg %s', ('arg',), None, 'fn')
print(r.name, r.levelname, r.levelno, r.pathname, r.filename, r.module, r.lineno, r.funcName)
print(r.getMessage(), repr(r), r.exc_info, r.exc_text, r.stack_info)
print(r.processName, r.threadName, type(r.msecs).__name__, r.taskName)

# handler reprs and levels
hh = logging.StreamHandler(sys.stdout)
print(repr(hh), repr(logging.NullHandler()), repr(logging.StreamHandler(io.StringIO())))
hh.setLevel('INFO')
print(hh.level, logging.lastResort, logging.lastResort.level)
try:
    hh.setLevel('NOPE')
except ValueError as e:
    print('ValueError', e)
try:
    hh.setLevel(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    logging.getLogger(1)
except TypeError as e:
    print('TypeError', e)
try:
    a.log('x', 'y')
except TypeError as e:
    print('TypeError', e)
try:
    logging.Handler().emit(r)
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    abc.error('x', extra={'name': 1})
except KeyError as e:
    print('KeyError', e)

# adapter
out = io.StringIO()
h4 = logging.StreamHandler(out)
h4.setFormatter(logging.Formatter('%(user)s %(message)s'))
lg = logging.getLogger('adapt')
lg.propagate = False
lg.addHandler(h4)
ad = logging.LoggerAdapter(lg, {'user': 'bob'})
ad.warning('hi %s', 'there')
ad.info('hidden')
class Pref(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return '[%s] %s' % (self.extra['user'], msg), kwargs
Pref(lg, {'user': 'amy'}).error('boom')
print(out.getvalue(), end='')
print(repr(ad), ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(30))

# disable
logging.disable(logging.ERROR)
print(lg.isEnabledFor(40), lg.isEnabledFor(50))
logging.disable(logging.NOTSET)
print(lg.isEnabledFor(40))
