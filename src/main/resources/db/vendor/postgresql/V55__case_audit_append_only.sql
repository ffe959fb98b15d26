-- The audit log cannot be changed or emptied, whatever the application asks (PostgreSQL only;
-- on H2, the embedded default, the application's own code is the guard).
create function case_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The case audit log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger case_audit_no_change before update or delete on case_audit
    for each row execute function case_audit_append_only();
create trigger case_audit_no_truncate before truncate on case_audit
    for each statement execute function case_audit_append_only();
