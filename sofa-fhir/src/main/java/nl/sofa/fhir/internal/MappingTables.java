package nl.sofa.fhir.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Setting;
import nl.sofa.task.TaskKind;
import org.jspecify.annotations.Nullable;

/**
 * The mapping file as lookup tables, both ways: (system, code) to a SOFA value for reading, and a
 * SOFA value to the first code listed for it, for writing. Internal: build it through
 * {@code nl.sofa.fhir.FhirMapping}. Immutable.
 */
public final class MappingTables {
    /** What a RelatedPerson is to SOFA, by its role code. */
    public enum Role { CAREGIVER, VOLUNTEER, NONE }

    /** A coding: a system and a code. */
    public record Code(String system, String code, @Nullable String display) {
        String key() {
            return key(system, code);
        }

        static String key(String system, String code) {
            return system + '|' + code;
        }
    }

    /** One row of the file. {@code value} is the SOFA enum name (or the role). */
    public record Entry(Code code, String value, boolean primaryContact) {
    }

    /** One table of the file: codes to values of one SOFA enum. */
    public static final class Table<E extends Enum<E>> {
        private final Map<String, E> read = new HashMap<>();
        private final Map<E, Code> write;
        private final Set<String> systems = new HashSet<>();

        Table(Class<E> type, List<Entry> entries) {
            write = new EnumMap<>(type);
            for (Entry entry : entries) {
                E value = Enum.valueOf(type, entry.value());
                read.put(entry.code().key(), value);
                write.putIfAbsent(value, entry.code());
                systems.add(entry.code().system());
            }
        }

        /** The value of this coding, or null when the table does not list it. */
        public @Nullable E get(@Nullable String system, @Nullable String code) {
            return system == null || code == null ? null : read.get(Code.key(system, code));
        }

        /** Whether the table lists any code of this system. */
        public boolean knowsSystem(@Nullable String system) {
            return system != null && systems.contains(system);
        }

        /** The code written for this value: the first one listed for it, or null when none is. */
        public @Nullable Code codeOf(E value) {
            return write.get(value);
        }
    }

    public final Table<RelationToClient> relations;
    public final Table<Condition> conditions;
    public final Table<TaskKind> taskKinds;
    public final Table<BurdenInstrument> instruments;
    public final Table<OverloadSignal> overloadSignals;
    public final Table<DerailmentSignal> derailmentSignals;
    public final Table<Phase> phases;
    public final Table<EndingReason> endingReasons;
    public final Table<Setting> settings;
    private final Map<String, Entry> roles = new HashMap<>();
    private final Set<String> roleSystems = new HashSet<>();
    private final Map<Role, Code> roleCodes = new EnumMap<>(Role.class);
    private @Nullable Code primaryContactCode;

    /** @param tables the entries of each table, by the table's name in the file */
    public MappingTables(Map<String, List<Entry>> tables) {
        relations = new Table<>(RelationToClient.class, tables.getOrDefault("relationToClient", List.of()));
        conditions = new Table<>(Condition.class, tables.getOrDefault("conditions", List.of()));
        taskKinds = new Table<>(TaskKind.class, tables.getOrDefault("careTaskKinds", List.of()));
        instruments = new Table<>(BurdenInstrument.class, tables.getOrDefault("burdenInstruments", List.of()));
        overloadSignals = new Table<>(OverloadSignal.class, tables.getOrDefault("overloadSignals", List.of()));
        derailmentSignals = new Table<>(DerailmentSignal.class, tables.getOrDefault("derailmentSignals", List.of()));
        phases = new Table<>(Phase.class, tables.getOrDefault("phases", List.of()));
        endingReasons = new Table<>(EndingReason.class, tables.getOrDefault("endingReasons", List.of()));
        settings = new Table<>(Setting.class, tables.getOrDefault("settings", List.of()));
        for (Entry entry : tables.getOrDefault("roles", List.of())) {
            roles.put(entry.code().key(), entry);
            roleSystems.add(entry.code().system());
            roleCodes.putIfAbsent(Role.valueOf(entry.value()), entry.code());
            if (entry.primaryContact() && primaryContactCode == null) {
                primaryContactCode = entry.code();
            }
        }
    }

    /** The names of the tables a mapping file may hold, with the SOFA enum of each. */
    public static Map<String, Class<? extends Enum<?>>> tableTypes() {
        Map<String, Class<? extends Enum<?>>> types = new java.util.LinkedHashMap<>();
        types.put("roles", Role.class);
        types.put("relationToClient", RelationToClient.class);
        types.put("conditions", Condition.class);
        types.put("careTaskKinds", TaskKind.class);
        types.put("burdenInstruments", BurdenInstrument.class);
        types.put("overloadSignals", OverloadSignal.class);
        types.put("derailmentSignals", DerailmentSignal.class);
        types.put("phases", Phase.class);
        types.put("endingReasons", EndingReason.class);
        types.put("settings", Setting.class);
        return Collections.unmodifiableMap(types);
    }

    /** The role entry of this coding, or null when the roles table does not list it. */
    public @Nullable Entry role(@Nullable String system, @Nullable String code) {
        return system == null || code == null ? null : roles.get(Code.key(system, code));
    }

    /** Whether the roles table lists any code of this system (then an unlisted code is an error). */
    public boolean isRoleSystem(@Nullable String system) {
        return system != null && roleSystems.contains(system);
    }

    /** The code written for a role, or null when none is listed. */
    public @Nullable Code roleCode(Role role) {
        return roleCodes.get(role);
    }

    /** The code written for a primary contact, or null when none is listed. */
    public @Nullable Code primaryContactCode() {
        return primaryContactCode;
    }
}
