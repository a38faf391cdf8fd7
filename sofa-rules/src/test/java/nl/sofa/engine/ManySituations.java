package nl.sofa.engine;

import java.util.ArrayList;
import java.util.List;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.testkit.Situations;

/**
 * Situations for the checks that hold for every advice (rules-v2 §J, §K): the rich situation of
 * {@link DeterminismTest} in every phase, ending reason and setting, and a fixed sample of the
 * testkit's generated situations.
 */
final class ManySituations {
    private ManySituations() {
    }

    static List<Situation> all(int generated) {
        List<Situation> situations = new ArrayList<>();
        Situation rich = DeterminismTest.rich();
        for (Phase phase : Phase.values()) {
            for (EndingReason reason : phase == Phase.ENDING ? EndingReason.values() : new EndingReason[] {null}) {
                for (Setting setting : new Setting[] {null, Setting.HOME, Setting.RESIDENTIAL}) {
                    situations.add(rich.toBuilder().phase(phase).endingReason(reason).setting(setting).build());
                }
            }
        }
        situations.addAll(Situations.valid().samples(20261123L, generated));
        return situations;
    }
}
