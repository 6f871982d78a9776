package io.gridflex.adapter.planner.lp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A linear (or mixed-integer) program as plain data: variables with bounds and costs, constraints
 * as bounded sums. Built once, handed to any {@link LinearSolver}: the storage model is written
 * once and solved by whichever library the benchmark chose (docs/performance.md).
 */
final class LinearProgram {

    /** {@code lower ≤ Σ coefficient·variable ≤ upper}. */
    record Constraint(int[] variables, double[] coefficients, double lower, double upper) {

        double activity(double[] values) {
            double sum = 0;
            for (int i = 0; i < variables.length; i++) {
                sum += coefficients[i] * values[variables[i]];
            }
            return sum;
        }
    }

    private double[] lower = new double[64];
    private double[] upper = new double[64];
    private double[] cost = new double[64];
    private boolean[] binary = new boolean[64];
    private int variables;
    private boolean integer;
    private final List<Constraint> constraints = new ArrayList<>();

    /** A new variable; its index. Infinite bounds are no bounds. */
    int variable(double lowerBound, double upperBound, double costPerUnit) {
        if (variables == lower.length) {
            int size = variables * 2;
            lower = Arrays.copyOf(lower, size);
            upper = Arrays.copyOf(upper, size);
            cost = Arrays.copyOf(cost, size);
            binary = Arrays.copyOf(binary, size);
        }
        lower[variables] = lowerBound;
        upper[variables] = upperBound;
        cost[variables] = costPerUnit;
        return variables++;
    }

    int binary() {
        int index = variable(0, 1, 0);
        binary[index] = true;
        integer = true;
        return index;
    }

    void constrain(double lowerBound, double upperBound, int[] vars, double[] coefficients) {
        constraints.add(new Constraint(vars, coefficients, lowerBound, upperBound));
    }

    void cost(int variable, double costPerUnit) {
        cost[variable] = costPerUnit;
    }

    void bounds(int variable, double lowerBound, double upperBound) {
        lower[variable] = lowerBound;
        upper[variable] = upperBound;
    }

    void bounds(int constraint, double value) {
        Constraint c = constraints.get(constraint);
        constraints.set(constraint, new Constraint(c.variables(), c.coefficients(), value, value));
    }

    int variables() {
        return variables;
    }

    double lower(int v) {
        return lower[v];
    }

    double upper(int v) {
        return upper[v];
    }

    double cost(int v) {
        return cost[v];
    }

    boolean isBinary(int v) {
        return binary[v];
    }

    boolean isMixedInteger() {
        return integer;
    }

    List<Constraint> constraints() {
        return constraints;
    }
}
