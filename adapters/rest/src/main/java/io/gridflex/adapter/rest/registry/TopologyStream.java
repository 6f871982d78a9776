package io.gridflex.adapter.rest.registry;

import io.gridflex.domain.topology.TopologyNode;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.SynchronousSink;

/**
 * A community's grid written as the JSON array inside a larger JSON text, a part at a time as the
 * client reads it: the text before the array, the nodes, the text after it. A grid of 100,000
 * nodes never sits in memory whole.
 */
final class TopologyStream {

    private TopologyStream() {
    }

    /**
     * @param before the JSON text up to the array's opening bracket, included
     * @param after the JSON text from the array's closing bracket, included
     * @param first the first part, read before streaming starts (so that a refusal comes before the first byte)
     * @param next the part starting at a node's position
     */
    static Flux<byte[]> of(JsonMapper json, String before, String after, List<TopologyNode> first, IntFunction<List<TopologyNode>> next,
                           int partSize) {
        // the state is where the next part starts; -1 once the last part has gone
        Flux<String> nodes = Flux.generate(() -> 0, (Integer from, SynchronousSink<String> sink) -> {
            List<TopologyNode> part = from < 0 ? List.of() : from == 0 ? first : next.apply(from);
            if (part.isEmpty()) {
                sink.complete();
                return -1;
            }
            String elements = elements(json, part);
            sink.next(from == 0 ? elements : "," + elements);
            return part.size() < partSize ? -1 : from + part.size();
        });
        // bytes, not strings: Micronaut writes a stream of strings as a JSON array of them, bytes as they are
        return Flux.concat(Flux.just(before), nodes, Flux.just(after)).map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    /** The nodes as JSON array elements, without the brackets. */
    private static String elements(JsonMapper json, List<TopologyNode> part) {
        try {
            String array = json.writeValueAsString(part.stream().map(RegistryJson::node).toList());
            return array.substring(1, array.length() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
