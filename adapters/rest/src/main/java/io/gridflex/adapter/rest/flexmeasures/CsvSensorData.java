package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.adapter.rest.json.MalformedBodyException;
import io.gridflex.adapter.rest.json.TimeFields;
import io.gridflex.application.belief.port.in.RecordBeliefsCommand;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.belief.Span;
import io.gridflex.domain.sensor.Sensor;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.multipart.MultipartBody;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Reads CSV uploads ({@code event_start,event_value} columns, a header row, ISO 8601 timestamps
 * with offsets) into one series at the sensor's resolution; gaps become nulls. Every row of every
 * file is checked before anything is stored: a bad row refuses the whole request, naming the row.
 */
@Singleton
public class CsvSensorData {

    RecordBeliefsCommand read(MultipartBody body, Sensor sensor) {
        List<CompletedFileUpload> files = uploads(body);
        if (files.isEmpty()) {
            throw new MalformedBodyException("No CSV file was uploaded (form field 'uploaded-files').");
        }
        TreeMap<Instant, Double> rows = new TreeMap<>();
        for (CompletedFileUpload file : files) {
            readFile(file, rows);
        }
        Duration step = sensor.eventResolution();
        Instant first = rows.firstKey();
        List<Double> values = new ArrayList<>();
        if (step.isZero()) {
            if (rows.size() > 1) {
                throw new InvalidValueException("uploaded-files", "An instantaneous sensor takes one reading per upload.");
            }
            values.add(rows.firstEntry().getValue());
        } else {
            for (var row : rows.entrySet()) {
                Duration offset = Duration.between(first, row.getKey());
                if (offset.toNanos() % step.toNanos() != 0 || !EventGrid.floor(row.getKey(), step).equals(row.getKey())) {
                    throw new InvalidValueException("uploaded-files", "Row with event_start " + row.getKey()
                            + " is not on the sensor's resolution of " + step + ".");
                }
                int index = Math.toIntExact(offset.toNanos() / step.toNanos());
                while (values.size() < index) {
                    values.add(null);
                }
                values.add(row.getValue());
            }
        }
        return new RecordBeliefsCommand(sensor.id(), first, Span.exact(step.multipliedBy(values.size())), values, sensor.unit(),
                Optional.empty(), Optional.empty());
    }

    /** Every uploaded file of the form; the controller runs on the blocking pool, so waiting here is fine. */
    private static List<CompletedFileUpload> uploads(MultipartBody body) {
        CompletableFuture<List<CompletedFileUpload>> done = new CompletableFuture<>();
        List<CompletedFileUpload> files = new ArrayList<>();
        body.subscribe(new Subscriber<CompletedPart>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(CompletedPart part) {
                if (part instanceof CompletedFileUpload file) {
                    files.add(file);
                }
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(files);
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

    private static void readFile(CompletedFileUpload file, TreeMap<Instant, Double> rows) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                throw new InvalidValueException("uploaded-files", file.getFilename() + " is empty.");
            }
            String[] columns = header.strip().split(",");
            int startColumn = indexOf(columns, "event_start", file);
            int valueColumn = indexOf(columns, "event_value", file);
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                try {
                    Instant start = TimeFields.awareDateTime(cells[startColumn]).toInstant();
                    String raw = cells[valueColumn].strip();
                    Double value = raw.isEmpty() || raw.equalsIgnoreCase("null") ? null : Double.valueOf(raw);
                    if (value != null && !Double.isFinite(value)) {
                        throw new IllegalArgumentException("not a finite number");
                    }
                    if (rows.containsKey(start)) {
                        throw new IllegalArgumentException("event_start " + start + " appears twice");
                    }
                    rows.put(start, value);
                } catch (RuntimeException e) {
                    throw new InvalidValueException("uploaded-files", file.getFilename() + ", row " + number + ": "
                            + (e.getMessage() == null ? "not a valid row" : e.getMessage()) + " (" + line.strip() + ")");
                }
            }
            if (rows.isEmpty()) {
                throw new InvalidValueException("uploaded-files", file.getFilename() + " has no data rows.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(String[] columns, String name, CompletedFileUpload file) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new InvalidValueException("uploaded-files", file.getFilename() + " has no '" + name + "' column.");
    }
}
