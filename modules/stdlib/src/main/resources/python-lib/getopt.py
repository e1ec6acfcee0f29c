"""Parser for command line options (getopt and gnu_getopt), as in CPython 3.13."""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse options Unix style: stop at the first non-option argument."""
    opts = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Parse options GNU style: options and operands may be mixed."""
    opts = []
    operands = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    stop_at_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_first = True
    while args:
        first = args[0]
        if first == '--':
            operands += args[1:]
            break
        if first[:2] == '--':
            opts, args = _long(opts, first[2:], longopts, args[1:])
        elif first[:1] == '-' and first != '-':
            opts, args = _short(opts, first[1:], shortopts, args[1:])
        elif stop_at_first:
            operands += args
            break
        else:
            operands.append(first)
            args = args[1:]
    return opts, operands


def _long(opts, text, longopts, rest):
    eq = text.find('=')
    if eq >= 0:
        name, value = text[:eq], text[eq + 1:]
    else:
        name, value = text, None
    takes_arg, name = _match_long(name, longopts)
    if takes_arg:
        if value is None:
            if not rest:
                raise GetoptError('option --%s requires argument' % name, name)
            value, rest = rest[0], rest[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return opts, rest


def _match_long(name, longopts):
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _short(opts, text, shortopts, rest):
    while text:
        ch, text = text[0], text[1:]
        if _short_takes_arg(ch, shortopts):
            if not text:
                if not rest:
                    raise GetoptError('option -%s requires argument' % ch, ch)
                text, rest = rest[0], rest[1:]
            value, text = text, ''
        else:
            value = ''
        opts.append(('-' + ch, value))
    return opts, rest


def _short_takes_arg(ch, shortopts):
    for i, c in enumerate(shortopts):
        if c == ch and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % ch, ch)
