package be.openpas.passholder;

import java.time.OffsetDateTime;

/** Another passholder's family list that contains this passholder: its main member and since when. */
public record FamilyView(PassholderView mainMember, OffsetDateTime memberSince) {}
