package be.openpas.passholder;

import java.util.UUID;

/**
 * A passholder became a member of a card system: by registering ({@code newPassholder}) or by joining another card
 * system. Published inside the transaction that writes the membership, so what listeners do (welcome points, welcome
 * rewards) is committed or rolled back with it. Not published for imported passholders: they bring their history.
 */
public record MembershipStarted(UUID passholderId, int cardSystemId, UUID organizerId, boolean newPassholder) {}
