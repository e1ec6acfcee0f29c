package dev.tiercel.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test-side readers, written independently of the summarizer: a {@code -X pystats} file as key/value pairs, and a
 * summarizer report (Markdown with HTML tables) as headed sections of tables of cell texts.
 */
final class StatsReport {
    private StatsReport() {}

    /** Every {@code key : value} line of a stats file, in order. */
    static Map<String, Long> readStats(Path file) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int colon = line.lastIndexOf(':');
            if (colon > 0) {
                counts.merge(line.substring(0, colon).strip(), Long.parseLong(line.substring(colon + 1).strip()),
                        Long::sum);
            }
        }
        return counts;
    }

    /** A table: its column names and rows of cell texts (a label cell's explanation left out). */
    record Table(List<String> columns, List<List<String>> rows) {
        /** The row whose first cell is {@code label}. */
        Optional<List<String>> row(String label) {
            return rows.stream().filter(r -> r.get(0).equals(label)).findFirst();
        }
    }

    /** A heading ({@code ##} = 2, {@code ###} = 3), its summary line and the tables under it. */
    record Section(int level, String title, String parent, String summary, List<Table> tables) {}

    static List<Section> parse(String markdown) {
        List<Section> sections = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        String parent = null;
        Section current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("## ") || line.startsWith("### ")) {
                int level = line.startsWith("## ") ? 2 : 3;
                String title = line.substring(level + 1);
                if (level == 2) {
                    parent = title;
                }
                current = new Section(level, title, level == 2 ? null : parent, null, new ArrayList<>());
                sections.add(current);
            } else if (line.startsWith("<summary> ") && current != null && current.summary() == null) {
                String summary = line.substring(10, line.length() - " </summary>".length());
                current = new Section(current.level(), current.title(), current.parent(), summary, current.tables());
                sections.set(sections.size() - 1, current);
            } else if (line.equals("<table>") && current != null) {
                i = readTable(lines, i, current.tables());
            }
        }
        return sections;
    }

    private static int readTable(String[] lines, int i, List<Table> into) {
        List<String> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        for (i++; !lines[i].equals("</table>"); i++) {
            String line = lines[i];
            if (line.startsWith("<th ")) {
                columns.add(unescape(line.substring(line.indexOf('>') + 1, line.lastIndexOf("</th>"))));
            } else if (line.equals("<tr>")) {
                row = new ArrayList<>();
            } else if (line.equals("</tr>") && row != null && !row.isEmpty()) {
                rows.add(row);
                row = null;
            } else if (line.startsWith("<td ") && row != null) {
                if (line.endsWith("</td>")) {
                    row.add(unescape(line.substring(line.indexOf('>') + 1, line.length() - 5)));
                } else {
                    row.add(unescape(lines[++i])); // a label with an explanation: the label is the next line
                    while (!lines[i].equals("</td>")) {
                        i++;
                    }
                }
            }
        }
        into.add(new Table(columns, rows));
        return i;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** "8,815" as 8815. */
    static long count(String cell) {
        return Long.parseLong(cell.replace(",", ""));
    }

    /** "10.5%" as 10.5. */
    static double percent(String cell) {
        if (!cell.endsWith("%")) {
            throw new AssertionError("not a percentage: '" + cell + "'");
        }
        return Double.parseDouble(cell.substring(0, cell.length() - 1).replace(",", ""));
    }
}
