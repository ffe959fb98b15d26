-- An uploaded file waits in a slot until it is sent (docs/decisions/0025-file-limits-and-access.md):
-- a question of a draft (draft_id, question_id), or a message about a case (case_reference, no draft).
-- Once it is sent with a request or a message, case_reference names that case and sent_at says when;
-- staff reach a file exactly when they may read that case.
alter table stored_file alter column draft_id drop not null;
alter table stored_file add column question_id varchar(100);
alter table stored_file add column case_reference varchar(13);
alter table stored_file add column sent_at timestamp(6) with time zone;

-- files already sent with a request: its reference, from the draft it was submitted from
update stored_file
set case_reference = (select r.reference from submitted_request r where r.draft_id = stored_file.draft_id),
    sent_at = (select r.submitted_at from submitted_request r where r.draft_id = stored_file.draft_id)
where exists (select 1 from submitted_request r where r.draft_id = stored_file.draft_id);

-- files uploaded for a message were kept under the draft id 'message-<reference>'; sent if a message names them
update stored_file set case_reference = substring(draft_id from 9), draft_id = null
where draft_id like 'message-%';
update stored_file set sent_at = uploaded_at
where draft_id is null and case_reference is not null
  and exists (select 1 from case_timeline t join service_case c on c.id = t.case_id
              where c.reference = stored_file.case_reference and t.subject like '%' || stored_file.id || '%');

-- what one person stores in all (their limit), and the files still waiting (the purge of unsent files)
create index stored_file_by_uploader on stored_file (uploaded_by);
create index stored_file_by_case on stored_file (case_reference);
create index stored_file_unsent on stored_file (sent_at, uploaded_at);
