package org.ssda903.cli;

import picocli.CommandLine;

import org.ssda903.model.CollectionYear;

/**
 * Reads {@code --year YYYY}; a year the product does not support is a usage error that
 * says which are.
 */
class CollectionYearConverter implements CommandLine.ITypeConverter<CollectionYear> {

	@Override
	public CollectionYear convert(String value) {
		try {
			return new CollectionYear(Integer.parseInt(value.trim()));
		}
		catch (NumberFormatException ex) {
			throw new CommandLine.TypeConversionException("'" + value + "' is not a year such as 2025");
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.TypeConversionException(ex.getMessage());
		}
	}

}
