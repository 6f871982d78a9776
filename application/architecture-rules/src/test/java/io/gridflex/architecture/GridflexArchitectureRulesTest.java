package io.gridflex.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules on plugin-shaped fixtures ({@code org.example.gridflex.*}): correct plugins pass
 * every rule, and each breaking fixture breaks the one rule it is about and no other.
 */
class GridflexArchitectureRulesTest {

    private static final String PLUGINS = "org.example.gridflex.";

    /** Every rule a plugin gets from {@code ArchTests.in(GridflexArchitectureRules.class)}, by field name. */
    static Map<String, ArchRule> shippedRules() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        for (Field field : GridflexArchitectureRules.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(ArchTest.class) && ArchRule.class.isAssignableFrom(field.getType())) {
                try {
                    rules.put(field.getName(), (ArchRule) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rules;
    }

    /** Imported once each: resolving their dependencies from the classpath is the slow part. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private static JavaClasses plugin(String name) {
        return IMPORTED.computeIfAbsent(name, n -> new ClassFileImporter().importPackages(PLUGINS + n));
    }

    /** check, not evaluate: a rule that finds nothing to check fails only in check. */
    private static Set<String> rulesBrokenBy(String plugin) {
        JavaClasses classes = plugin(plugin);
        Set<String> broken = new TreeSet<>();
        shippedRules().forEach((name, rule) -> {
            try {
                rule.check(classes);
            } catch (AssertionError e) {
                broken.add(name);
            }
        });
        return broken;
    }

    static Stream<Arguments> breakingPlugins() {
        return Stream.of(
                Arguments.of("domaintoapplication", "domain_does_not_depend_on_the_application"),
                Arguments.of("domainlibrary", "core_depends_only_on_the_jdk_and_model_libraries"),
                Arguments.of("framework", "core_uses_no_framework_nor_its_annotations"),
                Arguments.of("flatsql", "only_adapters_and_bootstrap_do_sql_network_or_file_io"),
                Arguments.of("domainsql", "only_adapters_and_bootstrap_do_sql_network_or_file_io"),
                Arguments.of("flatadapter", "only_bootstrap_depends_on_adapters"),
                Arguments.of("applicationtoadapter", "only_bootstrap_depends_on_adapters"),
                Arguments.of("adaptertoadapter", "adapters_do_not_depend_on_each_other"),
                Arguments.of("twoadapters", "adapters_do_not_depend_on_each_other"),
                Arguments.of("tobootstrap", "nothing_depends_on_bootstrap"),
                Arguments.of("inporttooutport", "in_ports_do_not_depend_on_out_ports"),
                Arguments.of("rawjson", "in_ports_carry_no_raw_json"),
                Arguments.of("rawjsonattributes", "in_ports_carry_no_raw_json"),
                Arguments.of("cycle", "packages_are_free_of_cycles"),
                Arguments.of("naming", "names_say_what_things_are"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"oneclass", "withadapter"})
    void a_correct_plugin_passes_every_rule(String plugin) {
        assertThat(rulesBrokenBy(plugin)).isEmpty();
    }

    @ParameterizedTest(name = "{0} breaks {1} only")
    @MethodSource("breakingPlugins")
    void a_breaking_plugin_breaks_its_rule_and_no_other(String plugin, String rule) {
        assertThat(plugin(plugin)).as("fixture %s has classes", plugin).isNotEmpty();
        assertThat(rulesBrokenBy(plugin)).containsExactly(rule);
    }

    @Test
    void every_shipped_rule_has_a_breaking_plugin() {
        Set<String> broken = breakingPlugins().map(a -> (String) a.get()[1]).collect(Collectors.toSet());
        assertThat(broken).containsExactlyInAnyOrderElementsOf(shippedRules().keySet());
    }

    @Test
    void a_misspelt_plugin_package_still_fails_for_having_nothing_to_check() {
        JavaClasses nothing = plugin("nosuchplugin");
        assertThatThrownBy(() -> GridflexArchitectureRules.names_say_what_things_are.check(nothing))
                .hasMessageContaining("failed to check any classes");
    }
}
