package org.ssda903.job.steps;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.ssda903.common.Progress;
import org.ssda903.model.ChildSource;
import org.ssda903.reference.LaCodes;
import org.ssda903.reference.OfstedProviders;
import org.ssda903.reference.PostcodeLookup;
import org.ssda903.reference.ReferenceSnapshot;
import org.ssda903.returns.PreviousReturn;
import org.ssda903.returns.ReturnRepository;
import org.ssda903.run.JobParams;
import org.ssda903.run.RunContext;
import org.ssda903.validation.StoredYears;
import org.ssda903.validation.ValidationContext;
import org.ssda903.validation.ValidationService;

/**
 * Runs the year's rules over the run's staged children, with last year's return and the
 * reference data the rules need, and stores the findings in place of any an earlier
 * attempt stored. Both years' children are read from the store a slice at a time.
 */
@Component
public class ValidateTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ValidateTasklet.class);

	private final RunData run;

	private final ReferenceSnapshot reference;

	private final ValidationService validation;

	private final ReturnRepository returns;

	ValidateTasklet(RunData run, ReferenceSnapshot reference, ValidationService validation, ReturnRepository returns) {
		this.run = run;
		this.reference = reference;
		this.validation = validation;
		this.returns = returns;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobParams params = this.run.params();
		ChildSource children = this.run.staged();
		ValidationContext context = ValidationContext.of(params.year(), params.laCode());
		Optional<PreviousReturn.Source> previous = this.run.previousYear();
		if (previous.isPresent()) {
			context = context.withPreviousYear(previous.get().children());
		}
		context = context.withStoredYears(
				new StoredYears(this.returns.childrenWithEpisodesBefore(params.laCode(), params.year().endYear())));
		Optional<PostcodeLookup> postcodes = this.reference.postcodes(this.run.runId());
		if (postcodes.isPresent()) {
			context = context.withPostcodes(postcodes.get());
		}
		Optional<OfstedProviders> providers = this.reference.providers(this.run.runId());
		if (providers.isPresent()) {
			context = context.withProviders(providers.get());
		}
		Optional<LaCodes> laCodes = this.reference.laCodes(this.run.runId());
		if (laCodes.isPresent()) {
			context = context.withLaCodes(laCodes.get());
		}
		var result = this.validation.validateAndStore(this.run.runId(), context, children,
				RunContext.suppliedTables(chunkContext.getStepContext().getStepExecution().getJobExecution()),
				Progress.every(log::info, "run " + this.run.runId() + ": validate", "children"));
		log.info("run {}: validated {} children: {} issue(s)", this.run.runId(), children.size(),
				result.issues().size());
		return RepeatStatus.FINISHED;
	}

}
