package nl.sofa.json.internal;

/**
 * A JSON path in the contract's notation ({@code $.caregivers[1].hoursPerWeek}), built as a linked
 * list so that descending costs one small object and the text is rendered only for an error.
 */
final class JsonPath {
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String field;
    private final int index;

    private JsonPath(JsonPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    JsonPath field(String name) {
        return new JsonPath(this, name, -1);
    }

    JsonPath index(int i) {
        return new JsonPath(this, null, i);
    }

    /** Whether this is a field of the top-level object, such as {@code $.caregivers}. */
    boolean isTopLevelField() {
        return parent == ROOT && field != null;
    }

    /** The field name of the last step, or null for an index or the root. */
    String lastField() {
        return field;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        render(out);
        return out.toString();
    }

    private void render(StringBuilder out) {
        if (parent == null) {
            out.append('$');
            return;
        }
        parent.render(out);
        if (field != null) {
            out.append('.').append(field);
        } else {
            out.append('[').append(index).append(']');
        }
    }
}
