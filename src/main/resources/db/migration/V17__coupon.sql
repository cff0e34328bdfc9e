-- Module coupon: coupon definitions per card system (v3 TicketSaleCoupon; in v4 a tariff of type COUPON).
-- Usage is not stored here: the ticketing module counts it from its own ticket sales.
create table coupon (
    id                       integer        not null,
    card_system_id           integer        not null,
    name                     varchar(200)   not null,
    description              varchar(2000),
    value_kind               varchar(20)    not null,
    value_amount             numeric(10, 2) not null,
    valid_from               date           not null,
    valid_to                 date           not null,
    target_kind              varchar(20)    not null,
    min_age                  integer,
    max_age                  integer,
    price_from               numeric(10, 2),
    price_below              numeric(10, 2),
    passholder_limit_volume  integer,
    passholder_limit_period  varchar(10),
    event_limit_volume       integer,
    event_limit_period       varchar(10),
    total_units              integer,
    status                   varchar(10)    not null,
    stopped_at               timestamp with time zone,
    updated_at               timestamp with time zone not null,
    constraint coupon_pk primary key (id),
    constraint coupon_card_system_fk foreign key (card_system_id) references card_system (id) on delete cascade,
    constraint coupon_value_kind_ck check (value_kind in ('FIXED_PRICE', 'DISCOUNT')),
    constraint coupon_value_amount_ck check (value_amount >= 0),
    constraint coupon_validity_ck check (valid_from <= valid_to),
    constraint coupon_target_kind_ck check (target_kind in ('ALL', 'SOCIAL_TARIFF', 'SEGMENT', 'GROUPPASSES')),
    constraint coupon_ages_ck check (min_age is null or max_age is null or min_age <= max_age),
    constraint coupon_prices_ck check (price_from is null or price_below is null or price_from < price_below),
    constraint coupon_passholder_limit_ck check ((passholder_limit_volume is null) = (passholder_limit_period is null)
        and (passholder_limit_volume is null or passholder_limit_volume >= 0)),
    constraint coupon_event_limit_ck check ((event_limit_volume is null) = (event_limit_period is null)
        and (event_limit_volume is null or event_limit_volume >= 0)),
    constraint coupon_passholder_limit_period_ck check (passholder_limit_period is null
        or passholder_limit_period in ('ABSOLUTE', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')),
    constraint coupon_event_limit_period_ck check (event_limit_period is null
        or event_limit_period in ('ABSOLUTE', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')),
    constraint coupon_total_units_ck check (total_units is null or total_units >= 0),
    constraint coupon_status_ck check (status in ('ACTIVE', 'STOPPED', 'DELETED')),
    constraint coupon_stopped_ck check (status <> 'STOPPED' or stopped_at is not null)
);
create index coupon_card_system_ix on coupon (card_system_id, status);

-- SEGMENT targets: the postal codes of the passholders' addresses (none: any postal code).
create table coupon_postal_code (
    coupon_id   integer     not null,
    postal_code varchar(10) not null,
    constraint coupon_postal_code_pk primary key (coupon_id, postal_code),
    constraint coupon_postal_code_coupon_fk foreign key (coupon_id) references coupon (id) on delete cascade
);

-- The scope: organizers and events the coupon is limited to (none: all of the card system). No foreign keys to
-- organizer and event on purpose: deleting an organizer or event must not empty the list, which would widen the
-- coupon to every organizer or event; a stale id simply matches nothing.
create table coupon_organizer (
    coupon_id    integer not null,
    organizer_id uuid    not null,
    constraint coupon_organizer_pk primary key (coupon_id, organizer_id),
    constraint coupon_organizer_coupon_fk foreign key (coupon_id) references coupon (id) on delete cascade
);

create table coupon_event (
    coupon_id integer not null,
    event_id  uuid    not null,
    constraint coupon_event_pk primary key (coupon_id, event_id),
    constraint coupon_event_coupon_fk foreign key (coupon_id) references coupon (id) on delete cascade
);

-- Who pays the discount of a coupon sale, in order; the percentages add up to 100.
create table coupon_discount_share (
    coupon_id integer       not null,
    position  integer       not null,
    payer     varchar(20)   not null,
    funder    varchar(200),
    percentage numeric(5, 2) not null,
    constraint coupon_discount_share_pk primary key (coupon_id, position),
    constraint coupon_discount_share_coupon_fk foreign key (coupon_id) references coupon (id) on delete cascade,
    constraint coupon_discount_share_payer_ck check (payer in ('ORGANIZER', 'MUNICIPALITY', 'FUNDER')),
    constraint coupon_discount_share_percent_ck check (percentage > 0 and percentage <= 100)
);

-- Ids chosen by administrators (imports) stay below this; generated ids start here.
create sequence coupon_id_seq start with 100000;
