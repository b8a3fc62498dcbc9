/**
 * Files exchanged with other programs for FOI campaigns: lists of public authorities (WhatDoTheyKnow's export or a
 * plain list of addresses) and WhatDoTheyKnow requests in; answer matrices (CSV, XLSX) and e-mail drafts out
 * (ADR 21). Writers write to an {@link java.io.OutputStream}; the caller places the file, whole or not at all.
 */
package org.casebook.exchange.foi;
