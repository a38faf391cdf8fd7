package nl.sofa.cds.internal;

import java.util.List;

/**
 * A card's detail as GitHub-flavoured Markdown. Every text is escaped: a name from the ECD with a
 * {@code *} or {@code <} in it must show as written, not format the card or inject HTML.
 */
final class Markdown {
    private final StringBuilder out = new StringBuilder(1024);
    /** Whether the last block is a list: items of one list follow each other without a blank line. */
    private boolean inList;

    void heading(String text) {
        separate();
        inList = false;
        out.append("### ").append(escape(text)).append('\n');
    }

    void subheading(String text) {
        separate();
        inList = false;
        out.append("#### ").append(escape(text)).append('\n');
    }

    /** A bullet in bold, each reason on its own line under it. */
    void item(String label, List<String> reasons) {
        if (!inList && out.length() > 0) {
            out.append('\n');
        }
        inList = true;
        out.append("- **").append(escape(label)).append("**");
        for (String reason : reasons) {
            // Two spaces before the line break: a hard break inside the list item.
            out.append("  \n  ").append(escape(CardWriter.capitalized(reason)));
        }
        out.append('\n');
    }

    private void separate() {
        if (out.length() > 0) {
            out.append('\n');
        }
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~' -> s.append('\\').append(c);
                case '\n', '\r' -> s.append(' ');
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
