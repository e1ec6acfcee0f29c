"""The ``--html`` page: one self-contained file (inline CSS and SVG, no scripts, nothing fetched) with charts
of the run (or of two runs side by side) followed by the report's tables.

Every bar carries its data as attributes (``data-chart``, ``data-run``, ``data-series``, ``data-label``,
``data-value``) so tests and other tools can read the numbers back without measuring pixels.
"""

from summarize_stats._report import HISTOGRAMS, sections
from summarize_stats._tables import Section, Table, cell_text, compare_sections, escape

TOP = 20
WIDTH = 760
LABEL_WIDTH = 260
BAR_HEIGHT = 14
COLORS = {"base": "#9aa5b1", "head": "#2f6fb3", "hit": "#2e8b57", "miss": "#c0392b", "deferred": "#e0a030",
          "created": "#2f6fb3", "invalidated": "#c0392b", "value": "#2f6fb3"}

STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; max-width: 1100px; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.6em; } h3 { font-size: 1.1em; }
figure.chart { margin: 1em 0 2em 0; }
figcaption { font-weight: bold; margin-bottom: 0.3em; }
svg text { font-size: 11px; font-family: monospace; }
table { border-collapse: collapse; margin: 0.5em 0 1em 0; }
td, th { border: 1px solid #ccc; padding: 2px 6px; font-size: 12px; }
.legend span { display: inline-block; margin-right: 1em; font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
.empty { color: #777; font-style: italic; }
"""


class Chart:
    """Bars by label; each bar is one or more (run, series, value) segments."""

    def __init__(self, chart_id, title, series, stacked, note=None):
        self.chart_id = chart_id
        self.title = title
        self.series = series
        self.stacked = stacked
        self.note = note
        self.bars = []

    def add(self, label, values):
        """``values``: [(run, series, value)] drawn as one group of bars (stacked when the chart is)."""
        self.bars.append((label, values))


def _legend(names):
    items = ['<span><i style="background:' + COLORS.get(n, "#2f6fb3") + '"></i>' + escape(n) + "</span>"
             for n in names]
    return '<div class="legend">' + "".join(items) + "</div>"


def _rect(chart, run, series, label, value, x, y, w, h):
    return ('<rect data-chart="' + chart.chart_id + '" data-run="' + run + '" data-series="' + escape(series)
            + '" data-label="' + escape(label) + '" data-value="' + str(value) + '" x="' + format(x, ".1f")
            + '" y="' + str(y) + '" width="' + format(w, ".1f") + '" height="' + str(h) + '" fill="'
            + COLORS.get(series if series != "value" else run, "#2f6fb3") + '"><title>' + escape(label) + " "
            + escape(series) + " (" + run + "): " + cell_text(value) + "</title></rect>")


def _rows_of(chart):
    """Each bar group as rows: one row per run (stacked series share a row)."""
    for label, values in chart.bars:
        runs = []
        for run, series, value in values:
            if run not in runs:
                runs.append(run)
        yield label, [(run, [(s, v) for r, s, v in values if r == run]) for run in runs]


def render_chart(chart):
    groups = list(_rows_of(chart))
    out = ['<figure class="chart" id="' + chart.chart_id + '">',
           "<figcaption>" + escape(chart.title) + "</figcaption>"]
    if chart.note:
        out.append('<div class="empty">' + escape(chart.note) + "</div>")
    if not groups:
        out.append('<div class="empty">no data</div></figure>')
        return "\n".join(out)
    largest = 1
    for _, runs in groups:
        for _, segments in runs:
            total = sum(v for _, v in segments) if chart.stacked else max(v for _, v in segments)
            largest = max(largest, total)
    scale = (WIDTH - LABEL_WIDTH - 90) / largest
    rows = sum(len(runs) for _, runs in groups)
    height = rows * (BAR_HEIGHT + 2) + len(groups) * 6 + 10
    out.append('<svg width="' + str(WIDTH) + '" height="' + str(height)
               + '" role="img" aria-label="' + escape(chart.title) + '">')
    y = 5
    for label, runs in groups:
        out.append('<text x="' + str(LABEL_WIDTH - 6) + '" y="' + str(y + BAR_HEIGHT - 3)
                   + '" text-anchor="end">' + escape(label) + "</text>")
        for run, segments in runs:
            x = LABEL_WIDTH
            for series, value in segments:
                w = value * scale
                out.append(_rect(chart, run, series, label, value, x, y, w, BAR_HEIGHT))
                x += w  # several segments only in stacked charts
            total = sum(v for _, v in segments)
            out.append('<text x="' + format(x + 4, ".1f") + '" y="' + str(y + BAR_HEIGHT - 3) + '">'
                       + escape(cell_text(total)) + "</text>")
            y += BAR_HEIGHT + 2
        y += 6
    out.append("</svg>")
    if len(chart.series) > 1 or any(len(runs) > 1 for _, runs in groups):
        names = list(chart.series) if len(chart.series) > 1 else [r for r, _ in groups[0][1]]
        out.append(_legend(names))
    out.append("</figure>")
    return "\n".join(out)


# ---- the charts of a run

def _runs(head, base):
    return [("head", head)] if base is None else [("base", base), ("head", head)]


def _top_labels(rows_by_run, limit):
    """Labels of the largest values over all runs, largest first."""
    best = {}
    for rows in rows_by_run:
        for label, value in rows:
            best[label] = max(best.get(label, 0), value)
    return [label for label, _ in sorted(best.items(), key=lambda kv: -kv[1])[:limit]]


def hottest(chart_id, title, runs, rows_of):
    chart = Chart(chart_id, title, ["value"], False)
    data = [(run, dict(rows_of(stats))) for run, stats in runs]
    for label in _top_labels([d.items() for _, d in data], TOP):
        chart.add(label, [(run, "value", d.get(label, 0)) for run, d in data])
    return chart


def specialization_chart(runs):
    chart = Chart("specialization", "Specialization: hits, misses and deferred executions per family",
                  ["hit", "miss", "deferred"], True)
    families = []
    for _, stats in runs:
        for family in stats.families():
            if family not in families:
                families.append(family)
    for family in sorted(families):
        values = []
        for run, stats in runs:
            kinds = stats.specialization(family)
            for series in ("hit", "miss", "deferred"):
                values.append((run, series, kinds.get(series, 0)))
        if any(v for _, _, v in values):
            chart.add(family, values)
    return chart


def histogram_chart(runs, title, name):
    chart = Chart("hist-" + name.lower().replace(" ", "-"), title, ["value"], False)
    data = [(run, stats.histogram(name)) for run, stats in runs]
    longest = max(data, key=lambda d: len(d[1]))[1]
    for bound, _ in longest:
        chart.add("<= " + str(bound), [(run, "value", dict(rows).get(bound, 0)) for run, rows in data])
    return chart


def executors_chart(runs):
    chart = Chart("executors", "Executors: traces created and invalidated", ["created", "invalidated"], False)
    for label, key, series in (("traces created", "Optimization traces created", "created"),
                               ("executors invalidated", "Executors invalidated", "invalidated")):
        chart.add(label, [(run, series, stats.get(key)) for run, stats in runs])
    return chart


def jit_chart(runs):
    """Every ``JIT ...`` counter (native code bytes, compile time, ...) when the run has any."""
    keys = []
    for _, stats in runs:
        for key, _ in stats.keys_starting("JIT "):
            if key not in keys:
                keys.append(key)
    if not keys:
        return None
    chart = Chart("jit", "Native code (JIT)", ["value"], False)
    for key in keys:
        chart.add(key, [(run, "value", stats.get(key)) for run, stats in runs])
    return chart


def charts(head, base=None):
    runs = _runs(head, base)
    found = [hottest("hot-instructions", "Hottest Tier 1 instructions (execution counts, top " + str(TOP) + ")",
                     runs, lambda s: [(n, c) for n, c, _ in s.execution_counts()]),
             specialization_chart(runs)]
    if any(stats.has_optimization() for _, stats in runs):
        found.append(hottest("hot-uops", "Hottest uops (execution counts, top " + str(TOP) + ")", runs,
                             lambda s: [(n, c) for n, c, _ in s.uop_counts()]))
        for title, _, name in HISTOGRAMS:
            found.append(histogram_chart(runs, title, name))
        found.append(executors_chart(runs))
    jit = jit_chart(runs)
    if jit is not None:
        found.append(jit)
    return found


# ---- the tables, as HTML

def _table_html(table, out):
    if not table.rows:
        return
    out.append("<table><thead><tr>")
    for i, name in enumerate(table.columns):
        out.append('<th align="' + (table.label_align if i == 0 else "right") + '">' + escape(name) + "</th>")
    out.append("</tr></thead><tbody>")
    for row in table.rows:
        label = escape(row[0])
        note = table.notes.get(row[0])
        if note:
            label += ' <abbr title="' + escape(note) + '">ⓘ</abbr>'
        cells = ['<td align="' + table.label_align + '">' + label + "</td>"]
        cells += ['<td align="right">' + escape(cell_text(v)) + "</td>" for v in row[1:]]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")


def _section_html(section, out):
    tag = "h" + str(section.level)
    out.append("<" + tag + ">" + escape(section.title) + "</" + tag + ">")
    out.append("<details><summary>" + escape(section.summary) + "</summary>")
    if section.doc:
        out.append("<p>" + escape(section.doc) + "</p>")
    for part in section.parts:
        if isinstance(part, Table):
            _table_html(part, out)
        else:
            _section_html(part, out)
    out.append("</details>")


def page(head, base=None):
    title = "Tier statistics" if base is None else "Tier statistics: base and head"
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8"/>',
           "<title>" + title + "</title>", "<style>" + STYLE + "</style>", "</head>", "<body>",
           "<h1>" + title + "</h1>"]
    files = str(head.files) if base is None else str(base.files) + " + " + str(head.files)
    out.append("<p>Data files read: " + files + ".</p>")
    for chart in charts(head, base):
        out.append(render_chart(chart))
    found = sections(head) if base is None else compare_sections(sections(base), sections(head))
    for section in found:
        _section_html(section, out)
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"
