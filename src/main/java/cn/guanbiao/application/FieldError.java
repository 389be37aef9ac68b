package cn.guanbiao.application;

/**
 * One thing wrong with a submitted application: the JSON path of the field as the applicant sent it
 * ({@code creditCode}, {@code certificationFees[1].amount}; {@code body} for the body as a whole) and a
 * message in Chinese for the applicant.
 */
public record FieldError(String field, String message) {
}
