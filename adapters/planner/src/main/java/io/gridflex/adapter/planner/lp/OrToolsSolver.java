package io.gridflex.adapter.planner.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * OR-Tools: GLOP (Google's simplex) for linear programs, SCIP for mixed-integer ones, with a
 * relative gap of {@link #MIP_GAP}. A session keeps the solver between solves, so GLOP starts a
 * second solve from the first one's basis. The native library ships in the OR-Tools jar for
 * linux-x86-64 and is loaded once.
 */
final class OrToolsSolver implements LinearSolver {

    static final double MIP_GAP = 1e-9;

    static {
        Loader.loadNativeLibraries();
    }

    @Override
    public String name(boolean mixedInteger) {
        return mixedInteger ? "OR-Tools SCIP" : "OR-Tools GLOP";
    }

    @Override
    public double mipGap() {
        return MIP_GAP;
    }

    @Override
    public Session open(LinearProgram program, long timeLimitMillis) {
        return new OrToolsSession(program, timeLimitMillis);
    }

    private static final class OrToolsSession implements Session {
        private final LinearProgram program;
        private final MPSolver solver;
        private final MPVariable[] vars;
        private final double[] loadedCost;
        private final double[] loadedLower;
        private final double[] loadedUpper;
        private final List<MPConstraint> rows = new ArrayList<>();
        private final List<LinearProgram.Constraint> loadedRows = new ArrayList<>();

        OrToolsSession(LinearProgram program, long timeLimitMillis) {
            this.program = program;
            solver = MPSolver.createSolver(program.isMixedInteger() ? "SCIP" : "GLOP");
            solver.setTimeLimit(timeLimitMillis);
            vars = new MPVariable[program.variables()];
            loadedCost = new double[vars.length];
            loadedLower = new double[vars.length];
            loadedUpper = new double[vars.length];
            for (int v = 0; v < vars.length; v++) {
                vars[v] = program.isBinary(v) ? solver.makeIntVar(0, 1, "")
                        : solver.makeNumVar(bound(program.lower(v)), bound(program.upper(v)), "");
                loadedLower[v] = program.lower(v);
                loadedUpper[v] = program.upper(v);
            }
            solver.objective().setMinimization();
        }

        private static double bound(double value) {
            return Double.isInfinite(value) ? Math.signum(value) * MPSolver.infinity() : value;
        }

        /** Loads what changed since the last solve: costs, bounds, constraints. */
        private void sync() {
            MPObjective objective = solver.objective();
            for (int v = 0; v < vars.length; v++) {
                if (program.cost(v) != loadedCost[v]) {
                    objective.setCoefficient(vars[v], program.cost(v));
                    loadedCost[v] = program.cost(v);
                }
                if (program.lower(v) != loadedLower[v] || program.upper(v) != loadedUpper[v]) {
                    vars[v].setBounds(bound(program.lower(v)), bound(program.upper(v)));
                    loadedLower[v] = program.lower(v);
                    loadedUpper[v] = program.upper(v);
                }
            }
            List<LinearProgram.Constraint> constraints = program.constraints();
            for (int i = 0; i < constraints.size(); i++) {
                LinearProgram.Constraint c = constraints.get(i);
                if (i == rows.size()) {
                    MPConstraint row = solver.makeConstraint(bound(c.lower()), bound(c.upper()));
                    for (int k = 0; k < c.variables().length; k++) {
                        row.setCoefficient(vars[c.variables()[k]], c.coefficients()[k]);
                    }
                    rows.add(row);
                    loadedRows.add(c);
                } else if (c != loadedRows.get(i)) {
                    rows.get(i).setBounds(bound(c.lower()), bound(c.upper()));
                    loadedRows.set(i, c);
                }
            }
        }

        @Override
        public Outcome minimise() {
            sync();
            MPSolverParameters parameters = new MPSolverParameters();
            if (program.isMixedInteger()) {
                parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, MIP_GAP);
            }
            MPSolver.ResultStatus status = solver.solve(parameters);
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                return Outcome.failed(Status.INFEASIBLE);
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return Outcome.failed(Status.FAILED);
            }
            double[] values = new double[vars.length];
            for (int v = 0; v < vars.length; v++) {
                values[v] = vars[v].solutionValue();
            }
            if (program.isMixedInteger()) {
                return new Outcome(Status.OPTIMAL, values, null, null);
            }
            double[] reducedCosts = new double[vars.length];
            for (int v = 0; v < vars.length; v++) {
                reducedCosts[v] = vars[v].reducedCost();
            }
            double[] duals = new double[rows.size()];
            for (int i = 0; i < duals.length; i++) {
                duals[i] = rows.get(i).dualValue();
            }
            return new Outcome(Status.OPTIMAL, values, reducedCosts, duals);
        }

        @Override
        public void close() {
            solver.delete(); // native memory: freed now, not when the collector gets to it
        }
    }
}
