package io.gridflex.adapter.planner.lp;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * ojAlgo, pure Java. Kept as the benchmark's second opinion on the same programs: it solves them
 * correctly but 10–1000 times slower than OR-Tools here (docs/performance.md).
 */
final class OjAlgoSolver implements LinearSolver {

    @Override
    public String name(boolean mixedInteger) {
        return mixedInteger ? "ojAlgo MIP" : "ojAlgo LP";
    }

    @Override
    public double mipGap() {
        return 1e-6; // ojAlgo's default relative gap
    }

    @Override
    public Session open(LinearProgram program, long timeLimitMillis) {
        return new Session() {
            @Override
            public Outcome minimise() {
                return solve(program, timeLimitMillis); // ojAlgo's model is rebuilt for each solve
            }

            @Override
            public void close() {
            }
        };
    }

    private static Outcome solve(LinearProgram program, long timeLimitMillis) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.time_abort = timeLimitMillis;
        Variable[] vars = new Variable[program.variables()];
        for (int v = 0; v < vars.length; v++) {
            vars[v] = model.addVariable();
            if (program.isBinary(v)) {
                vars[v].binary();
                continue;
            }
            if (!Double.isInfinite(program.lower(v))) {
                vars[v].lower(program.lower(v));
            }
            if (!Double.isInfinite(program.upper(v))) {
                vars[v].upper(program.upper(v));
            }
            if (program.cost(v) != 0) {
                vars[v].weight(program.cost(v));
            }
        }
        for (LinearProgram.Constraint c : program.constraints()) {
            Expression row = model.addExpression();
            for (int i = 0; i < c.variables().length; i++) {
                row.set(vars[c.variables()[i]], c.coefficients()[i]);
            }
            if (!Double.isInfinite(c.lower())) {
                row.lower(c.lower());
            }
            if (!Double.isInfinite(c.upper())) {
                row.upper(c.upper());
            }
        }
        Optimisation.Result result = model.minimise();
        if (result.getState() == Optimisation.State.INFEASIBLE) {
            return Outcome.failed(Status.INFEASIBLE);
        }
        if (!result.getState().isOptimal()) {
            return Outcome.failed(Status.FAILED);
        }
        double[] values = new double[vars.length];
        for (int v = 0; v < vars.length; v++) {
            values[v] = result.doubleValue(v);
        }
        return new Outcome(Status.OPTIMAL, values, null, null); // no duals: the preferences are not applied
    }
}
