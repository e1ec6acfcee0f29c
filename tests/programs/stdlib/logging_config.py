# logging: basicConfig's options, the last-resort handler, file handlers and logging.handlers
import io
import logging
import logging.handlers
import sys

logging.warning('before config goes to stderr via basicConfig %d', 1)
logging.info('not shown')
print(logging.root.handlers[0].formatter._fmt)
logging.basicConfig(level=logging.DEBUG)   # ignored: root has a handler
print(logging.root.level)

out = io.StringIO()
logging.basicConfig(stream=out, level='INFO', format='{levelname}:{message}', style='{', force=True)
logging.info('info %s', 'shown')
logging.debug('debug hidden')
logging.log(25, 'level 25')
logging.critical('crit')
logging.fatal('fatal')
print(out.getvalue(), end='')

out = io.StringIO()
logging.basicConfig(stream=out, format='$levelname/$name/${message}', style='$', force=True)
logging.getLogger('x.y').error('templated')
print(out.getvalue(), end='')

errors = [dict(stream=out, filename='x'), dict(handlers=[], stream=out), dict(style='?'),
          dict(bogus=1, other=2), dict(format='%(levelname)')]
for kw in errors:
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print('ValueError', e)

# memory handler buffers until ERROR or capacity
out = io.StringIO()
target = logging.StreamHandler(out)
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
lg = logging.getLogger('mem')
lg.propagate = False
lg.addHandler(mh)
lg.warning('one')
lg.warning('two')
print(repr(out.getvalue()))
lg.error('three')
print(repr(out.getvalue()))
lg.warning('four')
mh.close()
print(repr(out.getvalue()))

class ListQueue(list):
    def put_nowait(self, item):
        self.append(item)

q = ListQueue()
qh = logging.handlers.QueueHandler(q)
lg = logging.getLogger('queue')
lg.propagate = False
lg.addHandler(qh)
lg.warning('queued %s', 'item')
print(len(q), q[0].msg, q[0].args, q[0].getMessage())

# no handler anywhere: lastResort prints bare messages of WARNING and above to stderr
logging.root.handlers.clear()
lg = logging.getLogger('lonely')
lg.info('dropped')
lg.warning('last resort %s', 'used')
saved = logging.lastResort
logging.lastResort = None
lg.error('no handlers message once')
lg.error('and not again')
logging.lastResort = saved
nh = logging.getLogger('lib')
nh.addHandler(logging.NullHandler())
nh.error('swallowed')
print(nh.hasHandlers(), logging.getLogger('nothing.here').hasHandlers())
print('done')
