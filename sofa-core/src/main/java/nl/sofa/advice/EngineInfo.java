package nl.sofa.advice;

import java.util.List;
import java.util.Objects;

/**
 * The engine and packs that produced an advice, so that an advice can be traced to the rules that
 * made it.
 *
 * @param version the engine's version
 * @param packs the packs, in the order they were added (the built-in pack first)
 */
public record EngineInfo(String version, List<PackInfo> packs) {
    /** Copies the pack list. */
    public EngineInfo {
        Objects.requireNonNull(version, "version");
        packs = List.copyOf(packs);
    }
}
