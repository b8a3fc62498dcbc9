/**
 * The briefing pack: which items a pack holds ({@link org.casebook.report.model.PackScope}), how it is laid out
 * ({@link org.casebook.report.PackOptions}), the names it hides ({@link org.casebook.report.Redactor}), and the
 * tagged PDF itself, written through OpenHTMLtoPDF on PDFBox (ADR 12). Plain Java and PDF libraries only: the
 * app previews and prints through the service, which hands out the interfaces of {@link org.casebook.report.model}, never PDFBox itself.
 */
package org.casebook.report;
