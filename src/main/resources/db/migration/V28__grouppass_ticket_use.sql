-- Module grouppass: the tickets at kansentarief a group pass used per budget year (domain.md 3.12), kept by the group
-- passes themselves. The ticket sales tell them in the sale's transaction when they register or cancel a sale at
-- kansentarief of a group pass; a conditional update never lets tickets_used pass the group pass's tickets_per_year
-- (grouppass' TicketBudget). Before, the group passes asked the ticket sales to count them (a call back from grouppass
-- into ticketing).
create table grouppass_ticket_use (
    grouppass_id uuid    not null,
    -- the calendar year in Brussels in which the tickets were sold: the budget they use
    budget_year  integer not null,
    tickets_used integer not null,
    constraint grouppass_ticket_use_pk primary key (grouppass_id, budget_year),
    constraint grouppass_ticket_use_grouppass_fk foreign key (grouppass_id) references grouppass (id) on delete cascade,
    constraint grouppass_ticket_use_tickets_ck check (tickets_used >= 0)
);

-- Backfill: the sales registered before this migration, counted as the ticket sales counted them until now: a group
-- pass's sales at kansentarief that are not cancelled, per calendar year in Brussels of the moment of the sale. (The
-- data of module ticketing is only read, once; jOOQ's code generator skips this statement.)
/* [jooq ignore start] */
insert into grouppass_ticket_use (grouppass_id, budget_year, tickets_used)
select s.holder_id, extract(year from (s.created_at at time zone 'Europe/Brussels')), count(*)
from ticket_sale s
join grouppass g on g.id = s.holder_id
where s.holder_kind = 'GROUPPASS'
  and s.tariff_type = 'SOCIALTARIFF'
  and s.cancelled_at is null
group by s.holder_id, extract(year from (s.created_at at time zone 'Europe/Brussels'));
/* [jooq ignore stop] */
