package nl.sofa.engine.fact;

import java.util.Objects;

/** The checks every fact that names its rule and reason shares. */
final class Explained {
    private Explained() {
    }

    static void require(String ruleId, String reason) {
        if (Objects.requireNonNull(ruleId, "ruleId").isBlank()) {
            throw new IllegalArgumentException("ruleId must not be blank");
        }
        if (Objects.requireNonNull(reason, "reason").isBlank()) {
            throw new IllegalArgumentException("reason must not be blank (rule " + ruleId + ")");
        }
    }
}
