-- Each statement that changes a table a status is computed from moves the
-- facts' generation on. The trigger runs BEFORE the statement, so a writing
-- transaction takes the generation's row lock before any fact row's: fact
-- writers queue on it in one order and cannot deadlock over it. The row is
-- released at commit, so a reader never sees a new generation before the
-- facts that made it.
CREATE FUNCTION facts_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE facts_generation SET n = n + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER facts_organisations BEFORE INSERT OR UPDATE OR DELETE ON organisations
FOR EACH STATEMENT EXECUTE FUNCTION facts_generation_bump();

CREATE TRIGGER facts_plans BEFORE INSERT OR UPDATE OR DELETE ON plans
FOR EACH STATEMENT EXECUTE FUNCTION facts_generation_bump();

CREATE TRIGGER facts_plan_versions BEFORE INSERT OR UPDATE OR DELETE ON plan_versions
FOR EACH STATEMENT EXECUTE FUNCTION facts_generation_bump();

CREATE TRIGGER facts_followup_rounds BEFORE INSERT OR UPDATE OR DELETE ON followup_rounds
FOR EACH STATEMENT EXECUTE FUNCTION facts_generation_bump();

CREATE TRIGGER facts_plan_sections BEFORE INSERT OR UPDATE OR DELETE ON plan_sections
FOR EACH STATEMENT EXECUTE FUNCTION facts_generation_bump();

CREATE TRIGGER facts_self_reports BEFORE INSERT OR UPDATE OR DELETE ON self_reports
FOR EACH STATEMENT EXECUTE FUNCTION facts_generation_bump();

CREATE TRIGGER facts_measures BEFORE INSERT OR UPDATE OR DELETE ON measures
FOR EACH STATEMENT EXECUTE FUNCTION facts_generation_bump();

CREATE TRIGGER facts_findings BEFORE INSERT OR UPDATE OR DELETE ON findings
FOR EACH STATEMENT EXECUTE FUNCTION facts_generation_bump();

CREATE TRIGGER facts_assessments BEFORE INSERT OR UPDATE OR DELETE ON assessments
FOR EACH STATEMENT EXECUTE FUNCTION facts_generation_bump();

CREATE TRIGGER facts_consultations BEFORE INSERT OR UPDATE OR DELETE ON consultations
FOR EACH STATEMENT EXECUTE FUNCTION facts_generation_bump();
