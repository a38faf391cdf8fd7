package nl.sofa.advice.text;

import java.util.List;
import java.util.Objects;

/**
 * An advice grouped and worded for a person to read, in one language, before it is laid out: the
 * plain text of {@link AdviceText#render} is one layout of it, a CDS Hooks card (Markdown) another.
 * Every string is a sentence or heading for people; none holds a code.
 *
 * @param heading the advice's heading: situation, date and phase, for example "Advies voor Jan de Vries,
 *     23 november 2026 (fase: de dagelijkse praktijk)"
 * @param flagsHeading the heading above a person's flags, "Aandachtspunten" ("Points to note")
 * @param people the caregivers in the order of the advice, then volunteers and other performers the
 *     advice names (by id), and the situation as a whole: first when it holds a focus entry (the
 *     contract puts derailment first in the focus), else last and only when it holds anything
 */
public record AdviceSections(String heading, String flagsHeading, List<PersonSection> people) {
    /** Copies the people. */
    public AdviceSections {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(flagsHeading, "flagsHeading");
        people = List.copyOf(people);
    }
}
