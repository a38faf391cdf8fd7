package nl.sofa.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.sofa.advice.FlagCodes;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Setting;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/** The vocabulary: words for every code of the contract, and prose for dates, numbers and lists. */
class VocabularyTest {
    private final Vocabulary words = Vocabulary.standard();

    /** Every enum of the contract and the vocabulary domain its words live in (vocabulary.json). */
    private static final Map<Class<? extends Enum<?>>, String> DOMAINS = Map.ofEntries(
            Map.entry(TaskKind.class, "taskKind"), Map.entry(Condition.class, "condition"),
            Map.entry(OverloadSignal.class, "overloadSignal"), Map.entry(DerailmentSignal.class, "derailmentSignal"),
            Map.entry(OverloadRisk.class, "overloadRisk"), Map.entry(BurdenInstrument.class, "burdenInstrument"),
            Map.entry(RelationToClient.class, "relationToClient"), Map.entry(Setting.class, "setting"),
            Map.entry(EndingReason.class, "endingReason"), Map.entry(Phase.class, "phase"),
            Map.entry(SofaRole.class, "sofaRole"), Map.entry(Severity.class, "severity"),
            Map.entry(Priority.class, "priority"), Map.entry(Boundary.class, "boundary"));

    /**
     * Every code a text must not show: the constants of the contract's enums, the flag codes and the
     * factor codes. The instrument names CSI and ZBI are the names people use (rules-v2 §K).
     */
    static Set<String> codes() throws IllegalAccessException {
        Set<String> codes = new TreeSet<>();
        for (Class<? extends Enum<?>> type : DOMAINS.keySet()) {
            for (Enum<?> constant : type.getEnumConstants()) {
                codes.add(constant.name());
            }
        }
        for (Field f : FlagCodes.class.getFields()) {
            codes.add((String) f.get(null));
        }
        codes.addAll(List.of("BURDEN_SCORE_HEAVY", "BURDEN_SCORE_MODERATE", "INTENSIVE_LONG_TERM", "VERY_MANY_HOURS",
                "LIVES_WITH_CLIENT", "DEMANDING_CONDITION", "OLDER_CAREGIVER", "COMBINES_CARE_AND_WORK"));
        for (OverloadSignal signal : OverloadSignal.values()) {
            codes.add("SIGNAL_" + signal.name());
        }
        codes.removeAll(List.of("CSI", "ZBI"));
        return codes;
    }

    /** A code as a word of its own: not part of a longer code or word. */
    static boolean containsCode(String text, String code) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(code) + "(?![A-Za-z0-9_])").matcher(text).find();
    }

    @Test
    void everyConstantOfEveryContractEnumHasDutchAndEnglishWords() {
        List<String> missing = new ArrayList<>();
        DOMAINS.forEach((type, domain) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                var text = words.words(domain, constant.name());
                if (text.isEmpty() || text.get().nl().isBlank() || text.get().en().isBlank()) {
                    missing.add(type.getSimpleName() + "." + constant.name());
                }
            }
        });
        assertThat(missing).as("constants without words").isEmpty();
        assertThat(words.word("taskKind", "INJECTION", Vocabulary.DUTCH)).isEqualTo("het geven van injecties");
        assertThat(words.word("overloadRisk", "HIGH", Locale.ENGLISH)).isEqualTo("a high risk");
    }

    @Test
    void everyFactorCodeHasWords() throws IllegalAccessException {
        for (String factor : List.of("BURDEN_SCORE_HEAVY", "BURDEN_SCORE_MODERATE", "INTENSIVE_LONG_TERM",
                "VERY_MANY_HOURS", "LIVES_WITH_CLIENT", "SOLE_CAREGIVER", "DEMANDING_CONDITION", "YOUNG_CAREGIVER",
                "OLDER_CAREGIVER", "COMBINES_CARE_AND_WORK")) {
            assertThat(words.words("factor", factor)).as(factor).isPresent();
        }
        for (OverloadSignal signal : OverloadSignal.values()) {
            assertThat(words.words("factor", "SIGNAL_" + signal.name())).as(signal.name()).isPresent();
        }
    }

    @Test
    void noWordContainsACodeAsAWord() throws IllegalAccessException {
        Set<String> codes = codes();
        List<String> offending = new ArrayList<>();
        for (String domain : words.domains()) {
            for (String code : allCodesOf(domain)) {
                LocalizedText text = words.words(domain, code).orElseThrow();
                for (String t : List.of(text.nl(), text.en())) {
                    for (String c : codes) {
                        if (containsCode(t, c)) {
                            offending.add(domain + " " + code + ": \"" + t + "\" contains " + c);
                        }
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void theCodeCheckFindsACodeAndOnlyAsAWord() {
        assertThat(containsCode("1 signaal (SIGNAL_SLEEP_PROBLEMS)", "SIGNAL_SLEEP_PROBLEMS")).isTrue();
        assertThat(containsCode("1 signaal (SIGNAL_SLEEP_PROBLEMS)", "SLEEP_PROBLEMS")).isFalse();
        assertThat(containsCode("risico op overbelasting (HIGH)", "HIGH")).isTrue();
        assertThat(containsCode("een hoog risico", "HIGH")).isFalse();
        assertThat(containsCode("HIGHWAY", "HIGH")).isFalse();
    }

    private List<String> allCodesOf(String domain) {
        // The vocabulary names its codes only through words(); the enums and factor list give them.
        List<String> codes = new ArrayList<>();
        DOMAINS.forEach((type, d) -> {
            if (d.equals(domain)) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    codes.add(constant.name());
                }
            }
        });
        if (domain.equals("factor")) {
            try {
                for (String c : codes()) {
                    if (words.words("factor", c).isPresent()) {
                        codes.add(c);
                    }
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
            codes.add("SOLE_CAREGIVER");
            codes.add("YOUNG_CAREGIVER");
        }
        if (domain.equals("burdenBand")) {
            codes.addAll(List.of("LIGHT", "MODERATE", "HEAVY"));
        }
        return codes;
    }

    @Test
    void datesAreWrittenInProse() {
        LocalDate june = LocalDate.of(2026, 6, 1);
        assertThat(words.date(june, Vocabulary.DUTCH)).isEqualTo("1 juni 2026");
        assertThat(words.date(june, Locale.ENGLISH)).isEqualTo("1 June 2026");
        assertThat(words.date(LocalDate.of(2026, 11, 23), Vocabulary.DUTCH)).isEqualTo("23 november 2026");
        assertThat(words.date(LocalDate.of(2027, 3, 9), Locale.UK)).isEqualTo("9 March 2027");
    }

    @Test
    void theSameDateIsWrittenInEachLanguageAgainAndAgain() {
        LocalDate date = LocalDate.of(2031, 10, 2);
        for (int i = 0; i < 3; i++) {
            assertThat(words.date(date, Vocabulary.DUTCH)).isEqualTo("2 oktober 2031");
            assertThat(words.date(date, Locale.ENGLISH)).isEqualTo("2 October 2031");
        }
    }

    @Test
    void aRenderInsideARenderGivesBothSentencesWhole() {
        // A name lookup that renders a sentence of its own, while the outer sentence is half written.
        Function<String, String> nameOfId = id -> words.render("inner", "{n} {kind}",
                Map.of("n", 2, "kind", "INJECTION"), Vocabulary.DUTCH, Function.identity());
        String outer = words.render("outer", "zorg door {caregiverId} sinds {since}",
                Map.of("caregiverId", "cg-1", "since", LocalDate.of(2026, 6, 1)), Vocabulary.DUTCH, nameOfId);

        assertThat(outer).isEqualTo("zorg door 2 " + words.word("taskKind", "INJECTION", Vocabulary.DUTCH)
                + " sinds 1 juni 2026");
    }

    @Test
    void aRenderAfterARefusedOneStartsEmpty() {
        assertThatThrownBy(() -> words.render("k", "{hours} uur en {missing}", Map.of("hours", 4), Vocabulary.DUTCH,
                Function.identity())).isInstanceOf(IllegalArgumentException.class);

        assertThat(words.render("k", "{hours} uur", Map.of("hours", 5), Vocabulary.DUTCH, Function.identity()))
                .isEqualTo("5 uur");
    }

    @Test
    void numbersHaveADecimalCommaInDutchAndNoNeedlessDecimals() {
        assertThat(words.number(7.5, Vocabulary.DUTCH)).isEqualTo("7,5");
        assertThat(words.number(7.5, Locale.ENGLISH)).isEqualTo("7.5");
        assertThat(words.number(40.0, Vocabulary.DUTCH)).isEqualTo("40");
        assertThat(words.number(40, Locale.ENGLISH)).isEqualTo("40");
        assertThat(words.number(0.25, Vocabulary.DUTCH)).isEqualTo("0,25");
    }

    @Test
    void booleansAreWordsNotCodes() {
        Map<String, Object> params = Map.of("instructed", false, "recorded", true);
        assertThat(words.render("k", "{instructed}/{recorded}", params, Vocabulary.DUTCH, Function.identity()))
                .isEqualTo("nee/ja");
        assertThat(words.render("k", "{instructed}/{recorded}", params, Locale.ENGLISH, Function.identity()))
                .isEqualTo("no/yes");
    }

    @Test
    void listsEndWithEnOrAnd() {
        assertThat(words.list(List.of("a", "b", "c"), Vocabulary.DUTCH)).isEqualTo("a, b en c");
        assertThat(words.list(List.of("a", "b", "c"), Locale.ENGLISH)).isEqualTo("a, b and c");
        assertThat(words.list(List.of("a", "b"), Vocabulary.DUTCH)).isEqualTo("a en b");
        assertThat(words.list(List.of("a"), Vocabulary.DUTCH)).isEqualTo("a");
        assertThat(words.list(List.of(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aTemplateIsRenderedWithWordsDatesAndNumbers() {
        String nl = words.render("k", "{caregiverId} ({relation}) zorgt {hours} uur per week voor iemand met {conditions}"
                + " sinds {since}", Map.of("caregiverId", "cg-1", "relation", "CHILD", "hours", 12.5,
                        "conditions", List.of("DEMENTIA", "PARKINSON"), "since", LocalDate.of(2026, 6, 1)),
                Vocabulary.DUTCH, Function.identity());
        assertThat(nl).isEqualTo("cg-1 (kind) zorgt 12,5 uur per week voor iemand met dementie en de ziekte van Parkinson"
                + " sinds 1 juni 2026");
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> words.render("overload.hours", "{caregiverId} zorgt {hourz} uur",
                Map.of("caregiverId", "cg-1", "hours", 4), Vocabulary.DUTCH, Function.identity()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overload.hours")
                .hasMessageContaining("{hourz}");
        assertThatThrownBy(() -> words.render("overload.hours", "{caregiverId zorgt", Map.of("caregiverId", "cg-1"),
                Vocabulary.DUTCH, Function.identity()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overload.hours");
    }

    @Test
    void aCodeWithoutWordsIsRefusedNamingTheKeyAndTheCode() {
        assertThatThrownBy(() -> words.render("task.kind", "{kind}", Map.of("kind", "JUGGLING"), Locale.ENGLISH,
                Function.identity()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("task.kind")
                .hasMessageContaining("JUGGLING");
        assertThatThrownBy(() -> words.word("taskKind", "JUGGLING", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JUGGLING");
    }

    @Test
    void dutchIsAnyLocaleOfTheLanguageNl() {
        assertThat(Vocabulary.isDutch(Locale.forLanguageTag("nl-BE"))).isTrue();
        assertThat(Vocabulary.isDutch(Vocabulary.DUTCH)).isTrue();
        assertThat(Vocabulary.isDutch(Locale.ENGLISH)).isFalse();
        assertThat(Vocabulary.isDutch(null)).isFalse();
    }

    @Test
    void paramNamesMapToTheirDomains() {
        assertThat(words.domainOf("kind")).contains("taskKind");
        assertThat(words.domainOf("signals")).contains("overloadSignal");
        assertThat(words.domainOf("caregiverId")).isEmpty();
    }
}
