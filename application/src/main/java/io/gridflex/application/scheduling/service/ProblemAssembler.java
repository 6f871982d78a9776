package io.gridflex.application.scheduling.service;

import io.gridflex.application.scheduling.flex.FlexValue;
import io.gridflex.application.scheduling.flex.ProcessFlexModel;
import io.gridflex.domain.belief.EventGrid;
import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.scheduling.PowerBand;
import io.gridflex.domain.scheduling.ProcessDevice;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.scheduling.SiteContext;
import io.gridflex.domain.scheduling.StorageDevice;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a request's flex-models and flex-context into the domain's scheduling problem: every
 * field to one number per step in the solver's units (MW, MWh, currency per MW or MWh), sensor
 * fields from their stored beliefs, defaults as FlexMeasures has them. The same walk over the
 * fields checks a request at trigger time, with a reader that checks each sensor instead of
 * reading it.
 */
final class ProblemAssembler {

    /** FlexMeasures' breach prices when constraints are relaxed: 1000 per kWh and 10000 per kW. */
    static final double SOC_BREACH_PRICE_PER_MWH = 1e6;
    static final double SITE_BREACH_PRICE_PER_MW = 1e7;

    static final SensorUnit MW = SensorUnit.of("MW");
    static final SensorUnit MWH = SensorUnit.of("MWh");

    /** Where sensor fields get their values. */
    interface SensorReader {

        /** The unit a sensor records in (to find the currency of a price sensor). */
        SensorUnit unitOf(String field, SensorId sensor);

        /** One value per slot of {@code grid} in {@code unit}; NaN where nothing is known. */
        double[] read(String field, SensorId sensor, EventGrid grid, SensorUnit unit);

        /** False for the reader of trigger-time checks, which checks each sensor and answers no data. */
        default boolean readsData() {
            return true;
        }
    }

    private enum Kind { STOCK, POWER, RATIO, PRICE_PER_MWH, PRICE_PER_MW }

    private final EventGrid grid;
    private final SensorReader reader;
    private String currency;

    ProblemAssembler(EventGrid grid, SensorReader reader) {
        this.grid = grid;
        this.reader = reader;
    }

    /** Checks every field of a request without reading data: units, sensors, required fields. */
    static void check(ScheduleRequest request, SensorReader checkingReader) {
        if (checkingReader.readsData()) {
            throw new IllegalArgumentException("A check reads no data.");
        }
        ProblemAssembler assembler = new ProblemAssembler(request.horizon(), checkingReader);
        SiteInputs site = assembler.site(request.context());
        for (FlexModel model : request.devices()) {
            assembler.device(model, site, false);
        }
        request.processes().forEach(assembler::process);
    }

    /** The problem of a request, its sensor fields read from stored beliefs. */
    static SchedulingProblem assemble(ScheduleRequest request, SensorReader reader) {
        ProblemAssembler assembler = new ProblemAssembler(request.horizon(), reader);
        SiteInputs site = assembler.site(request.context());
        List<StorageDevice> devices = new ArrayList<>();
        for (FlexModel model : request.devices()) {
            devices.add(assembler.device(model, site, true));
        }
        List<ProcessDevice> processes = request.processes().stream().map(assembler::process).toList();
        return new SchedulingProblem(request.horizon(), devices, processes, site.context(assembler));
    }

    private record SiteInputs(FlexContext flex, Profile consumptionPrice, Profile productionPrice, Profile inflexible,
                              Profile powerCapacity, Profile consumptionCapacity, Profile productionCapacity,
                              double consumptionBreachPrice, double productionBreachPrice, double peakConsumption,
                              double peakConsumptionPrice, double peakProduction, double peakProductionPrice,
                              double socMinimaBreachPrice, double socMaximaBreachPrice) {

        SiteContext context(ProblemAssembler assembler) {
            assembler.requirePrices("consumption-price", flex.field("consumption-price"), consumptionPrice);
            assembler.requirePrices("production-price", flex.field("production-price").or(() -> flex.field("consumption-price")),
                    productionPrice);
            return new SiteContext(consumptionPrice, productionPrice, inflexible, powerCapacity, consumptionCapacity,
                    productionCapacity, consumptionBreachPrice, productionBreachPrice, peakConsumption, peakConsumptionPrice,
                    peakProduction, peakProductionPrice, socMinimaBreachPrice, socMaximaBreachPrice);
        }
    }

    private SiteInputs site(FlexContext flex) {
        int n = grid.count();
        FlexValue consumptionPriceField = flex.field("consumption-price").orElseThrow(() ->
                new InvalidValueException(FlexContext.pathOf("consumption-price"), "Missing data for required field."));
        Profile consumptionPrice = profile(FlexContext.pathOf("consumption-price"), consumptionPriceField, Kind.PRICE_PER_MWH, null);
        Profile productionPrice = flex.field("production-price")
                .map(v -> profile(FlexContext.pathOf("production-price"), v, Kind.PRICE_PER_MWH, null))
                .orElse(consumptionPrice);
        Profile inflexible = Profile.constant(n, 0);
        for (int i = 0; i < flex.inflexibleDevices().size(); i++) {
            String field = FlexContext.pathOf("inflexible-device-sensors") + "[" + i + "]";
            Profile device = profile(field, new FlexValue.FromSensor(flex.inflexibleDevices().get(i)), Kind.POWER, MW);
            // as FlexMeasures' get_power_values: an inflexible device's unknown power counts as zero
            inflexible = inflexible.plus(device.orElse(Profile.constant(n, 0)));
        }
        Profile powerCapacity = optionalProfile(flex, "site-power-capacity", Kind.POWER);
        Profile consumptionCapacity = optionalProfile(flex, "site-consumption-capacity", Kind.POWER);
        Profile productionCapacity = optionalProfile(flex, "site-production-capacity", Kind.POWER);
        double siteBreach = flex.relaxSiteCapacity() ? SITE_BREACH_PRICE_PER_MW : Double.NaN;
        double socBreach = flex.relaxSoc() ? SOC_BREACH_PRICE_PER_MWH : Double.NaN;
        return new SiteInputs(flex, consumptionPrice, productionPrice, inflexible, powerCapacity, consumptionCapacity,
                productionCapacity,
                scalar(flex, "site-consumption-breach-price", Kind.PRICE_PER_MW, siteBreach),
                scalar(flex, "site-production-breach-price", Kind.PRICE_PER_MW, siteBreach),
                scalar(flex, "site-peak-consumption", Kind.POWER, 0),
                scalar(flex, "site-peak-consumption-price", Kind.PRICE_PER_MW, 0),
                scalar(flex, "site-peak-production", Kind.POWER, 0),
                scalar(flex, "site-peak-production-price", Kind.PRICE_PER_MW, 0),
                scalar(flex, "soc-minima-breach-price", Kind.PRICE_PER_MWH, socBreach),
                scalar(flex, "soc-maxima-breach-price", Kind.PRICE_PER_MWH, socBreach));
    }

    private StorageDevice device(FlexModel model, SiteInputs site, boolean build) {
        int n = grid.count();
        SensorUnit socUnit = SensorUnit.of(model.socUnit());
        double socAtStart = model.field("soc-at-start")
                .map(v -> fixed(model.pathOf("soc-at-start"), v, Kind.STOCK, socUnit)).orElse(Double.NaN);
        if (Double.isNaN(socAtStart) && model.field("state-of-charge").isPresent()) {
            SensorId soc = ((FlexValue.FromSensor) model.field("state-of-charge").get()).sensor();
            socAtStart = reader.read(model.pathOf("state-of-charge"), soc, new EventGrid(grid.start(), grid.spacing(), 1), MWH)[0];
        }
        boolean hasStock = model.hasStock();
        double socMin = model.field("soc-min").map(v -> fixed(model.pathOf("soc-min"), v, Kind.STOCK, socUnit))
                .orElse(hasStock ? 0 : Double.NEGATIVE_INFINITY);
        Profile socMinima = stockProfile(model, "soc-minima", socUnit);
        Profile socMaxima = stockProfile(model, "soc-maxima", socUnit);
        Profile socTargets = stockProfile(model, "soc-targets", socUnit);
        double highestTarget = java.util.Arrays.stream(socTargets.toArray()).filter(v -> !Double.isNaN(v)).max()
                .orElse(Double.POSITIVE_INFINITY);
        double socMax = model.field("soc-max").map(v -> fixed(model.pathOf("soc-max"), v, Kind.STOCK, socUnit))
                .orElse(highestTarget);

        Profile power = model.field("power-capacity").map(v -> profile(model.pathOf("power-capacity"), v, Kind.POWER, MW))
                .orElse(Profile.none(n)).orElse(site.powerCapacity());
        Profile consumption = model.field("consumption-capacity")
                .map(v -> profile(model.pathOf("consumption-capacity"), v, Kind.POWER, MW)).orElse(Profile.none(n)).orElse(power);
        Profile production = model.field("production-capacity")
                .map(v -> profile(model.pathOf("production-capacity"), v, Kind.POWER, MW)).orElse(Profile.none(n)).orElse(power);
        boolean anyCapacity = model.field("power-capacity").isPresent() || site.flex().field("site-power-capacity").isPresent()
                || (model.field("consumption-capacity").isPresent() && model.field("production-capacity").isPresent());
        if (!anyCapacity) {
            throw new InvalidValueException(model.pathOf("power-capacity"), "Missing: give the device's power-capacity (or its "
                    + "consumption-capacity and production-capacity), or the site-power-capacity in the flex-context.");
        }
        Profile roundtrip = ratio(model, "roundtrip-efficiency");
        Profile oneWay = roundtrip.map(Math::sqrt);
        Profile charging = ratio(model, "charging-efficiency").orElse(oneWay).orElse(Profile.constant(n, 1));
        Profile discharging = ratio(model, "discharging-efficiency").orElse(oneWay).orElse(Profile.constant(n, 1));
        Profile storage = ratio(model, "storage-efficiency").map(e -> Math.min(e, 1)).orElse(Profile.constant(n, 1));
        Profile gain = flow(model, "soc-gain");
        Profile usage = flow(model, "soc-usage");
        if (!build) {
            return null;
        }
        requireData(model.pathOf("consumption-capacity"), consumption);
        requireData(model.pathOf("production-capacity"), production);
        return new StorageDevice(model.sensor(), Double.isNaN(socAtStart) ? 0 : socAtStart, socMin, socMax, socMinima, socMaxima,
                socTargets, consumption, production, charging, discharging, storage, gain, usage, model.preferChargingSooner(),
                model.preferCurtailingLater(), operationModes(model));
    }

    /**
     * The device's operation modes as signed bands in MW (positive consumption), as FlexMeasures
     * reads them: a consumption range is the positive side, a production range the negative side,
     * and both together one band through zero.
     */
    private List<PowerBand> operationModes(FlexModel model) {
        List<PowerBand> bands = new ArrayList<>();
        for (FlexModel.OperationMode mode : model.operationModes()) {
            Optional<double[]> consumption = mode.consumptionRange().map(r -> range(mode.path() + ".consumption-range", r));
            Optional<double[]> production = mode.productionRange().map(r -> range(mode.path() + ".production-range", r));
            if (consumption.isPresent() && production.isPresent()) {
                if (consumption.get()[0] != 0 || production.get()[0] != 0) {
                    throw new InvalidValueException(mode.path(), "When a mode has both a consumption-range and a production-range, "
                            + "both start at 0 (one band through zero).");
                }
                bands.add(new PowerBand(-production.get()[1], consumption.get()[1]));
            } else if (consumption.isPresent()) {
                bands.add(new PowerBand(consumption.get()[0], consumption.get()[1]));
            } else {
                bands.add(new PowerBand(-production.get()[1], -production.get()[0]));
            }
        }
        return bands;
    }

    private double[] range(String field, List<FlexValue.Fixed> bounds) {
        double min = convert(field, bounds.get(0), Kind.POWER, MW);
        double max = convert(field, bounds.get(1), Kind.POWER, MW);
        if (min < 0) {
            throw new InvalidValueException(field, "Must be non-negative; power the other way goes in the mode's other range.");
        }
        if (min > max) {
            throw new InvalidValueException(field, "Its minimum exceeds its maximum.");
        }
        return new double[] {min, max};
    }

    private ProcessDevice process(ProcessModel model) {
        double power = fixed(model.path() + ".power", model.power(), Kind.POWER, MW);
        long perStep = grid.spacing().toNanos();
        int steps = (int) Math.min(Integer.MAX_VALUE, (model.duration().toNanos() + perStep - 1) / perStep);
        boolean[] restricted = new boolean[grid.count()];
        for (int j = 0; j < restricted.length; j++) {
            Instant stepStart = grid.eventStart(j);
            Instant stepEnd = stepStart.plus(grid.spacing());
            for (ProcessFlexModel.Period period : model.timeRestrictions()) {
                restricted[j] |= period.start().isBefore(stepEnd) && stepStart.isBefore(period.end());
            }
        }
        return new ProcessDevice(model.sensor(), power, steps, model.type(), restricted);
    }

    private Profile stockProfile(FlexModel model, String name, SensorUnit socUnit) {
        return model.field(name).map(v -> profile(model.pathOf(name), v, Kind.STOCK, socUnit)).orElse(Profile.none(grid.count()));
    }

    private Profile ratio(FlexModel model, String name) {
        return model.field(name).map(v -> profile(model.pathOf(name), v, Kind.RATIO, SensorUnit.ONE))
                .orElse(Profile.none(grid.count()));
    }

    private Profile flow(FlexModel model, String name) {
        return model.field(name).map(v -> profile(model.pathOf(name), v, Kind.POWER, MW)).orElse(Profile.none(grid.count()))
                .orElse(Profile.constant(grid.count(), 0));
    }

    private Profile optionalProfile(FlexContext flex, String name, Kind kind) {
        return flex.field(name).map(v -> profile(FlexContext.pathOf(name), v, kind, MW)).orElse(Profile.none(grid.count()));
    }

    private double scalar(FlexContext flex, String name, Kind kind, double otherwise) {
        return flex.field(name).map(v -> fixed(FlexContext.pathOf(name), v, kind, kind == Kind.POWER ? MW : null))
                .orElse(otherwise);
    }

    /**
     * Prices at every step. None known at all is FlexMeasures' UnknownPricesException ("Prices unknown for planning
     * window. (sensor 9)"); some unknown names the first step without one.
     */
    private void requirePrices(String name, Optional<FlexValue> source, Profile prices) {
        boolean anyKnown = java.util.stream.IntStream.range(0, prices.steps()).anyMatch(prices::has);
        if (!anyKnown) {
            throw new InvalidValueException(FlexContext.pathOf(name), "Prices unknown for planning window."
                    + source.filter(FlexValue.FromSensor.class::isInstance)
                    .map(v -> " (sensor " + ((FlexValue.FromSensor) v).sensor().value() + ")").orElse(""));
        }
        requireData(FlexContext.pathOf(name), prices);
    }

    private void requireData(String field, Profile profile) {
        for (int j = 0; j < profile.steps(); j++) {
            if (!profile.has(j)) {
                throw new InvalidValueException(field, "No value known for " + grid.eventStart(j) + ".");
            }
        }
    }

    private double fixed(String field, FlexValue value, Kind kind, SensorUnit bare) {
        if (!(value instanceof FlexValue.Fixed fixed)) {
            throw new InvalidValueException(field, "Must be a fixed quantity.");
        }
        return convert(field, fixed, kind, bare);
    }

    private double convert(String field, FlexValue.Fixed fixed, Kind kind, SensorUnit bare) {
        if (fixed.isBare() && kind != Kind.RATIO) {
            if (bare == null) {
                throw new InvalidValueException(field, "Needs a unit, e.g. \"" + fixed.quantity().value()
                        + (kind == Kind.PRICE_PER_MW ? " EUR/MW" : " EUR/MWh") + "\".");
            }
            return fixed.quantity().value() * factor(field, bare, target(field, kind, bare));
        }
        return fixed.quantity().in(target(field, kind, fixed.quantity().unit()), Duration.ZERO, field); // a power is no energy
    }

    private double factor(String field, SensorUnit from, SensorUnit to) {
        return new io.gridflex.domain.unit.Quantity(1, from).in(to, Duration.ZERO, field);
    }

    /** The solver's unit for a field of this kind; a price keeps its own currency, the same for all prices. */
    private SensorUnit target(String field, Kind kind, SensorUnit given) {
        return switch (kind) {
            case STOCK -> MWH;
            case POWER -> MW;
            case RATIO -> SensorUnit.ONE;
            case PRICE_PER_MWH, PRICE_PER_MW -> {
                SensorUnit per = kind == Kind.PRICE_PER_MWH ? MWH : MW;
                SensorUnit price = given.pricePer(per).orElseThrow(() -> new InvalidValueException(field,
                        "'" + given + "' is no price per " + (kind == Kind.PRICE_PER_MWH ? "energy (e.g. EUR/MWh)."
                                : "power (e.g. EUR/MW).")));
                String code = price.symbol().substring(0, price.symbol().indexOf('/'));
                if (currency == null) {
                    currency = code;
                } else if (!currency.equals(code)) {
                    throw new InvalidValueException(field, "Prices must all be in one currency: " + code + " is not "
                            + currency + ".");
                }
                yield price;
            }
        };
    }

    private Profile profile(String field, FlexValue value, Kind kind, SensorUnit bare) {
        int n = grid.count();
        if (value instanceof FlexValue.Fixed fixed) {
            return Profile.constant(n, convert(field, fixed, kind, bare));
        }
        if (value instanceof FlexValue.Sum sum) {
            double[] total = new double[n];
            java.util.Arrays.fill(total, Double.NaN);
            for (int i = 0; i < sum.terms().size(); i++) {
                Profile term = profile(field + "[" + i + "]", sum.terms().get(i), kind, bare);
                for (int j = 0; j < n; j++) {
                    if (term.has(j)) {
                        total[j] = (Double.isNaN(total[j]) ? 0 : total[j]) + term.at(j);
                    }
                }
            }
            return Profile.of(total);
        }
        if (value instanceof FlexValue.Series series) {
            double[] values = new double[n];
            java.util.Arrays.fill(values, Double.NaN);
            Duration step = grid.spacing();
            for (FlexValue.Segment segment : series.segments()) {
                double v = convert(field, segment.value(), kind, bare);
                for (int j = 0; j < n; j++) {
                    Instant stepStart = grid.eventStart(j);
                    Instant stepEnd = stepStart.plus(step);
                    boolean point = segment.start().equals(segment.end());
                    boolean covered = kind == Kind.STOCK
                            ? !stepEnd.isBefore(segment.start()) && !stepEnd.isAfter(segment.end())
                            : point ? !segment.start().isBefore(stepStart) && segment.start().isBefore(stepEnd)
                            : !stepStart.isBefore(segment.start()) && stepStart.isBefore(segment.end());
                    if (covered) {
                        values[j] = v;
                    }
                }
            }
            return Profile.of(values);
        }
        SensorId sensor = ((FlexValue.FromSensor) value).sensor();
        SensorUnit unit = kind == Kind.PRICE_PER_MWH || kind == Kind.PRICE_PER_MW
                ? target(field, kind, reader.unitOf(field, sensor)) : target(field, kind, null);
        // a stock value belongs to the end of its step: read the events that start there
        EventGrid slots = kind == Kind.STOCK ? new EventGrid(grid.start().plus(grid.spacing()), grid.spacing(), n) : grid;
        return Profile.of(reader.read(field, sensor, slots, unit));
    }

    static Optional<Instant> latestTarget(FlexModel model) {
        return model.field("soc-targets").filter(FlexValue.Series.class::isInstance).map(FlexValue.Series.class::cast)
                .flatMap(s -> s.segments().stream().map(FlexValue.Segment::end).max(Instant::compareTo));
    }
}
