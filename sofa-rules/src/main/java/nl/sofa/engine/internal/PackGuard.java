package nl.sofa.engine.internal;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.sofa.engine.fact.OverloadFactor;
import nl.sofa.engine.fact.OverloadLevel;
import nl.sofa.engine.fact.OverloadTally;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * What a pack's rule may do to the facts of one evaluation, enforced while the rules fire. Packs
 * share one session with the built-in pack (one agenda, one set of salience strata), so Drools
 * itself would let any rule delete or replace any fact and insert anything at any time. This
 * listener sees every insert, update and delete with the rule that made it, and refuses, by
 * throwing {@link Refusal} out of that rule's consequence:
 *
 * <ul>
 *   <li>a delete or update of a fact another pack inserted (the situation's facts count as the
 *       built-in pack's): a pack adds to the advice, it never takes back what another concluded;</li>
 *   <li>an {@link OverloadFactor} for a caregiver whose {@link OverloadTally} exists: the level is
 *       counted from the tally, so the factor would be dropped without a word;</li>
 *   <li>an {@link OverloadTally} or {@link OverloadLevel} from any rule but the built-in pack's: one
 *       level per caregiver, counted in one place.</li>
 * </ul>
 *
 * <p>{@link #afterFiring()} refuses, in the same spirit, a factor for a caregiver that got no tally
 * at all (an id that is not a caregiver of the situation).
 *
 * <p>Why a listener and not agenda groups, rule units or salience bands: the built-in strata are
 * salience bands already, and a pack rule must be able to join any of them (add a factor before
 * the tally, conclude after the levels) in the same session; agenda groups and rule units would
 * split that session or need every pack to name groups right, and neither stops a rule's
 * {@code delete}. A listener sees each change with its rule, costs one map entry per fact, and is
 * attached only to engines that have packs.
 *
 * <p>One per evaluation; not thread-safe (a session fires on one thread).
 */
final class PackGuard implements RuleRuntimeEventListener {
    private final Map<String, String> packOfRule;
    private final String builtinPack;
    private final Map<FactHandle, String> insertedBy = new IdentityHashMap<>();
    private final Set<String> tallied = new HashSet<>();
    private final Map<String, String> factorRuleByCaregiver = new TreeMap<>();

    private PackGuard(Map<String, String> packOfRule, String builtinPack) {
        this.packOfRule = packOfRule;
        this.builtinPack = builtinPack;
    }

    /** A new guard, listening to this session until it is removed. */
    static PackGuard attach(KieSession session, Map<String, String> packOfRule) {
        PackGuard guard = new PackGuard(packOfRule, BuiltinPack.INFO.id());
        session.addEventListener(guard);
        return guard;
    }

    /** A pack's rule overstepped; thrown out of its consequence, caught by the {@link Evaluator}. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String problem) {
            super(problem, null, false, false);
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        String pack = packOf(event.getRule());
        Object fact = event.getObject();
        if (fact instanceof OverloadFactor factor) {
            if (tallied.contains(factor.caregiverId())) {
                throw new Refusal("inserted an overload factor (" + fact.getClass().getSimpleName() + " "
                        + factor.code() + ") for caregiver " + factor.caregiverId() + " after that caregiver's"
                        + " overload was tallied (salience -1000): it would not count. Insert overload factors in"
                        + " the DERIVE stratum (salience above -1000) from facts that exist there");
            }
            if (event.getRule() != null) {
                factorRuleByCaregiver.putIfAbsent(factor.caregiverId(), event.getRule().getName());
            }
        } else if ((fact instanceof OverloadTally || fact instanceof OverloadLevel) && !builtinPack.equals(pack)) {
            throw new Refusal("inserted an " + fact.getClass().getSimpleName() + ": only the built-in pack counts"
                    + " overload levels; add an overload factor instead");
        }
        if (fact instanceof OverloadTally tally) {
            tallied.add(tally.caregiverId());
        }
        insertedBy.put(event.getFactHandle(), pack);
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        checkOwner(event.getRule(), event.getFactHandle(), event.getObject(), "changed");
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        checkOwner(event.getRule(), event.getFactHandle(), event.getOldObject(), "deleted");
        insertedBy.remove(event.getFactHandle());
    }

    /**
     * After the rules fired: the problem when a rule inserted an overload factor for an id that got
     * no tally (no caregiver of the situation has it), or null.
     *
     * @return the rule at fault and the problem, or null
     */
    @Nullable Late afterFiring() {
        for (Map.Entry<String, String> factor : factorRuleByCaregiver.entrySet()) {
            if (!tallied.contains(factor.getKey())) {
                return new Late(factor.getValue(), "inserted an overload factor for " + factor.getKey()
                        + ", which is not a caregiver of the situation: it would not count");
            }
        }
        return null;
    }

    /** A refusal found after the rules fired: the rule at fault and the problem. */
    record Late(String ruleId, String problem) {
    }

    private void checkOwner(@Nullable Rule rule, FactHandle handle, Object fact, String what) {
        if (rule == null) {
            return; // the engine itself, outside any rule
        }
        String pack = packOf(rule);
        String owner = insertedBy.get(handle);
        if (owner != null && !owner.equals(pack)) {
            throw new Refusal(what + " a " + fact.getClass().getSimpleName() + " that pack " + owner + " inserted: a"
                    + " pack's rules may delete or change only the facts that pack's own rules inserted");
        }
    }

    /** The pack of a rule; the engine's own inserts (no rule) count as the built-in pack's. */
    private String packOf(@Nullable Rule rule) {
        if (rule == null) {
            return builtinPack;
        }
        String pack = packOfRule.get(rule.getName());
        return pack != null ? pack : "(unknown pack of rule " + rule.getName() + ")";
    }
}
