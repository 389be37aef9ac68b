package cn.guanbiao.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** No login: the public notice of one call and day as a PDF document, linked from the archive on {@code /public/notices}. */
@RestController
class PublicNoticeDocumentController {

    private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9-]{1,30}");

    private final PublicNoticeDocuments documents;

    PublicNoticeDocumentController(PublicNoticeDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/public/notices/documents/{callId}/{startsOn}")
    ResponseEntity<?> download(@PathVariable String callId, @PathVariable String startsOn) {
        if (!CALL_ID.matcher(callId).matches()) {
            return notFound();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(startsOn);
        } catch (DateTimeParseException e) {
            return notFound();
        }
        return documents.pdf(callId, day)
                .<ResponseEntity<?>>map(pdf -> Pdfs.response(pdf.content(), pdf.fileName(), false))
                .orElseGet(PublicNoticeDocumentController::notFound);
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        return Pdfs.problem(HttpStatus.NOT_FOUND, "没有这份公示文件。");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(DocumentUnavailableException e) {
        return Pdfs.problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }
}
