package cn.guanbiao.document;

import java.util.List;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.ApplicationDocument;
import cn.guanbiao.application.Applications;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's documents, with the tracking token like the rest of the applicant's API: the list
 * ({@code GET /api/applications/{no}/documents}) and each as PDF ({@code …/documents/receipt}). A wrong token, or a
 * number that is not the token's, looks exactly like an unknown application: 404.
 */
@RestController
@RequestMapping("/api/applications/{applicationNo}/documents")
class ApplicationDocumentController {

    /** The applicant's header, as {@code ApplicationController.TOKEN_HEADER}. */
    static final String TOKEN_HEADER = "X-Tracking-Token";

    private final Applications applications;
    private final ApplicationDocuments documents;

    ApplicationDocumentController(Applications applications, ApplicationDocuments documents) {
        this.applications = applications;
        this.documents = documents;
    }

    @GetMapping
    ResponseEntity<List<ApplicationDocuments.Issued>> list(@PathVariable String applicationNo,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        return applications.findTracked(applicationNo, token)
                .map(a -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(documents.issued(a)))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/{kind}")
    ResponseEntity<byte[]> download(@PathVariable String applicationNo, @PathVariable String kind,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        Application application = applications.findTracked(applicationNo, token).orElse(null);
        ApplicationDocument document = ApplicationDocument.ofSlug(kind).orElse(null);
        if (application == null || document == null) {
            return ResponseEntity.notFound().build();
        }
        ApplicationDocuments.Pdf pdf = documents.pdf(application, document);
        return Pdfs.response(pdf.content(), pdf.fileName(), true);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(DocumentRefusedException e) {
        return Pdfs.problem(e.status(), e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(DocumentUnavailableException e) {
        return Pdfs.problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }
}
