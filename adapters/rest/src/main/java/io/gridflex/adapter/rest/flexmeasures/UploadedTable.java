package io.gridflex.adapter.rest.flexmeasures;

import java.util.List;
import java.util.Set;

/**
 * An uploaded file's first sheet as cells, whatever the file's format: a header row and the data
 * rows. A cell is {@code null} (empty or "not available"), a {@link String}, a {@link Double}, a
 * {@link java.time.LocalDateTime} (a spreadsheet's date cell, without a zone) or a {@link Boolean}.
 * The file format decides only how cells are read; {@link UploadRules} decides what they mean.
 *
 * @param header the first row's cells
 * @param rows   the data rows (blank rows left out), each with its row number in the file
 */
record UploadedTable(List<Object> header, List<Row> rows) {

    /** What pandas reads as "not available" in a text cell (its default {@code na_values}). */
    static final Set<String> NOT_AVAILABLE = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan",
            "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

    record Row(int number, List<Object> cells) {
        Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }

        Object cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }

        boolean isBlank() {
            return cells.stream().allMatch(java.util.Objects::isNull);
        }
    }

    UploadedTable {
        header = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(header));
        rows = List.copyOf(rows);
    }
}
