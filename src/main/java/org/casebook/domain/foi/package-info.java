/**
 * Freedom of Information campaigns as plain values: one set of numbered questions sent to many bodies, each
 * request's dated history of WhatDoTheyKnow states, and the kind of answer each question got. The rules of time
 * (working days, bank holidays) live in the {@code org.casebook.foi} engine; these records only hold what happened.
 */
package org.casebook.domain.foi;
