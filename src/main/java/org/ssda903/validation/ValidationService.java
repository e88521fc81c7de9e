package org.ssda903.validation;

import java.util.Set;

import org.springframework.stereotype.Service;

import org.ssda903.common.Progress;
import org.ssda903.model.ChildSource;
import org.ssda903.model.Table;

/**
 * Validates a run's staged extract and stores the issues and the per-rule tally,
 * replacing an earlier attempt's.
 */
@Service
public class ValidationService {

	private final ValidationRepository repository;

	public ValidationService(ValidationRepository repository) {
		this.repository = repository;
	}

	public Validator.Result validateAndStore(long runId, ValidationContext context, ChildSource children,
			Set<Table> suppliedTables, Progress progress) {
		Validator validator = new Validator(new RuleSet(context.year(), RuleCatalogue.all()), context);
		Validator.Result result = validator.validate(children, suppliedTables, progress);
		this.repository.deleteRun(runId);
		this.repository.insertIssues(runId, result.issues());
		this.repository.insertRuleRuns(runId, result.ruleRuns());
		return result;
	}

}
