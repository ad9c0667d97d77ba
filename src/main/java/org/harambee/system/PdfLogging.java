package org.harambee.system;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF layout's messages in the application's log (JSON lines with the request id) instead of its own console
 * handler: warnings and errors as such, its chatter (fonts loaded, pages laid out) at debug.
 */
final class PdfLogging implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            LOG.error("{}: {}", where, message, error);
        } else if (value >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, error);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {}", where, message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the application's logging configuration (logging.level.com.openhtmltopdf)
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || LOG.isDebugEnabled();
    }
}
