/** The parts of the CDS Hooks service behind its front: reading calls, prefetch, cards. Not API. */
@NullMarked
package nl.sofa.cds.internal;

import org.jspecify.annotations.NullMarked;
