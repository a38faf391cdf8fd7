package nl.sofa.engine;

import java.util.Arrays;
import java.util.List;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RuleSource;

/**
 * A rule pack made of DRL test resources, for the engine's own tests.
 *
 * @param id the pack id
 * @param version its version
 * @param description one line
 * @param rules the DRL sources
 */
record DrlPack(String id, String version, String description, List<RuleSource> rules) implements RulePack {
    /** A pack of these DRL resources of this package. */
    static DrlPack of(String id, String version, String... resources) {
        return new DrlPack(id, version, "test pack " + id, Arrays.stream(resources)
                .map(name -> new RuleSource(name, EvaluationFailureTest.read(name))).toList());
    }
}
