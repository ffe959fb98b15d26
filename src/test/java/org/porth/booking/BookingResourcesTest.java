package org.porth.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.resident.Somebody;
import org.porth.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/** A service's definition says what it books; every booking service names resources that exist. */
@SpringBootTest
class BookingResourcesTest {

    @Autowired
    private BookingResources resources;
    @Autowired
    private Catalogue catalogue;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyBookingServiceBooksResourcesThatExist() {
        Somebody.signIn(Somebody.named("Rhys").asResident());
        List<ServiceDefinition> booking = catalogue.services(Language.ENGLISH).stream()
                .filter(service -> !service.booking().isEmpty()).toList();

        assertThat(booking).extracting(ServiceDefinition::id).contains("bulky-waste", "register-birth");
        assertThat(booking).allSatisfy(service -> assertThat(resources.forService(service.id())).as(service.id()).isNotEmpty());
    }

    @Test
    void aChoiceOfResourceOffersOnlyTheServicesResources() {
        Somebody.signIn(Somebody.named("Rhys").asResident());
        List<ServiceDefinition> choosing = catalogue.services(Language.ENGLISH).stream()
                .filter(service -> service.bookingChoiceQuestion().isPresent()).toList();

        assertThat(choosing).extracting(ServiceDefinition::id).contains("register-birth");
        assertThat(choosing).allSatisfy(service -> assertThat(service.question(service.bookingChoiceQuestion()
                .orElseThrow()).orElseThrow().options()).extracting(option -> option.value()).as(service.id())
                .containsExactlyInAnyOrderElementsOf(resources.forService(service.id()).stream()
                        .map(BookableResource::id).toList()));
    }

    @Test
    void bulkyWasteBooksTheRoundOfTheResidentsWard() {
        Somebody.signIn(Somebody.named("Rhys").asResident());

        assertThat(resources.forService("bulky-waste")).extracting(BookableResource::id)
                .containsExactlyInAnyOrder("bulky-waste-north", "bulky-waste-south");
        assertThat(resources.forService("bulky-waste", "Castell")).map(BookableResource::id).contains("bulky-waste-south");
        assertThat(resources.forService("bulky-waste", "Gogledd Porth")).map(BookableResource::id).contains("bulky-waste-north");
        assertThat(resources.forService("register-birth")).extracting(BookableResource::id)
                .containsExactlyInAnyOrder("birth-registration-porth", "birth-registration-aberporth");
        assertThat(resources.forService("missed-bin")).isEmpty();
    }
}
