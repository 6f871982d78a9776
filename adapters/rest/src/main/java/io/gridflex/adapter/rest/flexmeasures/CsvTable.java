package io.gridflex.adapter.rest.flexmeasures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file into an {@link UploadedTable} as pandas' {@code read_csv} does with its
 * defaults: comma-separated, double quotes around a cell that holds commas, the first line the
 * header, blank lines skipped, "not available" texts empty, and a cell that is a number read as one.
 */
final class CsvTable {

    private CsvTable() {
    }

    static UploadedTable read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Object> header = null;
        List<UploadedTable.Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> texts = split(line);
            if (header == null) {
                header = new ArrayList<>(texts);
                continue;
            }
            List<Object> cells = new ArrayList<>();
            for (String text : texts) {
                cells.add(cell(text));
            }
            UploadedTable.Row row = new UploadedTable.Row(number, cells);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        if (header == null) {
            throw new IllegalArgumentException("No columns to parse from file");
        }
        return new UploadedTable(header, rows);
    }

    private static Object cell(String text) {
        String t = text.strip();
        if (UploadedTable.NOT_AVAILABLE.contains(t)) {
            return null;
        }
        if (t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.valueOf(t);
        }
        return t;
    }

    /** One line's cells: commas separate, double quotes protect commas, a doubled quote is a quote. */
    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
