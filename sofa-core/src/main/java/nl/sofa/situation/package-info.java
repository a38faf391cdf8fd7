/**
 * The situation: a client, their caregivers, volunteers and care tasks, the organisation's policy
 * and the contact phase. This is the input of the JSON contract v1 and of the engine.
 */
package nl.sofa.situation;
