package cn.guanbiao.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import cn.guanbiao.application.CreditCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid applications of new units (fresh credit codes and invoice numbers), to change one field at a time. */
public final class Applicants {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final AtomicLong INVOICES = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String APPROVED_BODY = "中知（北京）认证有限公司";
    public static final String BODY_NOT_ON_FILING_LIST = "华智众创（北京）认证有限公司";
    public static final String UNAPPROVED_BODY = "重庆某某管理咨询有限公司";

    private Applicants() {
    }

    public static String newCreditCode() {
        StringBuilder code = new StringBuilder("91500112");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return CreditCode.withCheckCharacter(code.toString());
    }

    public static String newInvoiceNo() {
        return "INV" + INVOICES.incrementAndGet();
    }

    /** An enterprise of 渝北区 with a municipal honour and one first-cycle certification fee of 25,000 yuan. */
    public static ObjectNode enterprise(String callId) {
        ObjectNode json = JSON.createObjectNode();
        json.put("callId", callId);
        json.put("orgName", "重庆测试科技有限公司");
        json.put("creditCode", newCreditCode());
        json.put("applicantType", "ENTERPRISE");
        json.put("districtCode", "500112");
        json.put("standard", "GB/T 29490-2023");
        json.put("certificateNo", "165IP" + newInvoiceNo());
        json.put("certificateIssuedOn", LocalDate.now().minusMonths(2).toString());
        json.put("certificateExpiresOn", LocalDate.now().plusYears(3).toString());
        json.put("certificationBody", APPROVED_BODY);
        json.put("auditStage", "INITIAL");
        json.putArray("honours").add("MUNICIPAL_ADVANTAGE");
        ArrayNode fees = json.putArray("certificationFees");
        fees.add(fee(newInvoiceNo(), "25000.00", 1, "INITIAL", "CERTIFICATION"));
        json.putArray("priorAwards");
        json.put("contactName", "张三");
        json.put("contactEmail", "zhangsan@example.com");
        json.put("contactPhone", "13800000000");
        return json;
    }

    public static ObjectNode fee(String invoiceNo, String amount, int cycle, String stage, String kind) {
        ObjectNode fee = JSON.createObjectNode();
        fee.put("invoiceNo", invoiceNo);
        fee.put("amount", new java.math.BigDecimal(amount));
        fee.put("cycle", cycle);
        fee.put("stage", stage);
        fee.put("kind", kind);
        return fee;
    }
}
