package nl.sofa.pack.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Suggestion;
import nl.sofa.engine.EvaluationException;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RulePacks;
import nl.sofa.testkit.Property;
import nl.sofa.testkit.Situations;
import org.junit.jupiter.api.Test;

/**
 * A table pack and the DRL pack a programmer would write for the same policy
 * (src/test/resources/packs/tabel and packs/drl) give byte-identical advice on generated
 * situations (1,000 by default; {@code -Dsofa.tries}), and every row of the table decides
 * something in some of them, so the comparison is not between two packs that never fire.
 */
class DrlAndTableAgreeTest {
    private static final Path PACKS = Path.of("src", "test", "resources", "packs");
    private static final SofaJson JSON = SofaJson.standard();

    @Test
    void aTablePackAndItsDrlTwinGiveByteIdenticalAdvice() {
        RulePack table = RulePacks.load(PACKS.resolve("tabel"));
        RulePack drl = RulePacks.load(PACKS.resolve("drl"));
        SofaEngine fromTable = SofaEngine.builder().addPack(table).build();
        SofaEngine fromDrl = SofaEngine.builder().addPack(drl).build();
        Map<String, AtomicInteger> fired = new TreeMap<>();
        table.reasons().keySet().forEach(rule -> fired.put(rule, new AtomicInteger()));
        AtomicInteger compared = new AtomicInteger();

        Property.forAll(Situations.valid()).named("table = DRL").check(situation -> {
            String expected;
            try {
                expected = JSON.writeAdvice(fromDrl.evaluate(situation));
            } catch (EvaluationException e) {
                EvaluationException fromTheTable = org.assertj.core.api.Assertions.catchThrowableOfType(
                        EvaluationException.class, () -> fromTable.evaluate(situation));
                assertThat(fromTheTable).as("the table pack fails where the DRL pack does").isNotNull();
                assertThat(fromTheTable.ruleId()).isEqualTo(e.ruleId());
                return;
            }
            Advice advice = fromTable.evaluate(situation);
            assertThat(JSON.writeAdvice(advice)).isEqualTo(expected);
            compared.incrementAndGet();
            for (Suggestion suggestion : advice.suggestions()) {
                suggestion.rules().stream().filter(fired::containsKey).forEach(rule -> fired.get(rule).incrementAndGet());
            }
            for (Flag flag : advice.flags()) {
                flag.rules().stream().filter(fired::containsKey).forEach(rule -> fired.get(rule).incrementAndGet());
            }
        });

        assertThat(compared.get()).as("situations compared").isGreaterThan(Property.forAll(Situations.valid()).effectiveTries() / 2);
        assertThat(fired).as("how often each row of the table decided something").hasSize(6)
                .allSatisfy((rule, count) -> assertThat(count.get()).as(rule).isPositive());
    }
}
