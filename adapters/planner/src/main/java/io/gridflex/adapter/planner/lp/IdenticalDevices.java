package io.gridflex.adapter.planner.lp;

import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.Schedule;
import io.gridflex.domain.scheduling.SchedulingProblem;
import io.gridflex.domain.scheduling.StorageDevice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Devices with the same flex-model (a fleet of one battery or charger model, in the same state)
 * merged into one device k times as large. For a linear program this is exact: the problem is
 * symmetric in those devices, so any schedule of theirs adds up to one of the merged device at
 * the same cost, and the merged device's schedule split evenly is one of theirs at the same cost.
 * (Not for a mixed-integer one: there, the merged device could not charge one battery while
 * discharging another.)
 */
final class IdenticalDevices {

    private final SchedulingProblem original;
    private final List<List<Integer>> classes; // device indexes per class, in the order of the merged problem

    private IdenticalDevices(SchedulingProblem original, List<List<Integer>> classes) {
        this.original = original;
        this.classes = classes;
    }

    static IdenticalDevices of(SchedulingProblem problem) {
        Map<List<Object>, List<Integer>> byModel = new LinkedHashMap<>();
        for (int d = 0; d < problem.devices().size(); d++) {
            byModel.computeIfAbsent(model(problem.devices().get(d)), m -> new ArrayList<>()).add(d);
        }
        return new IdenticalDevices(problem, List.copyOf(byModel.values()));
    }

    /** Everything of a flex-model but the sensor; a device with operation modes is a class of its own (modes do not add up). */
    private static List<Object> model(StorageDevice d) {
        if (d.hasOperationModes()) {
            return List.of(d);
        }
        return List.of(d.socAtStart(), d.socMin(), d.socMax(), d.socMinima(), d.socMaxima(), d.socTargets(),
                d.consumptionCapacity(), d.productionCapacity(), d.chargingEfficiency(), d.dischargingEfficiency(),
                d.storageEfficiency(), d.socGain(), d.socUsage(), d.preferChargingSooner(), d.preferCurtailingLater());
    }

    boolean mergesAny() {
        return classes.size() < original.devices().size();
    }

    /** The problem with one device per class. */
    SchedulingProblem merged() {
        List<StorageDevice> devices = new ArrayList<>();
        for (List<Integer> members : classes) {
            StorageDevice d = original.devices().get(members.get(0));
            double k = members.size();
            devices.add(new StorageDevice(d.sensor(), k * d.socAtStart(), k * d.socMin(), k * d.socMax(), times(d.socMinima(), k),
                    times(d.socMaxima(), k), times(d.socTargets(), k), times(d.consumptionCapacity(), k),
                    times(d.productionCapacity(), k), d.chargingEfficiency(), d.dischargingEfficiency(), d.storageEfficiency(),
                    times(d.socGain(), k), times(d.socUsage(), k), d.preferChargingSooner(), d.preferCurtailingLater(), List.of()));
        }
        return new SchedulingProblem(original.horizon(), devices, original.site());
    }

    /** A schedule of the merged problem as one of the original: each class's profile split evenly. */
    Schedule split(Schedule merged) {
        Profile[] power = new Profile[original.devices().size()];
        for (int c = 0; c < classes.size(); c++) {
            double k = classes.get(c).size();
            Profile share = merged.of(c).map(p -> p / k);
            classes.get(c).forEach(d -> power[d] = share);
        }
        return new Schedule(List.of(power));
    }

    private static Profile times(Profile profile, double k) {
        return profile.map(v -> v * k);
    }
}
