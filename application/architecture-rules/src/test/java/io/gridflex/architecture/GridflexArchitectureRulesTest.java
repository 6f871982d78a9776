package io.gridflex.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule bites on a fixture built to break it, and a well-formed hexagon passes them all. */
class GridflexArchitectureRulesTest {

    private static final String FIXTURES = "io.gridflex.architecture.fixture.";

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages(FIXTURES + name);
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(GridflexArchitectureRules.domain_depends_only_on_the_jdk_and_model_libraries, "domainlib"),
                Arguments.of(GridflexArchitectureRules.application_depends_only_on_the_domain, "appadapter"),
                Arguments.of(GridflexArchitectureRules.core_does_no_sql_network_or_file_io, "domainsql"),
                Arguments.of(GridflexArchitectureRules.core_uses_no_framework_nor_its_annotations, "framework"),
                Arguments.of(GridflexArchitectureRules.adapters_do_not_depend_on_each_other, "adapters"),
                Arguments.of(GridflexArchitectureRules.adapters_do_not_depend_on_bootstrap, "toboot"),
                Arguments.of(GridflexArchitectureRules.core_does_not_depend_on_adapters_or_bootstrap, "appadapter"),
                Arguments.of(GridflexArchitectureRules.packages_are_free_of_cycles, "cycle"),
                Arguments.of(GridflexArchitectureRules.names_say_what_things_are, "naming"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("violations")
    void each_rule_fails_on_its_violating_fixture(ArchRule rule, String fixture) {
        assertThatThrownBy(() -> rule.check(fixture(fixture))).isInstanceOf(AssertionError.class);
    }

    @Test
    void every_rule_has_a_violating_fixture() {
        long rules = Arrays.stream(GridflexArchitectureRules.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && ArchRule.class.isAssignableFrom(f.getType()))
                .count();
        long covered = violations().map(a -> a.get()[0]).distinct().count();
        org.assertj.core.api.Assertions.assertThat(covered).isEqualTo(rules);
    }

    @Test
    void a_well_formed_hexagon_passes_every_rule() throws IllegalAccessException {
        JavaClasses good = fixture("good");
        for (Field field : GridflexArchitectureRules.class.getFields()) {
            if (ArchRule.class.isAssignableFrom(field.getType())) {
                ArchRule rule = (ArchRule) field.get(null);
                assertThatCode(() -> rule.check(good)).as(field.getName()).doesNotThrowAnyException();
            }
        }
    }
}
