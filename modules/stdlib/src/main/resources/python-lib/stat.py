"""Constants and tests for st_mode values (the POSIX layout of file type and permission bits)."""

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

_IFMT_MASK = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o400
S_IWRITE = 0o200
S_IEXEC = 0o100
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

UF_SETTABLE = 0x0000ffff
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_TRACKED = 0x00000040
UF_DATAVAULT = 0x00000080
UF_HIDDEN = 0x00008000
SF_SETTABLE = 0x3fff0000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_RESTRICTED = 0x00080000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000
SF_FIRMLINK = 0x00800000
SF_DATALESS = 0x40000000

FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_VIRTUAL = 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072


def S_IMODE(mode):
    """The permission bits of mode (what chmod sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits of mode."""
    return mode & _IFMT_MASK


def _kind(bits):
    def test(mode):
        return S_IFMT(mode) == bits
    return test


S_ISDIR = _kind(S_IFDIR)
S_ISCHR = _kind(S_IFCHR)
S_ISBLK = _kind(S_IFBLK)
S_ISREG = _kind(S_IFREG)
S_ISFIFO = _kind(S_IFIFO)
S_ISLNK = _kind(S_IFLNK)
S_ISSOCK = _kind(S_IFSOCK)
for _n, _f in (('S_ISDIR', S_ISDIR), ('S_ISCHR', S_ISCHR), ('S_ISBLK', S_ISBLK), ('S_ISREG', S_ISREG),
               ('S_ISFIFO', S_ISFIFO), ('S_ISLNK', S_ISLNK), ('S_ISSOCK', S_ISSOCK)):
    _f.__name__ = _f.__qualname__ = _n
del _n, _f


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_TYPE_CHARS = ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'), (S_IFDIR, 'd'),
               (S_IFCHR, 'c'), (S_IFIFO, 'p'))


def filemode(mode):
    """The 'ls -l' text of mode, such as '-rw-r--r--'."""
    kind = '?'
    for bits, ch in _TYPE_CHARS:
        if S_IFMT(mode) == bits:
            kind = ch
            break
    out = [kind]
    for who, special, special_ch in ((6, S_ISUID, 's'), (3, S_ISGID, 's'), (0, S_ISVTX, 't')):
        rwx = (mode >> who) & 7
        out.append('r' if rwx & 4 else '-')
        out.append('w' if rwx & 2 else '-')
        if mode & special:
            out.append(special_ch if rwx & 1 else special_ch.upper())
        else:
            out.append('x' if rwx & 1 else '-')
    return ''.join(out)
