package nl.sofa.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RuleSource;

/**
 * A rule pack made of DRL test resources, for the engine's own tests.
 *
 * @param id the pack id
 * @param version its version
 * @param description one line
 * @param rules the DRL sources
 * @param flags the pack's own flag codes with their texts
 * @param reasons the pack's own reason templates by key
 */
record DrlPack(String id, String version, String description, List<RuleSource> rules, List<FlagType> flags,
        Map<String, LocalizedText> reasons) implements RulePack {
    /** A pack of these DRL resources of this package, with no flags or reasons of its own. */
    static DrlPack of(String id, String version, String... resources) {
        return new DrlPack(id, version, "test pack " + id, Arrays.stream(resources)
                .map(name -> new RuleSource(name, EvaluationFailureTest.read(name))).toList(), List.of(), Map.of());
    }

    /** This pack with these flag texts and reason templates. */
    DrlPack with(List<FlagType> flags, Map<String, LocalizedText> reasons) {
        return new DrlPack(id, version, description, rules, flags, reasons);
    }
}
