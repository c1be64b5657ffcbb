package org.mappahub.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules are pure functions: no framework, no database, no other module. Only the package's
 * {@code package-info} carries the Spring Modulith annotation that names the module.
 */
class RulesModulePurityTest {

    @Test
    void rulesUseNothingButTheJavaPlatform() {
        JavaClasses rules = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mappahub.rules");
        classes().that().resideInAPackage("org.mappahub.rules..").and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.mappahub.rules..")
                .because("rules are pure functions with no framework and no database (ENGINEERING.md)")
                .check(rules);
    }
}
