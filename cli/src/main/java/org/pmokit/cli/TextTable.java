package org.pmokit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with columns padded to their widest cell, counting a CJK character as two
 * columns so that Chinese headers line up in a terminal. The last column is not padded.
 */
final class TextTable {

    private final List<List<String>> rows = new ArrayList<>();

    /** Adds a row; every row has as many cells as the first. */
    TextTable row(List<String> cells) {
        if (!rows.isEmpty() && cells.size() != rows.get(0).size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, the table " + rows.get(0).size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Returns the table, one line per row, each ending with a line separator. */
    String render() {
        if (rows.isEmpty()) {
            return "";
        }
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder s = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                line.append(cell);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - width(cell) + 2));
                }
            }
            s.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return s.toString();
    }

    /** The display width: two columns for East Asian wide characters, one for the rest. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
