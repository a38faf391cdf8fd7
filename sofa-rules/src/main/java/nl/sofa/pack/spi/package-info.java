/**
 * Plug-ins that read pack files other than DRL: {@link nl.sofa.pack.spi.PackFileCompiler}, found
 * with {@link java.util.ServiceLoader}. The optional module {@code sofa-tables} is one (spreadsheet
 * rule tables).
 */
package nl.sofa.pack.spi;
