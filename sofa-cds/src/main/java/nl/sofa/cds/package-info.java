/**
 * SOFA as a CDS Hooks 2.0 service, without a web framework: {@link nl.sofa.cds.CdsHooksService} turns
 * a discovery call, a {@code patient-view} call and a feedback call into JSON responses, so that any
 * host (Javalin, Spring, Jakarta servlets) mounts it in a few lines. {@code sofa-server} is one such
 * host.
 *
 * <p>Failures are {@link nl.sofa.cds.CdsException}s that carry the HTTP status the spec asks for and
 * a JSON body without personal data.
 */
@NullMarked
package nl.sofa.cds;

import org.jspecify.annotations.NullMarked;
