/**
 * The advice: per-caregiver overload assessments, suggested SOFA actions and flags, each with the
 * rules and reasons behind it. This is the output of the JSON contract v1 and of the engine.
 */
package nl.sofa.advice;
