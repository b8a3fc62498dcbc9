package org.casebook.ui.campaigns;

import java.util.Objects;
import org.casebook.domain.foi.Campaign;

/** One campaign in the list: its title, how many bodies were asked, how many are late, and that in words. */
public record CampaignRow(Campaign campaign, int bodies, int overdue, String counts) {
    public CampaignRow {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(counts, "counts");
    }

    public long id() {
        return campaign.id();
    }

    public String title() {
        return campaign.title();
    }
}
