package cn.guanbiao.report;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programme's targets (000_… 一(三)) and the totals they are measured against, from {@code app.targets}: the
 * number of high-tech, large industrial and IP advantage/demonstration enterprises comes from the statistics
 * office each year.
 */
@ConfigurationProperties(prefix = "app.targets")
public record ProgrammeTargets(int units, BigDecimal highTechCoverage, int highTechEnterprises,
        BigDecimal advantageCoverage, int advantageEnterprises, BigDecimal largeIndustrialCoverage,
        int largeIndustrialEnterprises) {
}
