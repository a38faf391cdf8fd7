package nl.sofa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.PackStatus;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.engine.fact.BurdenBand;
import nl.sofa.pack.internal.PackFiles;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Setting;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/writing-a-rule-pack.md keeps up with the code: every enum value, every pack.json field. */
class GuideTest {
    private static final Path GUIDE = Path.of("../docs/writing-a-rule-pack.md");

    static Stream<Class<? extends Enum<?>>> enums() {
        return Stream.of(Phase.class, EndingReason.class, Setting.class, Condition.class, DerailmentSignal.class,
                RelationToClient.class, OverloadSignal.class, BurdenInstrument.class, TaskKind.class,
                TaskKind.Category.class, Boundary.class, BurdenBand.Level.class, OverloadRisk.class, Priority.class,
                Severity.class, SofaRole.class, ActionPhase.class, PackStatus.class);
    }

    private static List<String> lines() throws IOException {
        return Files.readAllLines(GUIDE);
    }

    @ParameterizedTest
    @MethodSource("enums")
    void theGuideListsEveryValueOfEachEnumOfTheFactModel(Class<? extends Enum<?>> type) throws IOException {
        String name = type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        String row = lines().stream().filter(l -> l.startsWith("| `" + name + "` ")).findFirst().orElse(null);
        assertThat(row).as("a row for " + name).isNotNull();
        String values = row.substring(row.indexOf('|', 2));
        List<String> expected = Arrays.stream(type.getEnumConstants()).map(c -> "`" + c.name() + "`").toList();
        assertThat(values.split("\\|")[1].strip().split(", ")).as(name).containsExactlyElementsOf(expected);
    }

    @Test
    void theGuideDescribesEveryFieldOfPackJson() throws IOException {
        for (String field : PackFiles.MANIFEST_FIELDS) {
            assertThat(lines()).as(field).anyMatch(l -> l.startsWith("| `" + field + "` |"));
        }
    }
}
