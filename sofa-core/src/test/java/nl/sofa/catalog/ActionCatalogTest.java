package nl.sofa.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sofa.role.SofaRole;
import org.junit.jupiter.api.Test;

/** The built-in catalog holds exactly the actions of catalog.md, with their roles and phases. */
class ActionCatalogTest {
    private final ActionCatalog catalog = ActionCatalog.builtin();

    /** The 36 ids of the SOFA matrix with role and phase, as catalog.md lists them. */
    private static Map<String, String> sofaMatrix() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String row : List.of(
                "S-B1 SAMENWERKEN BEGIN", "S-B2 SAMENWERKEN BEGIN", "S-B3 SAMENWERKEN BEGIN",
                "S-D1 SAMENWERKEN DAILY", "S-D2 SAMENWERKEN DAILY", "S-D3 SAMENWERKEN DAILY",
                "S-E1 SAMENWERKEN ENDING", "S-E2 SAMENWERKEN ENDING", "S-E3 SAMENWERKEN ENDING",
                "O-B1 ONDERSTEUNEN BEGIN", "O-B2 ONDERSTEUNEN BEGIN", "O-B3 ONDERSTEUNEN BEGIN",
                "O-D1 ONDERSTEUNEN DAILY", "O-D2 ONDERSTEUNEN DAILY", "O-D3 ONDERSTEUNEN DAILY",
                "O-E1 ONDERSTEUNEN ENDING", "O-E2 ONDERSTEUNEN ENDING", "O-E3 ONDERSTEUNEN ENDING",
                "F-B1 FACILITEREN BEGIN", "F-B2 FACILITEREN BEGIN", "F-B3 FACILITEREN BEGIN",
                "F-D1 FACILITEREN DAILY", "F-D2 FACILITEREN DAILY", "F-D3 FACILITEREN DAILY",
                "F-E1 FACILITEREN ENDING", "F-E2 FACILITEREN ENDING", "F-E3 FACILITEREN ENDING",
                "A-B1 AFSTEMMEN BEGIN", "A-B2 AFSTEMMEN BEGIN", "A-B3 AFSTEMMEN BEGIN",
                "A-D1 AFSTEMMEN DAILY", "A-D2 AFSTEMMEN DAILY", "A-D3 AFSTEMMEN DAILY",
                "A-E1 AFSTEMMEN ENDING", "A-E2 AFSTEMMEN ENDING", "A-E3 AFSTEMMEN ENDING")) {
            String[] p = row.split(" ");
            m.put(p[0], p[1] + " " + p[2]);
        }
        return m;
    }

    @Test
    void pinsThe36SofaMatrixIdsWithTheirRoleAndPhase() {
        Map<String, String> expected = sofaMatrix();
        assertThat(expected).hasSize(36);
        expected.forEach((id, rolePhase) -> {
            Action action = catalog.require(id);
            assertThat(action.role() + " " + action.phase()).as(id).isEqualTo(rolePhase);
        });
    }

    @Test
    void holdsThePhaseIndependentActionsInPhaseAny() {
        Map<String, SofaRole> any = Map.ofEntries(
                Map.entry("V-INFO", SofaRole.ONDERSTEUNEN), Map.entry("V-EMOTIONAL", SofaRole.ONDERSTEUNEN),
                Map.entry("V-RESPITE", SofaRole.ONDERSTEUNEN), Map.entry("V-PRACTICAL", SofaRole.ONDERSTEUNEN),
                Map.entry("V-REFER", SofaRole.ONDERSTEUNEN), Map.entry("G-AGREE", SofaRole.SAMENWERKEN),
                Map.entry("G-RECORD", SofaRole.SAMENWERKEN), Map.entry("G-INSTRUCT", SofaRole.AFSTEMMEN),
                Map.entry("G-EVALUATE", SofaRole.SAMENWERKEN), Map.entry("G-WISHES", SofaRole.AFSTEMMEN),
                Map.entry("G-POLICY", SofaRole.SAMENWERKEN), Map.entry("G-TEAM", SofaRole.SAMENWERKEN),
                Map.entry("G-LIABILITY", SofaRole.AFSTEMMEN), Map.entry("P-CONSENT", SofaRole.FACILITEREN),
                Map.entry("P-MEETING", SofaRole.SAMENWERKEN), Map.entry("X-DERAILED", SofaRole.ONDERSTEUNEN));
        any.forEach((id, role) -> {
            assertThat(catalog.require(id).phase()).as(id).isEqualTo(ActionPhase.ANY);
            assertThat(catalog.require(id).role()).as(id).isEqualTo(role);
        });
        assertThat(catalog.size()).isEqualTo(36 + any.size());
    }

    @Test
    void everyActionHasADutchAndAnEnglishText() {
        assertThat(catalog.all()).allSatisfy(a -> {
            assertThat(a.text().nl()).isNotBlank();
            assertThat(a.text().en()).isNotBlank();
        });
        assertThat(catalog.require("V-RESPITE").text().nl())
                .isEqualTo("Tijdelijke vervanging van de zorg (respijtzorg) bespreken");
    }

    @Test
    void noTextSpeaksOfDeployingCaregivers() {
        // domain.md: "samen zorgen", never "mantelzorgers inzetten"
        assertThat(catalog.all()).noneSatisfy(a -> assertThat(a.text().nl().toLowerCase()).contains("inzetten"));
    }

    @Test
    void isQueryableByRoleAndPhase() {
        assertThat(catalog.byRoleAndPhase(SofaRole.ONDERSTEUNEN, ActionPhase.DAILY)).extracting(Action::id)
                .containsExactly("O-D1", "O-D2", "O-D3");
        assertThat(catalog.byRoleAndPhase(SofaRole.AFSTEMMEN, ActionPhase.ANY)).extracting(Action::id)
                .containsExactly("G-INSTRUCT", "G-WISHES", "G-LIABILITY");
        assertThat(catalog.find("NOPE")).isEmpty();
        assertThatThrownBy(() -> catalog.require("NOPE")).hasMessageContaining("NOPE");
    }

    @Test
    void packActionsAreAddedToACopyAndMayNotReuseAnId() {
        Action own = new Action("acme.REFER", SofaRole.ONDERSTEUNEN, ActionPhase.ANY,
                new LocalizedText("Verwijzen naar het regionale steunpunt", "Refer to the regional support centre"));
        ActionCatalog extended = catalog.with(List.of(own));
        assertThat(extended.require("acme.REFER")).isEqualTo(own);
        assertThat(catalog.contains("acme.REFER")).isFalse();
        Action clash = new Action("S-B1", SofaRole.SAMENWERKEN, ActionPhase.BEGIN, own.text());
        assertThatThrownBy(() -> catalog.with(List.of(clash))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("S-B1");
    }

    @Test
    void anActionPhaseAppliesToItsOwnPhaseAndAnyToAll() {
        assertThat(ActionPhase.BEGIN.appliesTo(nl.sofa.phase.Phase.BEGIN)).isTrue();
        assertThat(ActionPhase.BEGIN.appliesTo(nl.sofa.phase.Phase.DAILY)).isFalse();
        for (nl.sofa.phase.Phase phase : nl.sofa.phase.Phase.values()) {
            assertThat(ActionPhase.ANY.appliesTo(phase)).isTrue();
        }
    }
}
