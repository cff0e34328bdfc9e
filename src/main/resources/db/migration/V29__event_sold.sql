-- Module event: the events that have ticket sales, whose card systems and manual distribution keys can then no longer
-- change (event-already-has-ticketsales). The ticket sales tell the event of its first sale, in the sale's
-- transaction; it stays sold. Before, the events asked the ticket sales (a call back from event into ticketing).
create table event_sold (
    event_id       uuid                     not null,
    first_sale_at  timestamp with time zone not null,
    constraint event_sold_pk primary key (event_id),
    constraint event_sold_event_fk foreign key (event_id) references event (id) on delete cascade
);

-- Backfill: the events with a sale that is not cancelled, as the ticket sales answered until now. (The data of module
-- ticketing is only read, once; jOOQ's code generator skips this statement.)
/* [jooq ignore start] */
insert into event_sold (event_id, first_sale_at)
select s.event_id, min(s.created_at)
from ticket_sale s
join event e on e.id = s.event_id
where s.cancelled_at is null
group by s.event_id;
/* [jooq ignore stop] */
