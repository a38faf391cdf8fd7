package nl.sofa.fhir;

import nl.sofa.fhir.internal.BundleWriter;

/** The derived FHIR ids the writer gives to resources that have no SOFA id of their own. */
final class BundleIds {
    private BundleIds() {
    }

    static String burden(String caregiverId) {
        return BundleWriter.derivedId("Observation|burden|" + caregiverId);
    }

    static String consent(String clientId, String caregiverId) {
        return BundleWriter.derivedId("Consent|" + clientId + "|" + caregiverId);
    }
}
