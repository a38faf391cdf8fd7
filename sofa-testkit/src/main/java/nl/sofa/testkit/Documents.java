package nl.sofa.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;
import nl.sofa.testkit.internal.Corruptor;
import nl.sofa.testkit.internal.Corruptor.Plan;
import nl.sofa.testkit.internal.Variants;

/**
 * Generators of situation documents for testing readers of the contract: documents broken in
 * exactly one place, each with the JSON path the reader must report (contract v1 §1), truncated
 * documents, and valid documents written differently from {@link SofaJson#writeSituation} that
 * must read to the same situation.
 *
 * <pre>{@code
 * Property.forAll(Documents.broken()).check(broken ->
 *         assertThatThrownBy(() -> json.readSituation(broken.bytes()))
 *                 .isInstanceOfSatisfying(InvalidSituationException.class,
 *                         e -> assertThat(e.path()).isEqualTo(broken.expectedPath())));
 * }</pre>
 *
 * <p>A broken document starts from a valid situation's JSON; one {@link Corruption} is chosen
 * evenly among those asked for that this document allows (a second primary contact needs a
 * primary), then one place evenly among those it can break. Where a change causes a second,
 * earlier problem, the expected path is the earlier one (see {@link Corruption#DUPLICATE_ID}).
 * Broken documents shrink by shrinking the valid situation and breaking it the same way again.
 *
 * <p>Stable since 0.1.
 */
public final class Documents {
    private static final SofaJson JSON = SofaJson.standard();
    private static final int ATTEMPTS = 100;

    private Documents() {
    }

    /** Documents with one problem at a known path: every {@link Corruption} but TRUNCATED. */
    public static Gen<BrokenDocument> broken() {
        return broken(Situations.valid(), EnumSet.complementOf(EnumSet.of(Corruption.TRUNCATED)));
    }

    /** Documents broken in one of these ways. */
    public static Gen<BrokenDocument> broken(Corruption kind, Corruption... more) {
        return broken(Situations.valid(), EnumSet.of(kind, more));
    }

    /** Documents truncated: cut short anywhere, from nothing at all to one byte short. */
    public static Gen<BrokenDocument> truncated() {
        return broken(Situations.valid(), EnumSet.of(Corruption.TRUNCATED));
    }

    /**
     * Documents made from the situations of {@code situations}, broken in one of {@code kinds}.
     *
     * @throws IllegalArgumentException when {@code kinds} is empty
     */
    public static Gen<BrokenDocument> broken(Gen<Situation> situations, Set<Corruption> kinds) {
        Objects.requireNonNull(situations, "situations");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("name at least one corruption");
        }
        List<Corruption> kindList = List.copyOf(EnumSet.copyOf(kinds));
        return new Gen<>() {
            @Override
            public BrokenDocument next(Random random, int size) {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    // A small size may leave no place to break (one caregiver has no second primary): grow.
                    Situation situation = situations.next(random, Math.min(100, size + 5 * attempt));
                    String json = JSON.writeSituation(situation);
                    ObjectNode tree = Corruptor.tree(json);
                    List<Corruption> order = new ArrayList<>(kindList);
                    while (!order.isEmpty()) {
                        Corruption kind = order.remove(random.nextInt(order.size()));
                        if (kind == Corruption.TRUNCATED) {
                            int length = json.getBytes(StandardCharsets.UTF_8).length;
                            return truncation(situation, json, random.nextInt(length));
                        }
                        List<Plan> plans = Corruptor.plans(tree, kind);
                        if (!plans.isEmpty()) {
                            return document(situation, tree, plans.get(random.nextInt(plans.size())));
                        }
                    }
                }
                throw new IllegalStateException("none of " + ATTEMPTS + " situations could be broken as " + kindList);
            }

            @Override
            public Stream<BrokenDocument> shrink(BrokenDocument value) {
                return situations.shrink(value.source()).map(simpler -> again(value, simpler))
                        .flatMap(Optional::stream);
            }

            @Override
            public String describe(BrokenDocument value) {
                return value.toString();
            }
        };
    }

    /** Every document that breaks {@code situation} in this one way (for TRUNCATED: every proper prefix). */
    public static List<BrokenDocument> allBroken(Situation situation, Corruption kind) {
        String json = JSON.writeSituation(situation);
        List<BrokenDocument> documents = new ArrayList<>();
        if (kind == Corruption.TRUNCATED) {
            int length = json.getBytes(StandardCharsets.UTF_8).length;
            for (int cut = 0; cut < length; cut++) {
                documents.add(truncation(situation, json, cut));
            }
            return documents;
        }
        ObjectNode tree = Corruptor.tree(json);
        for (Plan plan : Corruptor.plans(tree, kind)) {
            documents.add(document(situation, tree, plan));
        }
        return documents;
    }

    /**
     * Valid documents of the situations of {@link Situations#valid()}, written as another writer of
     * the contract might: optional fields at their default left out ({@code "agreement": {}}, no
     * empty lists, a policy without its lists), fields in another order, sets shuffled with repeated
     * entries, hours as {@code 8.0} or {@code 4E+1}, indented, non-ASCII escaped. Each must read to
     * exactly its situation.
     */
    public static Gen<Variant> equivalent() {
        return equivalent(Situations.valid());
    }

    /** Like {@link #equivalent()}, from the situations of {@code situations}. */
    public static Gen<Variant> equivalent(Gen<Situation> situations) {
        Objects.requireNonNull(situations, "situations");
        Gen<Variant> gen = (random, size) -> {
            Situation situation = situations.next(random, size);
            String[] varied = Variants.vary(JSON.writeSituation(situation), random);
            return new Variant(situation, varied[0], varied[1]);
        };
        return gen.describedBy(v -> "changes: " + (v.changes().isEmpty() ? "none" : v.changes()) + "\ndocument: "
                + v.json() + "\nsituation: " + Situations.describe(v.situation()));
    }

    /**
     * A valid document that is not the writer's own text of its situation.
     *
     * @param situation what the document must read to
     * @param json the document
     * @param changes how it differs from {@link SofaJson#writeSituation}, in a few words
     */
    public record Variant(Situation situation, String json, String changes) {
    }

    // ---- making and remaking ----

    private record Recipe(Plan plan, int cut) {
    }

    private static BrokenDocument document(Situation situation, ObjectNode tree, Plan plan) {
        return new BrokenDocument(situation, plan.kind(), plan.description(),
                plan.apply(tree).getBytes(StandardCharsets.UTF_8), plan.expectedPath(), new Recipe(plan, -1));
    }

    private static BrokenDocument truncation(Situation situation, String json, int cut) {
        byte[] bytes = Corruptor.truncate(json, cut);
        return new BrokenDocument(situation, Corruption.TRUNCATED, "cut after " + cut + " of "
                + json.getBytes(StandardCharsets.UTF_8).length + " bytes", bytes, null, new Recipe(null, cut));
    }

    /** The same corruption of a simpler situation, if that situation has the same place to break. */
    private static Optional<BrokenDocument> again(BrokenDocument original, Situation simpler) {
        Recipe recipe = (Recipe) original.recipe;
        String json = JSON.writeSituation(simpler);
        if (recipe.plan() == null) {
            int length = json.getBytes(StandardCharsets.UTF_8).length;
            return Optional.of(truncation(simpler, json, Math.min(recipe.cut(), length - 1)));
        }
        ObjectNode tree = Corruptor.tree(json);
        return Corruptor.plans(tree, recipe.plan().kind()).stream()
                .filter(plan -> plan.sameAs(recipe.plan()))
                .findFirst()
                .map(plan -> document(simpler, tree, plan));
    }
}
