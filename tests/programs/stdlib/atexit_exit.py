# atexit: LIFO order with args/kwargs, unregister, exceptions in callbacks, run after sys.exit()
import atexit
import sys


class Callback:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __repr__(self):
        return '<callback %s>' % self.name

    def __call__(self, *args, **kwargs):
        print('callback', self.name, args, sorted(kwargs.items()))
        if self.fail:
            raise ValueError('failed in ' + self.name)


def goodbye(who, punctuation='.'):
    print('goodbye', who + punctuation)


def nested():
    return {}['missing']


first = Callback('first')
print(atexit.register(first, 1, two=2) is first)
atexit.register(Callback('failing', fail=True))
atexit.register(goodbye, 'world', punctuation='!')
atexit.register(goodbye, 'twice')
atexit.register(goodbye, 'again')
removed = Callback('removed')
atexit.register(removed)
atexit.register(removed, 'x')
atexit.unregister(removed)
atexit.unregister(print)
print(atexit._ncallbacks())
atexit.register(Callback('raises KeyError', fail=False).__call__)


class Nested:
    def __repr__(self):
        return '<nested>'

    def __call__(self):
        nested()


atexit.register(Nested())
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)
print('main program ends')
sys.exit(4)
