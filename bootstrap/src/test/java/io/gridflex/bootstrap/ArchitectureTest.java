package io.gridflex.bootstrap;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.gridflex.architecture.GridflexArchitectureRules;

/** gridflex itself under the rules it ships, applied in the one line a plugin author writes. */
@AnalyzeClasses(packages = "io.gridflex", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(GridflexArchitectureRules.class);
}
