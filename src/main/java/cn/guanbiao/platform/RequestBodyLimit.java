package cn.guanbiao.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What anyone may post without logging in is at most {@code maxBytes} long (1 MiB; an application is a few KiB).
 * A longer body is refused with {@code 413} before anything parses it, whether it announces its length or comes in
 * chunks. Uploads ({@code multipart/form-data}) have their own limits ({@code spring.servlet.multipart.*}).
 */
public class RequestBodyLimit extends OncePerRequestFilter {

    private final int maxBytes;

    public RequestBodyLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))
                || contentType != null && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long announced = request.getContentLengthLong();
        if (announced > maxBytes) {
            refuse(response);
            return;
        }
        if (announced >= 0) {
            // the container never reads past the announced length
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(response);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        String limit = maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MiB" : maxBytes + " 字节";
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":413,\"title\":\"提交的内容过大\",\"detail\":\"请求体不能超过 "
                + limit + "。\",\"errors\":[{\"field\":\"body\",\"message\":\"请求体不能超过 " + limit + "\"}]}");
    }
}
