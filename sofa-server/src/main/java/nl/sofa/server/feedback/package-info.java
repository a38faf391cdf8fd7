/**
 * Feedback on cards kept in a JDBC database: {@link nl.sofa.server.feedback.JdbcFeedbackStore}, an H2
 * file by default, any JDBC database (PostgreSQL, for example) by URL, its schema managed by Flyway.
 */
@NullMarked
package nl.sofa.server.feedback;

import org.jspecify.annotations.NullMarked;
