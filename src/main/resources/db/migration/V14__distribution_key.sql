-- Module distribution: distribution keys per card system (when the kansentarief applies and who pays what).
create table distribution_key (
    id               integer      not null,
    card_system_id   integer      not null,
    name             varchar(200) not null,
    automatic        boolean      not null,
    price_from       numeric(10, 2),
    price_below      numeric(10, 2),
    social_tariff    varchar(30)  not null,
    residence        varchar(30)  not null,
    updated_at       timestamp with time zone not null,
    constraint distribution_key_pk primary key (id),
    constraint distribution_key_card_system_fk foreign key (card_system_id) references card_system (id) on delete cascade,
    constraint distribution_key_social_tariff_ck check (social_tariff in ('MY_CARDSYSTEM', 'AT_LEAST_ONE_CARDSYSTEM')),
    constraint distribution_key_residence_ck check (residence in ('ANY', 'SAME_MUNICIPALITY', 'OTHER_MUNICIPALITY'))
);
create index distribution_key_card_system_ix on distribution_key (card_system_id);

create table distribution_key_share (
    key_id     integer        not null,
    position   integer        not null,
    payer      varchar(20)    not null,
    funder     varchar(200),
    kind       varchar(30)    not null,
    share_value numeric(10, 2) not null,
    constraint distribution_key_share_pk primary key (key_id, position),
    constraint distribution_key_share_key_fk foreign key (key_id) references distribution_key (id) on delete cascade,
    constraint distribution_key_share_payer_ck check (payer in ('PASSHOLDER', 'ORGANIZER', 'MUNICIPALITY', 'FUNDER')),
    constraint distribution_key_share_kind_ck check (kind in ('FIXED', 'PERCENT_OF_TOTAL', 'PERCENT_OF_REMAINDER'))
);

create table distribution_key_organizer (
    key_id       integer not null,
    organizer_id uuid    not null,
    constraint distribution_key_organizer_pk primary key (key_id, organizer_id),
    constraint distribution_key_organizer_key_fk foreign key (key_id) references distribution_key (id) on delete cascade,
    constraint distribution_key_organizer_organizer_fk foreign key (organizer_id) references organizer (id) on delete cascade
);

create sequence distribution_key_id_seq start with 100000;
