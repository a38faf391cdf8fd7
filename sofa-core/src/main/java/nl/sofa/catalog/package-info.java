/** The action catalog: every action the engine may suggest, with its SOFA role, phase and texts. */
package nl.sofa.catalog;
