package nl.sofa.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sofa.role.SofaRole;
import org.junit.jupiter.api.Test;

/** The built-in catalog holds exactly the actions of catalog.md and catalog-v2.md, with their roles, phases and flags. */
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
        assertThat(catalog.size()).isEqualTo(36 + any.size() + 8);
    }

    @Test
    void holdsTheEightNewActionsOfCatalogV2() {
        // catalog-v2.md "New actions": id, role, phase
        Map<String, String> added = Map.of(
                "O-E4", "ONDERSTEUNEN ENDING", "O-MEASURE", "ONDERSTEUNEN ANY", "Y-YOUNG", "ONDERSTEUNEN ANY",
                "G-HANDOVER", "AFSTEMMEN ANY", "G-TAKEOVER", "SAMENWERKEN ANY", "G-VOLUNTEER", "SAMENWERKEN ANY",
                "G-TRANSFER", "AFSTEMMEN ENDING", "G-CLOSE", "SAMENWERKEN ENDING");
        added.forEach((id, rolePhase) -> {
            Action action = catalog.require(id);
            assertThat(action.role() + " " + action.phase()).as(id).isEqualTo(rolePhase);
        });
        assertThat(catalog.require("O-E4").text().nl()).isEqualTo("Nagesprek plannen, enkele weken na het overlijden");
        assertThat(catalog.require("G-TAKEOVER").text().en())
                .isEqualTo("Have a qualified professional perform this act until the situation has been discussed");
    }

    @Test
    void carriesTheChangedTextsOfCatalogV2() {
        assertThat(catalog.require("G-POLICY").text().nl())
                .isEqualTo("Beleid van de organisatie over deze handeling nagaan en bespreken met je leidinggevende");
        assertThat(catalog.require("G-POLICY").text().nl()).doesNotContain("mantelzorgers");
        assertThat(catalog.require("G-EVALUATE").text().nl())
                .isEqualTo("Evaluatie van de afspraak plannen en bespreken hoe het gaat");
        assertThat(catalog.require("X-DERAILED").text().nl()).isEqualTo(
                "Meldcode huiselijk geweld en kindermishandeling volgen: overleggen met de aandachtsfunctionaris huiselijk geweld");
        assertThat(catalog.require("X-DERAILED").text().en())
                .isEqualTo("Follow the reporting code for domestic violence and abuse: consult the designated officer");
        // only the English of these four changed; the Dutch stays the workbook's
        assertThat(catalog.require("O-D1").text()).isEqualTo(new LocalizedText(
                "Oog houden voor (over)belasting en behoud van vitaliteit",
                "Keep an eye on (over)load and on the caregiver's vitality"));
        assertThat(catalog.require("O-E1").text().en()).isEqualTo("Discuss support needs and options after the client leaves");
        assertThat(catalog.require("F-E3").text()).isEqualTo(new LocalizedText("Privacy bij afscheid", "Privacy when saying goodbye"));
        assertThat(catalog.require("V-REFER").text().en())
                .isEqualTo("Make a warm referral to caregiver support (support centre, caregiver consultant)");
    }

    @Test
    void everyBuiltInFlagCodeHasATextAndNoOtherCodeIsListed() throws IllegalAccessException {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (java.lang.reflect.Field f : nl.sofa.advice.FlagCodes.class.getFields()) {
            codes.add((String) f.get(null));
        }
        assertThat(codes).hasSize(17).contains("VOLUNTEER_TASK_UNSUPERVISED", "YOUNG_CAREGIVER");
        for (String code : codes) {
            FlagType type = catalog.findFlag(code).orElseThrow(() -> new AssertionError("no text for flag " + code));
            assertThat(type.text().nl()).as(code).isNotBlank();
            assertThat(type.text().en()).as(code).isNotBlank();
        }
        assertThat(catalog.flags()).extracting(FlagType::code).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void flagTextsAreTheWordingOfCatalogV2() {
        assertThat(catalog.findFlag("OVERLOAD_RISK").orElseThrow().text())
                .isEqualTo(new LocalizedText("Risico op overbelasting", "Risk of overload"));
        assertThat(catalog.findFlag("SOLE_CAREGIVER").orElseThrow().text().nl()).isEqualTo("Eén mantelzorger draagt de zorg");
        assertThat(catalog.findFlag("VOLUNTEER_TASK_UNSUPERVISED").orElseThrow().text())
                .isEqualTo(new LocalizedText("Vrijwilliger zonder afspraak of instructie",
                        "Volunteer without agreement or instruction"));
        assertThat(catalog.findFlag("YOUNG_CAREGIVER").orElseThrow().text())
                .isEqualTo(new LocalizedText("Jonge mantelzorger", "Young caregiver"));
        assertThat(catalog.findFlag("LIABILITY_NOTICE").orElseThrow().text().en())
                .isEqualTo("The caregiver is liable for their own acts");
        assertThat(catalog.findFlag("NOPE")).isEmpty();
    }

    @Test
    void packFlagsAreAddedToACopyAndMayNotReuseACode() {
        FlagType own = new FlagType("acme.REFERRAL_LATE", new LocalizedText("Verwijzing te laat", "Referral late"));
        ActionCatalog extended = catalog.withFlags(List.of(own));
        assertThat(extended.findFlag("acme.REFERRAL_LATE")).contains(own);
        assertThat(catalog.findFlag("acme.REFERRAL_LATE")).isEmpty();
        FlagType clash = new FlagType("OVERLOAD_RISK", own.text());
        assertThatThrownBy(() -> catalog.withFlags(List.of(clash))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OVERLOAD_RISK");
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
        // domain.md and rules-v2 §J: "samen zorgen", never "mantelzorgers inzetten/inschakelen/betrekken bij"
        List<String> texts = new java.util.ArrayList<>();
        catalog.all().forEach(a -> texts.add(a.text().nl().toLowerCase(java.util.Locale.ROOT)));
        catalog.flags().forEach(f -> texts.add(f.text().nl().toLowerCase(java.util.Locale.ROOT)));
        assertThat(texts).hasSize(catalog.size() + 17)
                .noneMatch(t -> t.contains("inzetten") || t.contains("inschakelen") || t.contains("betrekken bij"));
    }

    @Test
    void noTextContainsAnActionIdOrAFlagCode() {
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("\\b[A-Z]-[A-Z0-9]+\\b");
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
        List<String> texts = new java.util.ArrayList<>();
        catalog.all().forEach(a -> texts.addAll(List.of(a.text().nl(), a.text().en())));
        catalog.flags().forEach(f -> texts.addAll(List.of(f.text().nl(), f.text().en())));
        assertThat(texts).hasSize(2 * (catalog.size() + catalog.flags().size()))
                .noneMatch(t -> id.matcher(t).find())
                .noneMatch(t -> code.matcher(t).find());
        assertThat(id.matcher("zie O-B1 en G-AGREE").find()).as("the pattern finds an action id").isTrue();
        assertThat(code.matcher("(SIGNAL_SLEEP_PROBLEMS)").find()).as("the pattern finds a code").isTrue();
    }

    @Test
    void isQueryableByRoleAndPhase() {
        assertThat(catalog.byRoleAndPhase(SofaRole.ONDERSTEUNEN, ActionPhase.DAILY)).extracting(Action::id)
                .containsExactly("O-D1", "O-D2", "O-D3");
        assertThat(catalog.byRoleAndPhase(SofaRole.AFSTEMMEN, ActionPhase.ANY)).extracting(Action::id)
                .containsExactly("G-INSTRUCT", "G-WISHES", "G-LIABILITY", "G-HANDOVER");
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
