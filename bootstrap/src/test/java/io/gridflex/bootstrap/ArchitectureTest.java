package io.gridflex.bootstrap;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.gridflex.architecture.GridflexArchitectureRules;

/** gridflex itself under the rules it ships, applied the one way a plugin applies them. */
@AnalyzeClasses(packages = "io.gridflex", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The application's test-jar (its contract suites, test data) is on this module's test classpath, but is no product code. */
    public static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchTests rules = ArchTests.in(GridflexArchitectureRules.class);
}
