package nl.sofa.pack;

/** A pack found through ServiceLoader in {@link RulePacksTest}: its files are test resources. */
public final class TestClasspathPack extends ClasspathRulePack {
    public TestClasspathPack() {
        super("nl/sofa/pack/testpack/");
    }
}
