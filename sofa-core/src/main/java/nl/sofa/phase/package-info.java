/** The contact phases of the SOFA model and the reasons a care relationship ends. */
package nl.sofa.phase;
