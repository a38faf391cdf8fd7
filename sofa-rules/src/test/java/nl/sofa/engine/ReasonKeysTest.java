package nl.sofa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Suggestion;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.engine.internal.ReasonTemplates;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every reason key the built-in pack can give has a template in reasons.json, every placeholder of
 * a template is among the params its key is given with (contract-v2 §2: a text is rendered from
 * key and params), and no rendered text is left with a placeholder. The keys and params are read
 * from the sources: every {@code Because.of("key", "name", value, ...)} in the built-in DRL and in
 * the engine's Java sources.
 */
class ReasonKeysTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/main/resources/nl/sofa/rules/builtin"),
            Path.of("src/main/java"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** Each reason key with the param names of every place that gives it. */
    private static Map<String, List<Set<String>>> given;

    @BeforeAll
    static void readTheSources() throws IOException {
        given = new TreeMap<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".drl") || f.toString().endsWith(".java"))
                        .toList()) {
                    read(file, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static void read(Path file, String text) {
        int at = 0;
        while ((at = text.indexOf("Because.of(", at)) >= 0) {
            int open = at + "Because.of".length();
            List<String> args = arguments(text, open);
            at = open;
            if (file.toString().endsWith("Because.java")) {
                continue; // the declaration and its javadoc
            }
            assertThat(args.get(0)).as("%s: a reason key is a string literal: %s", file, args.get(0)).matches("\"[^\"]+\"");
            assertThat(args.size() % 2).as("%s: %s has name, value pairs", file, args.get(0)).isEqualTo(1);
            Set<String> names = new TreeSet<>();
            for (int i = 1; i < args.size(); i += 2) {
                assertThat(args.get(i)).as("%s: a param name of %s is a string literal", file, args.get(0))
                        .matches("\"[A-Za-z]+\"");
                names.add(args.get(i).substring(1, args.get(i).length() - 1));
            }
            String key = args.get(0).substring(1, args.get(0).length() - 1);
            given.computeIfAbsent(key, k -> new ArrayList<>()).add(names);
        }
    }

    /** The top-level arguments of the call whose '(' is at {@code open}. */
    private static List<String> arguments(String text, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        StringBuilder arg = new StringBuilder();
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                arg.append(c);
                if (c == '\\') {
                    arg.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
                arg.append(c);
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth++ > 0) {
                    arg.append(c);
                }
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth == 0) {
                    args.add(arg.toString().trim());
                    return args;
                }
                arg.append(c);
            } else if (c == ',' && depth == 1) {
                args.add(arg.toString().trim());
                arg.setLength(0);
            } else {
                arg.append(c);
            }
        }
        throw new IllegalStateException("unclosed call at " + open);
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theSourcesGiveTheReasonsOfEverySection() {
        assertThat(given).containsKeys("overload.level.high", "overload.measurement.dated", "overload.light-involvement",
                "task.agreement.missing", "task.volunteer.reserved", "derailment.harm", "ending.deceased.follow-up",
                "young.minor", "consent.primary-contact", "network.sole-caregiver");
    }

    @Test
    void everyReasonKeyTheBuiltInPackGivesHasATemplate() {
        ReasonTemplates templates = ReasonTemplates.builtin();

        assertThat(given.keySet()).allSatisfy(key -> assertThat(templates.find(key)).as(key).isPresent());
    }

    @Test
    void everyPlaceholderOfATemplateIsAmongTheParamsItsKeyIsGivenWith() {
        ReasonTemplates templates = ReasonTemplates.builtin();

        given.forEach((key, sites) -> templates.find(key).ifPresent(template -> {
            for (Set<String> params : sites) {
                assertThat(params).as("%s (nl): %s", key, template.nl()).containsAll(placeholders(template.nl()));
                assertThat(params).as("%s (en): %s", key, template.en()).containsAll(placeholders(template.en()));
            }
        }));
    }

    @Test
    void everyTemplateOfReasonsJsonIsGivenByTheBuiltInPack() {
        assertThat(given.keySet()).containsAll(ReasonTemplates.builtin().keys());
    }

    @Test
    void bothLanguagesOfATemplateNameTheSameFacts() {
        ReasonTemplates templates = ReasonTemplates.builtin();

        for (String key : templates.keys()) {
            LocalizedText template = templates.find(key).orElseThrow();
            assertThat(placeholders(template.en())).as(key).isEqualTo(placeholders(template.nl()));
        }
    }

    @Test
    void noRenderedReasonOfAnyAdviceIsLeftWithAPlaceholder() {
        int reasons = 0;
        for (Situation situation : ManySituations.all(500)) {
            Advice advice = Fixtures.ENGINE.evaluate(situation);
            List<Reason> all = new ArrayList<>();
            for (Suggestion s : advice.suggestions()) {
                all.addAll(s.reasons());
            }
            for (Flag f : advice.flags()) {
                all.addAll(f.reasons());
            }
            for (Reason r : all) {
                assertThat(r.text().nl()).as(r.key()).doesNotContain("{", "}");
                assertThat(r.text().en()).as(r.key()).doesNotContain("{", "}");
            }
            reasons += all.size();
        }
        assertThat(reasons).isGreaterThan(1000);
    }
}
