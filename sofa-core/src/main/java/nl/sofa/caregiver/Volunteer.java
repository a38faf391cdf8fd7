package nl.sofa.caregiver;

import nl.sofa.internal.Ids;

/**
 * A care volunteer (zorgvrijwilliger). Unlike a caregiver, the organisation answers for a
 * volunteer; volunteers do not count as caregivers for the SOFA balance or the network.
 *
 * @param id unique across caregivers and volunteers; not {@code PROFESSIONAL}
 */
public record Volunteer(String id) {
    /** @throws IllegalArgumentException when the id is blank, too long or reserved */
    public Volunteer {
        Ids.require(id, "volunteer id");
        if (Ids.PROFESSIONAL.equals(id)) {
            throw new IllegalArgumentException("volunteer id must not be PROFESSIONAL (reserved)");
        }
    }
}
