-- Module grouppass: group passes, an UiTPAS card held by an organisation (a welfare association, a school group) with
-- an optional kansenstatuut and a yearly budget of kansentarief tickets (domain.md 2.13, 3.12). The tickets used are
-- counted by the ticket sales, which own them; a group pass only keeps its budget.
create table grouppass (
    id                     uuid                     not null,
    name                   varchar(300)             not null,
    card_system_id         integer                  not null,
    uitpas_number          varchar(13)              not null,
    email                  varchar(320),
    telephone              varchar(50),
    street                 varchar(300),
    postal_code            varchar(10)              not null,
    city                   varchar(100)             not null,
    country                varchar(2)               not null,
    social_tariff_end_date date,
    tickets_per_year       integer                  not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    constraint grouppass_pk primary key (id),
    constraint grouppass_uitpas_number_uk unique (uitpas_number),
    constraint grouppass_card_fk foreign key (uitpas_number) references card (uitpas_number),
    constraint grouppass_card_system_fk foreign key (card_system_id) references card_system (id),
    constraint grouppass_tickets_per_year_ck check (tickets_per_year >= 0)
);

create index grouppass_card_system_ix on grouppass (card_system_id);
