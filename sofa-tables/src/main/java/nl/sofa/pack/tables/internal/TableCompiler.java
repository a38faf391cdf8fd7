package nl.sofa.pack.tables.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.engine.Thresholds;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RuleSource;
import nl.sofa.pack.spi.CompiledFile;
import nl.sofa.pack.tables.internal.Template.Column;
import nl.sofa.pack.tables.internal.Template.Part;
import nl.sofa.pack.tables.internal.Template.Value;
import nl.sofa.role.SofaRole;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.template.model.DRLOutput;
import org.drools.template.model.Package;
import org.drools.template.model.Rule;
import org.drools.template.parser.DataListener;

/**
 * Checks a table against {@link Template}, cell by cell, then lets Drools' decision-table listener
 * make the DRL of its rule tables. Every refusal names the sheet, the row and the column.
 */
public final class TableCompiler {
    /** The salience of the rules that read overload levels (stratum CONCLUDE, {@code Strata}). */
    static final int CONCLUDE = -2000;
    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9._-]{1,120}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final String packId;
    private final String file;
    private final Grid grid;

    /** The rows of each part found, by part. */
    private final Map<Part, List<Integer>> dataRows = new LinkedHashMap<>();
    /** The row each part starts at. */
    private final Map<Part, Integer> partRows = new LinkedHashMap<>();

    private TableCompiler(String packId, String file, Grid grid) {
        this.packId = packId;
        this.file = file;
        this.grid = grid;
    }

    /**
     * Checks and compiles one table.
     *
     * @throws InvalidPackException naming the sheet, row and column of the first problem
     */
    public static CompiledFile compile(String packId, String file, Grid grid) {
        return new TableCompiler(packId, file, grid).compile();
    }

    private CompiledFile compile() {
        technicalRows();
        int last = grid.rows().isEmpty() ? -1 : grid.rows().lastKey();
        for (int row = 2; row <= last; row++) {
            if (grid.row(row).isEmpty()) {
                continue;
            }
            row = part(row);
        }
        Map<String, Double> thresholds = thresholds();
        Map<String, Action> actions = actions();
        Map<String, FlagType> flags = flags();
        Map<String, LocalizedText> reasons = new LinkedHashMap<>();
        Set<String> ruleIds = new HashSet<>();
        ActionCatalog builtin = ActionCatalog.builtin();
        for (Part part : dataRows.keySet()) {
            if (!part.ruleTable()) {
                continue;
            }
            for (int row : dataRows.get(part)) {
                String nl = null;
                String en = null;
                String ruleId = null;
                for (int c = 0; c < part.columns().size(); c++) {
                    Column column = part.columns().get(c);
                    String value = grid.cell(row, c);
                    switch (column.value()) {
                        case RULE_ID -> {
                            ruleId = value;
                            if (!ruleIds.add(value)) {
                                throw refuse(row, c, column, "the rule id " + value + " is used in an earlier row;"
                                        + " give every row its own id");
                            }
                        }
                        case ACTION -> {
                            if (!value.isEmpty() && !actions.containsKey(value) && !builtin.contains(value)) {
                                throw refuse(row, c, column, "there is no action " + value + ": declare it in the part"
                                        + " Acties of this table, or use an action of SOFA's catalog (sofa catalog)");
                            }
                        }
                        case FLAG -> {
                            if (!flags.containsKey(value) && builtin.findFlag(value).isEmpty()) {
                                throw refuse(row, c, column, "there is no flag code " + value + ": declare it in the"
                                        + " part Signalen of this table");
                            }
                        }
                        case TEXT -> {
                            if (nl == null) {
                                nl = value;
                            } else {
                                en = value;
                            }
                        }
                        default -> {
                        }
                    }
                }
                reasons.put(ruleId, new LocalizedText(nl, en));
            }
        }
        String drl = drl();
        return new CompiledFile(drl == null ? null : new RuleSource(file + " (DRL made from the table)", drl),
                List.copyOf(actions.values()), List.copyOf(flags.values()), reasons, thresholds);
    }

    private void technicalRows() {
        if (!grid.cell(0, 0).equals("RuleSet") || !grid.cell(0, 1).equals(Template.RULE_SET) || grid.row(0).size() != 2) {
            throw InvalidPackException.inTable(packId, file, grid.sheet(), 1, "A", "the first row must be the"
                    + " template's technical row 'RuleSet | " + Template.RULE_SET + "'; copy the first two rows of the"
                    + " template back", null);
        }
        List<String> imports = new ArrayList<>();
        for (String name : grid.cell(1, 1).split(",")) {
            imports.add(name.strip());
        }
        if (!grid.cell(1, 0).equals("Import") || !Set.copyOf(imports).equals(Set.copyOf(Template.IMPORTS))
                || imports.size() != Template.IMPORTS.size() || grid.row(1).size() != 2) {
            throw InvalidPackException.inTable(packId, file, grid.sheet(), 2, grid.cell(1, 0).equals("Import") ? "B" : "A",
                    "the second row must be the template's technical row 'Import | …' as the template has it; copy the"
                            + " first two rows of the template back", null);
        }
    }

    /** Reads the part that starts at {@code row}; returns its last row. */
    private int part(int row) {
        SortedMap<Integer, String> cells = grid.row(row);
        int first = cells.firstKey();
        String keyword = cells.get(first);
        Part part = Template.BY_KEYWORD.get(keyword);
        if (first != 0 || part == null) {
            throw InvalidPackException.inTable(packId, file, grid.sheet(), row + 1, Grid.letters(first),
                    "'" + keyword + "' starts no part of the template; a part starts in column A with one of: "
                            + String.join(", ", Template.BY_KEYWORD.keySet().stream().sorted().toList())
                            + " (and an empty row ends each part)", null);
        }
        if (partRows.containsKey(part)) {
            throw InvalidPackException.inTable(packId, file, grid.sheet(), row + 1, "A", "the part '" + keyword
                    + "' is in this table already, at row " + (partRows.get(part) + 1) + ": add rows there", null);
        }
        partRows.put(part, row);
        onlyFirstCell(row, "the row that starts a part");
        int next = row + 1;
        if (part.ruleTable()) {
            technical(next++, part, part.columns().stream().map(Column::type).toList(), "the column types");
            if (!grid.row(next).isEmpty()) {
                int c = grid.row(next).firstKey();
                throw InvalidPackException.inTable(packId, file, grid.sheet(), next + 1, Grid.letters(c),
                        "this technical row of '" + keyword + "' stays empty in the template; clear it", null);
            }
            next++;
            technical(next++, part, part.columns().stream().map(Column::code).toList(), "the rule code");
        }
        technical(next++, part, part.labels(), "the column names");
        List<Integer> rows = new ArrayList<>();
        for (; !grid.row(next).isEmpty(); next++) {
            dataRow(next, part);
            rows.add(next);
        }
        dataRows.put(part, rows);
        return next;
    }

    private void onlyFirstCell(int row, String what) {
        SortedMap<Integer, String> cells = grid.row(row);
        if (cells.size() > 1) {
            int c = cells.keySet().stream().filter(k -> k > 0).findFirst().orElseThrow();
            throw InvalidPackException.inTable(packId, file, grid.sheet(), row + 1, Grid.letters(c),
                    what + " has only its first cell filled in; clear this one", null);
        }
    }

    private void technical(int row, Part part, List<String> expected, String what) {
        SortedMap<Integer, String> cells = grid.row(row);
        for (int c = 0; c < expected.size(); c++) {
            String want = expected.get(c) == null ? "" : expected.get(c);
            if (!grid.cell(row, c).equals(want)) {
                throw InvalidPackException.inTable(packId, file, grid.sheet(), row + 1, Grid.letters(c),
                        "this technical row of '" + part.keyword() + "' (" + what + ") must say "
                                + (want.isEmpty() ? "nothing here" : "'" + want + "'")
                                + " as in the template; copy the row back from the template", null);
            }
        }
        tooWide(row, part, cells);
    }

    private void tooWide(int row, Part part, SortedMap<Integer, String> cells) {
        if (!cells.isEmpty() && cells.lastKey() >= part.columns().size()) {
            int c = cells.tailMap(part.columns().size()).firstKey();
            throw InvalidPackException.inTable(packId, file, grid.sheet(), row + 1, Grid.letters(c),
                    "'" + part.keyword() + "' has " + part.columns().size() + " columns (A to "
                            + Grid.letters(part.columns().size() - 1) + "); the template has no column here: clear"
                            + " it (notes go on the sheet Uitleg)", null);
        }
    }

    private void dataRow(int row, Part part) {
        tooWide(row, part, grid.row(row));
        for (int c = 0; c < part.columns().size(); c++) {
            Column column = part.columns().get(c);
            String value = grid.cell(row, c);
            if (value.isEmpty()) {
                if (column.required()) {
                    throw refuse(row, c, column, "is empty, and every row needs it");
                }
                continue;
            }
            checkValue(row, c, column, part, value);
        }
    }

    private void checkValue(int row, int c, Column column, Part part, String value) {
        if (column.value().codes().isPresent()) {
            List<String> codes = column.value().codes().get();
            if (!codes.contains(value)) {
                throw refuse(row, c, column, "'" + value + "' is not a value of this column; choose one of "
                        + String.join(", ", codes));
            }
            return;
        }
        switch (column.value()) {
            case RULE_ID, NEW_ACTION, NEW_FLAG -> {
                if (!value.startsWith(packId + ".") || !RULE_ID.matcher(value).matches()) {
                    throw refuse(row, c, column, "'" + value + "' must start with the pack id and a dot (" + packId
                            + ".) and hold only letters, digits, '.', '-' and '_'");
                }
            }
            case THRESHOLD -> {
                if (!Thresholds.names().contains(value)) {
                    throw refuse(row, c, column, "there is no threshold '" + value + "'; the thresholds are "
                            + String.join(", ", Thresholds.names()));
                }
            }
            case NUMBER -> {
                double number = number(row, c, column, value);
                try {
                    Thresholds.defaults().with(grid.cell(row, 0), number);
                } catch (IllegalArgumentException e) {
                    throw refuse(row, c, column, "the value does not fit the threshold: " + e.getMessage());
                }
            }
            case TEXT -> text(row, c, column, part, value);
            default -> {
            }
        }
    }

    private double number(int row, int c, Column column, String value) {
        try {
            return Double.parseDouble(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw refuse(row, c, column, "'" + value + "' is not a number (write 6 or 6,5)");
        }
    }

    private void text(int row, int c, Column column, Part part, String value) {
        if (value.contains("\\") || value.contains("\n") || value.contains("\r")) {
            throw refuse(row, c, column, "a text is one line without a backslash");
        }
        Matcher names = PLACEHOLDER.matcher(value);
        while (names.find()) {
            if (!part.placeholders().contains(names.group(1))) {
                throw refuse(row, c, column, "{" + names.group(1) + "} is not a name this text can use"
                        + (part.placeholders().isEmpty() ? " (it can use none)"
                                : "; it can use {" + String.join("}, {", part.placeholders()) + "}"));
            }
        }
    }

    private Map<String, Double> thresholds() {
        Map<String, Double> thresholds = new TreeMap<>();
        for (int row : dataRows.getOrDefault(Template.THRESHOLDS, List.of())) {
            String name = grid.cell(row, 0);
            if (thresholds.put(name, number(row, 1, Template.THRESHOLDS.columns().get(1), grid.cell(row, 1))) != null) {
                throw refuse(row, 0, Template.THRESHOLDS.columns().get(0), "the threshold " + name
                        + " is set in an earlier row already");
            }
        }
        return thresholds;
    }

    private Map<String, Action> actions() {
        Map<String, Action> actions = new LinkedHashMap<>();
        for (int row : dataRows.getOrDefault(Template.ACTIONS, List.of())) {
            String id = grid.cell(row, 0);
            try {
                Action action = new Action(id, SofaRole.valueOf(grid.cell(row, 1)), ActionPhase.valueOf(grid.cell(row, 2)),
                        new LocalizedText(grid.cell(row, 3), grid.cell(row, 4)));
                if (actions.put(id, action) != null) {
                    throw refuse(row, 0, Template.ACTIONS.columns().get(0), "the action " + id
                            + " is declared in an earlier row already");
                }
            } catch (IllegalArgumentException e) {
                throw refuse(row, 0, Template.ACTIONS.columns().get(0), e.getMessage());
            }
        }
        return actions;
    }

    private Map<String, FlagType> flags() {
        Map<String, FlagType> flags = new HashMap<>();
        Map<String, FlagType> ordered = new LinkedHashMap<>();
        for (int row : dataRows.getOrDefault(Template.FLAGS, List.of())) {
            String code = grid.cell(row, 0);
            try {
                FlagType flag = new FlagType(code, new LocalizedText(grid.cell(row, 1), grid.cell(row, 2)));
                if (flags.put(code, flag) != null) {
                    throw refuse(row, 0, Template.FLAGS.columns().get(0), "the flag code " + code
                            + " is declared in an earlier row already");
                }
                ordered.put(code, flag);
            } catch (IllegalArgumentException e) {
                throw refuse(row, 0, Template.FLAGS.columns().get(0), e.getMessage());
            }
        }
        return ordered;
    }

    /** The DRL of the rule tables with rows, made by Drools' decision-table listener; null when there are none. */
    private String drl() {
        List<Integer> rows = new ArrayList<>(List.of(0, 1));
        Set<Integer> concluding = new HashSet<>();
        for (Map.Entry<Part, List<Integer>> part : dataRows.entrySet()) {
            if (!part.getKey().ruleTable() || part.getValue().isEmpty()) {
                continue;
            }
            int start = partRows.get(part.getKey());
            for (int row = start; row < start + 5; row++) {
                rows.add(row);
            }
            rows.addAll(part.getValue());
            if (part.getKey().conclude()) {
                part.getValue().forEach(row -> concluding.add(row + 1));
            }
        }
        if (rows.size() == 2) {
            return null;
        }
        DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
        int[] at = {0, 0};
        try {
            for (int row : rows) {
                SortedMap<Integer, String> cells = grid.row(row);
                listener.newRow(row, cells.isEmpty() ? 0 : cells.lastKey() + 1);
                for (Map.Entry<Integer, String> cell : cells.entrySet()) {
                    at[0] = row;
                    at[1] = cell.getKey();
                    listener.newCell(row, cell.getKey(), cell.getValue(), DataListener.NON_MERGED);
                }
            }
            listener.finishSheet();
            Package rules = listener.getRuleSet();
            for (Rule rule : rules.getRules()) {
                if (concluding.contains(rule.getSpreadsheetRowNumber())) {
                    // The rows of Extra acties read overload levels: they join the stratum CONCLUDE,
                    // as a DRL rule that reads a level says salience -2000.
                    rule.setSalience(CONCLUDE);
                }
            }
            DRLOutput out = new DRLOutput();
            rules.renderDRL(out);
            return out.getDRL();
        } catch (RuntimeException e) {
            // Not expected once the checks above pass; still the author gets the cell Drools stopped at.
            throw InvalidPackException.inTable(packId, file, grid.sheet(), at[0] + 1, Grid.letters(at[1]),
                    "Drools cannot read the table here: " + e.getMessage(), e);
        }
    }

    private InvalidPackException refuse(int row, int column, Column what, String message) {
        return InvalidPackException.inTable(packId, file, grid.sheet(), row + 1, Grid.letters(column),
                what.label() + ": " + message, null);
    }
}
