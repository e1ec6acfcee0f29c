"""TestLoader: builds suites from test case classes, modules, dotted names and directories."""

import os
import sys
import types
import functools
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True


class _FailedTest(case.TestCase):
    """A test standing for something that could not be loaded: running it raises the error."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super(_FailedTest, self).__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super(_FailedTest, self).__getattribute__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


class TestLoader(object):
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            return self.suiteClass()
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if (isinstance(obj, type) and issubclass(obj, case.TestCase) and
                    obj not in (case.TestCase, case.FunctionTestCase)):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_test(
                    module.__name__, e, self.suiteClass,
                    'Failed to call load_tests:\n%s' % _error_text(e))
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests named by a dotted name (module, class, method or callable), relative to module."""
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = '.'.join(parts_copy)
                    module = __import__(module_name)
                    break
                except ImportError as e:
                    next_attribute = parts_copy.pop()
                    message = 'Failed to import test module: %s\n%s' % (next_attribute, _error_text(e))
                    error_case, error_message = _make_failed_test(
                        next_attribute, ImportError(message), self.suiteClass, message)
                    if not parts_copy:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % _error_text(e))
                self.errors.append(error_message)
                return error_case
        return self._tests_from_object(name, obj, parent)

    def _tests_from_object(self, name, obj, parent):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type) and
                issubclass(parent, case.TestCase)):
            inst = parent(name.split('.')[-1])
            if not isinstance(getattr(inst, name.split('.')[-1]), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods: callables whose names start with testMethodPrefix."""
        def wanted(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if self.testNamePatterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, name)
            return any(fnmatchcase(full, pattern) for pattern in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Imports the test modules (file names matching pattern) under start_dir and loads their tests."""
        if top_level_dir is None:
            top_level_dir = self._top_level_dir if self._top_level_dir is not None else start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        start_dir = os.path.abspath(start_dir)
        if not os.path.isdir(start_dir):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        tests = list(self._find_tests(start_dir, pattern, top_level_dir))
        return self.suiteClass(tests)

    def _find_tests(self, start_dir, pattern, top_level_dir):
        for name in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, name)
            if os.path.isfile(path):
                if not name.endswith('.py') or not name[:-3].isidentifier():
                    continue
                if not fnmatch(name, pattern):
                    continue
                module_name = self._module_name(path, top_level_dir)
                try:
                    __import__(module_name)
                except case.SkipTest as e:
                    yield _skipped_module(module_name, str(e), self.suiteClass)
                    continue
                except Exception as e:
                    message = 'Failed to import test module: %s\n%s' % (module_name, _error_text(e))
                    error_case, message = _make_failed_test(module_name, ImportError(message),
                                                            self.suiteClass, message)
                    self.errors.append(message)
                    yield error_case
                    continue
                yield self.loadTestsFromModule(sys.modules[module_name], pattern=pattern)
            elif os.path.isdir(path) and name.isidentifier():
                if not os.path.isfile(os.path.join(path, '__init__.py')):
                    continue
                module_name = self._module_name(path, top_level_dir)
                __import__(module_name)
                package = sys.modules[module_name]
                load_tests = getattr(package, 'load_tests', None)
                if load_tests is not None and module_name not in self._loading_packages:
                    self._loading_packages.add(module_name)
                    try:
                        yield load_tests(self, self.loadTestsFromModule(package, pattern=pattern), pattern)
                    finally:
                        self._loading_packages.discard(module_name)
                    continue
                yield self.loadTestsFromModule(package, pattern=pattern)
                yield from self._find_tests(path, pattern, top_level_dir)

    def _module_name(self, path, top_level_dir):
        rel = os.path.relpath(path, top_level_dir) if hasattr(os.path, 'relpath') else path[len(top_level_dir) + 1:]
        if rel.endswith('.py'):
            rel = rel[:-3]
        return rel.replace(os.sep, '.')


def _skipped_module(name, reason, suiteClass):
    @case.skip(reason)
    def testSkipped(self):
        pass
    attrs = {name: testSkipped}
    TestClass = type("ModuleSkipped", (case.TestCase,), attrs)
    return suiteClass((TestClass(name),))


def _error_text(exc):
    try:
        import traceback
    except ImportError:
        return '%s: %s' % (type(exc).__name__, exc)
    return ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))


defaultTestLoader = TestLoader()
