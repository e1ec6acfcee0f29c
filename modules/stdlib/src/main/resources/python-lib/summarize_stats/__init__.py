"""Summarize ``-X pystats`` files as a Markdown report (and, with ``--html``, a page of charts).

    tiercel -m summarize_stats [--html FILE] [PATH ...]
    tiercel -m summarize_stats [--html FILE] --compare BASE HEAD

Each PATH is a stats file or a folder whose files are all read; the counters of all files are added up, as
for one run. Without PATH, every file in /tmp/py_stats/ is read. ``--compare`` reads two runs and shows them
side by side with the change from BASE to HEAD. The report has the sections and columns of CPython 3.13's
``Tools/scripts/summarize_stats.py`` report; this implementation was written for Tiercel.
"""

import sys

from summarize_stats._stats import DEFAULT_DIR, Stats, load
from summarize_stats._tables import compare_sections, section_markdown
from summarize_stats._report import sections

__all__ = ["Stats", "load", "sections", "markdown", "main"]

USAGE = "usage: summarize_stats [-h] [--html FILE] [--compare BASE HEAD | PATH ...]"


def civil_date(seconds):
    """YYYY-MM-DD (UTC) of a POSIX time, without the datetime module (days to civil date, proleptic Gregorian)."""
    days = int(seconds // 86400)
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (1 if month <= 2 else 0)
    return "{:04d}-{:02d}-{:02d}".format(year, month, day)


def _gathered(runs):
    stamps = [run.newest for run in runs if run.newest is not None]
    if stamps:
        return civil_date(max(stamps))
    import time
    return civil_date(time.time())


def markdown(head, base=None):
    """The Markdown report of ``head`` (a :class:`Stats`), or of ``base`` and ``head`` side by side."""
    found = sections(head) if base is None else compare_sections(sections(base), sections(head))
    out = []
    for section in found:
        section_markdown(section, out)
    out.append("---")
    out.append("Stats gathered on: " + _gathered([head] if base is None else [base, head]))
    return "\n".join(out) + "\n"


class UsageError(Exception):
    pass


def parse_args(argv):
    """(paths, compare pair or None, html file or None) from the command line."""
    paths = []
    compare = None
    html_file = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("-h", "--help"):
            return None
        if arg == "--html" or arg.startswith("--html="):
            if arg == "--html":
                if i + 1 >= len(argv):
                    raise UsageError("argument --html: expected one argument")
                i += 1
                html_file = argv[i]
            else:
                html_file = arg[len("--html="):]
        elif arg == "--compare":
            if i + 2 >= len(argv):
                raise UsageError("argument --compare: expected 2 arguments")
            compare = (argv[i + 1], argv[i + 2])
            i += 2
        elif arg.startswith("-") and arg != "-":
            raise UsageError("unrecognized arguments: " + arg)
        else:
            paths.append(arg)
        i += 1
    if compare is not None and paths:
        raise UsageError("--compare takes exactly two runs; extra arguments: " + " ".join(paths))
    return paths, compare, html_file


def main(argv=None):
    """Runs the command line; returns the exit status."""
    if argv is None:
        argv = sys.argv[1:]
    try:
        parsed = parse_args(argv)
    except UsageError as e:
        sys.stderr.write(USAGE + "\nsummarize_stats: error: " + str(e) + "\n")
        return 2
    if parsed is None:
        print(USAGE)
        print(__doc__)
        return 0
    paths, compare, html_file = parsed
    try:
        if compare is not None:
            base, head = load([compare[0]]), load([compare[1]])
        else:
            base, head = None, load(paths or [DEFAULT_DIR])
    except OSError as e:
        sys.stderr.write("summarize_stats: cannot read " + str(e.filename) + ": " + str(e.strerror) + "\n")
        return 1
    if head.files == 0 or (base is not None and base.files == 0):
        sys.stderr.write("summarize_stats: no stats files found\n")
        return 1
    sys.stdout.write(markdown(head, base))
    if html_file is not None:
        from summarize_stats._html import page
        with open(html_file, "w") as f:
            f.write(page(head, base))
    return 0
