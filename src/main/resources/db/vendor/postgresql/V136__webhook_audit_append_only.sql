-- The webhook endpoints' audit log cannot be changed or emptied (PostgreSQL only, as api_client_audit: V101).
create function webhook_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The webhook audit log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger webhook_audit_no_change before update or delete on webhook_audit
    for each row execute function webhook_audit_append_only();
create trigger webhook_audit_no_truncate before truncate on webhook_audit
    for each statement execute function webhook_audit_append_only();
