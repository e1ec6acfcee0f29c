"""Facts about the platform and the Python implementation.

Written for Tiercel from the documented behaviour of CPython 3.13's platform module.
``python_implementation()`` answers 'Tiercel' (sys.implementation.name is 'tiercel'), ``python_compiler()``
names the JVM. Without an os.uname, the kernel facts come from /proc/sys/kernel; ``processor()`` is ''
and ``libc_ver()`` cannot read the C library's version (('', '')), so ``platform()`` ends in '-with-java'.
"""

import sys
import os
import collections

__version__ = '1.0.9'

_SYSTEMS = {'linux': 'Linux', 'darwin': 'Darwin', 'win32': 'Windows', 'cygwin': 'CYGWIN_NT'}


def _read_proc(name):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return ''


def _machine_from_runtime():
    multiarch = getattr(sys.implementation, '_multiarch', '')
    return multiarch.split('-')[0] if multiarch else ''


class uname_result(collections.namedtuple("uname_result_base",
                                         "system node release version machine processor")):
    """uname(): the five fields of os.uname plus processor; repr shows the five, as CPython's does."""

    def __new__(cls, system, node, release, version, machine):
        return super().__new__(cls, system, node, release, version, machine, processor())

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    def __repr__(self):
        return 'uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)' % tuple(self)[:5]


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        if hasattr(os, 'uname'):
            u = os.uname()
            fields = (u.sysname, u.nodename, u.release, u.version, u.machine)
        else:
            fields = (_SYSTEMS.get(sys.platform, sys.platform.capitalize()), _read_proc('hostname'),
                      _read_proc('osrelease'), _read_proc('version'), _machine_from_runtime())
        _uname_cache = uname_result(*fields)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter: the pointer size and the executable format."""
    if executable == sys.executable or not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if executable == sys.executable or not linkage:
        linkage = {'linux': 'ELF', 'win32': 'WindowsPE'}.get(sys.platform, linkage)
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return lib, version


def python_implementation():
    return 'Tiercel'


def python_version():
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('', '')


def python_compiler():
    text = sys.version
    if '[' in text and text.endswith(']'):
        return text[text.rindex('[') + 1:-1]
    return ''


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    compiler = python_compiler()
    if compiler.startswith('Java '):
        release = compiler[5:]
    return release, vendor, vminfo, osinfo


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def platform(aliased=False, terse=False):
    """System-release-machine, with '-with-java' (CPython: the C library) unless terse."""
    parts = [system(), release(), machine()]
    if not terse:
        parts.append('with')
        parts.append('java')
    text = '-'.join(part for part in parts if part)
    while '--' in text:
        text = text.replace('--', '-')
    return text


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    for candidate in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(candidate, encoding='utf-8') as f:
                return _parse_os_release(f)
        except OSError as e:
            error = e
    raise OSError(error.errno, 'Unable to read files %s' % ', '.join(('/etc/os-release', '/usr/lib/os-release')))


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, value = line.split('=', 1)
        if not key.replace('_', '').isalnum():
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            value = value[1:-1]
            for escaped in ('\\\\', '\\$', '\\"', "\\'", '\\`'):
                value = value.replace(escaped, escaped[1])
        info[key] = value
    return info
