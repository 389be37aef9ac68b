package cn.guanbiao.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

class TypedVariablesTest {

    /** An accessor as each process writes one. */
    static final class Sample extends TypedVariables {

        Sample(VariableScope scope) {
            super(scope);
        }

        Sample(Map<String, ?> variables) {
            super(variables);
        }

        BigDecimal paid() {
            return amount("paid");
        }

        boolean serious() {
            return isTrue("serious");
        }

        void setPaid(BigDecimal paid) {
            setAmount("paid", paid);
        }
    }

    @Test
    void amountsAreStoredAsPlainStringsAndReadBackAsBigDecimal() {
        VariableScope scope = mock(VariableScope.class);
        new Sample(scope).setPaid(new BigDecimal("1E+5"));
        verify(scope).setVariable("paid", "100000");

        when(scope.getVariable("paid")).thenReturn("12345.60");
        assertThat(new Sample(scope).paid()).isEqualTo(new BigDecimal("12345.60"));
    }

    @Test
    void absentValuesReadAsNullOrFalse() {
        Sample sample = new Sample(new HashMap<String, Object>());
        assertThat(sample.paid()).isNull();
        assertThat(sample.serious()).isFalse();
    }

    @Test
    void variablesReadThroughTheServicesCannotBeWritten() {
        Sample sample = new Sample(Map.of("paid", "1.00", "serious", true));
        assertThat(sample.serious()).isTrue();
        assertThatThrownBy(() -> sample.setPaid(BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
    }
}
