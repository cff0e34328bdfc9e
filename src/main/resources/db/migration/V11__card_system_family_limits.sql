-- Module cardsystem: how many members (and adults) a passholder's family list may hold in this card system.
alter table card_system add column family_max_members integer not null default 10;
alter table card_system add column family_max_adults integer not null default 4;
