-- What a formal citation of an instrument needs, from its official record: where and when it was adopted and by which
-- session, when it entered into force, its place in the United Nations Treaty Series, and the symbol of the
-- resolution or document. The adopting body's French name sits beside the English one already in `body`.
-- `unconfirmed` names the fields whose value could not be checked against the official record.
alter table instrument
    add column adopted_on       date,
    add column adopted_at_en    text,
    add column adopted_at_fr    text,
    add column body_fr          text,
    add column session_en       text,
    add column session_fr       text,
    add column entry_into_force date,
    add column unts_volume      integer check (unts_volume > 0),
    add column unts_page        integer check (unts_page > 0),
    add column document_symbol  text,
    add column unconfirmed      text[] not null default '{}';
