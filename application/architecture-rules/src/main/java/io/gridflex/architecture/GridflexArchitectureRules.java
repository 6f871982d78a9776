package io.gridflex.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of the gridflex hexagon, for gridflex itself and for every plugin. Code is placed by
 * package name: {@code ..domain..} (pure model), {@code ..application..} (use cases and ports),
 * {@code ..adapter.<technology>..} (one per technology), {@code ..bootstrap..} (wiring only).
 *
 * <p>Apply them in one line:
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme.gridflex", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests rules = ArchTests.in(GridflexArchitectureRules.class);
 * }
 * }</pre>
 */
public final class GridflexArchitectureRules {

    private GridflexArchitectureRules() {
    }

    static final String DOMAIN = "..domain..";
    static final String APPLICATION = "..application..";
    static final String ADAPTER = "..adapter..";
    static final String BOOTSTRAP = "..bootstrap..";

    /** Libraries the model may use besides the JDK: graphs and units of measurement. */
    static final String[] MODEL_LIBRARIES = {"org.jgrapht..", "javax.measure..", "tech.units..", "tech.uom..", "si.uom.."};

    /** JDK parts that mean I/O or infrastructure: they belong in adapters. */
    static final String[] INFRASTRUCTURE_JDK = {"java.sql..", "javax.sql..", "java.net..", "java.nio.file..", "java.rmi..",
            "javax.naming.."};

    /** Frameworks (and their annotations) that must stay out of the core. */
    static final String[] FRAMEWORKS = {"io.micronaut..", "jakarta..", "javax.inject..", "javax.persistence..",
            "javax.validation..", "javax.annotation..", "org.springframework..", "com.fasterxml..", "org.optaplanner..",
            "ai.timefold..", "org.mapstruct..", "io.netty..", "org.postgresql..", "org.flywaydb..", "reactor..",
            "org.reactivestreams..", "org.slf4j.."};

    @ArchTest
    public static final ArchRule domain_depends_only_on_the_jdk_and_model_libraries = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(allowed(new String[] {"java..", DOMAIN}, MODEL_LIBRARIES))
            .because("the domain is plain Java an embedder can use without any framework");

    @ArchTest
    public static final ArchRule application_depends_only_on_the_domain = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(allowed(new String[] {"java..", DOMAIN, APPLICATION}, MODEL_LIBRARIES))
            .because("use cases and ports know the domain and nothing of the technologies behind the ports");

    @ArchTest
    public static final ArchRule core_does_no_sql_network_or_file_io = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE_JDK)
            .because("SQL, network and files are adapters' business");

    @ArchTest
    public static final ArchRule core_uses_no_framework_nor_its_annotations = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .orShould().beAnnotatedWith(com.tngtech.archunit.base.DescribedPredicate.describe("a framework annotation",
                    annotation -> isFramework(annotation.getRawType().getPackageName())))
            .because("wiring happens in bootstrap, so the core builds by hand as well");

    @ArchTest
    public static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("..adapter.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter stands alone; bootstrap is the only place that combines them");

    @ArchTest
    public static final ArchRule adapters_do_not_depend_on_bootstrap = noClasses()
            .that().resideInAPackage(ADAPTER)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("bootstrap wires adapters, never the other way round");

    @ArchTest
    public static final ArchRule core_does_not_depend_on_adapters_or_bootstrap = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTER, BOOTSTRAP)
            .because("dependencies point inwards");

    @ArchTest
    public static final ArchRule packages_are_free_of_cycles = slices()
            .matching("(**)")
            .should().beFreeOfCycles()
            .because("a package cycle makes two concepts one");

    @ArchTest
    public static final ArchRule names_say_what_things_are = noClasses()
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Dto")
            .because("a name should say the concept or the technology, not that it is an implementation or a helper");

    private static String[] allowed(String[] own, String[] libraries) {
        String[] all = new String[own.length + libraries.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(libraries, 0, all, own.length, libraries.length);
        return all;
    }

    private static boolean isFramework(String packageName) {
        for (String framework : FRAMEWORKS) {
            String prefix = framework.substring(0, framework.length() - 2);
            if (packageName.equals(prefix) || packageName.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }
}
