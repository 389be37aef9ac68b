package cn.guanbiao.award;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import cn.guanbiao.account.InvoiceRegister;
import cn.guanbiao.application.Application;
import cn.guanbiao.applicant.ApplicationIntake;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.recovery.FundRecoveries;
import cn.guanbiao.recovery.RecoverySource;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import cn.guanbiao.application.AwardApplicationVariables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 不超额奖励 across a unit's applications and time (issue 20): each finding of the test from outside, walked through the
 * public API and the reviews as a unit would, with the award the account now gives.
 */
@AwardSpringTest
class UnitAccountTest {

    @Autowired AwardDriver driver;
    @Autowired Applications applications;
    @Autowired FundRecoveries recoveries;
    @Autowired InvoiceRegister invoices;
    @Autowired RuntimeService runtimeService;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    @Test
    void anAwardDeclaredInAnEarlierApplicationStillCountsWhenALaterFormLeavesItOut() {
        // given: district award 10,000 declared on a 25,000 invoice, paid 15,000
        String creditCode = Applicants.newCreditCode();
        String first = pay(unit(creditCode).fee("A-" + creditCode, "25000.00", "INITIAL").declared("DISTRICT", "10000.00", null, null));
        assertThat(applications.get(first).awardAmount()).isEqualByComparingTo("15000.00");

        // when: a new 8,000 invoice of the first cycle, nothing declared
        String second = reviewed(unit(creditCode).fee("B-" + creditCode, "8000.00", "SURVEILLANCE_1"));

        // then: 8,000, not 15,000 (which would be 40,000 on 33,000 of fees)
        assertThat(applications.get(second).awardAmount()).isEqualByComparingTo("8000.00");
    }

    @Test
    void theSameAwardDeclaredAgainCountsOnce() {
        // given
        String creditCode = Applicants.newCreditCode();
        pay(unit(creditCode).fee("A-" + creditCode, "25000.00", "INITIAL")
                .declared("DISTRICT", "10000.00", 2025, "渝北知发〔2025〕12号"));

        // when: declared again, its document written a little differently
        String second = reviewed(unit(creditCode).fee("B-" + creditCode, "8000.00", "SURVEILLANCE_1")
                .declared("DISTRICT", "10000.00", 2025, "渝北知发[2025]12 号"));

        // then
        assertThat(applications.get(second).awardAmount()).isEqualByComparingTo("8000.00");
    }

    @Test
    void aDeclaredMunicipalAwardIsThisProgrammesAwardAndUsesUpTheCap() {
        // when
        String no = driver.submit(unit(Applicants.newCreditCode()).fee("A-" + System.nanoTime(), "40000.00", "INITIAL")
                .declared("MUNICIPAL", "30000.00", 2024, null).json).applicationNo();

        // then: the pre-check finds the unit fully awarded, and says why
        Application application = applications.get(no);
        assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.statusReason()).contains("市级奖励", "30,000.00", "已达上限");
    }

    @Test
    void anotherUnitsInvoiceWrittenWithSpacesOrFullWidthDigitsDoesNotCountAgain() {
        // given: a unit paid on invoice INV-778899 0001
        String invoice = "INV-" + (100000 + System.nanoTime() % 900000);
        pay(unit(Applicants.newCreditCode()).fee(invoice + " 0001", "25000.00", "INITIAL"));
        String fullWidth = toFullWidth(invoice.replace("-", "") + "0001");

        // when: another unit claims it in full-width digits beside a fee of its own
        String other = reviewed(unit(Applicants.newCreditCode()).fee(fullWidth, "25000.00", "INITIAL")
                .fee("C-" + System.nanoTime(), "5000.00", "SURVEILLANCE_1"));

        // then
        assertThat(applications.get(other).awardAmount()).isEqualByComparingTo("5000.00");
    }

    @Test
    void aRecoveredApplicationsInvoicesStayConsumedAndItsAwardReceived() {
        // given: paid 25,000 on invoice A, then recovered in full
        String creditCode = Applicants.newCreditCode();
        String invoice = "A-" + creditCode;
        String first = pay(unit(creditCode).fee(invoice, "25000.00", "INITIAL"));
        recover(first);
        assertThat(driver.status(first)).isEqualTo(ApplicationStatus.RECOVERED);

        // when: the unit applies again with the same invoice
        String second = driver.submit(unit(creditCode).fee(invoice, "25000.00", "INITIAL").json).applicationNo();
        driver.passReviews(second);

        // then: nothing: its "once" is used, the invoice consumed
        Application application = applications.get(second);
        assertThat(application.awardAmount() == null ? BigDecimal.ZERO : application.awardAmount()).isEqualByComparingTo("0.00");
        assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void anAdministratorMayTakeARecoveredAwardOutOfTheAccountWithAReason() {
        // given: paid 25,000 on invoice A, recovered in full (recovered in error, it turns out)
        String creditCode = Applicants.newCreditCode();
        String invoice = "R-" + creditCode;
        String first = pay(unit(creditCode).fee(invoice, "25000.00", "INITIAL"));
        recover(first);
        ApiClient admin = new ApiClient(port).as("admin", "admin");

        // when
        ApiClient.Response withoutReason = admin.post("/api/admin/account-restorations/" + first, "{}");
        ApiClient.Response restored = admin.post("/api/admin/account-restorations/" + first,
                "{\"reason\":\"经复核，追回决定系误判（市局复议决定书〔2026〕5号）\"}");
        ApiClient.Response again = admin.post("/api/admin/account-restorations/" + first, "{\"reason\":\"再次\"}");
        String second = reviewed(unit(creditCode).fee(invoice, "25000.00", "INITIAL"));

        // then
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.errorFields()).containsExactly("reason");
        assertThat(restored.status()).as(restored.toString()).isEqualTo(201);
        assertThat(restored.json().path("decidedBy").asText()).isEqualTo("admin");
        assertThat(again.status()).isEqualTo(409);
        assertThat(applications.get(second).awardAmount()).isEqualByComparingTo("25000.00");
    }

    @Test
    void anInvoiceTwoUnitsClaimCountsForNeitherUntilAPersonRules() {
        // given: two units name the same invoice in applications under review
        String invoice = "D-" + System.nanoTime();
        String firstUnit = Applicants.newCreditCode();
        String first = driver.submit(unit(firstUnit).fee(invoice, "20000.00", "INITIAL").json).applicationNo();
        String second = driver.submit(unit(Applicants.newCreditCode()).fee(invoice, "20000.00", "INITIAL")
                .fee("E-" + System.nanoTime(), "6000.00", "SURVEILLANCE_1").json).applicationNo();

        // when
        driver.passReviews(second);

        // then: the second unit gets only its own fee, the invoice is nobody's
        assertThat(applications.get(second).awardAmount()).isEqualByComparingTo("6000.00");
        assertThat(invoices.holderOf(invoice)).isEmpty();

        // when: the municipal office rules it is the first unit's, with a reason (a district reviewer may not; a reason is required)
        ApiClient admin = new ApiClient(port);
        ApiClient.Response byReviewer = admin.as("reviewer-500112", "demo").post("/admin/invoice-rulings",
                "{\"invoiceNo\":\"" + invoice + "\",\"creditCode\":\"" + firstUnit + "\",\"reason\":\"核实\"}");
        ApiClient.Response withoutReason = admin.as("municipal", "demo").post("/admin/invoice-rulings",
                "{\"invoiceNo\":\"" + invoice + "\",\"creditCode\":\"" + firstUnit + "\"}");
        ApiClient.Response ruled = admin.as("municipal", "demo").post("/admin/invoice-rulings",
                "{\"invoiceNo\":\"" + invoice + "\",\"creditCode\":\"" + firstUnit + "\",\"reason\":\"发票抬头为第一家单位，已向税务机关核实\"}");
        driver.passReviews(first);

        // then
        assertThat(byReviewer.status()).isEqualTo(403);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.errorFields()).containsExactly("reason");
        assertThat(ruled.status()).as(ruled.toString()).isEqualTo(201);
        assertThat(ruled.json().path("rulings").get(0).path("decidedBy").asText()).isEqualTo("municipal");
        assertThat(applications.get(first).awardAmount()).isEqualByComparingTo("20000.00");
        assertThat(invoices.holderOf(invoice)).hasValue(firstUnit);
    }

    @Test
    void theReviewerSeesTheAccountAndTheOtherUnitWhileTheApplicantLearnsOnlyThatAnInvoiceIsInQuestion() throws Exception {
        // given: unit X has invoice F in an application under review; unit Y names F too, beside its own fee
        String invoice = "F-" + System.nanoTime();
        String unitX = Applicants.newCreditCode();
        driver.submit(unit(unitX).fee(invoice, "20000.00", "INITIAL").json);
        Unit y = unit(Applicants.newCreditCode()).fee(invoice, "20000.00", "INITIAL").fee("G-" + System.nanoTime(), "6000.00",
                "SURVEILLANCE_1").declared("DISTRICT", "5000.00", 2024, "江北知发〔2024〕3号");
        ApplicationIntake.Accepted accepted = driver.submit(y.json);

        // when
        JsonNode account = json.readTree(AwardApplicationVariables.of(runtimeService.getVariables(accepted.processInstanceId()))
                .reviewSummary()).path("account");
        driver.passReviews(accepted.applicationNo());
        ApiClient.Response status = new ApiClient(port).get("/api/applications/" + accepted.applicationNo(),
                "X-Tracking-Token", accepted.trackingToken());

        // then: the reviewer sees whose else the invoice may be, and the declared award
        assertThat(account.path("invoices").findValuesAsText("standing"))
                .anySatisfy(standing -> assertThat(standing).contains("存在争议", unitX));
        assertThat(account.path("declaredAwards").get(0).path("documentNo").asText()).isEqualTo("江北知发〔2024〕3号");
        // the applicant, only that the invoice is in question
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body()).contains("该发票号另有单位申报，归属核定前不予计入").doesNotContain(unitX);
        assertThat(applications.get(accepted.applicationNo()).awardAmount()).isEqualByComparingTo("1000.00");
    }

    // ---------------------------------------------------------------- fixtures

    private String pay(Unit unit) {
        return driver.pay(callId -> unit.json.put("callId", callId));
    }

    /** Submitted, through the three reviews and the credit check, its award computed. */
    private String reviewed(Unit unit) {
        String no = driver.submit(unit.json).applicationNo();
        driver.passReviews(no);
        return no;
    }

    private void recover(String applicationNo) {
        driver.runJobs(recoveries.start(applicationNo, RecoverySource.SPOT_CHECK, "SC-2026-01", "抽查发现认证费发票系伪造"));
        driver.complete(applicationNo, "RecoveryDecision", "municipal",
                new HashMap<>(Map.of("approved", true, "comment", "认证费发票系伪造", "serious", false)));
        driver.complete(applicationNo, "RepaymentConfirmation", "finance",
                Map.of("receivedAmount", applications.get(applicationNo).awardAmount().toPlainString()));
    }

    private Unit unit(String creditCode) {
        return new Unit(creditCode, driver.openCall("10000000").callId());
    }

    private static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7f ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }

    /** One application of a unit, as its JSON. */
    private static final class Unit {

        final ObjectNode json;

        Unit(String creditCode, String callId) {
            json = Applicants.enterprise(callId);
            json.put("creditCode", creditCode);
            json.putArray("certificationFees");
        }

        Unit fee(String invoiceNo, String amount, String stage) {
            ((ArrayNode) json.get("certificationFees")).add(Applicants.fee(invoiceNo, amount, 1, stage, "CERTIFICATION"));
            return this;
        }

        Unit declared(String level, String amount, Integer year, String documentNo) {
            ObjectNode award = ((ArrayNode) json.get("priorAwards")).addObject();
            award.put("level", level);
            award.put("amount", new BigDecimal(amount));
            if (year != null) {
                award.put("year", year);
            }
            if (documentNo != null) {
                award.put("documentNo", documentNo);
            }
            return this;
        }
    }
}
