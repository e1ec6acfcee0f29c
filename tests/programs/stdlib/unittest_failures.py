# unittest: failures and errors as the text runner reports them (tracebacks without unittest's frames),
# failing subtests, setUpClass errors, buffer mode, failfast
import io
import re
import unittest


def helper(x):
    return 10 // x


class Failing(unittest.TestCase):
    def test_error(self):
        helper(0)

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])

    def test_ok(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                if i == 1:
                    self.fail('bad %d' % i)
                if i == 2:
                    raise KeyError(i)

    def test_raises_not(self):
        with self.assertRaises(ValueError):
            pass


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class set-up broke')

    def test_never(self):
        pass


class Noisy(unittest.TestCase):
    def test_prints_and_fails(self):
        print('captured output')
        self.assertTrue(False)

    def test_prints_ok(self):
        print('not shown')


def run(suite, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    print(re.sub(r'in \d+\.\d{3}s', 'in TIME', stream.getvalue()), end='')
    print(result)


loader = unittest.TestLoader()
run(loader.loadTestsFromTestCase(Failing))
run(loader.loadTestsFromTestCase(Failing), verbosity=2)
run(loader.loadTestsFromTestCase(BrokenClass), verbosity=2)
run(loader.loadTestsFromTestCase(Noisy), buffer=True)
run(loader.loadTestsFromTestCase(Failing), failfast=True)
