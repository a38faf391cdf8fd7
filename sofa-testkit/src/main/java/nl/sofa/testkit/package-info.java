/**
 * SOFA's property-testing kit, on JUnit Jupiter (no other property-testing library).
 *
 * <ul>
 *   <li>{@link nl.sofa.testkit.Gen}: seeded generators that may shrink and describe their values;
 *   <li>{@link nl.sofa.testkit.Situations}: valid situations with realistic distributions and
 *       every value of the contract in reach;
 *   <li>{@link nl.sofa.testkit.Documents}: documents with one problem and the JSON path the reader
 *       must report ({@link nl.sofa.testkit.BrokenDocument}, {@link nl.sofa.testkit.Corruption}),
 *       truncated documents, and valid documents written differently;
 *   <li>{@link nl.sofa.testkit.Property}: {@code forAll(gen).check(...)}, with tries from
 *       {@code sofa.tries}, seeds from {@code sofa.seed}, shrinking and a replayable report
 *       ({@link nl.sofa.testkit.PropertyFailure});
 *   <li>{@link nl.sofa.testkit.AdviceProperties} and {@link nl.sofa.testkit.AdviceProperty}: the
 *       engine-level properties of rules-v1 §7 for rule-pack authors, on any
 *       {@code Function<Situation, Advice>}.
 * </ul>
 *
 * <p>Everything in {@code nl.sofa.testkit.internal} may change without notice.
 */
package nl.sofa.testkit;
