package nl.sofa.advice.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.role.SofaRole;
import nl.sofa.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * The advice for a person to read: per caregiver what to do first, then the suggestions by SOFA role,
 * then each care task with everything about it, then the flags about the caregiver; in Dutch or
 * English, in sentence case, without a code, an action id or JSON in it.
 *
 * <pre>{@code
 * String text = AdviceText.render(advice, Vocabulary.DUTCH, id -> names.getOrDefault(id, id));
 * AdviceSections sections = AdviceText.sections(advice, Locale.ENGLISH, names::get); // for cards
 * }</pre>
 *
 * <p>{@link #sections} gives the grouping and the words; {@link #render} lays them out as plain text.
 * Another layout (Markdown on a CDS Hooks card) starts from the same sections, so that every layout
 * groups alike. No rule engine is needed: this works on any {@link Advice}, also one read back from
 * JSON.
 *
 * <p>Deterministic: the same advice, locale and names give the same text. The order within a group is
 * the contract's (most important or most serious first). Dutch for a Dutch locale, English for any
 * other. Thread-safe. Stable since 0.2.
 */
public final class AdviceText {
    private static final String INDENT = "  ";
    private static final String REASON_INDENT = "      ";

    private AdviceText() {
    }

    /**
     * The advice as plain text, with ids as they are.
     *
     * @param advice the advice
     * @param locale the reader's locale
     * @return the text, lines ending in {@code \n}
     */
    public static String render(Advice advice, Locale locale) {
        return plainText(sections(advice, locale));
    }

    /**
     * The advice as plain text, with every id (situation, caregiver, volunteer, task) written as
     * {@code nameOfId} gives it, in headings and reasons alike.
     *
     * @param advice the advice
     * @param locale the reader's locale
     * @param nameOfId the name to show for an id; returning the id itself (or null) keeps the id
     * @return the text, lines ending in {@code \n}
     */
    public static String render(Advice advice, Locale locale, Function<String, String> nameOfId) {
        return plainText(sections(advice, locale, nameOfId));
    }

    /** The advice grouped and worded, with ids as they are. */
    public static AdviceSections sections(Advice advice, Locale locale) {
        return new Builder(advice, locale, null).build();
    }

    /**
     * The advice grouped and worded, with ids written as {@code nameOfId} gives them.
     *
     * @param advice the advice
     * @param locale the reader's locale
     * @param nameOfId the name to show for an id; returning the id itself (or null) keeps the id
     * @return the sections
     */
    public static AdviceSections sections(Advice advice, Locale locale, Function<String, String> nameOfId) {
        return new Builder(advice, locale, Objects.requireNonNull(nameOfId, "nameOfId")).build();
    }

    /**
     * Sections laid out as plain text: a heading per person, the focus, the role groups, the tasks and
     * the flags each as a block, reasons indented under their line.
     *
     * @param sections the sections, from {@link #sections}
     * @return the text, lines ending in {@code \n}
     */
    public static String plainText(AdviceSections sections) {
        StringBuilder out = new StringBuilder(4096);
        out.append(sections.heading()).append('\n');
        for (PersonSection person : sections.people()) {
            out.append('\n').append(person.heading()).append('\n');
            for (SuggestionLine line : person.focus()) {
                out.append(INDENT).append(line.label()).append('\n');
                out.append(REASON_INDENT).append(line.headline()).append('\n');
            }
            for (RoleGroup group : person.roles()) {
                out.append('\n').append(INDENT).append(group.heading()).append('\n');
                for (SuggestionLine line : group.suggestions()) {
                    item(out, line.label(), List.of(line.headline()));
                }
            }
            for (TaskGroup task : person.tasks()) {
                out.append('\n').append(INDENT).append(task.heading()).append('\n');
                for (FlagLine flag : task.flags()) {
                    item(out, flag.label(), List.of(flag.headline()));
                }
                for (SuggestionLine line : task.suggestions()) {
                    item(out, line.label(), List.of(line.headline()));
                }
            }
            if (!person.flags().isEmpty()) {
                out.append('\n').append(INDENT).append(sections.flagsHeading()).append('\n');
                for (FlagLine flag : person.flags()) {
                    // A person's flags (overload above all) show every reason: the factors are the finding.
                    item(out, flag.label(), flag.reasons());
                }
            }
        }
        return out.toString();
    }

    private static void item(StringBuilder out, String label, List<String> reasons) {
        out.append(INDENT).append("- ").append(label).append('\n');
        for (String reason : reasons) {
            out.append(REASON_INDENT).append(reason).append('\n');
        }
    }

    /** Makes the sections of one advice. */
    private static final class Builder {
        private final Advice advice;
        private final Locale locale;
        private final @Nullable Function<String, String> nameOfId;
        private final Function<String, String> names;
        private final Phrases phrases = Phrases.standard();
        private final Vocabulary words = Vocabulary.standard();

        Builder(Advice advice, Locale locale, @Nullable Function<String, String> nameOfId) {
            this.advice = Objects.requireNonNull(advice, "advice");
            this.locale = Vocabulary.isDutch(locale) ? Vocabulary.DUTCH : Locale.ENGLISH;
            this.nameOfId = nameOfId;
            this.names = nameOfId == null ? Function.identity() : nameOfId;
        }

        /** What is collected per person before it becomes a section. */
        private final class Person {
            final @Nullable String id;
            final @Nullable OverloadRisk risk;
            final List<SuggestionLine> focus = new ArrayList<>();
            final Map<SofaRole, List<SuggestionLine>> roles = new EnumMap<>(SofaRole.class);
            final Map<String, List<Flag>> taskFlags = new TreeMap<>();
            final Map<String, List<Suggestion>> taskSuggestions = new TreeMap<>();
            final List<FlagLine> flags = new ArrayList<>();

            Person(@Nullable String id, @Nullable OverloadRisk risk) {
                this.id = id;
                this.risk = risk;
            }

            PersonSection section() {
                List<RoleGroup> groups = new ArrayList<>();
                // The caregiver's part in a role ("partner in zorg") says nothing about the situation as a whole.
                roles.forEach((role, lines) -> groups.add(new RoleGroup(role, id == null
                        ? phrase("role.heading.plain", Map.of("role", role.name()))
                        : phrase("role.heading", Map.of("role", role.name(),
                                "label", Vocabulary.isDutch(locale) ? role.labelNl() : role.labelEn())),
                        lines)));
                return new PersonSection(id, heading(), risk, focus, groups, tasks(), flags);
            }

            private String heading() {
                if (id == null) {
                    return phrase("situation.heading", Map.of());
                }
                // The engine assesses every caregiver: someone the advice names without an assessment
                // performs a task and is not a caregiver, so a volunteer (the contract knows no other).
                return risk == null ? phrase("person.heading.volunteer", Map.of("caregiverId", id))
                        : phrase("person.heading", Map.of("caregiverId", id, "risk", risk.name()));
            }

            private List<TaskGroup> tasks() {
                TreeSet<String> taskIds = new TreeSet<>(taskFlags.keySet());
                taskIds.addAll(taskSuggestions.keySet());
                List<TaskGroup> groups = new ArrayList<>(taskIds.size());
                for (String taskId : taskIds) {
                    List<Flag> flagsOfTask = taskFlags.getOrDefault(taskId, List.of());
                    List<Suggestion> suggestionsOfTask = taskSuggestions.getOrDefault(taskId, List.of());
                    groups.add(new TaskGroup(taskId, taskHeading(taskId, flagsOfTask, suggestionsOfTask),
                            flagsOfTask.stream().map(Builder.this::flagLine).toList(),
                            suggestionsOfTask.stream().map(s -> suggestionLine(s, false)).toList()));
                }
                // The task that needs the most care first; equal ones stay in id order (a stable sort).
                Map<String, Integer> rank = new HashMap<>();
                for (String taskId : taskIds) {
                    rank.put(taskId, taskFlags.getOrDefault(taskId, List.of()).stream()
                            .mapToInt(f -> f.severity().ordinal()).max().orElse(-1));
                }
                groups.sort(Comparator.comparing((TaskGroup g) -> rank.get(g.taskId())).reversed());
                return groups;
            }
        }

        AdviceSections build() {
            Map<String, Person> people = new LinkedHashMap<>();
            for (CaregiverAssessment assessment : advice.caregivers()) {
                people.putIfAbsent(assessment.caregiverId(), new Person(assessment.caregiverId(), assessment.overloadRisk()));
            }
            // Volunteers and other performers have no assessment; they follow the caregivers in id order.
            TreeSet<String> others = new TreeSet<>();
            advice.suggestions().forEach(s -> addOther(others, people, s.caregiverId()));
            advice.flags().forEach(f -> addOther(others, people, f.caregiverId()));
            for (String id : others) {
                people.put(id, new Person(id, null));
            }
            Person situation = new Person(null, null);

            Map<Suggestion.Key, Suggestion> byKey = new HashMap<>();
            for (Suggestion s : advice.suggestions()) {
                byKey.put(s.key(), s);
            }
            for (Suggestion.Key key : advice.focus()) {
                Suggestion s = byKey.get(key);
                personOf(people, situation, key.caregiverId()).focus.add(suggestionLine(s, true));
            }
            for (Suggestion s : advice.suggestions()) {
                Person p = personOf(people, situation, s.caregiverId());
                if (s.taskId() == null) {
                    if (advice.focus().contains(s.key())) {
                        continue; // read first already; a task, by contrast, shows everything about it
                    }
                    p.roles.computeIfAbsent(s.role(), r -> new ArrayList<>()).add(suggestionLine(s, false));
                } else {
                    p.taskSuggestions.computeIfAbsent(s.taskId(), t -> new ArrayList<>()).add(s);
                }
            }
            for (Flag f : advice.flags()) {
                Person p = personOf(people, situation, f.caregiverId());
                if (f.taskId() == null) {
                    p.flags.add(flagLine(f));
                } else {
                    p.taskFlags.computeIfAbsent(f.taskId(), t -> new ArrayList<>()).add(f);
                }
            }

            List<PersonSection> sections = new ArrayList<>(people.size() + 1);
            PersonSection whole = situation.section();
            // Derailment is about the client's safety and comes first in the focus: then the situation
            // as a whole is read first too. Without a focus entry it closes the advice.
            boolean wholeFirst = !whole.focus().isEmpty();
            if (wholeFirst) {
                sections.add(whole);
            }
            for (Person p : people.values()) {
                sections.add(p.section());
            }
            if (!wholeFirst && !whole.isEmpty()) {
                sections.add(whole);
            }
            String heading = phrase("advice.heading", Map.of("situationId", advice.situationId(),
                    "referenceDate", advice.referenceDate(), "phase", advice.phase().name()));
            return new AdviceSections(heading, phrase("flags.heading", Map.of()), sections);
        }

        private static void addOther(TreeSet<String> others, Map<String, Person> people, @Nullable String id) {
            if (id != null && !people.containsKey(id)) {
                others.add(id);
            }
        }

        private static Person personOf(Map<String, Person> people, Person situation, @Nullable String id) {
            return id == null ? situation : people.get(id);
        }

        private SuggestionLine suggestionLine(Suggestion s, boolean inFocus) {
            String text = Vocabulary.isDutch(locale) ? s.text().nl() : s.text().en();
            List<String> details = new ArrayList<>(3);
            if (s.priority() == Priority.HIGH && !inFocus) { // everything in the focus is important
                details.add(phrase("priority.high", Map.of()));
            }
            if (s.dueBy() != null) {
                // Due on the advice's own date (a measurement that is missing) or before it: "vóór" that
                // date would read as already too late, while it means "now".
                details.add(s.dueBy().isAfter(advice.referenceDate()) ? phrase("dueBy", Map.of("dueBy", s.dueBy()))
                        : phrase("dueBy.now", Map.of()));
            }
            if (inFocus && s.taskId() != null) { // in its task group the task is the heading
                details.add(phrase("task", Map.of("taskId", s.taskId())));
            }
            String line = details.isEmpty() ? text : text + " (" + String.join(", ", details) + ")";
            String label = inFocus ? phrase("focus", Map.of("text", line)) : line;
            return new SuggestionLine(s.key(), s.priority(), s.dueBy(), text, label, reasons(s.reasons()));
        }

        private FlagLine flagLine(Flag f) {
            String title = Vocabulary.isDutch(locale) ? f.text().nl() : f.text().en();
            String label = f.boundary() == null
                    ? phrase("flag", Map.of("severity", f.severity().name(), "title", title))
                    : phrase("flag.boundary", Map.of("severity", f.severity().name(), "title", title,
                            "boundary", f.boundary().name()));
            return new FlagLine(f.key(), f.severity(), title, capitalized(label), reasons(f.reasons()));
        }

        private String taskHeading(String taskId, List<Flag> flags, List<Suggestion> suggestions) {
            // The advice does not carry the task's kind; a reason about the task usually names it.
            String kind = null;
            for (Flag f : flags) {
                kind = kind == null ? kindIn(f.reasons()) : kind;
            }
            for (Suggestion s : suggestions) {
                kind = kind == null ? kindIn(s.reasons()) : kind;
            }
            return kind == null ? phrase("task.heading", Map.of("taskId", taskId))
                    : phrase("task.heading.kind", Map.of("taskId", taskId, "kind", kind));
        }

        private @Nullable String kindIn(List<Reason> reasons) {
            for (Reason r : reasons) {
                if (r.params().get("kind") instanceof String kind && words.words("taskKind", kind).isPresent()) {
                    return kind;
                }
            }
            return null;
        }

        private List<String> reasons(List<Reason> reasons) {
            List<String> texts = new ArrayList<>(reasons.size());
            for (Reason r : reasons) {
                texts.add(reasonText(r));
            }
            return texts;
        }

        private String reasonText(Reason r) {
            if (nameOfId == null) {
                return r.text(locale);
            }
            try {
                return r.text(locale, nameOfId);
            } catch (IllegalArgumentException e) {
                // A reason whose template the vocabulary cannot fill (a pack's own words) keeps its text.
                return r.text(locale);
            }
        }

        private String phrase(String key, Map<String, ?> params) {
            return phrases.render(key, locale, params, names);
        }

        private static String capitalized(String s) {
            if (s.isEmpty()) {
                return s;
            }
            int first = s.codePointAt(0);
            return new StringBuilder(s.length()).appendCodePoint(Character.toTitleCase(first))
                    .append(s, Character.charCount(first), s.length()).toString();
        }
    }
}
