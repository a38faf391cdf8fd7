package nl.sofa.json.internal;

import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;

/**
 * A number written with an exponent but without a fraction ({@code 1E2}). The contract lets
 * integer fields take "numbers without a fractional part": {@code 1E2} is one (when its value is
 * whole), {@code 100.0} is not. Jackson reports both as floats, so the reader marks which is which.
 */
final class ExponentNode extends DecimalNode {
    private static final long serialVersionUID = 1L;

    ExponentNode(BigDecimal value) {
        super(value);
    }

    /** Whether the value is a whole number (cheap even for {@code 1E999999999}). */
    boolean isWhole() {
        return _value.signum() == 0 || _value.stripTrailingZeros().scale() <= 0;
    }
}
