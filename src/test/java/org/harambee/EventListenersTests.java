package org.harambee;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every event a module publishes has a listener, except those that decision 0025 lists with the reason they are
 * published. An event is a public top-level record of a module's API built by a class that publishes events, or by a
 * module's aggregate, which returns its events for its service to publish.
 */
class EventListenersTests {

    /** Published for the uses named in docs/decisions/0025-events-published-without-a-listener.md. */
    static final Set<String> WITHOUT_LISTENER = Set.of(
            "org.harambee.capacity.ParticipantCompleted",
            "org.harambee.capacity.TrainingHeld",
            "org.harambee.communities.CommunityStarted",
            "org.harambee.geography.BoundariesImported",
            "org.harambee.partners.ForumMeetingRecorded",
            "org.harambee.partners.PartnerAdopted",
            "org.harambee.referrals.ServicePointRegistered",
            "org.harambee.scaleup.PhaseStarted",
            "org.harambee.scaleup.RolloutRandomised");

    private static final List<Class<?>> LISTENER_ANNOTATIONS =
            List.of(ApplicationModuleListener.class, EventListener.class, TransactionalEventListener.class);

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.harambee");

    @Test
    void everyEventWithoutAListenerIsListedInDecision25() {
        Set<String> published = published();
        assertThat(published).as("events found").hasSizeGreaterThan(WITHOUT_LISTENER.size());
        published.removeAll(listenedTo());
        assertThat(published).containsExactlyInAnyOrderElementsOf(WITHOUT_LISTENER);
    }

    private Set<String> published() {
        Set<String> events = new TreeSet<>();
        for (JavaClass type : classes) {
            boolean apiRecord = type.isRecord()
                    && type.isTopLevelClass()
                    && type.getModifiers().contains(JavaModifier.PUBLIC)
                    && type.getPackageName().split("\\.").length == 3
                    // a generic record is a container (a page of results), never an event
                    && type.getTypeParameters().isEmpty();
            if (apiRecord
                    && type.getConstructorCallsToSelf().stream()
                            .anyMatch(call -> publishes(call.getOriginOwner()) || aggregate(call.getOriginOwner()))) {
                events.add(type.getName());
            }
        }
        return events;
    }

    private static boolean publishes(JavaClass type) {
        return type.getAllFields().stream()
                .anyMatch(f -> f.getRawType().isEquivalentTo(ApplicationEventPublisher.class));
    }

    /** A module's aggregate (in its {@code model} package) returns the events its service publishes (decision 0022). */
    private static boolean aggregate(JavaClass type) {
        return type.getPackageName().endsWith(".model");
    }

    private Set<String> listenedTo() {
        Set<String> events = new TreeSet<>();
        for (JavaClass type : classes) {
            for (JavaMethod method : type.getMethods()) {
                boolean listener = LISTENER_ANNOTATIONS.stream()
                        .anyMatch(a -> method.isAnnotatedWith(a.getName()) || method.isMetaAnnotatedWith(a.getName()));
                if (listener && !method.getRawParameterTypes().isEmpty()) {
                    events.add(method.getRawParameterTypes().get(0).getName());
                }
            }
        }
        return events;
    }
}
