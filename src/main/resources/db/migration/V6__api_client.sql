-- Module apiclient: integrators (OAuth2 clients) and their permissions per organizer.
create table api_client (
    client_id   varchar(100) not null,
    name        varchar(200) not null,
    secret_hash varchar(200) not null,
    admin       boolean      not null default false,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint api_client_pk primary key (client_id)
);

create table api_client_permission (
    client_id    varchar(100) not null,
    organizer_id uuid         not null,
    permission   varchar(60)  not null,
    constraint api_client_permission_pk primary key (client_id, organizer_id, permission),
    constraint api_client_permission_client_fk foreign key (client_id) references api_client (client_id) on delete cascade,
    constraint api_client_permission_organizer_fk foreign key (organizer_id) references organizer (id) on delete cascade
);

create index api_client_permission_organizer_ix on api_client_permission (organizer_id);
