package io.gridflex.adapter.planner.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.linearsolver.MPVariableProto;
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
    /**
     * GLOP's dual simplex halves a long single-device schedule (2,520 steps, 7,560 variables: 76 vs
     * 140 ms), slows a short one (192 steps: 13 vs 9 ms) and triples a schedule of 100 different
     * devices (14 vs 5 s): the benchmark's sweep decides by size.
     */
    static final int DUAL_SIMPLEX_FROM = 2_000;
    static final int DUAL_SIMPLEX_UP_TO = 20_000;

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
        private final MPVariable[] vars; // wrapped on first use: wrapping all costs more than a small solve
        private final double[] loadedCost;
        private final double[] loadedLower;
        private final double[] loadedUpper;
        private final List<MPConstraint> rows = new ArrayList<>(); // null until first used
        private final List<LinearProgram.Constraint> loadedRows = new ArrayList<>();

        OrToolsSession(LinearProgram program, long timeLimitMillis) {
            this.program = program;
            solver = MPSolver.createSolver(program.isMixedInteger() ? "SCIP" : "GLOP");
            solver.setTimeLimit(timeLimitMillis);
            if (!program.isMixedInteger() && program.variables() >= DUAL_SIMPLEX_FROM && program.variables() <= DUAL_SIMPLEX_UP_TO) {
                solver.setSolverSpecificParametersAsString("use_dual_simplex: true");
            } else if (!program.isMixedInteger() && program.variables() > DUAL_SIMPLEX_UP_TO) {
                // many devices: GLOP's presolve costs more than it saves (100 batteries: 1.58 against 1.93 s)
                solver.setSolverSpecificParametersAsString("use_preprocessing: false");
            }
            // the whole program in one protocol buffer: one crossing into native code, not one per coefficient
            MPModelProto.Builder model = MPModelProto.newBuilder();
            int n = program.variables();
            loadedCost = new double[n];
            loadedLower = new double[n];
            loadedUpper = new double[n];
            for (int v = 0; v < n; v++) {
                model.addVariable(MPVariableProto.newBuilder().setLowerBound(bound(program.lower(v)))
                        .setUpperBound(bound(program.upper(v))).setObjectiveCoefficient(program.cost(v))
                        .setIsInteger(program.isBinary(v)));
                loadedCost[v] = program.cost(v);
                loadedLower[v] = program.lower(v);
                loadedUpper[v] = program.upper(v);
            }
            for (LinearProgram.Constraint c : program.constraints()) {
                MPConstraintProto.Builder row = MPConstraintProto.newBuilder().setLowerBound(bound(c.lower()))
                        .setUpperBound(bound(c.upper()));
                for (int k = 0; k < c.variables().length; k++) {
                    row.addVarIndex(c.variables()[k]).addCoefficient(c.coefficients()[k]);
                }
                model.addConstraint(row);
                loadedRows.add(c);
            }
            String problem = solver.loadModelFromProto(model.build());
            if (!problem.isEmpty()) {
                throw new IllegalStateException("OR-Tools refused the program: " + problem);
            }
            vars = new MPVariable[n];
            rows.addAll(java.util.Collections.nCopies(program.constraints().size(), (MPConstraint) null));
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
                    objective.setCoefficient(variable(v), program.cost(v));
                    loadedCost[v] = program.cost(v);
                }
                if (program.lower(v) != loadedLower[v] || program.upper(v) != loadedUpper[v]) {
                    variable(v).setBounds(bound(program.lower(v)), bound(program.upper(v)));
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
                        row.setCoefficient(variable(c.variables()[k]), c.coefficients()[k]);
                    }
                    rows.add(row);
                    loadedRows.add(c);
                } else if (c != loadedRows.get(i)) {
                    if (rows.get(i) == null) {
                        rows.set(i, solver.constraint(i));
                    }
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
            if (status == MPSolver.ResultStatus.FEASIBLE && program.isMixedInteger()) {
                // the time limit stopped the branch and bound: its best schedule, with the bound it proved
                double found = solver.objective().value();
                double bound = solver.objective().bestBound();
                double gap = Math.max(0, found - bound) / Math.max(Math.abs(found), 1);
                return new Outcome(Status.FEASIBLE, unboxed(solver.createSolutionResponseProto().getVariableValueList()), null, null,
                        gap);
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return Outcome.failed(Status.FAILED);
            }
            // values, reduced costs and duals cross back in one protocol buffer
            MPSolutionResponse response = solver.createSolutionResponseProto();
            double[] values = unboxed(response.getVariableValueList());
            if (program.isMixedInteger()) {
                return new Outcome(Status.OPTIMAL, values, null, null);
            }
            return new Outcome(Status.OPTIMAL, values, unboxed(response.getReducedCostList()), unboxed(response.getDualValueList()));
        }

        private MPVariable variable(int v) {
            if (vars[v] == null) {
                vars[v] = solver.variable(v);
            }
            return vars[v];
        }

        private static double[] unboxed(List<Double> list) {
            double[] array = new double[list.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
            }
            return array;
        }

        @Override
        public void close() {
            solver.delete(); // native memory: freed now, not when the collector gets to it
        }
    }
}
