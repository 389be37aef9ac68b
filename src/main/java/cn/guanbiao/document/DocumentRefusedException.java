package cn.guanbiao.document;

import org.springframework.http.HttpStatus;

/** A document that cannot be issued, said in one Chinese sentence: 404 when there is none, 409 when a record is missing. */
class DocumentRefusedException extends RuntimeException {

    private final HttpStatus status;

    DocumentRefusedException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
