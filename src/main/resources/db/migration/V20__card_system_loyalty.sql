-- Module cardsystem: loyalty settings of a card system. Check-ins are allowed from some time before an event starts
-- to some time after it ends (5 hours by default, domain.md 3.6); registration may grant welcome points.
alter table card_system add column checkin_minutes_before integer not null default 300;
alter table card_system add column checkin_minutes_after integer not null default 300;
alter table card_system add column welcome_points integer not null default 0;
alter table card_system add constraint card_system_checkin_before_ck check (checkin_minutes_before between 0 and 1440);
alter table card_system add constraint card_system_checkin_after_ck check (checkin_minutes_after between 0 and 1440);
alter table card_system add constraint card_system_welcome_points_ck check (welcome_points between 0 and 1000);
