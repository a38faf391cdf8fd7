package nl.sofa.pack.tables.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Setting;
import nl.sofa.task.TaskKind;

/**
 * SOFA's spreadsheet template: its technical rows, which a policy author never changes, and what
 * each column of its parts holds. The one definition that the checks, the DRL and the template
 * files are made from.
 */
public final class Template {
    private Template() {
    }

    /** The package of the DRL made from a table (the technical row {@code RuleSet}). */
    public static final String RULE_SET = "nl.sofa.tabel";

    /** The classes the DRL snippets of the template use (the technical row {@code Import}). */
    public static final List<String> IMPORTS = List.of(
            "nl.sofa.advice.OverloadRisk", "nl.sofa.advice.Priority", "nl.sofa.advice.Severity",
            "nl.sofa.boundary.Boundary", "nl.sofa.caregiver.Caregiver", "nl.sofa.caregiver.Volunteer",
            "nl.sofa.engine.fact.Because", "nl.sofa.engine.fact.EvaluationContext", "nl.sofa.engine.fact.OverloadLevel",
            "nl.sofa.engine.fact.SuggestedAction", "nl.sofa.engine.fact.TaskFinding", "nl.sofa.phase.EndingReason",
            "nl.sofa.phase.Phase", "nl.sofa.situation.Setting", "nl.sofa.task.CareTask", "nl.sofa.task.TaskKind");

    /** What a cell of a column may hold. */
    public enum Value {
        /** A rule id: the pack id, a dot, and letters, digits, '-', '_' or '.'. */
        RULE_ID(null),
        /** A threshold's name. */
        THRESHOLD(null),
        /** A number. */
        NUMBER(null),
        /** An action id of this table's {@code Acties} part or of SOFA's catalog. */
        ACTION(null),
        /** An action id this table declares. */
        NEW_ACTION(null),
        /** A flag code of this table's {@code Signalen} part. */
        FLAG(null),
        /** A flag code this table declares. */
        NEW_FLAG(null),
        /** One line of text. */
        TEXT(null),
        /** A care act. */
        TASK_KIND(TaskKind.class),
        /** A setting of care. */
        SETTING(Setting.class),
        /** A severity. */
        SEVERITY(Severity.class),
        /** A phase. */
        PHASE(Phase.class),
        /** A level of overload risk. */
        RISK(OverloadRisk.class),
        /** A priority. */
        PRIORITY(Priority.class),
        /** A SOFA role. */
        ROLE(SofaRole.class),
        /** The phase an action belongs to. */
        ACTION_PHASE(ActionPhase.class);

        private final Class<? extends Enum<?>> codes;

        Value(Class<? extends Enum<?>> codes) {
            this.codes = codes;
        }

        /** The codes of an enum column, or empty. */
        public Optional<List<String>> codes() {
            return Optional.ofNullable(codes).map(type -> Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }

    /**
     * One column of a part.
     *
     * @param type the Drools column type (CONDITION, ACTION, NAME, METADATA), or null in a data part
     * @param code the DRL snippet, or "" for none
     * @param label the column's name for people (the label row)
     * @param value what its cells hold
     * @param required whether a row must fill it
     */
    public record Column(String type, String code, String label, Value value, boolean required) {
    }

    /**
     * A part of the sheet: a rule table ({@code RuleTable <name>}) or a data part (its keyword).
     *
     * @param keyword the cell that starts it
     * @param ruleTable whether Drools makes rules of it
     * @param columns its columns
     * @param placeholders the {@code {names}} its texts may use, or empty
     * @param conclude whether its rules read the overload levels (stratum CONCLUDE, salience -2000)
     */
    public record Part(String keyword, boolean ruleTable, List<Column> columns, List<String> placeholders,
            boolean conclude) {
        /** The column's labels, in order. */
        public List<String> labels() {
            return columns.stream().map(Column::label).toList();
        }
    }

    private static final String CARE_ACT_CONSEQUENCE = "insert( new TaskFinding( \"$param\", severity, Boundary.FUNCTIONEEL,"
            + " $id, $task, action, drools.getRule().getName(), Because.of( drools.getRule().getName(),"
            + " \"caregiverId\", $id, \"taskId\", $task, \"kind\", $kind ) ) );";

    private static Part careActs(String keyword, String performer) {
        return new Part(keyword, true, List.of(
                new Column("NAME", "", "Regel-id", Value.RULE_ID, true),
                new Column("CONDITION", "EvaluationContext( setting == Setting.$param )", "Setting (leeg: elke)",
                        Value.SETTING, false),
                new Column("CONDITION", "EvaluationContext( endingReason != EndingReason.DECEASED ) " + performer
                        + "( $id : id ) CareTask( performedBy == $id, kind == TaskKind.$param, $task : id, $kind : kind )",
                        "Zorghandeling", Value.TASK_KIND, true),
                new Column("ACTION", "Severity severity = Severity.$param; String action = null;", "Ernst",
                        Value.SEVERITY, true),
                new Column("ACTION", "action = \"$param\";", "Actie (leeg: geen)", Value.ACTION, false),
                new Column("ACTION", CARE_ACT_CONSEQUENCE, "Signaal", Value.FLAG, true),
                new Column("METADATA", "description(\"$param\")", "Toelichting (nl)", Value.TEXT, true),
                new Column("METADATA", "reasonEn(\"$param\")", "Toelichting (en)", Value.TEXT, true)),
                List.of("caregiverId", "taskId", "kind"), false);
    }

    /** Care acts of caregivers that the organisation's policy does not accept, or only with a measure. */
    public static final Part CAREGIVER_ACTS = careActs("RuleTable Zorghandelingen mantelzorgers", "Caregiver");
    /** Care acts of volunteers that the organisation's policy does not accept, or only with a measure. */
    public static final Part VOLUNTEER_ACTS = careActs("RuleTable Zorghandelingen vrijwilligers", "Volunteer");

    /** Actions the organisation adds at a level of overload risk. */
    public static final Part EXTRA_ACTIONS = new Part("RuleTable Extra acties", true, List.of(
            new Column("NAME", "", "Regel-id", Value.RULE_ID, true),
            new Column("CONDITION", "EvaluationContext( phase == Phase.$param )", "Fase (leeg: elke)", Value.PHASE, false),
            new Column("CONDITION", "OverloadLevel( $id : caregiverId, risk == OverloadRisk.$param, $risk : risk )",
                    "Risico op overbelasting", Value.RISK, true),
            new Column("ACTION", "Priority priority = Priority.$param;", "Prioriteit", Value.PRIORITY, true),
            new Column("ACTION", "insert( new SuggestedAction( \"$param\", $id, null, priority, drools.getRule().getName(),"
                    + " Because.of( drools.getRule().getName(), \"caregiverId\", $id, \"risk\", $risk ) ) );", "Actie",
                    Value.ACTION, true),
            new Column("METADATA", "description(\"$param\")", "Toelichting (nl)", Value.TEXT, true),
            new Column("METADATA", "reasonEn(\"$param\")", "Toelichting (en)", Value.TEXT, true)),
            List.of("caregiverId", "risk"), true);

    /** The organisation's own thresholds. */
    public static final Part THRESHOLDS = new Part("Drempels", false, List.of(
            new Column(null, "", "Drempel", Value.THRESHOLD, true),
            new Column(null, "", "Waarde", Value.NUMBER, true)), List.of(), false);

    /** The organisation's own actions, with their texts. */
    public static final Part ACTIONS = new Part("Acties", false, List.of(
            new Column(null, "", "Actie-id", Value.NEW_ACTION, true),
            new Column(null, "", "Rol", Value.ROLE, true),
            new Column(null, "", "Fase", Value.ACTION_PHASE, true),
            new Column(null, "", "Tekst (nl)", Value.TEXT, true),
            new Column(null, "", "Tekst (en)", Value.TEXT, true)), List.of(), false);

    /** The organisation's own flag codes, with their titles. */
    public static final Part FLAGS = new Part("Signalen", false, List.of(
            new Column(null, "", "Signaal-code", Value.NEW_FLAG, true),
            new Column(null, "", "Titel (nl)", Value.TEXT, true),
            new Column(null, "", "Titel (en)", Value.TEXT, true)), List.of(), false);

    /** Every part, in the template's order. */
    public static final List<Part> PARTS = List.of(THRESHOLDS, ACTIONS, FLAGS, CAREGIVER_ACTS, VOLUNTEER_ACTS,
            EXTRA_ACTIONS);

    /** The parts by their keyword. */
    public static final Map<String, Part> BY_KEYWORD = PARTS.stream()
            .collect(Collectors.toUnmodifiableMap(Part::keyword, part -> part));

    /** The import row's value as the template writes it. */
    public static String importCell() {
        return String.join(", ", IMPORTS);
    }
}
