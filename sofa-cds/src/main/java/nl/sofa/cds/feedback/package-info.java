/**
 * What professionals did with the cards: CDS Hooks feedback read from JSON, and where it is kept
 * ({@link nl.sofa.cds.feedback.FeedbackStore}), so that an organisation can see which suggestions are
 * overridden and why.
 */
@NullMarked
package nl.sofa.cds.feedback;

import org.jspecify.annotations.NullMarked;
