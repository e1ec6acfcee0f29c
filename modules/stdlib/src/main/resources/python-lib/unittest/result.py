"""TestResult: collects what happened to each test."""

import io
import sys

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Makes a result method stop the run first when the result is in failfast mode."""
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__doc__ = method.__doc__
    return inner


class TestResult(object):
    """Counts tests and keeps (test, formatted traceback) pairs for errors and failures."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                self._original_stdout.write(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                self._original_stderr.write(STDERR_LINE % error)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buffer in (self._stdout_buffer, self._stderr_buffer):
            buffer.seek(0)
            buffer.truncate()

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        target = self.failures if issubclass(err[0], test.failureException) else self.errors
        target.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback of err as the runner shows it: without unittest's own frames."""
        exctype, value, tb = err
        tb, limit = _relevant_traceback(exctype, value, tb, test)
        lines = _format_exception(exctype, value, tb, limit)
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                lines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                lines.append(STDERR_LINE % error)
        return ''.join(lines)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures)))


def _in_unittest(tb):
    frame = getattr(tb, 'tb_frame', None)
    return frame is not None and '__unittest' in frame.f_globals


def _relevant_traceback(exctype, value, tb, test):
    """Skips unittest's frames at the start; for assertion failures also stops before its frames at the end."""
    while tb is not None and _in_unittest(tb):
        tb = tb.tb_next
    limit = None
    failure = getattr(test, 'failureException', None)
    if failure is not None and isinstance(failure, type) and issubclass(exctype, failure):
        count = 0
        entry = tb
        while entry is not None and not _in_unittest(entry):
            count += 1
            entry = entry.tb_next
        if entry is not None:
            limit = count
    return tb, limit


def _format_exception(exctype, value, tb, limit):
    try:
        import traceback
    except ImportError:
        traceback = None
    if traceback is not None:
        return list(traceback.format_exception(exctype, value, tb, limit=limit))
    # Without the traceback module only the exception line can be shown.
    name = exctype.__qualname__
    if exctype.__module__ not in ('builtins', '__main__'):
        name = exctype.__module__ + '.' + name
    text = str(value)
    return ['%s: %s\n' % (name, text) if text else name + '\n']
