package org.casebook.ui.campaigns;

import java.net.URI;

/**
 * What Casebook hands to the rest of the computer, since it sends nothing itself: text to the clipboard, a link to the
 * browser or the mail program. An interface, so view-model tests can see what would have gone out.
 */
public interface Outside {

    void copy(String text);

    void open(URI link);
}
