package io.gridflex.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The README's one line, applied to a plugin with every part, its own adapter included. */
@AnalyzeClasses(packages = "org.example.gridflex.withadapter")
class WithAdapterPluginArchitectureTest {
    @ArchTest
    static final ArchTests rules = ArchTests.in(GridflexArchitectureRules.class);
}
