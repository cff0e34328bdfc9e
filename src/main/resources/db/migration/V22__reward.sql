-- Module reward: rewards (v3 omruilvoordelen and welkomstvoordelen), their welcome grants, redemptions and redeem
-- codes (docs/rewards.md). Points are not stored here: a redemption writes an entry in the points ledger.
create table reward (
    id                      uuid          not null,
    type                    varchar(10)   not null,
    title                   varchar(300)  not null,
    promotional_description varchar(4000) not null,
    practical_info          varchar(4000),
    more_info_url           varchar(2000),
    points                  integer       not null,
    publication_begin       timestamp with time zone not null,
    publication_end         timestamp with time zone,
    redeem_begin            timestamp with time zone not null,
    redeem_end              timestamp with time zone,
    granting_begin          timestamp with time zone,
    granting_end            timestamp with time zone,
    owning_card_system_id   integer       not null,
    all_card_systems        boolean       not null,
    -- null: unlimited (the contract's 0)
    max_available_units     integer,
    -- POINTS: redemptions that were not cancelled; WELCOME: grants
    units_taken             integer       not null default 0,
    -- redemptions that were not cancelled (sort redeemCount)
    redeem_count            integer       not null default 0,
    redeem_limit_volume     integer,
    redeem_limit_period     varchar(10),
    for_kids                boolean       not null,
    sport                   boolean       not null,
    featured                boolean       not null,
    online                  boolean       not null,
    in_spotlight            boolean       not null,
    redeem_info_text        varchar(2000),
    redeem_info_link        varchar(2000),
    redeem_info_label       varchar(200),
    redeem_codes            varchar(10)   not null default 'NONE',
    status                  varchar(10)   not null,
    -- set by the first redemption (POINTS) or grant (WELCOME), never reset: points and begin dates are locked then
    in_use                  boolean       not null default false,
    created_at              timestamp with time zone not null,
    created_by              varchar(200)  not null,
    updated_at              timestamp with time zone not null,
    constraint reward_pk primary key (id),
    constraint reward_owning_card_system_fk foreign key (owning_card_system_id) references card_system (id),
    constraint reward_type_ck check (type in ('POINTS', 'WELCOME')),
    constraint reward_points_ck check (points >= 0 and (type = 'POINTS' or points = 0)),
    constraint reward_publication_ck check (publication_end is null or publication_begin <= publication_end),
    constraint reward_redeem_period_ck check (redeem_end is null or redeem_begin <= redeem_end),
    constraint reward_granting_period_ck check (granting_end is null or granting_begin <= granting_end),
    constraint reward_units_ck check (units_taken >= 0 and redeem_count >= 0
        and (max_available_units is null or (max_available_units > 0 and units_taken <= max_available_units))),
    constraint reward_redeem_limit_ck check ((redeem_limit_volume is null) = (redeem_limit_period is null)
        and (redeem_limit_volume is null or redeem_limit_volume > 0)),
    constraint reward_redeem_limit_period_ck check (redeem_limit_period is null
        or redeem_limit_period in ('ABSOLUTE', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')),
    constraint reward_redeem_codes_ck check (redeem_codes in ('NONE', 'GENERATED', 'LIST')),
    constraint reward_status_ck check (status in ('ACTIVE', 'INACTIVE', 'DELETED'))
);
create index reward_owning_card_system_ix on reward (owning_card_system_id, status);
create index reward_redeem_period_ix on reward (status, redeem_begin, redeem_end);

-- The card systems whose members may redeem the reward, when it is not for all card systems.
create table reward_card_system (
    reward_id      uuid    not null,
    card_system_id integer not null,
    constraint reward_card_system_pk primary key (reward_id, card_system_id),
    constraint reward_card_system_reward_fk foreign key (reward_id) references reward (id) on delete cascade,
    constraint reward_card_system_card_system_fk foreign key (card_system_id) references card_system (id)
        on delete cascade
);
create index reward_card_system_ix on reward_card_system (card_system_id);

-- Where the reward can be redeemed, in the order given, with the organizer's name and place as copies for searching
-- ("text", "organizerPostalCode"), refreshed when the organizer changes. No foreign key to organizer on purpose: a
-- deleted organizer's row is removed by the module, the reward stays.
create table reward_organizer (
    reward_id    uuid         not null,
    organizer_id uuid         not null,
    position     integer      not null,
    name         varchar(300) not null,
    postal_code  varchar(10),
    city         varchar(100),
    constraint reward_organizer_pk primary key (reward_id, organizer_id),
    constraint reward_organizer_reward_fk foreign key (reward_id) references reward (id) on delete cascade
);
create index reward_organizer_organizer_ix on reward_organizer (organizer_id);

create table reward_category (
    reward_id uuid        not null,
    category  varchar(50) not null,
    constraint reward_category_pk primary key (reward_id, category),
    constraint reward_category_reward_fk foreign key (reward_id) references reward (id) on delete cascade,
    constraint reward_category_ck check (category in ('Eten en drinken', 'Doen', 'Gadget of item', 'Goede doel'))
);

create table reward_picture (
    reward_id uuid          not null,
    position  integer       not null,
    url       varchar(2000) not null,
    constraint reward_picture_pk primary key (reward_id, position),
    constraint reward_picture_reward_fk foreign key (reward_id) references reward (id) on delete cascade
);

-- Welcome rewards granted to a passholder (once) on registering or joining a card system.
create table reward_grant (
    reward_id      uuid    not null,
    passholder_id  uuid    not null,
    card_system_id integer not null,
    organizer_id   uuid,
    granted_at     timestamp with time zone not null,
    constraint reward_grant_pk primary key (reward_id, passholder_id),
    constraint reward_grant_reward_fk foreign key (reward_id) references reward (id)
);
create index reward_grant_passholder_ix on reward_grant (passholder_id);

-- Redemptions (the contract's RedeemedReward). A cancelled one is kept with its cancellation.
create table reward_redemption (
    id            uuid         not null,
    reward_id     uuid         not null,
    passholder_id uuid         not null,
    uitpas_number varchar(13)  not null,
    organizer_id  uuid         not null,
    points        integer      not null,
    redeem_code   varchar(200),
    redeemed_at   timestamp with time zone not null,
    client_id     varchar(200) not null,
    cancelled_at  timestamp with time zone,
    cancelled_by  varchar(200),
    constraint reward_redemption_pk primary key (id),
    constraint reward_redemption_reward_fk foreign key (reward_id) references reward (id),
    constraint reward_redemption_points_ck check (points >= 0),
    constraint reward_redemption_code_uk unique (reward_id, redeem_code)
);
create index reward_redemption_passholder_ix on reward_redemption (passholder_id, reward_id, redeemed_at);
create index reward_redemption_history_ix on reward_redemption (passholder_id, redeemed_at);

-- Redeem codes uploaded for rewards with redeem_codes = 'LIST', handed out one per redemption in upload order and
-- never handed out again (also not after a cancellation: the passholder has seen the code).
create table reward_redeem_code (
    reward_id     uuid         not null,
    code          varchar(200) not null,
    position      integer      not null,
    redemption_id uuid,
    constraint reward_redeem_code_pk primary key (reward_id, code),
    constraint reward_redeem_code_reward_fk foreign key (reward_id) references reward (id) on delete cascade,
    constraint reward_redeem_code_position_uk unique (reward_id, position),
    constraint reward_redeem_code_redemption_uk unique (redemption_id)
);
create index reward_redeem_code_free_ix on reward_redeem_code (reward_id, redemption_id, position);
