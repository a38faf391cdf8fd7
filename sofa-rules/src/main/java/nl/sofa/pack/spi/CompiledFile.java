package nl.sofa.pack.spi;

import java.util.List;
import java.util.Map;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.pack.RuleSource;
import org.jspecify.annotations.Nullable;

/**
 * What one pack file that is not DRL adds to its pack; the same parts that {@code *.drl},
 * {@code actions.json} and {@code pack.json}'s {@code thresholds} give a DRL pack.
 *
 * <p>Experimental since 0.2.
 *
 * @param rules the DRL made from the file, or null when the file declares no rules
 * @param actions the pack's actions the file declares (ids prefixed with the pack id)
 * @param flags the flag codes with their titles the file declares
 * @param reasons the reason templates the file declares, by key
 * @param thresholds the thresholds the file sets, by name
 */
public record CompiledFile(@Nullable RuleSource rules, List<Action> actions, List<FlagType> flags,
        Map<String, LocalizedText> reasons, Map<String, Double> thresholds) {
    /** Copies. */
    public CompiledFile {
        actions = List.copyOf(actions);
        flags = List.copyOf(flags);
        reasons = Map.copyOf(reasons);
        thresholds = Map.copyOf(thresholds);
    }
}
