/**
 * Caregivers (mantelzorgers) and volunteers (zorgvrijwilligers): who they are to the client, how
 * much they care, their measured burden and observed overload signals.
 */
package nl.sofa.caregiver;
