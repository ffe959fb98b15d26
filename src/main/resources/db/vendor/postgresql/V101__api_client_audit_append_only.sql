-- The API clients' audit log cannot be changed or emptied (PostgreSQL only, as case_audit: V55).
create function api_client_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The API client audit log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger api_client_audit_no_change before update or delete on api_client_audit
    for each row execute function api_client_audit_append_only();
create trigger api_client_audit_no_truncate before truncate on api_client_audit
    for each statement execute function api_client_audit_append_only();
