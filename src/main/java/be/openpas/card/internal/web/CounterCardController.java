package be.openpas.card.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.card.CardPackage;
import be.openpas.card.CardStock;
import be.openpas.card.Cards;
import be.openpas.shared.refusal.ResourceNotFound;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The counter's side of the card stock (not in the UiTPAS contract): the packages the card system sent it, confirming
 * that one arrived (its cards become LOCAL_STOCK and can be handed out), and the stock it has. Needs
 * {@code PASSHOLDERS_WRITE} (a registration counter) for the organizer.
 */
@RestController
class CounterCardController {

    private final Cards cards;
    private final Access access;

    CounterCardController(Cards cards, Access access) {
        this.cards = cards;
        this.access = access;
    }

    @GetMapping("/card-packages")
    List<CardPackage> packages(@RequestParam UUID organizerId) {
        access.require(Permission.PASSHOLDERS_WRITE, organizerId);
        return cards.packagesFor(organizerId);
    }

    @PostMapping("/card-packages/{packageId}/receipt")
    CardPackage receive(@PathVariable long packageId) {
        CardPackage sent = cards.packageOf(packageId);
        if (!access.has(Permission.PASSHOLDERS_WRITE, sent.organizerId())) {
            // the same answer as for a package that does not exist: other counters' packages are not visible
            throw new ResourceNotFound("Package " + packageId).exception();
        }
        return cards.receivePackage(packageId);
    }

    @GetMapping("/card-stock")
    List<CardStock> stock(@RequestParam UUID organizerId) {
        access.require(Permission.PASSHOLDERS_WRITE, organizerId);
        return cards.stock(organizerId);
    }
}
