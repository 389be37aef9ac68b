package cn.guanbiao.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the leaf parts of a MIME message, however deeply nested. */
public final class MailParts {

    private MailParts() {
    }

    public static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        collect(part, leaves);
        return leaves;
    }

    /** The decoded content of the single leaf with this MIME type, e.g. {@code text/plain}. */
    public static String content(Part message, String mimeType) throws Exception {
        List<String> found = new ArrayList<>();
        for (Part leaf : leaves(message)) {
            if (leaf.isMimeType(mimeType)) {
                found.add((String) leaf.getContent());
            }
        }
        if (found.size() != 1) {
            throw new AssertionError("expected one " + mimeType + " part, found " + found.size());
        }
        return found.get(0);
    }

    private static void collect(Part part, List<Part> leaves) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, leaves);
            }
        } else {
            leaves.add(part);
        }
    }
}
