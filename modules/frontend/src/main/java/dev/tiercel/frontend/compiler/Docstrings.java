package dev.tiercel.frontend.compiler;

/** CPython 3.13's docstring cleaning: common leading indentation removed from all lines but the first. */
final class Docstrings {
    private Docstrings() {
    }

    static String clean(String doc) {
        String expanded = doc.replace("\t", "        ");
        String[] lines = expanded.split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            int indent = 0;
            while (indent < l.length() && l.charAt(indent) == ' ') {
                indent++;
            }
            if (indent < l.length()) {
                margin = Math.min(margin, indent);
            }
        }
        StringBuilder sb = new StringBuilder();
        String first = lines[0];
        int k = 0;
        while (k < first.length() && first.charAt(k) == ' ') {
            k++;
        }
        sb.append(first.substring(k));
        for (int i = 1; i < lines.length; i++) {
            sb.append('\n');
            String l = lines[i];
            if (margin != Integer.MAX_VALUE && l.length() >= margin) {
                sb.append(l.substring(margin));
            } else {
                sb.append(l.strip().isEmpty() ? "" : l);
            }
        }
        return sb.toString();
    }
}
