package io.gridflex.bootstrap;

import static io.gridflex.bootstrap.PublicApiTest.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v3_0/sensors/<id>/data/upload} with real CSV and Excel files: FlexMeasures' row
 * rules, one test each, and its refusals (422, never a 500).
 */
class SensorDataUploadApiTest extends ApiTest {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String XLS = "application/vnd.ms-excel";

    private final AtomicInteger counter = new AtomicInteger();
    private String admin;
    private long asset;

    @BeforeAll
    void anAsset() {
        admin = adminToken();
        asset = id(post("/api/v3_0/assets", "{\"name\": \"Upload site\", \"generic_asset_type_id\": 5}", admin));
    }

    private long sensor(String unit, String resolution, String timezone) {
        Answer created = post("/api/v3_0/sensors", "{\"name\": \"upload sensor " + counter.incrementAndGet() + "\", \"unit\": \""
                + unit + "\", \"event_resolution\": \"" + resolution + "\", \"timezone\": \"" + timezone + "\", \"generic_asset_id\": "
                + asset + "}", admin);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return id(created);
    }

    private Answer upload(long sensor, String name, String type, byte[] content, String... fields) {
        MultipartBody.Builder body = MultipartBody.builder().addPart("uploaded-files", name, MediaType.of(type), content);
        for (int i = 0; i < fields.length; i += 2) {
            body.addPart(fields[i], fields[i + 1]);
        }
        return send(HttpRequest.POST("/api/v3_0/sensors/" + sensor + "/data/upload", body.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin);
    }

    private Answer csv(long sensor, String content, String... fields) {
        return upload(sensor, "data.csv", CSV, content.getBytes(StandardCharsets.UTF_8), fields);
    }

    private List<Double> values(long sensor, String query) {
        Answer answer = get("/api/v3_0/sensors/" + sensor + "/data?" + query, admin);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Object> raw = (List<Object>) answer.get("values");
        return raw.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    }

    private static String fileError(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(422);
        return fieldErrors(answer).get("uploaded-files").toString();
    }

    @Test
    void floors_rows_off_the_hour_to_their_resolution() {
        long gas = sensor("kW", "PT1H", "UTC");
        // FlexMeasures' own test file: hourly rows at 11 past
        Answer answer = csv(gas, "event_start,event_value\n2022-12-16T05:11:00Z,4\n2022-12-16T06:11:00Z,2\n2022-12-16T07:11:00Z,6\n");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(values(gas, "start=2022-12-16T05:00:00Z&duration=PT3H&unit=kW")).containsExactly(4.0, 2.0, 6.0);
    }

    @Test
    void keeps_an_instantaneous_sensors_readings_at_their_own_moments() {
        long temperature = sensor("°C", "PT0M", "UTC");
        // FlexMeasures' own test file on its instantaneous temperature sensor: nothing is floored
        Answer answer = csv(temperature, "event_start,event_value\n2022-12-16T05:11:00Z,4\n2022-12-16T06:11:00Z,2\n2022-12-16T07:11:00Z,6\n");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(values(temperature, "start=2022-12-16T05:11:00Z&duration=PT3H&unit=%C2%B0C&resolution=PT1H"))
                .containsExactly(4.0, 2.0, 6.0);
        // uneven readings too, each on its own
        String uneven = "event_start,event_value\n2022-12-17T05:00:00Z,1\n2022-12-17T05:07:00Z,2\n2022-12-17T05:10:00Z,3\n";
        assertThat(csv(temperature, uneven).status()).isEqualTo(200);
        assertThat(values(temperature, "start=2022-12-17T05:00:00Z&duration=PT15M&unit=%C2%B0C&resolution=PT5M"))
                .containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void repeats_coarser_rows_and_averages_finer_ones_on_the_sensors_grid() {
        long coarse = sensor("kW", "PT15M", "UTC");
        assertThat(csv(coarse, "event_start,event_value\n2026-03-01T00:00:00Z,8\n2026-03-01T01:00:00Z,4\n").status()).isEqualTo(200);
        assertThat(values(coarse, "start=2026-03-01T00:00:00Z&duration=PT2H&unit=kW"))
                .containsExactly(8.0, 8.0, 8.0, 8.0, 4.0, 4.0, 4.0, 4.0);

        long fine = sensor("kW", "PT10M", "UTC");
        String rows = "event_start,event_value\n2026-03-01T05:05:00Z,10\n2026-03-01T05:10:00Z,20\n2026-03-01T05:15:00Z,30\n"
                + "2026-03-01T05:20:00Z,40\n2026-03-01T05:25:00Z,50\n";
        assertThat(csv(fine, rows, "belief-time-measured-instantly", "on").status()).isEqualTo(200);
        // slots of the sensor's grid: 05:00 holds 05:05 alone, 05:10 holds 05:10 and 05:15, 05:20 holds 05:20 and 05:25
        assertThat(values(fine, "start=2026-03-01T05:00:00Z&duration=PT30M&unit=kW")).containsExactly(10.0, 25.0, 45.0);
    }

    @Test
    void sums_finer_energy_amounts() {
        long energy = sensor("kWh", "PT1H", "UTC");
        String rows = "event_start,event_value\n2026-03-02T00:00:00Z,1\n2026-03-02T00:15:00Z,2\n2026-03-02T00:30:00Z,3\n"
                + "2026-03-02T00:45:00Z,4\n2026-03-02T01:00:00Z,5\n";
        assertThat(csv(energy, rows).status()).isEqualTo(200);
        assertThat(values(energy, "start=2026-03-02T00:00:00Z&duration=PT2H&unit=kWh")).containsExactly(10.0, 5.0);
    }

    @Test
    void converts_from_the_unit_field_and_refuses_one_that_does_not_convert() {
        long power = sensor("kW", "PT15M", "UTC");
        assertThat(csv(power, "event_start,event_value\n2026-03-03T00:00:00Z,1.5\n", "unit", "MW").status()).isEqualTo(200);
        assertThat(values(power, "start=2026-03-03T00:00:00Z&duration=PT15M&unit=kW")).containsExactly(1500.0);

        Answer refused = csv(power, "event_start,event_value\n2026-03-03T01:00:00Z,1\n", "unit", "EUR");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fieldErrors(refused).get("unit").toString()).contains("not convertible to sensor unit 'kW'");
    }

    @Test
    void places_naive_timestamps_in_the_sensors_time_zone_and_refuses_a_missing_hour() {
        long power = sensor("kW", "PT1H", "Europe/Amsterdam");
        assertThat(csv(power, "event_start,event_value\n2026-01-10 00:00,7\n2026-01-10 01:00:00,8\n").status()).isEqualTo(200);
        assertThat(values(power, "start=2026-01-09T23:00:00Z&duration=PT2H&unit=kW")).containsExactly(7.0, 8.0);

        // 02:30 does not exist in Amsterdam on the night summer time starts
        String gap = fileError(csv(power, "event_start,event_value\n2026-03-29T02:30:00,1\n"));
        assertThat(gap).contains("Invalid content in file: data.csv").contains("does not exist");
    }

    @Test
    void counts_exact_duplicates_once_and_refuses_rows_that_merge_on_one_event() {
        long power = sensor("kW", "PT15M", "UTC");
        String twice = "event_start,event_value\n2026-03-04T00:00:00Z,1\n2026-03-04T00:00:00Z,1\n2026-03-04T00:15:00Z,2\n";
        assertThat(csv(power, twice).status()).isEqualTo(200);
        assertThat(values(power, "start=2026-03-04T00:00:00Z&duration=PT30M&unit=kW")).containsExactly(1.0, 2.0);

        String merged = "event_start,event_value\n2026-03-05T00:00:00Z,1\n2026-03-05T00:00:00Z,2\n";
        assertThat(fileError(csv(power, merged))).contains("Flooring event_start would merge multiple beliefs");
    }

    @Test
    void refuses_rows_off_the_most_common_step() {
        long power = sensor("kW", "PT15M", "UTC");
        String rows = "event_start,event_value\n2026-03-06T00:00:00Z,1\n2026-03-06T00:15:00Z,2\n2026-03-06T00:30:00Z,3\n"
                + "2026-03-06T00:40:00Z,4\n";
        assertThat(fileError(csv(power, rows))).contains("Most common frequency: 0 days 00:15:00")
                .contains("Number of irregular intervals: 1").contains("First irregular event start: 2026-03-06 00:40:00+00:00");
        // gaps of whole steps are fine, and stay empty
        String gaps = "event_start,event_value\n2026-03-06T01:00:00Z,1\n2026-03-06T01:15:00Z,2\n2026-03-06T01:45:00Z,4\n";
        assertThat(csv(power, gaps).status()).isEqualTo(200);
        assertThat(values(power, "start=2026-03-06T01:00:00Z&duration=PT1H&unit=kW")).containsExactly(1.0, 2.0, null, 4.0);
    }

    @Test
    void reads_three_columns_as_start_belief_time_and_value_whatever_their_names() {
        long power = sensor("kW", "PT15M", "UTC");
        String rows = "when,known,kW\n2026-03-07T00:00:00Z,2026-03-06T12:00:00Z,3\n2026-03-07T00:15:00Z,2026-03-06T12:00:00Z,\n";
        assertThat(csv(power, rows).status()).isEqualTo(200);
        assertThat(values(power, "start=2026-03-07T00:00:00Z&duration=PT30M&unit=kW")).containsExactly(3.0, null);
    }

    @Test
    void holds_beliefs_when_measured_instantly_or_else_now() {
        long instantly = sensor("kW", "PT15M", "UTC");
        assertThat(csv(instantly, "event_start,event_value\n2026-01-05T00:00:00Z,5\n", "belief-time-measured-instantly", "on")
                .status()).isEqualTo(200);
        assertThat(values(instantly, "start=2026-01-05T00:00:00Z&duration=PT15M&unit=kW&prior=2026-01-05T00:15:00Z"))
                .containsExactly(5.0);

        long now = sensor("kW", "PT15M", "UTC");
        assertThat(csv(now, "event_start,event_value\n2026-01-05T00:00:00Z,5\n").status()).isEqualTo(200);
        assertThat(values(now, "start=2026-01-05T00:00:00Z&duration=PT15M&unit=kW&prior=2026-01-05T00:15:00Z"))
                .containsExactly((Double) null);
    }

    @Test
    void uploads_an_xlsx_file_with_date_cells_and_text_timestamps_under_the_same_rules() {
        long power = sensor("kW", "PT1H", "Europe/Amsterdam");
        byte[] xlsx = workbook(new XSSFWorkbook(), new Object[][] {
                {"event_start", "event_value"},
                {LocalDateTime.parse("2026-01-12T00:11:00"), 3.0},     // a date cell: local, floored to 00:00
                {"2026-01-12T01:11:00+01:00", 8.0},
                {LocalDateTime.parse("2026-01-12T02:11:00"), 4.0}});
        Answer answer = upload(power, "test.xlsx", XLSX, xlsx);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(values(power, "start=2026-01-11T23:00:00Z&duration=PT3H&unit=kW")).containsExactly(3.0, 8.0, 4.0);
    }

    @Test
    void uploads_an_xls_file() {
        long power = sensor("kW", "PT15M", "UTC");
        byte[] xls = workbook(new HSSFWorkbook(), new Object[][] {
                {"event_start", "event_value"}, {"2026-03-08T00:00:00Z", 1.0}, {"2026-03-08T00:15:00Z", 2.0}});
        assertThat(upload(power, "old.xls", XLS, xls).status()).isEqualTo(200);
        assertThat(values(power, "start=2026-03-08T00:00:00Z&duration=PT30M&unit=kW")).containsExactly(1.0, 2.0);
    }

    @Test
    void refuses_text_in_an_excel_value_cell_like_a_bad_csv_value() {
        long power = sensor("kW", "PT15M", "UTC");
        byte[] xlsx = workbook(new XSSFWorkbook(), new Object[][] {
                {"event_start", "event_value"}, {"2026-03-09T00:00:00Z", 1.0}, {"2026-03-09T00:15:00Z", "lots"}});
        assertThat(fileError(upload(power, "bad.xlsx", XLSX, xlsx))).contains("Invalid content in file: bad.xlsx")
                .contains("event values should be numeric").contains("row 3");
        assertThat(fileError(csv(power, "event_start,event_value\n2026-03-09T00:00:00Z,1\n2026-03-09T00:15:00Z,lots\n")))
                .contains("event values should be numeric").contains("row 3");
        assertThat(values(power, "start=2026-03-09T00:00:00Z&duration=PT30M&unit=kW")).containsExactly(null, null);
    }

    @Test
    void refuses_bad_files_with_a_422_naming_them() {
        long power = sensor("kW", "PT15M", "UTC");
        byte[] rows = "event_start,event_value\n2026-03-10T00:00:00Z,1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(fileError(upload(power, "data.txt", CSV, rows))).contains("Invalid filename: data.txt");
        assertThat(fileError(upload(power, "data.csv", "application/json", rows))).contains("Invalid content type: application/json");
        assertThat(fileError(upload(power, "broken.xlsx", XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8))))
                .contains("Invalid content in file: broken.xlsx");
        assertThat(fileError(upload(power, "empty.csv", CSV, "\n".getBytes(StandardCharsets.UTF_8))))
                .contains("Invalid content in file: empty.csv. Failed with: No columns to parse from file");
        assertThat(fileError(upload(power, "nothing.csv", CSV, new byte[0]))).isNotEmpty(); // an empty part is no file at all
        assertThat(fileError(csv(power, "event_start,event_value\n"))).contains("no data rows");
        assertThat(fileError(csv(power, "event_start,event_value\nyesterday,1\n"))).contains("'yesterday' is not a datetime");
        assertThat(fileError(csv(power, "a,b,c,d\n2026-03-10T00:00:00Z,1,2,3\n"))).contains("event_start and event_value");

        Answer none = send(HttpRequest.POST("/api/v3_0/sensors/" + power + "/data/upload",
                MultipartBody.builder().addPart("unit", "kW").build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), admin);
        assertThat(fileError(none)).contains("Missing data for required field.");
    }

    private static byte[] workbook(Workbook workbook, Object[][] rows) {
        try (workbook) {
            Sheet sheet = workbook.createSheet("data");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    var cell = row.createCell(c);
                    if (value instanceof LocalDateTime time) {
                        cell.setCellValue(time);
                        cell.setCellStyle(date);
                    } else if (value instanceof Double number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
