# unittest: long containers' diffs go through pprint.pformat (over maxDiff only the length is reported)
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
        print(name, 'passed')
    except AssertionError as e:
        print(name, '->', str(e))


check('assertDictEqual', {i: 'v' * i for i in range(12)}, {i: 'v' * i for i in range(1, 13)})
long_a, long_b = list(range(100)), list(range(100))
long_b[50] = 'x'
t.maxDiff = 0
check('assertEqual', long_a, long_b)
