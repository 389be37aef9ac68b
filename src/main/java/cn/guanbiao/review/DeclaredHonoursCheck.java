package cn.guanbiao.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.Honour;
import cn.guanbiao.application.HonourLevel;
import cn.guanbiao.reference.HonourRegister;
import cn.guanbiao.reference.HonourRegister.Listing;
import cn.guanbiao.review.QualificationCheck.Check;
import cn.guanbiao.review.QualificationCheck.Outcome;
import org.springframework.stereotype.Component;

/**
 * Part of the pre-check: each declared IP advantage/demonstration honour against the register the municipal office keeps
 * (issue 20). A title not covered on the submission date is a flag for the reviewers, not a rejection: it may be newer
 * than the register. Honours without an IP level (高新技术企业, “小巨人”) are not on these lists and are not compared.
 */
@Component
class DeclaredHonoursCheck {

    static final String NAME = "申报的荣誉称号在认定名录中";

    private final HonourRegister register;

    DeclaredHonoursCheck(HonourRegister register) {
        this.register = register;
    }

    /** Empty when the application declares no honour the register keeps. */
    Optional<Check> check(Application application) {
        List<Honour> declared = application.form().honours().stream().filter(h -> h.level() != HonourLevel.NONE)
                .distinct().toList();
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        int year = application.submittedAt().getYear();
        List<Listing> listings = register.of(application.form().creditCode());
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Honour honour : declared) {
            List<Listing> ofHonour = listings.stream().filter(l -> l.honour() == honour).toList();
            Optional<Listing> covering = ofHonour.stream().filter(l -> register.covers(l, year))
                    .max(Comparator.comparingInt(Listing::listYear));
            if (covering.isPresent()) {
                found.add(honour.label() + "：" + covering.get().listYear() + " 年认定（" + covering.get().document() + "），有效至 "
                        + register.lastValidYear(covering.get().listYear()) + " 年");
            } else {
                missing.add(honour.label() + "：" + whyNot(ofHonour, year));
            }
        }
        if (missing.isEmpty()) {
            return Optional.of(new Check(NAME, Outcome.PASSED, String.join("；", found)));
        }
        String others = listings.stream().filter(l -> !declared.contains(l.honour()))
                .map(l -> l.listYear() + " 年" + l.honour().label()).distinct().collect(Collectors.joining("、"));
        return Optional.of(new Check(NAME, Outcome.FLAGGED, "未在名录中——" + String.join("；", missing)
                + (others.isEmpty() ? "" : "（名录中该单位有：" + others + "）")
                + "。名录可能尚未收录新近认定的称号，请向申请单位核实认定文件"
                + (found.isEmpty() ? "" : "。在名录中——" + String.join("；", found))));
    }

    private String whyNot(List<Listing> ofHonour, int year) {
        Optional<Listing> latestBefore = ofHonour.stream().filter(l -> l.listYear() <= year)
                .max(Comparator.comparingInt(Listing::listYear));
        if (latestBefore.isPresent()) {
            return "名录中最近为 " + latestBefore.get().listYear() + " 年认定，按 " + register.validYears() + " 年有效期至 "
                    + register.lastValidYear(latestBefore.get().listYear()) + " 年，申请时（" + year + " 年）已过期";
        }
        return ofHonour.isEmpty() ? "名录中没有该单位的此称号"
                : "名录中为 " + ofHonour.get(ofHonour.size() - 1).listYear() + " 年认定，晚于申请年度（" + year + " 年）";
    }
}
