-- Module ticketing: the sales of a card system in a period, for the settlement of a region (module report).
create index ticket_sale_card_system_ix on ticket_sale (card_system_id, created_at);
