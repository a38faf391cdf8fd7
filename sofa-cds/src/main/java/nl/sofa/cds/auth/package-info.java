/**
 * The JWT check CDS Hooks 2.0 asks of a service: every call carries {@code Authorization: Bearer}
 * with a JWT signed by a trusted CDS Client. {@link nl.sofa.cds.auth.CdsAuthenticator} checks it
 * against {@link nl.sofa.cds.auth.TrustedIssuers} (read from a JSON file or built in code) and
 * returns the {@link nl.sofa.cds.auth.VerifiedCaller} or throws a
 * {@link nl.sofa.cds.auth.CdsAuthenticationException} with a stable code.
 *
 * <p>Stability: the public types of this package are experimental until sofa-server 1.0; the file
 * format of {@link nl.sofa.cds.auth.TrustedIssuers#read(java.nio.file.Path)} is stable.
 */
@NullMarked
package nl.sofa.cds.auth;

import org.jspecify.annotations.NullMarked;
