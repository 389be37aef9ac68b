package cn.guanbiao.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An SMTP server that has hung: it accepts every TCP connection and never says a word (no {@code 220}
 * greeting), so a client without a read timeout would wait forever.
 */
final class HangingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final Semaphore accepted = new Semaphore(0);
    private final Thread acceptor;

    private HangingSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptForever, "hanging-smtp-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static HangingSmtpServer start() {
        try {
            return new HangingSmtpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Connections accepted (and left unanswered) so far. */
    int connections() {
        return connections.size();
    }

    /** Waits until a client has connected (one more than before), or the timeout has passed. */
    boolean awaitConnection(long seconds) throws InterruptedException {
        return accepted.tryAcquire(seconds, TimeUnit.SECONDS);
    }

    private void acceptForever() {
        while (!socket.isClosed()) {
            try {
                connections.add(socket.accept());
                accepted.release();
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
