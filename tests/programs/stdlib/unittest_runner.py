# unittest: running tests without failures: the text runner's output (time replaced), fixtures order,
# skips, expected failures, unexpected successes, subtests, loaders, suites and unittest.main's exit codes
import io
import re
import sys
import unittest

events = []


def setUpModule():
    events.append('setUpModule')


def tearDownModule():
    events.append('tearDownModule')


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        events.append('setUp ' + self._testMethodName)
        self.addCleanup(events.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        events.append('tearDown ' + self._testMethodName)

    def test_b(self):
        """Second test, first line of its doc.

        More text."""
        events.append('test_b')

    def test_a(self):
        events.append('test_a')
        for i in range(3):
            with self.subTest(i=i, kind='loop'):
                self.assertLess(i, 5)

    def helper(self):
        pass


class Skips(unittest.TestCase):
    @unittest.skip('not today')
    def test_skip(self):
        pass

    @unittest.skipIf(True, 'condition true')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'never shown')
    def test_skip_unless_runs(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    def test_one(self):
        pass


def run(suite, verbosity=1, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r'in \d+\.\d{3}s', 'in TIME', stream.getvalue())
    print(text, end='')
    print(result, result.wasSuccessful(), len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses))
    return result


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures), loader.getTestCaseNames(Skips))
suite = loader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [str(t) for t in suite], repr(list(suite)[0]))
print(list(suite)[1].id(), list(suite)[1].shortDescription(), list(suite)[0].shortDescription())
run(suite, verbosity=2)
print(events)
events.clear()
run(loader.loadTestsFromModule(sys.modules[__name__]))
print(events)
run(unittest.TestSuite([Skips('test_skip'), Skips('test_unexpected'), Skips('test_expected')]), verbosity=2)
run(loader.loadTestsFromTestCase(SkippedClass), verbosity=2)
run(unittest.TestSuite(), verbosity=2)
run(loader.loadTestsFromNames(['Fixtures.test_b', 'Skips'], sys.modules[__name__]), verbosity=0)

loader2 = unittest.TestLoader()
loader2.testNamePatterns = ['*skip*']
print([t.id() for t in loader2.loadTestsFromTestCase(Skips)])
loader3 = unittest.TestLoader()
loader3.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader3.getTestCaseNames(Fixtures))

ft = unittest.FunctionTestCase(lambda: None, description='a function test')
print(ft.shortDescription(), ft.countTestCases())
run(unittest.TestSuite([ft]), verbosity=2)

s = unittest.TestSuite()
s.addTest(Fixtures('test_b'))
s.addTests([Skips('test_skip')])
print(s.countTestCases(), s == unittest.TestSuite([Fixtures('test_b'), Skips('test_skip')]))
for bad in (Fixtures, 'abc', 5):
    try:
        s.addTest(bad) if bad != 'abc' else s.addTests(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    Fixtures('no_such_method')
except ValueError as e:
    print('ValueError', e)
print(Fixtures('test_a') == Fixtures('test_a'), Fixtures('test_a') == Fixtures('test_b'))

result = unittest.TestResult()
Fixtures('test_b').run(result)
print(result, result.testsRun, result.errors, result.failures)

for argv in (['prog', 'Fixtures'], ['prog', '-v', 'Fixtures.test_b'], ['prog', '-k', 'skip_if', 'Skips'],
             ['prog', '-q', 'Skips.test_skip']):
    stream = io.StringIO()
    prog = unittest.main(module=__name__, argv=argv, exit=False,
                         testRunner=unittest.TextTestRunner(stream=stream, verbosity=2 if '-v' in argv else 1))
    print(argv[1:], re.sub(r'in \d+\.\d{3}s', 'in TIME', stream.getvalue()).replace('\n', '|'))
    print(prog.result.testsRun, prog.result.wasSuccessful())
for argv in (['prog', 'Fixtures.test_b'], ['prog', 'SkippedClass']):
    stream = io.StringIO()
    try:
        unittest.main(module=__name__, argv=argv, testRunner=unittest.TextTestRunner(stream=stream))
    except SystemExit as e:
        print('exit code', e.code)
