package io.gridflex.adapter.rest.flexmeasures;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an Excel workbook (.xlsx, .xlsm or the older .xls; Apache POI tells
 * them apart by their content) into an {@link UploadedTable}, as pandas' {@code read_excel} does:
 * cells keep the type the workbook gives them (a date cell is a date without a zone, a number a
 * number, a text a text), formulas give their cached result, "not available" texts are empty.
 */
final class ExcelTable {

    private ExcelTable() {
    }

    static UploadedTable read(InputStream in) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new IllegalArgumentException("The workbook has no sheet.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<Object> header = null;
            List<UploadedTable.Row> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(cell(row.getCell(c)));
                    }
                }
                UploadedTable.Row read = new UploadedTable.Row(r + 1, cells);
                if (read.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = new ArrayList<>(cells);
                } else {
                    rows.add(read);
                }
            }
            if (header == null) {
                throw new IllegalArgumentException("No columns to parse from file");
            }
            return new UploadedTable(header, rows);
        }
    }

    private static Object cell(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : (Object) cell.getNumericCellValue();
            case STRING -> {
                String text = cell.getStringCellValue();
                yield UploadedTable.NOT_AVAILABLE.contains(text) ? null : text;
            }
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> null;
        };
    }
}
