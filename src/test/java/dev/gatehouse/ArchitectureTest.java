package dev.gatehouse;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The dependency rules of ARCHITECTURE.md "Packages", checked on the main classes. */
@AnalyzeClasses(packages = "dev.gatehouse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] FEATURES = {
            "dev.gatehouse.account..", "dev.gatehouse.session..", "dev.gatehouse.rbac..", "dev.gatehouse.keys..",
            "dev.gatehouse.audit..", "dev.gatehouse.core..", "dev.gatehouse.config..", "dev.gatehouse.mfa..",
            "dev.gatehouse.federation..", "dev.gatehouse.oauth..", "dev.gatehouse.mail..", "dev.gatehouse.admin..",
            "dev.gatehouse.password..", "dev.gatehouse.throttle..", "dev.gatehouse.passkey..", "dev.gatehouse.metrics.."};

    /** Rule 2: each feature declares the store interface it needs; the frameworks stay at the edges. */
    @ArchTest
    static final ArchRule featuresUseNoFrameworks = noClasses().that().resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.javalin..", "org.jdbi..", "org.flywaydb..", "com.zaxxer..", "picocli..");

    /** Rule 1. */
    @ArchTest
    static final ArchRule configImportsNothingOfOurs = noClasses().that().resideInAPackage("dev.gatehouse.config..")
            .should().dependOnClassesThat(resideInAPackage("dev.gatehouse..")
                    .and(not(resideInAPackage("dev.gatehouse.config.."))));

    /** Rule 1. */
    @ArchTest
    static final ArchRule coreImportsNothingOfOurs = noClasses().that().resideInAPackage("dev.gatehouse.core..")
            .should().dependOnClassesThat(resideInAPackage("dev.gatehouse..")
                    .and(not(resideInAPackage("dev.gatehouse.core.."))));

    /** Rule 4: only the composition root knows the store implementations. */
    @ArchTest
    static final ArchRule onlyBootstrapKnowsJdbiStores = noClasses()
            .that(resideOutsideOfPackage("dev.gatehouse.bootstrap..").and(resideOutsideOfPackage("dev.gatehouse.store.jdbi..")))
            .should().dependOnClassesThat().resideInAPackage("dev.gatehouse.store.jdbi..");

    /** Rule 4. */
    @ArchTest
    static final ArchRule onlyCliKnowsPicocli = noClasses().that().resideOutsideOfPackage("dev.gatehouse.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    /** Rule 3: web calls services; it never touches SQL. */
    @ArchTest
    static final ArchRule webNeverTouchesJdbi = noClasses().that().resideInAPackage("dev.gatehouse.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..", "com.zaxxer..");

    /**
     * The dependency direction of rules 1-4 holds for every pair of top-level packages: no cycles. A
     * cycle makes two packages one in all but name (neither changes or is tested without the other).
     */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.gatehouse.(*)..").should().beFreeOfCycles();

    /**
     * Inside web as well: the root package (the server and its routing table) depends on its
     * sub-packages (the controllers, the hosted pages, the HTTP kit in web.http), never the reverse,
     * and the sub-packages form no cycle among themselves.
     */
    @ArchTest
    static final ArchRule noWebPackageCycles = slices().assignedFrom(new WebPackages()).should().beFreeOfCycles();

    /** One slice for dev.gatehouse.web itself and one for each of its sub-packages (with their own sub-packages). */
    private static final class WebPackages implements SliceAssignment {
        private static final String WEB = "dev.gatehouse.web";

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(WEB)) return SliceIdentifier.of("web");
            if (!name.startsWith(WEB + ".")) return SliceIdentifier.ignore();
            return SliceIdentifier.of("web." + name.substring(WEB.length() + 1).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "dev.gatehouse.web and each of its sub-packages";
        }
    }

    /** Guards the guards: the import sees the real classes, so the rules above could fail. */
    @ArchTest
    static void rulesSeeRealDependencies(JavaClasses classes) {
        assertThat(noClasses().that().resideInAPackage("dev.gatehouse.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("dev.gatehouse.store.jdbi..")
                .evaluate(classes).hasViolation()).isTrue();
        assertThat(noClasses().that().resideInAPackage("dev.gatehouse.web..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .evaluate(classes).hasViolation()).isTrue();
        // Two test classes that name each other across core and config: the cycle rule must see them.
        JavaClasses cycle = new ClassFileImporter().importClasses(
                dev.gatehouse.core.CycleFixtureCore.class, dev.gatehouse.config.CycleFixtureConfig.class);
        assertThat(noPackageCycles.evaluate(cycle).hasViolation()).isTrue();
        // The same inside web: the root package and a sub-package that name each other.
        JavaClasses webCycle = new ClassFileImporter().importClasses(
                dev.gatehouse.web.CycleFixtureWeb.class, dev.gatehouse.web.pages.CycleFixturePages.class);
        assertThat(noWebPackageCycles.evaluate(webCycle).hasViolation()).isTrue();
    }
}
