"""Tables and sections of the report, and how they print as Markdown (HTML tables inside ``<details>``)."""


class Table:
    """A table: column names, rows of [label, cell, ...]; a cell is an int (a count), a float (a ratio), a
    string, or None (empty). ``notes`` maps a label to a short explanation shown behind an (i) marker."""

    def __init__(self, columns, rows, notes=None, label_align="left"):
        self.columns = columns
        self.rows = rows
        self.notes = notes or {}
        self.label_align = label_align


class Section:
    """A heading with a collapsible body: an optional explanation, then tables and subsections in order."""

    def __init__(self, level, title, summary, doc=None, parts=None):
        self.level = level
        self.title = title
        self.summary = summary
        self.doc = doc
        self.parts = parts if parts is not None else []


def count_text(value):
    return format(value, ",")


def ratio_text(value):
    return format(value, ".1%")


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return count_text(value)
    if isinstance(value, float):
        return ratio_text(value)
    return str(value)


def ratio(part, whole):
    """part / whole as a float, or None when there is no whole."""
    return part / whole if whole else None


def ratio_or_zero(part, whole):
    return part / whole if whole else 0.0


def escape(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _label_cell(table, label, out):
    note = table.notes.get(label)
    align = table.label_align
    if note is None:
        out.append('<td align="' + align + '">' + escape(label) + "</td>")
        return
    out.append('<td align="' + align + '">')
    out.append(escape(label))
    out.append("<details>")
    out.append("<summary>ⓘ</summary>")
    out.append("")
    out.append(note)
    out.append("</details>")
    out.append("</td>")


def table_markdown(table, out):
    """Appends the table's lines to ``out`` (nothing for a table without rows)."""
    if not table.rows:
        return
    out.append("<table>")
    out.append("<thead>")
    out.append("<tr>")
    for i, name in enumerate(table.columns):
        align = table.label_align if i == 0 else "right"
        out.append('<th align="' + align + '">' + escape(name) + "</th>")
    out.append("</tr>")
    out.append("</thead>")
    out.append("<tbody>")
    for row in table.rows:
        out.append("<tr>")
        _label_cell(table, row[0], out)
        for value in row[1:]:
            out.append('<td align="right">' + escape(cell_text(value)) + "</td>")
        out.append("</tr>")
    out.append("</tbody>")
    out.append("</table>")
    out.append("")


def section_markdown(section, out):
    out.append("#" * section.level + " " + section.title)
    out.append("")
    out.append("<details>")
    out.append("<summary> " + section.summary + " </summary>")
    out.append("")
    if section.doc:
        out.append("")
        out.append(section.doc)
        out.append("")
    for part in section.parts:
        if isinstance(part, Table):
            table_markdown(part, out)
        else:
            section_markdown(part, out)
    out.append("")
    out.append("</details>")
    out.append("")


# ---- two runs side by side

def _change(base, head):
    if not isinstance(base, int) or not isinstance(head, int):
        return None
    if base == 0:
        return None if head == 0 else "new"
    return "{:+.1%}".format((head - base) / base)


def compare_tables(base, head):
    """One table with each value column of ``base`` and ``head`` side by side, and after the first pair the
    change of that (count) column from base to head. Rows are matched by label: head's order, then rows only
    base has."""
    width = len(head.columns)
    columns = [head.columns[0]]
    for i, name in enumerate(head.columns[1:]):
        columns.append("Base " + name if name else "Base")
        columns.append("Head " + name if name else "Head")
        if i == 0:
            columns.append("Change")
    base_rows = {row[0]: row for row in base.rows}
    head_rows = {row[0]: row for row in head.rows}
    labels = [row[0] for row in head.rows] + [row[0] for row in base.rows if row[0] not in head_rows]
    empty = [None] * (width - 1)
    rows = []
    for label in labels:
        b = base_rows.get(label, [label] + empty)
        h = head_rows.get(label, [label] + empty)
        row = [label]
        for i in range(1, width):
            row.append(b[i])
            row.append(h[i])
            if i == 1:
                row.append(_change(b[1], h[1]))
        rows.append(row)
    notes = dict(base.notes)
    notes.update(head.notes)
    return Table(columns, rows, notes, head.label_align)


def compare_sections(base, head):
    """The sections of ``head`` with every table merged with the matching table of ``base``."""
    base_by_title = {s.title: s for s in base}
    merged = []
    for section in head:
        other = base_by_title.get(section.title, Section(section.level, section.title, section.summary))
        merged.append(_compare_section(other, section))
    for section in base:
        if section.title not in {s.title for s in head}:
            merged.append(_compare_section(section, Section(section.level, section.title, section.summary)))
    return merged


def _compare_section(base, head):
    base_tables = [p for p in base.parts if isinstance(p, Table)]
    head_tables = [p for p in head.parts if isinstance(p, Table)]
    base_subs = [p for p in base.parts if isinstance(p, Section)]
    head_subs = [p for p in head.parts if isinstance(p, Section)]
    template = head if head.parts or not base.parts else base
    parts = []
    table_index = 0
    for part in template.parts:
        if isinstance(part, Table):
            b = base_tables[table_index] if table_index < len(base_tables) else Table(part.columns, [])
            h = head_tables[table_index] if table_index < len(head_tables) else Table(part.columns, [])
            parts.append(compare_tables(b, h))
            table_index += 1
    parts.extend(compare_sections(base_subs, head_subs))
    return Section(template.level, template.title, template.summary, template.doc, parts)
