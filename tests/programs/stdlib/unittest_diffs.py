# unittest: failure messages with difflib's ndiff listings (lists, tuples, dicts, multi-line strings)
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


check('assertEqual', 'a' * 100, 'a' * 99 + 'b')
check('assertListEqual', [1, 2], (1, 2))
check('assertTupleEqual', (1, 2), (1, 2, 3))
check('assertSequenceEqual', [1, 2, 3], [1, 2])
check('assertEqual', 'x' * 50 + 'abc' + 'y' * 50, 'x' * 50 + 'abd' + 'y' * 50)
check('assertListEqual', [1, 2], (1, 2))
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', (1, 'two'), (1, 'three', 4))
check('assertEqual', {'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': None})
check('assertEqual', 'one\ntwo\nthree\n', 'one\ntoo\nthree\nfour\n')
check('assertEqual', 'abc', 'abd')
check('assertMultiLineEqual', 'x\ny', 'x\ny\n')
