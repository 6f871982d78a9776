package io.gridflex.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rules of the gridflex hexagon, for gridflex itself and for every plugin. Code is placed by
 * package name, wherever the prefix:
 * <ul>
 * <li>{@code ..domain..}: the pure model. JDK and the model libraries (graphs, units) only.</li>
 * <li>{@code ..application..}: use cases ({@code ..port.in..}), the ports they need
 * ({@code ..port.out..}), services. Knows the domain; no framework, no I/O.</li>
 * <li>{@code ..adapter.<technology>..}: one per technology (SQL, HTTP, a solver). May use anything
 * but bootstrap and another adapter, gridflex's own included ({@code io.gridflex.adapter..}).</li>
 * <li>{@code ..bootstrap..}: wiring only; nothing depends on it.</li>
 * <li>Anything else is <em>plugin code</em>, e.g. a flat {@code com.acme.gridflex.MyScheduler}
 * implementing gridflex's {@code Scheduler} port. It plugs into gridflex's domain and application
 * like a service and may use libraries (a solver), but no I/O ({@code java.sql}, files, network),
 * no adapter and no bootstrap: code that needs those belongs in an adapter package of its own.</li>
 * </ul>
 *
 * <p>A plugin need not have every part: rules about a part the plugin lacks check nothing and pass
 * (each is {@code allowEmptyShould}, as jMolecules' optional layers). The two rules about all code
 * (cycles, names) keep ArchUnit's check for emptiness, so analysing a misspelt package still fails.
 * The rules do not overlap, so a wrong dependency breaks one rule, named after what it forbids (the
 * exception: a Jackson type in an in-port is both a framework in the core and raw JSON).
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
    static final String IN_PORT = "..port.in..";
    static final String OUT_PORT = "..port.out..";

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
    public static final ArchRule domain_does_not_depend_on_the_application = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage(APPLICATION)
            .because("use cases are built on the model, not the other way round")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule core_depends_only_on_the_jdk_and_model_libraries = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat(anythingBeyondTheJdkTheModelLibrariesAndTheLayers())
            .because("the core is plain Java an embedder can use without any other library or plugin code")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule core_uses_no_framework_nor_its_annotations = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .orShould().beAnnotatedWith(describe("a framework annotation",
                    annotation -> resideInAnyPackage(FRAMEWORKS).test(annotation.getRawType())))
            .because("wiring happens in bootstrap, so the core builds by hand as well")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule only_adapters_and_bootstrap_do_sql_network_or_file_io = noClasses()
            .that().resideOutsideOfPackages(ADAPTER, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE_JDK)
            .because("SQL, network and files are adapters' business, also in a plugin")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule only_bootstrap_depends_on_adapters = noClasses()
            .that().resideOutsideOfPackages(ADAPTER, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(ADAPTER)
            .because("dependencies point inwards: the core and plugin code reach adapters through ports only")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule adapters_do_not_depend_on_each_other = classes()
            .that().resideInAPackage(ADAPTER)
            .should(onlyHaveDependenciesWhere(describe("the target is in no other adapter",
                    GridflexArchitectureRules::staysInItsAdapter)))
            .because("each adapter stands alone, gridflex's own as well; bootstrap is the only place that combines them")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule nothing_depends_on_bootstrap = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("bootstrap wires everything, so nothing may need it")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule in_ports_do_not_depend_on_out_ports = noClasses()
            .that().resideInAPackage(IN_PORT)
            .should().dependOnClassesThat().resideInAPackage(OUT_PORT)
            .because("a use case's callers must not see what the use case needs behind it")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule in_ports_carry_no_raw_json = codeUnits()
            .that().arePublic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .and().areDeclaredInClassesThat().resideInAPackage(IN_PORT)
            .should(carryNoRawJson())
            .because("a use case takes and answers typed commands and results; JSON is read and written in an adapter")
            .allowEmptyShould(true);

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

    /**
     * What the core must not use and no other rule names: infrastructure, frameworks, adapters,
     * bootstrap and the domain-to-application direction have their own rules, so that a wrong
     * dependency breaks one rule only.
     */
    private static DescribedPredicate<JavaClass> anythingBeyondTheJdkTheModelLibrariesAndTheLayers() {
        String[] known = Stream.of(new String[] {"java..", DOMAIN, APPLICATION, ADAPTER, BOOTSTRAP}, MODEL_LIBRARIES,
                INFRASTRUCTURE_JDK, FRAMEWORKS).flatMap(Stream::of).toArray(String[]::new);
        return not(resideInAnyPackage(known)).as("are neither JDK nor model library nor the core itself");
    }

    private static boolean staysInItsAdapter(Dependency dependency) {
        String target = adapterOf(dependency.getTargetClass().getPackageName());
        return target == null || target.equals(adapterOf(dependency.getOriginClass().getPackageName()));
    }

    /** {@code com.acme.adapter.jdbc.store} belongs to {@code com.acme.adapter.jdbc}; outside any adapter, null. */
    private static String adapterOf(String packageName) {
        List<String> segments = List.of(packageName.split("\\."));
        int adapter = segments.indexOf("adapter");
        if (adapter < 0) {
            return null;
        }
        return String.join(".", segments.subList(0, Math.min(adapter + 2, segments.size())));
    }

    private static ArchCondition<JavaCodeUnit> carryNoRawJson() {
        return new ArchCondition<>("take or return no raw JSON (Map<String, Object>, Attributes, Jackson types)") {
            @Override
            public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                List<JavaType> signature = new ArrayList<>(codeUnit.getParameterTypes());
                signature.add(codeUnit.getReturnType());
                for (JavaType type : signature) {
                    if (isRawJson(type)) {
                        events.add(SimpleConditionEvent.violated(codeUnit,
                                codeUnit.getDescription() + " carries " + type.getName() + " in " + codeUnit.getSourceCodeLocation()));
                    }
                }
            }
        };
    }

    /**
     * Raw JSON is a map of untyped values (a {@code Map} whose value type is {@code Object}, a
     * wildcard or missing), a type named {@code Attributes} (gridflex's JSON object), or Jackson's
     * tree, also inside other types ({@code Optional<Attributes>}). A map of typed values
     * ({@code Map<String, Integer>}) is a typed result.
     */
    private static boolean isRawJson(JavaType type) {
        if (type instanceof JavaParameterizedType parameterized) {
            List<JavaType> arguments = parameterized.getActualTypeArguments();
            JavaClass raw = type.toErasure();
            if (isJsonType(raw) || raw.isAssignableTo(Map.class) && isUntyped(arguments.get(arguments.size() - 1))) {
                return true;
            }
            return arguments.stream().anyMatch(GridflexArchitectureRules::isRawJson);
        }
        if (type instanceof JavaWildcardType wildcard) {
            return Stream.concat(wildcard.getUpperBounds().stream(), wildcard.getLowerBounds().stream())
                    .anyMatch(GridflexArchitectureRules::isRawJson);
        }
        if (type instanceof JavaGenericArrayType array) {
            return isRawJson(array.getComponentType());
        }
        if (type instanceof JavaClass javaClass) {
            JavaClass base = javaClass.isArray() ? javaClass.getBaseComponentType() : javaClass;
            // a Map without type arguments here is a raw type: its values are untyped
            return isJsonType(base) || base.isAssignableTo(Map.class);
        }
        return false; // a type variable: typed by whoever binds it
    }

    private static boolean isJsonType(JavaClass type) {
        return type.getSimpleName().equals("Attributes") || type.getPackageName().startsWith("com.fasterxml");
    }

    private static boolean isUntyped(JavaType valueType) {
        if (valueType instanceof JavaWildcardType wildcard) {
            return wildcard.getLowerBounds().isEmpty()
                    && wildcard.getUpperBounds().stream().allMatch(bound -> bound.toErasure().isEquivalentTo(Object.class));
        }
        return valueType instanceof JavaClass javaClass && javaClass.isEquivalentTo(Object.class);
    }
}
