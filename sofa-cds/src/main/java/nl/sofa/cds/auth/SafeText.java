package nl.sofa.cds.auth;

import org.jspecify.annotations.Nullable;

/** Makes an id from a token (iss, kid, jti, alg) safe to put in a message that will be logged. */
final class SafeText {
    static final int MAX_CHARS = 100;

    private SafeText() {
    }

    /**
     * Keeps the characters of URIs and UUIDs; anything else (control characters, quotes, spaces,
     * non-ASCII) becomes {@code ?}, so a forged id cannot inject lines or markup into a log.
     */
    static String id(@Nullable String raw) {
        if (raw == null) {
            return "(none)";
        }
        int end = Math.min(raw.length(), MAX_CHARS);
        StringBuilder out = new StringBuilder(end + 3);
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~:/?#[]@!$&()*+,;=%".indexOf(c) >= 0;
            out.append(safe ? c : '?');
        }
        if (raw.length() > MAX_CHARS) {
            out.append("...");
        }
        return out.toString();
    }
}
