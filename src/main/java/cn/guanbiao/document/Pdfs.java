package cn.guanbiao.document;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The HTTP answers of the document endpoints: a PDF under its Chinese file name, or one sentence why not. */
final class Pdfs {

    private Pdfs() {
    }

    static ResponseEntity<byte[]> response(byte[] pdf, String fileName, boolean personal) {
        ContentDisposition disposition = (personal ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(personal ? CacheControl.noStore() : CacheControl.noCache())
                .body(pdf);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String sentence) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, sentence);
        problem.setTitle(status == HttpStatus.SERVICE_UNAVAILABLE ? "文书暂时无法生成" : "无法出具该文书");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
