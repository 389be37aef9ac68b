package cn.guanbiao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A browser test of what the browser does with the pages (layout, style sheets, scripts, labels, escaping, the
 * Content-Security-Policy), with no database behaviour of its own: {@code mvn verify} runs it on H2 only, not once more
 * on PostgreSQL (pom.xml, failsafe execution {@code postgres} excludes the tag).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("frontend")
public @interface FrontEndOnly {

}
