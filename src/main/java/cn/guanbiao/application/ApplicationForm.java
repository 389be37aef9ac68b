package cn.guanbiao.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An application as the applicant submits it (DOMAIN §5), after {@link ApplicationFormReader} checked every field. */
public record ApplicationForm(
        String callId,
        String orgName,
        String creditCode,
        ApplicantType applicantType,
        String districtCode,
        String standard,
        String certificateNo,
        LocalDate certificateIssuedOn,
        LocalDate certificateExpiresOn,
        String certificationBody,
        AuditStage auditStage,
        List<Honour> honours,
        List<Fee> certificationFees,
        List<PriorAward> priorAwards,
        String contactName,
        String contactEmail,
        String contactPhone,
        /** The unit's IP indicators when applying, optional; compared in the performance evaluation (R9). */
        IpIndicators ipIndicators) {

    public record Fee(String invoiceNo, BigDecimal amount, int cycle, AuditStage stage, FeeKind kind) {
    }

    /**
     * An award the unit declares it received for this certification; {@code year} and {@code documentNo} (the
     * awarding document, 文号) are optional and identify an award declared in more than one application.
     */
    public record PriorAward(AwardLevel level, BigDecimal amount, Integer year, String documentNo) {

        public PriorAward(AwardLevel level, BigDecimal amount) {
            this(level, amount, null, null);
        }
    }

    /** This form with the items stored beside the application's row: fees, prior awards, baseline indicators. */
    public ApplicationForm withItems(List<Fee> fees, List<PriorAward> awards, IpIndicators baseline) {
        return new ApplicationForm(callId, orgName, creditCode, applicantType, districtCode, standard, certificateNo,
                certificateIssuedOn, certificateExpiresOn, certificationBody, auditStage, honours, fees, awards,
                contactName, contactEmail, contactPhone, baseline);
    }
}
