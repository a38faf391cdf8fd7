package nl.sofa.cds.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.advice.text.AdviceSections;
import nl.sofa.advice.text.AdviceText;
import nl.sofa.advice.text.FlagLine;
import nl.sofa.advice.text.PersonSection;
import nl.sofa.advice.text.RoleGroup;
import nl.sofa.advice.text.SuggestionLine;
import nl.sofa.advice.text.TaskGroup;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.fhir.FhirCanonicals;
import nl.sofa.situation.Situation;
import nl.sofa.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * Writes advice as CDS Hooks cards: one per caregiver or volunteer (what to do first, the suggestions
 * by SOFA role, the flags about the person), one per care task with findings, and one for the situation
 * as a whole (the derailment card when derailment is flagged). Built from {@link AdviceText#sections},
 * so the cards group and word exactly as the text rendering does.
 *
 * <p>Deterministic: the same advice, names and locale give byte-identical cards. A card's {@code uuid}
 * is derived from its content, so the same advice gives the same uuids (feedback refers to what was
 * shown), and changed advice gives new ones.
 */
public final class CardWriter {
    /** The specification asks for a summary of fewer than 140 characters. */
    public static final int MAX_SUMMARY = 139;
    /** The code system of card topics, published with SOFA's FHIR conformance resources. */
    public static final String TOPIC_SYSTEM = FhirCanonicals.CODE_SYSTEM + "cds-card-topic";
    /** The card topics, each with its phrase {@code topic.<code>}. */
    public static final List<String> TOPICS = List.of("caregiver", "volunteer", "care-task", "situation", "derailment");
    /** The code system of override reasons. */
    public static final String OVERRIDE_SYSTEM = FhirCanonicals.CODE_SYSTEM + "cds-override-reason";
    /** The override reasons offered on every card with suggestions, in this order. */
    public static final List<String> OVERRIDE_CODES = List.of("already-discussed", "not-applicable",
            "caregiver-declines", "later");
    /** The built-in flag that makes the situation card the derailment card. */
    private static final String DERAILMENT_FLAG = "DERAILED_CARE_RISK";
    private static final String ACTION_SYSTEM = FhirCanonicals.CODE_SYSTEM + "action";
    private static final String SOURCE_URL = "https://sofa-mantelzorg.github.io/sofa/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CardPhrases phrases;
    private final Locale locale;
    private final Vocabulary words = Vocabulary.standard();

    /**
     * @param phrases the card phrases
     * @param locale the reader's locale (Dutch for a Dutch locale, else English)
     */
    public CardWriter(CardPhrases phrases, Locale locale) {
        this.phrases = phrases;
        this.locale = locale;
    }

    /**
     * The cards for this advice, most serious first (critical, warning, info), in the advice's order
     * within each.
     *
     * @param serviceId the service id, part of each card's uuid
     * @param patientId the FHIR id of the client, for the suggestions' resources
     */
    public ArrayNode cards(String serviceId, String patientId, Advice advice, Situation situation, Names names) {
        AdviceSections sections = AdviceText.sections(advice, locale, names.lookup());
        Map<String, CaregiverAssessment> assessments = new LinkedHashMap<>();
        for (CaregiverAssessment a : advice.caregivers()) {
            assessments.put(a.caregiverId(), a);
        }
        List<String> caregiverIds = new ArrayList<>();
        for (Caregiver c : situation.caregivers()) {
            caregiverIds.add(c.id());
        }
        List<Card> cards = new ArrayList<>();
        for (PersonSection person : sections.people()) {
            boolean hasOwn = !person.focus().isEmpty() || !person.roles().isEmpty() || !person.flags().isEmpty();
            if (person.personId() == null) {
                if (hasOwn) {
                    cards.add(situationCard(sections, person));
                }
            } else if (hasOwn) {
                String kind = caregiverIds.contains(person.personId()) ? "caregiver" : "volunteer";
                cards.add(personCard(sections, person, kind, assessments.get(person.personId()), names));
            }
            for (TaskGroup task : person.tasks()) {
                cards.add(taskCard(task, person, names));
            }
        }
        List<Card> ordered = new ArrayList<>(cards);
        ordered.sort(Comparator.comparingInt(c -> c.indicator.ordinal())); // stable: advice order within
        ArrayNode out = NODES.arrayNode();
        for (Card card : ordered) {
            out.add(card.json(serviceId, advice.situationId(), patientId, names));
        }
        return out;
    }

    private Card personCard(AdviceSections sections, PersonSection person, String kind,
            @Nullable CaregiverAssessment assessment, Names names) {
        String who = capitalized(names.name(person.personId()));
        String summary;
        OverloadRisk risk = person.overloadRisk();
        if (risk != null && risk != OverloadRisk.NONE) {
            String riskWords = words.word("overloadRisk", risk.name(), locale);
            boolean sole = assessment != null && assessment.factors().contains("SOLE_CAREGIVER");
            summary = phrases.get(sole ? "summary.risk.sole" : "summary.risk", locale, "who", who, "risk", riskWords);
        } else if (!person.flags().isEmpty()) {
            summary = phrases.get("summary.flag", locale, "who", who, "title", midSentence(person.flags().get(0).title()));
        } else if (!person.focus().isEmpty()) {
            summary = phrases.get("summary.focus", locale, "who", who, "text", midSentence(person.focus().get(0).text()));
        } else {
            summary = phrases.get("summary.suggestions", locale, "who", who, "count", count(person));
        }
        Markdown md = new Markdown();
        md.heading(capitalized(person.heading()));
        focusAndRoles(md, person);
        flags(md, sections.flagsHeading(), person.flags());
        return new Card(kind, person.personId(), summary, indicator(person.flags()), md.toString(),
                suggestions(person.focus(), person.roles(), List.of()));
    }

    private Card situationCard(AdviceSections sections, PersonSection person) {
        boolean derailment = false;
        for (FlagLine f : person.flags()) {
            derailment |= DERAILMENT_FLAG.equals(f.key().code());
        }
        String summary = person.flags().isEmpty()
                ? phrases.get("summary.situation.suggestions", locale, "count", count(person))
                : phrases.get("summary.situation", locale, "title", person.flags().get(0).title());
        Markdown md = new Markdown();
        md.heading(capitalized(person.heading()));
        focusAndRoles(md, person);
        flags(md, sections.flagsHeading(), person.flags());
        return new Card(derailment ? "derailment" : "situation", null, summary, indicator(person.flags()),
                md.toString(), suggestions(person.focus(), person.roles(), List.of()));
    }

    private Card taskCard(TaskGroup task, PersonSection person, Names names) {
        String heading = task.heading();
        int colon = heading.indexOf(": ");
        String what = colon < 0 ? heading : heading.substring(colon + 2);
        String summary;
        if (task.flags().isEmpty()) {
            summary = capitalized(what);
        } else if (task.flags().size() == 1) {
            summary = phrases.get("summary.task", locale, "title", midSentence(task.flags().get(0).title()), "task", what);
        } else {
            summary = phrases.get("summary.task.more", locale, "title", midSentence(task.flags().get(0).title()),
                    "more", task.flags().size() - 1, "task", what);
        }
        Markdown md = new Markdown();
        md.heading(capitalized(heading) + (person.personId() == null ? "" : " (" + names.name(person.personId()) + ")"));
        for (FlagLine f : task.flags()) {
            md.item(f.label(), f.reasons());
        }
        for (SuggestionLine s : task.suggestions()) {
            md.item(s.label(), List.of(s.headline()));
        }
        return new Card("care-task", task.taskId(), summary, indicator(task.flags()), md.toString(),
                suggestions(List.of(), List.of(), task.suggestions()));
    }

    private void focusAndRoles(Markdown md, PersonSection person) {
        for (SuggestionLine line : person.focus()) {
            md.item(line.label(), List.of(line.headline()));
        }
        for (RoleGroup group : person.roles()) {
            md.subheading(group.heading());
            for (SuggestionLine line : group.suggestions()) {
                md.item(line.label(), List.of(line.headline()));
            }
        }
    }

    private static void flags(Markdown md, String heading, List<FlagLine> flags) {
        if (flags.isEmpty()) {
            return;
        }
        md.subheading(heading);
        for (FlagLine f : flags) {
            md.item(f.label(), f.reasons());
        }
    }

    private static int count(PersonSection person) {
        int n = person.focus().size();
        for (RoleGroup g : person.roles()) {
            n += g.suggestions().size();
        }
        return n;
    }

    /** The suggestions of a card, each once, focus first. */
    private static List<SuggestionLine> suggestions(List<SuggestionLine> focus, List<RoleGroup> roles,
            List<SuggestionLine> task) {
        Map<Suggestion.Key, SuggestionLine> unique = new LinkedHashMap<>();
        for (SuggestionLine s : focus) {
            unique.putIfAbsent(s.key(), s);
        }
        for (RoleGroup g : roles) {
            for (SuggestionLine s : g.suggestions()) {
                unique.putIfAbsent(s.key(), s);
            }
        }
        for (SuggestionLine s : task) {
            unique.putIfAbsent(s.key(), s);
        }
        return List.copyOf(unique.values());
    }

    private static Indicator indicator(List<FlagLine> flags) {
        Indicator worst = Indicator.INFO;
        for (FlagLine f : flags) {
            Indicator i = f.severity() == Severity.CRITICAL ? Indicator.CRITICAL
                    : f.severity() == Severity.WARNING ? Indicator.WARNING : Indicator.INFO;
            worst = i.ordinal() < worst.ordinal() ? i : worst;
        }
        return worst;
    }

    static String capitalized(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder(s.length()).appendCodePoint(Character.toTitleCase(first))
                .append(s, Character.charCount(first), s.length()).toString();
    }

    /** A title inside a sentence: its first letter small, unless the word is an abbreviation (EDIZ). */
    static String midSentence(String title) {
        if (title.length() < 2 || !Character.isUpperCase(title.charAt(0)) || Character.isUpperCase(title.charAt(1))) {
            return title;
        }
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /** Cuts a summary to the specification's length at a word, with an ellipsis. */
    static String shortened(String summary) {
        if (summary.length() <= MAX_SUMMARY) {
            return summary;
        }
        int cut = summary.lastIndexOf(' ', MAX_SUMMARY - 1);
        if (cut < MAX_SUMMARY / 2) {
            cut = MAX_SUMMARY - 1;
        }
        return summary.substring(0, cut).stripTrailing() + "…";
    }

    /** The CDS Hooks indicators, most serious first. */
    enum Indicator {
        CRITICAL("critical"), WARNING("warning"), INFO("info");

        private final String json;

        Indicator(String json) {
            this.json = json;
        }
    }

    private final class Card {
        private final String topic;
        private final @Nullable String subject;
        private final String summary;
        private final Indicator indicator;
        private final String detail;
        private final List<SuggestionLine> suggestions;

        Card(String topic, @Nullable String subject, String summary, Indicator indicator, String detail,
                List<SuggestionLine> suggestions) {
            this.topic = topic;
            this.subject = subject;
            this.summary = shortened(capitalized(summary));
            this.indicator = indicator;
            this.detail = detail;
            this.suggestions = suggestions;
        }

        ObjectNode json(String serviceId, String situationId, String patientId, Names names) {
            ObjectNode body = NODES.objectNode();
            body.put("summary", summary);
            body.put("indicator", indicator.json);
            body.put("detail", detail);
            ObjectNode source = body.putObject("source");
            source.put("label", phrases.get("source.label", locale));
            source.put("url", SOURCE_URL);
            ObjectNode coding = source.putObject("topic");
            coding.put("system", TOPIC_SYSTEM);
            coding.put("code", topic);
            coding.put("display", phrases.get("topic." + topic, locale));
            String uuid = uuid(serviceId + "|" + situationId + "|" + topic + "|" + subject + "|" + digest(body, suggestions));
            ObjectNode card = NODES.objectNode();
            card.put("uuid", uuid);
            card.setAll(body);
            if (!suggestions.isEmpty()) {
                ArrayNode list = card.putArray("suggestions");
                for (SuggestionLine s : suggestions) {
                    list.add(suggestion(uuid, s, patientId, names));
                }
                card.put("selectionBehavior", "any");
                ArrayNode reasons = card.putArray("overrideReasons");
                for (String code : OVERRIDE_CODES) {
                    ObjectNode reason = reasons.addObject();
                    reason.put("system", OVERRIDE_SYSTEM);
                    reason.put("code", code);
                    reason.put("display", phrases.get("override." + code, locale));
                }
            }
            return card;
        }

        private ObjectNode suggestion(String cardUuid, SuggestionLine s, String patientId, Names names) {
            Suggestion.Key key = s.key();
            ObjectNode node = NODES.objectNode();
            node.put("label", s.label());
            node.put("uuid", uuid(cardUuid + "|" + key.action() + "|" + key.caregiverId() + "|" + key.taskId()));
            node.put("isRecommended", s.priority() == nl.sofa.advice.Priority.HIGH);
            ObjectNode action = node.putArray("actions").addObject();
            action.put("type", "create");
            action.put("description", s.text());
            ObjectNode task = action.putObject("resource");
            task.put("resourceType", "Task");
            task.put("status", "requested");
            task.put("intent", "proposal");
            ObjectNode code = task.putObject("code").putArray("coding").addObject();
            code.put("system", ACTION_SYSTEM);
            code.put("code", key.action());
            code.put("display", s.text());
            task.put("description", s.text());
            task.putObject("for").put("reference", "Patient/" + patientId);
            String fhirId = key.caregiverId() == null ? null : names.fhirId(key.caregiverId());
            if (fhirId != null) {
                task.putObject("focus").put("reference", "RelatedPerson/" + fhirId);
            }
            if (s.dueBy() != null) {
                task.putObject("restriction").putObject("period").put("end", s.dueBy().toString());
            }
            return node;
        }
    }

    private static String digest(ObjectNode body, List<SuggestionLine> suggestions) {
        StringBuilder content = new StringBuilder(body.toString());
        for (SuggestionLine s : suggestions) {
            content.append('\n').append(s.key()).append('|').append(s.label());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
