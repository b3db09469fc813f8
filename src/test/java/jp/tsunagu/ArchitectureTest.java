package jp.tsunagu;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import jp.tsunagu.evacuation.EvacuationPlans;

/**
 * The house a newcomer can live in (README, "Map of the code"): packages import each other in one
 * direction only, from the flows down to the ground.
 * <ul>
 * <li>ground: {@code common}, {@code organization}, {@code process}, {@code routing},
 * {@code audit}, {@code casework}, {@code activity}, {@code access}, {@code grants},
 * {@code identity}, {@code mail};</li>
 * <li>web: {@code web} (error mapping, our pages that show the ground) and {@code security}
 * (authentication at the door);</li>
 * <li>flows: {@code dispatch}, {@code discharge}, {@code evacuation}, {@code regional}, and
 * {@code advice} (随時相談, the advisers' work recorded without a BPMN, on the flows' level); a flow
 * reaches another flow only through {@link EvacuationPlans};</li>
 * <li>across the flows: {@code report}, {@code home}; and {@code demo}, which nothing imports.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "jp.tsunagu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] FLOWS = {"dispatch", "discharge", "evacuation", "regional", "advice"};
    static final String[] GROUND = {"common", "organization", "process", "routing", "audit", "casework",
            "activity", "access", "grants", "identity", "mail"};
    static final String[] ABOVE_THE_GROUND = {"web", "security", "report", "home", "demo"};

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("jp.tsunagu.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule flowsImportNoOtherFlowButEvacuationPlans = CompositeArchRule.of(
            Arrays.stream(FLOWS).map(ArchitectureTest::importsNoOtherFlow).toList())
            .as("a flow imports no other flow except evacuation.EvacuationPlans");

    @ArchTest
    static final ArchRule groundImportsNeitherWebNorFlows = noClasses()
            .that().resideInAnyPackage(packages(GROUND))
            .should().dependOnClassesThat().resideInAnyPackage(packages(concat(ABOVE_THE_GROUND, FLOWS)))
            .because("the ground is imported downward only (README, \"Map of the code\")");

    @ArchTest
    static final ArchRule nothingImportsDemo = noClasses()
            .that().resideOutsideOfPackage("jp.tsunagu.demo..")
            .should().dependOnClassesThat().resideInAPackage("jp.tsunagu.demo..")
            .because("the demo profile is only added on top");

    @ArchTest
    static final ArchRule flowsImportNeitherReportsNorHome = noClasses()
            .that().resideInAnyPackage(packages(FLOWS))
            .should().dependOnClassesThat().resideInAnyPackage("jp.tsunagu.report..", "jp.tsunagu.home..");

    private static ArchRule importsNoOtherFlow(String flow) {
        String[] others = Arrays.stream(FLOWS).filter(other -> !other.equals(flow)).toArray(String[]::new);
        return noClasses().that().resideInAPackage("jp.tsunagu." + flow + "..")
                .should().dependOnClassesThat(resideInAnyPackage(packages(others))
                        .and(not(equivalentTo(EvacuationPlans.class))))
                .because("a flow reaches another flow only through EvacuationPlans")
                .allowEmptyShould(true);
    }

    private static String[] packages(String... names) {
        return Arrays.stream(names).map(name -> "jp.tsunagu." + name + "..").toArray(String[]::new);
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
    }
}
