/**
 * What the suggestion engine publishes to services and commands: how its suggestions score against a hand-made
 * ground truth. Plain values, nothing of Lucene.
 */
package org.casebook.analysis.model;
