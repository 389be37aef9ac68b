package cn.guanbiao.application;

import cn.guanbiao.application.ApplicationForm.Fee;
import cn.guanbiao.application.ApplicationForm.PriorAward;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ApplicationFormReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The example of DOMAIN §5 with its gaps filled; its credit code happens to be valid. */
    private static final String VALID_APPLICATION = """
            {"callId": "CALL-2026-01", "orgName": "重庆某某科技有限公司", "creditCode": "91500112MA5UXXXX29",
             "applicantType": "ENTERPRISE", "districtCode": "500112", "standard": "GB/T 29490-2023",
             "certificateNo": "165IP260123R0M", "certificateIssuedOn": "2026-03-01",
             "certificateExpiresOn": "2029-02-28", "certificationBody": "中知（北京）认证有限公司",
             "auditStage": "INITIAL", "honours": ["MUNICIPAL_ADVANTAGE"],
             "certificationFees": [{"invoiceNo": "26502000000012345678", "amount": 25000.00, "cycle": 1,
                                    "stage": "INITIAL", "kind": "CERTIFICATION"}],
             "priorAwards": [{"level": "DISTRICT", "amount": 10000.00}],
             "contactName": "张三", "contactEmail": "zhangsan@example.com", "contactPhone": "13800000000"}
            """;

    private final ApplicationFormReader reader = new ApplicationFormReader();

    @Test
    void readsAValidApplication() {
        // given
        ObjectNode application = validApplication();

        // when
        ApplicationForm form = reader.read(application);

        // then
        assertThat(form).isEqualTo(new ApplicationForm(
                "CALL-2026-01", "重庆某某科技有限公司", "91500112MA5UXXXX29", ApplicantType.ENTERPRISE, "500112",
                "GB/T 29490-2023", "165IP260123R0M", LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28),
                "中知（北京）认证有限公司", AuditStage.INITIAL, List.of(Honour.MUNICIPAL_ADVANTAGE),
                List.of(new Fee("26502000000012345678", new BigDecimal("25000.00"), 1, AuditStage.INITIAL,
                        FeeKind.CERTIFICATION)),
                List.of(new PriorAward(AwardLevel.DISTRICT, new BigDecimal("10000.00"))),
                "张三", "zhangsan@example.com", "13800000000", null));
    }

    @Test
    void readsMissingOptionalPartsAsEmpty() {
        // given
        ObjectNode application = validApplication();
        application.remove(List.of("honours", "priorAwards", "contactPhone"));

        // when
        ApplicationForm form = reader.read(application);

        // then
        assertThat(form.honours()).isEmpty();
        assertThat(form.priorAwards()).isEmpty();
        assertThat(form.contactPhone()).isNull();
    }

    @Test
    void readsNullOrBlankOptionalPartsAsEmpty() {
        // given
        ObjectNode application = validApplication();
        application.putNull("honours");
        application.putNull("priorAwards");
        application.put("contactPhone", "  ");

        // when
        ApplicationForm form = reader.read(application);

        // then
        assertThat(form.honours()).isEmpty();
        assertThat(form.priorAwards()).isEmpty();
        assertThat(form.contactPhone()).isNull();
    }

    @Test
    void ignoresUnknownProperties() {
        // given
        ObjectNode application = validApplication();
        application.put("attachmentIds", "whatever");
        fee(application, 0).put("note", 42);

        // when
        ApplicationForm form = reader.read(application);

        // then
        assertThat(form.orgName()).isEqualTo("重庆某某科技有限公司");
    }

    @Test
    void reportsEveryErrorAtOnce() {
        // given
        ObjectNode application = validApplication();
        application.remove("callId");
        application.put("creditCode", "91500112MA5UXXXX28");
        application.put("districtCode", "5001");
        application.put("certificateExpiresOn", "2026-02-01");
        application.withArray("honours").add("NOBEL_PRIZE");
        fee(application, 0).put("amount", "25000");
        fee(application, 0).put("cycle", 0);
        application.withArray("priorAwards").add(award("COUNTY", "1"));
        application.put("contactEmail", "zhangsan");

        // when
        List<FieldError> errors = errorsOf(application);

        // then
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "callId", "creditCode", "districtCode", "certificateExpiresOn", "honours[1]",
                "certificationFees[0].amount", "certificationFees[0].cycle", "priorAwards[1].level",
                "contactEmail");
        assertThat(errors).allSatisfy(error -> assertThat(error.message()).containsPattern("\\p{IsHan}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"an application\"", "42", "null"})
    void rejectsABodyThatIsNotAnObject(String body) {
        // given
        JsonNode notAnObject = json(body);

        // when
        List<FieldError> errors = errorsOf(notAnObject);

        // then
        assertOnlyErrorOn(errors, "body");
    }

    @Test
    void rejectsNoBodyAtAll() {
        // when
        List<FieldError> errors = errorsOf(null);

        // then
        assertOnlyErrorOn(errors, "body");
    }

    @Nested
    class RequiredFields {

        @ParameterizedTest
        @ValueSource(strings = {"callId", "orgName", "creditCode", "applicantType", "districtCode", "standard",
                "certificateNo", "certificateIssuedOn", "certificateExpiresOn", "certificationBody", "auditStage",
                "certificationFees", "contactName", "contactEmail"})
        void rejectsMissingRequiredField(String field) {
            // given
            ObjectNode application = validApplication();
            application.remove(field);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, field);
        }

        @ParameterizedTest
        @ValueSource(strings = {"callId", "orgName", "creditCode", "applicantType", "standard", "certificateIssuedOn",
                "certificationFees", "contactEmail"})
        void rejectsNullRequiredField(String field) {
            // given
            ObjectNode application = validApplication();
            application.putNull(field);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, field);
        }

        @ParameterizedTest
        @ValueSource(strings = {"callId", "orgName", "creditCode", "districtCode", "standard", "certificateNo",
                "certificationBody", "contactName", "contactEmail"})
        void rejectsBlankRequiredText(String field) {
            // given
            ObjectNode application = validApplication();
            application.put(field, " \t\u3000 ");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, field);
        }
    }

    @Nested
    class Texts {

        @Test
        void stripsSurroundingWhitespaceIncludingIdeographicSpace() {
            // given
            ObjectNode application = validApplication();
            application.put("orgName", "\u3000 重庆某某科技有限公司 \n");
            application.put("creditCode", " 91500112MA5UXXXX29 ");

            // when
            ApplicationForm form = reader.read(application);

            // then
            assertThat(form.orgName()).isEqualTo("重庆某某科技有限公司");
            assertThat(form.creditCode()).isEqualTo("91500112MA5UXXXX29");
        }

        @ParameterizedTest
        @ValueSource(strings = {"orgName", "certificateNo", "certificationBody", "contactName", "callId"})
        void rejectsTextThatIsNotAJsonString(String field) {
            // given
            ObjectNode application = validApplication();
            application.put(field, 12345);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, field);
        }

        @ParameterizedTest
        @CsvSource({"orgName, 重, 201", "certificateNo, A, 101", "certificationBody, 认, 201",
                "contactName, 张, 101", "callId, C, 31", "contactPhone, 1, 31", "standard, G, 31"})
        void rejectsOversizedText(String field, String character, int length) {
            // given
            ObjectNode application = validApplication();
            application.put(field, character.repeat(length));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, field);
        }

        @Test
        void rejectsOversizedEmailAddress() {
            // given: 255 characters, otherwise well formed
            ObjectNode application = validApplication();
            application.put("contactEmail", "a".repeat(243) + "@example.com");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "contactEmail");
        }

        @Test
        void acceptsTextAtItsLimit() {
            // given: 200 Chinese characters
            ObjectNode application = validApplication();
            application.put("orgName", "重".repeat(200));

            // when
            ApplicationForm form = reader.read(application);

            // then
            assertThat(form.orgName()).hasSize(200);
        }

        @ParameterizedTest
        @CsvSource({"orgName, 0", "certificateNo, 9", "contactName, 10", "certificationBody, 127",
                "contactPhone, 133", "callId, 27"})
        void rejectsControlCharacters(String field, int controlCharacter) {
            // given: NUL, TAB, LF, DEL, NEL, ESC inside the text
            ObjectNode application = validApplication();
            application.put(field, "13800" + (char) controlCharacter + "000000");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, field);
        }

        @ParameterizedTest
        @CsvSource({"orgName, D800", "certificateNo, DBFF", "contactName, DC00", "certificationBody, DFFF"})
        void rejectsHalfOfASurrogatePair(String field, String surrogate) {
            // given: text that is not Unicode text (found by HostileApplicationsTest; PostgreSQL stored a '?')
            ObjectNode application = validApplication();
            application.put(field, "重庆" + (char) Integer.parseInt(surrogate, 16) + "科技");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, field);
        }

        @Test
        void acceptsCharactersBeyondTheBasicPlane() {
            // given: emoji and rare CJK characters are surrogate pairs in Java
            ObjectNode application = validApplication();
            application.put("orgName", "重庆😀𠀀科技有限公司");

            // when
            ApplicationForm form = reader.read(application);

            // then
            assertThat(form.orgName()).isEqualTo("重庆😀𠀀科技有限公司");
        }

        @ParameterizedTest
        @ValueSource(strings = {"zhangsan", "zhangsan@", "@example.com", "zhang san@example.com", "zhangsan@example",
                "zhangsan@@example.com", "zhangsan@-example.com", "张三@example.com"})
        void rejectsImplausibleEmailAddress(String email) {
            // given
            ObjectNode application = validApplication();
            application.put("contactEmail", email);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "contactEmail");
        }

        @ParameterizedTest
        @ValueSource(strings = {"023-67890000", "+86 138 0000 0000", "13800000000"})
        void acceptsPhoneWithDigitsSpacesPlusAndDashes(String phone) {
            // given
            ObjectNode application = validApplication();
            application.put("contactPhone", phone);

            // when
            ApplicationForm form = reader.read(application);

            // then
            assertThat(form.contactPhone()).isEqualTo(phone);
        }

        @ParameterizedTest
        @ValueSource(strings = {"138-0000-000O", "(023) 67890000", "ext. 12", "+ -"})
        void rejectsPhoneWithOtherCharacters(String phone) {
            // given
            ObjectNode application = validApplication();
            application.put("contactPhone", phone);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "contactPhone");
        }
    }

    @Nested
    class CreditCodes {

        @Test
        void rejectsCreditCodeWithWrongCheckCharacter() {
            // given
            ObjectNode application = validApplication();
            application.put("creditCode", "91500112MA5UXXXX28");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "creditCode");
            assertThat(errors.get(0).message()).contains("校验码");
        }

        @Test
        void rejectsLowerCaseCreditCode() {
            // given
            ObjectNode application = validApplication();
            application.put("creditCode", "91500112ma5uxxxx29");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "creditCode");
            assertThat(errors.get(0).message()).contains("大写");
        }

        @ParameterizedTest
        @ValueSource(strings = {"91500112MA5UXXXX2", "91500112MA5UXXXX290", "9150"})
        void rejectsCreditCodeOfWrongLength(String code) {
            // given
            ObjectNode application = validApplication();
            application.put("creditCode", code);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "creditCode");
            assertThat(errors.get(0).message()).contains("18");
        }

        @ParameterizedTest
        @ValueSource(strings = {"I", "O", "S", "V", "Z", "-"})
        void rejectsCreditCodeWithForbiddenCharacter(String character) {
            // given
            ObjectNode application = validApplication();
            application.put("creditCode", "91500112MA5UXXXX29".replace("U", character));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "creditCode");
        }
    }

    @Nested
    class CodesAndChoices {

        @ParameterizedTest
        @ValueSource(strings = {"50011", "5001120", "50011X", "５００１１２", "500 112"})
        void rejectsDistrictCodeThatIsNotSixDigits(String code) {
            // given
            ObjectNode application = validApplication();
            application.put("districtCode", code);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "districtCode");
        }

        @ParameterizedTest
        @CsvSource({"districtCode, 5001", "districtCode, ''", "certificateNo, ''", "auditStage, ''"})
        void namesTheFieldAsTheFormLabelsIt(String field, String value) {
            // given
            java.util.Map<String, String> formLabels = java.util.Map.of("districtCode", "所在区县",
                    "certificateNo", "认证证书编号", "auditStage", "本次申报对应的审核阶段");
            ObjectNode application = validApplication();
            application.put(field, value);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, field);
            assertThat(errors.get(0).message()).startsWith(formLabels.get(field)).doesNotContain("行政区划代码必须");
        }

        @Test
        void rejectsDistrictCodeGivenAsANumber() {
            // given
            ObjectNode application = validApplication();
            application.put("districtCode", 500112);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "districtCode");
        }

        @ParameterizedTest
        @ValueSource(strings = {"COMPANY", "enterprise", ""})
        void rejectsUnknownApplicantTypeListingTheAllowedOnes(String type) {
            // given
            ObjectNode application = validApplication();
            application.put("applicantType", type);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "applicantType");
            assertThat(errors.get(0).message()).contains("ENTERPRISE", "UNIVERSITY", "RESEARCH_ORG", "PATENT_AGENCY");
        }

        @Test
        void rejectsUnknownAuditStageListingTheAllowedOnes() {
            // given
            ObjectNode application = validApplication();
            application.put("auditStage", "SURVEILLANCE_3");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "auditStage");
            assertThat(errors.get(0).message()).contains("INITIAL", "SURVEILLANCE_1", "SURVEILLANCE_2", "RECERTIFICATION");
        }

        @Test
        void rejectsStandardThatDoesNotFitTheApplicantType() {
            // given: a university certified against the enterprise standard
            ObjectNode application = validApplication();
            application.put("applicantType", "UNIVERSITY");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "standard");
            assertThat(errors.get(0).message()).contains("GB/T 33251-2016");
        }

        @ParameterizedTest
        @CsvSource({"ENTERPRISE, GB/T 29490-2013", "UNIVERSITY, GB/T 33251-2016", "RESEARCH_ORG, GB/T 33250-2016",
                "PATENT_AGENCY, GB/T 34833-2017"})
        void acceptsTheStandardOfEachApplicantType(String type, String standard) {
            // given
            ObjectNode application = validApplication();
            application.put("applicantType", type);
            application.put("standard", standard);

            // when
            ApplicationForm form = reader.read(application);

            // then
            assertThat(form.applicantType()).isEqualTo(ApplicantType.valueOf(type));
            assertThat(form.standard()).isEqualTo(standard);
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest
        @ValueSource(strings = {"2026/03/01", "01.03.2026", "2026-3-1", "2026-02-30", "2026-03-01T00:00:00",
                "+2026-03-01", "next week"})
        void rejectsDateThatIsNotAnIsoDate(String date) {
            // given
            ObjectNode application = validApplication();
            application.put("certificateIssuedOn", date);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificateIssuedOn");
        }

        @Test
        void rejectsDateGivenAsANumber() {
            // given
            ObjectNode application = validApplication();
            application.put("certificateExpiresOn", 20290228);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificateExpiresOn");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-01", "2026-02-28"})
        void rejectsExpiryThatIsNotAfterIssue(String expiresOn) {
            // given: issued on 2026-03-01
            ObjectNode application = validApplication();
            application.put("certificateExpiresOn", expiresOn);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificateExpiresOn");
        }
    }

    @Nested
    class Honours {

        @Test
        void rejectsUnknownHonour() {
            // given
            ObjectNode application = validApplication();
            application.withArray("honours").add("BEST_EMPLOYER");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "honours[1]");
        }

        @Test
        void rejectsDuplicateHonour() {
            // given
            ObjectNode application = validApplication();
            application.withArray("honours").add("NATIONAL_ADVANTAGE").add("MUNICIPAL_ADVANTAGE");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "honours[2]");
        }

        @Test
        void rejectsHonoursThatAreNotAnArray() {
            // given
            ObjectNode application = validApplication();
            application.put("honours", "MUNICIPAL_ADVANTAGE");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "honours");
        }

        @Test
        void acceptsEveryHonourOnce() {
            // given
            ObjectNode application = validApplication();
            ArrayNode honours = application.putArray("honours");
            for (Honour honour : Honour.values()) {
                honours.add(honour.name());
            }

            // when
            ApplicationForm form = reader.read(application);

            // then
            assertThat(form.honours()).containsExactly(Honour.values());
        }
    }

    @Nested
    class CertificationFees {

        @Test
        void rejectsEmptyFeeList() {
            // given
            ObjectNode application = validApplication();
            application.putArray("certificationFees");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees");
        }

        @Test
        void rejectsFeesThatAreNotAnArray() {
            // given
            ObjectNode application = validApplication();
            application.set("certificationFees", fee(application, 0));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees");
        }

        @Test
        void rejectsMoreThanFiftyFees() {
            // given
            ObjectNode application = validApplication();
            for (int i = 1; i <= 50; i++) {
                addFee(application, "INV-" + i);
            }

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees");
        }

        @Test
        void acceptsFiftyFees() {
            // given
            ObjectNode application = validApplication();
            for (int i = 1; i < 50; i++) {
                addFee(application, "INV-" + i);
            }

            // when
            ApplicationForm form = reader.read(application);

            // then
            assertThat(form.certificationFees()).hasSize(50);
        }

        @Test
        void rejectsFeeThatIsNotAnObject() {
            // given
            ObjectNode application = validApplication();
            application.withArray("certificationFees").add("25000");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[1]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"invoiceNo", "amount", "cycle", "stage", "kind"})
        void rejectsFeeWithoutARequiredField(String field) {
            // given
            ObjectNode application = validApplication();
            addFee(application, "INV-2").remove(field);

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[1]." + field);
        }

        @Test
        void rejectsOversizedInvoiceNo() {
            // given
            ObjectNode application = validApplication();
            fee(application, 0).put("invoiceNo", "1".repeat(51));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[0].invoiceNo");
        }

        @Test
        void rejectsDuplicateInvoiceNoOnTheLaterFee() {
            // given
            ObjectNode application = validApplication();
            addFee(application, "INV-2");
            addFee(application, " 26502000000012345678 ");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[2].invoiceNo");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "1.5", "1.0", "\"1\"", "true", "3000000000"})
        void rejectsCycleThatIsNotAPositiveInteger(String cycle) {
            // given
            ObjectNode application = validApplication();
            fee(application, 0).set("cycle", json(cycle));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[0].cycle");
        }

        @Test
        void rejectsUnknownFeeStage() {
            // given
            ObjectNode application = validApplication();
            fee(application, 0).put("stage", "FINAL");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[0].stage");
        }

        @Test
        void rejectsUnknownFeeKind() {
            // given
            ObjectNode application = validApplication();
            fee(application, 0).put("kind", "TRAINING");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[0].kind");
            assertThat(errors.get(0).message()).contains("CERTIFICATION", "CONSULTING");
        }

        @Test
        void readsConsultingFeesToo() {
            // given
            ObjectNode application = validApplication();
            addFee(application, "INV-2").put("kind", "CONSULTING").put("cycle", 2).put("stage", "SURVEILLANCE_1");

            // when
            ApplicationForm form = reader.read(application);

            // then
            assertThat(form.certificationFees().get(1))
                    .isEqualTo(new Fee("INV-2", new BigDecimal("25000.00"), 2, AuditStage.SURVEILLANCE_1, FeeKind.CONSULTING));
        }
    }

    @Nested
    class Amounts {

        @Test
        void rejectsAmountWithThreeDecimals() {
            // given
            ObjectNode application = validApplication();
            fee(application, 0).set("amount", json("1.005"));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[0].amount");
        }

        @Test
        void rejectsNegativeAmount() {
            // given
            ObjectNode application = validApplication();
            fee(application, 0).set("amount", json("-1"));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[0].amount");
        }

        @Test
        void rejectsAmountGivenAsAString() {
            // given
            ObjectNode application = validApplication();
            fee(application, 0).put("amount", "100");

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[0].amount");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1e20", "10000000000", "10000000000.00", "9999999999.991", "1e400",
                "123456789012345678901234567890"})
        void rejectsAmountAboveTheMaximum(String amount) {
            // given
            ObjectNode application = validApplication();
            fee(application, 0).set("amount", json(amount));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[0].amount");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.005", "-1", "\"100\"", "1e20", "1e400", "0.001", "true", "{}"})
        void rejectsTheSameAmountsInPriorAwards(String amount) {
            // given
            ObjectNode application = validApplication();
            ((ObjectNode) application.get("priorAwards").get(0)).set("amount", json(amount));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "priorAwards[0].amount");
        }

        @ParameterizedTest
        @CsvSource({"25000, 25000.00", "25000.5, 25000.50", "25000.0, 25000.00", "25000.00, 25000.00",
                "0, 0.00", "0.01, 0.01", "9999999999.99, 9999999999.99", "2.5E4, 25000.00", "1.50000, 1.50"})
        void acceptsAmountsWithAtMostTwoDecimalsAsScaleTwo(String amount, String expected) {
            // given
            ObjectNode application = validApplication();
            fee(application, 0).set("amount", json(amount));

            // when
            ApplicationForm form = reader.read(application);

            // then
            BigDecimal read = form.certificationFees().get(0).amount();
            assertThat(read).isEqualTo(new BigDecimal(expected));
            assertThat(read.scale()).isEqualTo(2);
        }

        @ParameterizedTest
        @CsvSource({"25000, 25000.00", "25000.5, 25000.50", "9999999999.99, 9999999999.99"})
        void readsAmountsAlikeWhenJacksonParsesFloatsAsBigDecimal(String amount, String expected) {
            // given
            ObjectMapper bigDecimalMapper = JsonMapper.builder()
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
            ObjectNode application = validApplication();
            fee(application, 0).set("amount", readTree(bigDecimalMapper, amount));

            // when
            ApplicationForm form = reader.read(application);

            // then
            assertThat(form.certificationFees().get(0).amount()).isEqualTo(new BigDecimal(expected));
        }

        @Test
        void rejectsThreeDecimalsWhenJacksonParsesFloatsAsBigDecimal() {
            // given
            ObjectMapper bigDecimalMapper = JsonMapper.builder()
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
            ObjectNode application = validApplication();
            fee(application, 0).set("amount", readTree(bigDecimalMapper, "1.005"));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "certificationFees[0].amount");
        }
    }

    @Nested
    class IpIndicatorsWhenApplying {

        @Test
        void readsTheOptionalBaseline() {
            // given
            ObjectNode application = validApplication();
            application.set("ipIndicators", json("{\"patentsFiled\": 12, \"patentsGranted\": 5, \"ipStaff\": 2, "
                    + "\"trainingHours\": 16, \"riskWarnings\": 0}"));

            // when
            ApplicationForm form = reader.read(application);

            // then
            assertThat(form.ipIndicators()).isEqualTo(new IpIndicators(12, 5, 2, 16, 0));
        }

        @Test
        void readsAMissingBaselineAsNone() {
            assertThat(reader.read(validApplication()).ipIndicators()).isNull();
        }

        @Test
        void namesEachIndicatorThatIsNotACount() {
            // given
            ObjectNode application = validApplication();
            application.set("ipIndicators", json("{\"patentsFiled\": -1, \"patentsGranted\": 1.5, \"ipStaff\": \"2\", "
                    + "\"trainingHours\": 16}"));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertThat(errors).extracting(FieldError::field).containsExactly("ipIndicators.patentsFiled",
                    "ipIndicators.patentsGranted", "ipIndicators.ipStaff", "ipIndicators.riskWarnings");
        }

        @Test
        void rejectsABaselineThatIsNotAnObject() {
            // given
            ObjectNode application = validApplication();
            application.set("ipIndicators", json("[12, 5]"));

            // when / then
            assertOnlyErrorOn(errorsOf(application), "ipIndicators");
        }
    }

    @Nested
    class PriorAwards {

        @Test
        void rejectsUnknownAwardLevel() {
            // given
            ObjectNode application = validApplication();
            application.withArray("priorAwards").add(award("COUNTY", "5000"));

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "priorAwards[1].level");
            assertThat(errors.get(0).message()).contains("NATIONAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT");
        }

        @Test
        void rejectsPriorAwardThatIsNotAnObject() {
            // given
            ObjectNode application = validApplication();
            application.withArray("priorAwards").add(NullNode.getInstance());

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "priorAwards[1]");
        }

        @Test
        void rejectsMoreThanTwentyPriorAwards() {
            // given
            ObjectNode application = validApplication();
            for (int i = 0; i < 20; i++) {
                application.withArray("priorAwards").add(award("MUNICIPAL", "1000"));
            }

            // when
            List<FieldError> errors = errorsOf(application);

            // then
            assertOnlyErrorOn(errors, "priorAwards");
        }

        @Test
        void readsAwardsFromEveryLevel() {
            // given
            ObjectNode application = validApplication();
            ArrayNode awards = application.putArray("priorAwards");
            awards.add(award("NATIONAL", "1")).add(award("PROVINCIAL", "2.5")).add(award("MUNICIPAL", "0"));

            // when
            ApplicationForm form = reader.read(application);

            // then
            assertThat(form.priorAwards()).containsExactly(
                    new PriorAward(AwardLevel.NATIONAL, new BigDecimal("1.00")),
                    new PriorAward(AwardLevel.PROVINCIAL, new BigDecimal("2.50")),
                    new PriorAward(AwardLevel.MUNICIPAL, new BigDecimal("0.00")));
        }
    }

    private List<FieldError> errorsOf(JsonNode application) {
        Throwable thrown = catchThrowable(() -> reader.read(application));
        assertThat(thrown).as("the application should be refused").isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) thrown).errors();
    }

    private static void assertOnlyErrorOn(List<FieldError> errors, String field) {
        assertThat(errors).extracting(FieldError::field).containsExactly(field);
        assertThat(errors.get(0).message()).as("a message in Chinese").containsPattern("\\p{IsHan}");
    }

    private static ObjectNode validApplication() {
        return (ObjectNode) json(VALID_APPLICATION);
    }

    private static ObjectNode fee(ObjectNode application, int index) {
        return (ObjectNode) application.get("certificationFees").get(index);
    }

    private static ObjectNode addFee(ObjectNode application, String invoiceNo) {
        ObjectNode fee = fee(application, 0).deepCopy().put("invoiceNo", invoiceNo);
        application.withArray("certificationFees").add(fee);
        return fee;
    }

    private static ObjectNode award(String level, String amount) {
        ObjectNode award = MAPPER.createObjectNode().put("level", level);
        award.set("amount", json(amount));
        return award;
    }

    private static JsonNode json(String text) {
        return readTree(MAPPER, text);
    }

    private static JsonNode readTree(ObjectMapper mapper, String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
