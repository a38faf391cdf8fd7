package nl.sofa.engine.properties;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import nl.sofa.advice.Advice;
import nl.sofa.engine.SofaEngine;
import nl.sofa.situation.Situation;
import nl.sofa.testkit.AdviceProperties;
import nl.sofa.testkit.AdviceProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * rules-v1.md §7 over generated situations, each property on its own with {@code sofa.tries}
 * tries (1,000 by default; CI may raise it): balance, phase purity, ids exist, monotone overload,
 * determinism, order independence, every OVERLOAD_RISK flag with a HIGH ONDERSTEUNEN suggestion,
 * and the contract's well-formedness.
 */
class BuiltinPackPropertiesTest {
    /** A fixed "today" for situations without a reference date. */
    private static final SofaEngine ENGINE = SofaEngine.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), SofaEngine.ZONE)).build();
    private static final Function<Situation, Advice> EVALUATION = ENGINE::evaluate;

    @ParameterizedTest
    @EnumSource(AdviceProperty.class)
    void theBuiltInPackKeeps(AdviceProperty property) {
        AdviceProperties.of(EVALUATION).only(property).verify();
    }
}
