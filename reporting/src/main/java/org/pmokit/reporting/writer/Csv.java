package org.pmokit.reporting.writer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV cells and rows by RFC 4180 (fields with a comma, a double quote, CR or LF in double quotes,
 * quotes doubled; rows end with CRLF), with formula injection neutralised (OWASP "CSV injection"):
 * a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets
 * a leading apostrophe, so a spreadsheet shows it as text instead of running it. A plain decimal
 * number such as {@code -220000.00} is left as it is: it cannot be a formula, and a spreadsheet
 * should read it as a number.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Csv {

    /** The row separator of RFC 4180. */
    static final String CRLF = "\r\n";

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private Csv() {
    }

    /**
     * Neutralises a cell against formula injection.
     *
     * @param value the cell's text
     * @return the text, with an apostrophe before it if it starts like a formula
     */
    static String neutralise(String value) {
        if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /**
     * Writes one cell: neutralised, then quoted if RFC 4180 requires it.
     *
     * @param value the cell's text
     * @return the field
     */
    static String cell(String value) {
        String v = neutralise(value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /**
     * Writes one row, ending with CRLF.
     *
     * @param out where to write
     * @param cells the cells
     */
    static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append(CRLF);
    }
}
