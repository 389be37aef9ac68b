package cn.guanbiao.applicant;

import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.application.FileType;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.AttachmentKind;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.Attachments;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.guanbiao.application.Attachments.Attachment;
import cn.guanbiao.platform.JsonVariables;
import cn.guanbiao.review.ReviewSummaries;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant adds a file to an application while it is being reviewed: only PDF, JPEG or PNG by content, at most
 * {@code app.attachments.max-bytes} each and {@value #MAX_PER_APPLICATION} per application, stored with its SHA-256.
 */
@Service
public class AttachmentUploads {

    public static final int MAX_PER_APPLICATION = 20;
    static final String FIELD = "file";

    private static final Logger log = LoggerFactory.getLogger(AttachmentUploads.class);
    private static final int MAX_NAME_CODE_POINTS = 120;
    /** Characters that mean something to HTML or to the review forms' templates; never needed in a file name. */
    private static final String NOT_IN_NAMES = "<>\"`";

    private final Applications applications;
    private final Attachments attachments;
    private final ReviewSummaries summaries;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final JsonVariables json;
    private final Clock clock;
    private final long maxBytes;

    public AttachmentUploads(Applications applications, Attachments attachments, ReviewSummaries summaries,
            RuntimeService runtimeService, TaskService taskService, JsonVariables json, Clock clock,
            @Value("${app.attachments.max-bytes:10485760}") long maxBytes) {
        this.applications = applications;
        this.attachments = attachments;
        this.summaries = summaries;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.json = json;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** "10 MB", as the applicant reads the limit. */
    public String maxSizeText() {
        return sizeText(maxBytes);
    }

    /** Whether an application in this status still takes files: only until the reviews are done. */
    public static boolean takesFiles(ApplicationStatus status) {
        return ApplicationStatus.UNDER_REVIEW.contains(status);
    }

    /**
     * Checks what can be checked without the application (kind, size), the size before the bytes are read.
     * Throws {@link InvalidInputException} naming {@code kind} or {@code file}.
     */
    public AttachmentKind checkKindAndSize(String kind, boolean hasFile, long size) {
        AttachmentKind attachmentKind = Arrays.stream(AttachmentKind.values())
                .filter(k -> k.name().equals(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElse(null);
        if (attachmentKind == null) {
            throw new InvalidInputException("kind", "附件类别必须是以下之一："
                    + Arrays.stream(AttachmentKind.values()).map(k -> k.name() + "（" + k.label() + "）")
                            .collect(Collectors.joining("、")));
        }
        if (!hasFile) {
            throw new InvalidInputException(FIELD, "请选择要上传的文件");
        }
        if (size == 0) {
            throw new InvalidInputException(FIELD, "文件是空的，请重新选择");
        }
        if (size > maxBytes) {
            throw new InvalidInputException(FIELD, tooBig());
        }
        return attachmentKind;
    }

    String tooBig() {
        return "文件大小超过上限 " + maxSizeText() + "，请压缩或拆分后分别上传";
    }

    /** Stores the file for the application, or throws naming {@code file}; the row lock serialises the count. */
    @Transactional
    public Attachment upload(String applicationNo, AttachmentKind kind, String originalName, byte[] content) {
        checkKindAndSize(kind.name(), content != null, content == null ? 0 : content.length);
        FileType type = FileType.of(content).orElseThrow(() -> new InvalidInputException(FIELD,
                "只接受 PDF、JPG 或 PNG 格式的文件（按文件内容识别，与文件名无关）；该文件不是这几种格式，请转换后重新上传"));
        Application application = applications.lock(applicationNo);
        if (!takesFiles(application.status())) {
            throw new UploadsClosedException(application.status());
        }
        if (attachments.countOf(applicationNo) >= MAX_PER_APPLICATION) {
            throw new InvalidInputException(FIELD, "每份申请最多上传 " + MAX_PER_APPLICATION + " 个附件，已达上限");
        }
        Attachment attachment = new Attachment(UUID.randomUUID().toString(), applicationNo, kind,
                type.withExtension(cleanName(originalName, kind)), type.contentType(), content.length, sha256(content),
                LocalDateTime.now(clock));
        attachments.insert(attachment, content);
        return attachment;
    }

    /**
     * After an upload: the summary a waiting review task shows is brought up to date, so the reviewer sees the new
     * file. Runs in its own engine transaction; when it fails, the file is kept and the next task shows it.
     */
    public void refreshReviewSummary(String applicationNo) {
        Application application = applications.get(applicationNo);
        String processInstanceId = application.processInstanceId();
        if (processInstanceId == null || taskService.createTaskQuery().processInstanceId(processInstanceId).count() == 0) {
            return;
        }
        try {
            runtimeService.setVariable(processInstanceId, ProcessVariables.REVIEW_SUMMARY,
                    json.of(summaries.summaryOf(applicationNo)));
        } catch (RuntimeException e) {
            log.warn("Review summary of {} not refreshed after an upload: {}", applicationNo, e.toString());
        }
    }

    /** The name without any folder, control or markup characters or excessive length; never empty. */
    static String cleanName(String originalName, AttachmentKind kind) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c) && NOT_IN_NAMES.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return kind.label();
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_CODE_POINTS) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            String base = name.substring(0, name.offsetByCodePoints(0, MAX_NAME_CODE_POINTS - extension.length()));
            name = base + extension;
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sizeText(long bytes) {
        BigDecimal mib = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.DOWN);
        if (mib.signum() > 0) {
            return mib.stripTrailingZeros().toPlainString() + " MB";
        }
        return Math.max(1, bytes / 1024) + " KB";
    }

    /** An application whose reviews are done takes no more files. */
    public static class UploadsClosedException extends RuntimeException {
        public UploadsClosedException(ApplicationStatus status) {
            super("申请当前状态为“" + status.label() + "”，审核已结束，不能再上传附件");
        }
    }
}
