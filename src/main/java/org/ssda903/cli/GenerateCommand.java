package org.ssda903.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code generate}: a synthetic extract. PLACEHOLDER until the generator lands. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write a synthetic extract.")
class GenerateCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		return ExitCodes.INTERNAL_ERROR;
	}

}
