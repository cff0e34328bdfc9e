-- Module municipality: the reference list of Belgian municipalities (postal code + name), as published by bpost.
-- A deelgemeente keeps its own postal code and name and points to its hoofdgemeente.
-- Coordinates (WGS84) serve geographic sorting (GET /card-systems?sort=postalCode).
create table municipality (
    postal_code       varchar(4)   not null,
    name              varchar(100) not null,
    main_municipality varchar(100) not null,
    province          varchar(60),
    latitude          numeric(8, 5),
    longitude         numeric(8, 5),
    constraint municipality_pk primary key (postal_code, name),
    constraint municipality_postal_code_ck check (length(postal_code) = 4),
    constraint municipality_latitude_ck check (latitude between -90 and 90),
    constraint municipality_longitude_ck check (longitude between -180 and 180)
);

create index municipality_name_ix on municipality (name);
