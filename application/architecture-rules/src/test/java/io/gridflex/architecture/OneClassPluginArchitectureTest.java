package io.gridflex.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The README's one line, applied to the one-class plugin: no rule fails for lack of classes.
 * Unlike the README, no {@code DoNotIncludeTests}: these fixtures are test classes.
 */
@AnalyzeClasses(packages = "org.example.gridflex.oneclass")
class OneClassPluginArchitectureTest {
    @ArchTest
    static final ArchTests rules = ArchTests.in(GridflexArchitectureRules.class);
}
