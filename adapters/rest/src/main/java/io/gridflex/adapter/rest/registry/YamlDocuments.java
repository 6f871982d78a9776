package io.gridflex.adapter.rest.registry;

import io.gridflex.adapter.rest.json.MalformedBodyException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Multi-document YAML, read safely (no arbitrary types, dates kept as text so that a bundle's
 * {@code created: 2026-01-15} survives as written) and written in block style, one document
 * after each {@code ---}.
 */
final class YamlDocuments {

    private static final int MAX_ALIASES = 50;

    private YamlDocuments() {
    }

    /** A resolver that reads a timestamp-looking scalar as text, not as a java.util.Date. */
    private static final class TextDates extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }

    /** Writes with the standard resolver, so a date-like text is quoted and other YAML readers keep it text too. */
    private static Yaml writer() {
        DumperOptions dumping = new DumperOptions();
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setExplicitStart(true);
        dumping.setWidth(200);
        return new Yaml(new Representer(dumping), dumping);
    }

    private static Yaml reader() {
        LoaderOptions loading = new LoaderOptions();
        loading.setMaxAliasesForCollections(MAX_ALIASES);
        loading.setAllowDuplicateKeys(false);
        DumperOptions dumping = new DumperOptions();
        return new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, new TextDates());
    }

    /** Each document of the text, which must each be a mapping. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedBodyException("The request body is empty; YAML documents are expected.");
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        try {
            for (Object document : reader().loadAll(text)) {
                if (document == null) {
                    continue;
                }
                if (!(document instanceof Map<?, ?> map)) {
                    throw new MalformedBodyException("Each YAML document must be a mapping (a community bundle).");
                }
                documents.add((Map<String, Object>) map);
            }
        } catch (YAMLException | ClassCastException e) {
            throw new MalformedBodyException("The request body is not valid YAML.");
        }
        return documents;
    }

    static void write(Map<String, Object> document, Writer out) {
        writer().dump(document, out);
    }

    static String write(Map<String, Object> document) {
        StringWriter out = new StringWriter();
        write(document, out);
        return out.toString();
    }
}
