/**
 * Rule packs: the SPI through which integrators add their own rules and actions
 * ({@link nl.sofa.pack.RulePack}), and loading packs from folders, jars and the classpath
 * ({@link nl.sofa.pack.RulePacks}).
 */
package nl.sofa.pack;
