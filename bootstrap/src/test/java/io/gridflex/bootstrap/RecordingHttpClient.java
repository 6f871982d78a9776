package io.gridflex.bootstrap;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A JDK HTTP client that keeps the last exchange's raw answer, for a generated client: the
 * generated code hands the body to its object mapper, which tolerates what the published schema
 * does not (a missing required field, an extra nesting); the test checks the raw body against the
 * schema as well.
 */
final class RecordingHttpClient extends HttpClient {

    /** One request and its answer, as sent and received. */
    record Exchange(String method, URI uri, int status, byte[] body) {
    }

    private final HttpClient delegate;
    private volatile Exchange last;

    private RecordingHttpClient(HttpClient delegate) {
        this.delegate = delegate;
    }

    Exchange last() {
        return last;
    }

    /** A builder whose client is this recording one (what the generated ApiClient asks for). */
    static final class Builder implements HttpClient.Builder {
        private final HttpClient.Builder real = HttpClient.newBuilder();
        private RecordingHttpClient built;

        RecordingHttpClient client() {
            if (built == null) {
                built = new RecordingHttpClient(real.build());
            }
            return built;
        }

        @Override public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) { real.cookieHandler(cookieHandler); return this; }
        @Override public HttpClient.Builder connectTimeout(Duration duration) { real.connectTimeout(duration); return this; }
        @Override public HttpClient.Builder sslContext(SSLContext sslContext) { real.sslContext(sslContext); return this; }
        @Override public HttpClient.Builder sslParameters(SSLParameters sslParameters) { real.sslParameters(sslParameters); return this; }
        @Override public HttpClient.Builder executor(Executor executor) { real.executor(executor); return this; }
        @Override public HttpClient.Builder followRedirects(Redirect policy) { real.followRedirects(policy); return this; }
        @Override public HttpClient.Builder version(Version version) { real.version(version); return this; }
        @Override public HttpClient.Builder priority(int priority) { real.priority(priority); return this; }
        @Override public HttpClient.Builder proxy(ProxySelector proxySelector) { real.proxy(proxySelector); return this; }
        @Override public HttpClient.Builder authenticator(Authenticator authenticator) { real.authenticator(authenticator); return this; }

        @Override
        public HttpClient build() {
            return client();
        }
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpResponse<byte[]> raw = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] bytes = raw.body() == null ? new byte[0] : raw.body();
        last = new Exchange(request.method(), request.uri(), raw.statusCode(), bytes);
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override public int statusCode() { return raw.statusCode(); }
            @Override public HttpHeaders headers() { return raw.headers(); }
            @Override public Version version() { return raw.version(); }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override public void request(long n) { }
            @Override public void cancel() { }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(bytes)));
        subscriber.onComplete();
        T body;
        try {
            body = subscriber.getBody().toCompletableFuture().get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
        return new HttpResponse<>() {
            @Override public int statusCode() { return raw.statusCode(); }
            @Override public HttpRequest request() { return raw.request(); }
            @Override public Optional<HttpResponse<T>> previousResponse() { return Optional.empty(); }
            @Override public HttpHeaders headers() { return raw.headers(); }
            @Override public T body() { return body; }
            @Override public Optional<SSLSession> sslSession() { return raw.sslSession(); }
            @Override public URI uri() { return raw.uri(); }
            @Override public Version version() { return raw.version(); }
        };
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    @Override public Optional<CookieHandler> cookieHandler() { return delegate.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return delegate.connectTimeout(); }
    @Override public Redirect followRedirects() { return delegate.followRedirects(); }
    @Override public Optional<ProxySelector> proxy() { return delegate.proxy(); }
    @Override public SSLContext sslContext() { return delegate.sslContext(); }
    @Override public SSLParameters sslParameters() { return delegate.sslParameters(); }
    @Override public Optional<Authenticator> authenticator() { return delegate.authenticator(); }
    @Override public Version version() { return delegate.version(); }
    @Override public Optional<Executor> executor() { return delegate.executor(); }
}
