/**
 * The advice rendered for people: grouped per caregiver (what to do first, the suggestions by SOFA
 * role, each care task with its findings, the flags about the caregiver) and worded in Dutch or
 * English without codes. {@link nl.sofa.advice.text.AdviceText} is the entry point;
 * {@link nl.sofa.advice.text.AdviceSections} the structure every layout (plain text, a CDS Hooks card)
 * starts from. Needs no rule engine.
 */
package nl.sofa.advice.text;
