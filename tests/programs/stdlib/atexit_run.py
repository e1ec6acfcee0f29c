# atexit: _run_exitfuncs and _clear called explicitly, then callbacks after an uncaught exception
import atexit

order = []
for i in range(3):
    atexit.register(order.append, i)
atexit._run_exitfuncs()
print(order, atexit._ncallbacks())
atexit.register(print, 'cleared')
atexit._clear()
print(atexit._ncallbacks())
atexit._run_exitfuncs()


class Named:
    def __repr__(self):
        return '<named>'

    def __call__(self):
        raise RuntimeError('from an explicit run')


atexit.register(Named())
atexit._run_exitfuncs()
print('after explicit run')
atexit.register(print, 'runs after the traceback')
atexit.register(lambda: print('lambda runs first'))
raise KeyError('uncaught')
