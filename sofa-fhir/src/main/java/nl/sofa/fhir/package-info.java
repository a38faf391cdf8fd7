/**
 * FHIR R4 for SOFA: {@link nl.sofa.fhir.SofaFhir} reads a situation from an ECD's FHIR resources
 * (zib 2020 / nl-core), writes a situation back as a Bundle, and writes advice as FHIR; the codes
 * it understands are data, in a {@link nl.sofa.fhir.FhirMapping}. See {@code docs/fhir.md}.
 */
package nl.sofa.fhir;
