package nl.sofa.engine.fact;

import java.util.Objects;

/** The checks every fact that names its rule and reason shares. */
final class Explained {
    private Explained() {
    }

    static void require(String ruleId, Because reason) {
        if (Objects.requireNonNull(ruleId, "ruleId").isBlank()) {
            throw new IllegalArgumentException("ruleId must not be blank");
        }
        Objects.requireNonNull(reason, "reason");
    }
}
