package nl.sofa.engine.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of sofa-rules' tests. While a test captures ({@link #start()}), every logger,
 * of every library, at every level down to TRACE, goes into one list that the test can read: the
 * whole text that would reach a log file, with the stack traces of logged exceptions. Otherwise
 * only WARN and ERROR are written, to stderr. Registered in
 * {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider} of the test resources.
 */
public final class CapturedLogs implements SLF4JServiceProvider {
    private static final ConcurrentLinkedQueue<String> LINES = new ConcurrentLinkedQueue<>();
    /** Off unless a test captures: TRACE of every test would fill the memory. */
    private static volatile boolean capturing;
    private final BasicMarkerFactory markers = new BasicMarkerFactory();
    private final BasicMDCAdapter mdc = new BasicMDCAdapter();
    private final ILoggerFactory loggers = CapturingLogger::new;

    /** Starts capturing everything, at every level, from now on. */
    public static void start() {
        LINES.clear();
        capturing = true;
    }

    /** Stops capturing; what was captured stays readable. */
    public static void stop() {
        capturing = false;
    }

    /** Everything logged since the last {@link #clear()}. */
    public static List<String> lines() {
        return new ArrayList<>(LINES);
    }

    /** Forgets what was logged. */
    public static void clear() {
        LINES.clear();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up
    }

    private static final class CapturingLogger extends AbstractLogger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments,
                Throwable throwable) {
            StringBuilder line = new StringBuilder().append(level).append(' ').append(name).append(": ")
                    .append(MessageFormatter.basicArrayFormat(message, arguments));
            if (throwable != null) {
                StringWriter trace = new StringWriter();
                throwable.printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            if (capturing) {
                LINES.add(line.toString());
            } else {
                System.err.println(line);
            }
        }

        private static boolean detailed() {
            return capturing;
        }

        @Override
        public boolean isTraceEnabled() {
            return detailed();
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return detailed();
        }

        @Override
        public boolean isDebugEnabled() {
            return detailed();
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return detailed();
        }

        @Override
        public boolean isInfoEnabled() {
            return detailed();
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return detailed();
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return true;
        }
    }
}
