package org.porth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import archfixtures.Fixtures;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.porth.shell.AccessibilityView;
import org.porth.shell.CookiesView;
import org.porth.shell.ForbiddenView;
import org.porth.shell.HelpView;
import org.porth.shell.NotFoundView;
import org.porth.shell.PrivacyView;
import org.porth.shell.ResidentLayout;
import org.porth.shell.ServerErrorView;
import org.porth.shell.StaffHomeView;
import org.porth.shell.StaffLayout;
import org.porth.shell.StartView;

/**
 * Every page says who may open it (Vaadin denies a view without an access annotation, silently),
 * and only the pages every visitor must reach without signing in are open to anonymous visitors.
 * Access counts as Vaadin counts it: the first class up the hierarchy with an access annotation.
 */
class ViewAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    /** Pages and frames anyone may open without signing in. Anything else needs a role. */
    static final Set<Class<?>> OPEN_TO_ANONYMOUS = Set.of(
            StartView.class,
            // public pages: the law (accessibility, privacy, cookies) or common sense (help) says anyone reaches them
            AccessibilityView.class, PrivacyView.class, CookiesView.class, HelpView.class,
            // error views: a visitor who is not signed in can hit any of them
            NotFoundView.class, ForbiddenView.class, ServerErrorView.class,
            // the residents' frame around all of the above
            ResidentLayout.class,
            // the service catalogue and each service's start page: residents find a service, and read
            // what they need for it, before they sign in (package-private views, so named here)
            view("org.porth.catalogue.ui.ServicesView"), view("org.porth.catalogue.ui.ServiceStartView"),
            // the council's open data (issue 18): published for anyone, counts suppressed (decision 0068)
            view("org.porth.insight.ui.OpenDataView"));

    static final ArchRule VIEWS_DECLARE_ACCESS = classes().that(areViews()).should(declareAccess());
    static final ArchRule ONLY_ALLOWLISTED_ARE_ANONYMOUS =
            classes().that(areOpenToAnonymousVisitors()).should(beOnTheAllowlist());

    @Test
    void everyRouteLayoutAndErrorViewSaysWhoMayOpenIt() {
        VIEWS_DECLARE_ACCESS.check(MainClasses.get());
    }

    @Test
    void onlyAllowlistedPagesAreOpenToAnonymousVisitors() {
        ONLY_ALLOWLISTED_ARE_ANONYMOUS.check(MainClasses.get());
    }

    @Test
    void theChecksSeeThePortalsRoutesLayoutsAndErrorViews() {
        Set<String> views = MainClasses.get().stream().filter(areViews()).map(JavaClass::getName)
                .collect(Collectors.toSet());
        assertThat(views).contains(StartView.class.getName(), StaffHomeView.class.getName(),
                "org.porth.resident.ui.MyAccountView", ResidentLayout.class.getName(),
                StaffLayout.class.getName(), NotFoundView.class.getName(), ServerErrorView.class.getName());
    }

    @Test
    void aViewWithoutAccessAnnotationIsReportedByName() {
        EvaluationResult result = VIEWS_DECLARE_ACCESS.evaluate(new ClassFileImporter()
                .importClasses(Fixtures.UnprotectedView.class, Fixtures.UnprotectedErrorView.class));

        assertThat(result.getFailureReport().getDetails()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains(Fixtures.UnprotectedView.class.getName()))
                .anySatisfy(line -> assertThat(line).contains(Fixtures.UnprotectedErrorView.class.getName()));
    }

    @Test
    void anAnonymousViewOffTheAllowlistIsReportedByName() {
        EvaluationResult result = ONLY_ALLOWLISTED_ARE_ANONYMOUS.evaluate(new ClassFileImporter()
                .importClasses(Fixtures.AnonymousView.class));

        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains(Fixtures.AnonymousView.class.getName());
    }

    @Test
    void accessDeclaredOnASuperclassCountsAsVaadinCountsIt() {
        EvaluationResult result = VIEWS_DECLARE_ACCESS.evaluate(new ClassFileImporter()
                .importClasses(Fixtures.InheritsAccessView.class, Fixtures.ProtectedBase.class));

        assertThat(result.hasViolation()).isFalse();
    }

    private static Class<?> view(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The allowlist names a view that does not exist: " + name, e);
        }
    }

    private static DescribedPredicate<JavaClass> areViews() {
        return DescribedPredicate.describe("are routes, layouts or error views", javaClass ->
                javaClass.isAnnotatedWith(Route.class) || javaClass.isAnnotatedWith(Layout.class)
                        || isErrorView(javaClass));
    }

    private static boolean isErrorView(JavaClass javaClass) {
        return javaClass.isAssignableTo(HasErrorParameter.class) && !javaClass.isInterface()
                && !javaClass.getModifiers().contains(JavaModifier.ABSTRACT);
    }

    private static DescribedPredicate<JavaClass> areOpenToAnonymousVisitors() {
        return DescribedPredicate.describe("are open to anonymous visitors (@AnonymousAllowed)", javaClass ->
                accessTarget(javaClass).filter(target -> target.isAnnotatedWith(AnonymousAllowed.class)).isPresent());
    }

    private static ArchCondition<JavaClass> declareAccess() {
        return new ArchCondition<>("carry @AnonymousAllowed, @PermitAll, @RolesAllowed or @DenyAll") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (accessTarget(javaClass).isEmpty()) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                            + " has no access annotation, so Vaadin denies it to everyone: add @RolesAllowed,"
                            + " @PermitAll, @DenyAll, or @AnonymousAllowed if it is on the allowlist"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beOnTheAllowlist() {
        Set<String> allowed = OPEN_TO_ANONYMOUS.stream().map(Class::getName).collect(Collectors.toSet());
        return new ArchCondition<>("be on the allowlist of pages open to anonymous visitors") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!allowed.contains(javaClass.getName())) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                            + " is open to anonymous visitors but is not on the allowlist in "
                            + ViewAccessTest.class.getSimpleName() + ": give it a role, or add it to the"
                            + " allowlist if every visitor must reach it without signing in"));
                }
            }
        };
    }

    /** Where Vaadin looks for a class's access rule: the class, else its nearest annotated superclass. */
    private static Optional<JavaClass> accessTarget(JavaClass javaClass) {
        for (Optional<JavaClass> type = Optional.of(javaClass); type.isPresent(); type = type.get().getRawSuperclass()) {
            JavaClass candidate = type.get();
            if (ACCESS_ANNOTATIONS.stream().anyMatch(candidate::isAnnotatedWith)) {
                return type;
            }
        }
        return Optional.empty();
    }
}
