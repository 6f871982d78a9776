package io.gridflex.adapter.planner.lp;

/**
 * Solves a {@link LinearProgram} to optimality (a mixed-integer one to within {@link #mipGap()}).
 * A session solves one program again and again as it grows (more constraints, other costs): a
 * solver that can starts each solve from the last optimum.
 */
interface LinearSolver {

    /**
     * How an attempt ended; at an optimum, the values of the variables and, where the solver
     * gives them (a linear program), each variable's reduced cost and each constraint's dual value.
     * A mixed-integer search stopped by its time limit answers its best schedule ({@code FEASIBLE})
     * and how far its cost may lie above the optimum, relative ({@code gap}; 0 at an optimum).
     */
    record Outcome(Status status, double[] values, double[] reducedCosts, double[] duals, double gap) {

        Outcome(Status status, double[] values, double[] reducedCosts, double[] duals) {
            this(status, values, reducedCosts, duals, 0);
        }

        static Outcome failed(Status status) {
            return new Outcome(status, null, null, null);
        }

        boolean hasDuals() {
            return reducedCosts != null && duals != null;
        }
    }

    enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, FAILED }

    /** One program, solved as often as it changes; close it to free what the solver holds. */
    interface Session extends AutoCloseable {

        /** The program as it stands now, minimised. */
        Outcome minimise();

        @Override
        void close();
    }

    /** The name shown in answers, e.g. "OR-Tools GLOP". */
    String name(boolean mixedInteger);

    double mipGap();

    Session open(LinearProgram program, long timeLimitMillis);
}
