package cn.guanbiao.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an official reads when the engine refuses: never the engine's internal ids (of process instances,
 * executions, tasks), which say nothing to a civil servant and map the system for an attacker. A refusal the
 * application made (a Chinese sentence, however deeply the engine wrapped it) is kept as it is; any other message
 * that names an id is replaced by one Chinese sentence for its status.
 */
final class EngineErrorMessages {

    /** The engine's ids: UUIDs, also inside definition ids ({@code award-application:3:…}) and {@code Entity[…]}. */
    static final Pattern INTERNAL_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
            + "|Entity\\[[^\\]]*\\]");
    /** The application's own refusals are Chinese: from the first Chinese character to the end of the sentence. */
    private static final Pattern CHINESE_SENTENCE = Pattern.compile("[\\p{IsHan}“（][^'\"]*");

    private EngineErrorMessages() {
    }

    static String forOfficial(int status, String message) {
        if (message == null) {
            return null;
        }
        Matcher chinese = CHINESE_SENTENCE.matcher(message);
        if (chinese.find() && !INTERNAL_ID.matcher(chinese.group()).find()) {
            return chinese.group().strip();
        }
        if (!INTERNAL_ID.matcher(message).find()) {
            return message;
        }
        return switch (status) {
            case 400 -> "请求有误，未能办理。请刷新后再试。";
            case 401 -> "请先登录。";
            case 403 -> "您的账号无权进行此操作。";
            case 404 -> "要查看或办理的任务已不存在，可能已由他人办结。请刷新任务列表。";
            case 409 -> "该任务或流程刚刚已被他人同时办理，您的操作未生效。请刷新后查看最新状态。";
            default -> "操作未能完成，未作任何改动。请刷新后重试；如仍不能办理，请联系管理员。";
        };
    }
}
