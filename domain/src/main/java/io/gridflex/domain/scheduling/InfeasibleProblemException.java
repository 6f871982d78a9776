package io.gridflex.domain.scheduling;

/** No schedule meets the problem's hard constraints. Thrown by solvers; its message says why where it can. */
public class InfeasibleProblemException extends RuntimeException {

    public InfeasibleProblemException(String message) {
        super(message);
    }
}
