package nl.sofa.advice.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.EngineInfo;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.PackInfo;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;

/**
 * Advice built by hand through the public API, as the engine would give it for a wife who cares 42.5
 * hours a week and injects insulin without an agreement, a son who helps a little, a volunteer who
 * uses the hoist, and signs of derailed care. No engine: the rendering must not need one.
 */
final class AdviceTextExamples {
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 23);

    /** The names an ECD would show. */
    static final Map<String, String> NAMES = Map.of(
            "fam-jansen", "mevrouw Jansen",
            "cg-wife", "Marie",
            "cg-son", "Kees",
            "vw-1", "Ria",
            "t-insuline", "insuline 's avonds",
            "t-boodschappen", "boodschappen",
            "t-tillift", "tillift");

    private AdviceTextExamples() {
    }

    static LocalizedText t(String nl, String en) {
        return new LocalizedText(nl, en);
    }

    static Reason reason(String key, Map<String, ?> params, String nl, String en) {
        return Reason.of(key, params, t(nl, en));
    }

    static Suggestion suggestion(String action, SofaRole role, String caregiverId, String taskId, Priority priority,
            LocalDate dueBy, LocalizedText text, Reason... reasons) {
        return new Suggestion(action, role, ActionPhase.ANY, caregiverId, taskId, priority, dueBy, text,
                List.of("builtin." + action.toLowerCase(java.util.Locale.ROOT)), List.of(reasons));
    }

    static Flag flag(String code, Severity severity, Boundary boundary, String caregiverId, String taskId,
            LocalizedText title, Reason... reasons) {
        return new Flag(code, severity, boundary, caregiverId, taskId, title,
                List.of("builtin.flag." + code.toLowerCase(java.util.Locale.ROOT)), List.of(reasons));
    }

    static Advice advice(List<CaregiverAssessment> caregivers, List<Suggestion.Key> focus, List<Suggestion> suggestions,
            List<Flag> flags) {
        return new Advice("fam-jansen", REFERENCE_DATE, Phase.DAILY,
                new EngineInfo("0.2.0", List.of(new PackInfo("sofa-builtin", "2.0.0"))), caregivers, focus,
                suggestions, flags);
    }

    // ---- the entries of the family Jansen ----

    static final Suggestion DERAILED = suggestion("X-DERAILED", SofaRole.ONDERSTEUNEN, null, null, Priority.HIGH, null,
            t("Meldcode huiselijk geweld en kindermishandeling volgen: overleggen met de aandachtsfunctionaris huiselijk geweld",
                    "Follow the reporting code for domestic violence and abuse: consult the designated officer"),
            reason("derailment.serious", Map.of("derailmentSignals", List.of("CLIENT_INJURIES")),
                    "Er is een ernstig signaal van ontspoorde mantelzorg: {derailmentSignals}.",
                    "There is a serious sign of derailed care: {derailmentSignals}."));

    static final Flag DERAILED_FLAG = flag("DERAILED_CARE_RISK", Severity.CRITICAL, null, null, null,
            t("Signalen van ontspoorde mantelzorg", "Signs of derailed informal care"),
            reason("derailment.serious", Map.of("derailmentSignals", List.of("CLIENT_INJURIES")),
                    "Er is een ernstig signaal van ontspoorde mantelzorg: {derailmentSignals}.",
                    "There is a serious sign of derailed care: {derailmentSignals}."),
            reason("derailment.signals", Map.of("derailmentSignals", List.of("CLIENT_INJURIES", "HELP_OR_VISITS_REFUSED")),
                    "Gezien: {derailmentSignals}.", "Seen: {derailmentSignals}."));

    static final Suggestion TAKEOVER = suggestion("G-TAKEOVER", SofaRole.SAMENWERKEN, "cg-wife", "t-insuline",
            Priority.HIGH, null,
            t("Handeling laten uitvoeren door een bevoegde beroepskracht tot de situatie besproken is",
                    "Have a qualified professional perform this act until the situation has been discussed"),
            reason("task.takeover.derailment", Map.of("caregiverId", "cg-wife", "kind", "INJECTION", "taskId", "t-insuline"),
                    "Zolang de signalen van ontspoorde mantelzorg niet besproken zijn, doet een beroepskracht {kind} ({taskId}) in plaats van {caregiverId}.",
                    "Until the signs of derailed care have been discussed, a professional does {kind} ({taskId}) instead of {caregiverId}."));

    static final Suggestion AGREE = suggestion("G-AGREE", SofaRole.SAMENWERKEN, "cg-wife", "t-insuline", Priority.MEDIUM,
            LocalDate.of(2026, 12, 1), t("Afspraak maken over deze zorghandeling: wie doet wat", "Make an agreement about this care task: who does what"),
            reason("task.agree.reserved", Map.of("caregiverId", "cg-wife", "kind", "INJECTION"),
                    "Over {kind} door {caregiverId} is niets afgesproken.",
                    "Nothing has been agreed about {kind} by {caregiverId}."));

    static final Flag NO_AGREEMENT = flag("TASK_WITHOUT_AGREEMENT", Severity.CRITICAL, Boundary.RELATIONEEL, "cg-wife",
            "t-insuline", t("Geen afspraak over deze zorghandeling", "No agreement about this care act"),
            reason("task.reserved.no-agreement", Map.of("caregiverId", "cg-wife", "kind", "INJECTION"),
                    "{caregiverId} doet {kind} zonder afspraak, en dat is een voorbehouden handeling.",
                    "{caregiverId} does {kind} without an agreement, and it is a reserved act."));

    static final Flag NO_INSTRUCTION = flag("INSTRUCTION_MISSING", Severity.WARNING, Boundary.FUNCTIONEEL, "cg-wife",
            "t-insuline", t("Geen instructie gegeven", "No instruction given"),
            reason("task.no-instruction", Map.of("caregiverId", "cg-wife", "kind", "INJECTION"),
                    "{caregiverId} heeft geen instructie gekregen voor {kind}.",
                    "{caregiverId} has had no instruction for {kind}."));

    static final Flag UNABLE = flag("CAREGIVER_UNABLE", Severity.INFO, Boundary.RELATIONEEL, "cg-wife",
            "t-boodschappen", t("Mantelzorger kan deze taak niet doen", "Caregiver is not able to do this task"),
            reason("task.unable.daily-life", Map.of("caregiverId", "cg-wife", "kind", "TRANSPORT"),
                    "{caregiverId} kan {kind} niet meer doen.", "{caregiverId} can no longer do {kind}."));

    static final Suggestion HANDOVER = suggestion("G-HANDOVER", SofaRole.AFSTEMMEN, "cg-wife", "t-boodschappen",
            Priority.LOW, null,
            t("Bespreken wie deze taak overneemt, of wat de mantelzorger nodig heeft om het te kunnen",
                    "Discuss who takes this task over, or what the caregiver needs to be able to do it"),
            reason("task.handover", Map.of("caregiverId", "cg-wife", "kind", "TRANSPORT"),
                    "Iemand anders kan {kind} van {caregiverId} overnemen.", "Someone else can take {kind} over from {caregiverId}."));

    static final Suggestion RESPITE = suggestion("V-RESPITE", SofaRole.ONDERSTEUNEN, "cg-wife", null, Priority.HIGH,
            null, t("Tijdelijke vervanging van de zorg bespreken", "Discuss temporary replacement of the care"),
            reason("relief.respite.high", Map.of("caregiverId", "cg-wife", "signals", List.of("SLEEP_PROBLEMS", "NO_TIME_FOR_OWN_LIFE")),
                    "{caregiverId} heeft {signals}.", "{caregiverId} has {signals}."));

    static final Suggestion MEASURE = suggestion("O-MEASURE", SofaRole.ONDERSTEUNEN, "cg-wife", null, Priority.MEDIUM,
            REFERENCE_DATE, t("Belasting (opnieuw) meten, bijvoorbeeld met de EDIZ-plus",
                    "Measure the caregiver's burden (again), for example with the EDIZ-plus"),
            reason("overload.measure.old", Map.of("caregiverId", "cg-wife", "instrument", "EDIZ_PLUS",
                            "assessedOn", LocalDate.of(2025, 9, 1)),
                    "De laatste meting van {caregiverId} met {instrument} is van {assessedOn}, langer dan een jaar geleden.",
                    "The last measurement of {caregiverId} with {instrument} dates from {assessedOn}, more than a year ago."));

    static final Suggestion WIFE_INFORMED = suggestion("S-D1", SofaRole.SAMENWERKEN, "cg-wife", null, Priority.LOW, null,
            t("Elkaar goed op de hoogte houden", "Keep each other well informed"),
            reason("balance.samenwerken", Map.of("caregiverId", "cg-wife"),
                    "{caregiverId} is partner in de zorg: houd elkaar op de hoogte.",
                    "{caregiverId} is a partner in care: keep each other informed."));

    static final Suggestion WIFE_HABITS = suggestion("F-D1", SofaRole.FACILITEREN, "cg-wife", null, Priority.MEDIUM, null,
            t("Eigen gewoontes respecteren en er ruimte aan bieden", "Respect and make room for their own habits"),
            reason("facilitate.lives-with", Map.of("caregiverId", "cg-wife"),
                    "{caregiverId} woont samen met de cliënt.", "{caregiverId} lives with the client."));

    static final Suggestion WIFE_WISHES = suggestion("A-D1", SofaRole.AFSTEMMEN, "cg-wife", null, Priority.MEDIUM, null,
            t("Veranderingen in wensen en behoeften van de cliënt bespreken", "Discuss changes in the client's wishes and needs"),
            reason("attune.condition", Map.of("conditions", List.of("DEMENTIA")),
                    "De cliënt heeft {conditions}; wensen en behoeften veranderen.",
                    "The client has {conditions}; wishes and needs change."));

    static final Flag OVERLOAD = flag("OVERLOAD_RISK", Severity.CRITICAL, null, "cg-wife", null,
            t("Risico op overbelasting", "Risk of overload"),
            reason("overload.high", Map.of("caregiverId", "cg-wife", "risk", "HIGH"),
                    "{caregiverId} loopt {risk} op overbelasting.", "{caregiverId} runs {risk} of overload."),
            reason("overload.factor.hours", Map.of("caregiverId", "cg-wife", "hours", 42.5, "months", 48),
                    "{caregiverId} zorgt {hours} uur per week, al {months} maanden.",
                    "{caregiverId} cares {hours} hours a week, for {months} months now."),
            reason("overload.signals", Map.of("signals", List.of("SLEEP_PROBLEMS", "NO_TIME_FOR_OWN_LIFE")),
                    "Signalen: {signals}.", "Signals: {signals}."));

    static final Flag CONSENT = flag("CONSENT_MISSING", Severity.INFO, null, "cg-wife", null,
            t("Geen toestemming om het zorgleefplan te delen", "No consent to share the care plan"),
            reason("consent.primary-contact", Map.of("caregiverId", "cg-wife"),
                    "{caregiverId} is de eerste contactpersoon, maar mag het zorgleefplan nog niet inzien.",
                    "{caregiverId} is the primary contact but may not see the care plan yet."));

    static final Suggestion SON_INFORMED = suggestion("S-D1", SofaRole.SAMENWERKEN, "cg-son", null, Priority.LOW, null,
            t("Elkaar goed op de hoogte houden", "Keep each other well informed"),
            reason("balance.samenwerken", Map.of("caregiverId", "cg-son"),
                    "{caregiverId} is partner in de zorg: houd elkaar op de hoogte.",
                    "{caregiverId} is a partner in care: keep each other informed."));

    static final Suggestion SON_LOAD = suggestion("O-D1", SofaRole.ONDERSTEUNEN, "cg-son", null, Priority.LOW, null,
            t("Oog houden voor (over)belasting en behoud van vitaliteit", "Keep an eye on (over)load and on the caregiver's vitality"),
            reason("balance.ondersteunen", Map.of("caregiverId", "cg-son", "hours", 3),
                    "{caregiverId} helpt {hours} uur per week; kijk mee hoe het gaat.",
                    "{caregiverId} helps {hours} hours a week; keep an eye on how it goes."));

    static final Suggestion VOLUNTEER = suggestion("G-VOLUNTEER", SofaRole.SAMENWERKEN, "vw-1", "t-tillift",
            Priority.MEDIUM, null,
            t("Met de vrijwilliger en de vrijwilligerscoördinator afspreken wat de vrijwilliger mag doen, met scholing en begeleiding",
                    "Agree with the volunteer and the volunteer coordinator what the volunteer may do, with training and support"),
            reason("volunteer.unsupervised", Map.of("caregiverId", "vw-1", "kind", "HOIST_TRANSFER"),
                    "{caregiverId} doet {kind} zonder afspraak of instructie.",
                    "{caregiverId} does {kind} without an agreement or instruction."));

    static final Flag VOLUNTEER_FLAG = flag("VOLUNTEER_TASK_UNSUPERVISED", Severity.WARNING, Boundary.FUNCTIONEEL, "vw-1",
            "t-tillift", t("Vrijwilliger zonder afspraak of instructie", "Volunteer without agreement or instruction"),
            reason("volunteer.unsupervised", Map.of("caregiverId", "vw-1", "kind", "HOIST_TRANSFER"),
                    "{caregiverId} doet {kind} zonder afspraak of instructie.",
                    "{caregiverId} does {kind} without an agreement or instruction."));

    static final List<CaregiverAssessment> CAREGIVERS = List.of(
            new CaregiverAssessment("cg-wife", OverloadRisk.HIGH,
                    List.of("INTENSIVE_LONG_TERM", "LIVES_WITH_CLIENT", "SIGNAL_SLEEP_PROBLEMS")),
            new CaregiverAssessment("cg-son", OverloadRisk.NONE, List.of()));

    static final List<Suggestion> SUGGESTIONS = List.of(DERAILED, TAKEOVER, AGREE, HANDOVER, RESPITE, MEASURE,
            WIFE_INFORMED, WIFE_HABITS, WIFE_WISHES, SON_INFORMED, SON_LOAD, VOLUNTEER);

    static final List<Flag> FLAGS = List.of(DERAILED_FLAG, NO_AGREEMENT, NO_INSTRUCTION, UNABLE, OVERLOAD, CONSENT,
            VOLUNTEER_FLAG);

    static final List<Suggestion.Key> FOCUS = List.of(DERAILED.key(), TAKEOVER.key(), RESPITE.key());

    /** The family Jansen's advice. */
    static Advice jansen() {
        return advice(CAREGIVERS, FOCUS, SUGGESTIONS, FLAGS);
    }

    /** The same advice, its suggestions and flags handed over in another order. */
    static Advice jansenShuffled(long seed) {
        List<Suggestion> suggestions = new ArrayList<>(SUGGESTIONS);
        List<Flag> flags = new ArrayList<>(FLAGS);
        Collections.shuffle(suggestions, new Random(seed));
        Collections.shuffle(flags, new Random(seed + 1));
        return advice(CAREGIVERS, FOCUS, suggestions, flags);
    }
}
