package nl.sofa.json;

/**
 * Limits on a situation document, so that hostile or broken input is refused with a normal
 * validation error instead of exhausting memory, the stack or time. A document over a limit is
 * rejected whole, like any other invalid document.
 *
 * <p>The defaults are far above any real client (a client has a handful of caregivers) and still
 * fit the largest benchmark situation (1,000 caregivers with 5,000 tasks, about 1.5 MB). A
 * document at the limit still parses in a 128 MB heap.
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxDepth the deepest nesting of arrays and objects (the top-level object is depth 1)
 * @param maxStringLength the longest string value or field name, in characters
 * @param maxCaregivers the most caregivers
 * @param maxVolunteers the most volunteers
 * @param maxCareTasks the most care tasks
 * @param maxListLength the most entries in any other list ({@code signals}, {@code conditions},
 *     {@code carePlanSharedWith}, the policy lists)
 */
public record ReadLimits(
        int maxDocumentBytes,
        int maxDepth,
        int maxStringLength,
        int maxCaregivers,
        int maxVolunteers,
        int maxCareTasks,
        int maxListLength) {

    private static final ReadLimits DEFAULTS = new ReadLimits(4 * 1024 * 1024, 100, 1024, 2_000, 2_000, 10_000, 2_000);

    /** Checks every limit is positive. */
    public ReadLimits {
        if (maxDocumentBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxCaregivers < 0
                || maxVolunteers < 0 || maxCareTasks < 0 || maxListLength < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The defaults: 4 MiB, depth 100 (the contract's), strings of 1,024 characters, 2,000
     * caregivers, 2,000 volunteers, 10,000 care tasks, 2,000 entries in any other list (so that {@code carePlanSharedWith} can
     * name every caregiver).
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }
}
