package nl.sofa.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of flag the engine may raise: its code and its title for people (catalog v2: every flag
 * code has a text).
 *
 * <p>Stable since 0.2.
 *
 * @param code the flag code, for example {@code OVERLOAD_RISK}, or a pack's {@code acme.REFERRAL_LATE}
 * @param text the title in Dutch and English, for example "Risico op overbelasting"
 */
public record FlagType(String code, LocalizedText text) {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** @throws IllegalArgumentException when the code is not 1 to 64 letters, digits, '.', '_' or '-' */
    public FlagType {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("flag code must be 1 to 64 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit: " + code);
        }
        Objects.requireNonNull(text, "text");
    }
}
