package dev.gatehouse.load;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The load generator is compiled on the server's test path (pom.xml, build-helper-maven-plugin)
 * but is a separate tool: it speaks to the server over HTTP only, and the server's code and tests
 * do not borrow its classes, so it can move to a build of its own without untangling anything.
 */
@AnalyzeClasses(packages = "dev.gatehouse")
class LoadGenBoundaryTest {

    @ArchTest
    static final ArchRule generatorUsesNoneOfTheServersClasses = noClasses()
            .that().resideInAPackage("dev.gatehouse.load..")
            .should().dependOnClassesThat(resideInAPackage("dev.gatehouse..")
                    .and(not(resideInAPackage("dev.gatehouse.load.."))));

    @ArchTest
    static final ArchRule serverAndItsTestsDoNotUseTheGenerator = noClasses()
            .that().resideOutsideOfPackage("dev.gatehouse.load..")
            .should().dependOnClassesThat().resideInAPackage("dev.gatehouse.load..");
}
