# decimal_accel.py with decimal's pure-Python Decimal (Tiercel's _decimal_core accelerator made unimportable, as a
# JVM without the stdlib's Java part would have it); CPython, whose decimal never imports that module, prints the
# same.
import sys

sys.modules['_decimal_core'] = None
import decimal_accel  # noqa: E402,F401  (running it is the test)
import decimal  # noqa: E402

assert decimal.Decimal.__mro__[1].__name__ != 'DecimalBase', 'the accelerator was used'
