package cn.guanbiao.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A refusal by one of the app's task listeners is the caller's to fix, not a fault: the engine logs the refusals it
 * throws itself at DEBUG, but one a listener throws reaches it wrapped ("ENGINE-03051 There was an exception while
 * invoking the TaskListener"), which its command context logs as ERROR "ENGINE-16004" with the whole stack, however
 * the REST layer then answers. That ERROR, and only for an exception that is such a refusal
 * ({@link EngineRestConflicts.LostRace#refusal}), is dropped; the REST answers log the refusal at INFO.
 *
 * <p>Installed on logback as the application starts (Spring Boot's logging set-up, which resets logback, has run by
 * then); once per logger context.
 */
@Component
class RefusalLogFilter extends TurboFilter {

    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    RefusalLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(RefusalLogFilter.class::isInstance)) {
            setName("refusals-are-not-errors");
            start();
            logback.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || logger == null || !logger.getName().startsWith(ENGINE_CONTEXT_LOGGER)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        return thrown != null && EngineRestConflicts.LostRace.refusal(thrown) != null ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
