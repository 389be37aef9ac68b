package cn.guanbiao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.award.AwardAssessment;
import cn.guanbiao.award.AwardPolicy;
import cn.guanbiao.award.Money;
import cn.guanbiao.reference.CertificationBodies;
import cn.guanbiao.reference.CertificationBodies.CertificationBody;
import cn.guanbiao.application.HonourLevel;
import org.springframework.stereotype.Service;

/** The automatic qualification pre-check (资格预审) before any person looks at an application. */
@Service
public class QualificationCheck {

    /** A check passes, fails the application, or is flagged: the application goes on and the reviewers verify it. */
    public enum Outcome {
        PASSED("通过"), FLAGGED("请核实"), FAILED("不通过");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** As the review forms show it ({@code checks[].result}); any but 通过 shows their red notice. */
        public String label() {
            return label;
        }
    }

    public record Check(String name, Outcome outcome, String detail) {

        public Check(String name, boolean passed, String detail) {
            this(name, passed ? Outcome.PASSED : Outcome.FAILED, detail);
        }

        public boolean passed() {
            return outcome == Outcome.PASSED;
        }

        public boolean failed() {
            return outcome == Outcome.FAILED;
        }
    }

    public record Result(List<Check> checks) {
        /** No check failed; flagged ones go to the reviewers. */
        public boolean qualified() {
            return checks.stream().noneMatch(Check::failed);
        }

        public String reason() {
            return checks.stream().filter(Check::failed).map(Check::detail).collect(Collectors.joining("；"));
        }
    }

    private final CertificationBodies bodies;
    private final AwardPolicy policy;
    private final AwardAssessment assessment;
    private final DeclaredHonoursCheck declaredHonours;

    public QualificationCheck(CertificationBodies bodies, AwardPolicy policy, AwardAssessment assessment,
            DeclaredHonoursCheck declaredHonours) {
        this.bodies = bodies;
        this.policy = policy;
        this.assessment = assessment;
        this.declaredHonours = declaredHonours;
    }

    public Result check(Application application) {
        ApplicationForm form = application.form();
        List<Check> checks = new ArrayList<>();
        checks.add(form.applicantType().isCertifiedAgainst(form.standard())
                ? new Check("认证标准与申请主体类型相符", true, form.standard() + " 适用于" + form.applicantType().label())
                : new Check("认证标准与申请主体类型相符", false, form.applicantType().label() + "应按 "
                        + String.join("、", form.applicantType().standards()) + " 认证，申报的是 " + form.standard()));
        var submittedOn = application.submittedAt().toLocalDate();
        boolean valid = !submittedOn.isBefore(form.certificateIssuedOn()) && !submittedOn.isAfter(form.certificateExpiresOn());
        checks.add(new Check("认证证书在申请日有效", valid, valid
                ? "有效期 " + form.certificateIssuedOn() + " 至 " + form.certificateExpiresOn()
                : "申请日 " + submittedOn + " 不在证书有效期 " + form.certificateIssuedOn() + " 至 " + form.certificateExpiresOn() + " 内"));
        Optional<CertificationBody> body = bodies.find(form.certificationBody());
        boolean approved = body.map(CertificationBody::approved).orElse(false);
        checks.add(new Check("认证机构经批准从事知识产权管理体系认证", approved, body.isEmpty()
                ? "认证机构“" + form.certificationBody() + "”不在经批准的认证机构名录中，依规不予奖励"
                : "认证机构“" + form.certificationBody() + "”" + body.get().describe() + (approved ? "" : "，依规不予奖励")));
        AwardPolicy.Decision decision = policy.decide(form.applicantType(), HonourLevel.highestOf(form.honours()));
        checks.add(new Check("符合奖励政策条件", decision.eligible(), decision.basis()));
        declaredHonours.check(application).ifPresent(checks::add);
        AwardAssessment.CapUsed used = assessment.capUsed(form.creditCode());
        boolean roomLeft = !decision.eligible() || used.total().compareTo(decision.cap()) < 0;
        String received = "本项目已奖励该单位 " + Money.yuan(used.paid()) + (used.declared().signum() == 0 ? ""
                : "，另申报已获市级奖励 " + Money.yuan(used.declared()) + "（即本项目此前在系统外发放的奖励）");
        checks.add(new Check("未在本项目足额获得奖励", roomLeft, roomLeft ? received
                : received + "，已达上限 " + Money.yuan(decision.cap())));
        return new Result(checks);
    }
}
