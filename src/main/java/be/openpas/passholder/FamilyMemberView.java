package be.openpas.passholder;

import java.time.OffsetDateTime;

/** A member of a passholder's family list; the main member (the owner of the list) is always the first. */
public record FamilyMemberView(
        String uitpasNumber,
        PassholderView passholder,
        OffsetDateTime creationDate,
        String icon,
        boolean mainFamilyMember) {}
