package nl.sofa.advice.text;

import static nl.sofa.advice.text.AdviceTextExamples.AGREE;
import static nl.sofa.advice.text.AdviceTextExamples.CAREGIVERS;
import static nl.sofa.advice.text.AdviceTextExamples.CONSENT;
import static nl.sofa.advice.text.AdviceTextExamples.DERAILED;
import static nl.sofa.advice.text.AdviceTextExamples.FLAGS;
import static nl.sofa.advice.text.AdviceTextExamples.NAMES;
import static nl.sofa.advice.text.AdviceTextExamples.NO_AGREEMENT;
import static nl.sofa.advice.text.AdviceTextExamples.NO_INSTRUCTION;
import static nl.sofa.advice.text.AdviceTextExamples.OVERLOAD;
import static nl.sofa.advice.text.AdviceTextExamples.RESPITE;
import static nl.sofa.advice.text.AdviceTextExamples.SUGGESTIONS;
import static nl.sofa.advice.text.AdviceTextExamples.TAKEOVER;
import static nl.sofa.advice.text.AdviceTextExamples.advice;
import static nl.sofa.advice.text.AdviceTextExamples.flag;
import static nl.sofa.advice.text.AdviceTextExamples.jansen;
import static nl.sofa.advice.text.AdviceTextExamples.reason;
import static nl.sofa.advice.text.AdviceTextExamples.suggestion;
import static nl.sofa.advice.text.AdviceTextExamples.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.FlagCodes;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Setting;
import nl.sofa.task.TaskKind;
import nl.sofa.text.Vocabulary;
import org.junit.jupiter.api.Test;

/** The advice as a professional reads it: grouped per person, in words, never a code. */
class AdviceTextTest {
    private static final Locale DUTCH = Vocabulary.DUTCH;

    private static String dutchWithNames(Advice advice) {
        return AdviceText.render(advice, DUTCH, NAMES::get);
    }

    @Test
    void rendersAFamilyInDutchWithTheNamesOfTheRecord() {
        assertThat(dutchWithNames(jansen())).isEqualTo("""
                Advies voor mevrouw Jansen, 23 november 2026 (fase: de dagelijkse praktijk)

                De situatie als geheel
                  Eerst: Meldcode huiselijk geweld en kindermishandeling volgen: overleggen met de aandachtsfunctionaris huiselijk geweld
                      Er is een ernstig signaal van ontspoorde mantelzorg: de cliënt heeft onverklaard letsel.

                  Aandachtspunten
                  - Ernstig: Signalen van ontspoorde mantelzorg
                      Er is een ernstig signaal van ontspoorde mantelzorg: de cliënt heeft onverklaard letsel.
                      Gezien: de cliënt heeft onverklaard letsel en hulp of bezoek wordt geweigerd.

                Marie: een hoog risico op overbelasting
                  Eerst: Handeling laten uitvoeren door een bevoegde beroepskracht tot de situatie besproken is (taak insuline 's avonds)
                      Zolang de signalen van ontspoorde mantelzorg niet besproken zijn, doet een beroepskracht het geven van injecties (insuline 's avonds) in plaats van Marie.
                  Eerst: Tijdelijke vervanging van de zorg bespreken
                      Marie heeft slaapproblemen en geen tijd voor een eigen leven.

                  Samenwerken (partner in zorg)
                  - Elkaar goed op de hoogte houden
                      Marie is partner in de zorg: houd elkaar op de hoogte.

                  Ondersteunen (mogelijke hulpvrager)
                  - Belasting (opnieuw) meten, bijvoorbeeld met de EDIZ-plus (nu)
                      De laatste meting van Marie met de EDIZ-plus is van 1 september 2025, langer dan een jaar geleden.

                  Faciliteren (persoonlijk betrokkene)
                  - Eigen gewoontes respecteren en er ruimte aan bieden
                      Marie woont samen met de cliënt.

                  Afstemmen (expert)
                  - Veranderingen in wensen en behoeften van de cliënt bespreken
                      De cliënt heeft dementie; wensen en behoeften veranderen.

                  Taak insuline 's avonds: het geven van injecties
                  - Ernstig: Geen afspraak over deze zorghandeling (relationele grens)
                      Marie doet het geven van injecties zonder afspraak, en dat is een voorbehouden handeling.
                  - Let op: Geen instructie gegeven (functionele grens)
                      Marie heeft geen instructie gekregen voor het geven van injecties.
                  - Handeling laten uitvoeren door een bevoegde beroepskracht tot de situatie besproken is (belangrijk)
                      Zolang de signalen van ontspoorde mantelzorg niet besproken zijn, doet een beroepskracht het geven van injecties (insuline 's avonds) in plaats van Marie.
                  - Afspraak maken over deze zorghandeling: wie doet wat (vóór 1 december 2026)
                      Over het geven van injecties door Marie is niets afgesproken.

                  Taak boodschappen: vervoer
                  - Ter informatie: Mantelzorger kan deze taak niet doen (relationele grens)
                      Marie kan vervoer niet meer doen.
                  - Bespreken wie deze taak overneemt, of wat de mantelzorger nodig heeft om het te kunnen
                      Iemand anders kan vervoer van Marie overnemen.

                  Aandachtspunten
                  - Ernstig: Risico op overbelasting
                      Marie loopt een hoog risico op overbelasting.
                      Marie zorgt 42,5 uur per week, al 48 maanden.
                      Signalen: slaapproblemen en geen tijd voor een eigen leven.
                  - Ter informatie: Geen toestemming om het zorgleefplan te delen
                      Marie is de eerste contactpersoon, maar mag het zorgleefplan nog niet inzien.

                Kees: geen verhoogd risico op overbelasting

                  Samenwerken (partner in zorg)
                  - Elkaar goed op de hoogte houden
                      Kees is partner in de zorg: houd elkaar op de hoogte.

                  Ondersteunen (mogelijke hulpvrager)
                  - Oog houden voor (over)belasting en behoud van vitaliteit
                      Kees helpt 3 uur per week; kijk mee hoe het gaat.

                Ria (vrijwilliger)

                  Taak tillift: een transfer met de tillift
                  - Let op: Vrijwilliger zonder afspraak of instructie (functionele grens)
                      Ria doet een transfer met de tillift zonder afspraak of instructie.
                  - Met de vrijwilliger en de vrijwilligerscoördinator afspreken wat de vrijwilliger mag doen, met scholing en begeleiding
                      Ria doet een transfer met de tillift zonder afspraak of instructie.
                """);
    }

    @Test
    void englishForAnyLocaleThatIsNotDutch() {
        String english = AdviceText.render(jansen(), Locale.ENGLISH);

        assertThat(english).startsWith("Advice for fam-jansen, 23 November 2026 (phase: day-to-day care)\n")
                .contains("\ncg-wife: a high risk of overload\n")
                .contains("\n  First: Discuss temporary replacement of the care\n")
                .contains("\n  Working together (partner in care)\n")
                .contains("(important)")
                .contains("who does what (by 1 December 2026)")
                .contains("with the EDIZ-plus (now)")
                .contains("cares 42.5 hours a week")
                .contains("\nvw-1 (volunteer)\n")
                .contains("  - Critical: No agreement about this care act (relational boundary)\n")
                .contains("\n  Points to note\n")
                .doesNotContain("Eerst", "belangrijk", "vóór", "Aandachtspunten", "Samenwerken", "uur");
        assertThat(AdviceText.render(jansen(), Locale.GERMANY)).isEqualTo(english);
        assertThat(AdviceText.render(jansen(), Locale.forLanguageTag("nl-BE")))
                .isEqualTo(AdviceText.render(jansen(), DUTCH)).startsWith("Advies voor");
    }

    @Test
    void theNameOfEveryIdIsShownInHeadingsAndReasonsAlike() {
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            String withNames = AdviceText.render(jansen(), locale, NAMES::get);
            String withIds = AdviceText.render(jansen(), locale);
            for (Map.Entry<String, String> name : NAMES.entrySet()) {
                assertThat(withNames).as(locale + " " + name.getKey()).doesNotContain(name.getKey()).contains(name.getValue());
                assertThat(withIds).as(locale + " " + name.getKey()).contains(name.getKey());
            }
        }
    }

    @Test
    void anUnknownIdStaysAnId() {
        String text = AdviceText.render(jansen(), DUTCH, id -> id.equals("cg-wife") ? "Marie" : null);
        assertThat(text).contains("\nMarie: een hoog risico op overbelasting\n", "\ncg-son: geen verhoogd risico");
    }

    /** Every constant of the contract's enums, the flag codes, action ids and reason keys of the example. */
    private static List<String> codes() {
        List<String> codes = new ArrayList<>();
        Stream.of(Severity.values(), Priority.values(), OverloadRisk.values(), SofaRole.values(), Boundary.values(),
                Phase.values(), ActionPhase.values(), TaskKind.values(), Condition.values(), OverloadSignal.values(),
                DerailmentSignal.values(), RelationToClient.values(), Setting.values(), EndingReason.values(),
                BurdenInstrument.values()).flatMap(Stream::of).forEach(e -> codes.add(e.name()));
        for (java.lang.reflect.Field field : FlagCodes.class.getFields()) {
            codes.add(field.getName());
        }
        CAREGIVERS.forEach(c -> codes.addAll(c.factors()));
        for (Suggestion s : SUGGESTIONS) {
            codes.add(s.action());
            s.rules().forEach(codes::add);
            s.reasons().forEach(r -> codes.add(r.key()));
        }
        for (Flag f : FLAGS) {
            codes.add(f.code());
            f.rules().forEach(codes::add);
            f.reasons().forEach(r -> codes.add(r.key()));
        }
        return codes;
    }

    @Test
    void noCodeActionIdRuleIdReasonKeyOrJsonAppears() {
        List<String> codes = codes();
        assertThat(codes).contains("HIGH", "SAMENWERKEN", "INJECTION", "OVERLOAD_RISK", "X-DERAILED", "overload.high");
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            for (String text : List.of(AdviceText.render(jansen(), locale), AdviceText.render(jansen(), locale, NAMES::get))) {
                for (String code : codes) {
                    assertThat(Pattern.compile("(?<![\\p{L}\\d_.-])" + Pattern.quote(code) + "(?![\\p{L}\\d_-])")
                            .matcher(text).find()).as(locale + ": " + code).isFalse();
                }
                assertThat(text).doesNotContain("{", "}", "\"", "_", "null", "[");
                assertThat(Pattern.compile("\\b[A-Z]-[A-Z0-9]").matcher(text).find()).as("an action id").isFalse();
            }
        }
    }

    @Test
    void everyLineStartsWithACapitalOrAListMark() {
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            for (String line : AdviceText.render(jansen(), locale, NAMES::get).split("\n")) {
                String start = line.strip().replaceFirst("^- ", "");
                if (!start.isEmpty()) {
                    assertThat(Character.isUpperCase(start.codePointAt(0))).as(line).isTrue();
                }
                // Instrument names are names (contract v2 allows them); any other run of capitals is a label.
                assertThat(line.replaceAll("EDIZ-plus|CSI|ZBI", "")).as("no all-caps label")
                        .doesNotMatch(".*\\b\\p{Lu}{3,}\\b.*");
            }
        }
    }

    @Test
    void groupsPerPersonInTheOrderOfTheAdvice() {
        AdviceSections sections = AdviceText.sections(jansen(), DUTCH, NAMES::get);

        assertThat(sections.people()).extracting(PersonSection::personId).containsExactly(null, "cg-wife", "cg-son", "vw-1");
        assertThat(sections.people()).extracting(PersonSection::overloadRisk)
                .containsExactly(null, OverloadRisk.HIGH, OverloadRisk.NONE, null);

        PersonSection situation = sections.people().get(0);
        assertThat(situation.focus()).extracting(SuggestionLine::key).containsExactly(DERAILED.key());
        assertThat(situation.roles()).as("the focus entry is read once").isEmpty();
        assertThat(situation.flags()).extracting(FlagLine::severity).containsExactly(Severity.CRITICAL);

        PersonSection wife = sections.people().get(1);
        assertThat(wife.heading()).isEqualTo("Marie: een hoog risico op overbelasting");
        assertThat(wife.focus()).extracting(SuggestionLine::key).containsExactly(TAKEOVER.key(), RESPITE.key());
        assertThat(wife.focus()).allSatisfy(line -> assertThat(line.label()).startsWith("Eerst: "));
        assertThat(wife.roles()).extracting(RoleGroup::role)
                .containsExactly(SofaRole.SAMENWERKEN, SofaRole.ONDERSTEUNEN, SofaRole.FACILITEREN, SofaRole.AFSTEMMEN);
        assertThat(wife.roles()).flatExtracting(RoleGroup::suggestions).extracting(SuggestionLine::key)
                .doesNotContain(RESPITE.key(), TAKEOVER.key(), AGREE.key());
        assertThat(wife.tasks()).extracting(TaskGroup::taskId).as("the critical task before the one for information")
                .containsExactly("t-insuline", "t-boodschappen");
        TaskGroup insulin = wife.tasks().get(0);
        assertThat(insulin.flags()).extracting(FlagLine::key).containsExactly(NO_AGREEMENT.key(), NO_INSTRUCTION.key());
        assertThat(insulin.suggestions()).extracting(SuggestionLine::key).containsExactly(TAKEOVER.key(), AGREE.key());
        assertThat(insulin.flags().get(0).label()).isEqualTo("Ernstig: Geen afspraak over deze zorghandeling (relationele grens)");
        assertThat(insulin.flags().get(0).title()).isEqualTo("Geen afspraak over deze zorghandeling");
        assertThat(wife.flags()).extracting(FlagLine::key).containsExactly(OVERLOAD.key(), CONSENT.key());
        assertThat(wife.flags().get(0).reasons()).hasSize(3).first().isEqualTo("Marie loopt een hoog risico op overbelasting.");

        PersonSection son = sections.people().get(2);
        assertThat(son.roles()).extracting(RoleGroup::heading)
                .containsExactly("Samenwerken (partner in zorg)", "Ondersteunen (mogelijke hulpvrager)");
        assertThat(son.tasks()).isEmpty();
        assertThat(son.flags()).isEmpty();
        assertThat(sections.people().get(3).heading()).isEqualTo("Ria (vrijwilliger)");
    }

    @Test
    void aSuggestionLineSaysWhatMattersAboutIt() {
        AdviceSections sections = AdviceText.sections(jansen(), DUTCH, NAMES::get);
        SuggestionLine measure = sections.people().get(1).roles().get(1).suggestions().get(0);

        assertThat(measure.text()).isEqualTo("Belasting (opnieuw) meten, bijvoorbeeld met de EDIZ-plus");
        assertThat(measure.label()).isEqualTo("Belasting (opnieuw) meten, bijvoorbeeld met de EDIZ-plus (nu)");
        assertThat(measure.dueBy()).isEqualTo(AdviceTextExamples.REFERENCE_DATE);
        assertThat(measure.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(measure.headline()).isEqualTo(
                "De laatste meting van Marie met de EDIZ-plus is van 1 september 2025, langer dan een jaar geleden.");
        SuggestionLine takeover = sections.people().get(1).tasks().get(0).suggestions().get(0);
        assertThat(takeover.label()).endsWith("besproken is (belangrijk)");
    }

    @Test
    void theSameAdviceGivesTheSameTextWhateverOrderItWasBuiltIn() {
        String first = dutchWithNames(jansen());
        AdviceSections sections = AdviceText.sections(jansen(), DUTCH, NAMES::get);
        for (long seed = 0; seed < 20; seed++) {
            assertThat(dutchWithNames(AdviceTextExamples.jansenShuffled(seed))).isEqualTo(first);
            assertThat(AdviceText.sections(AdviceTextExamples.jansenShuffled(seed), DUTCH, NAMES::get)).isEqualTo(sections);
        }
        assertThat(AdviceText.plainText(sections)).isEqualTo(first);
    }

    @Test
    void theSituationAsAWholeClosesTheAdviceWhenNothingInItComesFirst() {
        Advice noDerailmentInFocus = advice(CAREGIVERS, List.of(TAKEOVER.key()), SUGGESTIONS, FLAGS);
        List<PersonSection> people = AdviceText.sections(noDerailmentInFocus, DUTCH).people();

        assertThat(people).extracting(PersonSection::personId).containsExactly("cg-wife", "cg-son", "vw-1", null);
        PersonSection whole = people.get(3);
        assertThat(whole.roles()).extracting(RoleGroup::heading).as("no caregiver's part for the situation")
                .containsExactly("Ondersteunen");
        assertThat(whole.roles().get(0).suggestions().get(0).label()).endsWith("huiselijk geweld (belangrijk)");

        Advice nothingAboutTheWhole = advice(CAREGIVERS, List.of(), List.of(AGREE), List.of(OVERLOAD));
        assertThat(AdviceText.sections(nothingAboutTheWhole, DUTCH).people()).extracting(PersonSection::personId)
                .containsExactly("cg-wife", "cg-son");
    }

    @Test
    void volunteersFollowTheCaregiversInIdOrder() {
        Flag b = flag("VOLUNTEER_RESERVED_ACT", Severity.CRITICAL, Boundary.WETTELIJK, "a-volunteer-b", "t-2",
                t("Vrijwilliger voert een voorbehouden handeling uit", "Volunteer performs a reserved act"),
                reason("volunteer.reserved", Map.of("caregiverId", "a-volunteer-b", "kind", "CATHETERISATION"),
                        "{caregiverId} doet {kind}.", "{caregiverId} does {kind}."));
        Flag a = flag("VOLUNTEER_TASK_UNSUPERVISED", Severity.WARNING, Boundary.FUNCTIONEEL, "a-volunteer-a", "t-1",
                t("Vrijwilliger zonder afspraak of instructie", "Volunteer without agreement or instruction"),
                reason("volunteer.unsupervised", Map.of("caregiverId", "a-volunteer-a"), "{caregiverId} doet het zonder afspraak.",
                        "{caregiverId} does it without agreement."));
        List<PersonSection> people = AdviceText.sections(advice(CAREGIVERS, List.of(), List.of(), List.of(b, a)), DUTCH)
                .people();

        assertThat(people).extracting(PersonSection::personId).containsExactly("cg-wife", "cg-son", "a-volunteer-a", "a-volunteer-b");
        assertThat(people.get(3).tasks().get(0).heading()).isEqualTo("Taak t-2: katheteriseren");
        assertThat(people.get(2).tasks().get(0).heading()).as("no kind among the reasons").isEqualTo("Taak t-1");
        assertThat(people.get(0).isEmpty()).isTrue();
    }

    @Test
    void aReasonWhoseTemplateTheVocabularyCannotFillKeepsItsOwnText() {
        Reason own = new Reason("acme.hoist.second-person", Map.of("caregiverId", "cg-wife", "shift", "NIGHT"),
                t("Marie tilt 's nachts alleen.", "Marie lifts alone at night."),
                t("{caregiverId} tilt {shift} alleen, {missing}.", "{caregiverId} lifts {shift} alone, {missing}."));
        Flag packFlag = new Flag("acme.HOIST_ALONE", Severity.WARNING, null, "cg-wife", null,
                t("Tillen zonder tweede persoon", "Lifting without a second person"), List.of("acme.hoist"), List.of(own));

        AdviceSections sections = AdviceText.sections(advice(CAREGIVERS, List.of(), List.of(), List.of(packFlag)), DUTCH,
                NAMES::get);

        assertThat(sections.people().get(0).flags().get(0).reasons()).containsExactly("Marie tilt 's nachts alleen.");
        assertThat(sections.people().get(0).flags().get(0).label()).isEqualTo("Let op: Tillen zonder tweede persoon");
    }

    @Test
    void aSuggestionWithoutPersonOrTaskBelongsToTheSituation() {
        Suggestion noCaregiver = suggestion("O-E1", SofaRole.ONDERSTEUNEN, null, null, Priority.MEDIUM, null,
                t("Ondersteuningsbehoeften en -mogelijkheden na vertrek bespreken", "Discuss support needs and options after the client leaves"),
                reason("ending.no-caregiver", Map.of(), "Er is geen mantelzorger bekend.", "No caregiver is known."));
        String text = AdviceText.render(advice(List.of(), List.of(), List.of(noCaregiver), List.of()), DUTCH);

        assertThat(text).isEqualTo("""
                Advies voor fam-jansen, 23 november 2026 (fase: de dagelijkse praktijk)

                De situatie als geheel

                  Ondersteunen
                  - Ondersteuningsbehoeften en -mogelijkheden na vertrek bespreken
                      Er is geen mantelzorger bekend.
                """);
    }
}
