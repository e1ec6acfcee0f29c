# timeit: Timer with a counting statement and a fake clock, timeit/repeat/autorange results, errors, main()
import timeit
import time
import sys
import io

print(timeit.__all__, timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)


class FakeClock:
    """Each call advances the clock by a fixed step: elapsed times become exact."""

    def __init__(self, step):
        self.now = 0.0
        self.step = step
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now


calls = []
clock = FakeClock(0.125)
t = timeit.Timer(lambda: calls.append(1), timer=clock)
print(t.timeit(7), len(calls), clock.calls)
calls.clear()
print(t.repeat(3, 4), len(calls))

counter = {'n': 0, 'setup': 0}
t = timeit.Timer('counter["n"] += 1', 'counter["setup"] += 1', timer=FakeClock(1.0), globals={'counter': counter})
print(t.timeit(5), counter)
print(t.repeat(repeat=2, number=3), counter)
print(timeit.timeit('x = 1 + 1', number=10) >= 0, type(timeit.repeat('pass', number=2, repeat=4)), len(timeit.repeat('pass', number=2, repeat=4)))
print(timeit.timeit('y', setup='y = 5', number=3, timer=FakeClock(0.5)))
print(timeit.timeit(stmt='a.append(b)', setup='a = []; b = 2', number=4, timer=FakeClock(2.0)))


class Steps:
    """A clock that only the timed statement moves: elapsed time grows with the loop count."""

    def __init__(self):
        self.now = 0

    def tick(self):
        self.now += 1

    def __call__(self):
        return self.now / 1000


seen = []
steps = Steps()
t = timeit.Timer(steps.tick, timer=steps)
print(t.autorange(lambda number, elapsed: seen.append((number, elapsed))), seen)
t = timeit.Timer('pass', timer=FakeClock(0.3))
print(t.autorange())

for stmt, setup in [(5, 'pass'), ('pass', 5), ('x = (', 'pass'), ('return 5', 'pass'), ('pass', 'x = ('),
                    ('break', 'pass')]:
    try:
        timeit.Timer(stmt, setup)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)

t = timeit.Timer('1 / 0')
try:
    t.timeit(1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
multi = timeit.Timer('for i in range(3):\n    total += i', 'total = 0', timer=FakeClock(1.0))
print(multi.timeit(2))
print(callable(multi.inner), isinstance(multi.src, str), 'def inner' in multi.src)


def run_main(args, step=0.001):
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    try:
        code = timeit.main(args, _wrap_timer=lambda timer: FakeClock(step))
    finally:
        sys.stdout = saved
    text = out.getvalue()
    print(code, repr(text))


run_main(['-n', '10', '-r', '2', '-s', 'a = 1', 'a + 1'])
run_main(['-n', '1', '-r', '1', 'pass'])
run_main(['-n', '1000', '-u', 'usec', 'pass'])
run_main(['-n', '4', '-u', 'sec', '-v', 'pass'])
run_main(['-r', '3', 'pass'], step=0.25)
run_main(['-v', '-r', '2', 'pass'], step=0.5)
run_main(['-v', '-n', '2', '-r', '2', 'pass'])
run_main(['--number=3', '--repeat', '2', '--', 'pass'])
run_main(['-x'])
run_main(['--nope'])
run_main(['-n'])
