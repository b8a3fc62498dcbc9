package org.casebook.ui.campaigns;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.casebook.ui.common.FontScaledColumns;
import org.casebook.ui.common.FontScaledColumns.Width;
import org.casebook.ui.common.Styles;

/** Controller for {@code Campaigns.fxml}: the campaigns on the left, the chosen one's requests and answers beside. */
public final class CampaignsView {

    private final CampaignsViewModel viewModel;
    private boolean syncing;

    @FXML private Label noticeLabel;
    @FXML private Button newCampaignButton;
    @FXML private Button importBodiesButton;
    @FXML private ListView<CampaignRow> campaignList;
    @FXML private Label campaignHeading;
    @FXML private Button prepareButton;
    @FXML private Button changeStateButton;
    @FXML private Button importResponseButton;
    @FXML private TableView<RequestRow> requestsTable;
    @FXML private TableColumn<RequestRow, String> bodyColumn;
    @FXML private TableColumn<RequestRow, String> sentColumn;
    @FXML private TableColumn<RequestRow, String> dueColumn;
    @FXML private TableColumn<RequestRow, String> stateColumn;
    @FXML private TableColumn<RequestRow, String> lateColumn;
    @FXML private TableColumn<RequestRow, String> reviewDueColumn;

    public CampaignsView(CampaignsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        noticeLabel.textProperty().bind(viewModel.notice());
        campaignHeading.textProperty().bind(viewModel.heading());
        campaignList.setItems(viewModel.campaigns());
        campaignList.setCellFactory(list -> CampaignCells.campaign());
        campaignList.setPlaceholder(placeholder(viewModel.text("campaigns.list.empty")));
        campaignList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                viewModel.selectedCampaignProperty().set(Optional.ofNullable(row).map(CampaignRow::id));
            }
        });
        viewModel.selectedCampaignProperty().addListener((obs, old, id) -> selectCampaign(id));
        selectCampaign(viewModel.selectedCampaignProperty().get());
        prepareButton.disableProperty().bind(viewModel.hasCampaign().not());
        changeStateButton.disableProperty().bind(viewModel.hasRequest().not());
        importResponseButton.disableProperty().bind(viewModel.hasRequest().not());
        setUpTable();
    }

    private void setUpTable() {
        CampaignCells.text(bodyColumn, RequestRow::body);
        CampaignCells.text(sentColumn, RequestRow::sent);
        CampaignCells.text(dueColumn, RequestRow::due);
        CampaignCells.text(stateColumn, RequestRow::state);
        CampaignCells.text(lateColumn, RequestRow::late);
        CampaignCells.text(reviewDueColumn, RequestRow::reviewDue);
        // Minimum widths in em, so a larger text size widens the short columns instead of cutting their words.
        // The short columns are as wide as their words need (in em, so they follow the text size); the body's name
        // takes the rest, and wraps rather than being cut.
        FontScaledColumns.apply(noticeLabel.fontProperty(), List.of(Width.of(bodyColumn, 10, 30),
                Width.of(sentColumn, 8, 8), Width.of(dueColumn, 8, 8), Width.of(stateColumn, 12, 12),
                Width.of(lateColumn, 11.5, 11.5), Width.of(reviewDueColumn, 8, 8)));
        // Trusts' names are long: they wrap onto a second line rather than lose their ends at a large text size.
        bodyColumn.setCellFactory(column -> CampaignCells.wrapping());
        requestsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        requestsTable.setRowFactory(table -> CampaignCells.row(viewModel::spoken));
        requestsTable.setPlaceholder(placeholder(viewModel.text("campaigns.requests.empty")));
        requestsTable.setItems(viewModel.requests());
        requestsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                viewModel.selectedRequestProperty().set(Optional.ofNullable(row).map(RequestRow::id));
            }
        });
        // The rows are read again after every change; the request chosen before stays chosen.
        viewModel.requests().addListener((javafx.collections.ListChangeListener<RequestRow>) change ->
                selectRequest(viewModel.selectedRequestProperty().get()));
        requestsTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.changeState();
            }
        });
    }

    private void selectRequest(Optional<Long> id) {
        syncing = true;
        try {
            id.flatMap(i -> requestsTable.getItems().stream().filter(r -> r.id() == i).findFirst())
                    .ifPresent(requestsTable.getSelectionModel()::select);
        } finally {
            syncing = false;
        }
    }

    private void selectCampaign(Optional<Long> id) {
        syncing = true;
        try {
            id.flatMap(i -> campaignList.getItems().stream().filter(r -> r.id() == i).findFirst())
                    .ifPresentOrElse(campaignList.getSelectionModel()::select,
                            campaignList.getSelectionModel()::clearSelection);
        } finally {
            syncing = false;
        }
    }

    private static Label placeholder(String words) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    @FXML private void newCampaign() { viewModel.newCampaign(); }
    @FXML private void importBodies() { viewModel.importBodies(); }
    @FXML private void prepareRequest() { viewModel.prepareRequest(); }
    @FXML private void changeState() { viewModel.changeState(); }

    @FXML private void importResponse() { viewModel.importResponse(); }
}
