package io.gridflex.adapter.rest.legacy;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import jakarta.inject.Singleton;

/**
 * Legacy gateways send their get messages as a GET with a JSON body, as the seed's examples show;
 * Micronaut never reads the body of a GET. So, before Micronaut sees such a request, a legacy GET
 * that carries a body is turned into a POST of the same message (the legacy get routes take both),
 * marked with {@value #MARK} for the logs. GETs without a body, and every other path, pass untouched.
 */
@Singleton
class GetWithBody implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    static final String MARK = "X-Gridflex-Get-With-Body";
    private static final String CODEC = "http-server-codec";
    private static final String NAME = "gridflex-legacy-get-with-body";

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private record Customizer(Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new Customizer(channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null) {
                return;
            }
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(CODEC) != null && pipeline.get(NAME) == null) {
                pipeline.addAfter(CODEC, NAME, new AsPost());
            }
        }
    }

    @ChannelHandler.Sharable
    private static final class AsPost extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request && HttpMethod.GET.equals(request.method()) && carriesBody(request)
                    && LegacyApiFilter.isLegacy(path(request.uri()))) {
                request.setMethod(HttpMethod.POST);
                request.headers().set(MARK, "true");
            }
            ctx.fireChannelRead(msg);
        }

        private static boolean carriesBody(HttpRequest request) {
            return HttpUtil.getContentLength(request, 0L) > 0 || HttpUtil.isTransferEncodingChunked(request);
        }

        private static String path(String uri) {
            int query = uri.indexOf('?');
            return query < 0 ? uri : uri.substring(0, query);
        }
    }
}
