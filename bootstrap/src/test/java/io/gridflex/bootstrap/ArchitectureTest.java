package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.gridflex.architecture.GridflexArchitectureRules;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * gridflex itself under the rules it ships. A plugin writes
 * {@code ArchTests.in(GridflexArchitectureRules.class)}; gridflex names each rule instead, only
 * while a rule waits for its fix, and {@link #every_shipped_rule_is_applied_or_pending}
 * keeps a new rule from being left out. Back to the one line once {@link #PENDING} is empty.
 */
@AnalyzeClasses(packages = "io.gridflex", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The application's test-jar (its contract suites, test data) is on this module's test classpath, but is no product code. */
    public static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final Set<String> PENDING = Set.of(
            // issue 12: re-enabled once the typed in-ports land
            "in_ports_carry_no_raw_json");

    @ArchTest
    static final ArchRule domain_does_not_depend_on_the_application = GridflexArchitectureRules.domain_does_not_depend_on_the_application;
    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk_and_model_libraries = GridflexArchitectureRules.core_depends_only_on_the_jdk_and_model_libraries;
    @ArchTest
    static final ArchRule core_uses_no_framework_nor_its_annotations = GridflexArchitectureRules.core_uses_no_framework_nor_its_annotations;
    @ArchTest
    static final ArchRule only_adapters_and_bootstrap_do_sql_network_or_file_io = GridflexArchitectureRules.only_adapters_and_bootstrap_do_sql_network_or_file_io;
    @ArchTest
    static final ArchRule only_bootstrap_depends_on_adapters = GridflexArchitectureRules.only_bootstrap_depends_on_adapters;
    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = GridflexArchitectureRules.adapters_do_not_depend_on_each_other;
    @ArchTest
    static final ArchRule nothing_depends_on_bootstrap = GridflexArchitectureRules.nothing_depends_on_bootstrap;
    @ArchTest
    static final ArchRule in_ports_do_not_depend_on_out_ports = GridflexArchitectureRules.in_ports_do_not_depend_on_out_ports;
    @ArchTest
    static final ArchRule packages_are_free_of_cycles = GridflexArchitectureRules.packages_are_free_of_cycles;
    @ArchTest
    static final ArchRule names_say_what_things_are = GridflexArchitectureRules.names_say_what_things_are;

    @ArchTest
    static void every_shipped_rule_is_applied_or_pending(JavaClasses ignored) {
        assertThat(ruleNames(ArchitectureTest.class))
                .as("applied here")
                .containsExactlyInAnyOrderElementsOf(ruleNames(GridflexArchitectureRules.class).stream()
                        .filter(name -> !PENDING.contains(name)).toList());
    }

    private static Set<String> ruleNames(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(ArchTest.class) && ArchRule.class.isAssignableFrom(field.getType()))
                .map(Field::getName)
                .collect(Collectors.toSet());
    }
}
