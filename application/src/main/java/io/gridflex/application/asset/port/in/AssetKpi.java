package io.gridflex.application.asset.port.in;

import io.gridflex.domain.invariant.Require;
import io.gridflex.domain.sensor.SensorId;
import io.gridflex.domain.unit.SensorUnit;

/**
 * One KPI: the values of {@code sensor} over the period, brought down to one figure by
 * {@code function} (as named in the asset's attribute; {@code sum} when it names none, {@code mean}
 * for a sensor in %). Without data the figure is 0, as FlexMeasures answers.
 */
public record AssetKpi(String title, SensorId sensor, SensorUnit unit, double value, String function) {

    public AssetKpi {
        Require.present("title", title);
        Require.present("sensor", sensor);
        Require.present("unit", unit);
        Require.present("function", function);
    }
}
