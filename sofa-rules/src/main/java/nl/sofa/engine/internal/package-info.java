/**
 * Internal: loading rule packs into a KieBase, running one session per evaluation, assembling the
 * advice. Not part of the API; it may change in any release.
 */
package nl.sofa.engine.internal;
