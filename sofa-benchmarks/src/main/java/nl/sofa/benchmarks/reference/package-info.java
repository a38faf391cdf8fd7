/**
 * The plain-Java reference evaluation: the floor of the benchmarks and the oracle of the
 * differential test. Benchmark code only; never part of the library.
 */
package nl.sofa.benchmarks.reference;
