package cn.guanbiao.support;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's {@code com.deque.html.axe-core:selenium}) on the page shown: every rule axe runs by default, i.e.
 * WCAG 2.0/2.1/2.2 A and AA and the best-practice rules (experimental ones excluded).
 */
public final class Accessibility {

    private Accessibility() {
    }

    /** Each violation as "rule: help — target html", one per offending element; empty if there is none. */
    public static List<String> violations(WebDriver browser) {
        Results results = new AxeBuilder().analyze(browser);
        if (results.isErrored()) {
            throw new AssertionError("axe-core did not run: " + results.getErrorMessage());
        }
        return results.getViolations().stream().flatMap(Accessibility::describe).toList();
    }

    private static java.util.stream.Stream<String> describe(Rule rule) {
        return rule.getNodes().stream().map(node -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + node.getTarget() + " " + node.getHtml());
    }
}
