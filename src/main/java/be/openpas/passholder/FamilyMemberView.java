package be.openpas.passholder;

import java.time.OffsetDateTime;

/**
 * A member of a passholder's family list; the main member (the owner of the list) is always the first. {@code adult}:
 * 18 or older today, as the family's limit of adults counts (domain.md 3.13).
 */
public record FamilyMemberView(
        String uitpasNumber,
        PassholderView passholder,
        OffsetDateTime creationDate,
        String icon,
        boolean mainFamilyMember,
        boolean adult) {}
