-- Each change to a table a status is computed from moves the facts'
-- generation on (SQLite has row triggers only; a row's update is cheap).

CREATE TRIGGER facts_organisations_insert AFTER INSERT ON organisations
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_organisations_update AFTER UPDATE ON organisations
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_organisations_delete AFTER DELETE ON organisations
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_plans_insert AFTER INSERT ON plans
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_plans_update AFTER UPDATE ON plans
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_plans_delete AFTER DELETE ON plans
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_plan_versions_insert AFTER INSERT ON plan_versions
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_plan_versions_update AFTER UPDATE ON plan_versions
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_plan_versions_delete AFTER DELETE ON plan_versions
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_followup_rounds_insert AFTER INSERT ON followup_rounds
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_followup_rounds_update AFTER UPDATE ON followup_rounds
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_followup_rounds_delete AFTER DELETE ON followup_rounds
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_plan_sections_insert AFTER INSERT ON plan_sections
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_plan_sections_update AFTER UPDATE ON plan_sections
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_plan_sections_delete AFTER DELETE ON plan_sections
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_self_reports_insert AFTER INSERT ON self_reports
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_self_reports_update AFTER UPDATE ON self_reports
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_self_reports_delete AFTER DELETE ON self_reports
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_measures_insert AFTER INSERT ON measures
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_measures_update AFTER UPDATE ON measures
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_measures_delete AFTER DELETE ON measures
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_findings_insert AFTER INSERT ON findings
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_findings_update AFTER UPDATE ON findings
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_findings_delete AFTER DELETE ON findings
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_assessments_insert AFTER INSERT ON assessments
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_assessments_update AFTER UPDATE ON assessments
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_assessments_delete AFTER DELETE ON assessments
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_consultations_insert AFTER INSERT ON consultations
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_consultations_update AFTER UPDATE ON consultations
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER facts_consultations_delete AFTER DELETE ON consultations
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
END;
