package io.gridflex.adapter.planner.process;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** Each rule of placing processes, alone (OptaPlanner's constraint verifier). */
class ProcessConstraintsTest {

    private final ConstraintVerifier<ProcessConstraints, ProcessPlan> verifier =
            ConstraintVerifier.build(new ProcessConstraints(), ProcessPlan.class, ProcessPiece.class);

    /** A step at 10 per MWh consumed and 5 per MWh produced, 1 hour, 0.3 MW inflexible, a hard limit of 1 MW. */
    private static SiteStep step(int index, double price) {
        return new SiteStep(index, 0.3, price, 5, 1.0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1);
    }

    private int pieces;

    private ProcessPiece piece(int process, int length, double mw, int start) {
        ProcessPiece piece = new ProcessPiece(pieces++, process, length, Math.round(mw * 1e6), List.of(0, 1, 2, 3), null);
        piece.setStart(start);
        return piece;
    }

    @Test
    void two_pieces_of_one_process_may_not_share_a_step() {
        verifier.verifyThat(ProcessConstraints::onePieceOfAProcessAtATime)
                .given(piece(0, 2, 0.1, 0), piece(0, 1, 0.1, 1), piece(1, 1, 0.1, 1), piece(0, 1, 0.1, 3))
                .penalizesBy(1);
    }

    @Test
    void the_site_hard_limit_is_penalised_by_the_excess() {
        // 0.3 inflexible + 0.5 + 0.4 = 1.2 MW at step 1: 0.2 MW = 200,000 µMW over, counted per mMW
        verifier.verifyThat(ProcessConstraints::siteHardLimit)
                .given(step(0, 10), step(1, 10), piece(0, 2, 0.5, 0), piece(1, 1, 0.4, 1))
                .penalizesBy(200);
        verifier.verifyThat(ProcessConstraints::siteHardLimit)
                .given(step(0, 10), step(1, 10), piece(0, 1, 0.5, 0), piece(1, 1, 0.4, 1))
                .penalizesBy(0);
    }

    @Test
    void energy_is_priced_where_processes_run() {
        // 0.5 MW for an hour at 10/MWh and 0.2 MW at 30/MWh: 5 + 6 = 11 = 11,000,000 µ
        verifier.verifyThat(ProcessConstraints::energyAndBreachCost)
                .given(step(0, 10), step(1, 30), step(2, 99), piece(0, 1, 0.5, 0), piece(1, 1, 0.2, 1))
                .penalizesBy(11_000_000);
    }

    @Test
    void running_at_a_negative_price_earns() {
        // 0.3 MW inflexible already consumes: 0.5 MW more at -20/MWh earns 10
        verifier.verifyThat(ProcessConstraints::energyPaidFor)
                .given(step(0, -20), step(1, 30), piece(0, 1, 0.5, 0), piece(1, 1, 0.2, 1))
                .rewardsWith(10_000_000);
        verifier.verifyThat(ProcessConstraints::energyAndBreachCost)
                .given(step(0, -20), step(1, 30), piece(0, 1, 0.5, 0), piece(1, 1, 0.2, 1))
                .penalizesBy(6_000_000);
    }

    @Test
    void a_peak_is_priced_once_above_what_the_inflexible_load_makes_anyway() {
        ProcessPlan.SiteWide site = new ProcessPlan.SiteWide(Double.NaN, 0.5, 100, 0, 300_000);
        // steps with 0.3 + 0.4 = 0.7 and 0.3 + 0.1 MW: peak 0.7 MW, 0.2 above the threshold, at 100/MW
        verifier.verifyThat(ProcessConstraints::highestBreachAndPeak)
                .given(site, step(0, 10), step(1, 10), piece(0, 1, 0.4, 0), piece(1, 1, 0.1, 1))
                .penalizesBy(20_000_000);
    }

    @Test
    void sooner_is_preferred_among_equals() {
        verifier.verifyThat(ProcessConstraints::sooner).given(piece(0, 1, 0.1, 3), piece(1, 2, 0.1, 1)).penalizesBy(4);
    }
}
