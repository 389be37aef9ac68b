package cn.guanbiao.applicant;

import cn.guanbiao.application.AttachmentKind;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.Attachments;
import cn.guanbiao.application.Applications;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

import cn.guanbiao.application.Attachments.Attachment;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's files, with the tracking token like the rest of the applicant's API: upload (multipart
 * {@code file} and {@code kind}) and download. A wrong token looks exactly like an unknown application.
 */
@RestController
@RequestMapping("/api/applications/{applicationNo}/attachments")
class AttachmentController {

    /** The answer to an upload; also one item of {@code attachments} in the status answer. */
    record AttachmentView(String attachmentId, String fileName, String contentType, long size, AttachmentKind kind,
            String kindLabel, String sha256, java.time.LocalDateTime uploadedAt, String link) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.size(), a.kind(), a.kind().label(),
                    a.sha256(), a.uploadedAt(),
                    "/api/applications/" + a.applicationNo() + "/attachments/" + a.id());
        }
    }

    private final Applications applications;
    private final Attachments attachments;
    private final AttachmentUploads uploads;

    AttachmentController(Applications applications, Attachments attachments, AttachmentUploads uploads) {
        this.applications = applications;
        this.attachments = attachments;
        this.uploads = uploads;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> upload(@PathVariable String applicationNo,
            @RequestHeader(name = ApplicationController.TOKEN_HEADER, required = false) String token,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        if (withToken(applicationNo, token).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        boolean hasFile = file != null && file.getOriginalFilename() != null;
        AttachmentKind attachmentKind = uploads.checkKindAndSize(kind, hasFile, hasFile ? file.getSize() : 0);
        Attachment stored = uploads.upload(applicationNo, attachmentKind, file.getOriginalFilename(), bytes(file));
        uploads.refreshReviewSummary(applicationNo);
        AttachmentView view = AttachmentView.of(stored);
        return ResponseEntity.created(URI.create(view.link())).body(view);
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String applicationNo, @PathVariable String attachmentId,
            @RequestHeader(name = ApplicationController.TOKEN_HEADER, required = false) String token,
            HttpServletResponse response) {
        if (withToken(applicationNo, token).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return attachments.download(attachmentId)
                .filter(d -> d.attachment().applicationNo().equals(applicationNo))
                .map(d -> AttachmentDownloads.response(d, response))
                .orElse(ResponseEntity.notFound().build());
    }

    private Optional<Application> withToken(String applicationNo, String token) {
        return applications.findTracked(applicationNo, token);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
