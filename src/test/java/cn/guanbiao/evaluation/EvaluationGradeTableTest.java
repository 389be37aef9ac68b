package cn.guanbiao.evaluation;

import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** processes/evaluation-grade.dmn: the grade of a performance evaluation from its score. */
@AwardSpringTest
class EvaluationGradeTableTest {

    @Autowired DecisionService decisionService;

    @ParameterizedTest
    @CsvSource({"100, 优秀", "90, 优秀", "89, 良好", "75, 良好", "74, 合格", "60, 合格", "59, 不合格", "0, 不合格"})
    void gradeComesFromTheDecisionTable(int score, String grade) {
        String result = decisionService.evaluateDecisionTableByKey("evaluation-grade", Variables.putValue("score", score))
                .getSingleResult().getSingleEntry();

        assertThat(result).isEqualTo(grade);
    }
}
