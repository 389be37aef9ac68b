package cn.guanbiao.application;

import java.util.List;
import java.util.stream.Collectors;

/** An application that cannot be accepted as sent; carries every error found, not just the first. */
public class InvalidApplicationException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidApplicationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidApplicationException(String field, String message) {
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
