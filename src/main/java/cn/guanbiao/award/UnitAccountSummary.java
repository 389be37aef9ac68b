package cn.guanbiao.award;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guanbiao.account.DeclaredAwards;
import cn.guanbiao.account.InvoiceRegister;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.Applications;
import cn.guanbiao.account.Ledger;
import org.springframework.stereotype.Component;

/**
 * The unit's award account as a reviewer reads it beside the application (R4: why the amount is what it is): its
 * other applications, every award it ever declared, every payment and recovery of this programme, every invoice it
 * claimed and whom it counts for, naming the other unit where another claims or holds it. Strings only, as the Camunda
 * Forms show them.
 */
@Component
public class UnitAccountSummary {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Applications applications;
    private final DeclaredAwards declaredAwards;
    private final DeclaredAwardCap cap;
    private final Ledger ledger;
    private final InvoiceRegister invoices;

    UnitAccountSummary(Applications applications, DeclaredAwards declaredAwards, DeclaredAwardCap cap, Ledger ledger,
            InvoiceRegister invoices) {
        this.applications = applications;
        this.declaredAwards = declaredAwards;
        this.cap = cap;
        this.ledger = ledger;
        this.invoices = invoices;
    }

    public Map<String, Object> of(Application application) {
        String creditCode = application.creditCode();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("applications", applications.ofUnit(creditCode, application.applicationNo()).stream()
                .map(earlier -> row("applicationNo", earlier.applicationNo(), "submittedOn", earlier.submittedAt().format(DAY),
                        "status", earlier.status().label(),
                        "amount", earlier.awardAmount() == null ? "—" : Money.yuan(earlier.awardAmount())))
                .toList());
        account.put("declaredAwards", declaredAwards.of(creditCode).stream()
                .map(award -> row("level", award.level().label(), "year", award.year() == null ? "" : award.year().toString(),
                        "documentNo", award.documentNo() == null ? "" : award.documentNo(), "amount", Money.yuan(award.amount()),
                        "effect", cap.usesCap(award.level()) ? "占用本项目额度并扣减认证费" : "扣减可计入认证费",
                        "declaredIn", award.applicationNo().equals(application.applicationNo()) ? "本次申请"
                                : "申请 " + award.applicationNo()))
                .toList());
        account.put("ledger", ledger.of(creditCode).stream()
                .map(entry -> row("applicationNo", entry.applicationNo(),
                        "kind", entry.kind() == Ledger.Kind.PAYMENT ? "拨付" : "追回", "amount", Money.yuan(entry.amount()),
                        "on", entry.bookedAt().format(DAY)))
                .toList());
        account.put("invoices", invoices.holdings(creditCode).stream()
                .map(holding -> row("invoiceNo", holding.invoiceNo(), "amount", Money.yuan(holding.amount()),
                        "applicationNo", holding.applicationNo().equals(application.applicationNo()) ? "本次申请"
                                : "申请 " + holding.applicationNo(),
                        "state", holding.state() == InvoiceRegister.ClaimState.CONSUMED ? "已用于拨付" : "申请中",
                        "standing", standing(holding)))
                .toList());
        return account;
    }

    private static String standing(InvoiceRegister.Holding holding) {
        return switch (holding.standing()) {
            case HELD -> "归属本单位";
            case DISPUTED -> "存在争议：单位 " + holding.otherUnit() + " 也申报了该发票，核定归属前两家均不计入";
            case OTHER_UNITS -> "已归属单位 " + holding.otherUnit() + "，本单位不计入";
        };
    }

    private static Map<String, String> row(String... keyValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put(keyValues[i], keyValues[i + 1]);
        }
        return row;
    }
}
