package be.openpas.support;

import be.openpas.apiclient.ApiClients;
import be.openpas.card.Cards;
import be.openpas.cardsystem.CardSystems;
import be.openpas.grouppass.GroupPasses;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.PassholderImports;
import be.openpas.passholder.Registrations;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Validates every MockMvc exchange against the contract. */
@TestConfiguration(proxyBeanMethods = false)
@Import(ApiTestConfiguration.FailingController.class)
class ApiTestConfiguration {

    /** An operation that fails unexpectedly, to test what a client sees of a 500. */
    @RestController
    static class FailingController {

        @GetMapping("/test/unexpected-failure")
        String fail() {
            throw new IllegalStateException("connection to db-internal-7 refused for user openpas_rw");
        }
    }

    @Bean
    Fixtures fixtures(
            CardSystems cardSystems,
            Organizers organizers,
            ApiClients clients,
            Cards cards,
            Registrations registrations,
            PassholderImports passholderImports,
            MembershipPrices prices,
            GroupPasses groupPasses) {
        return new Fixtures(
                cardSystems, organizers, clients, cards, registrations, passholderImports, prices, groupPasses);
    }

    @Bean
    SaleFixtures saleFixtures(
            be.openpas.event.Events events,
            be.openpas.distribution.DistributionKeys keys,
            Organizers organizers,
            Fixtures fixtures) {
        return new SaleFixtures(events, keys, organizers, fixtures);
    }

    @Bean
    MockMvcBuilderCustomizer contractValidation() {
        return builder -> builder.alwaysDo(ContractValidator::check);
    }
}
