package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.application.belief.port.in.RecordBeliefsCommand;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.Sensor;
import io.gridflex.domain.unit.SensorUnit;
import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Reads FlexMeasures' sensor data upload (multipart form: {@code uploaded-files}, one or more CSV
 * or Excel files; {@code unit}, default the sensor's; {@code belief-time-measured-instantly}, on for
 * beliefs held when each event became known, else held now) into one command per file. The file's
 * format decides only how its cells are read ({@link CsvTable}, {@link ExcelTable}); what the rows
 * mean is {@link UploadRules}', the same for every format. Every file is checked before anything is
 * stored; each refused file is named in one 422.
 */
@Singleton
public class SensorDataUpload {

    static final String FILES = "uploaded-files";

    private static final Set<String> EXTENSIONS = Set.of("csv", "CSV", "xlsx", "XLSX", "xls", "XLS", "xlsm", "XLSM");
    private static final Set<String> CONTENT_TYPES = Set.of("text/csv", "text/plain", "text/x-csv", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Set<String> TRUTHY = Set.of("on", "true", "True", "1");
    private static final Set<String> FALSY = Set.of("off", "false", "False", "0");

    private record Form(List<CompletedFileUpload> files, Map<String, String> fields) {
    }

    List<RecordBeliefsCommand> read(MultipartBody body, Sensor sensor) {
        Form form = form(body);
        Map<String, List<String>> refused = new LinkedHashMap<>();
        if (form.files().isEmpty()) {
            refused.put(FILES, List.of("Missing data for required field."));
        }
        SensorUnit unit = sensor.unit();
        String unitField = form.fields().get("unit");
        if (unitField != null) {
            try {
                unit = SensorUnit.of(unitField);
                if (!unit.isConvertibleTo(sensor.unit())) {
                    refused.put("unit", List.of("Provided unit '" + unitField + "' is not convertible to sensor unit '" + sensor.unit() + "'"));
                }
            } catch (RuntimeException e) {
                refused.put("unit", List.of("Provided unit '" + unitField + "' is not convertible to sensor unit '" + sensor.unit() + "'"));
            }
        }
        String instantly = form.fields().get("belief-time-measured-instantly");
        if (instantly != null && !TRUTHY.contains(instantly) && !FALSY.contains(instantly)) {
            refused.put("belief-time-measured-instantly", List.of("Not a valid boolean."));
        }
        Optional<Duration> horizon = instantly != null && TRUTHY.contains(instantly) ? Optional.of(Duration.ZERO) : Optional.empty();

        List<String> fileErrors = new ArrayList<>();
        for (int i = 0; i < form.files().size(); i++) {
            CompletedFileUpload file = form.files().get(i);
            List<String> problems = new ArrayList<>();
            String name = file.getFilename();
            if (name == null || name.isBlank()) {
                problems.add("Filename is missing.");
            } else if (!EXTENSIONS.contains(name.substring(name.lastIndexOf('.') + 1))) {
                problems.add("Invalid filename: " + name + ". Only CSV or Excel files are accepted.");
            }
            String type = file.getContentType().map(MediaType::getName).orElse(null);
            if (type == null || !CONTENT_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
                problems.add("Invalid content type: " + type + ". Only the following content types are accepted: "
                        + new java.util.TreeSet<>(CONTENT_TYPES) + ".");
            }
            problems.forEach(p -> fileErrors.add(p));
        }
        if (!fileErrors.isEmpty()) {
            refused.put(FILES, fileErrors);
        }
        if (!refused.isEmpty()) {
            throw new InvalidValueException(refused);
        }

        List<RecordBeliefsCommand> commands = new ArrayList<>();
        List<String> contentErrors = new ArrayList<>();
        for (CompletedFileUpload file : form.files()) {
            try {
                for (UploadRules.Series series : UploadRules.series(table(file), sensor, unit)) {
                    commands.add(new RecordBeliefsCommand(sensor.id(), series.start(),
                            Span.exact(series.resolution().multipliedBy(series.values().size())), series.values(), unit,
                            Optional.empty(), horizon));
                }
            } catch (IOException | RuntimeException e) {
                contentErrors.add("Invalid content in file: " + file.getFilename() + ". Failed with: " + reason(e));
            }
        }
        if (!contentErrors.isEmpty()) {
            throw new InvalidValueException(Map.of(FILES, contentErrors));
        }
        return commands;
    }

    private static String reason(Exception e) {
        if (e instanceof InvalidValueException invalid) {
            return String.join(" ", invalid.fields().values().stream().flatMap(List::stream).toList());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The file's cells: by its extension, as FlexMeasures chooses between pandas' CSV and Excel readers. */
    private static UploadedTable table(CompletedFileUpload file) throws IOException {
        String extension = file.getFilename().substring(file.getFilename().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try (InputStream in = file.getInputStream()) {
            if (extension.equals("csv")) {
                return CsvTable.read(in);
            }
            try {
                return ExcelTable.read(in);
            } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException e) {
                throw new IllegalArgumentException("Not a readable Excel workbook: " + e.getMessage());
            }
        }
    }

    /** Every part of the form; the controller runs on the blocking pool, so waiting here is fine. */
    private static Form form(MultipartBody body) {
        CompletableFuture<Form> done = new CompletableFuture<>();
        List<CompletedFileUpload> files = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        body.subscribe(new Subscriber<CompletedPart>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(CompletedPart part) {
                if (part instanceof CompletedFileUpload file) {
                    files.add(file);
                } else if (part != null) {
                    try {
                        fields.put(part.getName(), new String(part.getBytes(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        onError(e);
                    }
                }
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(new Form(files, fields));
            }
        });
        try {
            return done.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MalformedBodyException("The upload was interrupted.");
        } catch (ExecutionException | TimeoutException e) {
            throw new MalformedBodyException("The upload could not be read as multipart form data.");
        }
    }
}
