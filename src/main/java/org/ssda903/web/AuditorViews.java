package org.ssda903.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * Renders the auditor page's templates ({@code templates/auditor/}). An engine of its own
 * rather than a view resolver: the page's controller decides status and headers, and no
 * other template of the product can be reached from a request.
 */
@Component
class AuditorViews {

	private final TemplateEngine engine = new TemplateEngine();

	AuditorViews() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(AuditorViews.class.getClassLoader());
		resolver.setPrefix("templates/auditor/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		this.engine.setTemplateResolver(resolver);
	}

	String render(String template, Map<String, Object> model) {
		return this.engine.process(template, new Context(java.util.Locale.UK, model));
	}

}
