package io.gridflex.domain.community;

import io.gridflex.domain.invariant.Require;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of community assets adds up to, per type: how many, and the sum of each installed
 * amount that type declares (PV {@code rated_power} kWp, storage {@code capacity} kWh and charge
 * powers kW, EV charger {@code max_power} kW …), in the units of the bundle.
 */
public record AssetTotals(CommunityAsset.Type type, int count, Map<String, Double> sums) {

    private static final Map<CommunityAsset.Type, List<String>> SUMMED = Map.of(
            CommunityAsset.Type.PV, List.of("rated_power", "inverter_power"),
            CommunityAsset.Type.STORAGE, List.of("capacity", "max_charge_power", "max_discharge_power"),
            CommunityAsset.Type.METER, List.of(),
            CommunityAsset.Type.EV_CHARGER, List.of("max_power"),
            CommunityAsset.Type.HEAT_PUMP, List.of("thermal_power", "electrical_power"),
            CommunityAsset.Type.LOAD, List.of("rated_power", "flexibility_kw"));

    public AssetTotals {
        Require.present("type", type);
        Require.that(count >= 0, "count", "Must be at least 0.");
        sums = Map.copyOf(sums);
    }

    /** The totals of each type present among these assets, in the order of the types. */
    public static List<AssetTotals> of(List<CommunityAsset> assets) {
        Map<CommunityAsset.Type, int[]> counts = new EnumMap<>(CommunityAsset.Type.class);
        Map<CommunityAsset.Type, Map<String, Double>> sums = new EnumMap<>(CommunityAsset.Type.class);
        for (CommunityAsset asset : assets) {
            counts.computeIfAbsent(asset.type(), t -> new int[1])[0]++;
            Map<String, Double> typeSums = sums.computeIfAbsent(asset.type(), t -> {
                Map<String, Double> zero = new LinkedHashMap<>();
                SUMMED.get(t).forEach(f -> zero.put(f, 0.0));
                return zero;
            });
            for (String field : SUMMED.get(asset.type())) {
                asset.amount(field).ifPresent(v -> typeSums.merge(field, v, Double::sum));
            }
        }
        List<AssetTotals> totals = new ArrayList<>();
        counts.forEach((type, count) -> totals.add(new AssetTotals(type, count[0], sums.get(type))));
        return totals;
    }
}
