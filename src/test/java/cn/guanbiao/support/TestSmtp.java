package cn.guanbiao.support;

import com.icegreen.greenmail.util.ServerSetup;

/** The GreenMail SMTP server the shared test context sends to; {@code -Dtest.smtp.port} moves it (parallel builds). */
public final class TestSmtp {

    public static final int PORT = Integer.getInteger("test.smtp.port", 3025);

    private TestSmtp() {
    }

    public static ServerSetup setup() {
        return new ServerSetup(PORT, null, "smtp");
    }
}
