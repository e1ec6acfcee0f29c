import os
import sys

print(isinstance(os.getpid(), int), os.getpid() > 0, isinstance(os.getppid(), int))
print(isinstance(os.cpu_count(), int) and os.cpu_count() >= 1, os.process_cpu_count() == os.cpu_count())
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
print(isinstance(os.getuid(), int), isinstance(os.getgid(), int))
env = os.environ
env['TIERCEL_A'] = 'one'
print(env['TIERCEL_A'], os.getenv('TIERCEL_A'), os.getenv('TIERCEL_MISSING'), os.getenv('TIERCEL_MISSING', 'dflt'),
      'TIERCEL_A' in env, env.get('TIERCEL_A'))
os.putenv('TIERCEL_B', 'two')
print(os.getenv('TIERCEL_B'), 'TIERCEL_B' in env)
del env['TIERCEL_A']
print('TIERCEL_A' in env, env.pop('TIERCEL_MISSING', 'none'), env.setdefault('TIERCEL_C', 'three'),
      env['TIERCEL_C'])
for bad in [lambda: env.__setitem__('K', 1), lambda: env.__setitem__(1, 'v'), lambda: env['TIERCEL_NOPE'],
            lambda: os.putenv('A=B', 'x'), lambda: os.putenv('', 'x')]:
    try:
        bad()
    except (TypeError, KeyError, ValueError, OSError) as e:
        print(type(e).__name__, e)
copy = env.copy()
print(type(copy).__name__, copy['TIERCEL_C'], type(env).__name__, repr(env)[:9])
merged = env | {'TIERCEL_D': 'd'}
print(type(merged).__name__, merged['TIERCEL_D'], 'TIERCEL_D' in env)
env |= {'TIERCEL_E': 'e'}
print(env['TIERCEL_E'], os.get_exec_path({'PATH': '/x:/y'}))
try:
    os.get_terminal_size()
except OSError as e:
    print(type(e).__name__, e.errno)
ts = os.terminal_size((100, 40))
print(ts, ts.columns, ts.lines, ts[0])
print(os.strerror(2), os.strerror(13))
old = os.umask(0o027)
print(oct(os.umask(old)))
st = os.stat_result((33188, 1, 2, 3, 4, 5, 6, 7, 8, 9))
print(st, st.st_mode, st.st_mtime, st[9])
