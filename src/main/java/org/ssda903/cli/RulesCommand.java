package org.ssda903.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.ssda903.model.CollectionYear;
import org.ssda903.model.Table;
import org.ssda903.validation.Rule;
import org.ssda903.validation.RuleCatalogue;
import org.ssda903.validation.RuleInfo;
import org.ssda903.validation.RuleSet;

/** {@code rules}: the validation rules of a collection year, as a table or as CSV. */
@Command(name = "rules", mixinStandardHelpOptions = true,
		description = "List the validation rules of a collection year with their severity, files, fields and message.")
class RulesCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--year", paramLabel = "YYYY", defaultValue = "2025",
			description = "The year the collection ends (default: ${DEFAULT-VALUE}, i.e. 2024-25).",
			converter = CollectionYearConverter.class)
	CollectionYear year;

	@Option(names = "--csv", paramLabel = "FILE",
			description = "Write the list as CSV (rule_code,severity,tables,fields,years,message,declared_in) to FILE.")
	Path csv;

	@Override
	public Integer call() throws IOException {
		CollectionYear collectionYear = this.year;
		RuleSet rules = new RuleSet(collectionYear, RuleCatalogue.all());
		if (this.csv != null) {
			try (Writer writer = Files.newBufferedWriter(this.csv, StandardCharsets.UTF_8)) {
				ICSVWriter out = new CSVWriterBuilder(writer).withLineEnd("\n").build();
				out.writeNext(
						new String[] { "rule_code", "severity", "tables", "fields", "years", "message", "declared_in" },
						false);
				for (Rule rule : rules.rules()) {
					RuleInfo info = rule.info();
					out.writeNext(new String[] { info.code(), info.severity().label(), tables(info),
							String.join(" ", info.fields()), info.years().toString(), info.message(),
							RuleCatalogue.declaredIn(rule) }, false);
				}
				out.flush();
			}
			this.spec.commandLine()
				.getOut()
				.printf("%d rules of %s written to %s%n", rules.rules().size(), collectionYear, this.csv);
			return ExitCodes.COMPLETED;
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("%d rules for %s%n", rules.rules().size(), collectionYear);
		String format = "%-10s %-6s %-28s %-36s %-52s %s%n";
		out.printf(format, "code", "sev.", "files", "fields", "declared in", "message");
		for (Rule rule : rules.rules()) {
			RuleInfo info = rule.info();
			out.printf(format, info.code(), info.severity().label(), tables(info), String.join(" ", info.fields()),
					RuleCatalogue.declaredIn(rule), info.message());
		}
		out.flush();
		return ExitCodes.COMPLETED;
	}

	private static String tables(RuleInfo info) {
		return info.tables().stream().map(Table::baseName).collect(Collectors.joining(" "));
	}

}
