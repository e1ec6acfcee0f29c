# unittest: the assertion methods' failure messages (caught directly, no tracebacks involved)
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
    except TypeError as e:
        print(name, 'TypeError', e)


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'custom message')
check('assertNotEqual', 3, 3)
check('assertTrue', 0)
check('assertFalse', [1])
check('assertIs', None, 0)
check('assertIsNot', t, t)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 4, [1, 2, 3])
check('assertNotIn', 2, [1, 2, 3])
check('assertIsInstance', 1, str)
check('assertNotIsInstance', 1, int)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.5, delta=0.1)
check('assertAlmostEqual', 1.0, 1.5, places=2, delta=0.1)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 1])
check('assertCountEqual', [[1], [2]], [[2], [1]])
check('assertCountEqual', [[1], [2]], [[2], [3]])
check('assertSetEqual', {1, 2}, {2, 3})
check('assertSetEqual', {1}, 5)
check('assertRegex', 'hello world', r'\d+')
check('assertNotRegex', 'hello world', r'o w')
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertDictEqual', {'a': 1}, [])
check('assertMultiLineEqual', 'x', 5)
t.longMessage = False
check('assertEqual', 1, 2, 'only mine')
check('assertTrue', False, 'only mine too')

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.args, cm.exception.__traceback__)
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print('->', e)
try:
    with t.assertRaises(KeyError, msg='extra'):
        pass
except AssertionError as e:
    print('->', e)
try:
    t.assertRaises(ValueError, int, '5')
except AssertionError as e:
    print('->', e)
t.assertRaises(ValueError, int, 'x')
try:
    with t.assertRaises(ValueError):
        raise TypeError('other')
except TypeError as e:
    print('propagated', e)
with t.assertRaisesRegex(ValueError, r'invalid literal') as cm:
    int('zz')
print(cm.exception)
try:
    with t.assertRaisesRegex(ValueError, r'^nope'):
        int('zz')
except AssertionError as e:
    print('->', e)
try:
    t.assertRaises(5)
except TypeError as e:
    print('TypeError', e)
try:
    t.assertRaises(ValueError, bogus=1)
except TypeError as e:
    print('TypeError', e)

import logging
with t.assertLogs('app', level='INFO') as logs:
    logging.getLogger('app').info('first')
    logging.getLogger('app.sub').warning('second %d', 2)
    logging.getLogger('app').debug('hidden')
print(logs.output, [r.getMessage() for r in logs.records])
try:
    with t.assertLogs('quiet'):
        pass
except AssertionError as e:
    print('->', e)
with t.assertNoLogs('quiet2'):
    pass
try:
    with t.assertNoLogs('noisy', level='ERROR'):
        logging.getLogger('noisy').error('oops')
except AssertionError as e:
    print('->', e)

print(T.failureException, T.longMessage, T.maxDiff)
try:
    t.fail('explicit')
except AssertionError as e:
    print('fail ->', e)
try:
    t.skipTest('why not')
except unittest.SkipTest as e:
    print('SkipTest', e)
