package io.gridflex.adapter.planner.mode;

import io.gridflex.domain.scheduling.PowerBand;
import io.gridflex.domain.scheduling.Profile;
import io.gridflex.domain.scheduling.StorageDevice;
import io.gridflex.domain.sensor.SensorId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** Each rule of choosing operation modes, alone (OptaPlanner's constraint verifier). */
class ModeConstraintsTest {

    private final ConstraintVerifier<ModeConstraints, ModePlan> verifier =
            ConstraintVerifier.build(new ModeConstraints(), ModePlan.class, ModeChoice.class);

    /** An hour at {@code price} per MWh consumed and 5 produced, 0.3 MW inflexible, hard limits of 1 MW both ways. */
    private static ModeStep step(int index, double price) {
        return new ModeStep(index, 0.3, price, 5, 1.0, 1.0, 1);
    }

    /** A heat buffer of 2 MWh starting at 1, off or on at 0.5 MW, losing nothing, needing at least {@code minimum} at step 1. */
    private static ModeDevice buffer(int index, double minimum, double breachPrice) {
        StorageDevice device = new StorageDevice(SensorId.of(index + 1), 1, 0, 2, Profile.of(Double.NaN, minimum),
                Profile.none(2), Profile.none(2), Profile.constant(2, 1), Profile.constant(2, 0), Profile.constant(2, 1),
                Profile.constant(2, 1), Profile.constant(2, 1), Profile.constant(2, 0), Profile.constant(2, 0), false, false,
                List.of(new PowerBand(0, 0), new PowerBand(0.5, 0.5)));
        return new ModeDevice(index, device, Duration.ofHours(1), breachPrice, Double.NaN);
    }

    private int choices;

    private ModeChoice choice(int device, int step, double mw) {
        ModeChoice choice = new ModeChoice(choices++, device, step, List.of(0L, 500_000L));
        choice.setPower(Math.round(mw * 1e6));
        return choice;
    }

    @Test
    void the_site_hard_limits_are_penalised_by_the_excess() {
        // 0.3 inflexible + 0.5 + 0.5 = 1.3 MW at step 0: 0.3 MW over, counted per mMW
        verifier.verifyThat(ModeConstraints::siteHardLimits)
                .given(step(0, 10), step(1, 10), choice(0, 0, 0.5), choice(1, 0, 0.5), choice(0, 1, 0), choice(1, 1, 0.5))
                .penalizesBy(300);
        verifier.verifyThat(ModeConstraints::siteHardLimits)
                .given(step(0, 10), step(1, 10), choice(0, 0, 0.5), choice(1, 0, 0), choice(0, 1, 0), choice(1, 1, 0.5))
                .penalizesBy(0);
    }

    @Test
    void a_stock_outside_its_hard_bounds_is_penalised_by_how_far() {
        // starting at 1 MWh, on twice: 2 MWh at the end, within 2; a hard minimum of 1.8 at step 1 missed by 0.3 if on once
        verifier.verifyThat(ModeConstraints::stockHardLimits)
                .given(buffer(0, 1.8, Double.NaN), choice(0, 0, 0.5), choice(0, 1, 0))
                .penalizesBy(300);
        verifier.verifyThat(ModeConstraints::stockHardLimits)
                .given(buffer(0, 1.8, Double.NaN), choice(0, 0, 0.5), choice(0, 1, 0.5))
                .penalizesBy(0);
        // relaxed (a breach price): no hard penalty
        verifier.verifyThat(ModeConstraints::stockHardLimits)
                .given(buffer(0, 1.8, 100), choice(0, 0, 0.5), choice(0, 1, 0))
                .penalizesBy(0);
    }

    @Test
    void energy_is_priced_per_step() {
        // step 0: 0.3 + 0.5 MW at 10 = 8; step 1: 0.3 MW at 30 = 9 → 17,000,000 µ
        verifier.verifyThat(ModeConstraints::energyCost)
                .given(step(0, 10), step(1, 30), choice(0, 0, 0.5), choice(0, 1, 0))
                .penalizesBy(17_000_000);
    }

    @Test
    void energy_earned_is_rewarded() {
        // at -20 per MWh, 0.3 + 0.5 MW earns 16
        verifier.verifyThat(ModeConstraints::energyEarned)
                .given(step(0, -20), choice(0, 0, 0.5))
                .rewardsWith(16_000_000);
    }

    @Test
    void a_relaxed_minimum_missed_costs_its_breach_price() {
        // 0.3 MWh short of 1.8 at 100 per MWh: 30
        verifier.verifyThat(ModeConstraints::stockBreachCost)
                .given(buffer(0, 1.8, 100), choice(0, 0, 0.5), choice(0, 1, 0))
                .penalizesBy(30_000_000);
    }
}
