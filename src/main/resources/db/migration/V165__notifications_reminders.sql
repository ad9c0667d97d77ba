-- The daily reminders of agreement reviews and commitments coming due (notifications module, docs/notifications.md):
-- one row per reminder queued, keyed by what it is about, its due date and its recipient, written in the transaction
-- that queues the message. A second run, a second node or a restart finds the key and queues nothing; a due date
-- that moves is a new key, so it reminds again.
create table notification_reminder (
    kind       varchar(20)  not null,
    item_id    uuid         not null,
    due_on     date         not null,
    recipient  varchar(100) not null,
    created_at timestamp with time zone not null,
    primary key (kind, item_id, due_on, recipient)
);
-- what the job reads back: the markers of the items it found
create index notification_reminder_item_idx on notification_reminder (item_id);
