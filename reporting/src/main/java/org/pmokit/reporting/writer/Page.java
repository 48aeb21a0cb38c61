package org.pmokit.reporting.writer;

import java.util.List;
import java.util.Objects;

/**
 * A report laid out for reading, in one language: a title and blocks (headings, facts, tables,
 * charts, notes) whose texts are plain, not yet escaped. The HTML and Markdown writers render the same
 * page, each escaping for its own format, so both show the same content.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the page title
 * @param blocks the blocks, in order
 */
record Page(String title, List<Block> blocks) {

    Page {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** A block of a page. */
    sealed interface Block permits Heading, Facts, Table, Chart, Note {
    }

    /**
     * A heading; level 2 opens a section.
     *
     * @param level 1 to 3
     * @param text the text
     * @param anchor the section's identifier, such as {@code risks}
     */
    record Heading(int level, String text, String anchor) implements Block {
        Heading {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /**
     * Labelled values, such as the project's header.
     *
     * @param facts the facts
     */
    record Facts(List<Fact> facts) implements Block {
        Facts {
            facts = List.copyOf(facts);
        }
    }

    /**
     * One labelled value.
     *
     * @param label the label
     * @param value the value
     */
    record Fact(String label, Cell value) {
        Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A table.
     *
     * @param caption its caption, may be empty
     * @param headers the column headers
     * @param rows the rows, each with one cell per header
     */
    record Table(String caption, List<String> headers, List<List<Cell>> rows) implements Block {
        Table {
            Objects.requireNonNull(caption, "caption");
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<Cell> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells for " + headers.size()
                            + " headers");
                }
            }
        }
    }

    /**
     * A chart, as one SVG element whose texts are already encoded; only HTML shows it.
     *
     * @param svg the element
     */
    record Chart(String svg) implements Block {
        Chart {
            Objects.requireNonNull(svg, "svg");
        }
    }

    /**
     * A paragraph.
     *
     * @param text the text
     * @param style its style, such as {@code missing}; may be empty
     */
    record Note(String text, String style) implements Block {
        Note {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /**
     * A value with a style that HTML shows as a class, such as {@code rag-red} or {@code num}.
     *
     * @param text the text
     * @param style the style, may be empty
     */
    record Cell(String text, String style) {
        Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }

        static Cell of(String text) {
            return new Cell(text, "");
        }

        static Cell number(String text) {
            return new Cell(text, "num");
        }
    }
}
