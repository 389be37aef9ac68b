package cn.guanbiao.platform;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class a hostile {@code Object} variable names in place of {@code DriverManagerDataSource}: it counts every time
 * Jackson builds it or reads one of its properties, which is what ran a command on the server.
 */
public class Canary {

    static final AtomicInteger TOUCHED = new AtomicInteger();

    private String url;

    public Canary() {
        TOUCHED.incrementAndGet();
    }

    public String getUrl() {
        TOUCHED.incrementAndGet();
        return url;
    }

    public void setUrl(String url) {
        TOUCHED.incrementAndGet();
        this.url = url;
    }
}
