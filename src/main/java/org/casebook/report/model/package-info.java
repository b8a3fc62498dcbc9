/**
 * What the briefing pack engine publishes to services, screens and commands: which items a pack holds
 * ({@link org.casebook.report.model.PackScope}), its parts ({@link org.casebook.report.model.PackSection}), the names
 * it hides ({@link org.casebook.report.model.RedactedName}), the finished file
 * ({@link org.casebook.report.model.PackDocument}) and its pages for a preview
 * ({@link org.casebook.report.model.PackPreview}). Plain values and interfaces: nothing here needs PDFBox.
 */
package org.casebook.report.model;
