package nl.sofa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The params of a reason held in arrays behave as the sorted, unmodifiable map they replace. */
class SortedParamsTest {

    private static SortedParams of(Object... namesAndValues) {
        String[] names = new String[namesAndValues.length / 2];
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) namesAndValues[2 * i];
            values[i] = namesAndValues[2 * i + 1];
        }
        return SortedParams.of(names, values, names.length);
    }

    @Test
    void namesGivenInAnyOrderComeOutSortedAsInATreeMap() {
        SortedParams params = of("taskId", "t-1", "hours", 40, "caregiverId", "cg-1", "kinds", List.of("A", "B"));
        TreeMap<String, Object> tree = new TreeMap<>(Map.of("taskId", "t-1", "hours", 40, "caregiverId", "cg-1",
                "kinds", List.of("A", "B")));

        assertThat(params.keySet()).containsExactly("caregiverId", "hours", "kinds", "taskId");
        assertThat(params.firstKey()).isEqualTo("caregiverId");
        assertThat(params.lastKey()).isEqualTo("taskId");
        assertThat(params).isEqualTo(tree);
        assertThat(tree).isEqualTo(params);
        assertThat(params.hashCode()).isEqualTo(tree.hashCode());
        assertThat(params.headMap("kinds")).isEqualTo(tree.headMap("kinds"));
        assertThat(params.tailMap("kinds")).isEqualTo(tree.tailMap("kinds"));
    }

    @Test
    void getFindsANameThatIsEqualButNotTheSameString() {
        SortedParams params = of("hours", 40);
        String name = new String(new char[] {'h', 'o', 'u', 'r', 's'});

        assertThat(params.get(name)).isEqualTo(40);
        assertThat(params.containsKey(name)).isTrue();
        assertThat(params.get("minutes")).isNull();
        assertThat(params.get(42)).isNull();
    }

    @Test
    void twoParamsWithTheSameNamesAndValuesAreEqualAndHashAlike() {
        assertThat(of("a", 1, "b", "x")).isEqualTo(of("b", "x", "a", 1))
                .hasSameHashCodeAs(of("b", "x", "a", 1))
                .isNotEqualTo(of("a", 1, "b", "y"));
    }

    @Test
    void aNameGivenTwiceIsRefusedNamingIt() {
        assertThatThrownBy(() -> of("hours", 1, "taskId", "t", "hours", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hours");
    }

    @Test
    void itCannotBeChanged() {
        SortedParams params = of("hours", 40);

        assertThatThrownBy(() -> params.put("hours", 41)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> params.entrySet().iterator().next().setValue(41))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(params.get("hours")).isEqualTo(40);
    }

    @Test
    void otherValuesKeepTheNames() {
        SortedParams params = of("b", 2, "a", 1);

        assertThat(params.withValues(new Object[] {"one", "two"})).containsExactly(Map.entry("a", "one"),
                Map.entry("b", "two"));
        assertThat(params).containsExactly(Map.entry("a", 1), Map.entry("b", 2));
    }

    @Test
    void mappedValuesAreTheSameInstanceWhenNothingChangesAndACopyOtherwise() {
        SortedParams params = of("b", 2, "a", 1);

        assertThat(params.mapValues((name, value) -> value)).isSameAs(params);
        assertThat(params.mapValues((name, value) -> name.equals("b") ? "two" : value))
                .containsExactly(Map.entry("a", 1), Map.entry("b", "two"));
        assertThat(params).containsExactly(Map.entry("a", 1), Map.entry("b", 2));
    }
}
