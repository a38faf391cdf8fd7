/** The {@code sofa} command line: validate, evaluate, catalog and rules (contract v1 §3). */
package nl.sofa.cli;
