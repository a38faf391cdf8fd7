package nl.sofa.cds.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.fhir.SofaFhir;
import nl.sofa.situation.Situation;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * How the cards name people: the name the ECD recorded on the RelatedPerson, or else the relation to
 * the client ("de partner", "het kind"), numbered when two share it. Names go to the professional's
 * screen only; they are never logged.
 */
public final class Names {
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> fhirIds = new HashMap<>();

    private Names() {
    }

    /**
     * The names of the people in a situation.
     *
     * @param resources the FHIR resources the situation was read from
     * @param situation the situation
     * @param locale the reader's locale
     * @param phrases the card phrases
     */
    public static Names of(List<Resource> resources, Situation situation, Locale locale, CardPhrases phrases) {
        Names n = new Names();
        for (Resource resource : resources) {
            if (resource instanceof RelatedPerson person) {
                String sofaId = SofaFhir.sofaId(person);
                n.fhirIds.put(sofaId, person.getIdElement().getIdPart());
                String name = nameOf(person);
                if (name != null) {
                    n.names.put(sofaId, name);
                }
            }
        }
        Map<RelationToClient, Integer> shared = new EnumMap<>(RelationToClient.class);
        for (Caregiver c : situation.caregivers()) {
            shared.merge(c.relationToClient(), 1, Integer::sum);
        }
        Map<RelationToClient, Integer> numbered = new EnumMap<>(RelationToClient.class);
        for (Caregiver c : situation.caregivers()) {
            if (n.names.containsKey(c.id())) {
                continue;
            }
            String who = phrases.get("who." + c.relationToClient().name(), locale);
            if (shared.get(c.relationToClient()) > 1) {
                int number = numbered.merge(c.relationToClient(), 1, Integer::sum);
                who = phrases.get("who.numbered", locale, "who", who, "n", number);
            }
            n.names.put(c.id(), who);
        }
        int volunteers = 0;
        for (Volunteer v : situation.volunteers()) {
            if (!n.names.containsKey(v.id())) {
                volunteers++;
            }
        }
        int number = 0;
        for (Volunteer v : situation.volunteers()) {
            if (!n.names.containsKey(v.id())) {
                String who = phrases.get("who.volunteer", locale);
                n.names.put(v.id(), volunteers > 1 ? phrases.get("who.numbered", locale, "who", who, "n", ++number) : who);
            }
        }
        return n;
    }

    /** The name lookup for {@code AdviceText}: ids without a name stay as they are. */
    public Function<String, String> lookup() {
        return id -> names.getOrDefault(id, id);
    }

    /** The name of a person by SOFA id, or the id. */
    public String name(String id) {
        return names.getOrDefault(id, id);
    }

    /** The FHIR id of the RelatedPerson with this SOFA id, or null. */
    public @Nullable String fhirId(String sofaId) {
        return fhirIds.get(sofaId);
    }

    private static @Nullable String nameOf(RelatedPerson person) {
        for (HumanName name : person.getName()) {
            if (name.hasText() && !name.getText().isBlank()) {
                return name.getText().strip();
            }
            String given = name.getGivenAsSingleString();
            String family = name.hasFamily() ? name.getFamily() : "";
            String whole = ((given == null ? "" : given) + " " + family).strip();
            if (!whole.isEmpty()) {
                return whole;
            }
        }
        return null;
    }
}
