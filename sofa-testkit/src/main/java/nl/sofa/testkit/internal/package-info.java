/** The testkit's implementation: not part of its API, may change without notice. */
package nl.sofa.testkit.internal;
