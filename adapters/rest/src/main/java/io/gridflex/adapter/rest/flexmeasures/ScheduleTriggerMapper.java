package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.application.scheduling.flex.FlexDevice;
import io.gridflex.application.scheduling.flex.FlexDocuments;
import io.gridflex.application.scheduling.flex.KnownFields;
import io.gridflex.application.scheduling.flex.SiteFlexContext;
import io.gridflex.application.scheduling.port.in.ScheduleTarget;
import io.gridflex.application.scheduling.port.in.TriggerScheduleCommand;
import io.gridflex.domain.asset.AssetId;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * FlexMeasures' schedule trigger bodies into a {@link TriggerScheduleCommand}: the trigger's own
 * fields here, its flex-models and flex-context through the application's one reader of that format.
 */
final class ScheduleTriggerMapper {

    private static final Set<String> SENSOR_FIELDS = Set.of("start", "duration", "resolution", "prior", "flex-model",
            "flex-context", "force-new-job-creation");
    private static final Set<String> ASSET_FIELDS = KnownFields.union(SENSOR_FIELDS, Set.of("sequential"));

    /** Older names FlexMeasures' v3_0 still accepts (flexmeasures-client sends the first), and the field each became. */
    private static final Map<String, String> LEGACY_ALIASES = Map.of("force_new_job_creation", "force-new-job-creation");

    private ScheduleTriggerMapper() {
    }

    /** As FlexMeasures: a legacy name is read as its field unless the field itself is given (then it stays unknown). */
    private static Map<String, Object> aliased(Map<String, Object> body) {
        Map<String, Object> aliased = new LinkedHashMap<>(body);
        LEGACY_ALIASES.forEach((legacy, field) -> {
            if (aliased.containsKey(legacy) && !aliased.containsKey(field)) {
                aliased.put(field, aliased.remove(legacy));
            }
        });
        return aliased;
    }

    /** A sensor trigger: flex-model as one object, which names no other sensor than the scheduled one. */
    static TriggerScheduleCommand sensorTrigger(SensorId sensor, Map<String, Object> given) {
        Map<String, Object> body = aliased(given);
        KnownFields.require(null, body.keySet(), SENSOR_FIELDS, "");
        Object model = body.getOrDefault("flex-model", Map.of());
        if (!(model instanceof Map<?, ?> device)) {
            throw new InvalidValueException("flex-model", "Must be an object: the flex-model of sensor " + sensor + ".");
        }
        Map<String, Object> fields = new LinkedHashMap<>(textKeys(device));
        Object named = fields.remove("sensor");
        if (named != null && !(named instanceof Number n && n.longValue() == sensor.value())) {
            throw new InvalidValueException("flex-model.sensor", "Names another sensor than the one scheduled (" + sensor + ").");
        }
        return command(new ScheduleTarget.OfSensor(sensor), body, false,
                () -> List.of(new FlexDevice(sensor, FlexDocuments.device("flex-model", fields))));
    }

    /** An asset trigger: flex-model as a list of objects, each naming its device's sensor. */
    static TriggerScheduleCommand assetTrigger(AssetId asset, Map<String, Object> given) {
        Map<String, Object> body = aliased(given);
        KnownFields.require(null, body.keySet(), ASSET_FIELDS, "");
        Object models = body.get("flex-model");
        if (!(models instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(Map.class::isInstance)) {
            throw new InvalidValueException("flex-model", "Must be a list of flex-models, one per device, each naming its sensor.");
        }
        Object sequential = body.getOrDefault("sequential", false);
        if (!(sequential instanceof Boolean isSequential)) {
            throw new InvalidValueException("sequential", "Not a valid boolean.");
        }
        return command(new ScheduleTarget.OfAsset(asset), body, isSequential, () -> {
            List<FlexDevice> devices = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String path = list.size() == 1 ? "flex-model" : "flex-model[" + i + "]";
                devices.add(FlexDocuments.namedDevice(path, textKeys((Map<?, ?>) list.get(i))));
            }
            return devices;
        });
    }

    /** The fields both triggers share, read in the order FlexMeasures refuses them. */
    private static TriggerScheduleCommand command(ScheduleTarget target, Map<String, Object> body, boolean sequential,
                                                  java.util.function.Supplier<List<FlexDevice>> devices) {
        Instant start = FlexDocuments.instant("start", Optional.ofNullable(body.get("start"))
                .orElseThrow(() -> new InvalidValueException("start", "Missing data for required field.")));
        Optional<Instant> prior = Optional.ofNullable(body.get("prior")).map(p -> FlexDocuments.instant("prior", p));
        Optional<Duration> resolution = Optional.ofNullable(body.get("resolution"))
                .map(r -> FlexDocuments.duration("resolution", r));
        Optional<Duration> duration = Optional.ofNullable(body.get("duration")).map(d -> FlexDocuments.duration("duration", d));
        Object force = body.getOrDefault("force-new-job-creation", false);
        if (!(force instanceof Boolean forceNewJob)) {
            throw new InvalidValueException("force-new-job-creation", "Not a valid boolean.");
        }
        List<FlexDevice> models = devices.get();
        Object context = body.getOrDefault("flex-context", Map.of());
        if (!(context instanceof Map<?, ?> contextFields)) {
            throw new InvalidValueException("flex-context", "Must be an object.");
        }
        SiteFlexContext flexContext = FlexDocuments.context(textKeys(contextFields));
        return new TriggerScheduleCommand(target, start, duration, resolution, prior, models, flexContext, sequential,
                forceNewJob);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> textKeys(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new InvalidValueException("flex-model", "Keys must be text.");
            }
        }
        return (Map<String, Object>) map;
    }
}
