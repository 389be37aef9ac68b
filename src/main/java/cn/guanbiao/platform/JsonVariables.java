package cn.guanbiao.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/** Process variables that Camunda Forms read as JSON (tables, lists): written with the app's Jackson mapper. */
@Component
public class JsonVariables {

    private final ObjectMapper json;

    public JsonVariables(ObjectMapper json) {
        this.json = json;
    }

    public JsonValue of(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
