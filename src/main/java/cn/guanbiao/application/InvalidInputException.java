package cn.guanbiao.application;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be accepted as sent (an application, a correction, an admin request); carries every error found,
 * each naming its field.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; ", "申报材料有误: ", ""));
    }
}
