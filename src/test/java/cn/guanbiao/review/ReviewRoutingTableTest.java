package cn.guanbiao.review;

import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** processes/review-routing.dmn: the candidate group of the department review, for every applicant type. */
@AwardSpringTest
class ReviewRoutingTableTest {

    @Autowired DecisionService decisionService;

    @ParameterizedTest
    @CsvSource({
            "ENTERPRISE, dept-economy",
            "UNIVERSITY, dept-education",
            "RESEARCH_ORG, dept-science",
            "PATENT_AGENCY, municipal-ip-office",
            // a type added to the application form before a rule for it: the municipal office takes it
            "SOCIAL_ORGANISATION, municipal-ip-office"})
    void everyApplicantTypeIsRoutedToAGroup(String applicantType, String group) {
        String result = decisionService.evaluateDecisionTableByKey("review-routing",
                        Variables.putValue("applicantType", applicantType))
                .getSingleResult().getSingleEntry();

        assertThat(result).isEqualTo(group);
    }
}
