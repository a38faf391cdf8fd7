/** The JSON contract v1: {@link nl.sofa.json.SofaJson} reads situations and writes advice. */
package nl.sofa.json;
