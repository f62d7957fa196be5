-- when the deal had entered the same stage before (it was moved back, or reopened): the funnel
-- counts a deal once per stage and period by counting only entries whose previous one, if any,
-- lies before the period; cheaper for the database than counting distinct deals
alter table stage_move add column previous_entry_at timestamp;
update stage_move set previous_entry_at = (select max(p.moved_at) from stage_move p
    where p.opportunity_id = stage_move.opportunity_id and p.to_stage_id = stage_move.to_stage_id
      and (p.moved_at < stage_move.moved_at or p.moved_at = stage_move.moved_at and p.id < stage_move.id));
