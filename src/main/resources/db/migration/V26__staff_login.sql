-- Module staff: logging in to the counter app. staff_user.password_hash (V4) holds a Spring Security
-- DelegatingPasswordEncoder hash ({argon2}..., {bcrypt}...); the counter a person worked for last is remembered.
alter table staff_user add column last_organizer_id uuid;

-- Whether the counter may grant, renew and end a kansenstatuut (PASSHOLDERS_WRITE_SOCIALTARIFF) for this person.
-- Set by region administrators (admin API, import), never by the organizer's own admins.
alter table staff_membership add column social_tariff boolean not null default false;
